/**
 * Retries an idempotent call on 429, 5xx and transient network errors, with full-jitter backoff,
 * honouring Retry-After and X-RateLimit-Reset, and never waiting past the call's deadline
 * (undici's RetryHandler and Hive Gateway's useUpstreamRetry are the models). The policy pieces
 * live in ../retry.ts.
 */
import { backoffDelay, isIdempotent, isRetryableStatus, isTransientNetworkError, rateLimitWaitMs, sleep } from '../retry.js';
import type { UpstreamAnswer, Wrapper } from './types.js';

export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_BASE_DELAY_MS = 100;
export const DEFAULT_MAX_DELAY_MS = 2_000;

export interface RetryOptions {
  /** Retries after the first attempt (idempotent methods only). @default 3 */
  maxRetries?: number;
  /** Backoff base. @default 100 */
  baseDelayMs?: number;
  /** Backoff ceiling (Retry-After and X-RateLimit-Reset may exceed it). @default 2_000 */
  maxDelayMs?: number;
  /**
   * Asked before every backoff; throwing ends the retries with that error. The circuit breaker
   * uses it: once the circuit is open, a backoff cannot help. @default none
   */
  beforeRetry?: () => void;
  /** Source of the jitter, in [0, 1). @default Math.random */
  random?: () => number;
}

type Outcome = { answer: UpstreamAnswer } | { error: unknown };

export function retry(options: RetryOptions = {}): Wrapper {
  const {
    maxRetries = DEFAULT_MAX_RETRIES,
    baseDelayMs = DEFAULT_BASE_DELAY_MS,
    maxDelayMs = DEFAULT_MAX_DELAY_MS,
    random = Math.random,
  } = options;
  return (next) => async (req, ctx) => {
    const idempotent = isIdempotent(req.method);
    for (let attempt = 1; ; attempt++) {
      const outcome: Outcome = await next(req, { ...ctx, attempt }).then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      );
      const worthRetrying = 'answer' in outcome ? isRetryableStatus(outcome.answer.status) : !ctx.signal.aborted && isTransientNetworkError(outcome.error);
      if (!idempotent || attempt > maxRetries || !worthRetrying) return settle(outcome);

      options.beforeRetry?.();
      const retryAfterMs = 'answer' in outcome ? rateLimitWaitMs(outcome.answer.headers) : undefined;
      const waitMs = Math.max(retryAfterMs ?? 0, backoffDelay(attempt - 1, baseDelayMs, maxDelayMs, random));
      // Waiting past the deadline would only turn a precise error into a vague timeout.
      if (Date.now() + waitMs >= ctx.deadlineAt) return settle(outcome);
      await sleep(waitMs, ctx.signal);
    }
  };
}

function settle(outcome: Outcome): UpstreamAnswer {
  if ('error' in outcome) throw outcome.error;
  return outcome.answer;
}
