/**
 * Serve stale rather than fail (HTTP's stale-if-error, STALE_IF_ERROR_S): the last good answer of
 * each (credential fingerprint, cache key), kept after its cache entry expired, and served when a
 * fresh one cannot be had because the upstream or the gateway's own protection failed (5xx,
 * timeout, open circuit, too many calls queued). Never for what the upstream said about the request
 * itself (4xx: not found, forbidden, invalid).
 *
 * Values are written on every store of the response cache and dropped with its invalidate(): a
 * write through this gateway is never followed by a stale answer from before it. Like the cache,
 * every value belongs to one fingerprint and is never visible to another.
 */
import { setNewest } from '../lru.js';
import { RedisUnavailableError } from '../redis/connection.js';
import { CircuitOpenError, UpstreamError } from './errors.js';

export const DEFAULT_STALE_IF_ERROR_S = 300;
/**
 * Longest a request waits for a fresh answer when it has a last good one (Varnish's grace): past
 * it, it is answered stale (reason STILL_LOADING) and the load goes on to refresh the cache. What
 * makes a load that slow is nearly always the call budget: a replica on its share of the limit
 * while Redis is lost, or a dashboard whose lists all expired at once.
 */
export const STALE_GRACE_MS = 1_000;
/** The reason of an answer served stale because the fresh one was still loading after STALE_GRACE_MS. */
export const STILL_LOADING = 'STILL_LOADING';

/** One answer a request was given stale: its upstream path, how old it was, and why. */
export interface StaleRead {
  /** The upstream cache key: the path read, e.g. `/v1/organizations/<id>/services`. */
  key: string;
  ageMs: number;
  /** The code of the error it stands in for (CIRCUIT_OPEN for an open circuit breaker). */
  reason: string;
}

interface LastGood {
  fingerprint: string;
  key: string;
  value: unknown;
  storedAt: number;
}

const QUEUED = /calls are queued/;

/**
 * Why a failed load may be answered stale (the error's code), or undefined when it may not.
 * RATE_LIMITED only when our own budget refused a call queued too long (waiters.ts queuedTooLong).
 */
export function staleReason(error: unknown): string | undefined {
  if (error instanceof CircuitOpenError) return 'CIRCUIT_OPEN';
  if (error instanceof RedisUnavailableError) return 'REDIS_UNAVAILABLE';
  if (!(error instanceof UpstreamError)) return undefined;
  switch (error.code) {
    case 'UPSTREAM_UNAVAILABLE':
    case 'UPSTREAM_ERROR':
    case 'GATEWAY_TIMEOUT':
      return error.code;
    case 'RATE_LIMITED':
      return QUEUED.test(error.message) ? error.code : undefined;
    default:
      return undefined;
  }
}

/** The bounded store of last good answers, oldest evicted first. */
export class LastGoodStore {
  private readonly values = new Map<string, LastGood>();
  private served = 0;

  constructor(
    private readonly maxEntries: number,
    /** Oldest answer served; 0 keeps nothing. */
    private readonly maxAgeMs: number,
    private readonly now: () => number,
  ) {}

  get enabled(): boolean {
    return this.maxAgeMs > 0;
  }

  /** How many answers were served stale. */
  get count(): number {
    return this.served;
  }

  remember(id: string, fingerprint: string, key: string, value: unknown, storedAt = this.now()): void {
    if (!this.enabled) return;
    setNewest(this.values, id, { fingerprint, key, value, storedAt }, this.maxEntries);
  }

  forget(fingerprint: string, keyPrefix: string): void {
    for (const [id, good] of this.values) {
      if (good.fingerprint === fingerprint && good.key.startsWith(keyPrefix)) this.values.delete(id);
    }
  }

  clear(): void {
    this.values.clear();
  }

  has(id: string): boolean {
    return this.values.has(id);
  }

  /** The last good value of `id` for a reader who would wait past STALE_GRACE_MS for a fresh one. */
  serveWhileLoading(id: string): { value: unknown; read: StaleRead } | undefined {
    return this.serveFor(id, STILL_LOADING);
  }

  /** The last good value of `id` standing in for `error`, or undefined when there is none to serve. */
  serve(id: string, error: unknown): { value: unknown; read: StaleRead } | undefined {
    const reason = staleReason(error);
    return reason === undefined ? undefined : this.serveFor(id, reason);
  }

  private serveFor(id: string, reason: string): { value: unknown; read: StaleRead } | undefined {
    const good = this.values.get(id);
    if (!good) return undefined;
    const ageMs = this.now() - good.storedAt;
    if (ageMs > this.maxAgeMs) {
      this.values.delete(id);
      return undefined;
    }
    this.served += 1;
    return { value: good.value, read: { key: good.key, ageMs, reason } };
  }
}
