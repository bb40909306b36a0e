/**
 * Errors raised by the upstream layer. They extend GraphQLError so that yoga passes them to
 * clients unmasked with a stable `extensions.code`.
 *
 * Two rules hold for every error here:
 * - Messages are written for humans and never contain URLs, headers or credentials. Text that
 *   comes from an upstream body goes through {@link sanitizeUpstreamText} first.
 * - `originalError` is never set: yoga masks a GraphQLError whose originalError chain ends in a
 *   plain Error, and a low-level error (e.g. from undici) may mention host names or URLs.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'GATEWAY_TIMEOUT'
  | 'UPSTREAM_ERROR';

export type UpstreamName = 'clickhouse' | 'divio';

export interface FieldError {
  field: string;
  messages: string[];
}

/** What an upstream error body told us, as extracted by the client's `describeError`. */
export interface ErrorDetail {
  message?: string;
  fieldErrors?: FieldError[];
  /** From a 429's Retry-After or X-RateLimit-Reset header (the longer), when known. */
  retryAfterMs?: number;
}

const UPSTREAM_LABELS: Record<UpstreamName, string> = {
  clickhouse: 'ClickHouse Cloud',
  divio: 'Divio',
};

/** Upstream messages are meant for people, but a stack trace or echoed payload must not flood ours. */
const MAX_UPSTREAM_MESSAGE_LENGTH = 500;
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
/** Anything that looks like an auth scheme followed by a token, in case an upstream echoes it. */
const CREDENTIAL_PATTERN = /\b(Basic|Bearer|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi;

export function upstreamLabel(upstream: UpstreamName): string {
  return UPSTREAM_LABELS[upstream];
}

/** Makes upstream-provided text safe to show: no URLs, no credential-looking tokens, bounded length. */
export function sanitizeUpstreamText(text: string): string {
  const cleaned = text
    .replace(URL_PATTERN, '[url]')
    .replace(CREDENTIAL_PATTERN, '$1 [redacted]')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_UPSTREAM_MESSAGE_LENGTH
    ? `${cleaned.slice(0, MAX_UPSTREAM_MESSAGE_LENGTH - 1)}…`
    : cleaned;
}

export interface UpstreamErrorOptions {
  upstreamStatus?: number;
  /** Extra extensions merged after `code`, `upstream` and `upstreamStatus`. */
  extensions?: Record<string, unknown>;
}

export class UpstreamError extends GraphQLError {
  readonly code: ErrorCode;
  readonly upstream: UpstreamName;
  readonly upstreamStatus?: number;

  constructor(code: ErrorCode, upstream: UpstreamName, message: string, options: UpstreamErrorOptions = {}) {
    const { upstreamStatus } = options;
    super(message, {
      extensions: {
        code,
        upstream,
        ...(upstreamStatus === undefined ? {} : { upstreamStatus }),
        ...options.extensions,
      },
    });
    this.name = new.target.name;
    this.code = code;
    this.upstream = upstream;
    if (upstreamStatus !== undefined) this.upstreamStatus = upstreamStatus;
  }
}

/** Appends the upstream's own explanation when it has one; it usually names what was wrong. */
function withDetail(base: string, detail?: string): string {
  const clean = detail === undefined ? '' : sanitizeUpstreamText(detail);
  return clean ? `${base}: ${clean}` : base;
}

export class UnauthenticatedError extends UpstreamError {
  constructor(upstream: UpstreamName, upstreamStatus?: number) {
    // The upstream's text is deliberately dropped: auth failures may echo the key that was sent.
    super('UNAUTHENTICATED', upstream, `${upstreamLabel(upstream)} rejected the credentials`, { upstreamStatus });
  }
}

export class ForbiddenError extends UpstreamError {
  constructor(upstream: UpstreamName, upstreamStatus?: number) {
    super('FORBIDDEN', upstream, `${upstreamLabel(upstream)} denied access: the credentials lack permission for this operation`, {
      upstreamStatus,
    });
  }
}

export class NotFoundError extends UpstreamError {
  constructor(upstream: UpstreamName, detail?: string, upstreamStatus?: number) {
    super('NOT_FOUND', upstream, withDetail(`${upstreamLabel(upstream)} could not find the requested resource`, detail), {
      upstreamStatus,
    });
  }
}

export class BadUserInputError extends UpstreamError {
  readonly fieldErrors: FieldError[];
  /** The upstream's validation message, sanitized; undefined when it gave none. */
  readonly upstreamMessage?: string;

  constructor(upstream: UpstreamName, detail: { message?: string; fieldErrors?: FieldError[] } = {}, upstreamStatus?: number) {
    const upstreamMessage = detail.message === undefined ? undefined : sanitizeUpstreamText(detail.message) || undefined;
    const fieldErrors = (detail.fieldErrors ?? []).map((fe) => ({
      field: fe.field,
      messages: fe.messages.map(sanitizeUpstreamText),
    }));
    super('BAD_USER_INPUT', upstream, upstreamMessage ?? `${upstreamLabel(upstream)} rejected the request as invalid`, {
      upstreamStatus,
      extensions: { fieldErrors },
    });
    this.fieldErrors = fieldErrors;
    if (upstreamMessage !== undefined) this.upstreamMessage = upstreamMessage;
  }
}

export class ConflictError extends UpstreamError {
  constructor(upstream: UpstreamName, detail?: string, upstreamStatus?: number) {
    super('CONFLICT', upstream, withDetail(`${upstreamLabel(upstream)} reported a conflict with the current state`, detail), {
      upstreamStatus,
    });
  }
}

export class RateLimitedError extends UpstreamError {
  /** How long the caller should wait before trying again, when known. */
  readonly retryAfterMs?: number;

  constructor(upstream: UpstreamName, options: { retryAfterMs?: number; upstreamStatus?: number; message?: string } = {}) {
    const { retryAfterMs, upstreamStatus } = options;
    const hint = retryAfterMs === undefined ? '' : `; retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;
    const message = options.message ?? `${upstreamLabel(upstream)} rate limit reached for these credentials${hint}`;
    super('RATE_LIMITED', upstream, message, {
      upstreamStatus,
      extensions: retryAfterMs === undefined ? {} : { retryAfterMs },
    });
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

export class UpstreamUnavailableError extends UpstreamError {
  /** `detail` lets subclasses (e.g. {@link CircuitOpenError}) say why in their own words. */
  constructor(upstream: UpstreamName, upstreamStatus?: number, detail: { message?: string; extensions?: Record<string, unknown> } = {}) {
    const message =
      detail.message ??
      (upstreamStatus === undefined
        ? `${upstreamLabel(upstream)} could not be reached`
        : `${upstreamLabel(upstream)} is unavailable (HTTP ${upstreamStatus})`);
    super('UPSTREAM_UNAVAILABLE', upstream, message, { upstreamStatus, extensions: detail.extensions });
  }
}

const MS_PER_SECOND = 1_000;

/**
 * UPSTREAM_UNAVAILABLE raised by the circuit breaker without calling the upstream, because recent
 * attempts kept failing. `extensions.circuit` is always 'open' (the call was not sent) and
 * `retryAfterMs` says when the breaker next lets a call through.
 */
export class CircuitOpenError extends UpstreamUnavailableError {
  readonly retryAfterMs: number;

  /** @param probing a recovery probe is in flight, so the wait is only an estimate. */
  constructor(upstream: UpstreamName, retryAfterMs: number, probing = false) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / MS_PER_SECOND));
    const why = probing ? 'after repeated failures, while checking whether it has recovered' : `for ${seconds} s after repeated failures`;
    super(upstream, undefined, {
      message: `${upstreamLabel(upstream)} is unavailable (failing fast ${why})`,
      extensions: { circuit: 'open', retryAfterMs },
    });
    this.retryAfterMs = retryAfterMs;
  }
}

export class GatewayTimeoutError extends UpstreamError {
  constructor(upstream: UpstreamName, timeoutMs?: number) {
    const within = timeoutMs === undefined ? 'in time' : `within ${timeoutMs} ms`;
    super('GATEWAY_TIMEOUT', upstream, `${upstreamLabel(upstream)} did not answer ${within}`);
  }
}

/** Code UPSTREAM_ERROR: the upstream answered, but with a body we cannot make sense of. */
export class UpstreamProtocolError extends UpstreamError {
  constructor(upstream: UpstreamName, what = 'an unexpected response', upstreamStatus?: number) {
    super('UPSTREAM_ERROR', upstream, `${upstreamLabel(upstream)} returned ${what}`, { upstreamStatus });
  }
}

/** Maps a final non-2xx upstream status to the error a GraphQL client sees. */
export function errorForStatus(upstream: UpstreamName, status: number, detail: ErrorDetail = {}): UpstreamError {
  switch (status) {
    case 400:
    case 422:
      return new BadUserInputError(upstream, detail, status);
    case 401:
      return new UnauthenticatedError(upstream, status);
    case 403:
      return new ForbiddenError(upstream, status);
    case 404:
      return new NotFoundError(upstream, detail.message, status);
    case 409:
      return new ConflictError(upstream, detail.message, status);
    case 429:
      return new RateLimitedError(upstream, { retryAfterMs: detail.retryAfterMs, upstreamStatus: status });
    default:
      return new UpstreamUnavailableError(upstream, status);
  }
}
