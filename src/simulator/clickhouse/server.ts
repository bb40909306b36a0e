/**
 * The ClickHouse Cloud simulator's front on the shared server (core/server.ts): Basic auth (the
 * store's API keys, operations-keys.ts), rate limit, routing, path parameter checks (the spec's,
 * path-params.ts), organization scoping, body and query parsing and the JSON envelope,
 * in that order (authentication comes before routing: the v1 API answers 401 for any path). The
 * routes are not written here but made from the descriptions (interpreter.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ENVELOPE_DIALECT, readJsonObject, sendResult, sendText } from '../core/dialect-envelope.js';
import { SimulatorError, retryAfterSeconds } from '../core/error.js';
import { SlidingWindowLimiter } from '../core/rate-limit.js';
import { handlerFor, matchRoute } from '../core/router.js';
import { startSimulator } from '../core/server.js';
import { CLICKHOUSE_RESOURCES } from '../../resources/clickhouse/index.js';
import { CLICKHOUSE_PROFILE } from '../../resources/profile.js';
import { servedDocument } from '../../resources/openapi/document.js';
import { CLICKHOUSE_BEHAVIOURS } from './behaviours.js';
import { CLICKHOUSE_PATHS, TextResult, type Route } from './context.js';
import { clickhouseRoutes } from './interpreter.js';
import { keyHolder, type KeyHolder } from './operations-keys.js';
import { checkPathParameter } from './path-params.js';
import { createClickHouseState, type ClickHouseState } from './state.js';
import type { ClickHouseSimulator, ClickHouseSimulatorOptions, RecordedRequest } from './types.js';

const DEFAULTS = {
  port: 0,
  host: '127.0.0.1',
  rateLimit: { limit: 10, windowMs: 10_000 },
  transitionMs: 4000,
  backupCompletionMs: 60_000,
  extraServices: 0,
} as const;
/** Upper bound of benchmark fixtures: enough for fan-out runs, small enough to stay a simulator. */
const MAX_EXTRA_SERVICES = 10_000;

/** Every described operation's route; building them throws when a description and the behaviours disagree. */
const ROUTES: readonly Route[] = clickhouseRoutes(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE, CLICKHOUSE_BEHAVIOURS);
const METHODS_WITH_BODY = new Set(['POST', 'PATCH', 'PUT']);
const BASIC_PREFIX = 'basic ';

/** The key the Basic credentials name, enabled, with its secret; anything else is a 401. */
function authenticate(state: ClickHouseState, header: string | undefined): KeyHolder {
  const unauthorized = new SimulatorError(401, 'Authentication failed: send a valid API key as HTTP Basic credentials (keyId:keySecret)', {
    'www-authenticate': 'Basic realm="ClickHouse Cloud API"',
  });
  if (header === undefined || !header.toLowerCase().startsWith(BASIC_PREFIX)) throw unauthorized;
  const decoded = Buffer.from(header.slice(BASIC_PREFIX.length).trim(), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator === -1) throw unauthorized;
  const key = keyHolder(state.objects, decoded.slice(0, separator), decoded.slice(separator + 1), Date.now());
  if (key === undefined) throw unauthorized;
  return key;
}

/**
 * The real API's 429: `{status: 429, error: "TOO_MANY_REQUESTS", requestId}`, with the wait in
 * seconds twice, as Retry-After and as X-RateLimit-Reset (which ClickHouse's Terraform provider reads).
 */
function tooManyRequests(retryAfterMs: number): SimulatorError {
  const seconds = String(retryAfterSeconds(retryAfterMs));
  return new SimulatorError(429, 'TOO_MANY_REQUESTS', { 'retry-after': seconds, 'x-ratelimit-reset': seconds });
}

