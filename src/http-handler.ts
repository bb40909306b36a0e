/**
 * The node:http request handler in front of yoga: operational endpoints (/healthz, /readyz,
 * /metrics), and a request body limit enforced while reading (413 before any parsing), then the
 * request goes to yoga. Bodies are read here, with the limit, and handed to yoga's fetch API, so
 * no oversized body is ever buffered by the GraphQL layer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayDeps } from './gateway-types.js';
import { abortedWhenClientLeaves, answerFromKept, answerShapeKey, keepAnswer, keptAnswerKey } from './kept-answers.js';
import { PreparedRequests, preparesRequests } from './prepared-requests.js';
import { recordRequest, requestIdOfMessage } from './observability/requests.js';
import { traceHttpRequest, tracing } from './observability/tracing.js';
import { bearerAccepted, GRAPHQL_PATH, guardGraphqlRequest, HOST_REFUSAL, hostAllowed, refusalBody, type Refusal } from './http-guards.js';
import { maskResultErrors, type Gateway } from './yoga.js';

export interface Readiness {
  /** False while starting or draining. */
  ready(): boolean;
}

class BodyTooLargeError extends Error {}
/** The client left before its body arrived: nobody to answer, nothing to log as a fault. */
class ClientClosedError extends Error {}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Reads the body up to `limit`. Listeners rather than `for await`: leaving an async iterator early
 * destroys the stream, and with it the socket the 413 must still be written to.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done();
      reject(new BodyTooLargeError());
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks));
    };
    // A stream that fails or closes before its end is a client that left ('aborted', a reset).
    const onError = () => {
      done();
      reject(new ClientClosedError());
    };
    const onClose = onError;
    const done = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * After a refusal the client may still be sending its body. Closing the socket on unread bytes
 * makes the kernel answer with a reset, which reaches the client before it reads the 413
 * (ECONNRESET or EPIPE in browsers and Node's fetch); so does `connection: close`, since node
 * then ends the socket as soon as the answer is written. So the rest is read and dropped, up to
 * these bounds (nginx's lingering close), and only a client that sends more is cut off.
 */
export const LINGER_MAX_BYTES = 16 * 1_048_576;
export const LINGER_MAX_MS = 5_000;

function drainRefusedBody(req: IncomingMessage): void {
  let drained = 0;
  const cutOff = () => req.destroy();
  const timer = setTimeout(cutOff, LINGER_MAX_MS);
  timer.unref();
  const done = () => clearTimeout(timer);
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > LINGER_MAX_BYTES) cutOff();
  });
  req.once('end', done).once('close', done);
  req.resume();
}

