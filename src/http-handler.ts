/**
 * The node:http request handler in front of yoga: operational endpoints (/healthz, /readyz,
 * /metrics), and a request body limit enforced while reading (413 before any parsing), then the
 * request goes to yoga. Bodies are read here, with the limit, and handed to yoga's fetch API, so
 * no oversized body is ever buffered by the GraphQL layer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayDeps } from './context.js';
import { answerFromKept, keepAnswer, keptAnswerKey } from './kept-answers.js';
import { bearerAccepted, type Gateway } from './yoga.js';

export interface Readiness {
  /** False while starting or draining. */
  ready(): boolean;
}

class BodyTooLargeError extends Error {}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(res: ServerResponse, limit: number): void {
  sendJson(
    res,
    413,
    { errors: [{ message: `Request body is larger than ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    { connection: 'close' },
  );
}

/** Answers that arrive over time (SSE, incremental delivery) are streamed; the rest is one buffer. */
function isStream(contentType: string | undefined): boolean {
  return contentType !== undefined && /text\/event-stream|multipart\/mixed/i.test(contentType);
}

async function forwardToYoga(req: IncomingMessage, res: ServerResponse, gateway: Gateway, deps: GatewayDeps, limit: number): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    tooLarge(res, limit);
    req.destroy();
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      tooLarge(res, limit);
      req.destroy();
      return;
    }
    throw error;
  }
  const startedAt = performance.now();
  const keptKey = keptAnswerKey(deps, req, body);
  if (keptKey !== undefined && answerFromKept(deps, req, res, keptKey, startedAt)) return;
  const controller = new AbortController();
  // Only a client that leaves before its answer is complete aborts (an abort builds a DOMException).
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const request = new gateway.fetchAPI.Request(url, { method: req.method, headers, body: new Uint8Array(body), signal: controller.signal });
  const response = await gateway.fetch(request);
  const answerHeaders = Object.fromEntries(response.headers);
  if (!response.body) {
    res.writeHead(response.status, answerHeaders);
    res.end();
    return;
  }
  if (!isStream(response.headers.get('content-type') ?? undefined)) {
    // A whole answer (JSON): one buffer and one write, no stream machinery per request.
    const bytes = Buffer.from(await response.arrayBuffer());
    const sized = Object.fromEntries(Object.entries(answerHeaders).filter(([name]) => name.toLowerCase() !== 'content-length'));
    res.writeHead(response.status, { ...sized, 'content-length': String(bytes.length) });
    res.end(bytes);
    if (keptKey !== undefined) keepAnswer(deps, keptKey, request, response.status, answerHeaders, bytes);
    return;
  }
  res.writeHead(response.status, answerHeaders);
  // yoga's body is a WHATWG stream (a ponyfill, not Node's class): iterate it, honouring backpressure.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) break;
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * A multipart request (the GraphQL multipart request spec) may carry one file of MAX_UPLOAD_BYTES
 * besides its operations; every other body stays within MAX_BODY_BYTES.
 */
function bodyLimit(req: IncomingMessage, config: GatewayDeps['config']): number {
  const multipart = (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
  return multipart ? config.maxBodyBytes + config.maxUploadBytes : config.maxBodyBytes;
}

/** A Host header a URL can be built from (yoga builds one per request, and fails with a 500). */
let lastValidHost: string | undefined;

function hostIsValid(host: string | undefined): boolean {
  if (host === undefined || host === lastValidHost) return true;
  if (!/^[A-Za-z0-9.:[\]_-]+$/.test(host) || !URL.canParse(`http://${host}`)) return false;
  // Nearly every request names the same host: remember the last good one.
  lastValidHost = host;
  return true;
}

export function createRequestHandler(deps: GatewayDeps, gateway: Gateway, readiness: Readiness) {
  const { config, metrics } = deps;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const handle = async () => {
      if (!hostIsValid(req.headers.host)) {
        return sendJson(res, 400, { errors: [{ message: 'The Host header is not a valid host name', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        const ready = readiness.ready();
        // A lost Redis is not an outage: the replica still serves, and says where its state lives.
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', sharedState: deps.sharedState() });
      }
      if (path === '/metrics') {
        if (!bearerAccepted(req.headers.authorization, config.gatewayTokens)) {
          return sendJson(res, 401, { error: 'A valid gateway bearer token is required' }, { 'www-authenticate': 'Bearer' });
        }
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return void res.end(await metrics.registry.metrics());
      }
      if (req.method === 'POST') return forwardToYoga(req, res, gateway, deps, bodyLimit(req, config));
      return gateway(req, res);
    };
    handle().catch((error: unknown) => {
      deps.logger.error({ msg: 'request handling failed', path, error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.destroy();
    });
  };
}
