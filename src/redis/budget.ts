/**
 * The call budget shared by every replica on one Redis, with today's meaning: a slot is held from
 * send until a full window after the response. Slots of a credential are a sorted set in Redis
 * (budget-scripts.ts), so replicas with skewed clocks still agree. A call in flight holds its slot
 * until its deadline + a window, so a replica that dies mid-call frees it on its own.
 *
 * Each replica queues its own callers in order and asks Redis for the head's slot only, so waiting
 * costs one Redis round trip per grant or per short nap, not one per waiting caller. While Redis
 * is lost, callers use an in-process budget of limit / GATEWAY_REPLICAS (budget-fallback.ts).
 *
 * Redis may come back empty (it does not persist), having forgotten the slots granted just before
 * it went. So each replica remembers its own recent grants, from either budget (grant-log.ts); its
 * fallback counts those still in flight; and when Redis returns it first takes its callers back
 * from the fallback (which grants nothing from then on), then writes every grant of the last
 * window into the shared set, and only then asks Redis for new slots.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_WINDOW_MS, type Budget, type BudgetStats, type ReleaseSlot } from '../upstream/budget.js';
import { RateLimitedError, type UpstreamName } from '../upstream/errors.js';
import { Waiter, WaiterQueue } from '../upstream/waiters.js';
import { RedisBudgetFallback, fallbackShare } from './budget-fallback.js';
import { budgetScripts } from './budget-scripts.js';
import { KEY_PREFIX, RECONNECT_WITHIN_MS, type RedisConnection } from './connection.js';
import { GrantLog } from './grant-log.js';

/** Longest nap between two asks while the head waits (a slot may free early: a call answered). */
const MAX_NAP_MS = 200;

export interface RedisBudgetOptions {
  limit: number;
  windowMs?: number;
  maxWaitMs?: number;
  /** Longest a call can be in flight (its deadline): a dead replica's slot frees after it + a window. */
  callDeadlineMs: number;
  upstream: UpstreamName;
  /** GATEWAY_REPLICAS: the share of the limit each replica keeps while Redis is lost. */
  replicas: number;
}

