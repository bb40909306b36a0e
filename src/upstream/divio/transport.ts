/**
 * The Divio transport: the shared transport with DRF's error reader. Divio publishes no rate
 * limit, so the budget is a courtesy cap per token (DIVIO_RATE_LIMIT) and 429 Retry-After pauses it.
 */
import type { ErrorDetail, FieldError } from '../errors.js';
import type { AttemptInfo } from '../http.js';
import { createTransport, type Transport, type TransportOptions } from '../transport.js';

export type DivioTransport = Transport;

/** A generous self-imposed cap so one gateway cannot hammer Divio with one token. */
export const DIVIO_RATE_LIMIT = { limit: 50, windowMs: 1_000 } as const;

export interface DivioTransportOptions {
  /** Upstream base URL; paths `/apps/v3/...` are appended. */
  baseUrl: string;
  timeoutMs: number;
  /** @default DIVIO_RATE_LIMIT */
  rateLimit?: { limit: number; windowMs: number } | null;
  onAttempt?: (info: AttemptInfo) => void;
  /** Circuit breaker tuning (CIRCUIT_*). */
  circuitBreaker?: TransportOptions['circuitBreaker'];
  shared?: TransportOptions['shared'];
  staleIfErrorMs?: TransportOptions['staleIfErrorMs'];
}

function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  // Nested serializers report {field: {inner: [..]}}; flatten them into readable text.
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => messagesOf(inner).map((message) => `${key}: ${message}`));
  }
  return [];
}

/** DRF errors: `{"detail": "..."}` or a field map `{"field": ["..."], "non_field_errors": [...]}`. */
export function describeDivioError(_status: number, json: unknown): ErrorDetail {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const body = json as Record<string, unknown>;
  if (typeof body.detail === 'string') return { message: body.detail };
  const fieldErrors: FieldError[] = Object.entries(body)
    .map(([field, value]) => ({ field, messages: messagesOf(value) }))
    .filter((entry) => entry.messages.length > 0);
  if (fieldErrors.length === 0) return {};
  const first = fieldErrors[0]!;
  const message = first.field === 'non_field_errors' ? first.messages[0]! : `${first.field}: ${first.messages[0]}`;
  return { message, fieldErrors };
}

export function createDivioTransport(options: DivioTransportOptions): DivioTransport {
  return createTransport({
    upstream: 'divio',
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    rateLimit: options.rateLimit === undefined ? DIVIO_RATE_LIMIT : options.rateLimit,
    describeError: describeDivioError,
    onAttempt: options.onAttempt,
    circuitBreaker: options.circuitBreaker,
    shared: options.shared,
    staleIfErrorMs: options.staleIfErrorMs,
  });
}
