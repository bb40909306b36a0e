/**
 * Fan-out: many WebSocket subscribers of `serviceUpdated` over 100 services in one organization,
 * served by one service-list poller. Measures the time until every subscriber has its first event,
 * the gateway's heap per subscriber, upstream calls per minute while everything is stable, and the
 * delay from an upstream state change (made on the simulator directly, so no mutation nudges the
 * poller) to each subscriber's event.
 *
 * Run alone: `npx tsx bench/workloads/fanout.ts` (BENCH_QUICK=1 for the smoke size).
 */
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import type { BudgetStats } from '../../src/upstream/budget.js';
import { graphqlRequest, percentile, startGatewayChild, type GatewayChild } from '../harness/child.js';
import type { UpstreamCounts } from '../harness/protocol.js';
import { censusOf, heapDifference, type HeapDifference } from '../harness/heap-snapshot.js';
import { closeConnections, openConnections, SubscriberFleet } from './fanout-clients.js';
import type { BenchOptions, Headline, WorkloadResult } from './types.js';

const ORGANIZATION_ID = CLICKHOUSE_SEED.organizations.acme.id;
/** 7 seeded Acme services + 93 bench services = 100. */
const EXTRA_SERVICES = 93;
const SERVICES = 100;
const CONNECTIONS = 100;
const LIVE = { fastMs: 1_000, slowMs: 2_000 };
/** The simulator allows 10 calls per 10 s per key; the driver's own PATCHes keep well under it. */
const MIN_PATCH_SPACING_MS = 1_100;
const FIRST_EVENTS_TIMEOUT_MS = 180_000;
const DELIVERY_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 60_000;
/** Extra waits before each change, so the changes land at different phases of the poll cycle. */
const PHASE_JITTER_MS = [150, 1_250, 650, 1_850, 400];

const SERVICES_QUERY = /* GraphQL */ `
  query FanoutServices($uuid: UUID!) {
    organization(uuid: $uuid) { services(first: 100) { edges { node { id uuid state } } } }
  }
`;

interface ServiceRow {
  id: string;
  uuid: string;
  state: string;
}

interface ChildStats {
  live: { pollers: number; subscribers: number };
  budget: BudgetStats;
  cache: unknown;
}

type Memory = NodeJS.MemoryUsage;

const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
const label = (count: number) => (count >= 1_000 && count % 1_000 === 0 ? `${count / 1_000}k` : String(count));
const isServiceList = (endpoint: string) => endpoint.endsWith('/services');

async function listServices(child: GatewayChild): Promise<ServiceRow[]> {
  const { body } = await graphqlRequest(child.url, SERVICES_QUERY, { uuid: ORGANIZATION_ID });
  if (body.errors?.length) throw new Error(`service list query failed: ${body.errors.map((error) => error.message).join('; ')}`);
  const data = body.data as { organization: { services: { edges: { node: ServiceRow }[] } } | null };
  return data.organization?.services.edges.map((edge) => edge.node) ?? [];
}

