/**
 * Upstream faults injected into the simulators, seen through the gateway: invisible retries,
 * partial data with a coded and pathed error, deadlines, the circuit breaker and Retry-After.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { clickHouseCredential } from '../src/upstream/credentials.js';
import { graphql } from './gql/index.js';
import { seedService, sleep } from './support/ids.js';
import { errorCodes, startStack, type Stack } from './support/stack.js';

const TIMEOUT_MS = 400;
const OPEN_MS = 300;

const Dashboard = graphql(/* GraphQL */ `
  query TestFaultsDashboard {
    organizations { services { edges { node { uuid name backups { totalCount edges { node { uuid } } } } } } }
  }
`);

const Services = graphql(/* GraphQL */ `
  query TestFaultsServices { organizations { services { totalCount } } }
`);

const Mixed = graphql(/* GraphQL */ `
  query TestFaultsMixed { organizations { name } applications(first: 1) { totalCount } }
`);

/** Forgets every cached upstream answer, so the next query really calls the (faulty) upstream. */
function flushCache(stack: Stack): void {
  for (const key of CLICKHOUSE_SEED.keys) {
    stack.deps.clickhouse.cache.invalidate(clickHouseCredential(key.keyId, key.keySecret).fingerprint, '');
  }
}

const acmeCount = Object.values(CLICKHOUSE_SEED.services).filter((s) => s.organizationId === CLICKHOUSE_SEED.organizations.acme.id).length;

describe('upstream faults', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gatewayRateLimit: '0',
      env: { UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS), CIRCUIT_OPEN_MS: String(OPEN_MS), CIRCUIT_FAILURE_THRESHOLD: '5' },
    });
  });
  afterEach(async () => {
    stack.simulator.faults.clear();
    // Let a breaker tripped by a test close again before the next one.
    await sleep(OPEN_MS + 50);
    await stack.execute(Services);
  });
  afterAll(() => stack.close());

  it('a query mixing both upstreams keeps the half that worked when one of them fails', async () => {
    flushCache(stack);
    stack.simulator.faults.inject({ method: 'GET', path: '/v1/organizations', status: 401, count: 1 });
    const result = await stack.execute(Mixed);
    expect(result.data!.organizations).toBeNull();
    expect(result.data!.applications!.totalCount).toBeGreaterThan(0);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('retries transient 503s and a reset connection on GETs invisibly', async () => {
    flushCache(stack);
    stack.resetUpstreamCalls();
    stack.simulator.faults.inject({ method: 'GET', path: /\/services$/, status: 503, count: 2 });
    stack.simulator.faults.inject({ method: 'GET', path: '/v1/organizations', reset: true, count: 1 });
    const fresh = await stack.execute(Dashboard, undefined, { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[1]!.keyId}:${CLICKHOUSE_SEED.keys[1]!.keySecret}` });
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data!.organizations![0]!.services!.edges).toHaveLength(acmeCount);
    const statuses = stack.simulator.requests.map((request) => `${request.path.endsWith('/services') ? 'list' : request.path === '/v1/organizations' ? 'orgs' : 'other'}:${request.status}`);
    expect(statuses.filter((s) => s === 'list:503')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'orgs:0')).toHaveLength(1);
    expect(statuses).toContain('list:200');
    expect(statuses).toContain('orgs:200');
  });

  it("a permanent 503 on one service's backups nulls only that field, with a coded, pathed error", async () => {
    flushCache(stack);
    const broken = seedService('acmeProduction');
    stack.simulator.faults.inject({ method: 'GET', path: `/v1/organizations/${broken.organizationId}/services/${broken.id}/backups`, status: 503 });
    const result = await stack.execute(Dashboard, undefined, { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[0]!.keyId}:${CLICKHOUSE_SEED.keys[0]!.keySecret}`, 'x-request-id': 'partial-1' });
    const edges = result.data!.organizations![0]!.services!.edges;
    expect(edges).toHaveLength(acmeCount);
    const index = edges.findIndex((edge) => edge.node.uuid === broken.id);
    expect(edges[index]!.node.backups).toBeNull();
    const backupCounts = new Map(Object.values(CLICKHOUSE_SEED.services).map((service) => [service.id, service.backupCount]));
    for (const edge of edges.filter((_, i) => i !== index)) {
      expect(edge.node.backups!.totalCount).toBe(backupCounts.get(edge.node.uuid));
    }
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['organizations', 0, 'services', 'edges', index, 'node', 'backups'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'clickhouse', upstreamStatus: 503 },
    });
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|http:\/\//);
  });

  it('cuts a hung upstream at UPSTREAM_TIMEOUT_MS with GATEWAY_TIMEOUT', async () => {
    flushCache(stack);
    stack.simulator.faults.inject({ method: 'GET', path: /\/services$/, hang: true });
    const started = Date.now();
    const result = await stack.execute(Services, undefined, { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[2]!.keyId}:${CLICKHOUSE_SEED.keys[2]!.keySecret}` });
    const elapsed = Date.now() - started;
    expect(errorCodes(result)).toEqual(['GATEWAY_TIMEOUT']);
    expect(result.data!.organizations![0]!.services).toBeNull();
    // Bounded by the deadline (generous slack for a busy machine), not by the hang.
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 5);
  });

  it('opens the circuit after repeated failures, fails fast without calling, and recovers after a probe', async () => {
    stack.simulator.faults.inject({ method: 'GET', status: 503 });
    const key = { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[1]!.keyId}:${CLICKHOUSE_SEED.keys[1]!.keySecret}` };
    flushCache(stack);
    const first = await stack.execute(Services, undefined, key);
    expect(errorCodes(first)).toEqual(['UPSTREAM_UNAVAILABLE']);
    // One call with retries reaches the threshold; the next calls are refused without a request.
    await stack.execute(Services, undefined, key);
    const seen = stack.simulator.requests.length;
    const refused = await stack.execute(Services, undefined, key);
    expect(errorCodes(refused)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(refused.errors![0]!.extensions).toMatchObject({ circuit: 'open' });
    expect(stack.simulator.requests.length).toBe(seen);
    expect(stack.deps.clickhouse.breaker.state).toBe('open');

    stack.simulator.faults.clear();
    await sleep(OPEN_MS + 50);
    const recovered = await stack.execute(Services, undefined, key);
    expect(recovered.errors).toBeUndefined();
    expect(stack.deps.clickhouse.breaker.state).toBe('closed');
  });

  it("answers an upstream 429 whose Retry-After exceeds the deadline at once with RATE_LIMITED, and pauses that key", async () => {
    flushCache(stack);
    stack.resetUpstreamCalls();
    const key = { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[2]!.keyId}:${CLICKHOUSE_SEED.keys[2]!.keySecret}` };
    stack.simulator.faults.inject({ method: 'GET', path: /\/services$/, status: 429, retryAfterSeconds: 1, count: 1 });
    const limited = await stack.execute(Services, undefined, key);
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.extensions).toMatchObject({ retryAfterMs: 1000 });
    // The next call with that key waits out the Retry-After instead of provoking another 429.
    const next = await stack.execute(Services, undefined, key);
    expect(next.errors).toBeUndefined();
    const lists = stack.simulator.requests.filter((request) => request.path.endsWith('/services'));
    expect(lists.map((request) => request.status)).toEqual([429, 200]);
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(900);
  });
});
