/**
 * Fault injection shared by both simulators. Tests of the gateway's retries, deadlines, circuit
 * breaker and budget need upstream failures on demand, over real HTTP: an error status (with the
 * simulator's own error body), a slow answer, a connection reset or a request that never gets an
 * answer. Each simulator owns one FaultInjector and consults it for every request after recording
 * it and before authenticating or rate limiting it, so a faulted request costs no budget.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface FaultRule {
  /** HTTP method to match, case-insensitively (any when absent). */
  method?: string;
  /**
   * Path (without query) to match: an exact string, or a RegExp tested against the path (any when
   * absent). A RegExp's `g`/`y` flags are dropped, as their `lastIndex` state would make matching
   * depend on the previous request.
   */
  path?: string | RegExp;
  /**
   * Answer with this status (100..599) and the simulator's normal error body for it (ClickHouse: the
   * v1 envelope `{status, error, requestId}`; Divio: DRF `{"detail": "..."}`). 204 and 304 are sent
   * without a body; a 1xx is only an interim head, so clients see a broken or stalled answer.
   */
  status?: number;
  /** Seconds (a non-negative integer) for a Retry-After header on the injected answer; needs `status`. */
  retryAfterSeconds?: number;
  /** Wait this long before acting (alone: a slow but otherwise normal answer). */
  delayMs?: number;
  /** Destroy the connection without any response: the client sees a connection reset. */
  reset?: boolean;
  /**
   * Never answer, until the rule is cleared or the simulator closes. Either one destroys the held
   * connections (the client sees a reset): there is no answer a held request could still get that
   * a test would not express better with `delayMs`.
   */
  hang?: boolean;
  /** Apply to the next N (a positive integer) matching requests, then expire; absent = until cleared. */
  count?: number;
}

export interface FaultHandle {
  /** Requests this rule has applied to so far. */
  readonly hits: number;
  /** Applications left before the rule expires; `undefined` while it lasts until cleared, 0 once cleared. */
  readonly remaining: number | undefined;
  /** Removes the rule and releases (resets) any request it holds. Idempotent. */
  clear(): void;
}

export interface FaultControl {
  /** Adds a rule after the existing ones; throws a FaultRuleError for a malformed rule. */
  inject(rule: FaultRule): FaultHandle;
  /** Removes every rule and releases (resets) every held request. */
  clear(): void;
  /** Rules that can still apply, in matching order (normalized copies: method upper-cased). */
  readonly active: readonly FaultRule[];
}

/** A rule that cannot be applied; the HTTP control surface answers it with a 400. */
export class FaultRuleError extends TypeError {
  override readonly name = 'FaultRuleError';
}

/** Sends the simulator's own error body; `headers` already holds any Retry-After. */
export type FaultErrorSender = (res: ServerResponse, status: number, headers: Record<string, string>) => void;

/** The part of a simulator's request record the injector reads and fills in. */
export interface FaultTarget {
  method: string;
  path: string;
  status: number;
}

/** One injected rule with its bookkeeping; the id is what the HTTP control surface exposes. */
export interface FaultEntry {
  readonly id: number;
  readonly rule: Readonly<FaultRule>;
  remaining: number | undefined;
  hits: number;
  cleared: boolean;
  /** Connections of the requests this rule hangs. */
  readonly held: Set<Socket>;
}

/** setTimeout's ceiling; a larger delay would silently fire after 1 ms. */
const MAX_DELAY_MS = 2_147_483_647;
function fail(message: string): never {
  throw new FaultRuleError(message);
}
const isInteger = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Validates a rule (callers may be untyped JSON) and returns a frozen, normalized copy. */
export function normalizeRule(input: FaultRule): Readonly<FaultRule> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('a fault rule must be an object');
  const { method, path, status, retryAfterSeconds, delayMs, reset, hang, count } = input;
  const rule: FaultRule = {};
  if (method !== undefined) {
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) fail('method must be an HTTP method name such as "GET"');
    rule.method = method.toUpperCase();
  }
  if (path instanceof RegExp) rule.path = new RegExp(path.source, path.flags.replace(/[gy]/g, ''));
  else if (typeof path === 'string' && path.startsWith('/')) rule.path = path;
  else if (path !== undefined) fail('path must be a string starting with "/" or a RegExp');
  if (status !== undefined) rule.status = isInteger(status, 100, 599) ? status : fail('status must be an integer in 100..599');
  if (retryAfterSeconds !== undefined) {
    if (!isInteger(retryAfterSeconds, 0)) fail('retryAfterSeconds must be a non-negative integer');
    if (status === undefined) fail('retryAfterSeconds needs a status to go with');
    rule.retryAfterSeconds = retryAfterSeconds;
  }
  if (delayMs !== undefined) {
    const valid = typeof delayMs === 'number' && delayMs >= 0 && delayMs <= MAX_DELAY_MS;
    rule.delayMs = valid ? delayMs : fail(`delayMs must be a number in 0..${MAX_DELAY_MS}`);
  }
  if (reset !== undefined && typeof reset !== 'boolean') fail('reset must be a boolean');
  if (hang !== undefined && typeof hang !== 'boolean') fail('hang must be a boolean');
  if (reset === true) rule.reset = true;
  if (hang === true) rule.hang = true;
  if (count !== undefined) rule.count = isInteger(count, 1) ? count : fail('count must be a positive integer');
  const outcomes = [rule.status !== undefined, rule.reset === true, rule.hang === true].filter(Boolean).length;
  if (outcomes > 1) fail('status, reset and hang exclude each other');
  if (outcomes === 0 && rule.delayMs === undefined) fail('a fault rule needs status, delayMs, reset or hang');
  return Object.freeze(rule);
}

