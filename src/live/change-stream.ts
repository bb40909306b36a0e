/**
 * A subscriber's view of a shared poller: from each snapshot it selects the items it cares about
 * and emits only those that changed since it last saw them. The first snapshot is the current
 * state; later snapshots produce one event per changed item.
 */
import { createEventQueue, type LiveStreamError } from './event-queue.js';
import type { PollSource } from './poller.js';
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
const fingerprints = new WeakMap<object, string>();

function fingerprintOf(item: unknown): string {
  if (item === null || typeof item !== 'object') return JSON.stringify(item);
  let fingerprint = fingerprints.get(item);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify(item);
    fingerprints.set(item, fingerprint);
  }
  return fingerprint;
}

export function changeStream<S, T>(
  registry: LiveRegistry,
  options: ChangeStreamOptions<S, T>,
): AsyncIterableIterator<T | LiveStreamError> {
  // Only what each event needs: the options (and the source's context) are not kept per subscriber.
  const { key, source, select, identify, initial, isFinal, signal } = options;
  const seen = new Map<string, string>();
  let first = true;
  let unsubscribe: () => void = () => {};
  const queue = createEventQueue<T>(() => unsubscribe());

  const deliver = (item: T): boolean => {
    queue.push(item);
    if (isFinal?.(item)) {
      queue.end();
      return false;
    }
    return true;
  };

  unsubscribe = registry.watch(key, source, {
    snapshot(snapshot) {
      if (queue.closed) return;
      const selected = select(snapshot);
      if (selected instanceof Error) {
        queue.fail(selected);
        return;
      }
      const changed: T[] = [];
      for (const item of selected) {
        const id = identify(item);
        const fingerprint = fingerprintOf(item);
        if (seen.get(id) !== fingerprint) changed.push(item);
        seen.set(id, fingerprint);
      }
      const events = first && initial === 'first' ? selected.slice(0, 1) : changed;
      first = false;
      for (const item of events) if (!deliver(item)) return;
    },
    fail(error) {
      // `undefined` is a graceful end (shutdown): complete without an error.
      if (error === undefined) queue.end();
      else queue.fail(error);
    },
  });
  // The current snapshot is delivered inside watch(); if it already ended the stream, leave now.
  if (queue.closed) unsubscribe();
  if (signal) {
    if (signal.aborted) void queue.iterator.return?.();
    else signal.addEventListener('abort', () => void queue.iterator.return?.(), { once: true });
  }
  return queue.iterator;
}
