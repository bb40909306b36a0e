import { describe, expect, it, vi } from 'vitest';
import { ReadLog, MemoryResponseCache } from '../src/upstream/cache.js';
import { STALE_GRACE_MS, STILL_LOADING } from '../src/upstream/stale.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('MemoryResponseCache', () => {
  it('answers from cache within the TTL and reloads after it', async () => {
    const time = clock();
    const cache = new MemoryResponseCache({ now: time.now });
    const load = vi.fn(async () => 'v1');

    expect(await cache.getOrLoad('s', 'k', 1_000, load)).toBe('v1');
    time.advance(999);
    expect(await cache.getOrLoad('s', 'k', 1_000, load)).toBe('v1');
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.peek('s', 'k')).toBe('v1');

    time.advance(1);
    expect(cache.peek('s', 'k')).toBeUndefined();
    load.mockResolvedValueOnce('v2');
    expect(await cache.getOrLoad('s', 'k', 1_000, load)).toBe('v2');
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, coalesced: 0, size: 1 });
  });

  it('coalesces concurrent loads of the same key', async () => {
    const cache = new MemoryResponseCache();
    const gate = deferred<number>();
    const load = vi.fn(() => gate.promise);

    const first = cache.getOrLoad('s', 'k', 1_000, load);
    const second = cache.getOrLoad('s', 'k', 1_000, load);
    gate.resolve(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.stats()).toMatchObject({ misses: 1, coalesced: 1 });
  });

  it('never caches failures, but shares them with coalesced waiters', async () => {
    const cache = new MemoryResponseCache();
    const gate = deferred<string>();
    const failing = vi.fn(() => gate.promise);
    const first = cache.getOrLoad('s', 'k', 1_000, failing);
    const second = cache.getOrLoad('s', 'k', 1_000, failing);
    gate.reject(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    await expect(second).rejects.toThrow('boom');
    expect(failing).toHaveBeenCalledTimes(1);

    expect(cache.peek('s', 'k')).toBeUndefined();
    expect(await cache.getOrLoad('s', 'k', 1_000, async () => 'ok')).toBe('ok');
    // A load that throws synchronously is a failure too.
    await expect(
      cache.getOrLoad('s', 'sync', 1_000, () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(cache.stats().size).toBe(1);
  });

  it('isolates fingerprints', async () => {
    const cache = new MemoryResponseCache();
    await cache.getOrLoad('alice', 'services', 1_000, async () => ['a']);
    const load = vi.fn(async () => ['b']);
    expect(await cache.getOrLoad('bob', 'services', 1_000, load)).toEqual(['b']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.peek('alice', 'services')).toEqual(['a']);
    // The separator keeps fingerprint/key boundaries unambiguous.
    cache.set('ab', 'c', 1, 1_000);
    expect(cache.peek('a', 'bc')).toBeUndefined();
  });

  it('invalidates by key prefix within one fingerprint only', () => {
    const cache = new MemoryResponseCache();
    cache.set('s', '/org/1/services', 'list', 1_000);
    cache.set('s', '/org/1/services/42', 'one', 1_000);
    cache.set('s', '/org/2/services', 'other org', 1_000);
    cache.set('t', '/org/1/services', 'other fingerprint', 1_000);

    cache.invalidate('s', '/org/1/services');
    expect(cache.peek('s', '/org/1/services')).toBeUndefined();
    expect(cache.peek('s', '/org/1/services/42')).toBeUndefined();
    expect(cache.peek('s', '/org/2/services')).toBe('other org');
    expect(cache.peek('t', '/org/1/services')).toBe('other fingerprint');
  });

  it('does not store an in-flight result that started before an invalidate', async () => {
    const cache = new MemoryResponseCache();
    const gate = deferred<string>();
    const before = cache.getOrLoad('s', '/services', 1_000, () => gate.promise);
    cache.invalidate('s', '/services');

    // A caller after the write must not join the stale load.
    const freshLoad = vi.fn(async () => 'after write');
    const after = cache.getOrLoad('s', '/services', 1_000, freshLoad);
    expect(freshLoad).toHaveBeenCalledTimes(1);

    gate.resolve('before write');
    expect(await before).toBe('before write');
    expect(await after).toBe('after write');
    expect(cache.peek('s', '/services')).toBe('after write');
  });

  it('evicts the oldest entries beyond maxEntries', () => {
    const cache = new MemoryResponseCache({ maxEntries: 2 });
    cache.set('s', 'a', 1, 1_000);
    cache.set('s', 'b', 2, 1_000);
    cache.set('s', 'a', 11, 1_000); // refreshing moves "a" to the young end
    cache.set('s', 'c', 3, 1_000);
    expect(cache.peek('s', 'b')).toBeUndefined();
    expect(cache.peek('s', 'a')).toBe(11);
    expect(cache.peek('s', 'c')).toBe(3);
    expect(cache.stats().size).toBe(2);
  });

  it('does not store values with a non-positive TTL', async () => {
    const cache = new MemoryResponseCache();
    expect(await cache.getOrLoad('s', 'k', 0, async () => 'v')).toBe('v');
    expect(cache.stats().size).toBe(0);
  });
});

describe('ReadLog (what a request read, for kept results)', () => {
  it('records hits until something else is read, then records nothing and lets go of what it had', async () => {
    const cache = new MemoryResponseCache();
    const reads = new ReadLog();
    await cache.getOrLoad('fingerprint', 'a', 1_000, async () => 1);
    await cache.getOrLoad('fingerprint', 'a', 1_000, async () => 1, { reads });
    expect(reads.dependencies).toHaveLength(1);
    expect(reads.onlyHits).toBe(true);
    await cache.getOrLoad('fingerprint', 'b', 1_000, async () => 2, { reads });
    expect(reads.onlyHits).toBe(false);
    expect(reads.dependencies).toHaveLength(0);
    await cache.getOrLoad('fingerprint', 'a', 1_000, async () => 1, { reads });
    expect(reads.dependencies).toHaveLength(0);
  });

  it('stops recording past a thousand reads (a subscription reads event after event)', async () => {
    const cache = new MemoryResponseCache();
    const reads = new ReadLog();
    await cache.getOrLoad('fingerprint', 'a', 60_000, async () => 1);
    for (let read = 0; read < 1_001; read++) await cache.getOrLoad('fingerprint', 'a', 60_000, async () => 1, { reads });
    expect(reads.onlyHits).toBe(false);
    expect(reads.dependencies).toHaveLength(0);
  });
});

describe('grace: a request answered stale while its fresh answer is still loading', () => {
  it('past STALE_GRACE_MS a request gets the last good value, marked STILL_LOADING; the load goes on and refreshes the cache', async () => {
    const time = clock();
    const cache = new MemoryResponseCache({ now: time.now });
    expect(await cache.getOrLoad('s', 'k', 1_000, async () => 'v1')).toBe('v1');
    time.advance(5_000);
    const slow = deferred<string>();
    const reads = new ReadLog();
    const started = performance.now();
    expect(await cache.getOrLoad('s', 'k', 1_000, () => slow.promise, { reads })).toBe('v1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(STALE_GRACE_MS - 5);
    expect(reads.stale).toEqual([{ key: 'k', ageMs: 5_000, reason: STILL_LOADING }]);
    expect(reads.onlyHits).toBe(false);
    slow.resolve('v2');
    await slow.promise;
    await Promise.resolve();
    expect(cache.peek('s', 'k')).toBe('v2');
  });

  it('a poller (no ReadLog), a fresh read (maxAgeMs) and a key never loaded wait for the load', async () => {
    const time = clock();
    const cache = new MemoryResponseCache({ now: time.now });
    await cache.getOrLoad('s', 'k', 1_000, async () => 'v1');
    time.advance(5_000);
    const later = (value: string) => () => new Promise<string>((resolve) => setTimeout(() => resolve(value), STALE_GRACE_MS + 200));
    const [poller, fresh, never] = await Promise.all([
      cache.getOrLoad('s', 'k', 1_000, later('v2')),
      cache.getOrLoad('s', 'k', 1_000, later('v2'), { reads: new ReadLog(), maxAgeMs: 0 }),
      cache.getOrLoad('s', 'other', 1_000, later('o1'), { reads: new ReadLog() }),
    ]);
    expect([poller, fresh, never]).toEqual(['v2', 'v2', 'o1']);
  });

  it('STALE_IF_ERROR_S=0 (no last good values): no grace', async () => {
    const time = clock();
    const cache = new MemoryResponseCache({ now: time.now, staleIfErrorMs: 0 });
    await cache.getOrLoad('s', 'k', 1_000, async () => 'v1');
    time.advance(5_000);
    const reads = new ReadLog();
    const value = await cache.getOrLoad('s', 'k', 1_000, () => new Promise<string>((resolve) => setTimeout(() => resolve('v2'), STALE_GRACE_MS + 200)), { reads });
    expect(value).toBe('v2');
    expect(reads.stale).toEqual([]);
  });
});
