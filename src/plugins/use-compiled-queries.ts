/**
 * Queries run as compiled code (graphql-jit) once their document has been seen more than once: a
 * warm read, every event of a dashboard and every query that differs only in its variables then
 * skips the generic executor's per-field work (a resolve info, a path, an arguments object, a
 * promise per object), which is most of what executing a query from cached answers costs.
 * Mutations and subscriptions keep yoga's executor (a mutation's fields run one after another;
 * a subscription is a stream), and so does any document graphql-jit cannot compile. Variables
 * that do not coerce are answered by yoga's executor too, so their refusal (its messages, HTTP
 * 400) stays exactly what it was.
 */
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * A document's operation is compiled on its this-many-th execution: a one-off document (or a
 * client's stream of distinct ones) never pays for compiling, which costs far more than running.
 * @default 2
 */
export const COMPILE_ON_EXECUTION = 2;

interface Compilation {
  executions: number;
  /** The compiled operation; null when it is not one to compile (or graphql-jit refused it). */
  compiled: CompiledQuery | null | undefined;
}

/**
 * By parsed document, which yoga's parse cache hands out again for the same text; a WeakMap, so a
 * document the parse cache lets go of takes its compiled code with it.
 */
const compilations = new WeakMap<DocumentNode, Map<string, Compilation>>();

function compiledFor(args: ExecutionArgs): CompiledQuery | null {
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

function compile(args: ExecutionArgs): CompiledQuery | null {
  if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return null;
  try {
    const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

export function useCompiledQueries(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args as ExecutionArgs);
      if (!compiled) return;
      const { document } = args as ExecutionArgs;
      setExecuteFn(((executionArgs: ExecutionArgs) => {
        if (executionArgs.document !== document) return executeFn(executionArgs);
        const result = compiled.query(executionArgs.rootValue, executionArgs.contextValue, executionArgs.variableValues ?? {}) as ExecutionResult | Promise<ExecutionResult>;
        // Variables that do not coerce: an answer without `data`, given before any resolver ran.
        // yoga's executor answers those, so their refusal (messages, HTTP 400) is its own.
        return !isPromise(result) && !('data' in result) ? executeFn(executionArgs) : result;
      }) as never);
    },
  };
}
