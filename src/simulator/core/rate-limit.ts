/**
 * Per-key sliding-window limiter: at most `limit` admitted requests in any window of
 * `windowMs`. Rejected requests do not consume budget, so a client that backs off
 * for Retry-After seconds always gets through. How a rejection reads on the wire is the
 * simulator's own: ClickHouse's TOO_MANY_REQUESTS with Retry-After and X-RateLimit-Reset, Divio's
 * DRF throttle message with Retry-After.
 */
export class SlidingWindowLimiter {
  /** Admission times per key, oldest first. */
  private readonly admitted = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Admits (and records) a request, or returns how many ms until a slot frees. */
  take(key: string, now: number): { admitted: true } | { admitted: false; retryAfterMs: number } {
    const recent = (this.admitted.get(key) ?? []).filter((at) => at > now - this.windowMs);
    this.admitted.set(key, recent);
    const oldest = recent[0];
    if (recent.length >= this.limit && oldest !== undefined) {
      return { admitted: false, retryAfterMs: oldest + this.windowMs - now };
    }
    recent.push(now);
    return { admitted: true };
  }
}
