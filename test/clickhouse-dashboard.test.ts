/**
 * The dashboard query over the simulator through real HTTP: complete data, and the exact number
 * of upstream calls it costs (cold, warm, with aliases, and under the real rate limit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { startStack, type Stack } from './support/stack.js';

const Dashboard = graphql(/* GraphQL */ `
  query TestDashboard {
    organizations {
      id
      uuid
      name
      services(first: 100) {
        totalCount
        edges {
          node {
            id
            uuid
            name
            state
            tier
            provider
            region
            latestBackup { uuid status }
            backups(first: 100) {
              totalCount
              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }
            }
          }
        }
      }
    }
  }
`);

const DashboardWithAliases = graphql(/* GraphQL */ `
  query TestDashboardAliases($org: UUID!) {
    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }
    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }
    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }
  }
`);

const acmeServices = Object.values(CLICKHOUSE_SEED.services).filter(
  (service) => service.organizationId === CLICKHOUSE_SEED.organizations.acme.id,
);

describe('dashboard: organization -> every service -> every backup', () => {
  let stack: Stack;
  beforeAll(async () => {
    // 30 ms per upstream call makes sequential calls distinguishable from parallel ones.
    stack = await startStack({ upstreamLatencyMs: 30 });
  });
  afterAll(() => stack.close());

  it('returns complete, correct data with 1 + 1 + (number of services) upstream calls, backup lists in parallel', async () => {
    const result = await stack.execute(Dashboard);
    expect(result.errors).toBeUndefined();
    const [organization] = result.data!.organizations!;
    expect(result.data!.organizations).toHaveLength(1);
    expect(organization!.uuid).toBe(CLICKHOUSE_SEED.organizations.acme.id);
    expect(organization!.name).toBe('Acme Analytics');

    const services = organization!.services!.edges.map((edge) => edge.node);
    expect(organization!.services!.totalCount).toBe(acmeServices.length);
    expect(services.map((service) => service.uuid).sort()).toEqual(acmeServices.map((service) => service.id).sort());
    for (const service of services) {
      const seed = acmeServices.find((candidate) => candidate.id === service.uuid)!;
      expect(service.name).toBe(seed.name);
      expect(service.provider).toBe(seed.provider.toUpperCase());
      expect(service.region).toBe(seed.region);
      expect(service.backups!.totalCount).toBe(seed.backupCount);
      expect(service.backups!.edges.map((edge) => edge.node.uuid)).toEqual(seed.backupIds);
      expect(service.latestBackup?.uuid ?? null).toBe(seed.backupIds[0] ?? null);
      const started = service.backups!.edges.map((edge) => edge.node.startedAt!);
      expect([...started].sort().reverse()).toEqual(started);
    }
    // Byte sizes beyond 32 bits come through intact.
    const sizes = services.flatMap((service) => service.backups!.edges.map((edge) => edge.node.sizeInBytes ?? 0));
    expect(Math.max(...sizes)).toBeGreaterThan(2 ** 32);

    expect(stack.upstreamCalls()).toBe(1 + 1 + acmeServices.length);
    expect(stack.upstreamCalls((path) => path === '/v1/organizations')).toBe(1);
    expect(stack.upstreamCalls((path) => /\/services$/.test(path))).toBe(1);
    expect(stack.upstreamCalls((path) => /\/backups$/.test(path))).toBe(acmeServices.length);
    expect(stack.proxy.maxConcurrent(/\/backups$/)).toBe(acmeServices.length);
  });

  it('costs no upstream call when run again within the cache TTL', async () => {
    stack.resetUpstreamCalls();
    const again = await stack.execute(Dashboard);
    expect(again.errors).toBeUndefined();
    expect(again.data!.organizations![0]!.services!.totalCount).toBe(acmeServices.length);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('adds no upstream call for aliases asking for the same entities', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(DashboardWithAliases, { org: CLICKHOUSE_SEED.organizations.acme.id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.first![0]!.services!.totalCount).toBe(acmeServices.length);
    expect(result.data!.second![0]!.services!.edges).toHaveLength(acmeServices.length);
    expect(result.data!.one!.services!.edges).toHaveLength(2);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('shares nothing between keys: a second key of the same organization pays its own calls', async () => {
    stack.resetUpstreamCalls();
    const second = CLICKHOUSE_SEED.keys[1]!;
    const result = await stack.execute(Dashboard, undefined, { 'x-clickhouse-key': `${second.keyId}:${second.keySecret}` });
    expect(result.errors).toBeUndefined();
    expect(stack.upstreamCalls()).toBe(1 + 1 + acmeServices.length);
    expect(stack.simulator.requests.every((request) => request.keyId === second.keyId)).toBe(true);
  });
});

describe('dashboard under the real rate limit', () => {
  let stack: Stack;
  // Same shape as 10 per 10 s, compressed in time so the test stays quick.
  const WINDOW_MS = 1_500;
  beforeAll(async () => {
    stack = await startStack({
      simulatorRateLimit: { limit: 10, windowMs: WINDOW_MS },
      gatewayRateLimit: `10/${WINDOW_MS}ms`,
    });
  });
  afterAll(() => stack.close());

  it('completes more calls than one window allows without provoking a single 429', async () => {
    const ExtraPerService = graphql(/* GraphQL */ `
      query TestDashboardPlus {
        organizations {
          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }
        }
      }
    `);
    const result = await stack.execute(ExtraPerService);
    expect(result.errors).toBeUndefined();
    const services = result.data!.organizations![0]!.services!.edges;
    expect(services).toHaveLength(acmeServices.length);
    for (const { node } of services) expect(node.backupConfiguration?.backupPeriodInHours).toBeGreaterThan(0);
    // 1 + 1 + 3 per service is far more than 10: the budget must have queued the rest.
    expect(stack.upstreamCalls()).toBe(2 + 3 * acmeServices.length);
    expect(stack.simulator.requests.filter((request) => request.status === 429)).toHaveLength(0);
    // No window of the simulator's own clock ever saw more than 10 arrivals.
    const times = stack.simulator.requests.map((request) => request.at).sort((a, b) => a - b);
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(WINDOW_MS);
  });
});
