/**
 * Replicas: three gateways sharing one private redis-server (in this process, so they share its
 * two cores), against the ClickHouse simulator enforcing 10 requests per 10 s per key.
 * - warm dashboard throughput through 1 replica, then through 3 at once (autocannon);
 * - a cold dashboard run on all 3 at once: upstream calls and 429s (which must be 0);
 * - subscriber fan-out: N subscribers spread over the 3, time until each has its first event, and
 *   the service-list reads of the one shared poller while everything is stable.
 *
 * Run alone: `npx tsx bench/workloads/replicas.ts` (BENCH_QUICK=1 for the smoke size).
 */
import autocannon from 'autocannon';
import { parse } from 'graphql';
import { pathToFileURL } from 'node:url';
import { DASHBOARD_QUERY } from '../../src/examples.js';
import { serviceGlobalId } from '../../test/support/ids.js';
import { subscribeWs, wsClient } from '../../test/support/live-clients.js';
import { redisServerBinary, startPrivateRedis } from '../../test/support/redis-server.js';
import { startReplicas, type ReplicaSet } from '../../test/support/replicas.js';
import type { BenchOptions, WorkloadResult } from './types.js';

const LIVE = { fastMs: 1_000, slowMs: 2_000 };
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

async function warmThroughput(urls: string[], seconds: number): Promise<{ rps: number; p50: number; errors: number }> {
  const body = JSON.stringify({ query: DASHBOARD_QUERY });
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: Math.ceil(10 / urls.length), duration: seconds }),
    ),
  );
  return {
    rps: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
  };
}

async function coldDashboards(set: ReplicaSet): Promise<{ calls: number; throttled: number; ms: number }> {
  set.resetCalls();
  const started = performance.now();
  const results = await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
  const failed = results.filter((result) => result.errors !== undefined);
  if (failed.length > 0) throw new Error(`cold dashboard failed: ${JSON.stringify(failed[0]!.errors)}`);
  const calls = set.clickhouseCalls();
  return { calls: calls.total, throttled: calls.throttled, ms: performance.now() - started };
}

async function fanout(set: ReplicaSet, subscribers: number, stableMs: number) {
  const document = parse('subscription Watch($id: ID!) { serviceUpdated(id: $id) { state } }');
  const id = serviceGlobalId('acmeProduction');
  const clients = set.replicas.map((replica) => wsClient(replica.wsUrl));
  const started = performance.now();
  const streams = Array.from({ length: subscribers }, (_, index) => subscribeWs(clients[index % clients.length]!, document, { id }));
  await Promise.all(streams.map((stream) => stream.until((events) => events.length >= 1, 120_000)));
  const firstEventsMs = performance.now() - started;
  set.resetCalls();
  await new Promise((resolve) => setTimeout(resolve, stableMs));
  const reads = set.clickhouse.requests.filter((request) => request.path.endsWith('/services')).length;
  const pollers = set.replicas.reduce((sum, replica) => sum + replica.deps.live.stats().pollers, 0);
  for (const stream of streams) stream.stop();
  await Promise.all(clients.map((client) => client.dispose()));
  return { firstEventsMs, readsPerMinute: (reads * 60_000) / stableMs, pollers };
}

export async function runReplicas(options: BenchOptions): Promise<WorkloadResult> {
  if (redisServerBinary() === null) throw new Error('the replicas workload needs redis-server (apt-get install -y redis-server)');
  const seconds = options.quick ? 3 : 10;
  const subscribers = options.quick ? 90 : 300;
  const redis = await startPrivateRedis();
  // Warm throughput measures the gateway, not the limit: no budget, and a simulator without one.
  const unlimited = await startReplicas({ count: 3, redisUrl: redis.url, simulatorRateLimit: null, env: { CLICKHOUSE_RATE_LIMIT: '0' } });
  let one: Awaited<ReturnType<typeof warmThroughput>>;
  let three: Awaited<ReturnType<typeof warmThroughput>>;
  try {
    await Promise.all(unlimited.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
    one = await warmThroughput([unlimited.replicas[0]!.url], seconds);
    three = await warmThroughput(unlimited.replicas.map((replica) => replica.url), seconds);
  } finally {
    await unlimited.close();
  }
  const set = await startReplicas({ count: 3, redisUrl: redis.url, env: { LIVE_POLL_FAST_MS: String(LIVE.fastMs), LIVE_POLL_SLOW_MS: String(LIVE.slowMs) } });
  try {
    const cold = await coldDashboards(set);
    const fan = await fanout(set, subscribers, options.quick ? 6_000 : 20_000);
    return {
      id: 'replicas',
      title: 'Replicas sharing one Redis',
      description:
        'Three gateways in one process (so on the same two cores) sharing a private redis-server, against the ClickHouse simulator enforcing 10 requests per 10 s per key. ' +
        `Warm throughput: autocannon, 10 connections in total, ${seconds} s; fan-out: ${subscribers} graphql-ws subscribers of one service spread over the three.`,
      columns: ['measure', 'value'],
      rows: [
        ['cold dashboard on 3 replicas at once: upstream calls', cold.calls],
        ['cold dashboard on 3 replicas at once: 429s', cold.throttled],
        ['cold dashboard on 3 replicas at once: ms until all answered', round(cold.ms)],
        ['warm dashboard, 1 replica: requests/s', round(one.rps)],
        ['warm dashboard, 1 replica: p50 ms', one.p50],
        ['warm dashboard, 3 replicas: requests/s (sum)', round(three.rps)],
        ['warm dashboard, 3 replicas: p50 ms', three.p50],
        ['errors under load', one.errors + three.errors],
        [`fan-out: ms until all ${subscribers} subscribers had their first event`, round(fan.firstEventsMs)],
        ['fan-out: pollers across the 3 replicas', fan.pollers],
        ['fan-out: service-list reads per minute while stable', round(fan.readsPerMinute, 1)],
      ],
      notes: [
        'One dashboard of the Acme key is 9 upstream calls; three replicas doing it at once cost the same 9 because they share one cache (a replica that misses first claims the URL) and one budget.',
        'Every shared-cache hit is a Redis round trip, so a replica on Redis answers a warm read slower than one with its cache in memory; the three replicas here also share one process and its two cores, so their sum shows the cost of sharing, not the gain of more machines.',
        `With one poller at the slow interval (${LIVE.slowMs} ms) the stable read rate is about ${60_000 / LIVE.slowMs} per minute, whatever the number of replicas and subscribers.`,
      ],
      headlines: [
        { label: 'replicas: cold dashboard calls (3 replicas)', value: cold.calls, baseline: 3 * cold.calls, unit: 'calls' },
        { label: 'replicas: 429s', value: cold.throttled, unit: 'responses' },
      ],
    };
  } finally {
    await set.close();
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.env.BENCH_QUICK === '1';
  runReplicas({ latencyMs: 0, runs: 1, quick }).then(
    (result) => console.log(JSON.stringify(result.rows, null, 1)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
