/**
 * The callers of one load in flight. The load is aborted only when every caller that joined it has
 * gone away; a caller without a signal keeps it alive for good.
 */
export class FlightInterest {
  readonly controller = new AbortController();
  private waiting = 0;
  private pinned = false;

  /** Joins `promise` for a caller: it settles with the load, or rejects when the caller's signal aborts. */
  join<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) {
      this.pinned = true;
      return promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    this.waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        this.leave();
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  private leave(): void {
    this.waiting -= 1;
    if (this.waiting === 0 && !this.pinned) this.controller.abort(new Error('every caller of this load went away'));
  }
}
