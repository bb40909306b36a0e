/**
 * Per-request context: who is calling (credentials from headers or server-held), the upstream
 * clients bound to those credentials, and the per-request loaders. Nothing here outlives the
 * request; what is shared across requests lives in the transports (keyed by fingerprint).
 */
import { setMaxListeners } from 'node:events';
import type DataLoader from 'dataloader';
import { contextCacheSymbol } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Config } from './config.js';
import { DEFAULT_LIVE_SETTINGS, PollerRegistry, type LiveRegistry } from './live/registry.js';
import { SharedPollerRegistry } from './live/shared-registry.js';
import { createLogger, type Logger, type LogSink } from './observability/logger.js';
import { newRequestId } from './observability/request-plugin.js';
import { GatewayMetrics, type SharedState } from './observability/metrics.js';
import {
  clickHouseCredential,
  divioCredential,
  parseClickHouseKeyHeader,
  parseDivioTokenHeader,
  type ClickHouseCredential,
  type DivioCredential,
} from './upstream/credentials.js';
import { ClickHouseClient } from './upstream/clickhouse/client.js';
import { createClickHouseTransport, type ClickHouseTransport } from './upstream/clickhouse/transport.js';
import { DEFAULT_IN_MOTION_TTL_MS } from './upstream/transport.js';
import { DivioClient } from './upstream/divio/client.js';
import { createDivioTransport, type DivioTransport } from './upstream/divio/transport.js';
import type { BackupDto, ServiceDto } from './upstream/clickhouse/types.js';
import { createLoaders } from './schema/clickhouse/loaders.js';
import { createPersistedOperations, type PersistedOperations } from './plugins/persisted-operations.js';
import type { RedisStore } from './upstream/redis/connection.js';
import { ReadLog } from './upstream/cache.js';
import { ResultCache } from './result-cache.js';
import { ParseCache } from './parse-cache.js';

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

/** Creates the shared collaborators for a configuration (`logSink`: where log lines go). */
export interface GatewayDepsOptions {
  /** Where log lines go. */
  logSink?: LogSink;
  /** REDIS_URL's connection (made by the caller, which reports an unreachable Redis): shared state. */
  redis?: RedisStore;
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
  });
  const divio = createDivioTransport({
    baseUrl: config.divio.apiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    onAttempt: metrics.attemptObserver('divio'),
    circuitBreaker: config.circuit,
    shared,
  });
  const liveSettings = { ...DEFAULT_LIVE_SETTINGS, ...config.live };
  // With Redis, one poller per resource runs across every replica; without, one per process.
  const live: LiveRegistry = options.redis ? new SharedPollerRegistry(liveSettings, options.redis) : new PollerRegistry(liveSettings);
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
  const resultCache = redis === undefined && config.resultCacheEntries > 0 ? new ResultCache({ maxEntries: config.resultCacheEntries }) : undefined;
  if (resultCache) metrics.watchResults(() => resultCache.stats());
  const parseCache = new ParseCache();
  return { config, clickhouse, divio, live, metrics, logger, serverCredentials, persistedOperations, sharedState, resultCache, parseCache };
}

/** A service together with the organization that owns it (the API only addresses it that way). */
export interface ServiceRecord extends ServiceDto {
  organizationId: string;
}

export interface BackupRecord extends BackupDto {
  organizationId: string;
}

export interface RequestLoaders {
  /** organizationId -> its services, one upstream list per organization per request. */
  servicesByOrganization: DataLoader<string, ServiceRecord[]>;
  /** "organizationId:serviceId" -> that service's backups, most recent first. */
  backupsByService: DataLoader<string, BackupRecord[]>;
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
  credentialScope: string;
  /** What this request read from the upstream cache, when results may be reused (result-cache.ts). */
  reads: ReadLog | undefined;
  /**
   * Clients for one poll of a shared poller: the same credentials, but a request id of their own
   * (`poll-<uuid>`) and no request signal, since the poll serves every subscriber, not this one.
   */
  forPolling: { clickhouse(): ClickHouseClient; divio(): DivioClient };
}

/** Header names of API.md. */
export const CLICKHOUSE_KEY_HEADER = 'x-clickhouse-key';
export const DIVIO_TOKEN_HEADER = 'x-divio-token';

export interface HeaderSource {
  get(name: string): string | null | undefined;
}

/** A credential, or the coded error every use of it throws (`malformed`: a bad header, not a missing one). */
type Resolved<C> = { credential: C } | { error: GraphQLError; malformed: boolean };

function unauthenticated(upstream: 'clickhouse' | 'divio', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', upstream } });
}

/**
 * A per-request credential header wins over the server-held one. Resolution is lazy per upstream,
 * so a bad ClickHouse key fails only the ClickHouse fields of a request that also asks Divio.
 */
function resolveCredential<C>(
  upstream: 'clickhouse' | 'divio',
  header: string | null | undefined,
  parse: (value: string) => { ok: true; credential: C } | { ok: false; reason: string },
  serverHeld: C | null,
  missing: string,
): Resolved<C> {
  if (header !== null && header !== undefined) {
    const parsed = parse(header);
    return parsed.ok ? { credential: parsed.credential } : { error: unauthenticated(upstream, parsed.reason), malformed: true };
  }
  return serverHeld ? { credential: serverHeld } : { error: unauthenticated(upstream, missing), malformed: false };
}

