/**
 * A subscriber's view of a shared poller: from each snapshot it selects the items it cares about
 * and emits only those that changed since it last saw them. The first snapshot is the current
 * state; later snapshots produce one event per changed item.
 */
import { EventQueue, type LiveStreamError } from './event-queue.js';
import type { PollListener, PollSource } from './poller.js';
import type { LiveRegistry } from './registry.js';

export interface ChangeStreamOptions<S, T> {
  key: string;
  source: () => PollSource<S>;
  /** The items of interest in a snapshot, or an Error (e.g. NOT_FOUND) that ends this stream. */
  select: (snapshot: S) => readonly T[] | Error;
  identify: (item: T) => string;
  /** What the first event(s) carry: every selected item (default) or only the first one. */
  initial?: 'all' | 'first';
  /** The stream completes right after an item for which this holds is delivered. */
  isFinal?: (item: T) => boolean;
  /**
   * Aborted when the client goes away. Needed besides return(): a wrapper that is an async
   * generator only forwards return() after a pending next() settles, which for a quiet resource
   * would be never, leaving the poller running for a client that left.
   */
  signal?: AbortSignal;
}

/**
 * Items of one snapshot are the same objects for every subscriber of a poller, so their JSON is
 * computed once and shared: each subscriber stores a reference to the same string rather than
 * its own copy (10,000 subscribers of 100 services hold 100 strings, not 10,000).
 */
const jsonByItem = new WeakMap<object, string>();

function jsonOf(item: unknown): string {
  if (item === null || typeof item !== 'object') return JSON.stringify(item);
  let json = jsonByItem.get(item);
  if (json === undefined) {
    json = JSON.stringify(item);
    jsonByItem.set(item, json);
  }
  return json;
}

/**
 * One subscriber: its poll listener, its event queue and its abort listener in one object. It
 * keeps only what each event needs (not the options, nor the source and the context it closes
 * over), which is what 10,000 subscribers multiply.
 */
class ChangeStream<S, T> extends EventQueue<T> implements PollListener<S> {
  /** Item id -> its JSON last delivered. */
  private readonly seen = new Map<string, string>();
  private first = true;
  private unsubscribe: (() => void) | undefined;
  private readonly select: ChangeStreamOptions<S, T>['select'];
  private readonly identify: ChangeStreamOptions<S, T>['identify'];
  private readonly onlyFirstInitially: boolean;
  private readonly isFinal: ChangeStreamOptions<S, T>['isFinal'];
  private readonly signal: AbortSignal | undefined;

  constructor(registry: LiveRegistry, options: ChangeStreamOptions<S, T>) {
    super();
    this.select = options.select;
    this.identify = options.identify;
    this.onlyFirstInitially = options.initial === 'first';
    this.isFinal = options.isFinal;
    this.signal = options.signal;
    this.unsubscribe = registry.watch(options.key, options.source, this);
    // The current snapshot is delivered inside watch(); if it already ended the stream, leave now.
    if (this.closed) this.leave();
    const { signal } = this;
    if (signal && !this.closed) {
      if (signal.aborted) void this.return();
      // `this` is the listener (handleEvent): no closure per subscriber.
      else signal.addEventListener('abort', this, { once: true });
    }
  }

  snapshot(snapshot: S): void {
    if (this.closed) return;
    const selected = this.select(snapshot);
    if (selected instanceof Error) {
      super.fail(selected);
      return;
    }
    const changed: T[] = [];
    for (const item of selected) {
      const id = this.identify(item);
      const json = jsonOf(item);
      if (this.seen.get(id) !== json) changed.push(item);
      this.seen.set(id, json);
    }
    const events = this.first && this.onlyFirstInitially ? selected.slice(0, 1) : changed;
    this.first = false;
    for (const item of events) {
      this.push(item);
      if (this.isFinal?.(item)) {
        this.end();
        return;
      }
    }
  }

  /** The poller failed (an Error), or shut down gracefully (`undefined`: complete, no error). */
  override fail(error: unknown): void {
    if (error === undefined) this.end();
    else super.fail(error);
  }

  /** The request's signal fired: the client went away. */
  handleEvent(): void {
    void this.return();
  }

  protected override onClose(): void {
    this.leave();
  }

  private leave(): void {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    unsubscribe?.();
    this.signal?.removeEventListener('abort', this);
  }
}

/** Shared identify functions: one function for every subscriber rather than a closure each. */
export const identifyById = (item: { id: string }): string => item.id;
export const identifyByUuid = (item: { uuid: string }): string => item.uuid;

export function changeStream<S, T>(registry: LiveRegistry, options: ChangeStreamOptions<S, T>): AsyncIterableIterator<T | LiveStreamError> {
  return new ChangeStream(registry, options);
}
