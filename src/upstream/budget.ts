/**
 * Per-credential call budget. ClickHouse Cloud allows 10 requests per 10 s per API key and counts
 * a request when it arrives, which is some unknown time after we send it. So a slot is treated as
 * occupied from acquire() until release(), and then for a whole window after release: only that
 * guarantees the upstream never sees more than `limit` arrivals in any window of its own.
 */
import type { UpstreamName } from './errors.js';
import { sleep } from './retry.js';
import { Waiter, WaiterQueue } from './waiters.js';

export interface MemoryBudgetOptions {
  /** Calls per window. */
  limit: number;
  /** Window length in ms. @default 10_000 */
  windowMs?: number;
  /** Longest a call may wait in the queue before RATE_LIMITED. @default 30_000 */
  maxWaitMs?: number;
  upstream: UpstreamName;
}

export type ReleaseSlot = () => void;

export interface BudgetStats {
  /** Slots handed out. */
  granted: number;
  /** Of those, how many had to queue first. */
  waited: number;
  /** Sum of queueing time over granted slots. */
  totalWaitMs: number;
  /** Acquisitions refused with RATE_LIMITED (aborts are not counted). */
  rejected: number;
}

/** What the HTTP layer needs from a budget; MemoryBudget, RedisBudget and UnlimitedBudget implement it. */
export interface Budget {
  acquire(fingerprint: string, signal?: AbortSignal): Promise<ReleaseSlot>;
  pauseUntil(fingerprint: string, untilEpochMs: number): void;
  stats(): BudgetStats;
}

export const DEFAULT_WINDOW_MS = 10_000;
export const DEFAULT_MAX_WAIT_MS = 30_000;
/** Node timers may fire a hair early; never re-arm with a zero delay in a tight loop. */
const MIN_TIMER_DELAY_MS = 1;

interface CredentialState {
  inFlight: number;
  /** Release times, ascending; each keeps its slot occupied until time + windowMs. */
  releases: number[];
  queue: WaiterQueue<ReleaseSlot>;
  pausedUntil: number;
  timer: NodeJS.Timeout | undefined;
  timerAt: number;
}

export class MemoryBudget implements Budget {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxWaitMs: number;
  private readonly upstream: UpstreamName;
  private readonly credentials = new Map<string, CredentialState>();
  private readonly counters: BudgetStats = { granted: 0, waited: 0, totalWaitMs: 0, rejected: 0 };

