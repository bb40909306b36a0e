/**
 * Warm answers without the GraphQL pipeline. When yoga answered a POST with a kept query result
 * (result-cache.ts), the whole HTTP answer is kept too, keyed by what shapes it: both credentials'
 * fingerprints, the URL, the headers yoga's plugins read (accept, content-type, origin, whether
 * a CSRF header is present, whether `x-opsgraph-cost: 1` asks for the cost) and the body's bytes. The same request again gets the same answer,
 * with its own x-request-id, log line and request count, while the kept result is current. Only
 * requests that passed the doors (http-guards.ts: Host, path, Origin, gateway token) get here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayDeps, HeaderSource } from './gateway-types.js';
import { requestFingerprints } from './request-credentials.js';
import { recordRequest, REQUEST_ID_HEADER, requestIdOfMessage } from './observability/requests.js';
import type { KeptAnswer } from './result-cache.js';
import { CSRF_HEADERS } from './plugins/use-csrf-prevention.js';
import { operationNameOf } from './plugins/use-request-observability.js';
import { COST_HEADER } from './upstream/cost-log.js';

/** Larger bodies are not worth a key (a dashboard query is a few hundred bytes). */
const MAX_KEPT_BODY_BYTES = 16 * 1024;

/**
 * A signal that aborts when the client leaves before its answer is complete, for the request's
 * upstream work (an answer that finished aborts nothing: an abort builds a DOMException).
 */
export function abortedWhenClientLeaves(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export function nodeHeaders(req: IncomingMessage): HeaderSource {
  return {
    get: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** The key of this request's kept answer, or undefined when it cannot have one. */
export function keptAnswerKey(deps: GatewayDeps, req: IncomingMessage, body: Buffer): string | undefined {
  return deps.resultCache ? answerShapeKey(deps, req, body) : undefined;
}

/**
 * What decides yoga's answer to a request besides the data: both credentials' fingerprints, the
 * URL, the headers yoga's plugins read and the body's bytes (kept answers, prepared requests).
 * Undefined for a request too large or too unusual to key.
 */
export function answerShapeKey(deps: GatewayDeps, req: IncomingMessage, body: Buffer): string | undefined {
  const { headers } = req;
  if (body.length > MAX_KEPT_BODY_BYTES || headers['content-encoding'] !== undefined) return undefined;
  const fingerprints = requestFingerprints(deps, nodeHeaders(req));
  if (fingerprints === null) return undefined;
  const csrf = CSRF_HEADERS.some((name) => headers[name] !== undefined) ? 'csrf' : '';
  // An answer with `extensions.cost` is only ever the answer to a request that asked for it.
  const cost = headers[COST_HEADER] === '1' ? 'cost' : '';
  return [fingerprints, req.url ?? '', headers.accept ?? '', headers['content-type'] ?? '', headers.origin ?? '', csrf, cost, body.toString('latin1')].join('\u0000');
}

/** Answers from the kept answer for `key`; false when there is none (yoga answers). */
export function answerFromKept(deps: GatewayDeps, req: IncomingMessage, res: ServerResponse, key: string, startedAt: number): boolean {
  const answer = deps.resultCache?.answer(key);
  if (!answer) return false;
  const requestId = requestIdOfMessage(req.headers);
  res.writeHead(answer.status, { ...answer.headers, [REQUEST_ID_HEADER]: requestId, 'content-length': String(answer.body.length) });
  res.end(answer.body);
  const path = (req.url ?? '/').split('?')[0]!;
  recordRequest(deps.logger, deps.metrics, {
    requestId,
    method: req.method ?? 'POST',
    path,
    status: answer.status,
    startedAt,
    streaming: false,
    operationName: answer.operationName,
    upstreamCalls: 0,
  });
  return true;
}

/** Keeps yoga's answer to `request` when yoga gave it from a kept result. */
/**
 * The headers of yoga's answer that every repeat of it carries (CORS, content type), names in
 * lower case: all but its request id and length, which are each answer's own.
 */
export function repeatableHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower !== REQUEST_ID_HEADER && lower !== 'content-length') kept[lower] = value;
  }
  return kept;
}

export function keepAnswer(deps: GatewayDeps, key: string, request: Request, status: number, headers: Record<string, string>, body: Buffer): void {
  if (status !== 200) return;
  const answer: KeptAnswer = { status, headers: repeatableHeaders(headers), body, operationName: operationNameOf(request) };
  deps.resultCache?.keepAnswer(key, request, answer);
}
