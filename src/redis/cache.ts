/**
 * The response cache shared by every replica on one Redis. Entries are JSON under keys built from
 * the credential fingerprint and the upstream path (never a secret), with Redis expiring them.
 *
 * - Coalescing stays local (one load per key per replica), plus a short cross-replica claim: the
 *   first replica to miss a key claims it and loads; the others wait for its value, so N replicas'
 *   cold misses of one URL cost one upstream call.
 * - A write invalidates for everyone before it returns: matching entries are deleted and the
 *   credential's epoch moves on, so a load that started before the write cannot store its (possibly
 *   older) result afterwards.
 * - Every value this replica reads or stores is also kept in an in-process cache until it expires.
 *   That one serves while Redis is lost (each replica on its own, as without Redis), so a replica
 *   keeps answering what it answered; it is emptied when Redis is back, as other replicas' writes
 *   never reached it.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { FlightInterest, MemoryResponseCache, slot, ttlOf, type Cache, type CacheTtl, type GetOrLoadOptions, type Load, type ResponseCacheStats } from '../upstream/cache.js';
import { KEY_PREFIX, RedisUnavailableError, type RedisConnection } from './connection.js';
import { defineScripts, DELETE_IF_HELD_BY } from './scripts.js';

/** How long a replica's claim to load a key holds (longer than any call should take to answer). */
export const CLAIM_MS = 5_000;
/** How often a replica waiting on another's claim looks for the value. */
const CLAIM_POLL_MS = 20;
const SCAN_COUNT = 500;

/** KEYS: epoch, entry. ARGV: epoch seen at the start of the load, JSON, ttl ms. */
const STORE_IF_CURRENT = `if (redis.call('GET', KEYS[1]) or '0') == ARGV[1] then redis.call('SET', KEYS[2], ARGV[2], 'PX', tonumber(ARGV[3])) return 1 end return 0`;

interface CacheScripts {
  opsgraphCacheStore(epoch: string, entry: string, seenEpoch: string, json: string, ttlMs: number): Promise<number>;
  opsgraphCacheUnclaim(claim: string, token: string): Promise<number>;
}

const CACHE_SCRIPTS = {
  opsgraphCacheStore: { keys: 2, lua: STORE_IF_CURRENT },
  // KEYS: claim. ARGV: token. The claim is deleted only if it is still ours.
  opsgraphCacheUnclaim: { keys: 1, lua: DELETE_IF_HELD_BY },
};

const scripts = (client: Redis): CacheScripts => defineScripts<CacheScripts>(client, CACHE_SCRIPTS);

/** SCAN MATCH takes a glob: upstream paths may hold `?`, `*` or `[`. */
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

interface Stored {
  /** The value. */
  v: unknown;
  /** When it was stored (ms), for callers that accept only young values. */
  at: number;
  /** When it expires (ms). */
  exp: number;
}

interface Flight {
  promise: Promise<unknown>;
  interest: FlightInterest;
  stale: boolean;
}