/** Both credentials of a request, resolved from its headers or held by the server. */
function requestCredentials(deps: GatewayDeps, headers: HeaderSource) {
  return {
    clickhouse: resolveCredential(
      'clickhouse',
      headers.get(CLICKHOUSE_KEY_HEADER),
      parseClickHouseKeyHeader,
      deps.serverCredentials.clickhouse,
      'No ClickHouse Cloud credentials: send the x-clickhouse-key header ("<keyId>:<keySecret>") or configure CLICKHOUSE_API_KEY_ID and CLICKHOUSE_API_KEY_SECRET',
    ),
    divio: resolveCredential(
      'divio',
      headers.get(DIVIO_TOKEN_HEADER),
      parseDivioTokenHeader,
      deps.serverCredentials.divio,
      'No Divio credentials: send the x-divio-token header or configure DIVIO_API_TOKEN',
    ),
  };
}

/** Both credentials' fingerprints ("-" for none): what results may be shared within. */
function scopesOf(clickhouse: Resolved<{ fingerprint: string }>, divio: Resolved<{ fingerprint: string }>): string {
  const scopeOf = (resolved: Resolved<{ fingerprint: string }>) => ('credential' in resolved ? resolved.credential.fingerprint : '-');
  return `${scopeOf(clickhouse)}:${scopeOf(divio)}`;
}

/**
 * Both credentials of a request as fingerprints ("-" for none), as createContext would resolve
 * them; null when a credential header is malformed (such a request is never answered from a kept
 * result). Keys of reused results.
 */
export function credentialScopes(deps: GatewayDeps, headers: HeaderSource): string | null {
  const { clickhouse, divio } = requestCredentials(deps, headers);
  if (('malformed' in clickhouse && clickhouse.malformed) || ('malformed' in divio && divio.malformed)) return null;
  return scopesOf(clickhouse, divio);
}

/**
 * Clients for the polls of a shared poller: a new one per poll, with a request id of its own and
 * no request signal. A class (methods on the prototype), since every subscription carries one.
 */
class PollingClients {
  constructor(
    private readonly deps: GatewayDeps,
    private readonly clickhouseCredential: Resolved<ClickHouseCredential>,
    private readonly divioCredential: Resolved<DivioCredential>,
  ) {}

  clickhouse(): ClickHouseClient {
    if ('error' in this.clickhouseCredential) throw this.clickhouseCredential.error;
    return new ClickHouseClient(this.deps.clickhouse, this.clickhouseCredential.credential, `poll-${newRequestId()}`);
  }

  divio(): DivioClient {
    if ('error' in this.divioCredential) throw this.divioCredential.error;
    return new DivioClient(this.deps.divio, this.divioCredential.credential, `poll-${newRequestId()}`);
  }
}

/** Builds a client on first use; throws the coded credential error on every use without one. */
function lazyClient<C, T>(resolved: Resolved<C>, build: (credential: C) => T): () => T {
  let client: T | undefined;
  return () => {
    if ('error' in resolved) throw resolved.error;
    client ??= build(resolved.credential);
    return client;
  };
}

/**
 * The loaders, each built on first use: most operations (Divio ones, subscriptions) never touch
 * them. A class with getters on its prototype, on an object of its own, which survives yoga
 * copying the context and costs a subscription no closures.
 */
class LazyLoaders implements RequestLoaders {
  private built: RequestLoaders | undefined;

  constructor(private readonly clickhouse: () => ClickHouseClient) {}

  get servicesByOrganization() {
    return (this.built ??= createLoaders(this.clickhouse)).servicesByOrganization;
  }

  get backupsByService() {
    return (this.built ??= createLoaders(this.clickhouse)).backupsByService;
  }
}

function lazyLoaders(clickhouse: () => ClickHouseClient): RequestLoaders {
  return new LazyLoaders(clickhouse);
}

/**
 * Empties the per-request caches: our loaders and everything Pothos keys by the context. A
 * subscription lives as long as its client, but each of its events is a request of its own: run
 * after set-up and after each event, this keeps an event from seeing data an earlier event
 * loaded, and a quiet subscription from holding any.
 */
export function renewRequestCaches(context: Context): void {
  // A subscription's events are not reusable results: it records no reads from now on.
  context.reads?.other();
  context[contextCacheSymbol] = {};
  context.loaders = lazyLoaders(context.clickhouse);
}

export interface ContextOptions {
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
  /** The request id assigned by the HTTP layer; WebSocket operations get a fresh one. */
  requestId?: string;
  /** Record cache reads for kept results (HTTP requests; a WebSocket operation is never kept). */
  recordReads?: boolean;
}

export function createContext(deps: GatewayDeps, headers: HeaderSource, options: ContextOptions = {}): Context {
  const { signal } = options;
  // Every upstream call of the request listens to it (a dashboard makes dozens): not a leak.
  if (signal) setMaxListeners(0, signal);
  const requestId = options.requestId ?? newRequestId();
  const { clickhouse: clickhouseCredential, divio: divioCredential } = requestCredentials(deps, headers);
  const reads = deps.resultCache && options.recordReads ? new ReadLog() : undefined;
  const clickhouse = lazyClient(clickhouseCredential, (credential) => new ClickHouseClient(deps.clickhouse, credential, requestId, signal, reads));
  const divio = lazyClient(divioCredential, (credential) => new DivioClient(deps.divio, credential, requestId, signal, reads));
  return {
    [contextCacheSymbol]: {},
    requestId,
    clickhouse,
    divio,
    loaders: lazyLoaders(clickhouse),
    live: deps.live,
    signal,
    maxUploadBytes: deps.config.maxUploadBytes,
    credentialScope: scopesOf(clickhouseCredential, divioCredential),
    reads,
    forPolling: new PollingClients(deps, clickhouseCredential, divioCredential),
  };
}
