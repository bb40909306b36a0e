/**
 * Per-request observability for yoga: the request id (assigned once, echoed on the answer), one
 * log line per request with its status, duration and error codes, and the request counter.
 */
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { recordRequest, REQUEST_ID_HEADER, requestIdOf } from '../observability/requests.js';

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

/** A plain path (no dot segment, no escape) is its own normalised form; anything else is parsed. */
const PLAIN_PATH = /^\/[A-Za-z0-9_~-]*(?:\/[A-Za-z0-9_~-]+)*\/?$/;

/** The URL's path, as `new URL(url).pathname` gives it, without parsing the usual one. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start === -1) return new URL(url).pathname;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url.slice(start) : url.slice(start, end);
  return PLAIN_PATH.test(path) ? path : new URL(url).pathname;
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
        path: pathOf(request.url),
        status: response.status,
        startedAt: startTimes.get(request),
        streaming: response.headers.get('content-type')?.includes('text/event-stream') ?? false,
        codes: answerCodes.get(request),
      });
    },
  };
}
