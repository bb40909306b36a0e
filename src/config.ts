/**
 * Environment -> typed, frozen configuration. Every variable of API.md is read here and nowhere
 * else, and each is validated so that a typo fails at start-up with a message naming the variable
 * (never echoing a secret's value).
 */
import { deepFreeze } from './frozen.js';
import type { LogLevel } from './observability/logger.js';
import { parseRateLimit } from './upstream/budget.js';
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS } from './redis/connection.js';
import { DEFAULT_STALE_IF_ERROR_S } from './upstream/stale.js';

/** Default listen port (API.md). */
export const DEFAULT_PORT = 4000;
/** Default listen host: loopback, so a fresh `npm start` is not exposed to the network. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_CLICKHOUSE_API_URL = 'https://api.clickhouse.cloud';
export const DEFAULT_DIVIO_API_URL = 'https://api.divio.com';
/** The published ClickHouse Cloud limit: 10 requests per 10 seconds per key. */
export const DEFAULT_CLICKHOUSE_RATE_LIMIT = '10/10s';
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
/** Consecutive failed attempts against an upstream origin that open its circuit. */
export const DEFAULT_CIRCUIT_FAILURE_THRESHOLD = 5;
/** How long an open circuit fails fast before one probe is let through. */
export const DEFAULT_CIRCUIT_OPEN_MS = 10_000;
/** Largest request body accepted; larger ones get 413 before any parsing. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
/** Largest file a multipart upload may carry (Divio's avatars and screenshots are images). */
export const DEFAULT_MAX_UPLOAD_BYTES = 5_242_880;
export const DEFAULT_RESULT_CACHE_ENTRIES = 500;
/** Subscription poll interval while something is in motion (starting, deploying, ...). */
export const DEFAULT_LIVE_POLL_FAST_MS = 2_000;
/** Subscription poll interval while everything watched is stable. */
export const DEFAULT_LIVE_POLL_SLOW_MS = 15_000;

export interface ClickHouseKey {
  keyId: string;
  keySecret: string;
}

/** One entry of ALLOWED_HOSTS: a host name (IPv6 in brackets), and a port or null for any port. */
export interface AllowedHost {
  name: string;
  port: string | null;
}

/** The Host names a loopback gateway answers to by default (any port: dev proxies keep their own). */
export const LOOPBACK_HOSTS: readonly AllowedHost[] = ['localhost', '127.0.0.1', '[::1]'].map((name) => ({ name, port: null }));

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface Config {
  port: number;
  host: string;
  clickhouse: {
    /** Base URL; the client appends `/v1/...`. */
    apiUrl: string;
    /** Server-held key, used when a request sends no `x-clickhouse-key`. */
    key: ClickHouseKey | null;
    /** Per-key call budget; null when turned off with `0`. */
    rateLimit: RateLimit | null;
  };
  divio: {
    apiUrl: string;
    token: string | null;
  };
  upstreamTimeoutMs: number;
  /** Circuit breaker per upstream origin (CIRCUIT_FAILURE_THRESHOLD, CIRCUIT_OPEN_MS). */
  circuit: { failureThreshold: number; openMs: number };
  /** Poll intervals of the subscription pollers (LIVE_POLL_FAST_MS, LIVE_POLL_SLOW_MS). */
  live: { fastMs: number; slowMs: number };
  /** Bearer tokens accepted by the gateway; empty means no gateway auth. */
  gatewayTokens: readonly string[];
  /**
   * Origins allowed to call the gateway from a browser (CORS_ORIGINS). Empty: no cross-origin
   * access; ['*']: any origin.
   */
  corsOrigins: readonly string[];
  /**
   * Host headers the gateway answers to (ALLOWED_HOSTS), or '*' for any. Default: the loopback
   * names while HOST is a loopback address (a DNS-rebinding page sends its own name), else '*'.
   */
  allowedHosts: readonly AllowedHost[] | '*';
  /** Serve GraphiQL on GET /graphql from a browser (GRAPHIQL; default true). */
  graphiql: boolean;
  /** Answer introspection queries (INTROSPECTION; default true). Turn off in production. */
  introspection: boolean;
  /** MAX_BODY_BYTES; default 1 MiB. */
  maxBodyBytes: number;
  /**
   * REDIS_URL: where replicas share the call budget, the response cache and the pollers (redis:// or
   * rediss://, password and db in the URL); null: all of it lives in this process.
   */
  redisUrl: string | null;
  /**
   * REDIS_COMMAND_TIMEOUT_MS: the longest any request waits for a Redis reply; a Redis silent that
   * long counts as lost (in-process fallback) until it answers again.
   * @default 500 (DEFAULT_REDIS_COMMAND_TIMEOUT_MS)
   */
  redisCommandTimeoutMs: number;
  /** GATEWAY_REPLICAS: how many replicas share one budget; each takes 1/N of it while Redis is lost. */
  replicas: number;
  /** MAX_UPLOAD_BYTES: the largest uploaded file (multipart requests may be this much larger); default 5 MiB. */
  maxUploadBytes: number;
  /**
   * RESULT_CACHE_ENTRIES: whole query results kept for reuse while every cached upstream answer
   * they were built from is unchanged (0: off; off anyway with REDIS_URL); default 500.
   */
  resultCacheEntries: number;
  /**
   * STALE_IF_ERROR_S: how old (seconds) the last good answer of a read may be to be served, marked
   * in `extensions.stale`, when a fresh one cannot be had (upstream 5xx or timeout, open circuit,
   * too many calls queued); 0: off, the read fails. @default 300
   */
  staleIfErrorS: number;
  /** LOG_LEVEL; default info. */
  logLevel: LogLevel;
  /** True when neither `*_API_URL` is set: `npm start` then runs the embedded simulators. */
  useSimulators: boolean;
  /**
   * PERSISTED_OPERATIONS: `apq` (default, Apollo's automatic persisted queries), `only` (just the
   * trusted documents of PERSISTED_OPERATIONS_MANIFEST) or `off`.
   */
  persistedOperations: { mode: 'apq' | 'off' } | { mode: 'only'; manifest: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseUrl(name: string, raw: string | undefined, fallback: string): string {
  const value = raw ?? fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must use http or https, got "${url.protocol}"`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${name} must not embed credentials; use the key/token variables`);
  }
  // The clients append absolute paths (/v1/..., /apps/v3/...), so drop a trailing slash.
  return url.toString().replace(/\/+$/, '');
}

