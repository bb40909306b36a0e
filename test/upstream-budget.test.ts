import { describe, expect, it } from 'vitest';
import { MemoryBudget, UnlimitedBudget, parseRateLimit, type ReleaseSlot } from '../src/upstream/budget.js';
import { RateLimitedError } from '../src/upstream/errors.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function credentialCount(budget: MemoryBudget): number {
  return (budget as unknown as { credentials: Map<string, unknown> }).credentials.size;
}

describe('MemoryBudget', () => {
  it('never has more than `limit` slots occupied, counting a window after each release', async () => {
    const limit = 3;
    const windowMs = 150;
    const budget = new MemoryBudget({ limit, windowMs, upstream: 'clickhouse' });
    const slots: { grantedAt: number; releasedAt: number }[] = [];
    const start = Date.now();

    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const release = await budget.acquire('key');
        const grantedAt = Date.now();
        await sleep(5 + (i % 3) * 10);
        const releasedAt = Date.now();
        release();
        slots.push({ grantedAt, releasedAt });
      }),
    );

    for (const { grantedAt } of slots) {
      const occupied = slots.filter((s) => s.grantedAt <= grantedAt && grantedAt < s.releasedAt + windowMs);
      expect(occupied.length).toBeLessThanOrEqual(limit);
    }
    // 10 calls at 3 per window need at least 3 full windows after the first releases.
    expect(Date.now() - start).toBeGreaterThanOrEqual(3 * windowMs);
    expect(budget.stats()).toMatchObject({ granted: 10, waited: 7, rejected: 0 });
    expect(budget.stats().totalWaitMs).toBeGreaterThan(0);
  });

  it('grants in FIFO order per key', async () => {
    const budget = new MemoryBudget({ limit: 1, windowMs: 30, upstream: 'clickhouse' });
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (name) => {
        const release = await budget.acquire('key');
        order.push(name);
        release();
      }),
    );
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts in-flight slots and frees them only a window after release', async () => {
    const windowMs = 100;
    const budget = new MemoryBudget({ limit: 2, windowMs, upstream: 'clickhouse' });
    const first = await budget.acquire('key');
    await budget.acquire('key'); // held for the whole test
    let grantedAt = 0;
    const third = budget.acquire('key').then((release) => {
      grantedAt = Date.now();
      return release;
    });

    await sleep(windowMs + 50);
    expect(grantedAt).toBe(0); // both slots are still in flight, however long ago they started

    const releasedAt = Date.now();
    first();
    (await third)();
    expect(grantedAt - releasedAt).toBeGreaterThanOrEqual(windowMs);
  });

  it('pauseUntil delays every grant for the key', async () => {
    const budget = new MemoryBudget({ limit: 5, windowMs: 50, upstream: 'clickhouse' });
    (await budget.acquire('key'))();
    const until = Date.now() + 200;
    budget.pauseUntil('key', until);
    (await budget.acquire('key'))();
    expect(Date.now()).toBeGreaterThanOrEqual(until);
    // Other keys are unaffected.
    const before = Date.now();
    (await budget.acquire('other'))();
    expect(Date.now() - before).toBeLessThan(100);
  });

  it('rejects with RATE_LIMITED at once when the wait cannot fit in maxWaitMs', async () => {
    const budget = new MemoryBudget({ limit: 1, windowMs: 500, maxWaitMs: 100, upstream: 'clickhouse' });
    (await budget.acquire('key'))();
    const started = Date.now();
    const error = await budget.acquire('key').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(100);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).extensions).toMatchObject({ code: 'RATE_LIMITED', upstream: 'clickhouse' });
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(400);
    expect(budget.stats().rejected).toBe(1);
  });

  it('rejects a waiter whose maxWaitMs runs out while a slot stays in flight', async () => {
    const budget = new MemoryBudget({ limit: 1, windowMs: 30, maxWaitMs: 150, upstream: 'divio' });
    const held = await budget.acquire('key');
    const started = Date.now();
    const error = await budget.acquire('key').catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).upstream).toBe('divio');
    expect(waited).toBeGreaterThanOrEqual(145);
    expect(waited).toBeLessThan(300);
    held();
  });

  it('keeps keys independent', async () => {
    const budget = new MemoryBudget({ limit: 1, windowMs: 1_000, upstream: 'clickhouse' });
    const started = Date.now();
    const [a, b] = await Promise.all([budget.acquire('a'), budget.acquire('b')]);
    expect(Date.now() - started).toBeLessThan(100);
    a();
    b();
  });

  it('removes an aborted waiter from the queue and rejects it with the abort reason', async () => {
    const budget = new MemoryBudget({ limit: 1, windowMs: 50, upstream: 'clickhouse' });
    const held = await budget.acquire('key');
    const controller = new AbortController();
    const aborted = budget.acquire('key', controller.signal).catch((e: unknown) => e);
    const next = budget.acquire('key');
    controller.abort();
    const error = await aborted;
    expect((error as Error).name).toBe('AbortError');
    held();
    (await next)();
    expect(budget.stats()).toMatchObject({ granted: 2, rejected: 0 });
    await expect(budget.acquire('key', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('drops per-credential state once a credential is idle for a window', async () => {
    const budget = new MemoryBudget({ limit: 2, windowMs: 40, upstream: 'clickhouse' });
    const releases: ReleaseSlot[] = await Promise.all([budget.acquire('a'), budget.acquire('b')]);
    releases.forEach((release) => release());
    releases.forEach((release) => release()); // double release is harmless
    expect(credentialCount(budget)).toBe(2);
    await sleep(80);
    expect(credentialCount(budget)).toBe(0);
  });

  it('validates its options', () => {
    expect(() => new MemoryBudget({ limit: 0, upstream: 'clickhouse' })).toThrow(/limit/);
    expect(() => new MemoryBudget({ limit: 1, windowMs: 0, upstream: 'clickhouse' })).toThrow(/windowMs/);
  });
});

describe('UnlimitedBudget', () => {
  it('never waits for a count limit', async () => {
    const budget = new UnlimitedBudget();
    const started = Date.now();
    const releases = await Promise.all(Array.from({ length: 50 }, () => budget.acquire('key')));
    releases.forEach((release) => release());
    expect(Date.now() - started).toBeLessThan(100);
    expect(budget.stats()).toMatchObject({ granted: 50, waited: 0 });
  });

  it("still honours an upstream's Retry-After for that key only", async () => {
    const budget = new UnlimitedBudget();
    budget.pauseUntil('paused', Date.now() + 200);
    const started = Date.now();
    (await budget.acquire('other'))();
    expect(Date.now() - started).toBeLessThan(50);
    (await budget.acquire('paused'))();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(budget.stats()).toMatchObject({ granted: 2, waited: 1 });
  });

  it('gives up waiting when the caller aborts', async () => {
    const budget = new UnlimitedBudget();
    budget.pauseUntil('key', Date.now() + 10_000);
    const controller = new AbortController();
    const pending = budget.acquire('key', controller.signal);
    controller.abort(new Error('gone'));
    await expect(pending).rejects.toThrow('gone');
  });
});

describe('parseRateLimit', () => {
  it.each([
    ['10/10s', { limit: 10, windowMs: 10_000 }],
    ['100/60s', { limit: 100, windowMs: 60_000 }],
    ['5/500ms', { limit: 5, windowMs: 500 }],
    [' 2 / 1m ', { limit: 2, windowMs: 60_000 }],
    ['3/1.5s', { limit: 3, windowMs: 1_500 }],
  ])('parses %s', (text, expected) => {
    expect(parseRateLimit(text)).toEqual(expected);
  });

  it('treats "0" as disabled', () => {
    expect(parseRateLimit('0')).toBeNull();
  });

  it.each(['', 'abc', '10', '10/10', '10/s', '-1/10s', '0/10s', '10/0s', '10/10 days'])('rejects %j with a clear error', (text) => {
    expect(() => parseRateLimit(text)).toThrow(/Invalid rate limit/);
  });
});