  constructor(options: MemoryBudgetOptions) {
    const { limit, windowMs = DEFAULT_WINDOW_MS, maxWaitMs = DEFAULT_MAX_WAIT_MS } = options;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`MemoryBudget limit must be a positive integer, got ${limit}`);
    if (!(windowMs > 0)) throw new Error(`MemoryBudget windowMs must be positive, got ${windowMs}`);
    if (!(maxWaitMs >= 0)) throw new Error(`MemoryBudget maxWaitMs must be >= 0, got ${maxWaitMs}`);
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxWaitMs = maxWaitMs;
    this.upstream = options.upstream;
  }

  acquire(fingerprint: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateFor(fingerprint);
    const now = Date.now();
    this.expire(state, now);
    if (state.queue.length === 0 && this.canGrant(state, now)) {
      return Promise.resolve(this.grant(fingerprint, state, now, now));
    }
    const waiter = new Waiter<ReleaseSlot>(signal, this.maxWaitMs, now);
    state.queue.push(waiter);
    // Rejects this waiter right away when it cannot possibly be served within maxWaitMs.
    this.pump(fingerprint, state);
    return waiter.promise;
  }

  pauseUntil(fingerprint: string, untilEpochMs: number): void {
    if (!(untilEpochMs > Date.now())) return;
    const state = this.stateFor(fingerprint);
    state.pausedUntil = Math.max(state.pausedUntil, untilEpochMs);
    this.pump(fingerprint, state);
  }

  stats(): BudgetStats {
    return { ...this.counters };
  }

  /**
   * Takes over from a budget this one cannot see (a RedisBudget whose Redis was lost): every slot
   * of `fingerprint` counts as used until a full window from now, since the other may have spent them all.
   */
  occupyWindow(fingerprint: string): void {
    const state = this.stateFor(fingerprint);
    const now = Date.now();
    this.expire(state, now);
    while (this.occupied(state) < this.limit) state.releases.push(now);
    state.releases.sort((a, b) => a - b);
    this.pump(fingerprint, state);
  }

  /**
   * Counts a call another budget granted (a RedisBudget, before its Redis was lost) as in flight
   * here, so it holds a slot of this budget until a window after the returned release is called.
   */
  adopt(fingerprint: string): ReleaseSlot {
    return this.hold(fingerprint, this.stateFor(fingerprint));
  }

  private stateFor(fingerprint: string): CredentialState {
    const known = this.credentials.get(fingerprint);
    if (known) return known;
    // A caller that goes away frees its place at once: the next may be served now.
    const queue = new WaiterQueue<ReleaseSlot>(this.upstream, () => this.pump(fingerprint, state));
    const state: CredentialState = { inFlight: 0, releases: [], queue, pausedUntil: 0, timer: undefined, timerAt: 0 };
    this.credentials.set(fingerprint, state);
    return state;
  }

  private expire(state: CredentialState, now: number): void {
    while (state.releases.length > 0 && state.releases[0]! + this.windowMs <= now) state.releases.shift();
  }

  private occupied(state: CredentialState): number {
    return state.inFlight + state.releases.length;
  }

  private canGrant(state: CredentialState, now: number): boolean {
    return now >= state.pausedUntil && this.occupied(state) < this.limit;
  }

  private grant(fingerprint: string, state: CredentialState, now: number, enqueuedAt: number): ReleaseSlot {
    this.counters.granted += 1;
    if (now > enqueuedAt) {
      this.counters.waited += 1;
      this.counters.totalWaitMs += now - enqueuedAt;
    }
    return this.hold(fingerprint, state);
  }

  /** Counts one more call in flight; its release keeps the slot a window longer. */
  private hold(fingerprint: string, state: CredentialState): ReleaseSlot {
    state.inFlight += 1;
    let released = false;
    return () => {
      if (released) return; // a double release must not free someone else's slot
      released = true;
      state.inFlight -= 1;
      const at = Date.now();
      state.releases.push(at);
      // Wall clocks can step backwards; expire() relies on ascending order.
      if (state.releases.length > 1 && state.releases[state.releases.length - 2]! > at) state.releases.sort((a, b) => a - b);
      this.pump(fingerprint, state);
    };
  }

  /** Grants what can be granted, rejects the hopeless, re-arms the timer, forgets idle credentials. */
  private pump(fingerprint: string, state: CredentialState): void {
    const now = Date.now();
    this.expire(state, now);
    while (state.queue.length > 0 && this.canGrant(state, now)) {
      const waiter = state.queue.shift()!;
      waiter.grant(this.grant(fingerprint, state, now, waiter.enqueuedAt));
    }
    if (state.queue.length > 0) this.rejectHopeless(state, now);
    this.schedule(fingerprint, state, now);
  }

  /**
   * Lower-bound estimate of when each waiter gets a slot, assuming calls take no time at all.
   * Anyone whose bound lies past their deadline would wait in vain, so they are told now.
   */
  private rejectHopeless(state: CredentialState, now: number): void {
    const available: number[] = [];
    for (const released of state.releases) available.push(released + this.windowMs);
    // In-flight slots stay occupied for at least a window from now, since they are not released yet.
    for (let i = 0; i < state.inFlight; i++) available.push(now + this.windowMs);
    while (available.length < this.limit) available.push(now);
    const slots = available.map((t) => Math.max(t, state.pausedUntil)).sort((a, b) => a - b);

    let position = 0;
    for (const waiter of state.queue) {
      const round = Math.floor(position / this.limit);
      const estimate = slots[position % this.limit]! + round * this.windowMs;
      if (estimate > waiter.deadline || now >= waiter.deadline) {
        this.counters.rejected += 1;
        state.queue.refuseQueuedTooLong(waiter, Math.max(0, estimate - now));
      } else {
        position += 1;
      }
    }
  }

  private schedule(fingerprint: string, state: CredentialState, now: number): void {
    let wakeAt = Infinity;
    const head = state.queue.head;
    if (head) {
      wakeAt = head.deadline;
      if (state.pausedUntil > now) wakeAt = Math.min(wakeAt, state.pausedUntil);
      if (state.releases.length > 0) wakeAt = Math.min(wakeAt, state.releases[0]! + this.windowMs);
    } else if (state.inFlight === 0) {
      // Idle credential: wake once when its history can be forgotten.
      const lastRelease = state.releases[state.releases.length - 1];
      const historyEnds = lastRelease === undefined ? 0 : lastRelease + this.windowMs;
      const idleUntil = Math.max(historyEnds, state.pausedUntil);
      if (idleUntil <= now) {
        this.clearTimer(state);
        this.credentials.delete(fingerprint);
        return;
      }
      wakeAt = idleUntil;
    }
    // With nobody queued and calls in flight, the next release() pumps; no timer needed.
    if (wakeAt === Infinity) {
      this.clearTimer(state);
      return;
    }
    if (state.timer && state.timerAt === wakeAt) return;
    this.clearTimer(state);
    state.timerAt = wakeAt;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.pump(fingerprint, state);
    }, Math.max(MIN_TIMER_DELAY_MS, wakeAt - now));
    // A budget must never keep the process alive on its own.
    state.timer.unref();
  }

  private clearTimer(state: CredentialState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
  }
}

