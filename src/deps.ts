/**
 * The composition root: builds the long-lived collaborators of a gateway (transports with their
 * budgets and caches, pollers, metrics, logger, persisted operations, result and parse caches)
 * from a configuration. Nothing here imports the schema.
 */
import type { Config } from './config.js';
import type { GatewayDeps } from './gateway-types.js';
import { DEFAULT_LIVE_SETTINGS, MemoryPollerRegistry, type LiveRegistry } from './live/registry.js';
import { RedisPollerRegistry } from './redis/poller-registry.js';
import { createLogger, type LogSink } from './observability/logger.js';
import { GatewayMetrics, type SharedState } from './observability/metrics.js';
import { ParseCache } from './parse-cache.js';
import { createPersistedOperations } from './plugins/use-persisted-operations.js';
import { ResultCache } from './result-cache.js';
import { createClickHouseTransport } from './upstream/clickhouse/transport.js';
import { clickHouseCredential, divioCredential } from './upstream/credentials.js';
import { createDivioTransport } from './upstream/divio/transport.js';
import type { RedisConnection } from './redis/connection.js';
import { DEFAULT_IN_MOTION_TTL_MS } from './upstream/transport.js';

export type { GatewayDeps } from './gateway-types.js';

/** Creates the shared collaborators for a configuration (`logSink`: where log lines go). */
export interface GatewayDepsOptions {
  /** Where log lines go. */
  logSink?: LogSink;
  /** REDIS_URL's connection (made by the caller, which reports an unreachable Redis): shared state. */
  redis?: RedisConnection;
}

export function createGatewayDeps(config: Config, options: GatewayDepsOptions = {}): GatewayDeps {
  const metrics = new GatewayMetrics();
  const { redis } = options;
  const shared = redis && { redis, replicas: config.replicas };
  const sharedState = (): SharedState => (redis === undefined ? 'in-process' : redis.healthy ? 'redis' : 'in-process (Redis lost)');
  const clickhouse = createClickHouseTransport({
    baseUrl: config.clickhouse.apiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    rateLimit: config.clickhouse.rateLimit,
    onAttempt: metrics.attemptObserver('clickhouse'),
    circuitBreaker: config.circuit,
    shared,
    inMotionTtlMs: Math.min(DEFAULT_IN_MOTION_TTL_MS, config.live.fastMs),
    staleIfErrorMs: config.staleIfErrorS * 1000,
  });
  const divio = createDivioTransport({
    baseUrl: config.divio.apiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    onAttempt: metrics.attemptObserver('divio'),
    circuitBreaker: config.circuit,
    shared,
    staleIfErrorMs: config.staleIfErrorS * 1000,
  });
  const liveSettings = { ...DEFAULT_LIVE_SETTINGS, ...config.live };
  // With Redis, one poller per resource runs across every replica; without, one per process.
  const live: LiveRegistry = options.redis ? new RedisPollerRegistry(liveSettings, options.redis) : new MemoryPollerRegistry(liveSettings);
  metrics.watch(
    [
      { upstream: 'clickhouse', budget: clickhouse.budget, cache: clickhouse.cache, circuitState: () => clickhouse.breaker.state },
      { upstream: 'divio', budget: divio.budget, cache: divio.cache, circuitState: () => divio.breaker.state },
    ],
    live,
    sharedState,
  );
  const serverCredentials = {
    clickhouse: config.clickhouse.key && clickHouseCredential(config.clickhouse.key.keyId, config.clickhouse.key.keySecret),
    divio: config.divio.token === null ? null : divioCredential(config.divio.token),
  };
  const logger = createLogger(config.logLevel, options.logSink);
  redis?.logTo(logger);
  const persistedOperations = createPersistedOperations(config);
  const resultCache = config.resultCacheEntries > 0 ? new ResultCache({ maxEntries: config.resultCacheEntries }) : undefined;
  if (resultCache) metrics.watchResults(() => resultCache.stats());
  const parseCache = new ParseCache();
  return { config, clickhouse, divio, live, metrics, logger, serverCredentials, persistedOperations, sharedState, resultCache, parseCache };
}
