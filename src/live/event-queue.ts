/**
 * A push-to-pull bridge: a producer pushes events, ends, or fails; GraphQL's subscribe consumes an
 * AsyncIterableIterator. return() (client gone) runs the cleanup exactly once.
 */

/** Carried as a final event so the field resolver can turn it into a coded GraphQL error. */
export class LiveStreamError {
  constructor(readonly error: unknown) {}
}

export interface EventQueue<T> {
  iterator: AsyncIterableIterator<T | LiveStreamError>;
  push(event: T): void;
  /** Delivers the error as the last event, then ends. */
  fail(error: unknown): void;
  end(): void;
  readonly closed: boolean;
}

/** Events buffered for a slow consumer before the oldest are dropped (snapshots supersede them). */
const MAX_BUFFERED_EVENTS = 100;

export function createEventQueue<T>(onClose: () => void): EventQueue<T> {
  const buffer: (T | LiveStreamError)[] = [];
  const waiting: ((result: IteratorResult<T | LiveStreamError>) => void)[] = [];
  let ending = false;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };

  const deliver = (event: T | LiveStreamError) => {
    if (closed || ending) return;
    const resolve = waiting.shift();
    if (resolve) resolve({ value: event, done: false });
    else {
      buffer.push(event);
      if (buffer.length > MAX_BUFFERED_EVENTS) buffer.shift();
    }
  };

  const iterator: AsyncIterableIterator<T | LiveStreamError> = {
    next() {
      const event = buffer.shift();
      if (event !== undefined) return Promise.resolve({ value: event, done: false });
      if (ending || closed) {
        close();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      buffer.length = 0;
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    iterator,
    push: deliver,
    fail(error) {
      deliver(new LiveStreamError(error));
      this.end();
    },
    end() {
      if (ending) return;
      ending = true;
      // Wake consumers waiting on an empty buffer; buffered events are still drained first.
      if (buffer.length === 0) close();
    },
    get closed() {
      return closed;
    },
  };
}
