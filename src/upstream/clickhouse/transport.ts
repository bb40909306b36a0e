/**
 * The shared ClickHouse Cloud transport: one undici client for the origin, one call budget and one
 * response cache, all shared by every request and keyed by credential fingerprint. A
 * ClickHouseClient (client.ts) is the per-request view of it for one credential.
 */
import { CallBudget, UNLIMITED_BUDGET, type Budget } from '../budget.js';
import { ResponseCache } from '../cache.js';
import { createHttpClient, type AttemptInfo, type HttpClient } from '../http.js';
import type { ErrorDetail } from '../errors.js';

export interface ClickHouseTransportOptions {
  /** Upstream base URL; paths `/v1/...` are appended. */
  baseUrl: string;
  /** Deadline for one call, retries included. */
  timeoutMs: number;
  /** Calls per window per key; null turns the budget off. */
  rateLimit: { limit: number; windowMs: number } | null;
  /** Observes every attempt (metrics, tests). */
  onAttempt?: (info: AttemptInfo) => void;
}

export interface ClickHouseTransport {
  readonly http: HttpClient;
  readonly budget: Budget;
  readonly cache: ResponseCache;
  close(): Promise<void>;
}

/** Pulls the human message out of the v1 error envelope `{status, error, requestId}`. */
export function describeClickHouseError(_status: number, json: unknown, text: string): ErrorDetail {
  if (json && typeof json === 'object' && 'error' in json && typeof json.error === 'string') {
    return { message: json.error };
  }
  return text && text.length < 200 && !text.trimStart().startsWith('<') ? { message: text } : {};
}

export function createClickHouseTransport(options: ClickHouseTransportOptions): ClickHouseTransport {
  const budget: Budget = options.rateLimit
    ? new CallBudget({ ...options.rateLimit, upstream: 'clickhouse' })
    : UNLIMITED_BUDGET;
  const http = createHttpClient({
    upstream: 'clickhouse',
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    beforeAttempt: (req, signal) => budget.acquire(req.budgetKey ?? 'anonymous', signal),
    onRetryAfter: (req, until) => budget.pauseUntil(req.budgetKey ?? 'anonymous', until),
    describeError: describeClickHouseError,
    onAttempt: options.onAttempt,
  });
  return { http, budget, cache: new ResponseCache(), close: () => http.close() };
}
