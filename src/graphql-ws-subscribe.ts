/**
 * A subscription for the WebSocket server (graphql-ws.ts) at the cost of one object: the same
 * plugin hooks as envelop's subscribe, and the same setup and per-event execution as yoga's engine
 * (@graphql-tools/executor), without the four iterator wrappers (two mapAsyncIterators, a
 * flattenAsyncIterable, an errorAsyncIterator), their dozen closures, the execution context kept
 * for every event and the generator kept after each one that a running subscription otherwise
 * holds. A gateway holds ten thousand subscriptions and more.
 *
 * What it replicates, so that a plugin cannot tell the difference:
 * - envelop's customSubscribe (@envelop/core orchestrator): every plugin's onSubscribe in order,
 *   with setSubscribeFn, extendContext and setResultAndStopExecution; then onSubscribeResult,
 *   whose onNext and onEnd run on each event and at the end; onSubscribeError on a failure.
 * - @graphql-tools/executor's subscribe, when the engine's subscribe is its normalizedExecutor:
 *   buildExecutionContext, the subscription field's subscribe resolver, and each event executed
 *   with the event as root value (what its per-event execution context amounts to).
 * Anything else (another subscribe function, instrumentation, a schema with @defer or @stream, a
 * hook replacing the stream) takes envelop's own path.
 */
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildExecutionContext, buildResolveInfo, execute, getFieldDef, normalizedExecutor, type ExecutionContext } from '@graphql-tools/executor';
import { addPath, collectFields, createGraphQLError, getArgumentValues, inspect, isAsyncIterable, isPromise, locatedError, pathToArray } from '@graphql-tools/utils';
import { errorAsyncIterator, finalAsyncIterator, mapAsyncIterator, type Plugin } from 'graphql-yoga';

type MaybePromise<T> = T | Promise<T>;
type Setter<T> = (value: T) => void;
type ResultHook = (payload: { args: ExecutionArgs; result: ExecutionResult; setResult: Setter<ExecutionResult> }) => unknown;
type EndHook = () => void;
type ErrorHook = (payload: { error: unknown; setError: Setter<unknown> }) => void;
interface AfterSubscribe {
  onSubscribeResult?: (payload: { args: ExecutionArgs; result: unknown; setResult: Setter<unknown> }) => { onNext?: ResultHook; onEnd?: EndHook } | void;
  onSubscribeError?: ErrorHook;
}
type SubscribeHook = (payload: {
  subscribeFn: (args: ExecutionArgs) => unknown;
  setSubscribeFn: Setter<(args: ExecutionArgs) => unknown>;
  context: Record<string, unknown>;
  extendContext: Setter<Record<string, unknown>>;
  args: ExecutionArgs;
  setResultAndStopExecution: Setter<unknown>;
}) => MaybePromise<AfterSubscribe | void>;

export type Subscribe = (args: ExecutionArgs) => MaybePromise<ExecutionResult | AsyncIterable<ExecutionResult>>;
/** envelop's subscribe for one operation, where the lean path could differ from it. */
export type LeanSubscribe = (args: ExecutionArgs, fallback: (args: ExecutionArgs) => unknown) => MaybePromise<ExecutionResult | AsyncIterable<ExecutionResult>>;

const then = <T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> =>
  isPromise(value) ? value.then(next) : next(value);

const noSubscribeFn = () => {
  throw new Error('No `subscribe` function found! Register it using "useEngine" plugin.');
};

const NONE: never[] = [];

/** Subscriptions set up the lean way, and through envelop's own subscribe (for tests). */
export const leanSubscribeStats = { lean: 0, fallback: 0 };

/** The last array of onNext hooks handed out: subscriptions with the same hooks share one array. */
let sharedNextHooks: ResultHook[] = NONE;
function internNextHooks(hooks: ResultHook[]): ResultHook[] {
  if (hooks.length === 0) return NONE;
  if (hooks.length === sharedNextHooks.length && hooks.every((hook, index) => hook === sharedNextHooks[index])) return sharedNextHooks;
  return (sharedNextHooks = hooks);
}

