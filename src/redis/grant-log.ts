/**
 * What a replica remembers of its own recent calls, whichever budget granted them (the Redis one,
 * or the in-process fallback while Redis was lost): per credential, each call's id and
 * when its slot was released. A call holds its slot from send until a full window after release, so
 * the calls in flight and those released within the last window are exactly what a Redis that
 * came back (empty, after a restart) must be told before it grants anything new.
 */
import type { ReleaseSlot } from '../upstream/budget.js';

/** One call's slot: its id (its member in the shared set) and when it was released. */
export interface Grant {
  readonly id: string;
  releasedAt: number | undefined;
  /** The in-process budget's hold on it (it granted the call, or adopted it when Redis was lost). */
  inProcess: ReleaseSlot | undefined;
}

/**
 * How many grants per credential the log keeps, in limits: a window holds at most the limit from
 * Redis plus a fallback share, so twice the limit never drops a live one; the rest bounds memory
 * should a release ever go missing.
 */
const KEPT_PER_LIMIT = 2;

export class GrantLog {
  private readonly grants = new Map<string, Grant[]>();
  private readonly maxPerCredential: number;
  /** When every credential was last pruned: one that goes quiet is forgotten within a window or so. */
  private sweptAt = 0;

  constructor(
    private readonly windowMs: number,
    limit: number,
  ) {
    this.maxPerCredential = KEPT_PER_LIMIT * limit;
  }

  /** Remembers a call just granted; `released(grant)` when its slot is released. */
  record(fingerprint: string, id: string, inProcess?: ReleaseSlot): Grant {
    const grant: Grant = { id, releasedAt: undefined, inProcess };
    const now = Date.now();
    if (now - this.sweptAt >= this.windowMs) {
      this.sweptAt = now;
      for (const other of [...this.grants.keys()]) this.prune(other, now);
    }
    const grants = this.prune(fingerprint, now);
    grants.push(grant);
    if (grants.length > this.maxPerCredential) grants.splice(0, grants.length - this.maxPerCredential);
    this.grants.set(fingerprint, grants);
    return grant;
  }

  /** The call answered: its slot is held a window from now, in the in-process budget too if it holds it. */
  released(grant: Grant): void {
    grant.releasedAt ??= Date.now();
    grant.inProcess?.();
  }

  /** The calls of `fingerprint` still in flight. */
  inFlight(fingerprint: string): Grant[] {
    return (this.grants.get(fingerprint) ?? []).filter((grant) => grant.releasedAt === undefined);
  }

  /** Per credential, the grants still holding a slot: in flight, or released less than a window ago. */
  recent(): Map<string, Grant[]> {
    const now = Date.now();
    const recent = new Map<string, Grant[]>();
    for (const fingerprint of [...this.grants.keys()]) {
      const grants = this.prune(fingerprint, now);
      if (grants.length > 0) recent.set(fingerprint, [...grants]);
    }
    return recent;
  }

  /**
   * Ms until fewer than `allowed` grants of `fingerprint` hold a slot: 0 if that is so now, Infinity if it
   * takes the release of a call still in flight (which cannot be foreseen).
   */
  untilFewerThan(fingerprint: string, allowed: number): number {
    const now = Date.now();
    const grants = this.prune(fingerprint, now);
    if (grants.length < allowed) return 0;
    const frees = grants.map((grant) => (grant.releasedAt === undefined ? Infinity : grant.releasedAt + this.windowMs)).sort((a, b) => a - b);
    return frees[grants.length - allowed]! - now;
  }

  private prune(fingerprint: string, now: number): Grant[] {
    const grants = (this.grants.get(fingerprint) ?? []).filter((grant) => grant.releasedAt === undefined || grant.releasedAt + this.windowMs > now);
    if (grants.length === 0) this.grants.delete(fingerprint);
    else this.grants.set(fingerprint, grants);
    return grants;
  }
}
