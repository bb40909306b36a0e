/**
 * The simulator's HTTP front, in the order Django REST framework applies things: URL
 * resolution (404), token authentication (401), throttling (429), method (405), body parsing
 * (400/415), then the handler. Every request is recorded, then injected faults act on it before
 * any of that. The `/__simulator/` fault control surface bypasses all of it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { FaultInjector } from '../core/faults.js';
import { isControlPath, serveFaultControl } from '../core/faults-http.js';
import { listen, simulatorHandle } from '../listen.js';
import { SlidingWindowLimiter } from '../core/rate-limit.js';
import { DrfError, badRequest, notFound, readJsonBody, sendFaultError, sendJson } from './http.js';
import { DIVIO_RESOURCES } from '../../resources/divio/index.js';
import { matchRoute, type Method, type Route } from './router.js';
import { resourceRoutes } from './resources.js';
import { applicationMediaRoutes, MEDIA_PREFIX } from './routes-application-media.js';
import { applicationMoveRoutes } from './routes-application-moves.js';
import { containerSpecificationRoutes } from './routes-container-specifications.js';
import { applicationRoutes } from './routes-applications.js';
import { deploymentRoutes } from './routes-deployments.js';
import { environmentRoutes } from './routes-environments.js';
import { DivioStore } from './store.js';
import type { DivioRecordedRequest, DivioSimulator, DivioSimulatorOptions, TokenRecord } from './types.js';
import { MESSAGES, type Body } from './validation.js';

const DEFAULTS = {
  port: 0,
  host: '127.0.0.1',
  rateLimit: null,
  deploymentStepMs: 1000,
  maxPageSize: 100,
  defaultPageSize: 20,
} as const;

const ROUTES: readonly Route[] = [...applicationRoutes, ...applicationMediaRoutes, ...applicationMoveRoutes, ...containerSpecificationRoutes, ...environmentRoutes, ...deploymentRoutes, ...resourceRoutes(DIVIO_RESOURCES)];
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const TOKEN_KEYWORD = 'token';
/** DRF's TokenAuthentication challenge, sent with every 401. */
const CHALLENGE = { 'www-authenticate': 'Token' };

const unauthorized = (detail: string): DrfError => new DrfError(401, { detail }, CHALLENGE);

/** DRF's TokenAuthentication, message for message. */
function authenticate(header: string | undefined, store: DivioStore): TokenRecord {
  const parts = (header ?? '').trim().split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts[0]?.toLowerCase() !== TOKEN_KEYWORD) {
    throw unauthorized('Authentication credentials were not provided.');
  }
  if (parts.length === 1) throw unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) throw unauthorized('Invalid token header. Token string should not contain spaces.');
  const user = store.tokens.get(parts[1] ?? '');
  if (user === undefined) throw unauthorized('Invalid token.');
  return user;
}

