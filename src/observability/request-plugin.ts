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

/**
 * A new request id, a UUID. randomUUID() returns a rope of small pieces (about 490 bytes of heap);
 * a subscription keeps its id as long as it lives, so the id is copied flat (about 70).
 */
export function newRequestId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/** The id assigned to this request (assigned on first ask, so the context and the plugin agree). */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const sent = request.headers.get(REQUEST_ID_HEADER);
    id = sent && CLIENT_REQUEST_ID.test(sent) ? sent : newRequestId();
    requestIds.set(request, id);
  }
  return id;
}

export function useRequestObservability(logger: Logger, metrics: GatewayMetrics): Plugin {
  return {
    onRequest({ request }) {
      startTimes.set(request, performance.now());
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      const url = new URL(request.url);
      metrics.httpRequests.inc({ method: request.method, status: String(response.status) });
      const started = startTimes.get(request);
      logger.info({
        msg: 'request',
        requestId,
        method: request.method,
        path: url.pathname,
        status: response.status,
        durationMs: started === undefined ? undefined : Math.round(performance.now() - started),
        streaming: response.headers.get('content-type')?.includes('text/event-stream') ?? false,
      });
    },
  };
}
