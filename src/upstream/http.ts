/**
 * HTTP client for one upstream origin: an undici Agent with keep-alive, and the call wrappers of
 * ./call (deadline, retry, budget slot, circuit breaker, error mapping) composed in call/compose.ts.
 */
import { Agent, type Dispatcher } from 'undici';
import { CircuitBreaker } from './breaker.js';
import { composeCall, type CallOptions } from './call/compose.js';
import type { HttpRequest, HttpResponse } from './call/types.js';

export type { AttemptInfo, HttpRequest, HttpResponse } from './call/types.js';
export { DEFAULT_TIMEOUT_MS } from './call/deadline.js';
export { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, DEFAULT_MAX_RETRIES } from './call/retry.js';

export interface HttpClientOptions extends CallOptions {
  /** For tests: a custom undici dispatcher. It is not closed by close(). @default a keep-alive Agent of the client's own */
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

/** Below the 5 s idle timeout of common servers, so we drop idle sockets before they do. */
const KEEP_ALIVE_TIMEOUT_MS = 4_000;
/** Upper bound when the server's Keep-Alive header suggests a longer idle time. */
const KEEP_ALIVE_MAX_TIMEOUT_MS = 60_000;
/** Budgets keep concurrency low; this only bounds sockets if a budget is disabled. */
const CONNECTIONS_PER_ORIGIN = 16;
/** API answers are small JSON documents; anything bigger is a protocol problem, not data. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const dispatcher =
    options.dispatcher ??
    new Agent({
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      keepAliveMaxTimeout: KEEP_ALIVE_MAX_TIMEOUT_MS,
      connections: CONNECTIONS_PER_ORIGIN,
      maxResponseSize: MAX_RESPONSE_BYTES,
    });
  const ownsDispatcher = options.dispatcher === undefined;
  const breaker = options.breaker ?? new CircuitBreaker({ upstream: options.upstream });
  const call = composeCall({ ...options, dispatcher, breaker });
  let closed: Promise<void> | undefined;

  return {
    breaker,
    async request(req, signal) {
      if (!req.path.startsWith('/')) throw new Error('HttpRequest.path must start with "/"');
      if (closed) throw new Error('HttpClient is closed');
      if (signal?.aborted) throw signal.reason;
      // Without a caller signal, only the deadline can abandon the call.
      return call(req, { signal: signal ?? new AbortController().signal, deadlineAt: Infinity, attempt: 1 });
    },
    close() {
      closed ??= ownsDispatcher ? dispatcher.close() : Promise.resolve();
      return closed;
    },
  };
}
