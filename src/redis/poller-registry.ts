/**
 * The poller registry of replicas sharing one Redis: one poller per key across all of them.
 *
 * - Every replica with subscribers for a key listens on the key's channel; snapshots published
 *   there reach its subscribers, and the latest one is kept so that a subscriber joining anywhere
 *   gets the current state at once.
 * - One replica holds the key's lease and polls. It renews the lease on a timer (a third of its
 *   length) and publishes each snapshot once; when it dies, the lease runs out and the next replica
 *   that asks (every half lease) takes over, so events continue within about one poll interval.
 * - A nudge (a mutation on any replica) is published on the channel and reaches the holder.
 * - While Redis is lost, each replica polls for its own subscribers, as without Redis; when Redis
 *   is back, they compete for the leases again. No subscriber's stream ends either way.
 *
 * Keys and channel names are built from credential fingerprints (liveKeys), never secrets.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { KEY_PREFIX, type RedisConnection } from './connection.js';
import { defineScripts, DELETE_IF_HELD_BY } from './scripts.js';
import { Poller, type PollListener, type PollSource, type PollerSettings } from '../live/poller.js';
import type { LiveRegistry, RegistryStats } from '../live/registry.js';

/** KEYS: lease. ARGV: holder, ms. Renews only a lease this holder still has. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end return 0`;

interface LeaseScripts {
  opsgraphLeaseRenew(lease: string, holder: string, ms: number): Promise<number>;
  opsgraphLeaseRelease(lease: string, holder: string): Promise<number>;
}

const LEASE_SCRIPTS = {
  opsgraphLeaseRenew: { keys: 1, lua: RENEW },
  // KEYS: lease. ARGV: holder. Gives up only a lease this holder still has.
  opsgraphLeaseRelease: { keys: 1, lua: DELETE_IF_HELD_BY },
};

const scripts = (client: Redis): LeaseScripts => defineScripts<LeaseScripts>(client, LEASE_SCRIPTS);

/** What travels on a key's channel: a snapshot, a fatal error, or a nudge for the holder. */
type Message = { snapshot: unknown } | { failure: { message: string; code: unknown } } | { nudge: true };

interface Entry {
  key: string;
  listeners: Set<PollListener<unknown>>;
  source: () => PollSource<unknown>;
  latest?: { snapshot: unknown };
  /** follower: another replica polls; holder: this one polls and publishes; local: Redis is lost. */
  mode: 'follower' | 'holder' | 'local';
  poller?: Poller<unknown>;
  /** Stops the poller quietly (its one listener leaves): no subscriber is told anything. */
  quit?: () => void;
  timer?: NodeJS.Timeout;
  stopped: boolean;
}

