/**
 * The response cache shared by every replica on one Redis. Entries are JSON under keys built from
 * the credential fingerprint and the upstream path (never a secret), with Redis expiring them.
 *
 * - A near cache: every value this replica reads or stores is also kept in-process (the
 *   MemoryResponseCache `local`) until it expires, and answers from there cost no Redis round trip.
 *   The cache bus (cache-bus.ts) keeps it true: a write anywhere drops the entries on every
 *   replica before it returns, and while this replica may have missed a message the near cache
 *   does not answer (and is emptied before it does again). Since its entries are only ever
 *   dropped by those messages, kept results (result-cache.ts) work on Redis as in one process.
 * - Coalescing: one load per key per replica, plus a cross-replica claim: the first replica to
 *   miss a key claims it and loads; the others wait for its value (woken through the bus when it
 *   lets go), so N replicas' cold misses of one URL cost one upstream call. The claim is renewed
 *   for as long as its load lives (queued for a budget slot included), so it never runs out
 *   under a holder that is merely waiting its turn.
 * - A write invalidates for everyone before it returns: matching entries are deleted, the
 *   credential's epoch moves on (a load that started before the write cannot store its possibly
 *   older result afterwards), and every replica's near cache drops them.
 * - Serve stale rather than fail (stale.ts): a load that fails is answered with the last good value
 *   this replica held, which every invalidation above also forgets.
 * - While Redis is lost, `local` serves on its own (each replica as without Redis), so a replica
 *   keeps answering what it answered; it is emptied when Redis is back, as other replicas' writes
 *   never reached it.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { FlightInterest, MemoryResponseCache, slot, ttlOf, type Cache, type CacheTtl, type GetOrLoadOptions, type Load, type ResponseCacheStats } from '../upstream/cache.js';
import { CacheBus } from './cache-bus.js';
import { KEY_PREFIX, RedisUnavailableError, type RedisConnection } from './connection.js';
import { defineScripts, DELETE_IF_HELD_BY } from './scripts.js';

/** How long a claim holds unless renewed: a holder that died frees the key this soon. */
export const CLAIM_MS = 5_000;
/** How often a holder renews its claim while its load lives. */
const CLAIM_RENEW_MS = CLAIM_MS / 3;
/**
 * Longest a claim is renewed: far past any load (the budget refuses a queue longer than its
 * window allows, and the call deadline bounds the rest), so only a load that never ends stops.
 */
export const MAX_CLAIM_MS = 120_000;
/** Without the bus, how often a replica waiting on another's claim looks for the value. */
const CLAIM_POLL_MS = 20;
const SCAN_COUNT = 500;

