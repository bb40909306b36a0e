/**
 * The GraphQL operation as a span (`query Dashboard`, with graphql.operation.type and
 * graphql.operation.name) under the HTTP request's, with graphql.parse, graphql.validate and
 * graphql.execute (or graphql.subscribe) as its children; the resolvers' upstream reads run inside
 * the execute span, so their cache and HTTP client spans are its descendants. Made with yoga's and
 * envelop's instrumentation, which wrap each phase whatever runs it: yoga's parse and validation
 * cache (parse-cache.ts) and graphql-jit (use-compiled-queries.ts) are inside the same spans.
 * Added to the gateway only while tracing is on (observability/tracing.ts). An operation over
 * graphql-ws has no HTTP request around it: traceSocketOperation makes its span (graphql-ws.ts).
 */
import { context, createContextKey, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_NETWORK_PROTOCOL_NAME } from '@opentelemetry/semantic-conventions';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { recordFailure, tracer } from '../observability/tracing.js';

export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** How many errors the operation's result carries (when it carries any). */
export const ATTR_GRAPHQL_ERRORS = 'opsgraph.graphql.errors';

/** The operation span, found by the hooks below it in the context (one request may batch several). */
const OPERATION_SPAN = createContextKey('opsgraph.graphql.operation');

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Runs `wrapped` as the active span `span`, and ends the span when it is done (sync or async). */
function within<R>(span: Span, activeContext: ReturnType<typeof context.active>, wrapped: () => R): R {
  let result: R;
  try {
    result = context.with(activeContext, wrapped);
  } catch (error) {
    recordFailure(span, error);
    span.end();
    throw error;
  }
  if (!isPromise(result)) {
    span.end();
    return result;
  }
  return result.then(
    (value) => {
      span.end();
      return value;
    },
    (error: unknown) => {
      recordFailure(span, error);
      span.end();
      throw error;
    },
  ) as R;
}

/**
 * A phase of the current operation as a child span. Outside one (a graphql-ws operation, which
 * runs envelop without yoga's operation wrapper) none: a parse or validate span alone, each its
 * own trace, would only be noise.
 */
function phase<R>(name: string, wrapped: () => R): R {
  if (context.active().getValue(OPERATION_SPAN) === undefined) return wrapped();
  const span = tracer().startSpan(name);
  return within(span, trace.setSpan(context.active(), span), wrapped);
}

function nameOperation(document: DocumentNode, operationName: string | null | undefined): void {
  const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
  if (!span) return;
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  const type = operation.operation;
  const name = operation.name?.value;
  span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
  if (name !== undefined) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, name);
  span.updateName(name === undefined ? type : `${type} ${name}`);
}

function countErrors(result: ExecutionResult): void {
  const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
  const count = result.errors?.length ?? 0;
  if (!span || count === 0) return;
  span.setAttribute(ATTR_GRAPHQL_ERRORS, count);
  // Codes only (UNAUTHENTICATED, RATE_LIMITED): a message may quote the client's input.
  const code = result.errors![0]!.extensions?.code;
  span.setAttribute(ATTR_ERROR_TYPE, typeof code === 'string' ? code : 'GraphQLError');
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/**
 * A graphql-ws operation as a span of its own, its parse, validate and execute (or subscribe)
 * below it. It continues the trace its connection_init payload names (`traceparent`, as a
 * browser, which cannot set a WebSocket's headers, sends it), and ends once the operation is
 * answered, or once a subscription is set up (each poll is traced on its own, live/poller.ts).
 */
export function traceSocketOperation<R>(connectionParams: Readonly<Record<string, unknown>> | undefined, run: () => R): R {
  const carrier: Record<string, string> = {};
  for (const [name, value] of Object.entries(connectionParams ?? {})) if (typeof value === 'string') carrier[name.toLowerCase()] = value;
  const parent = propagation.extract(ROOT_CONTEXT, carrier);
  const span = tracer().startSpan('graphql.operation', { attributes: { [ATTR_NETWORK_PROTOCOL_NAME]: 'websocket' } }, parent);
  return within(span, trace.setSpan(parent, span).setValue(OPERATION_SPAN, span), run);
}

export function useTracing(): Plugin {
  return {
    instrumentation: {
      operation: (_payload, wrapped) => {
        const span = tracer().startSpan('graphql.operation');
        return within(span, trace.setSpan(context.active(), span).setValue(OPERATION_SPAN, span), wrapped);
      },
      parse: (_payload, wrapped) => phase('graphql.parse', wrapped),
      validate: (_payload, wrapped) => phase('graphql.validate', wrapped),
      execute: (_payload, wrapped) => phase('graphql.execute', wrapped),
      subscribe: (_payload, wrapped) => phase('graphql.subscribe', wrapped),
    },
    onExecute({ args }) {
      nameOperation(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          if (!isPromise(result) && !(Symbol.asyncIterator in (result as object))) countErrors(result as ExecutionResult);
        },
      };
    },
    onSubscribe({ args }) {
      nameOperation(args.document, args.operationName);
    },
  };
}
