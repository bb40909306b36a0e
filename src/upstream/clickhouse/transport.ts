/**
 * The ClickHouse Cloud transport: the shared transport with the v1 envelope's error reader.
 */
import type { ErrorDetail } from '../errors.js';
import type { AttemptInfo } from '../http.js';
import { createTransport, type Transport, type TransportOptions } from '../transport.js';

export type ClickHouseTransport = Transport;

export interface ClickHouseTransportOptions {
  /** Upstream base URL; paths `/v1/...` are appended. */
  baseUrl: string;
  /** Deadline for one call, retries included. */
  timeoutMs: number;
  /** Calls per window per key (CLICKHOUSE_RATE_LIMIT); null turns the budget off. */
  rateLimit: { limit: number; windowMs: number } | null;
  onAttempt?: (info: AttemptInfo) => void;
  /** Circuit breaker tuning (CIRCUIT_*). */
  circuitBreaker?: TransportOptions['circuitBreaker'];
  shared?: TransportOptions['shared'];
  staleIfErrorMs?: TransportOptions['staleIfErrorMs'];
  inMotionTtlMs?: number;
}

/** Pulls the human message out of the v1 error envelope `{status, error, requestId}`. */
export function describeClickHouseError(_status: number, json: unknown, text: string): ErrorDetail {
  if (json && typeof json === 'object' && 'error' in json && typeof json.error === 'string') {
    return { message: json.error };
  }
  return text && text.length < 200 && !text.trimStart().startsWith('<') ? { message: text } : {};
}

export function createClickHouseTransport(options: ClickHouseTransportOptions): ClickHouseTransport {
  return createTransport({ ...options, upstream: 'clickhouse', describeError: describeClickHouseError });
}
