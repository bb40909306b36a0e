/**
 * One poller per (credential, upstream resource): it reads the resource on an adaptive interval,
 * keeps the last snapshot, and hands each new snapshot to every listener. Listeners decide what
 * changed for them; the poller only guarantees that N subscribers cost one upstream read per
 * interval. Transient upstream failures back off and resume; credential failures end everyone.
 */
import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';
import { activeSpanContext, tracePoll, tracing } from '../observability/tracing.js';

export interface PollSource<S> {
  /** Reads the resource; a cached value at most `maxAgeMs` old is as good as a new call. */
  read(maxAgeMs: number): Promise<S>;
  /** Something is in motion (starting, deploying, ...): poll at the fast interval. */
  isBusy(snapshot: S): boolean;
}

export interface PollerSettings {
  /** Interval while the resource is in a transitional state. */
  fastMs: number;
  /** Interval while it is stable. */
  slowMs: number;
  /** Longest wait between retries after upstream failures. */
  maxBackoffMs: number;
}

export interface PollListener<S> {
  snapshot(snapshot: S): void;
  fail(error: unknown): void;
}

/** Codes after which polling again cannot succeed for this credential and resource. */
const FATAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** A nudge waits this long so that a burst of mutations costs one read. */
const NUDGE_DELAY_MS = 50;

export function isFatal(error: unknown): boolean {
  if (error instanceof UpstreamError) return FATAL_CODES.has(error.code);
  // The graph's own verdicts, e.g. another organization's object reported as NOT_FOUND.
  return error instanceof GraphQLError && FATAL_CODES.has(String(error.extensions.code));
}

export class Poller<S> {
  private readonly listeners = new Set<PollListener<S>>();
  private latest: { snapshot: S } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private pollAgain = false;
  private failures = 0;
  private stopped = false;
  /** Upstream reads made by this poller (for metrics and tests). */
  reads = 0;
  /** The span of the request that started this poller, which each poll span links to (tracing on). */
  private readonly startedBy = tracing.on ? activeSpanContext() : undefined;

  constructor(
    readonly key: string,
    private readonly source: PollSource<S>,
    private readonly settings: PollerSettings,
    private readonly onIdle: (poller: Poller<S>) => void,
  ) {}

  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener; it gets the current snapshot at once when there is one. Returns the remover. */
  add(listener: PollListener<S>): () => void {
    this.listeners.add(listener);
    if (this.latest) listener.snapshot(this.latest.snapshot);
    else if (!this.polling && !this.timer) this.schedule(0);
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Polls soon: a mutation probably changed the resource. */
  nudge(): void {
    if (this.stopped) return;
    if (this.polling) this.pollAgain = true;
    else this.schedule(NUDGE_DELAY_MS);
  }

  /** Stops polling and ends every listener's stream (shutdown). */
  close(): void {
    const listeners = [...this.listeners];
    this.listeners.clear();
    this.stop();
    for (const listener of listeners) listener.fail(undefined);
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.onIdle(this);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delayMs);
    this.timer.unref();
  }

  private currentInterval(): number {
    if (this.failures > 0) {
      return Math.min(this.settings.slowMs * 2 ** (this.failures - 1), this.settings.maxBackoffMs);
    }
    return this.latest && this.source.isBusy(this.latest.snapshot) ? this.settings.fastMs : this.settings.slowMs;
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    this.polling = true;
    this.pollAgain = false;
    try {
      const maxAgeMs = Math.floor(this.settings.fastMs / 2);
      const snapshot = await (tracing.on ? tracePoll(this.startedBy, this.listeners.size, () => this.source.read(maxAgeMs)) : this.source.read(maxAgeMs));
      this.reads += 1;
      this.failures = 0;
      if (this.stopped) return;
      this.latest = { snapshot };
      for (const listener of [...this.listeners]) listener.snapshot(snapshot);
    } catch (error) {
      if (this.stopped) return;
      if (isFatal(error)) {
        const listeners = [...this.listeners];
        this.listeners.clear();
        this.stop();
        for (const listener of listeners) listener.fail(error);
        return;
      }
      this.failures += 1;
    } finally {
      this.polling = false;
    }
    this.schedule(this.pollAgain ? NUDGE_DELAY_MS : this.currentInterval());
  }
}
