/**
 * Prepared requests (RESULT_CACHE_ENTRIES=0): a query yoga answered without errors is executed
 * directly the next time the same request arrives. Its answers must be yoga's, byte for byte in
 * the body and header for header (but the request id): data, stale marker, masked errors and
 * status, CORS, log line and count. Real gateway over the simulators, over HTTP.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayDeps } from '../src/gateway-types.js';
import { GatewayMetrics } from '../src/observability/metrics.js';
import { PreparedRequests, usePreparedRequests } from '../src/prepared-requests.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { clickHouseCredential } from '../src/upstream/credentials.js';
import { seedService, sleep } from './support/ids.js';
import { ACME_SECOND_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const PRODUCTION = seedService('acmeProduction');
const ORIGIN = 'https://app.example.com';
const DASHBOARD = `query TestPreparedDashboard { organization(uuid: "${ACME}") { name services { edges { node { name state } } } } }`;
/** Read afresh from its endpoints on every request (no cache TTL to wait out). */
const FRESH = `query TestPreparedFresh { organization(uuid: "${ACME}", fresh: true) { name service(uuid: "${PRODUCTION.id}", fresh: true) { name state } } }`;

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

async function post(stack: Stack, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const text = await response.text();
  const answerHeaders = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id'));
  return { status: response.status, headers: answerHeaders, text, json: JSON.parse(text) as Answer['json'] };
}

/** The same operation in a body of other bytes: never prepared, so yoga answers it. */
const throughYoga = (query: string) => `${query}\n#${Math.random()}`;

async function served(stack: Stack): Promise<number> {
  const text = await stack.deps.metrics.registry.getSingleMetricAsString('opsgraph_prepared_requests_served_total');
  return Number(/opsgraph_prepared_requests_served_total (\d+)/.exec(text)?.[1] ?? NaN);
}

/** The prepared answer to `query` (checked to be one), then yoga's to the same operation. */
async function preparedAndYoga(stack: Stack, query: string): Promise<{ prepared: Answer; yoga: Answer }> {
  const before = await served(stack);
  const prepared = await post(stack, query);
  expect(await served(stack)).toBe(before + 1);
  return { prepared, yoga: await post(stack, throughYoga(query)) };
}

function flushCache(stack: Stack): void {
  for (const key of CLICKHOUSE_SEED.keys) stack.deps.clickhouse.cache.invalidate(clickHouseCredential(key.keyId, key.keySecret).fingerprint, '');
}

describe('prepared requests (kept results off)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { RESULT_CACHE_ENTRIES: '0', CORS_ORIGINS: ORIGIN, UPSTREAM_TIMEOUT_MS: '1000', STALE_IF_ERROR_S: '300' } });
  });
  afterAll(() => stack.close());

  it('answers a repeated query as yoga did, without calling upstream again', async () => {
    const before = await served(stack);
    const first = await post(stack, DASHBOARD, { origin: ORIGIN });
    stack.resetUpstreamCalls();
    const repeats = [await post(stack, DASHBOARD, { origin: ORIGIN }), await post(stack, DASHBOARD, { origin: ORIGIN })];
    expect(first.json.errors).toBeUndefined();
    expect(JSON.stringify(first.json.data)).toContain('Acme Production');
    for (const repeat of repeats) {
      expect(repeat.status).toBe(first.status);
      expect(repeat.text).toBe(first.text);
      expect(repeat.headers).toEqual(first.headers);
    }
    expect(first.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(await served(stack)).toBe(before + 2);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('gives each answer its own request id, log line and count', async () => {
    await post(stack, DASHBOARD);
    const logged = stack.logs.length;
    const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'prepared-1' }, body: JSON.stringify({ query: DASHBOARD }) });
    expect(response.headers.get('x-request-id')).toBe('prepared-1');
    await response.text();
    const line = stack.logs.slice(logged).map((text) => JSON.parse(text) as Record<string, unknown>).find((record) => record.requestId === 'prepared-1');
    expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, streaming: false, operationName: 'TestPreparedDashboard', upstreamCalls: 0 });
    expect(typeof line!.durationMs).toBe('number');
  });

  it('leaves a request that asks for its cost to yoga, which adds it', async () => {
    await post(stack, DASHBOARD);
    const before = await served(stack);
    const costed = await post(stack, DASHBOARD, { 'x-opsgraph-cost': '1' });
    expect(await served(stack)).toBe(before);
    expect(costed.json.extensions?.cost).toMatchObject({ kept: false });
    expect((await post(stack, DASHBOARD)).json.extensions).toBeUndefined();
    expect(await served(stack)).toBe(before + 1);
  });

  it('never serves one credential what another prepared', async () => {
    await post(stack, DASHBOARD);
    const before = await served(stack);
    const other = await post(stack, DASHBOARD, keyHeader(ACME_SECOND_KEY));
    expect(other.json.errors, other.text).toBeUndefined();
    expect(await served(stack)).toBe(before);
    await post(stack, DASHBOARD, keyHeader(ACME_SECOND_KEY));
    expect(await served(stack)).toBe(before + 1);
  });

  it('marks answers served stale as yoga does', async () => {
    flushCache(stack);
    expect((await post(stack, FRESH)).json.errors).toBeUndefined();
    await sleep(20);
    stack.simulator.faults.inject({ method: 'GET', status: 503 });
    try {
      const { prepared, yoga } = await preparedAndYoga(stack, FRESH);
      expect(prepared.status).toBe(200);
      expect(prepared.json.data).toEqual(yoga.json.data);
      // The reason of each may differ between the two: the circuit opens as the failures add up.
      const marks = (answer: Answer) => answer.json.extensions?.stale as { path: string; reason: string }[];
      expect(marks(prepared).map(({ path }) => path).sort()).toEqual(marks(yoga).map(({ path }) => path).sort());
      expect(marks(prepared)).toHaveLength(2);
      for (const { reason } of [...marks(prepared), ...marks(yoga)]) expect(reason).toMatch(/^(UPSTREAM_UNAVAILABLE|CIRCUIT_OPEN|GATEWAY_TIMEOUT)$/);
    } finally {
      stack.simulator.faults.clear();
    }
  });
});