function matches(rule: Readonly<FaultRule>, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

function resetSocket(socket: Socket): void {
  // An RST rather than a FIN, so clients see ECONNRESET as from a crashed or cut-off upstream.
  if (!socket.destroyed) socket.resetAndDestroy();
}

/** The rules of one simulator instance, plus the delayed and held requests they act on. */
export class FaultInjector {
  /** The public face (`simulator.faults`), without the server-side methods. */
  readonly control: FaultControl;
  private readonly rules: FaultEntry[] = [];
  /** Entries that have held a request; expired ones stay here until released. */
  private readonly holding = new Set<FaultEntry>();
  /** Aborts of pending delays, so close() leaves no timer behind. */
  private readonly waits = new Set<() => void>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly sendError: FaultErrorSender) {
    const rules = this.rules;
    this.control = {
      inject: (rule) => this.handleFor(this.add(rule)),
      clear: () => this.clear(),
      get active() {
        return rules.map((entry) => entry.rule);
      },
    };
  }

  add(input: FaultRule): FaultEntry {
    const rule = normalizeRule(input);
    const entry: FaultEntry = { id: this.nextId++, rule, remaining: rule.count, hits: 0, cleared: false, held: new Set() };
    this.rules.push(entry);
    return entry;
  }

  /** Active entries in matching order. */
  entries(): readonly FaultEntry[] {
    return [...this.rules];
  }

  /** Clears the rule with this id; false when no active rule has it. */
  remove(id: number): boolean {
    const entry = this.rules.find((candidate) => candidate.id === id);
    if (entry !== undefined) this.clearEntry(entry);
    return entry !== undefined;
  }

  clear(): void {
    for (const entry of this.rules) entry.cleared = true;
    this.rules.length = 0;
    for (const entry of [...this.holding]) this.release(entry);
  }

  /** Cancels pending delays and releases held requests; called by the simulator's close(). */
  dispose(): void {
    this.disposed = true;
    for (const abort of [...this.waits]) abort();
    this.clear();
  }

  /**
   * Applies the first matching rule to a recorded request. Resolves true when the fault took the
   * request over (answered, reset, held, or its client went away during the delay), false when the
   * simulator should handle it normally (no rule matched, or a delay-only rule).
   */
  async apply(req: IncomingMessage, res: ServerResponse, target: FaultTarget): Promise<boolean> {
    const entry = this.take(target.method, target.path);
    if (entry === undefined) return false;
    const { rule } = entry;
    if (rule.delayMs !== undefined && rule.delayMs > 0 && !(await this.wait(rule.delayMs, res))) return true;
    if (rule.hang === true) {
      this.hold(entry, req.socket);
      return true;
    }
    if (rule.reset === true) {
      resetSocket(req.socket);
      return true;
    }
    if (rule.status === undefined) return false;
    target.status = rule.status;
    const headers: Record<string, string> =
      rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) };
    if (rule.status < 200 || rule.status === 204 || rule.status === 304) {
      // These statuses carry no body by definition; Node would drop one anyway.
      res.writeHead(rule.status, headers);
      res.end();
    } else {
      this.sendError(res, rule.status, headers);
    }
    return true;
  }

  /** Finds the applicable entry and counts the hit; an exhausted count expires the rule at once. */
  private take(method: string, path: string): FaultEntry | undefined {
    const index = this.rules.findIndex((entry) => matches(entry.rule, method, path));
    const entry = this.rules[index];
    if (entry === undefined) return undefined;
    entry.hits += 1;
    if (entry.remaining !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining === 0) this.rules.splice(index, 1);
    }
    return entry;
  }

  /** Resolves true after `ms`, or false early when the client disconnects or the simulator closes. */
  private wait(ms: number, res: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (completed: boolean): void => {
        clearTimeout(timer);
        res.off('close', abort);
        this.waits.delete(abort);
        resolve(completed);
      };
      const abort = (): void => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      res.once('close', abort);
      this.waits.add(abort);
    });
  }

  private hold(entry: FaultEntry, socket: Socket): void {
    // Cleared during its delay (or closing): there is nothing left that would ever release it.
    if (entry.cleared || this.disposed) {
      resetSocket(socket);
      return;
    }
    entry.held.add(socket);
    this.holding.add(entry);
    socket.once('close', () => entry.held.delete(socket));
  }

  private release(entry: FaultEntry): void {
    for (const socket of entry.held) resetSocket(socket);
    entry.held.clear();
    this.holding.delete(entry);
  }

  private clearEntry(entry: FaultEntry): void {
    const index = this.rules.indexOf(entry);
    if (index !== -1) this.rules.splice(index, 1);
    entry.cleared = true;
    this.release(entry);
  }

  private handleFor(entry: FaultEntry): FaultHandle {
    return {
      get hits() {
        return entry.hits;
      },
      get remaining() {
        return entry.cleared ? 0 : entry.remaining;
      },
      clear: () => this.clearEntry(entry),
    };
  }
}
