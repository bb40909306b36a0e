/**
 * Short-TTL cache of upstream GET results, shared by every request that uses the same
 * credentials. With ClickHouse Cloud's 10 calls per 10 s, answering a repeated read from memory
 * (or by joining a read already on the wire) is what keeps dashboards inside the budget.
 *
 * Every entry belongs to one credential fingerprint and is never visible to another, since
 * different credentials may see different organizations.
 */
import { setNewest } from '../lru.js';
import { FlightInterest } from './flight-interest.js';
import { DEFAULT_STALE_IF_ERROR_S, LastGoodStore, STALE_GRACE_MS, type StaleRead } from './stale.js';

const LATE = Symbol('late');

export interface MemoryResponseCacheOptions {
  /** Entries kept across all fingerprints; the oldest are evicted first. @default 10_000 */
  maxEntries?: number;
  /** Clock in ms, injectable for tests. @default Date.now */
  now?: () => number;
  /** Oldest last good answer served when a load fails (stale.ts); 0: none. @default 300 s */
  staleIfErrorMs?: number;
}

export interface ResponseCacheStats {
  /** Answered from a fresh entry. */
  hits: number;
  /** Ran load(). */
  misses: number;
  /** Joined a load() already in flight. */
  coalesced: number;
  /** Entries currently stored (fresh or not yet purged). */
  size: number;
  /** Answered with a last good value because the load failed or was still loading (stale.ts). */
  stale: number;
  /** Replicas that did not acknowledge one of our invalidations in time (redis/cache-bus.ts); 0 in one process. */
  unacknowledged: number;
}

export const DEFAULT_MAX_CACHE_ENTRIES = 10_000;

/** How long a loaded value stays fresh: fixed, or decided by the value (an object in motion less). */
export type CacheTtl<T> = number | ((value: T) => number);

export function ttlOf<T>(ttl: CacheTtl<T>, value: T): number {
  return typeof ttl === 'function' ? ttl(value) : ttl;
}

/**
 * The response cache as the clients use it; an in-process one (below) and one on Redis
 * (redis/cache.ts) for replicas. Writes await set() and invalidate(): on Redis they are done for
 * every replica when they resolve.
 */
export interface Cache {
  getOrLoad<T>(fingerprint: string, key: string, ttlMs: CacheTtl<T>, load: Load<T>, options?: GetOrLoadOptions): Promise<T>;
  set<T>(fingerprint: string, key: string, value: T, ttlMs: number): Promise<void> | void;
  invalidate(fingerprint: string, keyPrefix: string): Promise<void> | void;
  stats(): ResponseCacheStats;
}

interface Entry {
  fingerprint: string;
  key: string;
  value: unknown;
  storedAt: number;
  expiresAt: number;
}

export interface GetOrLoadOptions {
  /**
   * Accept a cached value only if it is at most this old (pollers: a value younger than one poll
   * interval is as good as a new call; an older one is reloaded and the entry refreshed for all).
   */
  maxAgeMs?: number;
  /**
   * The caller's own signal (its client went away): it stops waiting at once, and a load nobody
   * waits for any more is aborted. Without one, the caller keeps the load alive.
   */
  signal?: AbortSignal;
  /** The request's record of what it read (see ReadLog). */
  reads?: ReadLog;
  /**
   * Told how a read was answered without a load of its own: the cost of a request that asked for
   * it (cost-log.ts), the outcome of a traced read (cache-trace.ts).
   */
  observe?: ReadObserver;
}

/** How the cache answered a read: `miss` is a load that ran; the others made no call of their own. */
export type CacheOutcome = 'hit' | 'miss' | 'coalesced' | 'stale';

/** Told, by key, each read the cache answered without running its load. */
export interface ReadObserver {
  hit(key: string): void;
  /** `waiting`, when known, settles when the joined load does. */
  coalesced(key: string, waiting?: Promise<unknown>): void;
  stale(key: string): void;
}

/** One cached upstream answer a GraphQL result was built from. */
export interface CacheDependency {
  cache: MemoryResponseCache;
  id: string;
  entry: object;
}

/**
 * What one GraphQL request read from the upstream cache. A result whose every read was a hit on
 * an in-process entry can be reused for as long as each of those entries is still the one stored:
 * no write invalidated it, no load replaced it, it has not expired (see ResultCache).
 */
export class ReadLog {
  readonly dependencies: CacheDependency[] = [];
  /** Answers given stale because a fresh one could not be had (the `stale` response extension). */
  readonly stale: StaleRead[] = [];
  /** False once anything was read otherwise: a load, a joined flight, a shared (Redis) cache. */
  onlyHits = true;
  /** Upstream calls this request made itself (its log line's `upstreamCalls`). */
  upstreamCalls = 0;

