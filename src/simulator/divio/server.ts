/**
 * The Divio simulator's front on the shared server (core/server.ts), in the order Django REST
 * framework applies things: URL resolution (404), token authentication (401), throttling (429),
 * method (405), body parsing (400/415), then the handler. Every route but one comes from the
 * resource descriptions (resources.ts); uploaded files are served back outside the API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DRF_DIALECT, readDrfBody, sendJson, throttledDetail } from '../core/dialect-drf.js';
import { SimulatorError, invalidFields, notFound, retryAfterSeconds } from '../core/error.js';
import { SlidingWindowLimiter } from '../core/rate-limit.js';
import { handlerFor, matchRoute } from '../core/router.js';
import { startSimulator } from '../core/server.js';
import { DIVIO_RESOURCES } from '../../resources/divio/index.js';
import { servedDocument } from '../../resources/openapi/document.js';
import { DIVIO_PROFILE } from '../../resources/profile.js';
import { DIVIO_PATHS, ok, type DivioState, type Route } from './context.js';
import { DEPLOYMENT_DONE } from './facts.js';
import { MEDIA_PREFIX } from './resources-application-media.js';
import { resourceRoutes } from './resources.js';
import { concealed, resumeSeededWork } from './resources-registry.js';
import { TOKENS } from './seed-fixtures.js';
import { createDivioState } from './state.js';
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

/** container_specifications_retrieve: one object without an id, so no resource group; every application runs this size. */
const CONTAINER_SPECIFICATION = { id: 'default', memory: 512, cpu: 0.5 };
const ROUTES: readonly Route[] = [
  ...resourceRoutes(DIVIO_RESOURCES),
  { pattern: '/apps/v3/container-specifications/', methods: { GET: () => ok(CONTAINER_SPECIFICATION) } },
];
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const TOKEN_KEYWORD = 'token';
/** Where the API serves its OpenAPI document (the seed's schema_retrieve). */
export const SCHEMA_PATH = '/apps/v3/schema.json';
/** DRF's TokenAuthentication challenge, sent with every 401. */
const CHALLENGE = { 'www-authenticate': 'Token' };
/** The seed's tokens by their secret, as the Authorization header carries it: credentials, kept apart from the records. */
const USERS: ReadonlyMap<string, TokenRecord> = new Map(
  TOKENS.map((token) => [token.token, { id: token.id, token: token.token, organisations: [...token.organisations], memberships: { ...token.memberships } }]),
);

const unauthorized = (detail: string): SimulatorError => new SimulatorError(401, detail, CHALLENGE);

/** DRF's TokenAuthentication, message for message. */
function authenticate(header: string | undefined): TokenRecord {
  const parts = (header ?? '').trim().split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts[0]?.toLowerCase() !== TOKEN_KEYWORD) throw unauthorized('Authentication credentials were not provided.');
  if (parts.length === 1) throw unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) throw unauthorized('Invalid token header. Token string should not contain spaces.');
  const user = USERS.get(parts[1] ?? '');
  if (user === undefined) throw unauthorized('Invalid token.');
  return user;
}

function throttled(retryAfterMs: number): SimulatorError {
  const seconds = String(retryAfterSeconds(retryAfterMs));
  return new SimulatorError(429, throttledDetail(seconds), { 'retry-after': seconds });
}

async function readObjectBody(req: IncomingMessage): Promise<Body> {
  const body = await readDrfBody(req);
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Body;
  throw invalidFields({ non_field_errors: [MESSAGES.notADict(body)] });
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

/** Uploaded files, public like a CDN's: no token, no budget, no request log. */
function serveMedia(state: DivioState, req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (!path.startsWith(MEDIA_PREFIX) || req.method !== 'GET') return false;
  const file = state.media.get(path);
  if (file === undefined) sendJson(res, 404, { detail: 'Not found.' });
  else {
    res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) });
    res.end(file.bytes);
  }
  return true;
}

/** Starts a simulator with its own fresh state built from the seed. */
export async function startDivioSimulator(options: DivioSimulatorOptions = {}): Promise<DivioSimulator> {
  const config = resolveOptions(options);
  const state = createDivioState({ stepMs: config.deploymentStepMs, now: Date.now(), concealed });
  resumeSeededWork(state);
  const limiter = config.rateLimit === null ? null : new SlidingWindowLimiter(config.rateLimit.limit, config.rateLimit.windowMs);
  const paging = { maxPageSize: config.maxPageSize, defaultPageSize: config.defaultPageSize };
  let origin = '';

  async function respond(req: IncomingMessage, res: ServerResponse, record: DivioRecordedRequest): Promise<void> {
    // The token is identified first so even a 404 for an unknown path is attributed to it in the
    // log, but, as in Django, URL resolution answers before authentication does.
    let user: TokenRecord | SimulatorError;
    try {
      user = authenticate(req.headers.authorization);
      record.token = user.id;
    } catch (error) {
      user = error as SimulatorError;
    }
    const match = matchRoute(ROUTES, record.path, DIVIO_PATHS);
    if (match === undefined && !(record.method === 'GET' && record.path === SCHEMA_PATH)) throw notFound();
    if (user instanceof SimulatorError) throw user;
    if (match === undefined) {
      // The API's own OpenAPI document (drf-spectacular's schema view), here built from the descriptions.
      record.status = 200;
      sendJson(res, 200, servedDocument(DIVIO_RESOURCES, DIVIO_PROFILE));
      return;
    }
    // Now rather than the arrival time: a delay-only fault may have held the request back.
    const admission = limiter?.take(user.id, Date.now());
    if (admission !== undefined && !admission.admitted) throw throttled(admission.retryAfterMs);
    const handler = handlerFor(match, record.method, (allow) => new SimulatorError(405, `Method "${record.method}" not allowed.`, { allow }));
    const body = METHODS_WITH_BODY.has(record.method) ? await readObjectBody(req) : {};
    // Absolute links are built from the Host header, as Django's build_absolute_uri does.
    const requestUrl = new URL(req.url ?? '/', req.headers.host === undefined ? origin : `http://${req.headers.host}`);
    const { uuid = '', arg: argument = '' } = match.params;
    const reply = handler({ ...state, user, uuid, argument, body, query: requestUrl.searchParams, requestUrl, paging, now: Date.now() });
    record.status = reply.status;
    sendJson(res, reply.status, reply.body);
  }

  const simulator = await startSimulator<DivioRecordedRequest>({
    name: '[divio-simulator]',
    dialect: DRF_DIALECT,
    host: config.host,
    port: config.port,
    record: (req) => {
      const [path = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
      return { method: req.method ?? 'GET', path, query, token: null, status: 0, at: Date.now() };
    },
    bypass: (req, res, path) => serveMedia(state, req, res, path),
    respond,
    close: () => state.store.close(),
  });
  origin = simulator.url;
  return {
    ...simulator,
    forceDeploymentStatus: (id, word) => {
      const deployment = state.store.get('deployments', id);
      if (deployment === undefined) throw new RangeError(`No deployment ${id}`);
      Object.assign(deployment, { forced_status: word, status: word ?? (deployment.ended_at === null ? (deployment.percent === 0 ? 'queued' : 'running') : DEPLOYMENT_DONE) });
    },
  };
}
