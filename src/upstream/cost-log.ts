/**
 * What one request's upstream work cost, recorded only for a request that asks for it with
 * `x-opsgraph-cost: 1` (plugins/use-cost-extension.ts turns it into `extensions.cost`): every
 * upstream call and every cache read that needed none, in the order they began, with the time each
 * call waited for the call budget. A request that does not ask has no log, and every hook that
 * feeds one sits behind `?.`: nothing is measured for it.
 *
 * What a line's `cache` says:
 * - `miss`: a call made to load a read (a Divio list walked over several pages is several calls);
 * - `hit`: answered from a fresh cached answer, no call;
 * - `coalesced`: joined a load another request (or this one) already had on the wire, no call;
 * - `stale`: answered with a last good answer (upstream/stale.ts), no call of its own: its line
 *   follows the line(s) of the load it stands in for;
 * - `none`: a write (mutation), which never goes through the cache.
 */
import { pathOfCacheKey, type CacheOutcome, type ReadObserver } from './cache.js';
import type { CallMeter, HttpRequest } from './call/types.js';
import { CircuitOpenError, type UpstreamName } from './errors.js';
import { pathTemplate } from './path-template.js';

/** The request header that asks for the cost; only the value `1` does. */
export const COST_HEADER = 'x-opsgraph-cost';

export function asksForCost(headers: { get(name: string): string | null | undefined }): boolean {
  return headers.get(COST_HEADER) === '1';
}

/** How a line's read was answered (cache.ts), or `none` for a write, which never reads the cache. */
export type CostCache = CacheOutcome | 'none';

/** One line of `extensions.cost.calls`. */
export interface CostLine {
  method: string;
  /** The path template (`/v1/organizations/{organizationId}/services`): no id, no query. */
  path: string;
  upstream: UpstreamName;
  /** The HTTP status of the call's last answered attempt; null when no call was made (or none was answered). */
  status: number | null;
  /** From the start of the call or read to its answer (budget wait and retries included). */
  ms: number;
  cache: CostCache;
  /** How long the call's attempts waited for the call budget. */
  budgetWaitMs: number;
  /** A call's attempts that were answered (retries included); absent on lines without a call. */
  attempts?: number;
  /** The code of a call's failure (`UPSTREAM_UNAVAILABLE`, `GATEWAY_TIMEOUT`, `CIRCUIT_OPEN`, …); never a message. */
  error?: string;
  /** Still on the wire when the answer was sent (a read answered stale while its load goes on). */
  inFlight?: true;
}


interface Line {
  method: string;
  /** The path as called, or the cache key read; templated only when the log is read. */
  rawPath: string;
  upstream: UpstreamName;
  cache: CostCache;
  status: number | null;
  startedAt: number;
  endedAt: number | undefined;
  budgetWaitMs: number;
  attempts?: number;
  error?: string;
}

/** Milliseconds to a tenth: enough to tell a hit from a call, without pretending to more. */
const round = (ms: number) => Math.round(ms * 10) / 10;

/** A failure's code (CIRCUIT_OPEN for a call the open circuit refused), or its class name: never its message. */
function failureCode(error: unknown): string {
  if (error instanceof CircuitOpenError) return 'CIRCUIT_OPEN';
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'Error';
}

/** A thousand lines is more than any dashboard makes; past it a request stops recording. */
const MAX_LINES = 1_000;

export class CostLog {
  private readonly lines: Line[] = [];
  private readonly readsOf: Partial<Record<UpstreamName, ReadObserver>> = {};
  private closed = false;

  /** The cache hooks for reads of `upstream` (one object per upstream and request). */
  reads(upstream: UpstreamName): ReadObserver {
    return (this.readsOf[upstream] ??= {
      hit: (key) => void this.add(upstream, 'GET', pathOfCacheKey(key), 'hit', true),
      coalesced: (key, waiting) => {
        const line = this.add(upstream, 'GET', pathOfCacheKey(key), 'coalesced', waiting === undefined);
        const end = () => line && (line.endedAt = performance.now());
        waiting?.then(end, end);
      },
      stale: (key) => void this.add(upstream, 'GET', pathOfCacheKey(key), 'stale', true),
    });
  }

  /**
   * Sends `request` with `send`, as a line of this log: a GET goes out only to load a read (a
   * `miss`), anything else is a write (`none`). Each attempt's budget wait and status come back
   * through the request's meter (call/budget-slot.ts).
   */
  async measure<T extends { status: number }>(upstream: UpstreamName, request: HttpRequest, send: (request: HttpRequest) => Promise<T>): Promise<T> {
    const line = this.add(upstream, request.method, request.path, request.method === 'GET' ? 'miss' : 'none', false);
    if (!line) return send(request);
    line.attempts = 0;
    const meter: CallMeter = {
      budgetWait: (waitedMs) => (line.budgetWaitMs += waitedMs),
      answered: (status) => {
        line.status = status;
        line.attempts! += 1;
      },
    };
    try {
      return await send({ ...request, meter });
    } catch (error) {
      line.error = failureCode(error);
      throw error;
    } finally {
      line.endedAt = performance.now();
    }
  }

  /** Nothing is recorded from now on (a subscription's events are not this request's cost). */
  close(): void {
    this.closed = true;
  }

  /** The lines so far, paths templated. */
  calls(): CostLine[] {
    const now = performance.now();
    return this.lines.map((line) => {
      const shown: CostLine = {
        method: line.method,
        path: pathTemplate(line.upstream, line.rawPath),
        upstream: line.upstream,
        status: line.status,
        ms: round((line.endedAt ?? now) - line.startedAt),
        cache: line.cache,
        budgetWaitMs: round(line.budgetWaitMs),
      };
      if (line.attempts !== undefined) shown.attempts = line.attempts;
      if (line.error !== undefined) shown.error = line.error;
      if (line.endedAt === undefined) shown.inFlight = true;
      return shown;
    });
  }

  private add(upstream: UpstreamName, method: string, rawPath: string, cache: CostCache, ended: boolean): Line | undefined {
    if (this.closed || this.lines.length >= MAX_LINES) return undefined;
    const startedAt = performance.now();
    const line: Line = { method, rawPath, upstream, cache, status: null, startedAt, endedAt: ended ? startedAt : undefined, budgetWaitMs: 0 };
    this.lines.push(line);
    return line;
  }
}
