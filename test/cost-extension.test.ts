/**
 * What a query costs, in its answer (`x-opsgraph-cost: 1` -> `extensions.cost`): the real gateway
 * over the simulators, the lines checked against what the simulators counted.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { clickHouseCredential, divioCredential } from '../src/upstream/credentials.js';
import type { CostExtension } from '../src/plugins/use-cost-extension.js';
import { seedService, serviceGlobalId } from './support/ids.js';
import { ACME_KEY, ACME_TOKEN, errorCodes, startStack, type Stack } from './support/stack.js';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
  extensions?: { cost?: CostExtension; stale?: unknown[] };
  status: number;
};
const doc = (text: string) => parse(text) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

const ASK = { 'x-opsgraph-cost': '1' };
const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const PRODUCTION = seedService('acmeProduction');

const Dashboard = doc(/* GraphQL */ `
  query TestCostDashboard {
    organizations {
      name
      services(first: 100) { totalCount edges { node { uuid name state backups(first: 100) { totalCount edges { node { uuid status } } } } } }
    }
  }
`);
const FreshDashboard = doc(/* GraphQL */ `
  query TestCostFresh {
    organization(uuid: "${ACME}", fresh: true) { name service(uuid: "${PRODUCTION.id}", fresh: true) { name state } }
  }
`);
const Applications = doc(/* GraphQL */ `
  query TestCostApplications { applications(first: 50) { totalCount edges { node { uuid name } } } }
`);
const Rename = doc(/* GraphQL */ `mutation TestCostRename($input: UpdateServiceInput!) { updateService(input: $input) { __typename } }`);

