/**
 * Circuit breaker for one upstream origin, plus the rules for what an attempt says about that
 * origin's health. While an upstream is down, waiting out a deadline (and retrying) on every call
 * only piles up requests and budget; the breaker fails them fast instead and lets a single probe
 * through now and then to find out when the upstream is back.
 *
 * closed ──(failureThreshold consecutive failures)──▶ open ──(openMs later)──▶ half-open
 * half-open: one probe at a time; its success closes the circuit, its failure re-opens it.
 */
import { CircuitOpenError, type UpstreamName } from './errors.js';
import { isTransientNetworkError } from './retry.js';

export interface CircuitBreakerOptions {
  upstream: UpstreamName;
  /** Consecutive failed attempts that open the circuit. @default 5 */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe is let through. @default 10_000 */
  openMs?: number;
  /** Clock, injectable for tests. @default Date.now */
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/** Reports how one admitted attempt went; only the first report counts. */
export interface CircuitToken {
  /** The upstream answered below 500: it is up. */
  success(): void;
  /** Connection error, 5xx or an attempt cut by the deadline. */
  failure(): void;
  /** Says nothing about the origin (429, caller abort, our own error). */
  neutral(): void;
}

/** What one attempt says about the origin's health. */
export type AttemptHealth = keyof CircuitToken;

export interface CircuitStats {
  state: CircuitState;
  /** Times the circuit opened, re-opens after a failed probe included. */
  opened: number;
  /** Attempts refused without reaching the upstream (calls, and retries cut short). */
  rejected: number;
  consecutiveFailures: number;
}

export const DEFAULT_FAILURE_THRESHOLD = 5;
export const DEFAULT_OPEN_MS = 10_000;
/** Retry hint while a probe is out: its answer (close or re-open) usually comes within a second. */
const PROBE_PENDING_RETRY_AFTER_MS = 1_000;

export class CircuitBreaker {
  private readonly upstream: UpstreamName;
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;
  private current: CircuitState = 'closed';
  private openedAt = 0;
  private probeInFlight = false;
  /**
   * Bumped on every state change. A token only reports into the state it was admitted in, so a
   * slow call sent before the circuit opened can neither close it nor extend it.
   */
  private generation = 0;
  private consecutiveFailures = 0;
  private openedCount = 0;
  private rejectedCount = 0;

  constructor(options: CircuitBreakerOptions) {
    const { failureThreshold = DEFAULT_FAILURE_THRESHOLD, openMs = DEFAULT_OPEN_MS, now = Date.now } = options;
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1) {
      throw new Error(`CircuitBreaker failureThreshold must be a positive integer, got ${failureThreshold}`);
    }
    if (!(openMs > 0)) throw new Error(`CircuitBreaker openMs must be positive, got ${openMs}`);
    this.upstream = options.upstream;
    this.failureThreshold = failureThreshold;
    this.openMs = openMs;
    this.now = now;
  }

  /** 'half-open' as soon as openMs has passed, even before the probe is admitted. */
  get state(): CircuitState {
    this.refresh();
    return this.current;
  }

  /**
   * Throws the fail-fast error when admit() would throw right now, without taking the probe.
   * The HTTP client calls it before queueing for a budget slot, so a refused call costs no budget,
   * and a probe is not held by a call that may sit in one credential's budget queue for long.
   * @throws CircuitOpenError
   */
  check(): void {
    this.refresh();
    const refusal = this.refusal();
    if (refusal) {
      this.rejectedCount += 1;
      throw refusal;
    }
  }

  /**
   * Lets one attempt go out and returns the token to report its outcome with; in half-open, this
   * attempt becomes the one probe.
   * @throws CircuitOpenError when open, or half-open with a probe already in flight.
   */
  admit(): CircuitToken {
    this.check();
    if (this.current === 'half-open') this.probeInFlight = true;
    const generation = this.generation;
    let reported = false;
    const report = (health: AttemptHealth) => {
      if (reported) return;
      reported = true;
      if (generation === this.generation) this.record(health);
    };
    return { success: () => report('success'), failure: () => report('failure'), neutral: () => report('neutral') };
  }

  stats(): CircuitStats {
    return {
      state: this.state,
      opened: this.openedCount,
      rejected: this.rejectedCount,
      consecutiveFailures: this.consecutiveFailures,
    };
  }

  private refusal(): CircuitOpenError | undefined {
    if (this.current === 'open') return new CircuitOpenError(this.upstream, this.openedAt + this.openMs - this.now());
    if (this.current === 'half-open' && this.probeInFlight) {
      return new CircuitOpenError(this.upstream, PROBE_PENDING_RETRY_AFTER_MS, true);
    }
    return undefined;
  }

  /** Open → half-open happens lazily: no timer, so an idle breaker keeps nothing alive. */
  private refresh(): void {
    if (this.current === 'open' && this.now() >= this.openedAt + this.openMs) this.transition('half-open');
  }

  private record(health: AttemptHealth): void {
    if (health === 'neutral') {
      // A probe that told us nothing must not block the next one forever.
      this.probeInFlight = false;
      return;
    }
    if (health === 'success') {
      this.consecutiveFailures = 0;
      if (this.current === 'half-open') this.transition('closed');
      return;
    }
    this.consecutiveFailures += 1;
    if (this.current === 'half-open' || this.consecutiveFailures >= this.failureThreshold) this.transition('open');
  }

  private transition(to: CircuitState): void {
    this.current = to;
    this.generation += 1;
    this.probeInFlight = false;
    if (to === 'open') {
      this.openedAt = this.now();
      this.openedCount += 1;
    }
  }
}

/** Failures where no usable response arrived: system socket/DNS errors and undici transport errors. */
export function isConnectionFailure(code: string | undefined): boolean {
  if (code === undefined) return false;
  return /^E[A-Z_]+$/.test(code) || isTransientNetworkError({ code }) || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'UND_ERR_DESTROYED';
}

const SERVER_ERROR = 500;
const TOO_MANY_REQUESTS = 429;

/**
 * Classifies one attempt for the breaker.
 * - Any status below 500 means the origin is up (a 4xx is about the request, not the server),
 *   except 429, which is a per-credential limit and says nothing about the origin.
 * - An attempt cut by the call deadline counts as a failure: that is how a hung upstream shows.
 * - A caller abort, or an error that is neither a connection failure nor a status (e.g. an
 *   oversized body), is not the origin's health.
 */
export function attemptHealth(
  attempt: { status: number } | { errorCode: string | undefined; cutBy?: 'deadline' | 'caller' },
): AttemptHealth {
  if ('status' in attempt) {
    if (attempt.status === TOO_MANY_REQUESTS) return 'neutral';
    return attempt.status >= SERVER_ERROR ? 'failure' : 'success';
  }
  if (attempt.cutBy !== undefined) return attempt.cutBy === 'deadline' ? 'failure' : 'neutral';
  return isConnectionFailure(attempt.errorCode) ? 'failure' : 'neutral';
}
