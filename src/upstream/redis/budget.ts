/**
 * The call budget shared by every replica on one Redis, with today's meaning: a slot is held from
 * send until a full window after the response. Slots of a credential are a sorted set in Redis
 * (member: one call, score: when its slot frees), taken and released by Lua scripts that read
 * Redis' own clock, so replicas with skewed clocks still agree. A call in flight holds its slot
 * until its deadline + a window, so a replica that dies mid-call frees it on its own.
 *
 * Each replica queues its own callers in order and asks Redis for the head's slot only, so waiting
 * costs one Redis round trip per grant or per short nap, not one per waiting caller. While Redis
 * is lost, callers use an in-process budget of limit / GATEWAY_REPLICAS, which keeps the sum of
 * all replicas within the limit.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CallBudget, DEFAULT_MAX_WAIT_MS, DEFAULT_WINDOW_MS, type Budget, type BudgetStats, type ReleaseSlot } from '../budget.js';
import { RateLimitedError, upstreamLabel, type UpstreamName } from '../errors.js';
import { KEY_PREFIX, type RedisStore } from './connection.js';

/** Longest nap between two asks while the head waits (a slot may free early: a call answered). */
const MAX_NAP_MS = 200;

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: slots, pause. ARGV: limit, hold ms, call id. Returns {1, 0} granted or {0, wait ms}. */
const ACQUIRE = `${NOW_MS}
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return {0, paused - now} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
  return {1, 0}
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, tonumber(first[2]) - now)}`;

/** KEYS: slots. ARGV: window ms, call id. The slot stays held a full window from now. */
const RELEASE = `${NOW_MS}
if redis.call('ZSCORE', KEYS[1], ARGV[2]) then redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2]) end
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1])) end
return 1`;

/** KEYS: pause. ARGV: pause ms. Only ever lengthens a pause. */
const PAUSE = `${NOW_MS}
local untilMs = now + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1])) end
return 1`;

interface BudgetScripts {
  opsgraphBudgetAcquire(slots: string, pause: string, limit: number, holdMs: number, id: string): Promise<[number, number]>;
  opsgraphBudgetRelease(slots: string, windowMs: number, id: string): Promise<number>;
  opsgraphBudgetPause(pause: string, ms: number): Promise<number>;
}

function scripts(client: Redis): BudgetScripts {
  const withScripts = client as Redis & Partial<BudgetScripts>;
  if (!withScripts.opsgraphBudgetAcquire) {
    client.defineCommand('opsgraphBudgetAcquire', { numberOfKeys: 2, lua: ACQUIRE });
    client.defineCommand('opsgraphBudgetRelease', { numberOfKeys: 1, lua: RELEASE });
    client.defineCommand('opsgraphBudgetPause', { numberOfKeys: 1, lua: PAUSE });
  }
  return withScripts as BudgetScripts;
}

export interface SharedBudgetOptions {
  limit: number;
  windowMs?: number;
  maxWaitMs?: number;
  /** Longest a call can be in flight (its deadline): a dead replica's slot frees after it + a window. */
  callDeadlineMs: number;
  upstream: UpstreamName;
  /** GATEWAY_REPLICAS: the share of the limit each replica keeps while Redis is lost. */
  replicas: number;
}

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (reason: unknown) => void;
  enqueuedAt: number;
  deadline: number;
  signal: AbortSignal | undefined;
  onAbort?: () => void;
}

export class SharedBudget implements Budget {
  private readonly windowMs: number;
  private readonly maxWaitMs: number;
  private readonly holdMs: number;
  private readonly fallback: CallBudget;
  private readonly queues = new Map<string, Waiter[]>();
  private readonly draining = new Set<string>();
  /** Wakes a napping drain of the key early (a local call released its slot). */
  private readonly wakers = new Map<string, () => void>();
  private readonly counters: BudgetStats = { granted: 0, waited: 0, totalWaitMs: 0, rejected: 0 };
  /** Keys whose in-process budget has been told, since Redis was lost, that the shared one may be spent. */
  private readonly takenOver = new Set<string>();

  constructor(
    private readonly store: RedisStore,
    private readonly options: SharedBudgetOptions,
  ) {
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.holdMs = options.callDeadlineMs + this.windowMs;
    this.fallback = new CallBudget({
      limit: Math.max(1, Math.floor(options.limit / options.replicas)),
      windowMs: this.windowMs,
      maxWaitMs: this.maxWaitMs,
      upstream: options.upstream,
    });
    store.on('health', (healthy) => {
      if (healthy) void this.handBack();
      else this.takenOver.clear();
    });
  }

