/**
 * Three replicas, one Redis, one ClickHouse simulator enforcing the real 10 requests per 10 s:
 * the budget and the cache are shared (three cold dashboards cost one dashboard's calls and no
 * 429), a write through one replica is read through another, a lost Redis is not an outage (the
 * replicas answer on their 1/3 shares, without a 429), and a restarted Redis is shared again.
 *
 * Uses a private redis-server it can kill; without the binary the file skips with one line
 * (under CI it fails: .ci/run installs redis-server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_QUERY } from '../src/examples.js';
import { Redis } from 'ioredis';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { seedService, sleep } from './support/ids.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('replica tests skipped: no redis-server binary (apt-get install -y redis-server)');

const ACME = CLICKHOUSE_SEED.organizations.acme;
const acmeServices = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === ACME.id);
/** The dashboard of the Acme key: the organizations, its service list, one backup list per service. */
const ONE_DASHBOARD_CALLS = 2 + acmeServices.length;

const SERVICE_STATE = 'query ServiceState($org: UUID!, $id: UUID!) { organization(uuid: $org) { service(uuid: $id) { state } } }';
const STOP = 'mutation Stop($id: ID!) { stopService(input: { id: $id }) { __typename ... on ServicePayload { service { state } } } }';
const ORGANIZATIONS = 'query Orgs { organizations { id name } }';

describe.runIf(HAVE_REDIS || IN_CI)('three replicas sharing one Redis', { timeout: 120_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the replica tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({ count: 3, redisUrl: redis.url });
  }, 60_000);
  afterAll(async () => {
    await set?.close();
    await redis?.stop();
  });

  it('three concurrent cold dashboards cost one dashboard, and no 429', async () => {
    set.resetCalls();
    const results = await Promise.all(set.replicas.map((replica) => replica.execute(DASHBOARD_QUERY)));
    const serviceNames = (data: unknown) =>
      (data as { organizations: { services: { edges: { node: { name: string } }[] } }[] }).organizations.flatMap((org) => org.services.edges.map((edge) => edge.node.name));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(serviceNames(result.data).sort()).toEqual(acmeServices.map((service) => service.name).sort());
    }
    const calls = set.clickhouseCalls();
    expect(calls.throttled).toBe(0);
    expect(calls.total).toBe(ONE_DASHBOARD_CALLS);
  });

  it('no credential reaches Redis: keys and values hold fingerprints and upstream answers only', async () => {
    // Something of every kind first: cache entries, budget slots, a Divio read.
    await set.replicas[0]!.execute('query Apps { applications(first: 5) { totalCount } }');
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('*');
      expect(keys.some((key) => key.startsWith('opsgraph:cache:'))).toBe(true);
      expect(keys.some((key) => key.startsWith('opsgraph:budget:'))).toBe(true);
      const contents: string[] = [...keys];
      for (const key of keys) {
        const type = await client.type(key);
        if (type === 'string') contents.push((await client.get(key)) ?? '');
        if (type === 'zset') contents.push(...(await client.zrange(key, 0, -1)));
      }
      const text = contents.join('\n');
      const secrets = [...CLICKHOUSE_SEED.keys.flatMap((key) => [key.keySecret, Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')]), ...DIVIO_SEED.tokens.map((token) => token.token)];
      for (const secret of secrets) expect(text).not.toContain(secret);
    } finally {
      client.disconnect();
    }
  });

  it('a write through one replica is read through another', async () => {
    const service = seedService('acmeEventIngest');
    const variables = { org: service.organizationId, id: service.id };
    // Warm every replica's view first.
    for (const replica of set.replicas) expect((await replica.execute(SERVICE_STATE, variables)).data).toEqual({ organization: { service: { state: 'RUNNING' } } });
    const stopped = await set.replicas[0]!.execute(STOP, { id: service.id });
    expect(stopped.data).toEqual({ stopService: { __typename: 'ServicePayload', service: { state: 'STOPPING' } } });
    const read = await set.replicas[1]!.execute(SERVICE_STATE, variables);
    expect((read.data as { organization: { service: { state: string } } }).organization.service.state).not.toBe('RUNNING');
  });

  it('the budget is one: 21 distinct cold reads spread over three replicas wait their turn, and no 429', async () => {
    set.resetCalls();
    // Three reads per service, each its own upstream path: the cache cannot help, only the budget.
    const fields = ['backupConfiguration { backupPeriodInHours }', 'privateEndpointConfig { endpointServiceId }', 'prometheusMetrics'];
    const reads = acmeServices.flatMap((service) =>
      fields.map((field, index) =>
        set.replicas[index]!.execute(`query Read($org: UUID!, $id: UUID!) { organization(uuid: $org) { service(uuid: $id) { ${field} } } }`, {
          org: service.organizationId,
          id: service.id,
        }),
      ),
    );
    const results = await Promise.all(reads);
    for (const result of results) expect(result.errors).toBeUndefined();
    const calls = set.clickhouseCalls();
    // More than one window's worth, across three replicas: without one shared budget, 429s.
    expect(calls.total).toBeGreaterThanOrEqual(acmeServices.length * fields.length);
    expect(calls.throttled).toBe(0);
  });

  it('a lost Redis is not an outage: replicas answer on their shares, with no 429, and say so', async () => {
    set.resetCalls();
    await redis.stop();
    // Each replica notices on its own (a failed command or the closed socket).
    const deadline = Date.now() + 10_000;
    while (set.replicas.some((replica) => replica.redis.healthy) && Date.now() < deadline) {
      await Promise.all(set.replicas.map((replica) => replica.execute(ORGANIZATIONS)));
      await sleep(50);
    }
    expect(set.replicas.map((replica) => replica.redis.healthy)).toEqual([false, false, false]);
    const service = seedService('acmeFeatureStore');
    const results = await Promise.all(
      set.replicas.flatMap((replica) => [replica.execute(ORGANIZATIONS), replica.execute(SERVICE_STATE, { org: service.organizationId, id: service.id })]),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(set.clickhouseCalls().throttled).toBe(0);
    const ready = await fetch(new URL('/readyz', set.replicas[0]!.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', sharedState: 'in-process (Redis lost)' });
    const metrics = await (await fetch(new URL('/metrics', set.replicas[0]!.url))).text();
    expect(metrics).toMatch(/opsgraph_shared_state_redis 0/);
    expect(set.replicas[0]!.logs.some((line) => line.includes('Redis lost: falling back to in-process state'))).toBe(true);
  });

  it('a restarted Redis is shared again', async () => {
    await redis.start();
    const deadline = Date.now() + 20_000;
    while (set.replicas.some((replica) => !replica.redis.healthy) && Date.now() < deadline) await sleep(100);
    expect(set.replicas.map((replica) => replica.redis.healthy)).toEqual([true, true, true]);
    const ready = await fetch(new URL('/readyz', set.replicas[2]!.url));
    expect(await ready.json()).toMatchObject({ status: 'ready', sharedState: 'redis' });
    // Shared again: a cold read through one replica is a cache hit through the others.
    set.resetCalls();
    const service = seedService('acmeReporting');
    const variables = { org: service.organizationId, id: service.id };
    await set.replicas[0]!.execute(SERVICE_STATE, variables);
    const before = set.clickhouseCalls().total;
    await set.replicas[1]!.execute(SERVICE_STATE, variables);
    await set.replicas[2]!.execute(SERVICE_STATE, variables);
    expect(set.clickhouseCalls().total).toBe(before);
    expect(set.clickhouseCalls().throttled).toBe(0);
  });
});
