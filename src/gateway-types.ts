/**
 * The types every layer needs (the per-request Context, the long-lived GatewayDeps, the header
 * source), in a leaf module: it imports types only, from modules that never import it back, so
 * the schema, the plugins and the composition root all depend on it and on nothing of each other.
 */
import type { contextCacheSymbol } from '@pothos/core';
import type { Config } from './config.js';
import type { LiveRegistry } from './live/registry.js';
import type { RequestLoaders } from './loaders/clickhouse.js';
import type { Logger } from './observability/logger.js';
import type { GatewayMetrics, SharedState } from './observability/metrics.js';
import type { ParseCache } from './parse-cache.js';
import type { PersistedOperations } from './plugins/use-persisted-operations.js';
import type { ResultCache } from './result-cache.js';
import type { ClickHouseClient } from './upstream/clickhouse/client.js';
import type { ClickHouseTransport } from './upstream/clickhouse/transport.js';
import type { ReadLog } from './upstream/cache.js';
import type { CostLog } from './upstream/cost-log.js';
import type { ClickHouseCredential, DivioCredential } from './upstream/credentials.js';
import type { DivioClient } from './upstream/divio/client.js';
import type { DivioTransport } from './upstream/divio/transport.js';

export type { RequestLoaders } from './loaders/clickhouse.js';

/** Long-lived collaborators shared by every request. */
export interface GatewayDeps {
  config: Config;
  clickhouse: ClickHouseTransport;
  divio: DivioTransport;
  /** Subscription pollers, shared by every subscriber. */
  live: LiveRegistry;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Server-held credentials, fingerprinted once here rather than on every request. */
  serverCredentials: { clickhouse: ClickHouseCredential | null; divio: DivioCredential | null };
  /** Persisted operations (PERSISTED_OPERATIONS), shared by HTTP, SSE and WebSocket. */
  persistedOperations: PersistedOperations;
  /** Where shared state lives now: /readyz and /metrics report it. */
  sharedState(): SharedState;
  /** Whole query results kept for reuse (RESULT_CACHE_ENTRIES; none with REDIS_URL or 0). */
  resultCache: ResultCache | undefined;
  /** Parsed documents by text, for yoga (bounded by count and characters). */
  parseCache: ParseCache;
}

export interface Context {
  /**
   * Pothos keys every per-request cache (its loaders, the Divio loaders, child lists) by this
   * object rather than by the context, so renewRequestCaches can start them afresh.
   */
  [contextCacheSymbol]: object;
  requestId: string;
  /** The ClickHouse client for this request's credential; throws a coded error when there is none. */
  clickhouse(): ClickHouseClient;
  /** The Divio client for this request's token; throws a coded error when there is none. */
  divio(): DivioClient;
  loaders: RequestLoaders;
  /** The shared poller registry (subscriptions, and mutations nudging pollers). */
  live: LiveRegistry;
  /** Aborted when the client goes away (HTTP request or WebSocket operation). */
  signal: AbortSignal | undefined;
  /** MAX_UPLOAD_BYTES: the largest file an upload input takes. */
  maxUploadBytes: number;
  /** Both credentials' fingerprints ("-" for none or a bad one): results are shared within it. */
  fingerprints: string;
  /** What this request read from the upstream cache, when results may be reused (result-cache.ts). */
  reads: ReadLog | undefined;
  /** The request's upstream calls and reads, when it asked for `extensions.cost` (use-cost-extension.ts). */
  cost?: CostLog | undefined;
  /**
   * Clients for one poll of a shared poller: the same credentials, but a request id of their own
   * (`poll-<uuid>`) and no request signal, since the poll serves every subscriber, not this one.
   */
  forPolling: { clickhouse(): ClickHouseClient; divio(): DivioClient };
}

/** Where a request's credentials are read: HTTP headers, or connection_init payload keys. */
export interface HeaderSource {
  get(name: string): string | null | undefined;
}