describe('prepared requests whose execution fails', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { RESULT_CACHE_ENTRIES: '0', STALE_IF_ERROR_S: '0', UPSTREAM_TIMEOUT_MS: '1000', CIRCUIT_FAILURE_THRESHOLD: '100' } });
  });
  afterAll(() => stack.close());

  it('answer with the coded errors and status yoga gives', async () => {
    expect((await post(stack, FRESH)).json.errors).toBeUndefined();
    stack.simulator.faults.inject({ method: 'GET', status: 503 });
    try {
      const { prepared, yoga } = await preparedAndYoga(stack, FRESH);
      expect(prepared.json.errors!.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(prepared.status).toBe(yoga.status);
      expect(prepared.text).toBe(yoga.text);
      expect(prepared.headers).toEqual(yoga.headers);
    } finally {
      stack.simulator.faults.clear();
    }
  });
});

describe('with kept results on (the default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { STALE_IF_ERROR_S: '0', UPSTREAM_TIMEOUT_MS: '1000', CIRCUIT_FAILURE_THRESHOLD: '100' } });
  });
  afterAll(() => stack.close());

  it('repeats are kept answers, and nothing is prepared', async () => {
    for (let index = 0; index < 3; index++) expect((await post(stack, DASHBOARD)).json.errors).toBeUndefined();
    expect(stack.deps.metrics.registry.getSingleMetric('opsgraph_prepared_requests_served_total')).toBeUndefined();
    expect(stack.deps.metrics.registry.getSingleMetric('opsgraph_result_cache_reused_total')).toBeDefined();
  });

  it('a query compiled on its second execution answers its errors as the first did, locations included', async () => {
    stack.simulator.faults.inject({ method: 'GET', status: 503 });
    try {
      const answers = [await post(stack, FRESH), await post(stack, FRESH), await post(stack, FRESH)];
      expect(answers[0]!.json.errors!.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(answers[0]!.text).toContain('"locations":[{"line":1,"column":');
      for (const answer of answers) expect(answer.text).toBe(answers[0]!.text);
    } finally {
      stack.simulator.faults.clear();
    }
  });
});

describe('what a request must have executed to be prepared', () => {
  type Hooks = { onExecute(payload: { args: unknown }): { onExecuteDone(payload: { result: unknown }): void } | undefined };
  const plugin = usePreparedRequests() as unknown as Hooks;
  const prepared = new PreparedRequests({ metrics: new GatewayMetrics() } as unknown as GatewayDeps, (errors) => [...errors]);
  const document = parse('query TestPreparedOne { organizations { name } }');
  const execute = (request: Request, doc = document) => plugin.onExecute({ args: { document: doc, operationName: undefined, contextValue: { request } } });

  it('one query that succeeded', () => {
    const request = new Request('http://localhost/graphql', { method: 'POST' });
    execute(request)!.onExecuteDone({ result: { data: { organizations: [] } } });
    prepared.learn('one', request, 200, { 'content-type': 'application/json; charset=utf-8' });
    expect(prepared.get('one')).toMatchObject({ document, name: 'TestPreparedOne', mediaType: 'application/json' });
  });

  it('never one operation of several (a batch), nor a failure, a mutation or a non-200 answer', () => {
    const batch = new Request('http://localhost/graphql', { method: 'POST' });
    const first = execute(batch)!;
    const second = execute(batch)!;
    first.onExecuteDone({ result: { data: {} } });
    second?.onExecuteDone({ result: { data: {} } });
    prepared.learn('batch', batch, 200, {});
    const failed = new Request('http://localhost/graphql', { method: 'POST' });
    execute(failed)!.onExecuteDone({ result: { data: null, errors: [{ message: 'x' }] } });
    prepared.learn('failed', failed, 200, {});
    const mutation = new Request('http://localhost/graphql', { method: 'POST' });
    expect(execute(mutation, parse('mutation TestPreparedWrite { __typename }'))).toBeUndefined();
    prepared.learn('mutation', mutation, 200, {});
    const refused = new Request('http://localhost/graphql', { method: 'POST' });
    execute(refused)!.onExecuteDone({ result: { data: {} } });
    prepared.learn('refused', refused, 400, {});
    for (const key of ['batch', 'failed', 'mutation', 'refused']) expect(prepared.get(key), key).toBeUndefined();
  });
});
