/**
 * Queries run as compiled code (graphql-jit) once their document has been seen more than once: a
 * warm read, every event of a dashboard and every query that differs only in its variables then
 * skips the generic executor's per-field work (a resolve info, a path, an arguments object, a
 * promise per object), which is most of what executing a query from cached answers costs.
 * Mutations and subscriptions keep yoga's executor (a mutation's fields run one after another;
 * a subscription is a stream), and so does any document graphql-jit cannot compile. Variables
 * that do not coerce are left to yoga's executor too, so their refusal (its messages, HTTP 400)
 * stays exactly what it was.
 */
import { getOperationAST, getVariableValues, type DocumentNode, type ExecutionArgs, type ExecutionResult, type VariableDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * A document's operation is compiled on its this-many-th execution: a one-off document (or a
 * client's stream of distinct ones) never pays for compiling, which costs far more than running.
 * @default 2
 */
export const COMPILE_ON_EXECUTION = 2;

interface Compiled {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
}

interface Compilation {
  executions: number;
  /** The compiled operation; null when it is not one to compile (or graphql-jit refused it). */
  compiled: Compiled | null | undefined;
}

/**
 * By parsed document, which yoga's parse cache hands out again for the same text; a WeakMap, so a
 * document the parse cache lets go of takes its compiled code with it.
 */
const compilations = new WeakMap<DocumentNode, Map<string, Compilation>>();

function compiledFor(args: ExecutionArgs): Compiled | null {
  let byOperation = compilations.get(args.document);
  if (!byOperation) compilations.set(args.document, (byOperation = new Map()));
  const operationName = args.operationName ?? '';
  let compilation = byOperation.get(operationName);
  if (!compilation) byOperation.set(operationName, (compilation = { executions: 0, compiled: undefined }));
  if (compilation.compiled !== undefined) return compilation.compiled;
  if (++compilation.executions < COMPILE_ON_EXECUTION) return null;
  compilation.compiled = compile(args);
  return compilation.compiled;
}

function compile(args: ExecutionArgs): Compiled | null {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return null;
  try {
    const query = compileQuery(args.schema, args.document, args.operationName ?? undefined);
    return isCompiledQuery(query) ? { query, variables: operation.variableDefinitions ?? [] } : null;
  } catch {
    return null;
  }
}

export function useCompiledQueries(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args as ExecutionArgs);
      if (!compiled) return;
      const { document } = args as ExecutionArgs;
      setExecuteFn(((executionArgs: ExecutionArgs) => {
        const variables = executionArgs.variableValues ?? {};
        const refused = compiled.variables.length > 0 && getVariableValues(executionArgs.schema, compiled.variables, variables).errors !== undefined;
        if (refused || executionArgs.document !== document) return executeFn(executionArgs);
        return compiled.query.query(executionArgs.rootValue, executionArgs.contextValue, variables) as ExecutionResult | Promise<ExecutionResult>;
      }) as never);
    },
  };
}
