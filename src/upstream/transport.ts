/**
 * A shared upstream transport: one undici client for the origin, one call budget and one response
 * cache, shared by every request and keyed by credential fingerprint. Per-request clients
 * (clickhouse/client.ts, divio/client.ts) are views of it bound to one credential.
 */
import { CallBudget, UNLIMITED_BUDGET, type Budget } from './budget.js';
import { ResponseCache } from './cache.js';
import type { ErrorDetail, UpstreamName } from './errors.js';
import { createHttpClient, type AttemptInfo, type HttpClient } from './http.js';

export interface TransportOptions {
  upstream: UpstreamName;
  /** Upstream base URL; absolute API paths are appended. */
  baseUrl: string;
  /** Deadline for one call, retries included (it starts when the budget grants the call). */
  timeoutMs: number;
  /** Calls per window per credential; null turns the budget off. */
  rateLimit: { limit: number; windowMs: number } | null;
  /** Extracts the upstream's message / field errors from an error body. */
  describeError: (status: number, json: unknown, text: string) => ErrorDetail;
  /** Observes every attempt (metrics, tests). */
  onAttempt?: (info: AttemptInfo) => void;
}

export interface Transport {
  readonly http: HttpClient;
  readonly budget: Budget;
  readonly cache: ResponseCache;
  close(): Promise<void>;
}

export function createTransport(options: TransportOptions): Transport {
  const budget: Budget = options.rateLimit
    ? new CallBudget({ ...options.rateLimit, upstream: options.upstream })
    : UNLIMITED_BUDGET;
  const http = createHttpClient({
    upstream: options.upstream,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    beforeAttempt: (req, signal) => budget.acquire(req.budgetKey ?? 'anonymous', signal),
    onRetryAfter: (req, until) => budget.pauseUntil(req.budgetKey ?? 'anonymous', until),
    describeError: options.describeError,
    onAttempt: options.onAttempt,
  });
  return { http, budget, cache: new ResponseCache(), close: () => http.close() };
}
