/**
 * Per-request observability for yoga: a request id (the client's x-request-id when it is plain,
 * else a new UUID) that the context forwards upstream and the response echoes, one structured
 * log line per request, and the HTTP request counter.
 */
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** A client-sent request id is kept only when it is short and plain, so it is safe to log and forward. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

const requestIds = new WeakMap<Request, string>();
const startTimes = new WeakMap<Request, number>();
/** The error codes of a request's answer: a client's mistakes are told by code, never by content. */
const answerCodes = new WeakMap<Request, string[]>();

function codesOf(result: unknown): string[] {
  const results = Array.isArray(result) ? result : [result];
  const codes = new Set<string>();
  for (const one of results as Array<{ errors?: readonly { extensions?: { code?: unknown } }[] }>) {
    for (const error of one?.errors ?? []) codes.add(String(error.extensions?.code ?? 'NONE'));
  }
  return [...codes];
}

/**
 * A new request id, a UUID. randomUUID() returns a rope of small pieces (about 490 bytes of heap);
 * a subscription keeps its id as long as it lives, so the id is copied flat (about 70).
 */
export function newRequestId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/** The client's x-request-id when it is short and plain, else a new one. */
export function requestIdFrom(sent: string | null | undefined): string {
  return sent && CLIENT_REQUEST_ID.test(sent) ? sent : newRequestId();
}

/** The id assigned to this request (assigned on first ask, so the context and the plugin agree). */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    requestIds.set(request, id);
  }
  return id;
}

export interface AnsweredRequest {
  requestId: string;
  method: string;
  path: string;
  status: number;
  /** performance.now() when the request reached the gateway; undefined when unknown. */
  startedAt: number | undefined;
  streaming: boolean;
  /** The error code of a request refused before GraphQL (HOST_NOT_ALLOWED, UNAUTHENTICATED, ...). */
  code?: string;
  /** The distinct error codes of a GraphQL answer. */
  codes?: string[];
}

/** The request's line in the log and its count in opsgraph_http_requests_total. */
export function recordRequest(logger: Logger, metrics: GatewayMetrics, answered: AnsweredRequest): void {
  metrics.httpRequests.inc({ method: answered.method, status: String(answered.status) });
  logger.info({
    msg: 'request',
    requestId: answered.requestId,
    method: answered.method,
    path: answered.path,
    status: answered.status,
    durationMs: answered.startedAt === undefined ? undefined : Math.round(performance.now() - answered.startedAt),
    streaming: answered.streaming,
    ...(answered.code === undefined ? {} : { code: answered.code }),
    ...(answered.codes === undefined ? {} : { codes: answered.codes }),
  });
}

export function useRequestObservability(logger: Logger, metrics: GatewayMetrics): Plugin {
  return {
    onRequest({ request }) {
      startTimes.set(request, performance.now());
      requestIdOf(request);
    },
    onResultProcess({ request, result }) {
      // Streams (SSE, incremental delivery) are long-lived; their line is about the request.
      if (Symbol.asyncIterator in Object(result)) return;
      const codes = codesOf(result);
      if (codes.length > 0) answerCodes.set(request, codes);
    },
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      recordRequest(logger, metrics, {
        requestId,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        startedAt: startTimes.get(request),
        streaming: response.headers.get('content-type')?.includes('text/event-stream') ?? false,
        codes: answerCodes.get(request),
      });
    },
  };
}
