/** Retry policy pieces used by the HTTP client, kept apart so they can be reasoned about alone. */

/** Methods whose repetition cannot duplicate a side effect; only these are retried. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

const TOO_MANY_REQUESTS = 429;

/** 429 and 5xx are the statuses where the same request may succeed a moment later. */
export function isRetryableStatus(status: number): boolean {
  return status === TOO_MANY_REQUESTS || (status >= 500 && status <= 599);
}

/**
 * Error codes of failures that happen before a response exists and that a new connection may
 * fix. Undici reports a peer closing the socket as UND_ERR_SOCKET ("other side closed").
 */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Node wraps some connect failures (e.g. happy-eyeballs) in an AggregateError without a code.
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? errorCodeOf(inner[0]) : undefined;
}

export function isTransientNetworkError(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && TRANSIENT_NETWORK_CODES.has(code);
}

/**
 * Full-jitter exponential backoff: uniformly random in [0, min(maxDelayMs, baseDelayMs·2^attempt)].
 * Jitter spreads out clients that failed together so they do not retry in lockstep.
 * @param attempt 0 for the wait after the first failed attempt.
 */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

const MS_PER_SECOND = 1_000;

/**
 * Retry-After as ms from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Fractional
 * seconds are accepted leniently. Returns undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * MS_PER_SECOND);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
