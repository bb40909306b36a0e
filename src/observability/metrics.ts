/**
 * Prometheus metrics (served at /metrics). Labels are low-cardinality and never carry a
 * credential or fingerprint: upstream, endpoint (the path template, upstream/path-template.ts), status.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Budget } from '../upstream/budget.js';
import type { Cache } from '../upstream/cache.js';

/** Where the state replicas share lives right now (README "Running several replicas"). */
export type SharedState = 'in-process' | 'redis' | 'in-process (Redis lost)';
import type { AttemptInfo } from '../upstream/http.js';
import { pathTemplate } from '../upstream/path-template.js';
import type { LiveRegistry } from '../live/registry.js';


export interface UpstreamSources {
  upstream: 'clickhouse' | 'divio';
  budget: Budget;
  cache: Cache;
  circuitState?: () => string;
}

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'opsgraph_http_requests_total',
    help: 'HTTP requests answered, by method and status.',
    labelNames: ['method', 'status'] as const,
    registers: [this.registry],
  });
  readonly upstreamCalls = new Counter({
    name: 'opsgraph_upstream_calls_total',
    help: 'Upstream HTTP attempts, by upstream, endpoint template, method and status (or error code).',
    labelNames: ['upstream', 'endpoint', 'method', 'status'] as const,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram({
    name: 'opsgraph_upstream_call_duration_seconds',
    help: 'Duration of upstream HTTP attempts.',
    labelNames: ['upstream', 'endpoint'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'opsgraph_process_' });
  }

  /** The http client's onAttempt hook for one upstream. */
  attemptObserver(upstream: 'clickhouse' | 'divio'): (info: AttemptInfo) => void {
    return (info) => {
      const endpoint = pathTemplate(upstream, info.path);
      const status = info.status === undefined ? (info.error ?? 'error') : String(info.status);
      this.upstreamCalls.inc({ upstream, endpoint, method: info.method, status });
      this.upstreamDuration.observe({ upstream, endpoint }, info.durationMs / 1000);
    };
  }

  /** Gauges of kept query results (result-cache.ts), read at scrape time. */
  watchResults(stats: () => { reused: number; size: number }): void {
    this.gauge(
      'opsgraph_result_cache_reused_total',
      'Query requests answered with a kept result (every cached upstream answer it was built from unchanged).',
      () => stats().reused,
    );
    this.gauge('opsgraph_result_cache_results', 'Query results kept for reuse.', () => stats().size);
  }

  watchPrepared(stats: () => { served: number; size: number }): void {
    this.gauge('opsgraph_prepared_requests_served_total', 'Query requests executed as prepared requests (without yoga\'s pipeline, kept results off).', () => stats().served);
    this.gauge('opsgraph_prepared_requests', 'Requests prepared for direct execution.', () => stats().size);
  }

  /** A gauge without labels, read at scrape time. */
  private gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** Gauges read at scrape time from the budget, cache, breaker and poller registry. */
  watch(sources: readonly UpstreamSources[], live: LiveRegistry, sharedState: () => SharedState): void {
    const perUpstream = (name: string, help: string, read: (source: UpstreamSources) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['upstream'] as const,
        registers: [this.registry],
        collect() {
          for (const source of sources) this.set({ upstream: source.upstream }, read(source));
        },
      });
    perUpstream('opsgraph_budget_granted_total', 'Upstream call slots granted by the budget.', (s) => s.budget.stats().granted);
    perUpstream('opsgraph_budget_waits_total', 'Calls that had to queue for a budget slot.', (s) => s.budget.stats().waited);
    perUpstream('opsgraph_budget_wait_seconds_total', 'Time spent queueing for budget slots.', (s) => s.budget.stats().totalWaitMs / 1000);
    perUpstream('opsgraph_budget_rejected_total', 'Calls refused with RATE_LIMITED by the budget.', (s) => s.budget.stats().rejected);
    perUpstream('opsgraph_cache_hits_total', 'GETs answered from the shared cache.', (s) => s.cache.stats().hits);
    perUpstream('opsgraph_cache_misses_total', 'GETs that went upstream.', (s) => s.cache.stats().misses);
    perUpstream('opsgraph_cache_coalesced_total', 'GETs that joined an identical call in flight.', (s) => s.cache.stats().coalesced);
    perUpstream('opsgraph_cache_stale_total', 'GETs answered with a last good value because a fresh one failed or was still loading after 1 s (STALE_IF_ERROR_S).', (s) => s.cache.stats().stale);
    perUpstream(
      'opsgraph_cache_invalidations_unacknowledged_total',
      'Replicas that did not acknowledge an invalidation of ours within 1 s (REDIS_URL); they drop the entries when they read it.',
      (s) => s.cache.stats().unacknowledged,
    );
    perUpstream('opsgraph_circuit_open', '1 while the circuit breaker of the upstream is open.', (s) =>
      s.circuitState?.() === 'open' ? 1 : 0,
    );
    this.gauge(
      'opsgraph_shared_state_redis',
      '1 while budget, cache and pollers are shared on Redis; 0 in-process (no REDIS_URL, or Redis lost).',
      () => (sharedState() === 'redis' ? 1 : 0),
    );
    this.gauge('opsgraph_active_subscriptions', 'Open subscription streams.', () => live.stats().subscribers);
    this.gauge('opsgraph_active_pollers', 'Running upstream pollers (one per credential and resource).', () => live.stats().pollers);
  }
}
