/**
 * Per-request context: who is calling (request-credentials.ts), the upstream clients bound to
 * those credentials, and the per-request loaders. Nothing here outlives the request; what is
 * shared across requests lives in the transports (keyed by fingerprint).
 */
import { setMaxListeners } from 'node:events';
import { contextCacheSymbol } from '@pothos/core';
import type { Context, GatewayDeps, HeaderSource, RequestLoaders } from './gateway-types.js';
import { createLoaders } from './loaders/clickhouse.js';
import type { ResourceDescription } from './resources/types.js';
import { newRequestId } from './observability/requests.js';
import { requestCredentials, fingerprintsOf, type Resolved } from './request-credentials.js';
import { ReadLog } from './upstream/cache.js';
import { asksForCost, CostLog } from './upstream/cost-log.js';
import { ClickHouseClient } from './upstream/clickhouse/client.js';
import type { ClickHouseCredential, DivioCredential } from './upstream/credentials.js';
import { DivioClient } from './upstream/divio/client.js';

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
 * The loaders, built on first use: most operations (Divio ones, subscriptions) never touch them.
 * A class on an object of its own, which survives yoga copying the context and costs a
 * subscription no closures.
 */
class LazyLoaders implements RequestLoaders {
  private built: RequestLoaders | undefined;

  constructor(private readonly clickhouse: () => ClickHouseClient) {}

  list<T>(resource: ResourceDescription) {
    return (this.built ??= createLoaders(this.clickhouse)).list<T>(resource);
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
  // A subscription's events are not reusable results: it records no reads from now on, and each
  // event's stale answers are its own.
  context.reads?.other();
  context.reads?.stale.splice(0);
  context.cost?.close();
  context[contextCacheSymbol] = {};
  context.loaders = lazyLoaders(context.clickhouse);
}

export interface ContextOptions {
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
  /** The request id assigned by the HTTP layer; WebSocket operations get a fresh one. */
  requestId?: string;
  /**
   * Record cache reads: for kept results (HTTP requests only: result-cache.ts keys them by the
   * request), upstream calls counted, and answers served stale (the `stale` extension, on every
   * transport and on each event of a subscription).
   */
  recordReads?: boolean;
}

export function createContext(deps: GatewayDeps, headers: HeaderSource, options: ContextOptions = {}): Context {
  const { signal } = options;
  // Every upstream call of the request listens to it (a dashboard makes dozens): not a leak.
  if (signal) setMaxListeners(0, signal);
  const requestId = options.requestId ?? newRequestId();
  const { clickhouse: clickhouseCredential, divio: divioCredential } = requestCredentials(deps, headers);
  // Kept results (result-cache.ts) and the `stale` extension (use-stale-marker.ts) read it.
  const reads = options.recordReads ? new ReadLog() : undefined;
  // `extensions.cost` (use-cost-extension.ts), for HTTP requests that ask for it.
  const cost = options.recordReads && asksForCost(headers) ? new CostLog() : undefined;
  const clickhouse = lazyClient(clickhouseCredential, (credential) => new ClickHouseClient(deps.clickhouse, credential, requestId, signal, reads, cost));
  const divio = lazyClient(divioCredential, (credential) => new DivioClient(deps.divio, credential, requestId, signal, reads, cost));
  return {
    [contextCacheSymbol]: {},
    requestId,
    clickhouse,
    divio,
    loaders: lazyLoaders(clickhouse),
    live: deps.live,
    signal,
    maxUploadBytes: deps.config.maxUploadBytes,
    fingerprints: fingerprintsOf(clickhouseCredential, divioCredential),
    reads,
    cost,
    forPolling: new PollingClients(deps, clickhouseCredential, divioCredential),
  };
}
