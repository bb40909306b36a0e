/**
 * The circuit breaker around a call, in two places because the breaker has two questions:
 * circuitGate asks "would you refuse now?" before a call queues for a budget slot, so a refused
 * call costs no budget; circuitBreaker admits the attempt once it holds its slot (in half-open,
 * as the one probe) and reports what the attempt said about the origin.
 */
import { attemptHealth, type CircuitBreaker } from '../breaker.js';
import { errorCodeOf } from '../retry.js';
import { abortCause } from './deadline.js';
import type { Wrapper } from './types.js';

/** Fails fast with the breaker's CircuitOpenError while it would refuse; takes no probe. */
export function circuitGate(breaker: CircuitBreaker): Wrapper {
  return (next) => async (req, ctx) => {
    breaker.check();
    return next(req, ctx);
  };
}

/** Admits one attempt and reports its health: a status, a connection failure, or who cut it short. */
export function circuitBreaker(breaker: CircuitBreaker): Wrapper {
  return (next) => async (req, ctx) => {
    // Asked again: the circuit may have opened while this call queued for its slot.
    const token = breaker.admit();
    try {
      const answer = await next(req, ctx);
      token[attemptHealth(answer)]();
      return answer;
    } catch (error) {
      token[attemptHealth({ errorCode: errorCodeOf(error), cutBy: abortCause(ctx.signal) })]();
      throw error;
    }
  };
}
