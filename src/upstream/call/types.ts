/**
 * The vocabulary every call wrapper shares. A wrapper is `(next) => (request, ctx) => Promise`:
 * it may act before `next`, after it, or instead of it, and knows nothing of the wrappers around
 * it except the few context fields named here.
 */

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
  fingerprint?: string;
  /**
   * Told how long each attempt waited for its budget slot and what it answered (the `cost`
   * extension, upstream/cost-log.ts); nothing is timed unless this is set. @default none
   */
  meter?: CallMeter;
}

/** What the budget slot wrapper tells a request that carries a meter, attempt by attempt (the cost log, the call's span). */
export interface CallMeter {
  budgetWait(waitedMs: number): void;
  answered(status: number): void;
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

/** What one attempt brought back, any status: wrappers below the error mapping never throw on a status. */
export interface UpstreamAnswer {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  text: string;
  /** The attempt that produced this answer (1-based). */
  attempts: number;
}

export type ReleaseSlot = () => void;

export interface CallContext {
  /** Aborts when the call is abandoned: by the caller, or (below the deadline) by the deadline. */
  signal: AbortSignal;
  /** Epoch ms by which the call must be over; Infinity above the deadline wrapper. */
  deadlineAt: number;
  /** 1-based attempt number, set by the retry wrapper. */
  attempt: number;
  /**
   * Takes the budget slot granted before the deadline started (once; undefined afterwards).
   * Set by firstSlot, used by budgetSlot for the first attempt.
   */
  takeGrantedSlot?: () => ReleaseSlot | undefined;
}

export type Call<Result = UpstreamAnswer> = (request: HttpRequest, ctx: CallContext) => Promise<Result>;

/** One concern around a call; composed in compose.ts. */
export type Wrapper = (next: Call) => Call;