export class RedisResponseCache implements Cache {
  private readonly flights = new Map<string, Flight>();
  private hits = 0;
  private misses = 0;
  private coalesced = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly local: MemoryResponseCache = new MemoryResponseCache(),
  ) {
    redis.on('health', (healthy) => {
      if (healthy) local.clear();
    });
  }

  getOrLoad<T>(fingerprint: string, key: string, ttlMs: CacheTtl<T>, load: Load<T>, options: GetOrLoadOptions = {}): Promise<T> {
    // What another replica may change is not a dependency a local result can check.
    options.reads?.other();
    // The ReadLog is passed for its stale reads (stale.ts) alone: other() above ends its hits.
    if (!this.redis.healthy) return this.local.getOrLoad(fingerprint, key, ttlMs, load, options);
    const id = slot(fingerprint, key);
    const inFlight = this.flights.get(id);
    if (inFlight) {
      this.coalesced += 1;
      return inFlight.interest.join(inFlight.promise as Promise<T>, options.signal);
    }
    const flight: Flight = { promise: Promise.resolve(), interest: new FlightInterest(), stale: false };
    flight.promise = this.loadShared(fingerprint, key, ttlMs, load, options, flight).finally(() => {
      if (this.flights.get(id) === flight) this.flights.delete(id);
    });
    this.flights.set(id, flight);
    return flight.interest.join(flight.promise as Promise<T>, options.signal);
  }

  async set<T>(fingerprint: string, key: string, value: T, ttlMs: number): Promise<void> {
    this.local.set(fingerprint, key, value, ttlMs);
    if (!this.redis.healthy || !(ttlMs > 0)) return;
    try {
      const now = Date.now();
      await this.redis.client.set(this.entryKey(fingerprint, key), JSON.stringify({ v: value, at: now, exp: now + ttlMs } satisfies Stored), 'PX', ttlMs);
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }

  async invalidate(fingerprint: string, keyPrefix: string): Promise<void> {
    this.local.invalidate(fingerprint, keyPrefix);
    const prefix = slot(fingerprint, keyPrefix);
    for (const [id, flight] of this.flights) {
      if (id.startsWith(prefix)) {
        flight.stale = true;
        this.flights.delete(id);
      }
    }
    if (!this.redis.healthy) return;
    try {
      const client = this.redis.client;
      await client.incr(this.epochKey(fingerprint));
      const match = `${escapeGlob(this.entryKey(fingerprint, keyPrefix))}*`;
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', match, 'COUNT', SCAN_COUNT);
        if (keys.length > 0) await client.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }

  stats(): ResponseCacheStats {
    const local = this.local.stats();
    return { hits: this.hits + local.hits, misses: this.misses + local.misses, coalesced: this.coalesced + local.coalesced, size: local.size, stale: local.stale };
  }

  private async loadShared<T>(
    fingerprint: string,
    key: string,
    ttlMs: CacheTtl<T>,
    load: Load<T>,
    options: GetOrLoadOptions,
    flight: Flight,
  ): Promise<T> {
    const client = this.redis.client;
    const entryKey = this.entryKey(fingerprint, key);
    let epoch: string;
    let claimToken: string | undefined;
    try {
      const found = await this.read<T>(fingerprint, key, options.maxAgeMs);
      if (found !== undefined) {
        this.hits += 1;
        return found.value;
      }
      epoch = (await client.get(this.epochKey(fingerprint))) ?? '0';
      const token = randomUUID();
      if ((await client.set(this.claimKey(fingerprint, key), token, 'PX', CLAIM_MS, 'NX')) === 'OK') {
        claimToken = token;
        // Another replica may have loaded and stored it between our miss and our claim.
        const stored = await this.read<T>(fingerprint, key, options.maxAgeMs);
        if (stored !== undefined) {
          await scripts(client).opsgraphCacheUnclaim(this.claimKey(fingerprint, key), token);
          this.coalesced += 1;
          return stored.value;
        }
      } else {
        const theirs = await this.awaitClaim<T>(fingerprint, key, options.maxAgeMs);
        if (theirs !== undefined) {
          this.coalesced += 1;
          return theirs.value;
        }
      }
    } catch (error) {
      this.redis.reportFailure(error);
      return this.local.getOrLoad(fingerprint, key, ttlMs, load, { maxAgeMs: options.maxAgeMs, reads: options.reads });
    }
    this.misses += 1;
    let stored: Promise<number> | undefined;
    try {
      const value = await load(flight.interest.controller.signal);
      if (!flight.stale) {
        const now = Date.now();
        const ttl = ttlOf(ttlMs, value);
        this.local.set(fingerprint, key, value, ttl);
        const json = JSON.stringify({ v: value, at: now, exp: now + ttl } satisfies Stored);
        if (this.redis.healthy) stored = scripts(client).opsgraphCacheStore(this.epochKey(fingerprint), entryKey, epoch, json, ttl);
      }
      return value;
    } finally {
      await this.settle(stored, fingerprint, key, claimToken);
    }
  }

  /**
   * Awaits the store of a loaded value together with the release of our claim: both are sent at
   * once (in this order, on one connection), so the request waits one round trip, one command
   * timeout at most. A Redis already known lost is not asked: the claim runs out on its own.
   */
  private async settle(stored: Promise<number> | undefined, fingerprint: string, key: string, claimToken: string | undefined): Promise<void> {
    const unclaimed = claimToken !== undefined && this.redis.healthy ? scripts(this.redis.client).opsgraphCacheUnclaim(this.claimKey(fingerprint, key), claimToken) : undefined;
    try {
      await Promise.all([stored, unclaimed]);
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }

  /** The value another replica is loading, once it is stored; undefined if its claim ends without one. */
  private async awaitClaim<T>(fingerprint: string, key: string, maxAgeMs: number | undefined): Promise<{ value: T } | undefined> {
    const deadline = Date.now() + CLAIM_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
      // Lost meanwhile (another request noticed): stop asking it; the caller loads in-process.
      if (!this.redis.healthy) throw new RedisUnavailableError('Redis lost while another replica was loading');
      const [stored, claim] = await Promise.all([this.read<T>(fingerprint, key, maxAgeMs), this.redis.client.exists(this.claimKey(fingerprint, key))]);
      if (stored !== undefined) return stored;
      if (claim === 0) return undefined;
    }
    return undefined;
  }

  private async read<T>(fingerprint: string, key: string, maxAgeMs: number | undefined): Promise<{ value: T } | undefined> {
    const text = await this.redis.client.get(this.entryKey(fingerprint, key));
    if (text === null) return undefined;
    const stored = JSON.parse(text) as Stored;
    const now = Date.now();
    if (maxAgeMs !== undefined && now - stored.at > maxAgeMs) return undefined;
    this.local.set(fingerprint, key, stored.v, stored.exp - now);
    return { value: stored.v as T };
  }

  private entryKey(fingerprint: string, key: string): string {
    return `${KEY_PREFIX}cache:{${fingerprint}}:${key}`;
  }

  private claimKey(fingerprint: string, key: string): string {
    return `${KEY_PREFIX}claim:{${fingerprint}}:${key}`;
  }

  private epochKey(fingerprint: string): string {
    return `${KEY_PREFIX}epoch:{${fingerprint}}`;
  }
}
