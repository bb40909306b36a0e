/**
 * Overhead: what the gateway adds to a warm read, in one run.
 * - Throughput and latency under load (autocannon) of a GraphQL query for one organization's
 *   services through the gateway, against the same REST call made directly to the simulator. The
 *   gateway answers from its shared cache, as it does in production for repeated reads.
 * - Latency of one request at a time (no queueing) on one kept-alive connection, each way, so the
 *   p50 the gateway adds is measured to the microsecond.
 * - Heap per subscriber with 10,000 idle WebSocket subscribers (1,000 in quick mode).
 * - BENCH_CLUSTER=n: the same load against n gateway workers under node:cluster (sharing state
 *   through Redis when REDIS_URL is set).
 * It ends with the warm-path goals and whether this run meets them.
 */
import { Client as HttpClient, type Dispatcher } from 'undici';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { percentile, startGatewayChild, type GatewayChild } from '../harness/child.js';
import { load, loadGraphql, LOAD_CONNECTIONS, medianLoad, type LoadResult } from '../harness/load.js';
import { closeConnections, openConnections, SubscriberFleet } from './fanout-clients.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { ONE_ORGANIZATION_SERVICES } from './queries.js';

const CONNECTIONS = LOAD_CONNECTIONS;
const key = CLICKHOUSE_SEED.keys[0]!;
const BASIC = `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}`;
const GRAPHQL_BODY = JSON.stringify({ query: ONE_ORGANIZATION_SERVICES, variables: { uuid: key.organizationId } });

/** The goals of the warm-path issue. */
const GOALS = { throughputRatio: 0.8, p50AddedMs: 1, heapPerSubscriberBytes: 10_240 };

const graphqlLoad = (url: string, duration: number) => loadGraphql(url, GRAPHQL_BODY, duration);
const restLoad = (child: GatewayChild, duration: number) =>
  load({ url: `${child.clickhouseUrl}/v1/organizations/${key.organizationId}/services`, duration, headers: { authorization: BASIC } });

/** Milliseconds of each of `count` requests sent one at a time on one kept-alive connection. */
async function sequentialLatencies(origin: string, request: Dispatcher.RequestOptions, count: number): Promise<number[]> {
  const client = new HttpClient(origin);
  const times: number[] = [];
  try {
    for (let index = 0; index < count + 200; index++) {
      const started = performance.now();
      const response = await client.request(request);
      await response.body.arrayBuffer();
      if (response.statusCode !== 200) throw new Error(`${request.method} ${request.path}: HTTP ${response.statusCode}`);
      // The first 200 warm the connection, the JIT and the cache.
      if (index >= 200) times.push(performance.now() - started);
    }
  } finally {
    await client.close();
  }
  return times;
}

async function unloadedLatency(child: GatewayChild, count: number) {
  const gateway = new URL(child.url);
  const graphql = await sequentialLatencies(
    gateway.origin,
    { method: 'POST', path: gateway.pathname, headers: { 'content-type': 'application/json' }, body: GRAPHQL_BODY },
    count,
  );
  const rest = await sequentialLatencies(
    new URL(child.clickhouseUrl).origin,
    { method: 'GET', path: `/v1/organizations/${key.organizationId}/services`, headers: { authorization: BASIC } },
    count,
  );
  return { graphql: { p50: percentile(graphql, 50), p99: percentile(graphql, 99) }, rest: { p50: percentile(rest, 50), p99: percentile(rest, 99) } };
}