/** Runs `hooks` on `result` in order, each able to replace it (envelop's onNext). */
function applyResultHooks(hooks: ResultHook[], args: ExecutionArgs, result: ExecutionResult, from = 0): MaybePromise<ExecutionResult> {
  const setResult = (next: ExecutionResult) => {
    result = next;
  };
  for (let index = from; index < hooks.length; index++) {
    const returned = hooks[index]!({ args, result, setResult });
    if (isPromise(returned)) return returned.then(() => applyResultHooks(hooks, args, result, index + 1));
  }
  return result;
}

/** As @graphql-tools/executor's subscribe wraps an error of the event stream. */
function wrapStreamError(error: unknown, operation: OperationDefinitionNode): Error {
  if (error instanceof AggregateError) {
    return new AggregateError(error.errors.map((each: Error) => createGraphQLError(each.message, { originalError: each, nodes: [operation] })), error.message);
  }
  const original = error as Error;
  return createGraphQLError(original.message, { originalError: original, nodes: [operation] });
}

/**
 * One subscription's results: the field's event stream, each event executed as its own request
 * with the plugins' onNext hooks, the plugins' onEnd once it ends, their onSubscribeError on a
 * failure. An AsyncIterator of one object, where the standard path nests four.
 */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  nextHooks: ResultHook[] = NONE;
  endHooks: EndHook[] = NONE;
  errorHooks: ErrorHook[] = NONE;
  private done = false;

  constructor(
    private readonly args: ExecutionArgs,
    private readonly operation: OperationDefinitionNode,
    private readonly source: AsyncIterator<unknown>,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return this.source.next().then(
      (event) => this.onEvent(event),
      (error: unknown) => this.fail(wrapStreamError(error, this.operation)),
    );
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    const returned = this.source.return?.();
    return returned ? returned.then(() => ({ value: undefined, done: true as const })) : Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    const thrown = this.source.throw?.(error);
    if (thrown) return thrown.then(() => ({ value: undefined, done: true as const }), (failure: unknown) => this.fail(failure, false));
    return this.fail(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private onEvent(event: IteratorResult<unknown>): MaybePromise<IteratorResult<ExecutionResult>> {
    if (event.done) {
      this.end();
      return { value: undefined, done: true };
    }
    try {
      // The per-event execution: the document again, with the event as the root value.
      const executed = execute({ ...this.args, rootValue: event.value }) as MaybePromise<ExecutionResult>;
      const mapped = then(executed, (result) => applyResultHooks(this.nextHooks, this.args, result));
      if (isPromise(mapped)) {
        return mapped.then(
          (value) => ({ value, done: false }),
          (error: unknown) => this.fail(error),
        );
      }
      return { value: mapped, done: false };
    } catch (error) {
      return this.fail(error);
    }
  }

  /** A failure closes the stream (its poller lets go), then goes through onSubscribeError. */
  private fail(error: unknown, closeSource = true): Promise<never> {
    this.end();
    const handle = () => {
      let current = error;
      const setError = (next: unknown) => {
        current = next;
      };
      for (const hook of this.errorHooks) hook({ error: current, setError });
      throw current;
    };
    const returned = closeSource ? this.source.return?.() : undefined;
    return returned ? returned.then(handle, handle) : Promise.resolve().then(handle);
  }

  private end(): void {
    if (this.done) return;
    this.done = true;
    for (const hook of this.endHooks) hook();
  }
}

/**
 * @graphql-tools/executor's subscribe (v2), but answering an EventResults: the execution context,
 * the subscription field's subscribe resolver, and errors as it reports them.
 */
function subscribeToEvents(args: ExecutionArgs): MaybePromise<ExecutionResult | EventResults> {
  const exeContext = buildExecutionContext(args);
  if (!('schema' in exeContext)) {
    for (const error of exeContext) {
      const extensions = ((error as { extensions: Record<string, unknown> }).extensions ||= {});
      const http = ((extensions.http as Record<string, unknown> | undefined) ||= {});
      http.status = 400;
      extensions.code = 'BAD_USER_INPUT';
    }
    return { errors: exeContext };
  }
  let stream: MaybePromise<AsyncIterable<unknown>>;
  try {
    stream = eventStream(exeContext);
  } catch (error) {
    return { errors: [error as GraphQLError] };
  }
  const operation = exeContext.operation;
  const toResults = (source: AsyncIterable<unknown>) => new EventResults(args, operation, source[Symbol.asyncIterator]());
  return isPromise(stream) ? stream.then(toResults, (error: unknown) => ({ errors: [error as GraphQLError] })) : toResults(stream);
}

/** The subscription field's event stream ("ResolveFieldEventStream"), as the executor resolves it. */
function eventStream(exeContext: ExecutionContext): MaybePromise<AsyncIterable<unknown>> {
  const { schema, fragments, operation, variableValues, rootValue } = exeContext;
  const rootType = schema.getSubscriptionType();
  if (rootType == null) {
    throw createGraphQLError('Schema is not configured to execute subscription operation.', { nodes: operation });
  }
  const { fields: rootFields } = collectFields(schema, fragments, variableValues, rootType, operation.selectionSet);
  const [responseName, fieldNodes] = [...rootFields.entries()][0] as [string, FieldNode[]];
  const fieldName = fieldNodes[0]!.name.value;
  const fieldDef = getFieldDef(schema, rootType, fieldNodes[0]!);
  if (!fieldDef) throw createGraphQLError(`The subscription field "${fieldName}" is not defined.`, { nodes: fieldNodes });
  const path = addPath(undefined, responseName, rootType.name);
  const info = buildResolveInfo(exeContext, fieldDef, fieldNodes, rootType, path);
  const located = (error: unknown) => locatedError(error as Error, fieldNodes, pathToArray(path), exeContext.schemaCoordinateInErrors ? info : undefined);
  try {
    const coerced = (variableValues as unknown as { coerced: Record<string, unknown> }).coerced;
    const fieldArgs = getArgumentValues(fieldDef, fieldNodes[0]!, coerced);
    const resolve = fieldDef.subscribe ?? exeContext.subscribeFieldResolver;
    const result = resolve(rootValue, fieldArgs, exeContext.contextValue, info) as unknown;
    if (isPromise(result)) {
      return result.then(assertEventStream).then(undefined, (error: unknown) => {
        throw located(error);
      });
    }
    return assertEventStream(result);
  } catch (error) {
    throw located(error);
  }
}

function assertEventStream(result: unknown): AsyncIterable<unknown> {
  if (result instanceof Error) throw result;
  if (!isAsyncIterable(result)) throw createGraphQLError(`Subscription field must return Async Iterable. Received: ${inspect(result)}.`);
  return result;
}

const incremental = new WeakMap<GraphQLSchema, boolean>();
/** Whether the schema has @defer or @stream (an event's execution could then be incremental). */
function isIncremental(schema: GraphQLSchema): boolean {
  let answer = incremental.get(schema);
  if (answer === undefined) incremental.set(schema, (answer = Boolean(schema.getDirective('defer') || schema.getDirective('stream'))));
  return answer;
}

interface HooksRun {
  subscribeFn: (args: ExecutionArgs) => unknown;
  after: AfterSubscribe[];
  stopResult: unknown;
}

/** Every plugin's onSubscribe in order, as envelop runs them (a hook may stop the rest). */
function runSubscribeHooks(hooks: readonly SubscribeHook[], args: ExecutionArgs): MaybePromise<HooksRun> {
  const run: HooksRun = { subscribeFn: noSubscribeFn, after: [], stopResult: undefined };
  const context = (args.contextValue ?? {}) as Record<string, unknown>;
  const setSubscribeFn = (fn: (args: ExecutionArgs) => unknown) => {
    run.subscribeFn = fn;
  };
  const extendContext = (extension: Record<string, unknown>) => {
    Object.assign(context, extension);
  };
  const from = (start: number): MaybePromise<HooksRun> => {
    for (let index = start; index < hooks.length; index++) {
      let stopped = false;
      const setResultAndStopExecution = (result: unknown) => {
        run.stopResult = result;
        stopped = true;
      };
      const returned = hooks[index]!({ subscribeFn: run.subscribeFn, setSubscribeFn, context, extendContext, args, setResultAndStopExecution });
      if (isPromise(returned)) {
        return returned.then((value) => {
          if (value) run.after.push(value);
          return stopped ? run : from(index + 1);
        });
      }
      if (returned) run.after.push(returned);
      if (stopped) return run;
    }
    return run;
  };
  return from(0);
}

/** envelop's wrappers for a stream that is not ours (another subscribe function, a hook's own). */
function wrapForeignStream(stream: AsyncIterable<ExecutionResult>, args: ExecutionArgs, nextHooks: ResultHook[], endHooks: EndHook[], errorHooks: ErrorHook[]) {
  let result = stream;
  if (nextHooks.length) result = mapAsyncIterator(result, (value: ExecutionResult) => applyResultHooks(nextHooks, args, value));
  if (endHooks.length) {
    result = finalAsyncIterator(result, () => {
      for (const onEnd of endHooks) onEnd();
    });
  }
  if (errorHooks.length) {
    result = errorAsyncIterator(result, (failure: unknown) => {
      let error = failure;
      const setError = (next: unknown) => {
        error = next;
      };
      for (const hook of errorHooks) hook({ error, setError });
      throw error;
    });
  }
  return result;
}

/** After the hooks: the subscription started (lean when the engine's subscribe is the executor's), then onSubscribeResult. */
function startSubscription(run: HooksRun, args: ExecutionArgs): MaybePromise<ExecutionResult | AsyncIterable<ExecutionResult>> {
  const errorHooks: ErrorHook[] = [];
  const resultHooks: NonNullable<AfterSubscribe['onSubscribeResult']>[] = [];
  for (const { onSubscribeResult, onSubscribeError } of run.after) {
    if (onSubscribeResult) resultHooks.push(onSubscribeResult);
    if (onSubscribeError) errorHooks.push(onSubscribeError);
  }
  const lean = !run.stopResult && run.subscribeFn === normalizedExecutor;
  leanSubscribeStats[lean ? 'lean' : 'fallback'] += 1;
  const started = run.stopResult || (lean ? subscribeToEvents(args) : run.subscribeFn(args));
  return then(started as MaybePromise<unknown>, (initial) => {
    let result = initial;
    const setResult = (next: unknown) => {
      result = next;
    };
    const nextHooks: ResultHook[] = [];
    const endHooks: EndHook[] = [];
    for (const onSubscribeResult of resultHooks) {
      const returned = onSubscribeResult({ args, result, setResult });
      if (returned?.onNext) nextHooks.push(returned.onNext);
      if (returned?.onEnd) endHooks.push(returned.onEnd);
    }
    if (result instanceof EventResults) {
      result.nextHooks = internNextHooks(nextHooks);
      if (endHooks.length) result.endHooks = endHooks;
      if (errorHooks.length) result.errorHooks = errorHooks;
      return result;
    }
    if (!isAsyncIterable(result)) return result as ExecutionResult;
    return wrapForeignStream(result as AsyncIterable<ExecutionResult>, args, nextHooks, endHooks, errorHooks);
  });
}

/**
 * The WebSocket server's subscribe for these plugins (yoga's, in order): envelop's own
 * (`fallback`) whenever the lean path could differ from it.
 */
export function leanSubscribe(plugins: readonly (Plugin | undefined | null | false)[]): LeanSubscribe {
  const present = plugins.filter((plugin): plugin is Plugin => Boolean(plugin));
  const instrumented = present.some((plugin) => (plugin as { instrumentation?: unknown }).instrumentation);
  const hooks = present.map((plugin) => plugin.onSubscribe as SubscribeHook | undefined).filter((hook): hook is SubscribeHook => Boolean(hook));
  return (args, fallback) => {
    if (instrumented || isIncremental(args.schema)) {
      leanSubscribeStats.fallback += 1;
      return fallback(args) as MaybePromise<ExecutionResult | AsyncIterable<ExecutionResult>>;
    }
    return then(runSubscribeHooks(hooks, args), (run) => startSubscription(run, args));
  };
}
