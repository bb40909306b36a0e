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
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createGatewayDeps } from '../../src/deps.js';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from '../../test/support/redis-server.js';
import { startReplicas, type ReplicaSet } from '../../test/support/replicas.js';
import type { BenchOptions, WorkloadResult } from './types.js';

const LIVE = { fastMs: 1_000, slowMs: 2_000 };
/** Acme's 7 seed services plus these: 12, so one dashboard (2 + 12 calls) is more than one window of budget. */
const EXTRA_SERVICES = 5;
const ACME_SERVICES = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === CLICKHOUSE_SEED.organizations.acme.id).length + EXTRA_SERVICES;
const ONE_DASHBOARD_CALLS = 2 + ACME_SERVICES;
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

/** A gateway with everything in process (no REDIS_URL) on the replicas' simulators: the baseline of warm throughput. */
async function startInProcess(set: ReplicaSet): Promise<{ url: string; stop: () => Promise<void> }> {
  const key = CLICKHOUSE_SEED.keys[0]!;
  const config = loadConfig({
    CLICKHOUSE_API_URL: set.clickhouse.url,
    CLICKHOUSE_API_KEY_ID: key.keyId,
    CLICKHOUSE_API_KEY_SECRET: key.keySecret,
    DIVIO_API_URL: set.divio.url,
    CLICKHOUSE_RATE_LIMIT: '0',
  });
  const app = createApp(createGatewayDeps(config, { logSink: () => {} }));
  const url = await app.start(0, '127.0.0.1');
  return { url, stop: () => app.stop() };
}

/**
 * Redis stopped under the dashboards of three replicas on their 1/3 shares of the budget: 12
 * services (14 calls per dashboard), rounds of one dashboard per replica every 3.5 s, past the
 * 10 s TTL of the service lists. Counts dashboards, failures and answers served stale.
 */
async function redisStopped(set: ReplicaSet, redis: PrivateRedis, rounds: number): Promise<{ dashboards: number; failed: number; stale: number; reasons: string[] }> {
  await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
  await redis.stop();
  let dashboards = 0;
  let failed = 0;
  let stale = 0;
  const reasons = new Set<string>();
  for (let round = 0; round < rounds; round += 1) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 3_500));
    const results = await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
    for (const result of results) {
      dashboards += 1;
      if (result.errors !== undefined) failed += 1;
      const marks = (result.extensions as { stale?: { reason: string }[] } | undefined)?.stale ?? [];
      stale += marks.length;
      for (const mark of marks) reasons.add(mark.reason);
    }
  }
  await redis.start();
  return { dashboards, failed, stale, reasons: [...reasons] };
}