function throttled(retryAfterMs: number): DrfError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const detail = `Request was throttled. Expected available in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  return new DrfError(429, { detail }, { 'retry-after': String(seconds) });
}

async function readObjectBody(req: IncomingMessage): Promise<Body> {
  const body = await readJsonBody(req);
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Body;
  throw badRequest({ non_field_errors: [MESSAGES.notADict(body)] });
}

function resolveOptions(options: DivioSimulatorOptions): Required<DivioSimulatorOptions> {
  const config: Required<DivioSimulatorOptions> = {
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    rateLimit: options.rateLimit ?? DEFAULTS.rateLimit,
    deploymentStepMs: options.deploymentStepMs ?? DEFAULTS.deploymentStepMs,
    maxPageSize: options.maxPageSize ?? DEFAULTS.maxPageSize,
    defaultPageSize: options.defaultPageSize ?? DEFAULTS.defaultPageSize,
  };
  const { rateLimit, deploymentStepMs, maxPageSize, defaultPageSize } = config;
  if (rateLimit !== null && (!(rateLimit.limit >= 1) || !(rateLimit.windowMs > 0))) {
    throw new RangeError('rateLimit needs limit >= 1 and windowMs > 0 (or null to disable it)');
  }
  if (!(deploymentStepMs >= 0)) throw new RangeError('deploymentStepMs must be >= 0');
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1 || !Number.isInteger(defaultPageSize) || defaultPageSize < 1) {
    throw new RangeError('maxPageSize and defaultPageSize must be positive integers');
  }
  return config;
}

function serveMedia(res: ServerResponse, file: { type: string; bytes: Buffer } | undefined): void {
  if (file === undefined) return sendJson(res, 404, { detail: 'Not found.' });
  res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) });
  res.end(file.bytes);
}

/** Starts a simulator with its own fresh state built from the seed. */
export async function startDivioSimulator(options: DivioSimulatorOptions = {}): Promise<DivioSimulator> {
  const config = resolveOptions(options);
  const store = new DivioStore(config.deploymentStepMs, Date.now());
  const limiter = config.rateLimit === null ? null : new SlidingWindowLimiter(config.rateLimit.limit, config.rateLimit.windowMs);
  const paging = { maxPageSize: config.maxPageSize, defaultPageSize: config.defaultPageSize };
  const requests: DivioRecordedRequest[] = [];
  const faults = new FaultInjector(sendFaultError);
  let origin = '';

  async function respond(req: IncomingMessage, res: ServerResponse, record: DivioRecordedRequest): Promise<void> {
    // The token is identified first so even a 404 for an unknown path is attributed to it in the
    // log, but, as in Django, URL resolution answers before authentication does.
    let user: TokenRecord | DrfError;
    try {
      user = authenticate(req.headers.authorization, store);
      record.token = user.id;
    } catch (error) {
      user = error as DrfError;
    }
    const match = matchRoute(ROUTES, record.path);
    if (match === undefined) throw notFound();
    if (user instanceof DrfError) throw user;
    // Now rather than the arrival time: a delay-only fault may have held the request back.
    const admission = limiter?.take(user.id, Date.now());
    if (admission !== undefined && !admission.admitted) throw throttled(admission.retryAfterMs);
    const handler = match.route.methods[record.method as Method];
    if (handler === undefined) {
      const allow = Object.keys(match.route.methods).join(', ');
      throw new DrfError(405, { detail: `Method "${record.method}" not allowed.` }, { allow });
    }
    const body = METHODS_WITH_BODY.has(record.method) ? await readObjectBody(req) : {};
    // Absolute links are built from the Host header, as Django's build_absolute_uri does.
    const requestUrl = new URL(req.url ?? '/', req.headers.host === undefined ? origin : `http://${req.headers.host}`);
    const { uuid, argument } = match;
    const reply = handler({ store, user, uuid, argument, body, query: requestUrl.searchParams, requestUrl, paging, now: Date.now() });
    record.status = reply.status;
    sendJson(res, reply.status, reply.body);
  }

  const server = createServer((req, res) => {
    const [path = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
    if (isControlPath(path)) return serveFaultControl(req, res, path, faults);
    // Uploaded files, public like a CDN's: no token, no budget.
    if (path.startsWith(MEDIA_PREFIX) && req.method === 'GET') return serveMedia(res, store.media.get(path));
    const record: DivioRecordedRequest = { method: req.method ?? 'GET', path, query, token: null, status: 0, at: Date.now() };
    // Recorded on arrival so the log keeps arrival order; the status is filled in on answer.
    requests.push(record);
    // Faults come before authentication and throttling, so a faulted request costs no budget.
    faults.apply(req, res, record).then((done) => (done ? undefined : respond(req, res, record))).catch((error: unknown) => {
      const failure = error instanceof DrfError ? error : new DrfError(500, { detail: 'A server error occurred.' });
      if (!(error instanceof DrfError)) console.error('[divio-simulator]', error);
      record.status = failure.status;
      if (!res.headersSent) sendJson(res, failure.status, failure.body, failure.headers);
      else res.destroy();
    });
  });

  const listening = await listen(server, config.port, config.host);
  origin = listening.url;

  return simulatorHandle(listening, requests, faults, () => store.close());
}