function resolveOptions(options: ClickHouseSimulatorOptions): Required<ClickHouseSimulatorOptions> {
  const config: Required<ClickHouseSimulatorOptions> = {
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    rateLimit: options.rateLimit === undefined ? { ...DEFAULTS.rateLimit } : options.rateLimit,
    transitionMs: options.transitionMs ?? DEFAULTS.transitionMs,
    backupCompletionMs: options.backupCompletionMs ?? DEFAULTS.backupCompletionMs,
    extraServices: options.extraServices ?? DEFAULTS.extraServices,
  };
  const { rateLimit, transitionMs, backupCompletionMs, extraServices } = config;
  if (rateLimit !== null && (!(rateLimit.limit >= 1) || !(rateLimit.windowMs > 0))) {
    throw new RangeError('rateLimit needs limit >= 1 and windowMs > 0 (or null to disable it)');
  }
  if (!(transitionMs >= 0) || !(backupCompletionMs >= 0)) {
    throw new RangeError('transitionMs and backupCompletionMs must be >= 0');
  }
  if (!Number.isInteger(extraServices) || extraServices < 0 || extraServices > MAX_EXTRA_SERVICES) {
    throw new RangeError(`extraServices must be an integer from 0 to ${MAX_EXTRA_SERVICES}`);
  }
  return config;
}

/** Where this simulator publishes its OpenAPI document (ClickHouse publishes its spec without a key too). */
export const SPEC_PATH = '/v1/openapi.json';

async function respond(state: ClickHouseState, limiter: SlidingWindowLimiter | null, req: IncomingMessage, res: ServerResponse, record: RecordedRequest) {
  if (record.method === 'GET' && record.path === SPEC_PATH) {
    record.status = 200;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(servedDocument(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE)));
    return;
  }
  const key = authenticate(state, req.headers.authorization);
  record.keyId = key.keyId;
  // Now rather than the arrival time: a delay-only fault may have held the request back.
  const admission = limiter?.take(key.keyId, Date.now());
  if (admission !== undefined && !admission.admitted) throw tooManyRequests(admission.retryAfterMs);
  const match = matchRoute(ROUTES, record.path, CLICKHOUSE_PATHS);
  if (match === undefined) throw new SimulatorError(404, `No route matches ${record.method} ${record.path}`);
  const handler = handlerFor(match, record.method, (allow) => new SimulatorError(405, `Method ${record.method} is not allowed on ${record.path}`, { allow }));
  for (const [name, value] of Object.entries(match.params)) checkPathParameter(name, value);
  const organizationId = match.params.organizationId;
  if (organizationId !== undefined && organizationId.toLowerCase() !== key.organizationId) {
    throw new SimulatorError(403, `API key ${key.keyId} is not allowed to access organization ${organizationId}`);
  }
  const organization = state.store.get('organizations', key.organizationId);
  if (organization === undefined) throw new Error(`Key ${key.keyId} points to a missing organization`);
  const body = METHODS_WITH_BODY.has(record.method) ? await readJsonObject(req) : {};
  const params = { ...match.params, ...(organizationId === undefined ? {} : { organizationId: organization.id }) };
  const query = new URL(req.url ?? '/', 'http://simulator.invalid').searchParams;
  const result = handler({ ...state, params, body, query, keyId: key.keyId, organization, now: Date.now() });
  record.status = 200;
  if (result instanceof TextResult) sendText(res, result.contentType, result.text);
  else sendResult(res, result);
}

/** Starts a simulator with its own fresh state built from the seed. */
export async function startClickHouseSimulator(options: ClickHouseSimulatorOptions = {}): Promise<ClickHouseSimulator> {
  const config = resolveOptions(options);
  const state = createClickHouseState({
    transitionMs: config.transitionMs,
    backupCompletionMs: config.backupCompletionMs,
    extraServices: config.extraServices,
  });
  const limiter = config.rateLimit === null ? null : new SlidingWindowLimiter(config.rateLimit.limit, config.rateLimit.windowMs);
  return startSimulator<RecordedRequest>({
    name: '[clickhouse-simulator]',
    dialect: ENVELOPE_DIALECT,
    host: config.host,
    port: config.port,
    record: (req) => ({
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://simulator.invalid').pathname,
      keyId: null,
      status: 0,
      at: Date.now(),
    }),
    respond: (req, res, record) => respond(state, limiter, req, res, record),
    close: () => state.store.close(),
  });
}
