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
 * The longest wait a 429's headers can impose, however far off they say: a misread epoch or a
 * garbled header must not pause a key for years. Past it, one call goes out and finds out again.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 60 * 60 * MS_PER_SECOND;
const DELTA_SECONDS = /^\d+(\.\d+)?$/;
/** RFC 9110's three HTTP-date forms all start with a day name; V8's Date.parse takes "x 2099" too. */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;
/** From here on a number is a Unix time in seconds (2001-09-09), and from 10^12 one in milliseconds. */
const EPOCH_SECONDS_FROM = 1e9;
const EPOCH_MILLISECONDS_FROM = 1e12;

function parseHttpDate(value: string, now: number): number | undefined {
  const date = HTTP_DATE.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A non-negative decimal number of seconds, or undefined. */
function parseSeconds(value: string): number | undefined {
  if (!DELTA_SECONDS.test(value)) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Retry-After as ms from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Fractional
 * seconds are accepted leniently. Returns undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const seconds = parseSeconds(trimmed);
  return seconds === undefined ? parseHttpDate(trimmed, now) : Math.ceil(seconds * MS_PER_SECOND);
}

/**
 * X-RateLimit-Reset as ms from `now`. No standard fixes its form, so it is read by size: seconds to
 * wait (how ClickHouse's own Terraform provider reads ClickHouse Cloud's), a Unix time in seconds
 * from 10^9, in milliseconds from 10^12; or an HTTP-date. A time already past is 0 ms; anything
 * else, such as a negative number, is undefined.
 */
export function parseRateLimitReset(value: string | undefined, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const number = parseSeconds(trimmed);
  if (number === undefined) return parseHttpDate(trimmed, now);
  if (number >= EPOCH_MILLISECONDS_FROM) return Math.max(0, Math.ceil(number - now));
  if (number >= EPOCH_SECONDS_FROM) return Math.max(0, Math.ceil(number * MS_PER_SECOND - now));
  return Math.ceil(number * MS_PER_SECOND);
}

/**
 * How long an answer's headers ask us to wait, in ms: the longer of Retry-After and
 * X-RateLimit-Reset, capped at {@link MAX_RATE_LIMIT_WAIT_MS}; undefined when neither says (or
 * neither can be read).
 */
export function rateLimitWaitMs(headers: Readonly<Record<string, string>>, now: number = Date.now()): number | undefined {
  const waits = [parseRetryAfter(headers['retry-after'], now), parseRateLimitReset(headers['x-ratelimit-reset'], now)];
  const known = waits.filter((wait) => wait !== undefined);
  return known.length === 0 ? undefined : Math.min(MAX_RATE_LIMIT_WAIT_MS, Math.max(...known));
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