async function run(stack: Stack, document: ReturnType<typeof doc>, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<Result> {
  return (await stack.execute(document, variables, headers)) as Result;
}

function flushCaches(stack: Stack): void {
  for (const key of CLICKHOUSE_SEED.keys) stack.deps.clickhouse.cache.invalidate(clickHouseCredential(key.keyId, key.keySecret).fingerprint, '');
  stack.deps.divio.cache.invalidate(divioCredential(ACME_TOKEN.token).fingerprint, '');
}

const byCache = (cost: CostExtension, cache: string) => cost.calls.filter((call) => call.cache === cache);

/** No secret of any credential, and no raw id of an object, in the extension. */
function expectNoSecrets(cost: CostExtension): void {
  const text = JSON.stringify(cost);
  for (const key of CLICKHOUSE_SEED.keys) {
    expect(text).not.toContain(key.keySecret);
    expect(text).not.toContain(key.keyId);
    expect(text).not.toContain(Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64'));
    expect(text).not.toContain(clickHouseCredential(key.keyId, key.keySecret).fingerprint);
  }
  expect(text).not.toContain(ACME_TOKEN.token);
  expect(text).not.toContain(ACME);
  expect(text).not.toContain(PRODUCTION.id);
}

describe('extensions.cost, with the result cache off (every request executes)', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Latency makes concurrent requests overlap on the wire; no budget, so nothing queues.
    stack = await startStack({ upstreamLatencyMs: 30, gatewayRateLimit: '0', env: { RESULT_CACHE_ENTRIES: '0' } });
  });
  afterAll(() => stack.close());
  afterEach(() => {
    stack.simulator.faults.clear();
    flushCaches(stack);
    stack.resetUpstreamCalls();
  });

  it('a cold dashboard lists one miss per upstream call; warm repeats list hits only, through both executors (sent 3 times)', async () => {
    stack.resetUpstreamCalls();
    const plain = await run(stack, Dashboard);
    expect(plain.extensions?.cost).toBeUndefined();
    flushCaches(stack);
    stack.resetUpstreamCalls();

    const cold = await run(stack, Dashboard, ASK);
    expect(cold.status).toBe(200);
    expect(cold.errors).toBeUndefined();
    expect(cold.data).toEqual(plain.data);
    const cost = cold.extensions!.cost!;
    const upstream = stack.upstreamCalls();
    const organization = (cold.data!.organizations as { services: { totalCount: number } }[])[0]!;
    // organizations, the services list, and one backup list per service.
    expect(upstream).toBe(2 + organization.services.totalCount);
    expect(byCache(cost, 'miss')).toHaveLength(upstream);
    expect(cost.calls).toHaveLength(upstream);
    expect(cost.kept).toBe(false);
    for (const call of cost.calls) {
      expect(call).toMatchObject({ method: 'GET', upstream: 'clickhouse', status: 200, cache: 'miss', attempts: 1 });
      expect(call.ms).toBeGreaterThanOrEqual(30);
      // No budget: nothing to wait for but the event loop (the budget's no-op grant).
      expect(call.budgetWaitMs).toBeLessThanOrEqual(call.ms);
    }
    expect(cost.calls[0]!.path).toBe('/v1/organizations');
    expect(cost.calls[1]!.path).toBe('/v1/organizations/{organizationId}/services');
    expect(new Set(cost.calls.slice(2).map((call) => call.path))).toEqual(new Set(['/v1/organizations/{organizationId}/services/{serviceId}/backups']));
    expect(cost.budgetWaitMs).toBeCloseTo(cost.calls.reduce((sum, call) => sum + call.budgetWaitMs, 0), 0);
    // The budget is off here: no limit, but the estimate and the cost limit are given.
    expect(cost.estimate).toMatchObject({ clickhouseCallLimit: null, windowMs: null, maxCost: 1_000_000 });
    expect(cost.estimate!.cost).toBeGreaterThan(0);
    expectNoSecrets(cost);

    // The second execution compiles the query (graphql-jit), the third runs the compiled code.
    for (let repeat = 0; repeat < 2; repeat++) {
      const warm = await run(stack, Dashboard, ASK);
      expect(warm.data).toEqual(plain.data);
      const warmCost = warm.extensions!.cost!;
      expect(byCache(warmCost, 'miss')).toEqual([]);
      expect(byCache(warmCost, 'hit')).toHaveLength(upstream);
      for (const call of warmCost.calls) expect(call).toMatchObject({ status: null, budgetWaitMs: 0, cache: 'hit', ms: 0 });
      expect(warmCost.calls.map((call) => call.path)).toEqual(cost.calls.map((call) => call.path));
    }
    expect(stack.upstreamCalls()).toBe(upstream);

    // Without the header, or with any other value: no `cost` key.
    for (const headers of [{} as Record<string, string>, { 'x-opsgraph-cost': '0' }, { 'x-opsgraph-cost': 'true' }, { 'x-opsgraph-cost': '' }]) {
      const other = await run(stack, Dashboard, headers);
      expect(other.data).toEqual(plain.data);
      expect(other.extensions).toBeUndefined();
    }
  });

  it('two requests at once: one loads, the other joins its loads (coalesced), and the misses add up to the upstream calls', async () => {
    const [first, second] = await Promise.all([run(stack, Dashboard, ASK), run(stack, Dashboard, ASK)]);
    expect(first.data).toEqual(second.data);
    const upstream = stack.upstreamCalls();
    const costs = [first.extensions!.cost!, second.extensions!.cost!];
    expect(costs.reduce((sum, cost) => sum + byCache(cost, 'miss').length, 0)).toBe(upstream);
    const coalesced = costs.flatMap((cost) => byCache(cost, 'coalesced'));
    expect(coalesced.length).toBeGreaterThan(0);
    for (const call of coalesced) {
      expect(call.status).toBeNull();
      // It waited for the other request's call on the wire (30 ms of latency).
      expect(call.ms).toBeGreaterThan(0);
    }
    // Every read was answered once per request: by a call, by joining one, or from the cache.
    expect(costs[0]!.calls.length).toBe(costs[1]!.calls.length);
  });

  it('a write is listed with cache "none" and its status', async () => {
    const renamed = await run(stack, Rename, ASK, { input: { id: serviceGlobalId('acmeProduction'), name: PRODUCTION.name } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data).toEqual({ updateService: { __typename: 'ServicePayload' } });
    const writes = byCache(renamed.extensions!.cost!, 'none');
    expect(writes).toEqual([expect.objectContaining({ method: 'PATCH', path: '/v1/organizations/{organizationId}/services/{serviceId}', status: 200, upstream: 'clickhouse' })]);
    expect(stack.upstreamCalls((_path, method) => method === 'PATCH')).toBe(1);
    expect(renamed.extensions!.cost!.estimate).toMatchObject({ clickhouseCalls: 0 });
  });

  it('Divio reads are listed as Divio calls, one miss per page the simulator served', async () => {
    const cold = await run(stack, Applications, ASK);
    expect(cold.errors).toBeUndefined();
    const cost = cold.extensions!.cost!;
    const upstream = stack.divioCalls();
    expect(upstream).toBeGreaterThan(0);
    expect(byCache(cost, 'miss')).toHaveLength(upstream);
    for (const call of cost.calls) expect(call).toMatchObject({ upstream: 'divio', method: 'GET', status: 200, path: '/apps/v3/applications' });
    expectNoSecrets(cost);
    const warm = await run(stack, Applications, ASK);
    expect(byCache(warm.extensions!.cost!, 'hit')).toHaveLength(1);
    expect(byCache(warm.extensions!.cost!, 'miss')).toHaveLength(0);
  });

  it('an invalid document answers as before, without cost', async () => {
    const missing = await run(stack, doc('query TestCostBad { nope }'), ASK);
    expect(missing.status).toBe(400);
    expect(missing.extensions?.cost).toBeUndefined();
  });
});

