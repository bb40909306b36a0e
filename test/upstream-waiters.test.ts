import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../src/upstream/errors.js';
import { Waiter, WaiterQueue } from '../src/upstream/waiters.js';

/** Whether `promise` has settled by the end of this turn (and how). */
async function state(promise: Promise<unknown>): Promise<'pending' | 'fulfilled' | 'rejected'> {
  const pending = Symbol('pending');
  try {
    return (await Promise.race([promise, Promise.resolve(pending)])) === pending ? 'pending' : 'fulfilled';
  } catch {
    return 'rejected';
  }
}

function queued(queue: WaiterQueue<string>, count: number, signal?: AbortSignal): Waiter<string>[] {
  return Array.from({ length: count }, () => {
    const waiter = new Waiter<string>(signal, 1_000);
    queue.push(waiter);
    return waiter;
  });
}

describe('WaiterQueue', () => {
  it('serves callers first come first served', async () => {
    const queue = new WaiterQueue<string>('clickhouse');
    const [a, b, c] = queued(queue, 3);
    expect(queue.length).toBe(3);
    expect(queue.head).toBe(a);
    expect([...queue]).toEqual([a, b, c]);
    for (const value of ['first', 'second', 'third']) queue.shift()!.grant(value);
    expect(queue.length).toBe(0);
    expect(await Promise.all([a!.promise, b!.promise, c!.promise])).toEqual(['first', 'second', 'third']);
  });

  it('gives each caller its deadline: the longest wait from when it came', () => {
    const waiter = new Waiter<string>(undefined, 250, 1_000);
    expect(waiter.enqueuedAt).toBe(1_000);
    expect(waiter.deadline).toBe(1_250);
  });

  it('lets a caller whose signal aborts leave at once, told why, and tells the queue', async () => {
    let left = 0;
    const queue = new WaiterQueue<string>('clickhouse', () => (left += 1));
    const controller = new AbortController();
    const [gone] = queued(queue, 1, controller.signal);
    const [next] = queued(queue, 1);
    controller.abort(new Error('client went away'));
    await expect(gone!.promise).rejects.toThrow('client went away');
    expect(left).toBe(1);
    expect(queue.head).toBe(next);
    expect(queue.length).toBe(1);
  });

  it('refuses a caller it cannot serve in time with RATE_LIMITED and when to retry', async () => {
    const queue = new WaiterQueue<string>('divio');
    const [a, b] = queued(queue, 2);
    queue.refuseQueuedTooLong(b!, 4_200);
    const error = await b!.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).extensions).toMatchObject({ code: 'RATE_LIMITED', upstream: 'divio', retryAfterMs: 4_200 });
    expect((error as RateLimitedError).message).toMatch(/queued for these credentials; retry in 5 s/);
    expect([...queue]).toEqual([a]);
  });

  it('may refuse callers while iterating over them', () => {
    const queue = new WaiterQueue<string>('clickhouse');
    const waiters = queued(queue, 4);
    for (const promise of waiters.map((w) => w.promise)) promise.catch(() => {});
    for (const waiter of queue) if (waiter !== waiters[2]) queue.refuseQueuedTooLong(waiter, 0);
    expect([...queue]).toEqual([waiters[2]]);
  });

  it('stops listening to a signal once the caller is granted', async () => {
    let left = 0;
    const queue = new WaiterQueue<string>('clickhouse', () => (left += 1));
    const controller = new AbortController();
    const [waiter] = queued(queue, 1, controller.signal);
    queue.shift()!.grant('slot');
    controller.abort();
    expect(await waiter!.promise).toBe('slot');
    expect(left).toBe(0);
  });

  it('keeps callers taken out waiting, deaf to their signal until put back ahead of newer ones', async () => {
    const queue = new WaiterQueue<string>('clickhouse');
    const controller = new AbortController();
    const [a, b] = queued(queue, 2, controller.signal);
    const taken = queue.takeAll();
    expect(taken).toEqual([a, b]);
    expect(queue.length).toBe(0);
    expect(a!.queue).toBeUndefined();

    // Out of any queue, whoever holds the caller answers its signal (a Redis budget's fallback).
    const other = new AbortController();
    const [newer] = queued(queue, 1, other.signal);
    queue.putBack(taken);
    expect([...queue]).toEqual([a, b, newer]);

    controller.abort(new Error('gone'));
    await expect(a!.promise).rejects.toThrow('gone');
    await expect(b!.promise).rejects.toThrow('gone');
    expect([...queue]).toEqual([newer]);
    expect(await state(newer!.promise)).toBe('pending');
  });

  it('does not answer a caller that is out of the queue when its signal aborts', async () => {
    const queue = new WaiterQueue<string>('clickhouse');
    const controller = new AbortController();
    const [waiter] = queued(queue, 1, controller.signal);
    queue.takeAll();
    controller.abort();
    expect(await state(waiter!.promise)).toBe('pending');
    waiter!.refuse(new Error('refused by its holder'));
    await expect(waiter!.promise).rejects.toThrow('refused by its holder');
  });
});
