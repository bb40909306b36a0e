/**
 * The messages that keep every replica's near cache (its in-process tier of the shared response
 * cache) true to Redis, on three channels per cache (`opsgraph:cache:<upstream>:…`):
 *
 * - `invalidate`: a write made entries stale. Every replica drops them from its near cache and
 *   acknowledges; the writer waits for as many acknowledgements as Redis delivered the message to
 *   (PUBLISH's answer), so the write is seen on every replica before its mutation returns. A
 *   replica that does not answer within ACK_TIMEOUT_MS (frozen, or gone with its socket still open)
 *   is not waited for longer: it drops the entries when it reads the message, before anything else
 *   it reads from that socket.
 * - `ack`: those acknowledgements.
 * - `released`: a replica let go of its claim to load a key (stored, or failed); the replicas
 *   waiting on that claim look at once, rather than on a timer.
 *
 * The near cache may answer for the cluster only while this replica hears every message: `ready`
 * is true once subscribed, false from the moment the subscriber connection drops, and every return
 * to ready first empties the near cache (`reset`), since messages sent meanwhile never reached it.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEY_PREFIX, type RedisConnection } from './connection.js';

/** Longest a write waits for the other replicas to acknowledge its invalidation. */
export const ACK_TIMEOUT_MS = 1_000;

export interface CacheBusHandlers {
  /** Another replica's write: drop (fingerprint, keyPrefix) from the near cache and stop loads of it. */
  invalidate(fingerprint: string, keyPrefix: string): void;
  /** Messages may have been missed: forget everything the near cache holds. */
  reset(): void;
}

interface PendingAcks {
  received: number;
  /** How many replicas the message reached; unknown until PUBLISH answers. */
  expected: number;
  done: () => void;
}

interface InvalidateMessage {
  /** Acknowledgement id. */
  id: string;
  /** The replica (bus) that sent it, which has already applied it. */
  o: string;
  f: string;
  p: string;
}

export class CacheBus {
  /** True while every message reaches this replica: the near cache may answer. */
  ready = false;
  private readonly origin = randomUUID();
  private readonly channels: { invalidate: string; ack: string; released: string };
  private readonly pendingAcks = new Map<string, PendingAcks>();
  /** Replicas' claims this one waits on, by slot: woken when `released` names it. */
  private readonly waiting = new Map<string, Set<() => void>>();
  private unacknowledged = 0;

  constructor(
    private readonly redis: RedisConnection,
    name: string,
    private readonly handlers: CacheBusHandlers,
  ) {
    const base = `${KEY_PREFIX}cache:${name}:`;
    this.channels = { invalidate: `${base}invalidate`, ack: `${base}ack`, released: `${base}released` };
  }

  /** Subscribes, and follows the subscriber connection from then on. Never throws. */
  async start(): Promise<void> {
    const subscriber = this.redis.subscriber();
    subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
    // Not emptied now: with Redis lost as a whole, the near cache is what the replica serves on its
    // own (redis/cache.ts); it is emptied before it answers for the cluster again.
    const lost = () => {
      this.ready = false;
    };
    subscriber.on('close', lost);
    subscriber.on('end', lost);
    // ioredis subscribes again after a reconnect; subscribing here as well makes sure that is done
    // before the near cache answers again.
    subscriber.on('ready', () => void this.subscribe(subscriber));
    await this.subscribe(subscriber);
  }

  /** Replicas that did not acknowledge an invalidation in time, since start (metrics, tests). */
  get missedAcknowledgements(): number {
    return this.unacknowledged;
  }

  /**
   * Tells every replica (this one too, which acknowledges without applying it again) that
   * (fingerprint, keyPrefix) is stale, and resolves once they have dropped it or ACK_TIMEOUT_MS
   * has passed. Throws what PUBLISH throws (Redis lost).
   */
  async invalidate(fingerprint: string, keyPrefix: string): Promise<void> {
    const id = randomUUID();
    let done!: () => void;
    const acknowledged = new Promise<void>((resolve) => (done = resolve));
    const pending: PendingAcks = { received: 0, expected: Number.POSITIVE_INFINITY, done };
    this.pendingAcks.set(id, pending);
    let timer: NodeJS.Timeout | undefined;
    try {
      const message: InvalidateMessage = { id, o: this.origin, f: fingerprint, p: keyPrefix };
      pending.expected = await this.redis.client.publish(this.channels.invalidate, JSON.stringify(message));
      if (pending.received >= pending.expected) return;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ACK_TIMEOUT_MS)));
      if (await Promise.race([acknowledged.then(() => false), timedOut])) this.unacknowledged += pending.expected - pending.received;
    } finally {
      clearTimeout(timer);
      this.pendingAcks.delete(id);
    }
  }

  /** Tells the replicas waiting on our claim of `slot` to look now. Sent after the store, on the same connection. */
  released(slot: string): Promise<number> {
    return this.redis.client.publish(this.channels.released, slot);
  }

  /**
   * Resolves when a replica says it released `slot`, or after `ms` (a holder that died says
   * nothing: its claim runs out). `cancel` stops waiting.
   */
  whenReleased(slot: string, ms: number): { promise: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
    let wakers = this.waiting.get(slot);
    if (!wakers) this.waiting.set(slot, (wakers = new Set()));
    wakers.add(wake);
    const cancel = () => {
      clearTimeout(timer);
      wakers.delete(wake);
      if (wakers.size === 0 && this.waiting.get(slot) === wakers) this.waiting.delete(slot);
    };
    return { promise: promise.finally(cancel), cancel };
  }

  private async subscribe(subscriber: Redis): Promise<void> {
    try {
      await subscriber.subscribe(this.channels.invalidate, this.channels.ack, this.channels.released);
    } catch {
      // The connection dropped meanwhile: 'ready' will come again, and with it another try.
      return;
    }
    if (subscriber.status !== 'ready') return;
    if (!this.ready) {
      this.handlers.reset();
      this.ready = true;
    }
  }

  private receive(channel: string, text: string): void {
    if (channel === this.channels.released) {
      for (const wake of this.waiting.get(text) ?? []) wake();
    } else if (channel === this.channels.ack) {
      const pending = this.pendingAcks.get(text);
      if (pending && ++pending.received >= pending.expected) pending.done();
    } else if (channel === this.channels.invalidate) {
      let message: InvalidateMessage;
      try {
        message = JSON.parse(text) as InvalidateMessage;
      } catch {
        return;
      }
      if (typeof message.f !== 'string' || typeof message.p !== 'string' || typeof message.id !== 'string') return;
      if (message.o !== this.origin) this.handlers.invalidate(message.f, message.p);
      this.redis.client.publish(this.channels.ack, message.id).catch(() => {});
    }
  }
}
