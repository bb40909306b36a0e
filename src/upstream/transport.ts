/**
 * A shared upstream transport: one undici client and one circuit breaker for the origin, one call
 * budget and one response cache, shared by every request and keyed by credential fingerprint.
 * Per-request clients (clickhouse/client.ts, divio/client.ts) are views of it bound to one credential.
 */
import { CircuitBreaker, type CircuitBreakerOptions } from './breaker.js';
import { MemoryBudget, UnlimitedBudget, type Budget } from './budget.js';
import { MemoryResponseCache, type Cache } from './cache.js';
import { RedisBudget } from '../redis/budget.js';
import { RedisResponseCache } from '../redis/cache.js';
import { traceCacheReads } from './cache-trace.js';
import type { RedisConnection } from '../redis/connection.js';
import type { ErrorDetail, UpstreamName } from './errors.js';
import { createHttpClient, type AttemptInfo, type HttpClient } from './http.js';

export const DEFAULT_IN_MOTION_TTL_MS = 1_000;

export interface TransportOptions {
  upstream: UpstreamName;
  /** Upstream base URL; absolute API paths are appended. */
  baseUrl: string;
  /** Deadline for one call, retries included (it starts when the budget grants the call). */
  timeoutMs: number;
  /** Calls per window per credential; null turns the budget off. */
  rateLimit: { limit: number; windowMs: number } | null;
  /** Extracts the upstream's message / field errors from an error body. */
  describeError: (status: number, json: unknown, text: string) => ErrorDetail;
  /** Observes every attempt (metrics, tests). */
  onAttempt?: (info: AttemptInfo) => void;
  /**
   * Tuning of the origin's circuit breaker (the upstream is implied).
   * @default the CircuitBreaker defaults: open after 5 consecutive failed attempts, probe after 10 s
   */
  circuitBreaker?: Omit<CircuitBreakerOptions, 'upstream'>;
  /**
   * Longest a value in motion (a service starting, a backup running) stays cached: the fast poll
   * interval, capped at a second. @default 1000
   */
  inMotionTtlMs?: number;
  /** Shared state for replicas (REDIS_URL): the budget and the cache live in Redis. */
  shared?: SharedStateOptions;
  /** STALE_IF_ERROR_S in ms: the oldest last good answer served when a load fails (stale.ts). @default 300 s */
  staleIfErrorMs?: number;
}

export interface SharedStateOptions {
  redis: RedisConnection;
  /** GATEWAY_REPLICAS: each replica's share of the budget while Redis is lost. */
  replicas: number;
}

export interface Transport {
  /** The upstream's base URL (an origin, perhaps with a path prefix). */
  readonly baseUrl: string;
  readonly http: HttpClient;
  readonly budget: Budget;
  /** The origin's breaker (shared by all credentials: it tracks the origin, not a key); for metrics. */
  readonly breaker: CircuitBreaker;
  readonly cache: Cache;
  /** See TransportOptions.inMotionTtlMs. */
  readonly inMotionTtlMs: number;
  close(): Promise<void>;
}

export function createTransport(options: TransportOptions): Transport {
  const { shared } = options;
  let budget: Budget = new UnlimitedBudget();
  if (options.rateLimit && shared) {
    budget = new RedisBudget(shared.redis, { ...options.rateLimit, upstream: options.upstream, callDeadlineMs: options.timeoutMs, replicas: shared.replicas });
  } else if (options.rateLimit) budget = new MemoryBudget({ ...options.rateLimit, upstream: options.upstream });
  const local = new MemoryResponseCache({ staleIfErrorMs: options.staleIfErrorMs });
  const cache: Cache = traceCacheReads(shared ? new RedisResponseCache(shared.redis, local, options.upstream) : local, options.upstream);
  const breaker = new CircuitBreaker({ ...options.circuitBreaker, upstream: options.upstream });
  const http = createHttpClient({
    upstream: options.upstream,
    breaker,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    beforeAttempt: (req, signal) => budget.acquire(req.fingerprint ?? 'anonymous', signal),
    onRetryAfter: (req, until) => budget.pauseUntil(req.fingerprint ?? 'anonymous', until),
    describeError: options.describeError,
    onAttempt: options.onAttempt,
  });
  return { baseUrl: options.baseUrl, http, budget, breaker, cache, inMotionTtlMs: options.inMotionTtlMs ?? DEFAULT_IN_MOTION_TTL_MS, close: () => http.close() };
}
