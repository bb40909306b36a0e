/**
 * One deadline per call, covering every attempt and every backoff below it (a per-attempt timeout
 * would let retries stretch a call far past what its caller can wait). Its abort is told apart from
 * the caller's: the deadline answers GATEWAY_TIMEOUT, a caller that left gets its own abort back.
 * It does not race what is below: everything there (undici, the backoff sleep, the budget queue)
 * gives up on ctx.signal, and waiting for that means the call ends when its attempt really has
 * (request cut, slot released, outcome told to the breaker), not while it is still on the wire.
 */
import { GatewayTimeoutError, UpstreamError, type UpstreamName } from '../errors.js';
import type { Wrapper } from './types.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Abort reason of the deadline; recognised by identity, never shown to anyone. */
const DEADLINE_EXCEEDED = Object.freeze(new Error('upstream call deadline exceeded'));

export interface DeadlineOptions {
  upstream: UpstreamName;
  /** Time for the whole call, retries and backoff included. @default 10_000 */
  timeoutMs?: number;
}

/** Why `signal` aborted, as the circuit breaker needs to know it; undefined while it has not. */
export function abortCause(signal: AbortSignal): 'deadline' | 'caller' | undefined {
  if (!signal.aborted) return undefined;
  return signal.reason === DEADLINE_EXCEEDED ? 'deadline' : 'caller';
}

export function deadline(options: DeadlineOptions): Wrapper {
  const { upstream, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  return (next) => async (req, ctx) => {
    const caller = ctx.signal;
    if (caller.aborted) throw caller.reason;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(DEADLINE_EXCEEDED), timeoutMs);
    // Manual linking rather than AbortSignal.any: long-lived caller signals leak with any() on Node 20.
    const onCallerAbort = () => controller.abort(caller.reason);
    caller.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const deadlineAt = Math.min(ctx.deadlineAt, Date.now() + timeoutMs);
      return await next(req, { ...ctx, signal: controller.signal, deadlineAt });
    } catch (error) {
      if (caller.aborted) throw caller.reason;
      // An UpstreamError raised in time (a circuit refusal, a budget refusal) is the better answer.
      if (controller.signal.aborted && !(error instanceof UpstreamError)) throw new GatewayTimeoutError(upstream, timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
      caller.removeEventListener('abort', onCallerAbort);
    }
  };
}
