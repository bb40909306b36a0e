/**
 * Callers queued for a budget's slot, first come first served. A caller whose signal aborts leaves
 * at once, told the signal's reason; one that cannot be served within its longest wait is refused
 * with RATE_LIMITED (queuedTooLong). Both budgets queue their callers here: the in-process one
 * per credential, the Redis one per credential on each replica.
 */
import { RateLimitedError, upstreamLabel, type UpstreamName } from './errors.js';

/** What a budget answers a caller it cannot serve within its longest wait. */
export function queuedTooLong(upstream: UpstreamName, retryAfterMs: number): RateLimitedError {
  return new RateLimitedError(upstream, {
    retryAfterMs,
    message: `Too many ${upstreamLabel(upstream)} calls are queued for these credentials; retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`,
  });
}

/** One caller: its promise settles once, by grant() or refuse(), or by its signal while it is queued. */
export class Waiter<T> {
  readonly enqueuedAt: number;
  /** Past it, the caller is refused rather than kept waiting. */
  readonly deadline: number;
  readonly promise: Promise<T>;
  /** The queue it stands in; none while it waits elsewhere (a Redis budget's fallback, Redis lost). */
  queue: WaiterQueue<T> | undefined;
  private resolve!: (value: T) => void;
  private reject!: (reason: unknown) => void;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    readonly signal: AbortSignal | undefined,
    maxWaitMs: number,
    now = Date.now(),
  ) {
    this.enqueuedAt = now;
    this.deadline = now + maxWaitMs;
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (signal) {
      // Outside a queue, whoever holds the caller hears the same signal (the fallback does).
      this.onAbort = () => this.queue?.leave(this, signal.reason);
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  grant(value: T): void {
    this.detach();
    this.resolve(value);
  }

  refuse(reason: unknown): void {
    this.detach();
    this.reject(reason);
  }

  private detach(): void {
    if (this.signal && this.onAbort) this.signal.removeEventListener('abort', this.onAbort);
  }
}

export class WaiterQueue<T> {
  private readonly waiters: Waiter<T>[] = [];

  /** `onLeave` runs after a caller left on abort: its place may let the next one in. */
  constructor(
    private readonly upstream: UpstreamName,
    private readonly onLeave?: () => void,
  ) {}

  get length(): number {
    return this.waiters.length;
  }

  get head(): Waiter<T> | undefined {
    return this.waiters[0];
  }

  /** The callers in queue order, as they stand now: refusing some while iterating is safe. */
  [Symbol.iterator](): Iterator<Waiter<T>> {
    return [...this.waiters].values();
  }

  push(waiter: Waiter<T>): void {
    waiter.queue = this;
    this.waiters.push(waiter);
  }

  /** The head leaves, still waiting: the caller grants or refuses it. */
  shift(): Waiter<T> | undefined {
    const waiter = this.waiters.shift();
    if (waiter) waiter.queue = undefined;
    return waiter;
  }

  /** Everyone leaves in queue order, still waiting (to wait elsewhere). */
  takeAll(): Waiter<T>[] {
    const taken = this.waiters.splice(0);
    for (const waiter of taken) waiter.queue = undefined;
    return taken;
  }

  /** Callers come back ahead of anyone queued since, in the order given. */
  putBack(waiters: Waiter<T>[]): void {
    for (const waiter of waiters) waiter.queue = this;
    this.waiters.unshift(...waiters);
  }

  /** `waiter` cannot be served within its longest wait: it leaves, refused (`retryAfterMs`: when to try again). */
  refuseQueuedTooLong(waiter: Waiter<T>, retryAfterMs: number): void {
    this.remove(waiter);
    waiter.refuse(queuedTooLong(this.upstream, retryAfterMs));
  }

  /** The caller went away: it leaves at once, told why, and its place goes to the next. */
  leave(waiter: Waiter<T>, reason: unknown): void {
    if (!this.remove(waiter)) return;
    waiter.refuse(reason);
    this.onLeave?.();
  }

  private remove(waiter: Waiter<T>): boolean {
    const index = this.waiters.indexOf(waiter);
    if (index === -1) return false;
    this.waiters.splice(index, 1);
    waiter.queue = undefined;
    return true;
  }
}
