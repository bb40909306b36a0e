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
import {
  getOperationAST,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
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

function compilationOf(document: DocumentNode, operationName: string | null | undefined): Compilation {
  let byOperation = compilations.get(document);
  if (!byOperation) compilations.set(document, (byOperation = new Map()));
  let compilation = byOperation.get(operationName ?? '');
  if (!compilation) byOperation.set(operationName ?? '', (compilation = { executions: 0, compiled: undefined }));
  return compilation;
}

function compiledFor(args: ExecutionArgs): CompiledQuery | null {
  const compilation = compilationOf(args.document, args.operationName);
  if (compilation.compiled !== undefined) return compilation.compiled;
  if (++compilation.executions < COMPILE_ON_EXECUTION) return null;
  compilation.compiled = compile(args);
  return compilation.compiled;
}

/**
 * The compiled query of a document yoga has executed before (a prepared request), compiled now if
 * it was not yet; null when it is not a query graphql-jit compiles.
 */
export function compiledQueryOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  const compilation = compilationOf(document, operationName);
  compilation.compiled ??= compile({ schema, document, operationName });
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

/** Every field node answering `key` among `selections`, through inline fragments and spreads. */
function fieldsAnswering(selections: readonly SelectionNode[], key: string, fragments: ReadonlyMap<string, FragmentDefinitionNode>, found: FieldNode[] = []): FieldNode[] {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === key) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsAnswering(selection.selectionSet.selections, key, fragments, found);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) fieldsAnswering(fragment.selectionSet.selections, key, fragments, found);
    }
  }
  return found;
}

/** The field nodes an error at `path` belongs to, as graphql-js's executor names them. */
function fieldNodesAt(document: DocumentNode, operationName: string | null | undefined, path: readonly (string | number)[]): FieldNode[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let nodes: FieldNode[] = [];
  let selections: readonly SelectionNode[] = operation.selectionSet.selections;
  for (const key of path) {
    if (typeof key === 'number') continue;
    nodes = fieldsAnswering(selections, key, fragments);
    selections = nodes.flatMap((node) => node.selectionSet?.selections ?? []);
  }
  return nodes;
}

/**
 * graphql-jit's field errors carry a path and locations but not the field nodes, which yoga's
 * error mask rebuilds them from (so its answers lost their locations), and its result lists
 * `data` before `errors`: both as graphql-js's executor gives them, so an answer is the same
 * whichever ran it.
 */
export function locatedResult(result: ExecutionResult, document: DocumentNode, operationName: string | null | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    if (error.nodes !== undefined || error.path === undefined) return error;
    const nodes = fieldNodesAt(document, operationName, error.path);
    if (nodes.length === 0) return error;
    return new GraphQLError(error.message, { nodes, path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  });
  const { errors: _unlocated, data, ...rest } = result;
  return { errors, data, ...rest };
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
        if (isPromise(result)) return result.then((done) => locatedResult(done, document, executionArgs.operationName));
        // Variables that do not coerce: an answer without `data`, given before any resolver ran.
        // yoga's executor answers those, so their refusal (messages, HTTP 400) is its own.
        return !('data' in result) ? executeFn(executionArgs) : locatedResult(result, document, executionArgs.operationName);
      }) as never);
    },
  };
}