  hit(dependency: CacheDependency): void {
    if (!this.onlyHits) return;
    // A request this wide (or a subscription, event after event) is not worth keeping.
    if (this.dependencies.length >= MAX_DEPENDENCIES) this.other();
    else this.dependencies.push(dependency);
  }

  /** An answer served stale: recorded for the response, and the result is not reusable. */
  staleRead(read: StaleRead): void {
    this.other();
    this.stale.push(read);
  }

  /** Nothing read by this request can be reused from now on; what was recorded is let go. */
  other(): void {
    this.onlyHits = false;
    this.dependencies.length = 0;
  }
}

/** Reads one kept result may depend on; a dashboard makes a few dozen. */
const MAX_DEPENDENCIES = 1_000;

/** A load as the cache runs it: its signal aborts when no caller waits for it any more. */
export type Load<T> = (signal: AbortSignal) => Promise<T>;

export { FlightInterest };

interface Flight {
  fingerprint: string;
  key: string;
  promise: Promise<unknown>;
  interest: FlightInterest;
  /** Set by invalidate(): the result may predate a write, so it must not be stored. */
  stale: boolean;
}

/**
 * The upstream path a cache key stands for: a key is the path read (query string included), then
 * `#` and what kind of entry it is (`#` alone for one answer, `#list` for a walked Divio list).
 */
export function pathOfCacheKey(key: string): string {
  const end = key.indexOf('#');
  return end === -1 ? key : key.slice(0, end);
}

/** Fingerprints and keys are opaque strings; NUL keeps "a"+"bc" apart from "ab"+"c". */
export function slot(fingerprint: string, key: string): string {
  return `${fingerprint}\u0000${key}`;
}

export class MemoryResponseCache implements Cache {
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Map order is insertion order, which makes the first entry the oldest. */
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Flight>();
  private hits = 0;
  private misses = 0;
  private coalesced = 0;
  private readonly lastGood: LastGoodStore;

