/**
 * The per-credential call budget, seen from a call: every attempt holds a slot while it is out,
 * and a 429's Retry-After or X-RateLimit-Reset (the longer) pauses the credential. The first slot
 * is queued for before the deadline starts (firstSlot), because queueing is bounded by the budget
 * itself (RATE_LIMITED when it cannot be served in time), while the deadline measures the upstream
 * call from when it may start.
 */
import { rateLimitWaitMs } from '../retry.js';
import type { CallMeter, HttpRequest, ReleaseSlot, Wrapper } from './types.js';

/**
 * Resolves to a release function once `req` may go out. `signal` aborts when the call is
 * abandoned (deadline or caller), so a budget can drop the queued waiter.
 */
export type AcquireSlot = (req: HttpRequest, signal: AbortSignal) => Promise<ReleaseSlot>;

export interface BudgetSlotOptions {
  /** The budget hook (HttpClientOptions.beforeAttempt). @default none: every attempt may go out at once */
  acquire?: AcquireSlot;
  /** Told about a 429 with Retry-After or X-RateLimit-Reset so the budget can pause the credential. @default none */
  onRetryAfter?: (req: HttpRequest, untilEpochMs: number) => void;
}

const TOO_MANY_REQUESTS = 429;
const NO_SLOT: ReleaseSlot = () => {};

/**
 * Waits for a slot, and stops waiting as soon as `signal` aborts. A slot the budget grants after
 * that is released at once: nobody will use it, and a slot never released shrinks the budget for
 * good (a shared budget can answer a grant that was already on its way when the caller left).
 */
export function acquireSlot(acquire: AcquireSlot, req: HttpRequest, signal: AbortSignal): Promise<ReleaseSlot> {
  const pending = req.meter ? timed(acquire(req, signal), req.meter) : acquire(req, signal);
  return new Promise((resolve, reject) => {
    let abandoned = false;
    const onAbort = () => {
      abandoned = true;
      reject(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (release) => {
        signal.removeEventListener('abort', onAbort);
        if (abandoned) release();
        else resolve(release);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** `pending`, telling `meter` how long it took to settle (granted or refused). */
function timed<T>(pending: Promise<T>, meter: CallMeter): Promise<T> {
  const queuedAt = performance.now();
  return pending.finally(() => meter.budgetWait(performance.now() - queuedAt));
}

/**
 * Queues for the first attempt's slot with the caller's signal, then hands it down to budgetSlot
 * through `ctx.takeGrantedSlot`. A slot the first attempt never took (the circuit refused it) is
 * released when the call ends.
 */
export function firstSlot(acquire: AcquireSlot | undefined): Wrapper {
  return (next) => async (req, ctx) => {
    if (!acquire) return next(req, ctx);
    let granted: ReleaseSlot | undefined = await acquireSlot(acquire, req, ctx.signal);
    const takeGrantedSlot = () => {
      const slot = granted;
      granted = undefined;
      return slot;
    };
    try {
      return await next(req, { ...ctx, takeGrantedSlot });
    } finally {
      takeGrantedSlot()?.();
    }
  };
}

/** Holds one slot per attempt, from before it is sent until its answer is read. */
export function budgetSlot(options: BudgetSlotOptions): Wrapper {
  const { acquire, onRetryAfter } = options;
  return (next) => async (req, ctx) => {
    const release = ctx.takeGrantedSlot?.() ?? (acquire ? await acquireSlot(acquire, req, ctx.signal) : NO_SLOT);
    let answer;
    try {
      answer = await next(req, ctx);
    } finally {
      release();
    }
    req.meter?.answered(answer.status);
    const retryAfterMs = answer.status === TOO_MANY_REQUESTS ? rateLimitWaitMs(answer.headers) : undefined;
    if (retryAfterMs !== undefined) onRetryAfter?.(req, Date.now() + retryAfterMs);
    return answer;
  };
}
