/**
 * The poller registry: at most one poller per (credential fingerprint, upstream resource), created
 * by the first subscriber and dropped when the last one leaves. Keys are built by the helpers
 * below and never contain a secret.
 */
import { Poller, type PollListener, type PollSource, type PollerSettings } from './poller.js';

/** Live-update intervals; see README "Subscriptions". */
export const DEFAULT_LIVE_SETTINGS: PollerSettings = { fastMs: 2_000, slowMs: 15_000, maxBackoffMs: 60_000 };

export const liveKeys = {
  /** The list of one ClickHouse group under one parent (`services` of `org`, `backups` of `org:service`). */
  clickhouse: (fingerprint: string, group: string, parentKey: string) => `clickhouse:${fingerprint}:${group}:${parentKey}`,
  /** One Divio object of a described group (a deployment, a backup, an environment, ...). */
  divio: (fingerprint: string, group: string, id: string) => `divio:${fingerprint}:${group}:${id}`,
};

export interface RegistryStats {
  pollers: number;
  subscribers: number;
}

/**
 * What subscriptions need from live state: this in-process registry, or the shared one of
 * replicas on Redis (redis/poller-registry.ts).
 */
export interface LiveRegistry {
  readonly settings: PollerSettings;
  /** Subscribes to the poller for `key`, creating it from `source` when it is the first. */
  watch<S>(key: string, source: () => PollSource<S>, listener: PollListener<S>): () => void;
  /** A mutation changed the resource behind `key`: poll it soon, if anyone is watching. */
  nudge(key: string): void;
  stats(): RegistryStats;
  /** Stops every poller and completes every subscriber's stream (graceful shutdown). */
  close(): void;
}

export class MemoryPollerRegistry implements LiveRegistry {
  private readonly pollers = new Map<string, Poller<unknown>>();
  private closed = false;

  constructor(
    readonly settings: PollerSettings = DEFAULT_LIVE_SETTINGS,
  ) {}

  /** Subscribes to the poller for `key`, creating it from `source` when it is the first. */
  watch<S>(key: string, source: () => PollSource<S>, listener: PollListener<S>): () => void {
    if (this.closed) {
      listener.fail(undefined);
      return () => {};
    }
    let poller = this.pollers.get(key) as Poller<S> | undefined;
    if (!poller) {
      poller = new Poller(key, source(), this.settings, (idle) => {
        if (this.pollers.get(key) === idle) this.pollers.delete(key);
      });
      this.pollers.set(key, poller as Poller<unknown>);
    }
    return poller.add(listener);
  }

  /** A mutation changed the resource behind `key`: poll it soon, if anyone is watching. */
  nudge(key: string): void {
    this.pollers.get(key)?.nudge();
  }

  stats(): RegistryStats {
    let subscribers = 0;
    for (const poller of this.pollers.values()) subscribers += poller.size;
    return { pollers: this.pollers.size, subscribers };
  }

  /** Stops every poller and completes every subscriber's stream (graceful shutdown). */
  close(): void {
    this.closed = true;
    for (const poller of [...this.pollers.values()]) poller.close();
    this.pollers.clear();
  }
}
