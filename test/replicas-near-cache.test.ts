/**
 * A cluster as fast as one process (issue 21), on real Redis and the simulators: three replicas,
 * Acme with 12 services, ClickHouse enforcing 10 requests per 10 s.
 * - Coalescing holds under budget pressure: three cold dashboards at once (14 calls each, so the
 *   last four wait a window for their slots) cost one dashboard's calls, with no 429: a claim is
 *   renewed while its holder waits its turn, and the others are woken when it is done.
 * - The near cache: a warm dashboard costs no Redis command, kept results work on Redis, and a
 *   write through one replica is seen on the others before its mutation returns.
 * - Serve stale rather than fail: with Redis stopped, no dashboard fails; what cannot be had fresh
 *   is answered from the last good answer, marked; a write and then a failure serve no pre-write data.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_QUERY } from '../src/examples.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import type { RedisResponseCache } from '../src/redis/cache.js';
import { STILL_LOADING } from '../src/upstream/stale.js';
import { seedService, serviceGlobalId, sleep } from './support/ids.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('near-cache replica tests skipped: no redis-server binary (apt-get install -y redis-server)');

const EXTRA_SERVICES = 5;
const ACME = CLICKHOUSE_SEED.organizations.acme;
const ACME_SERVICES = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === ACME.id).length + EXTRA_SERVICES;
/** The organizations, Acme's service list, one backup list per service. */
const ONE_DASHBOARD_CALLS = 2 + ACME_SERVICES;

const SERVICE_STATE = 'query ServiceState($org: UUID!, $id: UUID!) { organization(uuid: $org) { service(uuid: $id) { state } } }';
const PRODUCTION = seedService('acmeProduction');
/** Read afresh from their own endpoints (`fresh: true`): no TTL to wait out before a failure shows. */
const FRESH_SERVICE = `query FreshService { organization(uuid: "${ACME.id}", fresh: true) { name service(uuid: "${PRODUCTION.id}", fresh: true) { name tier } } }`;
const STALE_UPSTREAM = ['UPSTREAM_UNAVAILABLE', 'CIRCUIT_OPEN'];
const CIRCUIT_OPEN_MS = 300;
const STOP = 'mutation Stop($id: ID!) { stopService(input: { id: $id }) { __typename ... on ServicePayload { service { state } } } }';

type Answer = { errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { stale?: { path: string; ageMs: number; reason: string }[] }; data?: unknown };

async function commandsProcessed(client: Redis): Promise<number> {
  const info = await client.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)![1]);
}

const serviceCount = (data: unknown) => (data as { organizations: { services: { totalCount: number } }[] }).organizations.reduce((sum, org) => sum + org.services.totalCount, 0);

async function untilNearCachesReady(set: ReplicaSet): Promise<void> {
  const deadline = Date.now() + 5_000;
  const ready = () => set.replicas.every((replica) => (replica.deps.clickhouse.cache as RedisResponseCache).nearCacheReady);
  while (!ready() && Date.now() < deadline) await sleep(20);
}

describe.runIf(HAVE_REDIS || IN_CI)('three replicas with near caches, 12 services, 10 calls per 10 s', { timeout: 120_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  let observer: Redis;
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the replica tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({ count: 3, redisUrl: redis.url, extraServices: EXTRA_SERVICES });
    observer = new Redis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    observer.on('error', () => {});
    await observer.connect();
    await untilNearCachesReady(set);
  }, 60_000);
  afterAll(async () => {
    observer?.disconnect();
    await set?.close();
    await redis?.stop();
  });

  it('three cold dashboards at once, past one window of budget, cost one dashboard and no 429', async () => {
    set.resetCalls();
    const results = (await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)))) as Answer[];
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(serviceCount(result.data)).toBe(ACME_SERVICES);
    }
    const calls = set.clickhouseCalls();
    expect(calls.throttled).toBe(0);
    expect(calls.total).toBe(ONE_DASHBOARD_CALLS);
    // Each backup list was fetched once, though four of them waited a window for a slot.
    const paths = set.clickhouse.requests.map((request) => request.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('a warm dashboard costs no Redis command, and kept results answer on Redis too', async () => {
    await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
    const before = await commandsProcessed(observer);
    const reusedBefore = set.replicas.map((replica) => replica.deps.resultCache!.stats().reused);
    for (let round = 0; round < 10; round += 1) {
      const results = (await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)))) as Answer[];
      for (const result of results) expect(result.errors).toBeUndefined();
    }
    // The one command counted is the INFO that reads the count.
    expect((await commandsProcessed(observer)) - before).toBe(1);
    set.replicas.forEach((replica, index) => expect(replica.deps.resultCache!.stats().reused).toBeGreaterThan(reusedBefore[index]!));
  });

  it('a write through one replica is seen on every replica before its mutation returns', async () => {
    const service = seedService('acmeEventIngest');
    const variables = { org: service.organizationId, id: service.id };
    // Every replica holds the running state near, and keeps the result.
    for (let round = 0; round < 2; round += 1) {
      for (const replica of set.replicas) expect(JSON.stringify((await replica.execute(SERVICE_STATE, variables)).data)).toContain('"RUNNING"');
    }
    const stopped = (await set.replicas[0]!.execute(STOP, { id: serviceGlobalId('acmeEventIngest') })) as Answer;
    expect(stopped.errors).toBeUndefined();
    const after = await Promise.all(set.replicas.slice(1).map((replica) => replica.execute(SERVICE_STATE, variables)));
    for (const result of after) {
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).not.toContain('"RUNNING"');
    }
    // Every replica acknowledged the write's invalidations in time.
    const metrics = await (await fetch(new URL('/metrics', set.replicas[0]!.url))).text();
    expect(metrics).toMatch(/opsgraph_cache_invalidations_unacknowledged_total\{upstream="clickhouse"\} 0\b/);
  });

  it('Redis stopped: no dashboard fails; what would wait past the grace is answered stale, marked', async () => {
    await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
    await redis.stop();
    const failed: unknown[] = [];
    // Eight or more dashboards, past the 10 s TTL of the service lists: each replica reloads on its
    // own third of the budget, waiting its turn rather than failing.
    let dashboards = 0;
    for (let round = 0; round < 4; round += 1) {
      if (round > 0) await sleep(3_500);
      const results = (await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)))) as Answer[];
      for (const result of results) {
        dashboards += 1;
        if (result.errors !== undefined) failed.push(result.errors);
        else expect(serviceCount(result.data)).toBe(ACME_SERVICES);
        for (const mark of result.extensions?.stale ?? []) expect([STILL_LOADING, 'RATE_LIMITED', 'REDIS_UNAVAILABLE']).toContain(mark.reason);
      }
    }
    expect(dashboards).toBe(12);
    expect(failed).toEqual([]);
    expect(set.replicas.map((replica) => replica.redis.healthy)).toEqual([false, false, false]);
    expect(set.clickhouseCalls().throttled).toBe(0);
    await redis.start();
  });
});

