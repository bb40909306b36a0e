/**
 * The messages between the bench driver and the gateway child process (IPC). The gateway and
 * both simulators run in the child, so the driver's load generator and clients never share an
 * event loop or a heap with what is measured.
 */

export interface ChildOptions {
  /** Latency the simulators add to every upstream request (ms). */
  latencyMs: number;
  /** Rate limit the ClickHouse simulator enforces; null: none. */
  simulatorRateLimit: { limit: number; windowMs: number } | null;
  /** CLICKHOUSE_RATE_LIMIT of the gateway. */
  gatewayRateLimit: string;
  /** Extra services created in the Acme organization before the gateway starts. */
  extraServices: number;
  /** Subscription poll intervals. */
  live: { fastMs: number; slowMs: number };
  /** BENCH_CLUSTER: gateway workers under node:cluster (0: the gateway runs in the child itself). */
  cluster: number;
}

export interface UpstreamCount {
  total: number;
  byStatus: Record<string, number>;
  byEndpoint: Record<string, number>;
  /** Requests that carried a W3C traceparent (the gateway traces: OTEL_* in its environment). */
  traced: number;
}

export interface UpstreamCounts {
  clickhouse: UpstreamCount;
  divio: UpstreamCount;
}

export type DriverMessage =
  | { id: number; type: 'counts' }
  | { id: number; type: 'reset' }
  | { id: number; type: 'memory' }
  /** Writes a heap snapshot (after GC) to a temporary file; replies with its path. */
  | { id: number; type: 'heapSnapshot' }
  | { id: number; type: 'flushCache' }
  | { id: number; type: 'setLatency'; ms: number }
  | { id: number; type: 'stats' };

export type ChildMessage =
  | { type: 'ready'; url: string; clickhouseUrl: string; divioUrl: string }
  | { id: number; type: 'reply'; value: unknown }
  | { type: 'fatal'; message: string };