describe('extensions.cost of answers served stale', () => {
  let stack: Stack;
  beforeAll(async () => {
    // As stale-if-error.test.ts: short deadlines, a circuit that opens after three failures.
    stack = await startStack({ gatewayRateLimit: '0', env: { RESULT_CACHE_ENTRIES: '0', UPSTREAM_TIMEOUT_MS: '400', CIRCUIT_OPEN_MS: '200', CIRCUIT_FAILURE_THRESHOLD: '3' } });
  });
  afterAll(() => stack.close());

  it('a read answered stale lists the failed call (its status and code) and then the stale answer', async () => {
    const fresh = await run(stack, FreshDashboard, ASK);
    expect(fresh.errors).toBeUndefined();
    expect(byCache(fresh.extensions!.cost!, 'miss')).toHaveLength(2);
    stack.resetUpstreamCalls();
    stack.simulator.faults.inject({ method: 'GET', status: 503 });
    const stale = await run(stack, FreshDashboard, ASK);
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual(fresh.data);
    expect(stale.extensions!.stale).toHaveLength(2);
    const cost = stale.extensions!.cost!;
    const failed = byCache(cost, 'miss');
    expect(failed.length).toBeGreaterThan(0);
    // A call that got 503s (retried until the circuit they opened ended it), or one the open
    // circuit refused before it went out.
    for (const call of failed) {
      expect(['UPSTREAM_UNAVAILABLE', 'CIRCUIT_OPEN']).toContain(call.error);
      if (call.attempts === 0) expect(call).toMatchObject({ status: null, error: 'CIRCUIT_OPEN' });
      else expect(call.status).toBe(503);
    }
    expect(failed[0]).toMatchObject({ status: 503, path: '/v1/organizations/{organizationId}' });
    expect(failed[0]!.attempts).toBeGreaterThan(1);
    expect(failed.reduce((sum, call) => sum + call.attempts!, 0)).toBe(stack.upstreamCalls());
    const served = byCache(cost, 'stale');
    expect(served.map((call) => call.path).sort()).toEqual(['/v1/organizations/{organizationId}', '/v1/organizations/{organizationId}/services/{serviceId}']);
    for (const call of served) expect(call.status).toBeNull();
    expectNoSecrets(cost);
    stack.simulator.faults.clear();
  });
});