function tooLarge(deps: GatewayDeps, req: IncomingMessage, res: ServerResponse, limit: number): void {
  refuse(deps, req, res, { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Request body is larger than ${limit} bytes` }, GRAPHQL_PATH);
  drainRefusedBody(req);
}

/** Answers that arrive over time (SSE, incremental delivery) are streamed; the rest is one buffer. */
function isStream(contentType: string | undefined): boolean {
  return contentType !== undefined && /text\/event-stream|multipart\/mixed/i.test(contentType);
}

async function forwardToYoga(req: IncomingMessage, res: ServerResponse, gateway: Gateway, deps: GatewayDeps, limit: number, prepared: PreparedRequests | undefined): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return tooLarge(deps, req, res, limit);
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge(deps, req, res, limit);
    if (error instanceof ClientClosedError) return;
    throw error;
  }
  const startedAt = performance.now();
  const keptKey = keptAnswerKey(deps, req, body);
  if (keptKey !== undefined && answerFromKept(deps, req, res, keptKey, startedAt)) return;
  const preparedKey = prepared?.applies(req) ? answerShapeKey(deps, req, body) : undefined;
  if (preparedKey !== undefined) {
    const known = prepared!.get(preparedKey);
    if (known && (await prepared!.serve(gateway.fetchAPI, req, res, known, startedAt))) return;
  }
  // A plain record (the fetch ponyfill reads it lazily), not a Headers filled one set() at a time.
  const headers: Record<string, string> = {};
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const request = new gateway.fetchAPI.Request(url, { method: req.method, headers, body: new Uint8Array(body), signal: abortedWhenClientLeaves(res) });
  const response = await gateway.fetch(request);
  const answerHeaders = Object.fromEntries(response.headers);
  if (!response.body) {
    res.writeHead(response.status, answerHeaders);
    res.end();
    return;
  }
  if (!isStream(response.headers.get('content-type') ?? undefined)) {
    // A whole answer (JSON): its text as yoga wrote it, written with the head in one write.
    const text = await response.text();
    const sized: Record<string, string> = {};
    for (const name in answerHeaders) if (name.toLowerCase() !== 'content-length') sized[name] = answerHeaders[name]!;
    sized['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(response.status, sized);
    res.end(text);
    if (keptKey !== undefined) keepAnswer(deps, keptKey, request, response.status, answerHeaders, Buffer.from(text));
    if (preparedKey !== undefined) prepared!.learn(preparedKey, request, response.status, answerHeaders);
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

/** The HTTP answer to a refused request, logged and counted like any other (never its content). */
function refuse(deps: GatewayDeps, req: IncomingMessage, res: ServerResponse, refusal: Refusal, path: string): void {
  res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', ...refusal.headers });
  res.end(refusalBody(refusal));
  const requestId = requestIdOfMessage(req.headers);
  recordRequest(deps.logger, deps.metrics, { requestId, method: req.method ?? 'GET', path, status: refusal.status, startedAt: undefined, streaming: false, code: refusal.code });
}

const UNTRACED_PATHS: ReadonlySet<string> = new Set(['/healthz', '/health', '/readyz', '/metrics']);

const BAD_HOST: Refusal = { status: 400, code: 'BAD_REQUEST', message: 'The Host header is not a valid host name' };

export function createRequestHandler(deps: GatewayDeps, gateway: Gateway, readiness: Readiness) {
  const { config, metrics } = deps;
  const prepared = preparesRequests(deps) ? new PreparedRequests(deps, maskResultErrors(deps)) : undefined;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handle = async () => {
      if (!hostIsValid(req.headers.host)) return refuse(deps, req, res, BAD_HOST, path);
      // Probes often name the pod's address as Host; they reveal nothing a rebinding page could use.
      // /health is yoga's own liveness path, kept for whoever already probes it.
      if (path === '/healthz' || path === '/health') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        const ready = readiness.ready();
        // A lost Redis is not an outage: the replica still serves, and says where its state lives.
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', sharedState: deps.sharedState() });
      }
      if (path === '/metrics') {
        if (!hostAllowed(req.headers.host, config.allowedHosts)) return refuse(deps, req, res, HOST_REFUSAL, path);
        if (!bearerAccepted(req.headers.authorization, config.gatewayTokens)) {
          return sendJson(res, 401, { error: 'A valid gateway bearer token is required' }, { 'www-authenticate': 'Bearer' });
        }
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return void res.end(await metrics.registry.metrics());
      }
      const refusal = guardGraphqlRequest(req, config);
      if (refusal) return refuse(deps, req, res, refusal, path);
      if (req.method === 'POST') return forwardToYoga(req, res, gateway, deps, bodyLimit(req, config), prepared);
      return gateway(req, res);
    };
    const run = () => {
      handle().catch((error: unknown) => {
        deps.logger.error({ msg: 'request handling failed', path, error });
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
        else res.destroy();
      });
    };
    // Probes and scrapes are not traced: they would drown the requests in a collector.
    if (tracing.on && !UNTRACED_PATHS.has(path)) traceHttpRequest(req, res, path, path === GRAPHQL_PATH ? GRAPHQL_PATH : undefined, run);
    else run();
  };
}
