/**
 * The simulator's HTTP front: fault control surface, request log, injected faults, Basic auth,
 * rate limit, routing, path parameter checks, organization scoping, body parsing and the JSON
 * envelope.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { FaultInjector } from '../faults.js';
import { isControlPath, serveFaultControl } from '../faults-http.js';
import { listen, simulatorHandle } from '../listen.js';
import { HttpError, badRequest, readJsonObject, sendError, sendFaultError, sendResult, sendText } from './http.js';
import { SlidingWindowLimiter } from './rate-limit.js';
import { TextResult, matchRoute, type Method, type Route } from './router.js';
import { backupRoutes } from './routes-backups.js';
import { organizationRoutes } from './routes-organizations.js';
import { serviceSettingRoutes } from './routes-service-settings.js';
import { serviceRoutes } from './routes-services.js';
import { SimulatorStore } from './store.js';
import type { ClickHouseSimulator, ClickHouseSimulatorOptions, KeyRecord, RecordedRequest } from './types.js';
import { isUuid } from './validation.js';

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

const ROUTES: readonly Route[] = [...organizationRoutes, ...serviceRoutes, ...serviceSettingRoutes, ...backupRoutes];
const METHODS_WITH_BODY = new Set(['POST', 'PATCH', 'PUT']);
const BASIC_PREFIX = 'basic ';

function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function authenticate(header: string | undefined, store: SimulatorStore): KeyRecord {
  const unauthorized = new HttpError(
    401,
    'Authentication failed: send a valid API key as HTTP Basic credentials (keyId:keySecret)',
    { 'www-authenticate': 'Basic realm="ClickHouse Cloud API"' },
  );
  if (header === undefined || !header.toLowerCase().startsWith(BASIC_PREFIX)) throw unauthorized;
  const decoded = Buffer.from(header.slice(BASIC_PREFIX.length).trim(), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator === -1) throw unauthorized;
  const key = store.keys.get(decoded.slice(0, separator));
  if (key === undefined || !secretsEqual(key.keySecret, decoded.slice(separator + 1))) throw unauthorized;
  return key;
}

function validateOptions(options: Required<ClickHouseSimulatorOptions>): void {
  const { rateLimit, transitionMs, backupCompletionMs } = options;
  if (rateLimit !== null && (!(rateLimit.limit >= 1) || !(rateLimit.windowMs > 0))) {
    throw new RangeError('rateLimit needs limit >= 1 and windowMs > 0 (or null to disable it)');
  }
  if (!(transitionMs >= 0) || !(backupCompletionMs >= 0)) {
    throw new RangeError('transitionMs and backupCompletionMs must be >= 0');
  }
  if (!Number.isInteger(options.extraServices) || options.extraServices < 0 || options.extraServices > MAX_EXTRA_SERVICES) {
    throw new RangeError(`extraServices must be an integer from 0 to ${MAX_EXTRA_SERVICES}`);
  }
}

/** Starts a simulator with its own fresh state built from the seed. */
export async function startClickHouseSimulator(options: ClickHouseSimulatorOptions = {}): Promise<ClickHouseSimulator> {
  const config: Required<ClickHouseSimulatorOptions> = {
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    rateLimit: options.rateLimit === undefined ? { ...DEFAULTS.rateLimit } : options.rateLimit,
    transitionMs: options.transitionMs ?? DEFAULTS.transitionMs,
    backupCompletionMs: options.backupCompletionMs ?? DEFAULTS.backupCompletionMs,
    extraServices: options.extraServices ?? DEFAULTS.extraServices,
  };
  validateOptions(config);
  const store = new SimulatorStore({
    transitionMs: config.transitionMs,
    backupCompletionMs: config.backupCompletionMs,
    extraServices: config.extraServices,
  });
  const limiter = config.rateLimit === null ? null : new SlidingWindowLimiter(config.rateLimit.limit, config.rateLimit.windowMs);
  const requests: RecordedRequest[] = [];
  const faults = new FaultInjector(sendFaultError);

  async function respond(req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> {
    const key = authenticate(req.headers.authorization, store);
    record.keyId = key.keyId;
    // Now rather than the arrival time: a delay-only fault may have held the request back.
    const admission = limiter?.take(key.keyId, Date.now());
    if (admission !== undefined && !admission.admitted) {
      const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      throw new HttpError(429, `Rate limit exceeded for API key ${key.keyId}; retry in ${seconds}s`, {
        'retry-after': String(seconds),
      });
    }
    const match = matchRoute(ROUTES, record.path);
    if (match === undefined) throw new HttpError(404, `No route matches ${record.method} ${record.path}`);
    const handler = match.route.methods[record.method as Method];
    if (handler === undefined) {
      const allow = Object.keys(match.route.methods).join(', ');
      throw new HttpError(405, `Method ${record.method} is not allowed on ${record.path}`, { allow });
    }
    for (const [name, value] of Object.entries(match.params)) {
      if (name.endsWith('Id') && !isUuid(value)) throw badRequest(`${name} must be a UUID, got '${value}'`);
    }
    const organizationId = match.params.organizationId;
    if (organizationId !== undefined && organizationId.toLowerCase() !== key.organizationId) {
      throw new HttpError(403, `API key ${key.keyId} is not allowed to access organization ${organizationId}`);
    }
    const organization = store.organizations.get(key.organizationId);
    if (organization === undefined) throw new Error(`Key ${key.keyId} points to a missing organization`);
    const body = METHODS_WITH_BODY.has(record.method) ? await readJsonObject(req) : {};
    const params = { ...match.params, ...(organizationId === undefined ? {} : { organizationId: organization.id }) };
    const result = handler({ store, params, body, organization, now: Date.now() });
    record.status = 200;
    if (result instanceof TextResult) sendText(res, result.contentType, result.text);
    else sendResult(res, result);
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://simulator.invalid').pathname;
    if (isControlPath(path)) return serveFaultControl(req, res, path, faults);
    const record: RecordedRequest = { method: req.method ?? 'GET', path, keyId: null, status: 0, at: Date.now() };
    // Recorded on arrival so the log keeps arrival order; the status is filled in on answer.
    requests.push(record);
    // Faults come before authentication and the rate limit, so a faulted request costs no budget.
    faults.apply(req, res, record).then((done) => (done ? undefined : respond(req, res, record))).catch((error: unknown) => {
      const failure = error instanceof HttpError ? error : new HttpError(500, 'Internal simulator error');
      if (!(error instanceof HttpError)) console.error('[clickhouse-simulator]', error);
      record.status = failure.status;
      if (!res.headersSent) sendError(res, failure);
      else res.destroy();
    });
  });

  const listening = await listen(server, config.port, config.host);

  return simulatorHandle(listening, requests, faults, () => store.close());
}