  acquire(key: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.store.healthy) return this.acquireInProcess(key, signal);
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const now = Date.now();
      const waiter: Waiter = { resolve, reject, enqueuedAt: now, deadline: now + this.maxWaitMs, signal };
      if (signal) {
        // A caller that goes away leaves the queue at once: its place goes to the next one.
        waiter.onAbort = () => {
          const queue = this.queues.get(key);
          const index = queue?.indexOf(waiter) ?? -1;
          if (index >= 0) queue!.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      const queue = this.queues.get(key) ?? [];
      queue.push(waiter);
      this.queues.set(key, queue);
      void this.drain(key);
    });
  }

  pauseUntil(key: string, untilEpochMs: number): void {
    this.fallback.pauseUntil(key, untilEpochMs);
    const ms = Math.ceil(untilEpochMs - Date.now());
    if (ms <= 0 || !this.store.healthy) return;
    scripts(this.store.client)
      .opsgraphBudgetPause(this.redisKey(key, 'pause'), ms)
      .catch((error: unknown) => this.store.reportFailure(error));
  }

  stats(): BudgetStats {
    const local = this.fallback.stats();
    return {
      granted: this.counters.granted + local.granted,
      waited: this.counters.waited + local.waited,
      totalWaitMs: this.counters.totalWaitMs + local.totalWaitMs,
      rejected: this.counters.rejected + local.rejected,
    };
  }

  /** Hash tags keep a credential's keys in one slot of a Redis Cluster. */
  private redisKey(key: string, kind: 'slots' | 'pause'): string {
    return `${KEY_PREFIX}budget:{${this.options.upstream}:${key}}:${kind}`;
  }

  private async drain(key: string): Promise<void> {
    if (this.draining.has(key)) {
      this.wakers.get(key)?.();
      return;
    }
    this.draining.add(key);
    try {
      const queue = this.queues.get(key)!;
      while (queue.length > 0) {
        const head = queue[0]!;
        if (!this.store.healthy) {
          // Redis is lost: everyone queued here continues on the in-process budget.
          for (const waiter of queue.splice(0)) this.handToFallback(key, waiter);
          break;
        }
        const id = randomUUID();
        let answer: [number, number];
        try {
          answer = await scripts(this.store.client).opsgraphBudgetAcquire(this.redisKey(key, 'slots'), this.redisKey(key, 'pause'), this.options.limit, this.holdMs, id);
        } catch (error) {
          this.store.reportFailure(error);
          continue;
        }
        if (queue[0] !== head) {
          // The head left (aborted) while we asked: give a granted slot straight back.
          if (answer[0] === 1) this.releaseSlot(key, id);
          continue;
        }
        if (answer[0] === 1) {
          queue.shift();
          this.grant(key, head, id);
          continue;
        }
        const waitMs = Number(answer[1]);
        if (Date.now() + waitMs > head.deadline) {
          queue.shift();
          this.refuse(head, waitMs);
          continue;
        }
        await this.nap(key, Math.min(waitMs, MAX_NAP_MS));
      }
    } finally {
      this.draining.delete(key);
      if ((this.queues.get(key)?.length ?? 0) === 0) this.queues.delete(key);
    }
  }

  private nap(key: string, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.set(key, done);
    }).finally(() => this.wakers.delete(key));
  }

  private grant(key: string, waiter: Waiter, id: string): void {
    this.detach(waiter);
    const waited = Date.now() - waiter.enqueuedAt;
    this.counters.granted += 1;
    if (waited > 1) {
      this.counters.waited += 1;
      this.counters.totalWaitMs += waited;
    }
    let released = false;
    waiter.resolve(() => {
      if (released) return;
      released = true;
      this.releaseSlot(key, id);
    });
  }

  private releaseSlot(key: string, id: string): void {
    scripts(this.store.client)
      .opsgraphBudgetRelease(this.redisKey(key, 'slots'), this.windowMs, id)
      .catch((error: unknown) => this.store.reportFailure(error));
    this.wakers.get(key)?.();
  }

  private refuse(waiter: Waiter, waitMs: number): void {
    this.detach(waiter);
    this.counters.rejected += 1;
    const label = upstreamLabel(this.options.upstream);
    waiter.reject(
      new RateLimitedError(this.options.upstream, {
        retryAfterMs: waitMs,
        message: `Too many ${label} calls are queued for these credentials; retry in ${Math.max(1, Math.ceil(waitMs / 1000))} s`,
      }),
    );
  }

  private handToFallback(key: string, waiter: Waiter): void {
    this.detach(waiter);
    this.acquireInProcess(key, waiter.signal).then(waiter.resolve, waiter.reject);
  }

  /**
   * Redis is lost. The shared window may already be spent by all replicas together, so the first
   * call of a key waits out a full window; from then on each replica spends only its 1/N share, and
   * the replicas together stay within the limit in every window.
   */
  private acquireInProcess(key: string, signal: AbortSignal | undefined): Promise<ReleaseSlot> {
    if (!this.takenOver.has(key)) {
      this.takenOver.add(key);
      this.fallback.occupyWindow(key);
    }
    return this.fallback.acquire(key, signal);
  }

  /** Redis is back: what this replica spent meanwhile goes into the shared set, so it counts for all. */
  private async handBack(): Promise<void> {
    const now = Date.now();
    try {
      for (const [key, slots] of this.fallback.recentSlots()) {
        const members: (number | string)[] = [];
        for (const releasedAt of slots.releasedAt) members.push(releasedAt + this.windowMs, randomUUID());
        for (let index = 0; index < slots.inFlight; index += 1) members.push(now + this.holdMs, randomUUID());
        if (members.length === 0) continue;
        const slotsKey = this.redisKey(key, 'slots');
        await this.store.client.zadd(slotsKey, ...members);
        await this.store.client.pexpire(slotsKey, this.holdMs);
      }
    } catch (error) {
      this.store.reportFailure(error);
    }
  }

  private detach(waiter: Waiter): void {
    if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
  }
}
