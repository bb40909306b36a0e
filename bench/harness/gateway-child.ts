/**
 * Child process: both simulators and the gateway, configured from OPSGRAPH_BENCH (JSON
 * ChildOptions), answering the driver's IPC requests (counts, memory after GC, latency changes).
 * Run with --expose-gc so memory figures are measured after a collection.
 */
import cluster from 'node:cluster';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createGatewayDeps } from '../../src/deps.js';
import { pathTemplate } from '../../src/upstream/path-template.js';
import type { UpstreamName } from '../../src/upstream/errors.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator } from '../../src/simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator } from '../../src/simulator/divio/index.js';
import { clickHouseCredential, divioCredential } from '../../src/upstream/credentials.js';
import { RedisConnection } from '../../src/redis/connection.js';
import { startTracing } from '../../src/observability/tracing.js';
import type { ChildMessage, ChildOptions, DriverMessage, UpstreamCounts } from './protocol.js';

const options = JSON.parse(process.env.OPSGRAPH_BENCH ?? '{}') as ChildOptions;
const send = (message: ChildMessage) => process.send!(message);

const key = CLICKHOUSE_SEED.keys[0]!;
const token = DIVIO_SEED.tokens[0]!;

function count<T extends { path: string; status: number; traceparent?: string }>(upstream: UpstreamName, requests: readonly T[]) {
  const byStatus: Record<string, number> = {};
  const byEndpoint: Record<string, number> = {};
  for (const request of requests) {
    byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;
    const endpoint = pathTemplate(upstream, request.path).replace(/\/v1\/organizations\/\{organizationId\}\/services\/\{serviceId\}\/backups$/, 'backups');
    byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
  }
  return { total: requests.length, byStatus, byEndpoint, traced: requests.filter((request) => request.traceparent !== undefined).length };
}

/** The gateway's configuration against the simulators at these URLs. */
function gatewayConfig(clickhouseUrl: string, divioUrl: string) {
  return loadConfig({
    CLICKHOUSE_API_URL: clickhouseUrl,
    CLICKHOUSE_API_KEY_ID: key.keyId,
    CLICKHOUSE_API_KEY_SECRET: key.keySecret,
    CLICKHOUSE_RATE_LIMIT: options.gatewayRateLimit,
    DIVIO_API_URL: divioUrl,
    DIVIO_API_TOKEN: token.token,
    LIVE_POLL_FAST_MS: String(options.live.fastMs),
    LIVE_POLL_SLOW_MS: String(options.live.slowMs),
    // The default level and sink (a request line per request to stdout), so logging is measured.
    LOG_LEVEL: 'info',
    MAX_BODY_BYTES: String(4 * 1024 * 1024),
    // A workload may turn kept results off (RESULT_CACHE_ENTRIES=0) to measure the engine alone.
    ...(process.env.RESULT_CACHE_ENTRIES ? { RESULT_CACHE_ENTRIES: process.env.RESULT_CACHE_ENTRIES } : {}),
    // BENCH_CLUSTER: the workers share state through Redis when the driver's REDIS_URL is set.
    ...(options.cluster > 0 && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, GATEWAY_REPLICAS: String(options.cluster) } : {}),
  });
}

/** A node:cluster worker: one gateway on the port the workers share; reports its URL to the primary. */
async function clusterWorker(): Promise<void> {
  const { clickhouseUrl, divioUrl } = JSON.parse(process.env.OPSGRAPH_BENCH_UPSTREAMS ?? '{}') as { clickhouseUrl: string; divioUrl: string };
  const config = gatewayConfig(clickhouseUrl, divioUrl);
  const redis = config.redisUrl === null ? undefined : await RedisConnection.connect(config.redisUrl, { commandTimeoutMs: config.redisCommandTimeoutMs });
  const app = createApp(createGatewayDeps(config, { redis }));
  // Port 0 in a cluster: the primary picks one port and every worker shares it.
  const url = await app.start(0, '127.0.0.1');
  process.send!({ type: 'listening', url });
  process.on('disconnect', () => void app.stop().then(() => redis?.close()).then(() => process.exit(0)));
}