/** KEYS: epoch, entry. ARGV: epoch seen at the start of the load, JSON, ttl ms. */
const STORE_IF_CURRENT = `if (redis.call('GET', KEYS[1]) or '0') == ARGV[1] then redis.call('SET', KEYS[2], ARGV[2], 'PX', tonumber(ARGV[3])) return 1 end return 0`;
/** KEYS: claim. ARGV: token, ms. Extends the claim only while it is still ours. */
const RENEW_IF_HELD_BY = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end return 0`;

interface CacheScripts {
  opsgraphCacheStore(epoch: string, entry: string, seenEpoch: string, json: string, ttlMs: number): Promise<number>;
  opsgraphCacheUnclaim(claim: string, token: string): Promise<number>;
  opsgraphCacheRenewClaim(claim: string, token: string, ms: number): Promise<number>;
}

const CACHE_SCRIPTS = {
  opsgraphCacheStore: { keys: 2, lua: STORE_IF_CURRENT },
  // KEYS: claim. ARGV: token. The claim is deleted only if it is still ours.
  opsgraphCacheUnclaim: { keys: 1, lua: DELETE_IF_HELD_BY },
  opsgraphCacheRenewClaim: { keys: 1, lua: RENEW_IF_HELD_BY },
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
  /** Set by an invalidation (ours or another replica's): the result may predate a write, so it is kept nowhere. */
  stale: boolean;
}

export class RedisResponseCache implements Cache {
  private readonly flights = new Map<string, Flight>();
  private readonly bus: CacheBus;
  private hits = 0;
  private misses = 0;
  private coalesced = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly local: MemoryResponseCache = new MemoryResponseCache(),
    /** Which cache of the replica this is (the upstream): its bus channels. */
    name = 'default',
  ) {
    redis.on('health', (healthy) => {
      if (healthy) local.clear();
    });
    this.bus = new CacheBus(redis, name, { invalidate: (fingerprint, keyPrefix) => this.dropLocally(fingerprint, keyPrefix), reset: () => local.clear() });
    void this.bus.start();
  }

  /** Whether the near cache answers now (tests, metrics). */
  get nearCacheReady(): boolean {
    return this.bus.ready && this.redis.healthy;
  }

  getOrLoad<T>(fingerprint: string, key: string, ttlMs: CacheTtl<T>, load: Load<T>, options: GetOrLoadOptions = {}): Promise<T> {
    if (!this.redis.healthy) return this.local.getOrLoad(fingerprint, key, ttlMs, load, options);
    if (this.bus.ready) {
      const near = this.local.cached<T>(fingerprint, key, options.maxAgeMs, options.reads);
      if (near) {
        options.observe?.hit(key);
        return Promise.resolve(near.value);
      }
    }
    options.reads?.other();
    const id = slot(fingerprint, key);
    const inFlight = this.flights.get(id);
    if (inFlight) {
      this.coalesced += 1;
      const joined = inFlight.interest.join(inFlight.promise as Promise<T>, options.signal);
      options.observe?.coalesced(key, joined);
      return this.local.orStaleOf(fingerprint, key, joined, options);
    }
    const flight: Flight = { promise: Promise.resolve(), interest: new FlightInterest(), stale: false };
    flight.promise = this.loadShared(fingerprint, key, ttlMs, load, options, flight).finally(() => {
      if (this.flights.get(id) === flight) this.flights.delete(id);
    });
    this.flights.set(id, flight);
    return this.local.orStaleOf(fingerprint, key, flight.interest.join(flight.promise as Promise<T>, options.signal), options);
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
    this.dropLocally(fingerprint, keyPrefix);
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
      // Deleted first: a replica that drops its copy and reads again finds nothing older.
      await this.bus.invalidate(fingerprint, keyPrefix);
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }

  stats(): ResponseCacheStats {
    const local = this.local.stats();
    return {
      hits: this.hits + local.hits,
      misses: this.misses + local.misses,
      coalesced: this.coalesced + local.coalesced,
      size: local.size,
      stale: local.stale,
      unacknowledged: this.bus.missedAcknowledgements,
    };
  }

  /** Drops (fingerprint, keyPrefix) from the near cache, and keeps loads of it in flight from storing. */
  private dropLocally(fingerprint: string, keyPrefix: string): void {
    this.local.invalidate(fingerprint, keyPrefix);
    const prefix = slot(fingerprint, keyPrefix);
    for (const [id, flight] of this.flights) {
      if (id.startsWith(prefix)) {
        flight.stale = true;
        this.flights.delete(id);
      }
    }
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
    const claimKey = this.claimKey(fingerprint, key);
    let epoch: string;
    let claimToken: string | undefined;
    try {
      const found = await this.read<T>(fingerprint, key, options.maxAgeMs, flight);
      if (found !== undefined) {
        this.hits += 1;
        return found.value;
      }
      epoch = (await client.get(this.epochKey(fingerprint))) ?? '0';
      const token = randomUUID();
      if ((await client.set(claimKey, token, 'PX', CLAIM_MS, 'NX')) === 'OK') {
        claimToken = token;
        // Another replica may have loaded and stored it between our miss and our claim.
        const stored = await this.read<T>(fingerprint, key, options.maxAgeMs, flight);
        if (stored !== undefined) {
          await scripts(client).opsgraphCacheUnclaim(claimKey, token);
          this.coalesced += 1;
          return stored.value;
        }
      } else {
        const theirs = await this.awaitClaim<T>(fingerprint, key, options.maxAgeMs, flight);
        if (theirs !== undefined) {
          this.coalesced += 1;
          options.observe?.coalesced(key);
          return theirs.value;
        }
      }
    } catch (error) {
      this.redis.reportFailure(error);
      return this.local.getOrLoad(fingerprint, key, ttlMs, load, { maxAgeMs: options.maxAgeMs, reads: options.reads, observe: options.observe });
    }
    this.misses += 1;
    const renewal = claimToken === undefined ? undefined : this.keepClaim(claimKey, claimToken);
    let stored: Promise<number> | undefined;
    try {
      const value = await load(flight.interest.controller.signal);
      if (!flight.stale) {
        const now = Date.now();
        const ttl = ttlOf(ttlMs, value);
        if (this.bus.ready) this.local.set(fingerprint, key, value, ttl);
        const json = JSON.stringify({ v: value, at: now, exp: now + ttl } satisfies Stored);
        if (this.redis.healthy) stored = scripts(client).opsgraphCacheStore(this.epochKey(fingerprint), entryKey, epoch, json, ttl);
      }
      return value;
    } finally {
      if (renewal) clearInterval(renewal);
      await this.settle(stored, fingerprint, key, claimToken);
    }
  }

  /**
   * Renews our claim while its load lives (waiting for a budget slot included), up to
   * MAX_CLAIM_MS; the caller stops it when the load settles.
   */
  private keepClaim(claimKey: string, token: string): NodeJS.Timeout {
    const until = Date.now() + MAX_CLAIM_MS;
    const timer = setInterval(() => {
      if (Date.now() > until || !this.redis.healthy) {
        clearInterval(timer);
        return;
      }
      scripts(this.redis.client)
        .opsgraphCacheRenewClaim(claimKey, token, CLAIM_MS)
        .catch((error: unknown) => this.redis.reportFailure(error));
    }, CLAIM_RENEW_MS);
    timer.unref();
    return timer;
  }

  /**
   * Awaits the store of a loaded value, the release of our claim and the word to those waiting on
   * it: all sent at once (in this order, on one connection, so a waiter woken finds the value), so
   * the request waits one round trip, one command timeout at most. A Redis already known lost is
   * not asked: the claim runs out on its own.
   */
  private async settle(stored: Promise<number> | undefined, fingerprint: string, key: string, claimToken: string | undefined): Promise<void> {
    const client = this.redis.client;
    const releasing = claimToken !== undefined && this.redis.healthy;
    const unclaimed = releasing ? scripts(client).opsgraphCacheUnclaim(this.claimKey(fingerprint, key), claimToken) : undefined;
    const told = releasing ? this.bus.released(slot(fingerprint, key)) : undefined;
    try {
      await Promise.all([stored, unclaimed, told]);
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }

  /**
   * The value another replica is loading, once it is stored; undefined if its claim ends without
   * one (its load failed, or it died and the claim ran out). Woken by the bus when the holder lets
   * go; without the bus, it looks every CLAIM_POLL_MS.
   */
  private async awaitClaim<T>(fingerprint: string, key: string, maxAgeMs: number | undefined, flight: Flight): Promise<{ value: T } | undefined> {
    const signal = flight.interest.controller.signal;
    const deadline = Date.now() + MAX_CLAIM_MS;
    const id = slot(fingerprint, key);
    while (Date.now() < deadline) {
      // Listen before looking, so a release between the look and the wait is not missed.
      const released = this.bus.whenReleased(id, this.bus.ready ? CLAIM_MS : CLAIM_POLL_MS);
      try {
        const [stored, claim] = await Promise.all([this.read<T>(fingerprint, key, maxAgeMs, flight), this.redis.client.exists(this.claimKey(fingerprint, key))]);
        if (stored !== undefined) return stored;
        if (claim === 0) return undefined;
        if (signal.aborted) throw signal.reason;
        await released.promise;
      } finally {
        released.cancel();
      }
      // Lost meanwhile (another request noticed): stop asking it; the caller loads in-process.
      if (!this.redis.healthy) throw new RedisUnavailableError('Redis lost while another replica was loading');
    }
    return undefined;
  }

  private async read<T>(fingerprint: string, key: string, maxAgeMs: number | undefined, flight: Flight): Promise<{ value: T } | undefined> {
    const text = await this.redis.client.get(this.entryKey(fingerprint, key));
    if (text === null) return undefined;
    const stored = JSON.parse(text) as Stored;
    const now = Date.now();
    if (maxAgeMs !== undefined && now - stored.at > maxAgeMs) return undefined;
    // Not kept near when an invalidation came meanwhile: what Redis answered may predate it.
    if (this.bus.ready && !flight.stale) this.local.set(fingerprint, key, stored.v, stored.exp - now, stored.at);
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