/** Changes a service's state on the simulator with the second Acme key (not the gateway's). */
async function stopUpstream(child: GatewayChild, serviceUuid: string): Promise<{ status: number; at: number }> {
  const key = CLICKHOUSE_SEED.keys[1]!;
  const response = await fetch(`${child.clickhouseUrl}/v1/organizations/${ORGANIZATION_ID}/services/${serviceUuid}/state`, {
    method: 'PATCH',
    headers: {
      authorization: `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ command: 'stop' }),
  });
  await response.arrayBuffer();
  return { status: response.status, at: performance.now() };
}

/** Upstream requests since the last drain; the log is cleared so the next phase starts at zero. */
class UpstreamLog {
  total429 = 0;
  constructor(private readonly child: GatewayChild) {}

  async drain(): Promise<UpstreamCounts> {
    const counts = await this.child.counts();
    await this.child.reset();
    this.total429 += (counts.clickhouse.byStatus['429'] ?? 0) + (counts.divio.byStatus['429'] ?? 0);
    return counts;
  }
}

const stats = (child: GatewayChild) => child.ask<ChildStats>({ type: 'stats' });
const memory = (child: GatewayChild) => child.ask<Memory>({ type: 'memory' });

async function untilNoSubscribers(child: GatewayChild, timeoutMs: number): Promise<ChildStats['live']> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { live } = await stats(child);
    if (live.subscribers === 0 || Date.now() > deadline) return live;
    await sleep(200);
  }
}

interface RoundResult {
  subscribers: number;
  pollers: number;
  liveSubscribers: number;
  firstEventsSeconds: number;
  firstMissing: number;
  serviceListPerMinute: number;
  allPerMinute: number;
  heapPerSubscriber: number;
  rssPerSubscriber: number;
  heapPerConnection: number;
  heapAfterCloseDelta: number;
  delays: number[];
  /** Largest gap, within one change, between its first and last subscriber's event (fan-out time). */
  maxSpreadMs: number;
  deliveryMissing: number;
  changes: number;
  patchFailures: string[];
  budgetWaited: number;
  budgetWaitMs: number;
  count429: number;
  errors: number;
  firstError: string | undefined;
  leftoverSubscribers: number;
  /** Where a subscriber's heap goes (from heap snapshots), when asked for. */
  census?: HeapDifference;
}

/** Snapshots of the child's heap before and after subscribing, compared per subscriber. */
async function snapshotPath(child: GatewayChild): Promise<string> {
  return child.ask<string>({ type: 'heapSnapshot' });
}

function compareSnapshots(before: string, after: string, subscribers: number): HeapDifference {
  try {
    return heapDifference(censusOf(before), censusOf(after), subscribers);
  } finally {
    rmSync(before, { force: true });
    rmSync(after, { force: true });
  }
}

async function fanoutRound(
  child: GatewayChild,
  log: UpstreamLog,
  services: ServiceRow[],
  stoppedByUs: Set<number>,
  subscribers: number,
  windowMs: number,
  changes: number,
  census: boolean,
): Promise<RoundResult> {
  const wsUrl = child.url.replace(/^http/, 'ws');
  const startingCount429 = log.total429;

  const baseline = await memory(child);
  const clients = await openConnections(wsUrl, CONNECTIONS, 30_000);
  const fleet = new SubscriberFleet(subscribers, services.map((service) => service.id));
  try {
    const connected = await memory(child);
    const snapshotBefore = census ? await snapshotPath(child) : undefined;

    // 1. Subscribe everyone and wait for every first event.
    const started = fleet.subscribeAll(clients);
    const firstMissing = await fleet.untilAllFirst(FIRST_EVENTS_TIMEOUT_MS);
    const firstEventsSeconds = (fleet.lastFirstAt() - started) / 1_000;

    // 2. Memory with everyone subscribed (after GC in the child).
    const subscribed = await memory(child);
    const { live } = await stats(child);
    const snapshotAfter = census ? await snapshotPath(child) : undefined;

    // 3. Upstream calls while stable.
    await log.drain();
    await sleep(windowMs);
    const window = await log.drain();
    const minutes = windowMs / 60_000;
    const serviceListCalls = Object.entries(window.clickhouse.byEndpoint)
      .filter(([endpoint]) => isServiceList(endpoint))
      .reduce((sum, [, calls]) => sum + calls, 0);
    const allCalls = window.clickhouse.total + window.divio.total;

    // 4. Delivery delay of upstream changes made behind the gateway's back.
    const budgetBefore = (await stats(child)).budget;
    const delays: number[] = [];
    const patchFailures: string[] = [];
    let deliveryMissing = 0;
    let maxSpreadMs = 0;
    let done = 0;
    let lastPatchAt = 0;
    const perService = Math.floor(subscribers / services.length);
    for (let change = 0; change < changes; change++) {
      const target = services.findIndex(
        (service, index) =>
          service.state === 'RUNNING' && !stoppedByUs.has(index) && fleet.pendingStops(index) === perService && perService > 0,
      );
      if (target < 0) {
        patchFailures.push(`no running service left for change ${change + 1}`);
        break;
      }
      stoppedByUs.add(target);
      await sleep(PHASE_JITTER_MS[change % PHASE_JITTER_MS.length]!);
      const spacing = MIN_PATCH_SPACING_MS - (performance.now() - lastPatchAt);
      if (spacing > 0) await sleep(spacing);
      const patch = await stopUpstream(child, services[target]!.uuid);
      lastPatchAt = patch.at;
      if (patch.status !== 200) {
        patchFailures.push(`PATCH state of ${services[target]!.uuid}: HTTP ${patch.status}`);
        continue;
      }
      deliveryMissing += await fleet.untilStopped(target, DELIVERY_TIMEOUT_MS);
      const changeDelays = fleet.stopDelays(target, patch.at);
      if (changeDelays.length) maxSpreadMs = Math.max(maxSpreadMs, Math.max(...changeDelays) - Math.min(...changeDelays));
      delays.push(...changeDelays);
      done += 1;
    }
    const budgetAfter = (await stats(child)).budget;
    await log.drain();

    // 5. Close everything and check the gateway lets go of the subscribers and their memory.
    await closeConnections(clients);
    const after = await untilNoSubscribers(child, DRAIN_TIMEOUT_MS);
    const closed = await memory(child);

    return {
      subscribers,
      pollers: live.pollers,
      liveSubscribers: live.subscribers,
      firstEventsSeconds,
      firstMissing,
      serviceListPerMinute: serviceListCalls / minutes,
      allPerMinute: allCalls / minutes,
      heapPerSubscriber: (subscribed.heapUsed - connected.heapUsed) / subscribers,
      rssPerSubscriber: (subscribed.rss - connected.rss) / subscribers,
      heapPerConnection: (connected.heapUsed - baseline.heapUsed) / CONNECTIONS,
      heapAfterCloseDelta: closed.heapUsed - baseline.heapUsed,
      delays,
      maxSpreadMs,
      deliveryMissing,
      changes: done,
      patchFailures,
      budgetWaited: budgetAfter.waited - budgetBefore.waited,
      budgetWaitMs: budgetAfter.totalWaitMs - budgetBefore.totalWaitMs,
      count429: log.total429 - startingCount429,
      errors: fleet.errors,
      firstError: fleet.firstError,
      leftoverSubscribers: after.subscribers,
      census: snapshotBefore && snapshotAfter ? compareSnapshots(snapshotBefore, snapshotAfter, subscribers) : undefined,
    };
  } catch (error) {
    await closeConnections(clients).catch(() => {});
    throw error;
  }
}

function describeCensus(census: HeapDifference): string {
  const kinds = census.kinds
    .filter((entry) => Math.abs(entry.bytes) >= 50)
    .map((entry) => `${entry.kind} ${round(entry.bytes)} bytes (${round(entry.count, 1)} objects)`);
  const classes = census.classes.slice(0, 12).map((entry) => `${entry.name} ${round(entry.count, 1)}`);
  return (
    `where a subscriber's heap goes, from heap snapshots before and after subscribing (self sizes per subscriber, by V8 object kind): ${kinds.join('; ')}. ` +
    `Class instances per subscriber: ${classes.join(', ')}.`
  );
}

export async function runFanout(options: BenchOptions): Promise<WorkloadResult> {
  const sizes = options.quick ? [200, 1_000] : [1_000, 10_000];
  const windowMs = options.quick ? 15_000 : 60_000;
  const changes = options.quick ? 3 : 5;
  const slowSeconds = LIVE.slowMs / 1_000;

  const child = await startGatewayChild({
    extraServices: EXTRA_SERVICES,
    latencyMs: options.latencyMs,
    simulatorRateLimit: { limit: 10, windowMs: 10_000 },
    gatewayRateLimit: '10/10s',
    live: LIVE,
  });
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  const results: RoundResult[] = [];
  try {
    const log = new UpstreamLog(child);
    const services = await listServices(child);
    if (services.length !== SERVICES) throw new Error(`expected ${SERVICES} Acme services, got ${services.length}`);
    await log.drain();
    const setup429 = log.total429;
    const stoppedByUs = new Set<number>();

    for (const size of sizes) {
      let result: RoundResult;
      try {
        // Heap snapshots of the first size only: 10k subscribers make a snapshot too large to compare quickly.
        result = await fanoutRound(child, log, services, stoppedByUs, size, windowMs, changes, size === sizes[0]);
      } catch (error) {
        notes.push(`${label(size)} subscribers failed: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
      results.push(result);
      const p50 = result.delays.length ? percentile(result.delays, 50) : NaN;
      const p99 = result.delays.length ? percentile(result.delays, 99) : NaN;
      rows.push([
        result.subscribers,
        SERVICES,
        result.pollers,
        round(result.firstEventsSeconds, 2),
        round(result.serviceListPerMinute, 1),
        round(result.allPerMinute, 1),
        round(result.heapPerSubscriber),
        round(p50),
        round(p99),
        result.count429,
      ]);
      notes.push(
        `${label(size)}: ${result.liveSubscribers} subscribers on ${result.pollers} poller(s) at the gateway; ` +
          `rss-based ${round(result.rssPerSubscriber)} bytes per subscriber (noisier than heap); ` +
          `each of the ${CONNECTIONS} open connections cost ${round(result.heapPerConnection)} bytes of heap before any subscription; ` +
          `heap after closing everything is ${round(result.heapAfterCloseDelta / 1_024)} KiB ${result.heapAfterCloseDelta >= 0 ? 'above' : 'below'} the pre-connection baseline; ` +
          `${result.delays.length} (change, subscriber) delivery pairs over ${result.changes} changes` +
          (result.delays.length
            ? ` (min ${round(Math.min(...result.delays))} ms, max ${round(Math.max(...result.delays))} ms; within one change the first and last subscriber were at most ${round(result.maxSpreadMs)} ms apart)`
            : '') +
          `; during the changes ${result.budgetWaited} poll(s) queued in the gateway budget for ${round(result.budgetWaitMs)} ms in total.`,
      );
      if (result.census) notes.push(`${label(size)}: ${describeCensus(result.census)}`);
      if (result.firstMissing > 0) {
        notes.push(`${label(size)}: ${result.firstMissing} subscriber(s) had no first event after ${FIRST_EVENTS_TIMEOUT_MS / 1_000} s.`);
      }
      if (result.deliveryMissing > 0) {
        notes.push(`${label(size)}: ${result.deliveryMissing} (change, subscriber) pair(s) saw no STOPPING/STOPPED within ${DELIVERY_TIMEOUT_MS / 1_000} s.`);
      }
      if (result.errors > 0) notes.push(`${label(size)}: ${result.errors} subscription error(s), first: ${result.firstError}`);
      for (const failure of result.patchFailures) notes.push(`${label(size)}: ${failure}`);
      if (result.leftoverSubscribers > 0) {
        notes.push(`${label(size)}: ${result.leftoverSubscribers} subscriber(s) still registered ${DRAIN_TIMEOUT_MS / 1_000} s after the clients closed.`);
      }
    }
    const total429 = log.total429;
    if (total429 > 0) {
      notes.push(`The simulator answered ${total429} request(s) with 429 (${setup429} during setup): the budget should have prevented every one.`);
    } else {
      notes.push('No 429 was provoked at the simulator (gateway budget 10/10s against the simulator limit 10/10s per key).');
    }
  } finally {
    await child.stop();
  }

  const last = results[results.length - 1];
  const headlines: Headline[] = [];
  if (last) {
    const name = `Fan-out ${label(last.subscribers)}`;
    headlines.push(
      {
        label: `${name}: upstream calls/min`,
        value: round(last.allPerMinute, 1),
        baseline: (last.subscribers * 60) / slowSeconds,
        unit: 'calls/min',
      },
      { label: `${name}: heap per subscriber`, value: round(last.heapPerSubscriber), unit: 'bytes' },
    );
    if (last.delays.length) headlines.push({ label: `${name}: delivery p99`, value: round(percentile(last.delays, 99)), unit: 'ms' });
  }
  notes.push(
    `Baseline for upstream calls: one poll per subscriber per slow interval = N × 60 / ${slowSeconds} calls/min; ` +
      `the shared poller makes about 60 / ${slowSeconds} = ${60 / slowSeconds} service-list calls/min whatever N is.`,
    `Delivery delays come from only ${changes} changes per size: every subscriber of a service is served by the same poll, so p99 is essentially the slowest change (its poll phase) plus fan-out time.`,
  );

  return {
    id: 'fanout',
    title: 'Fan-out: thousands of WebSocket subscribers, one poller',
    description:
      `${sizes.map(label).join(' and ')} graphql-ws subscribers of serviceUpdated over ${CONNECTIONS} connections and ${SERVICES} services of one organization ` +
      `(N/${SERVICES} per service), ${options.latencyMs} ms injected upstream latency, poll intervals ${LIVE.slowMs / 1_000} s stable / ${LIVE.fastMs / 1_000} s in transition. ` +
      `Heap per subscriber is the gateway child's heapUsed after GC with everyone subscribed minus with the connections open but idle, over N; ` +
      `upstream calls are counted over ${windowMs / 1_000} s while stable. Delivery: ${changes} services are stopped directly on the simulator with another API key ` +
      `(no mutation, so no nudge) and each subscriber's first STOPPING/STOPPED event is timed from the PATCH response; the delay is bounded by the poll interval ` +
      `(${LIVE.slowMs / 1_000} s while stable, ${LIVE.fastMs / 1_000} s while something is in transition) plus the injected latency of the poll and the fan-out.`,
    columns: [
      'subscribers',
      'services',
      'pollers',
      'first events (s)',
      'service-list calls/min',
      'all upstream calls/min',
      'heap per subscriber (bytes)',
      'delivery p50 (ms)',
      'delivery p99 (ms)',
      '429s',
    ],
    rows,
    notes,
    headlines,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runFanout({
    latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 50),
    runs: Number(process.env.BENCH_RUNS ?? 1),
    quick: process.env.BENCH_QUICK === '1',
  });
  console.log(JSON.stringify(result, null, 2));
}
