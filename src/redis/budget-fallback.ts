/**
 * The in-process budget a RedisBudget falls back on while Redis is lost: limit / GATEWAY_REPLICAS
 * per replica, which keeps the sum of all replicas within the limit. It takes over with a full
 * window (the Redis budget may just have been spent by all replicas together) and with this
 * replica's calls still in flight (they count against its share), and hands back at
 * once when Redis returns: the callers still queued here are taken back, so that nothing is granted
 * by it after the hand-back.
 */
import { MemoryBudget, type ReleaseSlot } from '../upstream/budget.js';
import type { UpstreamName } from '../upstream/errors.js';
import type { GrantLog } from './grant-log.js';

/** A caller waiting here: how it leaves early, and what it is told. */
export interface FallbackWaiter {
  readonly signal: AbortSignal | undefined;
  granted(release: ReleaseSlot): void;
  refused(reason: unknown): void;
}

export interface RedisBudgetFallbackOptions {
  limit: number;
  windowMs: number;
  maxWaitMs: number;
  upstream: UpstreamName;
  /** GATEWAY_REPLICAS: this replica keeps 1/N of the limit. */
  replicas: number;
}

/** What each replica may spend of the limit while it cannot count on Redis: 1/N, at least one call. */
export function fallbackShare(limit: number, replicas: number): number {
  return Math.max(1, Math.floor(limit / replicas));
}

interface Waiting<W> {
  fingerprint: string;
  waiter: W;
  /** Aborted to take the waiter back (Redis returned). */
  stop: AbortController;
  takenBack: boolean;
}

export class RedisBudgetFallback<W extends FallbackWaiter> {
  private readonly budget: MemoryBudget;
  /** Credentials this budget has taken over since Redis was lost. */
  private readonly takenOver = new Set<string>();
  /** Callers queued here, in the order they came (each credential's queue order). */
  private readonly waiting = new Set<Waiting<W>>();

  constructor(
    options: RedisBudgetFallbackOptions,
    private readonly log: GrantLog,
  ) {
    const { limit, replicas, ...rest } = options;
    this.budget = new MemoryBudget({ ...rest, limit: fallbackShare(limit, replicas) });
  }

  /** Redis is lost (again): the next call of each credential takes over with a full window. */
  lost(): void {
    this.takenOver.clear();
  }

  /** Queues `waiter` for a slot of `fingerprint`: it is granted or refused, unless taken back first. */
  wait(fingerprint: string, waiter: W): void {
    if (!this.takenOver.has(fingerprint)) {
      this.takenOver.add(fingerprint);
      // This replica's own calls still in flight count against its share until a window after
      // they answer, as Redis would have counted them.
      for (const grant of this.log.inFlight(fingerprint)) grant.inProcess ??= this.budget.adopt(fingerprint);
      this.budget.occupyWindow(fingerprint);
    }
    const entry: Waiting<W> = { fingerprint, waiter, stop: new AbortController(), takenBack: false };
    this.waiting.add(entry);
    const signal = waiter.signal ? AbortSignal.any([waiter.signal, entry.stop.signal]) : entry.stop.signal;
    this.budget.acquire(fingerprint, signal).then(
      (release) => {
        this.waiting.delete(entry);
        // Granted in the very turn it was taken back: the slot was never used, so it goes back.
        if (entry.takenBack) release();
        else waiter.granted(release);
      },
      (reason: unknown) => {
        this.waiting.delete(entry);
        if (!entry.takenBack) waiter.refused(reason);
      },
    );
  }

  /** Redis is back: every caller still queued here leaves it, in queue order; none is granted here any more. */
  takeBack(): { fingerprint: string; waiter: W }[] {
    const taken = [...this.waiting];
    this.waiting.clear();
    for (const entry of taken) {
      entry.takenBack = true;
      entry.stop.abort();
    }
    return taken.map(({ fingerprint, waiter }) => ({ fingerprint, waiter }));
  }

  pauseUntil(fingerprint: string, untilEpochMs: number): void {
    this.budget.pauseUntil(fingerprint, untilEpochMs);
  }
}