function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number, unit = 'milliseconds'): number {
  if (raw === undefined) return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < min || ms > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (${unit}), got "${raw}"`);
  }
  return ms;
}

/**
 * Bounds of REDIS_COMMAND_TIMEOUT_MS: below 10 ms a busy but healthy Redis would count as lost;
 * above a minute "no request hangs on Redis" would mean nothing.
 */
const REDIS_COMMAND_TIMEOUT_BOUNDS = [10, 60_000] as const;

/** Bounds of the live poll intervals: faster than 50 ms is abuse, slower than an hour is not live. */
const LIVE_POLL_BOUNDS = [50, 3_600_000] as const;

function parseLive(env: Env): { fastMs: number; slowMs: number } {
  const fastMs = parseInteger('LIVE_POLL_FAST_MS', nonEmpty(env, 'LIVE_POLL_FAST_MS'), DEFAULT_LIVE_POLL_FAST_MS, ...LIVE_POLL_BOUNDS);
  const slowMs = parseInteger('LIVE_POLL_SLOW_MS', nonEmpty(env, 'LIVE_POLL_SLOW_MS'), DEFAULT_LIVE_POLL_SLOW_MS, ...LIVE_POLL_BOUNDS);
  if (slowMs < fastMs) throw new ConfigError('LIVE_POLL_SLOW_MS must not be shorter than LIVE_POLL_FAST_MS');
  return { fastMs, slowMs };
}

function parseClickHouseKey(env: Env): ClickHouseKey | null {
  const keyId = nonEmpty(env, 'CLICKHOUSE_API_KEY_ID');
  const keySecret = nonEmpty(env, 'CLICKHOUSE_API_KEY_SECRET');
  if (!keyId && !keySecret) return null;
  if (!keyId || !keySecret) {
    throw new ConfigError(
      'CLICKHOUSE_API_KEY_ID and CLICKHOUSE_API_KEY_SECRET must be set together (one of them is missing)',
    );
  }
  return { keyId, keySecret };
}

function parseClickHouseRateLimit(raw: string | undefined): RateLimit | null {
  try {
    return parseRateLimit(raw ?? DEFAULT_CLICKHOUSE_RATE_LIMIT);
  } catch (error) {
    throw new ConfigError(`CLICKHOUSE_RATE_LIMIT: ${(error as Error).message}`);
  }
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseCorsOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  const origins = raw.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0);
  for (const origin of origins) {
    if (origin === '*') continue;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`CORS_ORIGINS entries must be origins like https://app.example.com or *, got "${origin}"`);
    }
    if (url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(`CORS_ORIGINS entries must be bare origins (scheme://host[:port]), got "${origin}"`);
    }
  }
  return origins.map((origin) => origin.replace(/\/$/, ''));
}

/** True for the addresses and names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

function parseAllowedHosts(raw: string | undefined, listenHost: string): Config['allowedHosts'] {
  if (raw === undefined) return isLoopbackHost(listenHost) ? LOOPBACK_HOSTS : '*';
  const entries = raw.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry.length > 0);
  if (entries.includes('*')) return '*';
  return entries.map((entry) => {
    const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(entry);
    if (!match) throw new ConfigError(`ALLOWED_HOSTS entries must be host names with an optional port (api.example.com, localhost:4000, [::1]) or *, got "${entry}"`);
    return { name: match[1]!, port: match[2] ?? null };
  });
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined) return 'info';
  const level = raw.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function parseGatewayTokens(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
}

function parsePersistedOperations(mode: string | undefined, manifest: string | undefined): Config['persistedOperations'] {
  const chosen = (mode ?? 'apq').toLowerCase();
  if (chosen === 'apq' || chosen === 'off') return { mode: chosen };
  if (chosen !== 'only') throw new ConfigError(`PERSISTED_OPERATIONS must be apq, only or off, got "${mode}"`);
  if (!manifest) throw new ConfigError('PERSISTED_OPERATIONS=only needs PERSISTED_OPERATIONS_MANIFEST: the path of the trusted documents (JSON)');
  return { mode: 'only', manifest };
}

/** redis:// or rediss:// (TLS); the message never repeats the URL, which may hold a password. */
function parseRedisUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL is not a URL: expected redis://[:password@]host[:port][/db] or rediss://...');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got ${url.protocol}//`);
  }
  if (url.pathname.length > 1 && !/^\/\d+$/.test(url.pathname)) throw new ConfigError('REDIS_URL: the path must be a database number (/0)');
  return raw;
}