describe.runIf(HAVE_REDIS || IN_CI)('three replicas serving stale rather than failing (no budget)', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the replica tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({
      count: 3,
      redisUrl: redis.url,
      simulatorRateLimit: null,
      env: { CLICKHOUSE_RATE_LIMIT: '0', CIRCUIT_FAILURE_THRESHOLD: '2', CIRCUIT_OPEN_MS: String(CIRCUIT_OPEN_MS) },
    });
    await untilNearCachesReady(set);
  }, 60_000);
  afterAll(async () => {
    await set?.close();
    await redis?.stop();
  });

  it('the upstream answering 503: every replica answers from the last good answer, marked', async () => {
    const fresh = await Promise.all(set.replicas.map((replica) => replica.execute(FRESH_SERVICE)));
    for (const result of fresh) expect(result.errors).toBeUndefined();
    set.clickhouse.faults.inject({ method: 'GET', status: 503 });
    try {
      for (let round = 0; round < 3; round += 1) {
        const answers = (await Promise.all(set.replicas.map((replica) => replica.execute(FRESH_SERVICE)))) as Answer[];
        answers.forEach((answer, index) => {
          expect(answer.errors).toBeUndefined();
          expect(answer.data).toEqual(fresh[index]!.data);
          expect(answer.extensions?.stale?.map((mark) => mark.reason).every((reason) => STALE_UPSTREAM.includes(reason))).toBe(true);
          expect(answer.extensions?.stale?.map((mark) => mark.path).sort()).toEqual([`/v1/organizations/${ACME.id}`, `/v1/organizations/${ACME.id}/services/${PRODUCTION.id}`]);
        });
      }
    } finally {
      set.clickhouse.faults.clear();
    }
    await sleep(CIRCUIT_OPEN_MS + 50);
  });

  it('a write through one replica, then a failure: no replica answers stale from before the write', async () => {
    const service = seedService('acmeProduction');
    const variables = { org: service.organizationId, id: service.id };
    const read = (await set.replicas[1]!.execute(SERVICE_STATE, variables)) as Answer;
    expect(read.errors).toBeUndefined();
    expect(JSON.stringify(read.data)).toContain('"RUNNING"');
    const stopped = (await set.replicas[0]!.execute(STOP, { id: serviceGlobalId('acmeProduction') })) as Answer;
    expect(stopped.errors).toBeUndefined();
    set.clickhouse.faults.inject({ method: 'GET', status: 503 });
    try {
      const failed = (await set.replicas[1]!.execute(SERVICE_STATE, variables)) as Answer;
      expect(failed.extensions?.stale).toBeUndefined();
      expect(STALE_UPSTREAM).toContain(failed.errors?.[0]?.extensions?.code);
    } finally {
      set.clickhouse.faults.clear();
    }
    await sleep(CIRCUIT_OPEN_MS + 50);
  });

  it('Redis stopped and the upstream answering 503: every replica answers from the last good answer it read', async () => {
    const fresh = await Promise.all(set.replicas.map((replica) => replica.execute(FRESH_SERVICE)));
    for (const result of fresh) expect(result.errors).toBeUndefined();
    await redis.stop();
    const deadline = Date.now() + 5_000;
    while (set.replicas.some((replica) => replica.redis.healthy) && Date.now() < deadline) await sleep(20);
    set.clickhouse.faults.inject({ method: 'GET', status: 503 });
    try {
      const answers = (await Promise.all(set.replicas.map((replica) => replica.execute(FRESH_SERVICE)))) as Answer[];
      answers.forEach((answer, index) => {
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(fresh[index]!.data);
        expect(answer.extensions?.stale?.map((mark) => mark.reason).every((reason) => STALE_UPSTREAM.includes(reason))).toBe(true);
        expect(answer.extensions?.stale).toHaveLength(2);
      });
    } finally {
      set.clickhouse.faults.clear();
    }
  });
});
