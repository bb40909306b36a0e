/**
 * A push-to-pull bridge: a producer pushes events, ends, or fails; GraphQL's subscribe consumes an
 * AsyncIterableIterator. return() (client gone) runs the cleanup exactly once.
 *
 * A class, not closures: a gateway holds one per subscriber (10,000 and more), and methods on a
 * prototype cost nothing per instance where a dozen closures and their scopes cost kilobytes.
 */

/** Carried as a final event so the field resolver can turn it into a coded GraphQL error. */
export class LiveStreamError {
  constructor(readonly error: unknown) {}
}

/** Events buffered for a slow consumer before the oldest are dropped (snapshots supersede them). */
const MAX_BUFFERED_EVENTS = 100;

type Waiter<T> = (result: IteratorResult<T | LiveStreamError>) => void;

export class EventQueue<T> implements AsyncIterableIterator<T | LiveStreamError> {
  /** Allocated on the first event nobody was waiting for (a quiet subscriber never needs one). */
  private buffer: (T | LiveStreamError)[] | undefined;
  /** A consumer awaits one next() at a time; more are queued only for an unusual consumer. */
  private waiter: Waiter<T> | undefined;
  private moreWaiters: Waiter<T>[] | undefined;
  private ending = false;
  private isClosed = false;

  /** Called once, when the stream closes (client gone, ended or failed and drained). */
  protected onClose(): void {}

  get closed(): boolean {
    return this.isClosed;
  }

  push(event: T): void {
    this.deliver(event);
  }

  /** Delivers the error as the last event, then ends. */
  fail(error: unknown): void {
    this.deliver(new LiveStreamError(error));
    this.end();
  }

  end(): void {
    if (this.ending) return;
    this.ending = true;
    // Wake consumers waiting on an empty buffer; buffered events are still drained first.
    if (!this.buffer?.length) this.close();
  }

  next(): Promise<IteratorResult<T | LiveStreamError>> {
    const event = this.buffer?.shift();
    if (event !== undefined) return Promise.resolve({ value: event, done: false });
    if (this.ending || this.isClosed) {
      this.close();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      if (this.waiter === undefined) this.waiter = resolve;
      else (this.moreWaiters ??= []).push(resolve);
    });
  }

  return(): Promise<IteratorResult<T | LiveStreamError>> {
    this.buffer = undefined;
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T | LiveStreamError>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private takeWaiter(): Waiter<T> | undefined {
    const waiter = this.waiter;
    this.waiter = this.moreWaiters?.shift();
    return waiter;
  }

  private deliver(event: T | LiveStreamError): void {
    if (this.isClosed || this.ending) return;
    const resolve = this.takeWaiter();
    if (resolve) resolve({ value: event, done: false });
    else {
      const buffer = (this.buffer ??= []);
      buffer.push(event);
      if (buffer.length > MAX_BUFFERED_EVENTS) buffer.shift();
    }
  }

  private close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.onClose();
    for (let resolve = this.takeWaiter(); resolve; resolve = this.takeWaiter()) resolve({ value: undefined, done: true });
  }
}
