/**
 * HTTP client for one upstream origin: undici Agent with keep-alive, one deadline covering every
 * attempt and backoff, retries for idempotent methods, a circuit breaker, and UpstreamErrors.
 */
import { Agent, type Dispatcher } from 'undici';
import { CircuitBreaker, attemptHealth, isConnectionFailure, type CircuitToken } from './breaker.js';
import {
  GatewayTimeoutError,
  UpstreamError,
  UpstreamProtocolError,
  UpstreamUnavailableError,
  errorForStatus,
  type FieldError,
  type UpstreamName,
} from './errors.js';
import { backoffDelay, errorCodeOf, isIdempotent, isRetryableStatus, isTransientNetworkError, parseRetryAfter, sleep } from './retry.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Starts with '/', includes any query string; appended to the base URL's path. */
  path: string;
  headers?: Record<string, string>;
  /** JSON-encoded when present. */
  body?: unknown;
  /** A body already encoded (a multipart upload), sent as it is instead of `body`. */
  encodedBody?: { bytes: Uint8Array; contentType: string };
  /** Passed through to beforeAttempt (a credential fingerprint, never a secret). */
  budgetKey?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** Parsed body; undefined when the body is empty or not JSON. */
  json: unknown;
  attempts: number;
}

export interface AttemptInfo {
  method: string;
  path: string;
  status?: number;
  /** Error code (e.g. ECONNRESET) when the attempt got no response; never a URL. */
  error?: string;
  durationMs: number;
  /** 1-based. */
  attempt: number;
}

export interface HttpClientOptions {
  upstream: UpstreamName;
  /** Base URL, e.g. https://api.clickhouse.cloud (may contain a path prefix). */
  baseUrl: string;
  /** Deadline for one call, retries and backoff included. @default 10_000 */
  timeoutMs?: number;
  /** Retries after the first attempt (idempotent methods only). @default 3 */
  maxRetries?: number;
  /** Backoff base. @default 100 */
  baseDelayMs?: number;
  /** Backoff ceiling (Retry-After may exceed it). @default 2_000 */
  maxDelayMs?: number;
  /**
   * Called before every attempt (the budget hook); resolves to a release function that is called
   * once that attempt completes. `signal` aborts when the call is abandoned (deadline or caller),
   * so a budget can drop the queued waiter.
   */
  beforeAttempt?: (req: HttpRequest, signal: AbortSignal) => Promise<() => void>;
  /** Told about a 429 with Retry-After so the budget can pause the key. */
  onRetryAfter?: (req: HttpRequest, untilEpochMs: number) => void;
  /** Extracts the upstream's error message / field errors from an error body. */
  describeError: (status: number, json: unknown, text: string) => { message?: string; fieldErrors?: FieldError[] };
  onAttempt?: (info: AttemptInfo) => void;
  /** For tests: a custom undici dispatcher. It is not closed by close(). */
  dispatcher?: Dispatcher;
  /**
   * Asked before every attempt (before its budget slot) and told its outcome; while it is open,
   * calls fail fast with its CircuitOpenError instead of being sent or retried.
   * @default a new CircuitBreaker of this client's own, with the breaker's defaults
   */
  breaker?: CircuitBreaker;
}