/** Heap per idle subscriber: 100 connections, `subscribers` serviceUpdated subscriptions over 100 services. */
async function heapPerSubscriber(subscribers: number): Promise<number> {
  const child = await startGatewayChild({ extraServices: 93, live: { fastMs: 1_000, slowMs: 2_000 } });
  try {
    const response = await fetch(child.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ organization(uuid: "${key.organizationId}") { services(first: 100) { edges { node { id } } } } }` }),
    });
    const body = (await response.json()) as { data: { organization: { services: { edges: { node: { id: string } }[] } } } };
    const ids = body.data.organization.services.edges.map((edge) => edge.node.id);
    const clients = await openConnections(child.url.replace(/^http/, 'ws'), 100, 30_000);
    try {
      const idle = await child.ask<NodeJS.MemoryUsage>({ type: 'memory' });
      const fleet = new SubscriberFleet(subscribers, ids);
      fleet.subscribeAll(clients);
      const missing = await fleet.untilAllFirst(120_000);
      if (missing > 0 || fleet.errors > 0) throw new Error(`${missing} subscribers without a first event, ${fleet.errors} errors (${fleet.firstError ?? ''})`);
      const subscribed = await child.ask<NodeJS.MemoryUsage>({ type: 'memory' });
      return (subscribed.heapUsed - idle.heapUsed) / subscribers;
    } finally {
      await closeConnections(clients);
    }
  } finally {
    await child.stop();
  }
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runOverhead(options: BenchOptions): Promise<WorkloadResult> {
  const duration = options.quick ? 3 : 10;
  const runs = Math.max(1, Math.min(options.runs, 3));
  const sequential = options.quick ? 1_000 : 3_000;
  const subscribers = options.quick ? 1_000 : 10_000;
  const clusterWorkers = Number(process.env.BENCH_CLUSTER ?? 0);
  if (!Number.isInteger(clusterWorkers) || clusterWorkers < 0 || clusterWorkers > 16) throw new Error(`BENCH_CLUSTER must be an integer from 0 to 16, got "${process.env.BENCH_CLUSTER}"`);
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  let warm: { ratio: number; p50Added: number } | undefined;

  for (const latencyMs of [0, options.latencyMs]) {
    const child = await startGatewayChild({ latencyMs });
    try {
      const graphql: LoadResult[] = [];
      const rest: LoadResult[] = [];
      for (let run = 0; run < runs; run++) {
        graphql.push(await graphqlLoad(child.url, duration));
        rest.push(await restLoad(child, duration));
      }
      const g = medianLoad(graphql);
      const r = medianLoad(rest);
      rows.push([`${latencyMs} ms`, `GraphQL via gateway, ${CONNECTIONS} connections`, g.rps, g.p50, g.p99, g.errors]);
      rows.push([`${latencyMs} ms`, `REST direct, ${CONNECTIONS} connections`, r.rps, r.p50, r.p99, r.errors]);
      // autocannon reports whole milliseconds: a 0 ms p50 has no meaningful ratio.
      const latencyRatio = (gateway: number, direct: number) => (direct > 0 ? round(gateway / direct) : 'n/a (direct under 1 ms)');
      rows.push([`${latencyMs} ms`, 'ratio gateway / direct', round(g.rps / r.rps), latencyRatio(g.p50, r.p50), latencyRatio(g.p99, r.p99), '']);
      if (latencyMs === 0) {
        const unloaded = await unloadedLatency(child, sequential);
        rows.push(['0 ms', 'GraphQL via gateway, one request at a time', '', round(unloaded.graphql.p50, 3), round(unloaded.graphql.p99, 3), '']);
        rows.push(['0 ms', 'REST direct, one request at a time', '', round(unloaded.rest.p50, 3), round(unloaded.rest.p99, 3), '']);
        rows.push(['0 ms', 'added by the gateway, one request at a time (ms)', '', round(unloaded.graphql.p50 - unloaded.rest.p50, 3), round(unloaded.graphql.p99 - unloaded.rest.p99, 3), '']);
        warm = { ratio: g.rps / r.rps, p50Added: unloaded.graphql.p50 - unloaded.rest.p50 };
      }
    } finally {
      await child.stop();
    }
  }

  if (clusterWorkers > 0) {
    const child = await startGatewayChild({ cluster: clusterWorkers });
    try {
      const graphql: LoadResult[] = [];
      for (let run = 0; run < runs; run++) graphql.push(await graphqlLoad(child.url, duration));
      const g = medianLoad(graphql);
      const shared = process.env.REDIS_URL ? 'state shared through Redis (REDIS_URL)' : 'state in each worker';
      rows.push(['0 ms', `GraphQL via ${clusterWorkers} cluster workers (${shared}), ${CONNECTIONS} connections`, g.rps, g.p50, g.p99, g.errors]);
      notes.push(`BENCH_CLUSTER=${clusterWorkers}: node:cluster workers sharing one port, in front of the same simulators; on this machine's ${(await import('node:os')).cpus().length} cores they share the CPU with the simulators and the load generator.`);
    } finally {
      await child.stop();
    }
  }

  const heap = await heapPerSubscriber(subscribers);
  const goalRows: (string | number)[][] = [
    ['warm throughput, gateway / direct REST', round(warm!.ratio), `≥ ${GOALS.throughputRatio}`, warm!.ratio >= GOALS.throughputRatio ? 'yes' : 'no'],
    ['p50 added over direct REST, one request at a time (ms)', round(warm!.p50Added, 3), `≤ ${GOALS.p50AddedMs}`, warm!.p50Added <= GOALS.p50AddedMs ? 'yes' : 'no'],
    [`heap per subscriber at ${subscribers / 1_000}k WebSocket subscribers (bytes)`, Math.round(heap), `≤ ${GOALS.heapPerSubscriberBytes}`, heap <= GOALS.heapPerSubscriberBytes ? 'yes' : 'no'],
  ];

  return {
    id: 'overhead',
    title: 'Overhead: GraphQL through the gateway vs the REST call directly',
    description:
      `autocannon, ${CONNECTIONS} connections, ${duration} s per measurement, median of ${runs}; then ${sequential} requests one at a time on one kept-alive connection each way (after 200 to warm up). ` +
      "The GraphQL query asks one organization's services (id, name, state, tier); the REST call is GET /v1/organizations/{id}/services on the simulator. Both servers run in one child process on the machine's cores, beside the load generator.",
    columns: ['injected latency', 'target', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors'],
    rows,
    tables: [{ title: 'Warm-path goals, measured in this run', columns: ['measure', 'this run', 'goal', 'met'], rows: goalRows }],
    notes: [
      'The gateway serves repeated reads from its shared cache (10 s TTL for service lists) and makes about one upstream call per TTL, so with injected latency it is faster than the upstream it fronts; at 0 ms the ratio is what the gateway adds to a warm read: HTTP, the yoga request pipeline (tokens, CSRF, request log, metrics) and, while the cached answers it was built from are unchanged, the kept result of the query (RESULT_CACHE_ENTRIES) instead of executing it again.',
      'No rate limit is enforced in this workload (the direct REST load would be throttled at 10 per 10 s).',
      `Heap per subscriber: a separate gateway child with 100 services, 100 graphql-ws connections and ${subscribers} serviceUpdated subscriptions; heapUsed after GC with everyone subscribed minus with the connections open, over ${subscribers}. The fan-out workload breaks it down by object kind.`,
      ...notes,
    ],
    headlines: [{ label: 'Overhead: gateway/direct requests/s at 0 ms', value: round(warm!.ratio), baseline: GOALS.throughputRatio, unit: '×' }],
  };
}