/** BENCH_CLUSTER=n: n gateway workers under node:cluster in front of this process' simulators. */
async function startClusterWorkers(clickhouseUrl: string, divioUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  cluster.setupPrimary({ execArgv: process.execArgv.filter((flag) => !flag.startsWith('--cpu-prof')) });
  const workers = Array.from({ length: options.cluster }, () =>
    cluster.fork({ OPSGRAPH_BENCH_UPSTREAMS: JSON.stringify({ clickhouseUrl, divioUrl }) }),
  );
  const urls = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<string>((resolve, reject) => {
          worker.on('message', (message: { type?: string; url?: string }) => {
            if (message.type === 'listening' && message.url) resolve(message.url);
          });
          worker.once('exit', (code) => reject(new Error(`cluster worker exited with ${code}`)));
        }),
    ),
  );
  return {
    url: urls[0]!,
    stop: async () => {
      await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.once('exit', resolve), worker.disconnect()))));
    },
  };
}

async function main(): Promise<void> {
  const simulator = await startClickHouseSimulator({
    rateLimit: options.simulatorRateLimit,
    transitionMs: 1_000,
    extraServices: options.extraServices,
  });
  const divio = await startDivioSimulator({ deploymentStepMs: 1_000 });
  // "0 ms" is none at all (a 0 ms delay rule waits for nothing), so direct REST is measured bare.
  let latency = { clickhouse: simulator.faults.inject({ delayMs: Math.max(options.latencyMs, 0) }), divio: divio.faults.inject({ delayMs: Math.max(options.latencyMs, 0) }) };

  const config = gatewayConfig(simulator.url, divio.url);
  // As src/index.ts does: OTEL_* variables in the child's environment turn traces on.
  const tracing = await startTracing();
  const deps = createGatewayDeps(config);
  // With BENCH_CLUSTER the gateway in this process serves nothing: the workers answer on their port.
  const workers = options.cluster > 0 ? await startClusterWorkers(simulator.url, divio.url) : undefined;
  const app = createApp(deps);
  const url = workers?.url ?? (await app.start(0, '127.0.0.1'));

  const replies: Record<DriverMessage['type'], (message: DriverMessage) => unknown | Promise<unknown>> = {
    counts: (): UpstreamCounts => ({ clickhouse: count('clickhouse', simulator.requests), divio: count('divio', divio.requests) }),
    reset: () => {
      simulator.clearRequests();
      divio.clearRequests();
      return true;
    },
    memory: () => {
      (globalThis as { gc?: () => void }).gc?.();
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage();
    },
    heapSnapshot: () => {
      (globalThis as { gc?: () => void }).gc?.();
      return writeHeapSnapshot(join(tmpdir(), `opsgraph-bench-${process.pid}-${Date.now()}.heapsnapshot`));
    },
    flushCache: () => {
      deps.clickhouse.cache.invalidate(clickHouseCredential(key.keyId, key.keySecret).fingerprint, '');
      deps.divio.cache.invalidate(divioCredential(token.token).fingerprint, '');
      return true;
    },
    setLatency: (message) => {
      const ms = (message as { ms: number }).ms;
      latency.clickhouse.clear();
      latency.divio.clear();
      latency = { clickhouse: simulator.faults.inject({ delayMs: ms }), divio: divio.faults.inject({ delayMs: ms }) };
      return true;
    },
    stats: () => ({ live: deps.live.stats(), budget: deps.clickhouse.budget.stats(), cache: deps.clickhouse.cache.stats() }),
  };

  process.on('message', (message: DriverMessage) => {
    void Promise.resolve(replies[message.type](message)).then((value) => send({ id: message.id, type: 'reply', value }));
  });
  process.on('disconnect', () => {
    void Promise.resolve(workers?.stop())
      .then(() => app.stop())
      .then(() => Promise.all([simulator.close(), divio.close(), tracing?.shutdown()]))
      .then(() => process.exit(0));
  });
  send({ type: 'ready', url, clickhouseUrl: simulator.url, divioUrl: divio.url });
}

(cluster.isWorker ? clusterWorker() : main()).catch((error: unknown) => {
  send({ type: 'fatal', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  process.exit(1);
});