/** Reads and validates the environment. Throws ConfigError with a message naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const clickhouseUrl = nonEmpty(env, 'CLICKHOUSE_API_URL');
  const divioUrl = nonEmpty(env, 'DIVIO_API_URL');
  const host = nonEmpty(env, 'HOST') ?? DEFAULT_HOST;
  const config: Config = {
    port: parsePort(nonEmpty(env, 'PORT')),
    host,
    clickhouse: {
      apiUrl: parseUrl('CLICKHOUSE_API_URL', clickhouseUrl, DEFAULT_CLICKHOUSE_API_URL),
      key: parseClickHouseKey(env),
      rateLimit: parseClickHouseRateLimit(nonEmpty(env, 'CLICKHOUSE_RATE_LIMIT')),
    },
    divio: {
      apiUrl: parseUrl('DIVIO_API_URL', divioUrl, DEFAULT_DIVIO_API_URL),
      token: nonEmpty(env, 'DIVIO_API_TOKEN') ?? null,
    },
    upstreamTimeoutMs: parseInteger('UPSTREAM_TIMEOUT_MS', nonEmpty(env, 'UPSTREAM_TIMEOUT_MS'), DEFAULT_UPSTREAM_TIMEOUT_MS, 1, 600_000),
    live: parseLive(env),
    circuit: {
      failureThreshold: parseInteger('CIRCUIT_FAILURE_THRESHOLD', nonEmpty(env, 'CIRCUIT_FAILURE_THRESHOLD'), DEFAULT_CIRCUIT_FAILURE_THRESHOLD, 1, 1_000, 'failed attempts'),
      openMs: parseInteger('CIRCUIT_OPEN_MS', nonEmpty(env, 'CIRCUIT_OPEN_MS'), DEFAULT_CIRCUIT_OPEN_MS, 10, 3_600_000),
    },
    gatewayTokens: parseGatewayTokens(env.GATEWAY_TOKENS),
    corsOrigins: parseCorsOrigins(nonEmpty(env, 'CORS_ORIGINS')),
    allowedHosts: parseAllowedHosts(nonEmpty(env, 'ALLOWED_HOSTS'), host),
    graphiql: parseBoolean('GRAPHIQL', nonEmpty(env, 'GRAPHIQL'), true),
    introspection: parseBoolean('INTROSPECTION', nonEmpty(env, 'INTROSPECTION'), true),
    maxBodyBytes: parseInteger('MAX_BODY_BYTES', nonEmpty(env, 'MAX_BODY_BYTES'), DEFAULT_MAX_BODY_BYTES, 1_024, 104_857_600, 'bytes'),
    redisUrl: parseRedisUrl(nonEmpty(env, 'REDIS_URL')),
    redisCommandTimeoutMs: parseInteger('REDIS_COMMAND_TIMEOUT_MS', nonEmpty(env, 'REDIS_COMMAND_TIMEOUT_MS'), DEFAULT_REDIS_COMMAND_TIMEOUT_MS, ...REDIS_COMMAND_TIMEOUT_BOUNDS),
    replicas: parseInteger('GATEWAY_REPLICAS', nonEmpty(env, 'GATEWAY_REPLICAS'), 1, 1, 1_000, 'replicas'),
    maxUploadBytes: parseInteger('MAX_UPLOAD_BYTES', nonEmpty(env, 'MAX_UPLOAD_BYTES'), DEFAULT_MAX_UPLOAD_BYTES, 1_024, 104_857_600, 'bytes'),
    resultCacheEntries: parseInteger('RESULT_CACHE_ENTRIES', nonEmpty(env, 'RESULT_CACHE_ENTRIES'), DEFAULT_RESULT_CACHE_ENTRIES, 0, 100_000, 'results'),
    staleIfErrorS: parseInteger('STALE_IF_ERROR_S', nonEmpty(env, 'STALE_IF_ERROR_S'), DEFAULT_STALE_IF_ERROR_S, 0, 86_400, 'seconds'),
    logLevel: parseLogLevel(nonEmpty(env, 'LOG_LEVEL')),
    useSimulators: clickhouseUrl === undefined && divioUrl === undefined,
    persistedOperations: parsePersistedOperations(nonEmpty(env, 'PERSISTED_OPERATIONS'), nonEmpty(env, 'PERSISTED_OPERATIONS_MANIFEST')),
  };
  return deepFreeze(config);
}