const noopRelease: ReleaseSlot = () => {};

/**
 * No call limit (CLICKHOUSE_RATE_LIMIT=0, or an upstream that publishes none), but an upstream's
 * 429 Retry-After still pauses the credential: ignoring it would only earn more 429s.
 */
export class UnlimitedBudget implements Budget {
  private readonly pausedUntil = new Map<string, number>();
  private readonly counters: BudgetStats = { granted: 0, waited: 0, totalWaitMs: 0, rejected: 0 };

  async acquire(fingerprint: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) throw signal.reason;
    const waitMs = (this.pausedUntil.get(fingerprint) ?? 0) - Date.now();
    if (waitMs > 0) {
      await sleep(waitMs, signal);
      this.counters.waited += 1;
      this.counters.totalWaitMs += waitMs;
    } else this.pausedUntil.delete(fingerprint);
    this.counters.granted += 1;
    return noopRelease;
  }

  pauseUntil(fingerprint: string, untilEpochMs: number): void {
    if (untilEpochMs > Date.now()) this.pausedUntil.set(fingerprint, Math.max(this.pausedUntil.get(fingerprint) ?? 0, untilEpochMs));
  }

  stats(): BudgetStats {
    return { ...this.counters };
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const RATE_LIMIT_PATTERN = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/i;

/**
 * Parses a rate limit setting such as "10/10s", "100/60s" or "5/500ms"; "0" disables limiting
 * and yields null. A unit is required so nobody mistakes seconds for milliseconds.
 */
export function parseRateLimit(text: string): { limit: number; windowMs: number } | null {
  const trimmed = text.trim();
  if (trimmed === '0') return null;
  const match = RATE_LIMIT_PATTERN.exec(trimmed);
  const expected = 'expected "<calls>/<window>" such as "10/10s", "100/60s" or "5/500ms", or "0" to disable';
  if (!match) throw new Error(`Invalid rate limit "${text}": ${expected}`);
  const limit = Number(match[1]);
  const windowMs = Number(match[2]) * UNIT_MS[match[3]!.toLowerCase()]!;
  if (limit < 1) throw new Error(`Invalid rate limit "${text}": the call count must be at least 1 (use "0" to disable)`);
  if (!(windowMs >= 1)) throw new Error(`Invalid rate limit "${text}": the window must be at least 1 ms`);
  return { limit, windowMs };
}