export class RedisBudget implements Budget {
  private readonly windowMs: number;
  private readonly maxWaitMs: number;
  private readonly holdMs: number;
  private readonly fallback: RedisBudgetFallback;
  private readonly log: GrantLog;
  private readonly queues = new Map<string, WaiterQueue<ReleaseSlot>>();
  private readonly draining = new Set<string>();
  /** Wakes a napping drain of the credential early (a local call released its slot). */
  private readonly wakers = new Map<string, () => void>();
  private readonly counters: BudgetStats = { granted: 0, waited: 0, totalWaitMs: 0, rejected: 0 };
  /** Pending while this replica writes its grants back to a returned Redis: no slot comes from Redis before. */
  private handingBack: Promise<void> | undefined;
  /**
   * Until then, though Redis is back, this replica keeps to its fallback share: another replica
   * may not have reconnected yet, and what its fallback grants is not in Redis until it does.
   */
  private keepToShareUntil = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: RedisBudgetOptions,
  ) {
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.holdMs = options.callDeadlineMs + this.windowMs;
    this.log = new GrantLog(this.windowMs, options.limit);
    this.fallback = new RedisBudgetFallback({ ...options, windowMs: this.windowMs, maxWaitMs: this.maxWaitMs }, this.log, {
      granted: (fingerprint, waiter, release) => this.grant(fingerprint, waiter, randomUUID(), release),
      refused: (waiter, reason) => this.refuse(waiter, reason),
    });
    redis.on('health', (healthy) => (healthy ? this.handBack() : this.fallback.lost()));
  }

  acquire(fingerprint: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    // A caller that goes away leaves the queue at once: its place goes to the next one. (In the
    // fallback's queue instead, that budget hears the same signal and refuses it.)
    const waiter = new Waiter<ReleaseSlot>(signal, this.maxWaitMs);
    if (!this.redis.healthy) this.fallback.wait(fingerprint, waiter);
    else {
      this.queueOf(fingerprint).push(waiter);
      void this.drain(fingerprint);
    }
    return waiter.promise;
  }

  pauseUntil(fingerprint: string, untilEpochMs: number): void {
    this.fallback.pauseUntil(fingerprint, untilEpochMs);
    const ms = Math.ceil(untilEpochMs - Date.now());
    if (ms <= 0 || !this.redis.healthy) return;
    budgetScripts(this.redis.client)
      .opsgraphBudgetPause(this.redisKey(fingerprint, 'pause'), ms)
      .catch((error: unknown) => this.redis.reportFailure(error));
  }

  stats(): BudgetStats {
    return { ...this.counters };
  }

  /** Hash tags keep a credential's keys in one slot of a Redis Cluster. */
  private redisKey(fingerprint: string, kind: 'slots' | 'pause'): string {
    return `${KEY_PREFIX}budget:{${this.options.upstream}:${fingerprint}}:${kind}`;
  }

  private queueOf(fingerprint: string): WaiterQueue<ReleaseSlot> {
    let queue = this.queues.get(fingerprint);
    if (!queue) this.queues.set(fingerprint, (queue = new WaiterQueue(this.options.upstream)));
    return queue;
  }

  private async drain(fingerprint: string): Promise<void> {
    if (this.draining.has(fingerprint)) {
      this.wakers.get(fingerprint)?.();
      return;
    }
    this.draining.add(fingerprint);
    try {
      const queue = this.queueOf(fingerprint);
      while (queue.length > 0) {
        if (this.handingBack) {
          await this.handingBack;
          continue;
        }
        if (!this.redis.healthy) {
          // Redis is lost: everyone queued here continues on the in-process budget.
          for (const waiter of queue.takeAll()) this.fallback.wait(fingerprint, waiter);
          break;
        }
        const head = queue.head!;
        const ownWaitMs = this.untilWithinShare(fingerprint);
        if (ownWaitMs > 0) {
          if (Date.now() + ownWaitMs > head.deadline) this.refuseQueuedTooLong(queue, head, ownWaitMs);
          else await this.nap(fingerprint, Math.min(ownWaitMs, MAX_NAP_MS));
          continue;
        }
        const id = randomUUID();
        const answer = await this.ask(fingerprint, id);
        if (answer === undefined) continue;
        if (queue.head !== head) {
          // The head left (aborted) while we asked: give a granted slot straight back.
          if (answer[0] === 1) this.releaseShared(fingerprint, id);
          continue;
        }
        if (answer[0] === 1) {
          queue.shift();
          this.grant(fingerprint, head, id);
          continue;
        }
        const waitMs = Number(answer[1]);
        if (Date.now() + waitMs > head.deadline) {
          this.refuseQueuedTooLong(queue, head, waitMs);
          continue;
        }
        await this.nap(fingerprint, Math.min(waitMs, MAX_NAP_MS));
      }
    } finally {
      this.draining.delete(fingerprint);
      if ((this.queues.get(fingerprint)?.length ?? 0) === 0) this.queues.delete(fingerprint);
    }
  }

  /** Ms until this replica may ask Redis for a slot of `fingerprint`: 0 but just after Redis returned. */
  private untilWithinShare(fingerprint: string): number {
    const left = this.keepToShareUntil - Date.now();
    if (left <= 0) return 0;
    return Math.min(left, this.log.untilFewerThan(fingerprint, fallbackShare(this.options.limit, this.options.replicas)));
  }

  /** Asks Redis for the slot `id`: granted, or how long to wait; undefined when Redis failed (reported). */
  private async ask(fingerprint: string, id: string): Promise<[number, number] | undefined> {
    const slots = this.redisKey(fingerprint, 'slots');
    try {
      return await budgetScripts(this.redis.client).opsgraphBudgetAcquire(slots, this.redisKey(fingerprint, 'pause'), this.options.limit, this.holdMs, id);
    } catch (error) {
      this.redis.reportFailure(error);
      // A frozen Redis runs the script when it thaws, right before this: the slot goes to nobody.
      this.redis.client.zrem(slots, id).catch(() => {});
      return undefined;
    }
  }

  private nap(fingerprint: string, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.set(fingerprint, done);
    }).finally(() => this.wakers.delete(fingerprint));
  }

  /** Hands a slot to a caller (`releaseInProcess`: the fallback granted it), and remembers it. */
  private grant(fingerprint: string, waiter: Waiter<ReleaseSlot>, id: string, releaseInProcess?: ReleaseSlot): void {
    const waited = Date.now() - waiter.enqueuedAt;
    this.counters.granted += 1;
    if (waited > 1) {
      this.counters.waited += 1;
      this.counters.totalWaitMs += waited;
    }
    const grant = this.log.record(fingerprint, id, releaseInProcess);
    let released = false;
    waiter.grant(() => {
      if (released) return;
      released = true;
      this.log.released(grant);
      this.releaseShared(fingerprint, id);
    });
  }

  /** The slot stays held a window from now (in Redis too if it knows it: granted there, or written back). */
  private releaseShared(fingerprint: string, id: string): void {
    if (this.redis.healthy) {
      budgetScripts(this.redis.client)
        .opsgraphBudgetRelease(this.redisKey(fingerprint, 'slots'), this.windowMs, id)
        .catch((error: unknown) => this.redis.reportFailure(error));
    }
    this.wakers.get(fingerprint)?.();
  }

  private refuse(waiter: Waiter<ReleaseSlot>, reason: unknown): void {
    if (reason instanceof RateLimitedError) this.counters.rejected += 1;
    waiter.refuse(reason);
  }

  private refuseQueuedTooLong(queue: WaiterQueue<ReleaseSlot>, waiter: Waiter<ReleaseSlot>, waitMs: number): void {
    this.counters.rejected += 1;
    queue.refuseQueuedTooLong(waiter, waitMs);
  }

  /**
   * Redis is back, perhaps empty after a restart. The fallback's callers come back to the shared
   * queues (ahead of anyone newer) and it grants nothing more; no slot comes from Redis until this
   * replica's grants of the last window are written there, so they count for every replica. Until
   * every replica can have reconnected, this one still keeps to its share (the others' fallback
   * grants reach Redis only when they hand back).
   */
  private handBack(): void {
    const returning = new Map<string, Waiter<ReleaseSlot>[]>();
    for (const { fingerprint, waiter } of this.fallback.takeBack()) returning.set(fingerprint, [...(returning.get(fingerprint) ?? []), waiter]);
    for (const [fingerprint, waiters] of returning) this.queueOf(fingerprint).putBack(waiters);
    this.keepToShareUntil = Date.now() + RECONNECT_WITHIN_MS;
    const writing = this.restoreGrants().finally(() => {
      if (this.handingBack === writing) this.handingBack = undefined;
    });
    this.handingBack = writing;
    for (const fingerprint of [...this.queues.keys()]) void this.drain(fingerprint);
  }

  /** Every grant of the last window, into the shared sets: one script per credential, sent together. */
  private async restoreGrants(): Promise<void> {
    const now = Date.now();
    const writes: Promise<number>[] = [];
    for (const [fingerprint, grants] of this.log.recent()) {
      // In flight: held until its deadline + a window, as Redis would have it; released: a window after.
      const idsAndMs = grants.flatMap((grant) => [grant.id, grant.releasedAt === undefined ? this.holdMs : Math.max(1, grant.releasedAt + this.windowMs - now)]);
      writes.push(budgetScripts(this.redis.client).opsgraphBudgetRestore(this.redisKey(fingerprint, 'slots'), ...idsAndMs));
    }
    try {
      await Promise.all(writes);
    } catch (error) {
      this.redis.reportFailure(error);
    }
  }
}