export interface HttpClient {
  request(req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse>;
  /** The breaker guarding this origin (the one passed in, or the client's own). */
  readonly breaker: CircuitBreaker;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_BASE_DELAY_MS = 100;
export const DEFAULT_MAX_DELAY_MS = 2_000;
/** Below the 5 s idle timeout of common servers, so we drop idle sockets before they do. */
const KEEP_ALIVE_TIMEOUT_MS = 4_000;
/** Upper bound when the server's Keep-Alive header suggests a longer idle time. */
const KEEP_ALIVE_MAX_TIMEOUT_MS = 60_000;
/** Budgets keep concurrency low; this only bounds sockets if a budget is disabled. */
const CONNECTIONS_PER_ORIGIN = 16;
/** API answers are small JSON documents; anything bigger is a protocol problem, not data. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const TOO_MANY_REQUESTS = 429;
const NO_CONTENT = 204;

/** Abort reason of the deadline; recognised by identity, never shown to anyone. */
const DEADLINE_EXCEEDED = Object.freeze(new Error('upstream call deadline exceeded'));

type Attempt = { response: { status: number; headers: Record<string, string>; text: string } } | { error: unknown };

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const {
    upstream,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxRetries = DEFAULT_MAX_RETRIES,
    baseDelayMs = DEFAULT_BASE_DELAY_MS,
    maxDelayMs = DEFAULT_MAX_DELAY_MS,
  } = options;
  const base = new URL(options.baseUrl);
  const origin = base.origin;
  const pathPrefix = base.pathname.replace(/\/+$/, '');
  const dispatcher: Dispatcher =
    options.dispatcher ??
    new Agent({
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      keepAliveMaxTimeout: KEEP_ALIVE_MAX_TIMEOUT_MS,
      connections: CONNECTIONS_PER_ORIGIN,
      maxResponseSize: MAX_RESPONSE_BYTES,
    });
  const ownsDispatcher = options.dispatcher === undefined;
  const breaker = options.breaker ?? new CircuitBreaker({ upstream });
  let closed: Promise<void> | undefined;

  async function acquireSlot(req: HttpRequest, signal: AbortSignal): Promise<() => void> {
    if (!options.beforeAttempt) return () => {};
    const pending = options.beforeAttempt(req, signal);
    return new Promise((resolve, reject) => {
      let abandoned = false;
      const onAbort = () => {
        abandoned = true;
        reject(signal.reason);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      pending.then(
        (release) => {
          signal.removeEventListener('abort', onAbort);
          // A slot granted after we gave up must still be returned, or the budget shrinks forever.
          if (abandoned) release();
          else resolve(release);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  async function attemptOnce(
    req: HttpRequest,
    signal: AbortSignal,
    attempt: number,
    granted?: () => void,
  ): Promise<Attempt> {
    if (!granted) breaker.check();
    const release = granted ?? (await acquireSlot(req, signal));
    const startedAt = performance.now();
    let result: Attempt;
    let token: CircuitToken | undefined;
    try {
      // Asked again: the circuit may have opened while this call queued for its slot.
      token = breaker.admit();
      const headers: Record<string, string> = { accept: 'application/json' };
      if (req.encodedBody) headers['content-type'] = req.encodedBody.contentType;
      else if (req.body !== undefined) headers['content-type'] = 'application/json';
      for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
      const res = await dispatcher.request({
        origin,
        path: pathPrefix + req.path,
        method: req.method,
        headers,
        body: req.encodedBody ? req.encodedBody.bytes : req.body === undefined ? null : JSON.stringify(req.body),
        signal,
      });
      // Reading the body to the end (error statuses included) is what returns the socket to the pool.
      const text = await res.body.text();
      result = { response: { status: res.statusCode, headers: flattenHeaders(res.headers), text } };
    } catch (error) {
      if (!token) throw error; // refused by the breaker: nothing was sent
      result = { error };
    } finally {
      release();
    }
    const cutBy = signal.aborted ? (signal.reason === DEADLINE_EXCEEDED ? 'deadline' : 'caller') : undefined;
    token[attemptHealth('response' in result ? result.response : { errorCode: errorCodeOf(result.error), cutBy })]();
    const info: AttemptInfo = { method: req.method, path: req.path, durationMs: Math.round(performance.now() - startedAt), attempt };
    if ('response' in result) info.status = result.response.status;
    else info.error = errorCodeOf(result.error) ?? (result.error instanceof Error ? result.error.name : 'unknown');
    try {
      options.onAttempt?.(info);
    } catch {
      // Observability must never change the outcome of a call.
    }
    return result;
  }

  async function run(
    req: HttpRequest,
    signal: AbortSignal,
    deadlineAt: number,
    firstSlot: () => void,
  ): Promise<HttpResponse> {
    const retryable = isIdempotent(req.method);
    for (let attempt = 1; ; attempt++) {
      const result = await attemptOnce(req, signal, attempt, attempt === 1 ? firstSlot : undefined);
      const mayRetry = retryable && attempt <= maxRetries;
      let failure: UpstreamError;
      let minWaitMs = 0;

      if ('error' in result) {
        if (signal.aborted) throw signal.reason;
        const code = errorCodeOf(result.error);
        if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') throw new UpstreamProtocolError(upstream, 'an oversized response');
        if (!isConnectionFailure(code)) throw result.error;
        failure = new UpstreamUnavailableError(upstream);
        if (!mayRetry || !isTransientNetworkError(result.error)) throw failure;
      } else {
        const { status, headers, text } = result.response;
        const json = parseBody(status, headers, text);
        if (status >= 200 && status < 300) return { status, headers, text, json, attempts: attempt };
        const retryAfterMs = parseRetryAfter(headers['retry-after']);
        if (status === TOO_MANY_REQUESTS && retryAfterMs !== undefined) options.onRetryAfter?.(req, Date.now() + retryAfterMs);
        failure = errorForStatus(upstream, status, { ...describe(status, json, text), retryAfterMs });
        if (!mayRetry || !isRetryableStatus(status)) throw failure;
        minWaitMs = retryAfterMs ?? 0;
      }

      // An open circuit ends the retries now, rather than after a backoff that cannot help.
      breaker.check();
      const waitMs = Math.max(minWaitMs, backoffDelay(attempt - 1, baseDelayMs, maxDelayMs));
      // Waiting past the deadline would only turn a precise error into a vague timeout.
      if (Date.now() + waitMs >= deadlineAt) throw failure;
      await sleep(waitMs, signal);
    }
  }

  function describe(status: number, json: unknown, text: string): { message?: string; fieldErrors?: FieldError[] } {
    try {
      return options.describeError(status, json, text);
    } catch {
      return {};
    }
  }

  function parseBody(status: number, headers: Record<string, string>, text: string): unknown {
    const contentType = headers['content-type'];
    if (status === NO_CONTENT || text.trim() === '') return undefined;
    if (contentType !== undefined && !/[/+]json\b/i.test(contentType)) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // A success that claims JSON but is not cannot be interpreted; an error body can still be mapped.
      if (contentType !== undefined && status >= 200 && status < 300) {
        throw new UpstreamProtocolError(upstream, 'a malformed JSON response', status);
      }
      return undefined;
    }
  }

  return {
    breaker,
    async request(req, signal) {
      if (!req.path.startsWith('/')) throw new Error('HttpRequest.path must start with "/"');
      if (closed) throw new Error('HttpClient is closed');
      if (signal?.aborted) throw signal.reason;
      breaker.check();
      // Queueing for the first budget slot is bounded by the budget itself (RATE_LIMITED when it
      // cannot be served in time); the deadline measures the upstream call from when it may start.
      const firstSlot = await acquireSlot(req, signal ?? new AbortController().signal);
      const deadlineAt = Date.now() + timeoutMs;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(DEADLINE_EXCEEDED), timeoutMs);
      // Manual linking rather than AbortSignal.any: long-lived caller signals leak with any() on Node 20.
      const onCallerAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      try {
        return await run(req, controller.signal, deadlineAt, firstSlot);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (controller.signal.aborted && !(error instanceof UpstreamError)) throw new GatewayTimeoutError(upstream, timeoutMs);
        throw error;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onCallerAbort);
      }
    },
    close() {
      closed ??= ownsDispatcher ? dispatcher.close() : Promise.resolve();
      return closed;
    },
  };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
