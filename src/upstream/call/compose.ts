/**
 * The one place that decides the order of the call wrappers. Each wrapper does one thing and is
 * tested alone (test/upstream-call-*.test.ts); what they do together is this list, read top-down
 * from the caller to the socket.
 */
import type { Dispatcher } from 'undici';
import type { CircuitBreaker } from '../breaker.js';
import type { UpstreamName } from '../errors.js';
import { budgetSlot, firstSlot, type AcquireSlot } from './budget-slot.js';
import { circuitBreaker, circuitGate } from './circuit.js';
import { deadline } from './deadline.js';
import { mapErrors, type DescribeError } from './errors.js';
import { observeAttempts } from './observe.js';
import { retry } from './retry.js';
import { send } from './send.js';
import { traceAttempts, traceCall } from './trace.js';
import { tracing } from '../../observability/tracing.js';
import type { AttemptInfo, Call, HttpRequest, HttpResponse, Wrapper } from './types.js';

export interface CallOptions {
  upstream: UpstreamName;
  /** Base URL, e.g. https://api.clickhouse.cloud (may contain a path prefix). */
  baseUrl: string;
  /** Deadline for one call, retries and backoff included. @default 10_000 */
  timeoutMs?: number;
  /** Retries after the first attempt (idempotent methods only). @default 3 */
  maxRetries?: number;
  /** Backoff base. @default 100 */
  baseDelayMs?: number;
  /** Backoff ceiling (Retry-After and X-RateLimit-Reset may exceed it). @default 2_000 */
  maxDelayMs?: number;
  /**
   * Called before every attempt (the budget hook); resolves to a release function that is called
   * once that attempt completes. `signal` aborts when the call is abandoned (deadline or caller),
   * so a budget can drop the queued waiter. @default none: attempts never wait
   */
  beforeAttempt?: AcquireSlot;
  /** Told about a 429 with Retry-After or X-RateLimit-Reset so the budget can pause the key. @default none */
  onRetryAfter?: (req: HttpRequest, untilEpochMs: number) => void;
  /** Extracts the upstream's error message / field errors from an error body. */
  describeError: DescribeError;
  /** Told about every attempt that went out. @default none */
  onAttempt?: (info: AttemptInfo) => void;
}

/** Applies `wrappers` around `terminal`, the first one outermost. */
export function chain(wrappers: readonly Wrapper[], terminal: Call): Call {
  return wrappers.reduceRight<Call>((next, wrap) => wrap(next), terminal);
}

export function composeCall(options: CallOptions & { dispatcher: Dispatcher; breaker: CircuitBreaker }): Call<HttpResponse> {
  const { upstream, breaker } = options;
  // Traced only while tracing is on (decided once, when the client is built): off, no wrapper.
  const traced = tracing.on;
  const call = chain(
    [
      // Outermost: a call refused by the circuit or the budget is a span too.
      ...(traced ? [traceCall({ upstream, baseUrl: options.baseUrl, budgeted: options.beforeAttempt !== undefined })] : []),
      // Refused before queueing for the budget: a call the circuit refuses costs no slot.
      circuitGate(breaker),
      // Queueing for the first slot is bounded by the budget, so it happens before the clock starts.
      firstSlot(options.beforeAttempt),
      deadline({ upstream, timeoutMs: options.timeoutMs }),
      retry({
        maxRetries: options.maxRetries,
        baseDelayMs: options.baseDelayMs,
        maxDelayMs: options.maxDelayMs,
        // An open circuit ends the retries now, rather than after a backoff that cannot help.
        beforeRetry: () => breaker.check(),
      }),
      // Below: once per attempt. The circuit may have opened during the backoff; ask before queueing.
      ...(traced ? [traceAttempts()] : []),
      circuitGate(breaker),
      budgetSlot({ acquire: options.beforeAttempt, onRetryAfter: options.onRetryAfter }),
      circuitBreaker(breaker),
      observeAttempts(options.onAttempt),
    ],
    send({ dispatcher: options.dispatcher, baseUrl: options.baseUrl }),
  );
  return mapErrors({ upstream, describeError: options.describeError })(call);
}