describe('extensions.cost under the call budget', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '3/1s' });
  });
  afterAll(() => stack.close());

  it('reports the time calls waited for the budget, per call and in total, and the estimate against the limit', async () => {
    const result = await run(stack, Dashboard, ASK);
    expect(result.errors).toBeUndefined();
    const cost = result.extensions!.cost!;
    expect(byCache(cost, 'miss')).toHaveLength(stack.upstreamCalls());
    expect(cost.calls.length).toBeGreaterThan(3);
    // Three calls per second: the fourth and later wait for the next window.
    const waited = cost.calls.filter((call) => call.budgetWaitMs > 100);
    expect(waited.length).toBeGreaterThan(0);
    const total = cost.calls.reduce((sum, call) => sum + call.budgetWaitMs, 0);
    expect(cost.budgetWaitMs).toBeCloseTo(total, 0);
    for (const call of cost.calls) expect(call.ms).toBeGreaterThanOrEqual(call.budgetWaitMs - 0.1);
    expect(cost.estimate).toMatchObject({ clickhouseCallLimit: 3, windowMs: 1_000, maxCost: 1_000_000 });
    expect(cost.estimate!.clickhouseCalls).toBeLessThanOrEqual(3);
  });
});

describe('extensions.cost of kept results and kept answers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('a kept result reports kept; a kept answer is never handed across the header', async () => {
    // Cold, then warm from hits alone (kept), then from the kept result (its answer is kept).
    const cold = await run(stack, Dashboard);
    await run(stack, Dashboard);
    await run(stack, Dashboard);
    const calls = stack.upstreamCalls();
    const reusedBefore = stack.deps.resultCache!.stats().reused;
    // The same bytes without the header: the kept answer, without cost.
    const plainKept = await run(stack, Dashboard);
    expect(plainKept.extensions).toBeUndefined();

    // Same body with the header: not that answer, but the kept result, marked kept.
    const asked = await run(stack, Dashboard, ASK);
    expect(asked.status).toBe(200);
    expect(asked.data).toEqual(cold.data);
    const cost = asked.extensions!.cost!;
    expect(cost).toMatchObject({ kept: true, calls: [], budgetWaitMs: 0 });
    expect(cost.estimate).toMatchObject({ clickhouseCallLimit: null, maxCost: 1_000_000 });
    expect(cost.estimate!.cost).toBeGreaterThan(0);
    // Again: now its own kept answer, still marked kept.
    const askedAgain = await run(stack, Dashboard, ASK);
    expect(askedAgain.extensions!.cost).toEqual(cost);
    // And without the header once more: never the cost-bearing answer.
    const plainAgain = await run(stack, Dashboard);
    expect(plainAgain.extensions).toBeUndefined();
    expect(plainAgain.data).toEqual(cold.data);
    expect(stack.upstreamCalls()).toBe(calls);
    expect(stack.deps.resultCache!.stats().reused).toBe(reusedBefore + 4);
  });

  it('a result built for a request that asked is kept without its cost', async () => {
    flushCaches(stack);
    const query = doc(`query TestCostKeptClean { organizations { name } }`);
    const first = await run(stack, query, ASK);
    expect(first.extensions!.cost!.kept).toBe(false);
    // From hits: executed (kept afterwards), with its hits listed.
    const second = await run(stack, query, ASK);
    expect(second.extensions!.cost).toMatchObject({ kept: false, calls: [expect.objectContaining({ cache: 'hit', path: '/v1/organizations' })] });
    const plain = await run(stack, query);
    expect(plain.extensions).toBeUndefined();
    expect(plain.data).toEqual(first.data);
    expect(errorCodes(plain)).toEqual([]);
  });
});

describe('extensions.cost and CORS', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { CORS_ORIGINS: 'https://app.example.com' } });
  });
  afterAll(() => stack.close());

  it('a browser on an allowed origin may send x-opsgraph-cost', async () => {
    const preflight = await fetch(stack.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-opsgraph-cost' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'x-opsgraph-cost', 'x-clickhouse-key', 'x-divio-token', 'authorization']));
    const answer = await run(stack, doc('query TestCostCors { organizations { name } }'), { ...ASK, origin: 'https://app.example.com' });
    expect(answer.extensions!.cost!.calls).toHaveLength(1);
    expect(ACME_KEY.keyId).toBeTruthy();
  });
});
