/**
 * Request ids (the client's x-request-id when it is plain, else a new UUID), which the context
 * forwards upstream and the answer echoes, and the one log line and count of each request, for
 * yoga's answers (plugins/use-request-observability.ts) and the ones given before yoga alike.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** A client-sent request id is kept only when it is short and plain, so it is safe to log and forward. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

const requestIds = new WeakMap<Request, string>();
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

/** The id of a request answered before yoga (node's message: a header may repeat). */
export function requestIdOfMessage(headers: Record<string, string | string[] | undefined>): string {
  const sent = headers[REQUEST_ID_HEADER];
  return requestIdFrom(Array.isArray(sent) ? sent[0] : sent);
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
  /** The GraphQL operation's name, when it has one. */
  operationName?: string;
  /** Upstream calls made for the request (0 for an answer from cache hits or a kept answer). */
  upstreamCalls?: number;
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
    ...(answered.operationName === undefined ? {} : { operationName: answered.operationName }),
    ...(answered.upstreamCalls === undefined ? {} : { upstreamCalls: answered.upstreamCalls }),
    ...(answered.code === undefined ? {} : { code: answered.code }),
    ...(answered.codes === undefined ? {} : { codes: answered.codes }),
  });
}