export async function runReplicas(options: BenchOptions): Promise<WorkloadResult> {
  if (redisServerBinary() === null) throw new Error('the replicas workload needs redis-server (apt-get install -y redis-server)');
  const seconds = options.quick ? 3 : 10;
  const subscribers = options.quick ? 90 : 300;
  const redis = await startPrivateRedis();
  // Warm throughput measures the gateway, not the limit: no budget, and a simulator without one.
  const unlimited = await startReplicas({ count: 3, redisUrl: redis.url, simulatorRateLimit: null, env: { CLICKHOUSE_RATE_LIMIT: '0' } });
  const inProcess = await startInProcess(unlimited);
  let one: Awaited<ReturnType<typeof warmThroughput>>;
  let three: Awaited<ReturnType<typeof warmThroughput>>;
  let alone: Awaited<ReturnType<typeof warmThroughput>>;
  try {
    await Promise.all([...unlimited.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)), fetch(inProcess.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DASHBOARD_QUERY }) })]);
    // Both warmed up (JIT), then measured in turn, twice each, and the runs of each averaged.
    await warmThroughput([inProcess.url], 2);
    await warmThroughput([unlimited.replicas[0]!.url], 2);
    const runs: Record<'alone' | 'one', Awaited<ReturnType<typeof warmThroughput>>[]> = { alone: [], one: [] };
    for (let run = 0; run < 2; run += 1) {
      runs.alone.push(await warmThroughput([inProcess.url], seconds));
      runs.one.push(await warmThroughput([unlimited.replicas[0]!.url], seconds));
    }
    const mean = (list: Awaited<ReturnType<typeof warmThroughput>>[]) => ({
      rps: list.reduce((sum, item) => sum + item.rps, 0) / list.length,
      p50: Math.max(...list.map((item) => item.p50)),
      errors: list.reduce((sum, item) => sum + item.errors, 0),
    });
    alone = mean(runs.alone);
    one = mean(runs.one);
    three = await warmThroughput(unlimited.replicas.map((replica) => replica.url), seconds);
  } finally {
    await inProcess.stop();
    await unlimited.close();
  }
  const set = await startReplicas({ count: 3, redisUrl: redis.url, extraServices: EXTRA_SERVICES, env: { LIVE_POLL_FAST_MS: String(LIVE.fastMs), LIVE_POLL_SLOW_MS: String(LIVE.slowMs) } });
  try {
    const cold = await coldDashboards(set);
    const fan = await fanout(set, subscribers, options.quick ? 6_000 : 20_000);
    const lost = await redisStopped(set, redis, options.quick ? 3 : 4);
    const warmRatio = round(one.rps / alone.rps, 2);
    return {
      id: 'replicas',
      title: 'Replicas sharing one Redis',
      description:
        'Three gateways in one process (so on the same two cores) sharing a private redis-server, against the ClickHouse simulator enforcing 10 requests per 10 s per key. ' +
        `Warm throughput: autocannon, 10 connections in total, ${seconds} s per run, two runs each in turn after a warm-up, against one gateway without Redis on the same simulators; cold dashboards, fan-out and Redis stopped: Acme with ${ACME_SERVICES} services (a dashboard is ${ONE_DASHBOARD_CALLS} calls, past one window of budget); fan-out: ${subscribers} graphql-ws subscribers of one service spread over the three.`,
      columns: ['measure', 'value', 'goal'],
      rows: [
        ['warm dashboard, in-process gateway (no Redis): requests/s', round(alone.rps), ''],
        ['warm dashboard, 1 replica on Redis: requests/s', round(one.rps), ''],
        ['warm throughput, Redis / in-process', warmRatio, '≥ 0.8'],
        ['warm dashboard, 1 replica: p50 ms', one.p50, ''],
        ['warm dashboard, 3 replicas: requests/s (sum)', round(three.rps), ''],
        ['warm dashboard, 3 replicas: p50 ms', three.p50, ''],
        ['errors under load', one.errors + three.errors + alone.errors, '0'],
        [`three cold dashboards at once (one per replica): upstream calls (one dashboard: ${ONE_DASHBOARD_CALLS})`, cold.calls, String(ONE_DASHBOARD_CALLS)],
        ['three cold dashboards at once: 429s', cold.throttled, '0'],
        ['three cold dashboards at once: ms until all answered', round(cold.ms), ''],
        [`fan-out: ms until all ${subscribers} subscribers had their first event`, round(fan.firstEventsMs), ''],
        ['fan-out: pollers across the 3 replicas', fan.pollers, '1'],
        ['fan-out: service-list reads per minute while stable', round(fan.readsPerMinute, 1), ''],
        ['Redis stopped: dashboards answered', lost.dashboards, ''],
        ['Redis stopped: failed dashboards', lost.failed, '0'],
        [`Redis stopped: answers served stale (${lost.reasons.join(', ') || 'none'})`, lost.stale, ''],
      ],
      notes: [
        `A dashboard of the Acme key is ${ONE_DASHBOARD_CALLS} upstream calls here, more than the 10 the key may make in 10 s, so some of them queue for a window; three replicas doing it at once cost the same ${ONE_DASHBOARD_CALLS} because they share one cache and one budget, and a replica's claim on a URL is renewed while its call waits for a slot (the others are woken through Redis when it has stored the answer).`,
        'Each replica answers warm reads from its near cache (kept true by invalidation messages on Redis), with kept results, so a warm read costs no Redis round trip; the three replicas here share one process and its two cores, so their sum shows the cost of sharing, not the gain of more machines.',
        `With one poller at the slow interval (${LIVE.slowMs} ms) the stable read rate is about ${60_000 / LIVE.slowMs} per minute, whatever the number of replicas and subscribers.`,
        'Redis stopped: each replica falls back to its own cache and a third of the budget, which cannot reload a whole dashboard at once; what would wait past 1 s is answered from the last good answer (extensions.stale, STILL_LOADING) while the reload goes on, and nothing fails.',
      ],
      headlines: [
        { label: 'replicas: cold dashboard calls (3 replicas)', value: cold.calls, baseline: 3 * cold.calls, unit: 'calls' },
        { label: 'replicas: 429s', value: cold.throttled, unit: 'responses' },
        { label: 'replicas: warm throughput, Redis / in-process', value: warmRatio, baseline: 0.8, unit: '×' },
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
