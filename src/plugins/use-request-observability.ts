/**
 * Per-request observability for yoga: the request id (assigned once, echoed on the answer), one
 * log line per request with its status, duration, operation name, upstream calls and error codes,
 * and the request counter.
 */
import { getOperationAST, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../gateway-types.js';
import type { ReadLog } from '../upstream/cache.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { recordRequest, REQUEST_ID_HEADER, requestIdOf } from '../observability/requests.js';

const startTimes = new WeakMap<Request, number>();
/** The error codes of a request's answer: a client's mistakes are told by code, never by content. */
const answerCodes = new WeakMap<Request, string[]>();
/** The operation a request named or executed, and its reads (which count its upstream calls). */
const operations = new WeakMap<Request, { name: string | undefined; query?: string; documentOf?: DocumentOf; reads?: ReadLog }>();
/** Parsed documents by text (the parse cache), for the name of an operation answered without executing. */
type DocumentOf = (text: string) => DocumentNode | undefined;

/**
 * The name of the operation yoga took `request` for, when it has one: the one it executed, the
 * one the client named, or the only one of a document answered from a kept result (a kept answer
 * keeps it).
 */
export function operationNameOf(request: Request): string | undefined {
  const operation = operations.get(request);
  if (!operation || operation.name !== undefined || operation.query === undefined || !operation.documentOf) return operation?.name;
  const document = operation.documentOf(operation.query);
  operation.name = document && getOperationAST(document)?.name?.value;
  return operation.name;
}

/** The distinct error codes of an answer (`NONE` for an error without one). */
export function codesOf(result: unknown): string[] {
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

export function useRequestObservability(logger: Logger, metrics: GatewayMetrics, documentOf?: DocumentOf): Plugin {
  return {
    onRequest({ request }) {
      startTimes.set(request, performance.now());
      requestIdOf(request);
    },
    onParams({ request, params }) {
      operations.set(request, { name: params.operationName ?? undefined, query: typeof params.query === 'string' ? params.query : undefined, documentOf });
    },
    onExecute({ args }: { args: ExecutionArgs }) {
      const context = args.contextValue as Context & { request?: Request };
      if (!context.request) return;
      const name = getOperationAST(args.document, args.operationName)?.name?.value ?? args.operationName ?? undefined;
      operations.set(context.request, { name, reads: context.reads });
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
        operationName: operationNameOf(request),
        upstreamCalls: operations.get(request)?.reads?.upstreamCalls ?? (operations.has(request) ? 0 : undefined),
      });
    },
  };
}
