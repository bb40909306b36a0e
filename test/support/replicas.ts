/**
 * Several gateway replicas sharing one Redis, for the tests of issue "Several replicas, one
 * budget": one ClickHouse simulator enforcing the real limit (10 per 10 s per key) and one Divio
 * simulator, and N gateways, each with its own deps and its own Redis connection, on port 0.
 * Each test file brings its own Redis (test/support/redis-server.ts), so files running at the same
 * time never share a budget or a cache.
 */
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Redis } from 'ioredis';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { GatewayDeps } from '../../src/gateway-types.js';
import { createGatewayDeps } from '../../src/deps.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../../src/simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../../src/simulator/divio/index.js';
import { RedisConnection } from '../../src/redis/connection.js';

export async function flushDatabase(url: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

export interface Replica {
  index: number;
  url: string;
  wsUrl: string;
  app: App;
  deps: GatewayDeps;
  redis: RedisConnection;
  logs: string[];
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  /** Stops this replica as a crash would look to the others: no goodbye in Redis. */
  kill(): Promise<void>;
}

export interface ReplicaSet {
  replicas: Replica[];
  clickhouse: ClickHouseSimulator;
  divio: DivioSimulator;
  redisUrl: string;
  /** ClickHouse requests since the last reset, and how many of them the simulator answered 429. */
  clickhouseCalls(): { total: number; throttled: number };
  divioCalls(): number;
  resetCalls(): void;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  count: number;
  /** The Redis the replicas share (a private server of the test file): flushed first. */
  redisUrl: string;
  /** The limit the ClickHouse simulator enforces; null: none. @default the real 10 per 10 s */
  simulatorRateLimit?: { limit: number; windowMs: number } | null;
  /** Simulator state transition delay. @default 300 */
  transitionMs?: number;
  /** Services added to Acme's seed (the simulator's extraServices), each with three backups. @default 0 */
  extraServices?: number;
  /** Extra environment for every replica. */
  env?: Record<string, string>;
}

export async function startReplicas(options: ReplicaOptions): Promise<ReplicaSet> {
  const { redisUrl } = options;
  await flushDatabase(redisUrl);
  const [clickhouse, divio] = await Promise.all([
    startClickHouseSimulator({ rateLimit: options.simulatorRateLimit === undefined ? { limit: 10, windowMs: 10_000 } : options.simulatorRateLimit, transitionMs: options.transitionMs ?? 300, extraServices: options.extraServices ?? 0 }),
    startDivioSimulator({ deploymentStepMs: 40 }),
  ]);
  const key = CLICKHOUSE_SEED.keys[0]!;
  const token = DIVIO_SEED.tokens.find((candidate) => candidate.id === 'acme-ops')!;
  const replicas: Replica[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const config = loadConfig({
      CLICKHOUSE_API_URL: clickhouse.url,
      CLICKHOUSE_API_KEY_ID: key.keyId,
      CLICKHOUSE_API_KEY_SECRET: key.keySecret,
      DIVIO_API_URL: divio.url,
      DIVIO_API_TOKEN: token.token,
      REDIS_URL: redisUrl,
      GATEWAY_REPLICAS: String(options.count),
      ...options.env,
    });
    const logs: string[] = [];
    const redis = await RedisConnection.connect(redisUrl, { commandTimeoutMs: config.redisCommandTimeoutMs });
    const deps = createGatewayDeps(config, { logSink: (line) => logs.push(line), redis });
    const app = createApp(deps);
    const url = await app.start(0, '127.0.0.1');
    replicas.push({
      index,
      url,
      wsUrl: url.replace(/^http/, 'ws'),
      app,
      deps,
      redis,
      logs,
      async execute(document, variables, headers = {}) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
          body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
        });
        return { ...((await response.json()) as ExecutionResult<never>), status: response.status } as never;
      },
      async kill() {
        // A crash: the process is gone, its Redis connection drops, nothing is released politely.
        redis.client.disconnect();
        redis.subscriber().disconnect();
        await app.stop();
      },
    });
  }
  return {
    replicas,
    clickhouse,
    divio,
    redisUrl,
    clickhouseCalls() {
      const requests = clickhouse.requests;
      return { total: requests.length, throttled: requests.filter((request) => request.status === 429).length };
    },
    divioCalls() {
      return divio.requests.length;
    },
    resetCalls() {
      clickhouse.clearRequests();
      divio.clearRequests();
    },
    async close() {
      for (const replica of replicas) {
        await replica.app.stop().catch(() => {});
        await replica.redis.close();
      }
      await Promise.all([clickhouse.close(), divio.close()]);
    },
  };
}