  constructor(options: MemoryResponseCacheOptions = {}) {
    const { maxEntries = DEFAULT_MAX_CACHE_ENTRIES, now = Date.now, staleIfErrorMs = DEFAULT_STALE_IF_ERROR_S * 1000 } = options;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new Error(`MemoryResponseCache maxEntries must be a positive integer, got ${maxEntries}`);
    }
    this.maxEntries = maxEntries;
    this.now = now;
    this.lastGood = new LastGoodStore(maxEntries, staleIfErrorMs, now);
  }

  /**
   * Fresh cached value, else joins an in-flight load of the same (fingerprint, key), else runs load()
   * and caches its success for ttlMs. Failures are never cached: the next caller tries again, and
   * this one is answered the last good value when the failure allows it (stale.ts).
   */
  getOrLoad<T>(
    fingerprint: string,
    key: string,
    ttlMs: CacheTtl<T>,
    load: Load<T>,
    options: GetOrLoadOptions = {},
  ): Promise<T> {
    const cached = this.cached<T>(fingerprint, key, options.maxAgeMs, options.reads);
    if (cached) {
      options.observe?.hit(key);
      return Promise.resolve(cached.value);
    }
    options.reads?.other();
    const id = slot(fingerprint, key);
    const inFlight = this.flights.get(id);
    if (inFlight) {
      this.coalesced += 1;
      const joined = inFlight.interest.join(inFlight.promise as Promise<T>, options.signal);
      options.observe?.coalesced(key, joined);
      return this.orStale(id, joined, options);
    }
    this.misses += 1;
    const flight: Flight = { fingerprint, key, promise: Promise.resolve(), interest: new FlightInterest(), stale: false };
    const promise = (async () => {
      try {
        const value = await load(flight.interest.controller.signal);
        if (!flight.stale) this.set(fingerprint, key, value, ttlOf(ttlMs, value));
        return value;
      } finally {
        // A newer load may have replaced this one after an invalidate(); leave that one alone.
        if (this.flights.get(id) === flight) this.flights.delete(id);
      }
    })();
    flight.promise = promise;
    this.flights.set(id, flight);
    return this.orStale(id, flight.interest.join(promise, options.signal), options);
  }

  /**
   * The fresh value of (fingerprint, key), counted as a hit and recorded in `reads` as a dependency
   * of the request's result; undefined when there is none (or none young enough for `maxAgeMs`).
   */
  cached<T>(fingerprint: string, key: string, maxAgeMs: number | undefined, reads: ReadLog | undefined): { value: T } | undefined {
    const id = slot(fingerprint, key);
    const entry = this.fresh(id, maxAgeMs);
    if (!entry) return undefined;
    this.hits += 1;
    reads?.hit({ cache: this, id, entry });
    return { value: entry.value as T };
  }

  /** orStale for the shared tier (redis/cache.ts), whose last good values are these. */
  orStaleOf<T>(fingerprint: string, key: string, loading: Promise<T>, options: GetOrLoadOptions): Promise<T> {
    return this.orStale(slot(fingerprint, key), loading, options);
  }

  /**
   * The load's value; or the last good value (recorded in `reads`) when the load fails in a way
   * that allows it, or when a request (not a poller, not a `fresh` read: no maxAgeMs) would wait
   * longer than STALE_GRACE_MS for it (queued behind the call budget, a slow upstream): then the
   * load goes on and refreshes the cache for the next reader.
   */
  private async orStale<T>(id: string, loading: Promise<T>, options: GetOrLoadOptions): Promise<T> {
    const { reads } = options;
    const graced = reads !== undefined && options.maxAgeMs === undefined && this.lastGood.has(id);
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!graced) return await loading;
      const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), STALE_GRACE_MS)));
      const first = await Promise.race([loading, late]);
      if (first !== LATE) return first;
      const stale = this.lastGood.serveWhileLoading(id);
      if (!stale) return await loading;
      // Nobody waits for it here any more; its failure, if any, is another reader's to see.
      loading.catch(() => {});
      reads.staleRead(stale.read);
      options.observe?.stale(stale.read.key);
      return stale.value as T;
    } catch (error) {
      const stale = this.lastGood.serve(id, error);
      if (!stale) throw error;
      reads?.staleRead(stale.read);
      options.observe?.stale(stale.read.key);
      return stale.value as T;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The fresh value, or undefined when absent or expired. */
  peek<T>(fingerprint: string, key: string): T | undefined {
    return this.fresh(slot(fingerprint, key))?.value as T | undefined;
  }

  /** Stores `value` for ttlMs from now; `storedAt` is when it was read upstream (a copy of a shared entry is older than its copy). */
  set<T>(fingerprint: string, key: string, value: T, ttlMs: number, storedAt?: number): void {
    const id = slot(fingerprint, key);
    this.lastGood.remember(id, fingerprint, key, value, storedAt);
    // A value that may not be cached drops what the slot held; setNewest moves a refreshed entry
    // to the young end of the eviction order.
    if (!(ttlMs > 0)) {
      this.entries.delete(id);
      return;
    }
    const now = this.now();
    setNewest(this.entries, id, { fingerprint, key, value, storedAt: storedAt ?? now, expiresAt: now + ttlMs }, this.maxEntries);
  }

  /**
   * Drops every entry of the credential `fingerprint` whose key starts with `keyPrefix` (after a write). Loads in flight
   * for matching keys still answer their current waiters, but their result is not stored and later
   * callers start a fresh load, because that result may predate the write.
   */
  invalidate(fingerprint: string, keyPrefix: string): void {
    this.lastGood.forget(fingerprint, keyPrefix);
    for (const [id, entry] of this.entries) {
      if (entry.fingerprint === fingerprint && entry.key.startsWith(keyPrefix)) this.entries.delete(id);
    }
    for (const [id, flight] of this.flights) {
      if (flight.fingerprint === fingerprint && flight.key.startsWith(keyPrefix)) {
        flight.stale = true;
        this.flights.delete(id);
      }
    }
  }

  /** Forgets every entry (a replica back on Redis: what it kept alone may be stale). */
  clear(): void {
    this.entries.clear();
    this.lastGood.clear();
    for (const flight of this.flights.values()) flight.stale = true;
    this.flights.clear();
  }

  stats(): ResponseCacheStats {
    return { hits: this.hits, misses: this.misses, coalesced: this.coalesced, size: this.entries.size, stale: this.lastGood.count, unacknowledged: 0 };
  }

  /**
   * Whether `entry` is still what `id` holds, fresh. A reused GraphQL result counts as a hit on
   * each entry it was built from, as executing it again would have (the metrics stay the same).
   */
  stillCurrent(id: string, entry: object): boolean {
    const current = this.entries.get(id);
    return current === entry && current.expiresAt > this.now();
  }

  countHits(count: number): void {
    this.hits += count;
  }

  private fresh(id: string, maxAgeMs?: number): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.expiresAt <= now) {
      this.entries.delete(id);
      return undefined;
    }
    // Too old for this caller, but still fresh for others: keep it until replaced.
    if (maxAgeMs !== undefined && now - entry.storedAt > maxAgeMs) return undefined;
    return entry;
  }
}