export class RedisPollerRegistry implements LiveRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly holder = randomUUID();
  private readonly leaseMs: number;
  private closed = false;
  private listening = false;

  constructor(
    readonly settings: PollerSettings,
    private readonly redis: RedisConnection,
  ) {
    this.leaseMs = Math.max(1_000, settings.fastMs);
    redis.on('health', (healthy) => {
      for (const entry of this.entries.values()) {
        this.stopPolling(entry, false);
        if (healthy) void this.share(entry);
        else this.pollLocally(entry);
      }
    });
  }

  watch<S>(key: string, source: () => PollSource<S>, listener: PollListener<S>): () => void {
    if (this.closed) {
      listener.fail(undefined);
      return () => {};
    }
    let entry = this.entries.get(key);
    const fresh = entry === undefined;
    if (!entry) {
      entry = { key, listeners: new Set(), source: source as () => PollSource<unknown>, mode: 'follower', stopped: false };
      this.entries.set(key, entry);
    }
    const own = entry;
    own.listeners.add(listener as PollListener<unknown>);
    if (own.latest) listener.snapshot(own.latest.snapshot as S);
    if (fresh) {
      if (this.redis.healthy) void this.share(own);
      else this.pollLocally(own);
    }
    return () => {
      if (!own.listeners.delete(listener as PollListener<unknown>) || own.listeners.size > 0) return;
      this.retire(own);
    };
  }

  nudge(key: string): void {
    const entry = this.entries.get(key);
    if (entry?.poller) entry.poller.nudge();
    if (this.redis.healthy && entry?.mode !== 'holder') this.publish(key, { nudge: true });
  }

  stats(): RegistryStats {
    let subscribers = 0;
    let pollers = 0;
    for (const entry of this.entries.values()) {
      subscribers += entry.listeners.size;
      if (entry.poller) pollers += 1;
    }
    return { pollers, subscribers };
  }

  close(): void {
    this.closed = true;
    for (const entry of [...this.entries.values()]) {
      const listeners = [...entry.listeners];
      entry.listeners.clear();
      this.retire(entry);
      for (const listener of listeners) listener.fail(undefined);
    }
  }

  /** Shared mode: listen on the key's channel, take the latest snapshot, compete for the lease. */
  private async share(entry: Entry): Promise<void> {
    entry.mode = 'follower';
    try {
      this.listen();
      await this.redis.within(this.redis.subscriber().subscribe(this.channel(entry.key)));
      const latest = await this.redis.client.get(this.latestKey(entry.key));
      if (latest !== null && !entry.latest && !entry.stopped) this.deliver(entry, JSON.parse(latest) as Message);
    } catch (error) {
      this.redis.reportFailure(error);
      return;
    }
    await this.compete(entry);
  }

  private async compete(entry: Entry): Promise<void> {
    if (entry.stopped || entry.mode !== 'follower' || !this.redis.healthy) return;
    let won = false;
    try {
      won = (await this.redis.client.set(this.leaseKey(entry.key), this.holder, 'PX', this.leaseMs, 'NX')) === 'OK';
    } catch (error) {
      this.redis.reportFailure(error);
    }
    if (entry.stopped || entry.mode !== 'follower') return;
    if (won) this.hold(entry);
    else this.later(entry, this.leaseMs / 2, () => void this.compete(entry));
  }

  /** This replica polls for everyone: each snapshot is published once, and the lease renewed. */
  private hold(entry: Entry): void {
    entry.mode = 'holder';
    this.pollerFor(entry, {
      snapshot: (snapshot) => this.publish(entry.key, { snapshot }, true),
      fail: (error) => this.publish(entry.key, { failure: describeFailure(error) }),
    });
    const renew = () =>
      this.later(entry, this.leaseMs / 3, async () => {
        let still = 0;
        try {
          still = await scripts(this.redis.client).opsgraphLeaseRenew(this.leaseKey(entry.key), this.holder, this.leaseMs);
        } catch (error) {
          this.redis.reportFailure(error);
          return;
        }
        if (entry.mode !== 'holder' || entry.stopped) return;
        if (still === 1) renew();
        else {
          // Someone else holds it now (this replica stalled past the lease): follow them.
          this.stopPolling(entry, false);
          entry.mode = 'follower';
          void this.compete(entry);
        }
      });
    renew();
  }

  /** Redis is lost: poll for this replica's own subscribers, delivering directly. */
  private pollLocally(entry: Entry): void {
    if (entry.stopped) return;
    entry.mode = 'local';
    this.pollerFor(entry, { snapshot: (snapshot) => this.deliver(entry, { snapshot }), fail: (error) => this.failAll(entry, error) });
  }

  private pollerFor(entry: Entry, listener: PollListener<unknown>): void {
    const poller = new Poller(entry.key, entry.source(), this.settings, () => {});
    entry.poller = poller;
    entry.quit = poller.add(listener);
  }

  private deliver(entry: Entry, message: Message): void {
    if ('nudge' in message) {
      if (entry.mode === 'holder') entry.poller?.nudge();
      return;
    }
    if ('failure' in message) {
      this.failAll(entry, new GraphQLError(message.failure.message, { extensions: { code: message.failure.code } }));
      return;
    }
    entry.latest = { snapshot: message.snapshot };
    for (const listener of [...entry.listeners]) listener.snapshot(message.snapshot);
  }

  private failAll(entry: Entry, error: unknown): void {
    const listeners = [...entry.listeners];
    entry.listeners.clear();
    this.retire(entry);
    for (const listener of listeners) listener.fail(error);
  }

  private publish(key: string, message: Message, keep = false): void {
    const text = JSON.stringify(message);
    const client = this.redis.client;
    const sent = keep
      ? client.multi().set(this.latestKey(key), text, 'PX', this.settings.slowMs * 4).publish(this.channel(key), text).exec()
      : client.publish(this.channel(key), text);
    sent.catch((error: unknown) => this.redis.reportFailure(error));
  }

  /** The last local subscriber left: stop listening and polling, and give the lease back. */
  private retire(entry: Entry): void {
    if (entry.stopped) return;
    entry.stopped = true;
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    this.stopPolling(entry, true);
    if (this.redis.healthy) {
      this.redis.subscriber().unsubscribe(this.channel(entry.key)).catch(() => {});
    }
  }

  private stopPolling(entry: Entry, releaseLease: boolean): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.quit?.();
    entry.quit = undefined;
    entry.poller = undefined;
    if (entry.mode === 'holder' && releaseLease && this.redis.healthy) {
      scripts(this.redis.client).opsgraphLeaseRelease(this.leaseKey(entry.key), this.holder).catch(() => {});
    }
  }

  private later(entry: Entry, ms: number, run: () => void | Promise<void>): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!entry.stopped) void run();
    }, ms);
    entry.timer.unref();
  }

  /** One 'message' handler for every channel of this replica. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.redis.subscriber().on('message', (channel: string, text: string) => {
      const key = channel.slice(this.channel('').length);
      const entry = this.entries.get(key);
      if (!entry || entry.mode === 'local') return;
      try {
        this.deliver(entry, JSON.parse(text) as Message);
      } catch {
        // Not ours to understand: ignore rather than end anyone's stream.
      }
    });
  }

  private channel(key: string): string {
    return `${KEY_PREFIX}live:${key}`;
  }

  private leaseKey(key: string): string {
    return `${KEY_PREFIX}lease:${key}`;
  }

  private latestKey(key: string): string {
    return `${KEY_PREFIX}latest:${key}`;
  }
}

function describeFailure(error: unknown): { message: string; code: unknown } {
  if (error instanceof GraphQLError) return { message: error.message, code: error.extensions.code };
  const coded = error as { message?: string; code?: unknown };
  return { message: coded?.message ?? 'The subscription ended', code: coded?.code ?? 'INTERNAL_SERVER_ERROR' };
}
