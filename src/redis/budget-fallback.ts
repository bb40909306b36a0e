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
import type { Waiter } from '../upstream/waiters.js';
import type { GrantLog } from './grant-log.js';

/** What becomes of a caller waiting here (unless it is taken back first). */
export interface FallbackOutcomes {
  granted(fingerprint: string, waiter: Waiter<ReleaseSlot>, release: ReleaseSlot): void;
  /** RATE_LIMITED, or the caller went away. */
  refused(waiter: Waiter<ReleaseSlot>, reason: unknown): void;
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

interface Waiting {
  fingerprint: string;
  waiter: Waiter<ReleaseSlot>;
  /** Aborted to take the waiter back (Redis returned). */
  stop: AbortController;
  takenBack: boolean;
}

export class RedisBudgetFallback {
  private readonly budget: MemoryBudget;
  /** Credentials this budget has taken over since Redis was lost. */
  private readonly takenOver = new Set<string>();
  /** Callers queued here, in the order they came (each credential's queue order). */
  private readonly waiting = new Set<Waiting>();

  constructor(
    options: RedisBudgetFallbackOptions,
    private readonly log: GrantLog,
    private readonly outcomes: FallbackOutcomes,
  ) {
    const { limit, replicas, ...rest } = options;
    this.budget = new MemoryBudget({ ...rest, limit: fallbackShare(limit, replicas) });
  }

  /** Redis is lost (again): the next call of each credential takes over with a full window. */
  lost(): void {
    this.takenOver.clear();
  }

  /** Queues `waiter` for a slot of `fingerprint`: it is granted or refused, unless taken back first. */
  wait(fingerprint: string, waiter: Waiter<ReleaseSlot>): void {
    if (!this.takenOver.has(fingerprint)) {
      this.takenOver.add(fingerprint);
      // This replica's own calls still in flight count against its share until a window after
      // they answer, as Redis would have counted them.
      for (const grant of this.log.inFlight(fingerprint)) grant.inProcess ??= this.budget.adopt(fingerprint);
      this.budget.occupyWindow(fingerprint);
    }
    const entry: Waiting = { fingerprint, waiter, stop: new AbortController(), takenBack: false };
    this.waiting.add(entry);
    const signal = waiter.signal ? AbortSignal.any([waiter.signal, entry.stop.signal]) : entry.stop.signal;
    this.budget.acquire(fingerprint, signal).then(
      (release) => {
        this.waiting.delete(entry);
        // Granted in the very turn it was taken back: the slot was never used, so it goes back.
        if (entry.takenBack) release();
        else this.outcomes.granted(fingerprint, waiter, release);
      },
      (reason: unknown) => {
        this.waiting.delete(entry);
        if (!entry.takenBack) this.outcomes.refused(waiter, reason);
      },
    );
  }

  /** Redis is back: every caller still queued here leaves it, in queue order; none is granted here any more. */
  takeBack(): { fingerprint: string; waiter: Waiter<ReleaseSlot> }[] {
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
