/**
 * Limits that count what costs: ids a client makes up cost (almost) no upstream calls, `nodes`
 * takes at most MAX_NODE_IDS ids, the cost limit counts variables and list lengths, and a query
 * whose addressed lookups need more ClickHouse calls than one budget window allows is refused up
 * front with its numbers, while data-dependent fan-out (the dashboard) is still queued and answered.
 */
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NODE_IDS } from '../src/limits/node-ids.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { ACME_SECOND_KEY, errorCodes, GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const Nodes = graphql(/* GraphQL */ `
  query TestLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
`);

const NodesWithBackups = graphql(/* GraphQL */ `
  query TestLimitsNodesWithBackups($ids: [ID!]!) {
    nodes(ids: $ids) { id ... on Service { backups(first: 1000) { edges { node { id status type startedAt } } } } }
  }
`);

const PagedByVariables = graphql(/* GraphQL */ `
  query TestLimitsPagedByVariables($services: Int!, $backups: Int!) {
    organizations { services(first: $services) { edges { node { backups(first: $backups) { edges { node { id status type startedAt } } } } } } }
  }
`);

const DashboardBackups = graphql(/* GraphQL */ `
  query TestLimitsDashboardBackups {
    organizations { services { totalCount edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } } } } }
  }
`);

const acme = CLICKHOUSE_SEED.organizations.acme.id;
const acmeServices = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === acme);
const globex = CLICKHOUSE_SEED.organizations.globex.id;

const serviceId = (organizationId: string, id: string) => encodeGlobalID('Service', `${organizationId}:${id}`);
const backupId = (organizationId: string, service: string, id: string) => encodeGlobalID('Backup', `${organizationId}:${service}:${id}`);
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

/**
 * `count` aliased services of Acme by uuid, each with its backups and backup configuration: the
 * organizations, Acme's service list, and two calls per service (2 + 2 x count).
 */
function aliasedServices(count: number): string {
  const fields = 'name backups { totalCount } backupConfiguration { backupPeriodInHours }';
  const aliases = acmeServices.slice(0, count).map((service, i) => `s${i}: service(uuid: "${service.id}") { ${fields} }`);
  expect(aliases).toHaveLength(count);
  return `{ organization(uuid: "${acme}") { ${aliases.join(' ')} } }`;
}

async function post(stack: Stack, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] }) };
}

describe('with the budget off, so every call is made and counted', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('the estimate is what executing costs: 5 aliased services with backups and configuration make 12 calls', async () => {
    stack.resetUpstreamCalls();
    const result = await post(stack, aliasedServices(5));
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data!.organization as object)).toHaveLength(5);
    // The organizations, Acme's service list, then 5 backup lists and 5 backup configurations.
    expect(stack.upstreamCalls()).toBe(12);
  });

  it('40 unknown service ids in 40 unknown organizations: 1 call (the key organizations), was 41', async () => {
    stack.resetUpstreamCalls();
    const ids = times(40, () => serviceId(randomUUID(), randomUUID()));
    const result = await stack.execute(Nodes, { ids }, keyHeader(ACME_SECOND_KEY));
    expect(result.data!.nodes).toEqual(times(40, () => null));
    expect(new Set(errorCodes(result))).toEqual(new Set(['NOT_FOUND']));
    expect(stack.upstreamCalls()).toBe(1);
    expect(stack.upstreamCalls((path) => path === '/v1/organizations')).toBe(1);
  });

  it("40 unknown service ids in the key's organization: its one service list", async () => {
    stack.resetUpstreamCalls();
    const ids = times(40, () => serviceId(acme, randomUUID()));
    const result = await stack.execute(Nodes, { ids }, keyHeader(ACME_SECOND_KEY));
    expect(errorCodes(result)).toEqual(times(40, () => 'NOT_FOUND'));
    expect(stack.upstreamCalls()).toBe(1);
  });

  it('40 backup ids of 40 unknown services: the organization service list answers for all, was 40 backup lists', async () => {
    stack.resetUpstreamCalls();
    const ids = times(40, () => backupId(globex, randomUUID(), randomUUID()));
    const result = await stack.execute(Nodes, { ids }, keyHeader(GLOBEX_KEY));
    expect(errorCodes(result)).toEqual(times(40, () => 'NOT_FOUND'));
    expect(stack.upstreamCalls()).toBe(1);
    expect(stack.upstreamCalls((path) => path.endsWith('/backups'))).toBe(0);
  });

  it('refuses more than MAX_NODE_IDS ids, as a variable or a literal, with 0 upstream calls', async () => {
    stack.resetUpstreamCalls();
    const ids = times(MAX_NODE_IDS + 1, () => serviceId(acme, randomUUID()));
    const byVariable = await stack.execute(Nodes, { ids });
    expect(byVariable.status).toBe(400);
    expect(errorCodes(byVariable)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(byVariable.errors![0]!.message).toBe(`nodes(ids:) takes at most ${MAX_NODE_IDS} ids, got ${MAX_NODE_IDS + 1}`);
    expect(byVariable.errors![0]!.extensions).toMatchObject({ ids: MAX_NODE_IDS + 1, limit: MAX_NODE_IDS });
    const literal = await post(stack, `{ nodes(ids: ${JSON.stringify(ids)}) { id } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ids: MAX_NODE_IDS + 1, limit: MAX_NODE_IDS });
    expect(stack.upstreamCalls()).toBe(0);
    // Exactly the maximum runs.
    const most = await stack.execute(Nodes, { ids: ids.slice(1) });
    expect(most.data!.nodes).toHaveLength(MAX_NODE_IDS);
  });

  it('counts list variables and paging variables in the cost: refused with its numbers, 0 calls', async () => {
    stack.resetUpstreamCalls();
    // 100 ids x 1000 backups each: armor's rule sees neither the list nor its length (cost ~10k).
    const ids = times(MAX_NODE_IDS, () => serviceId(acme, randomUUID()));
    const listed = await stack.execute(NodesWithBackups, { ids });
    expect(listed.status).toBe(400);
    expect(errorCodes(listed)).toEqual(['QUERY_TOO_COMPLEX']);
    // nodes: (2 + id 1 + fragment (2 + backups (2 + edges 8) x 1000)) x 100 ids.
    expect(listed.errors![0]!.message).toMatch(/^Query Cost limit of 1000000 exceeded, found 1000500\b/);
    expect(listed.errors![0]!.extensions).toMatchObject({ cost: 1_000_500, limit: 1_000_000 });
    // `first: $n` counts n, as `first: 1000` written out does (test/hardening.test.ts).
    const paged = await stack.execute(PagedByVariables, { services: 1000, backups: 1000 });
    expect(errorCodes(paged)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(paged.errors![0]!.extensions).toMatchObject({ limit: 1_000_000 });
    expect(stack.upstreamCalls()).toBe(0);
    // The same with small pages runs.
    const small = await stack.execute(PagedByVariables, { services: 2, backups: 2 });
    expect(small.errors).toBeUndefined();
  });
});

describe('one request never spends more than one budget window on what it addresses', () => {
  let stack: Stack;
  // 10 calls per window, as ClickHouse allows, in a window short enough for a test.
  const WINDOW_MS = 1_500;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: `10/${WINDOW_MS}ms`, simulatorRateLimit: { limit: 10, windowMs: WINDOW_MS } });
  });
  afterAll(() => stack.close());

  it('still answers a dashboard of every service with its backups and configuration: data-dependent fan-out, queued', async () => {
    stack.resetUpstreamCalls();
    const dashboard = await stack.execute(DashboardBackups);
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data!.organizations![0]!.services!.totalCount).toBe(acmeServices.length);
    // More than one window's worth: the budget queued them, and the upstream saw no 429.
    expect(stack.upstreamCalls()).toBe(2 + 2 * acmeServices.length);
    expect(stack.upstreamCalls()).toBeGreaterThan(10);
    expect(stack.simulator.requests.filter((request) => request.status === 429)).toHaveLength(0);
  });

  it('refuses 5 aliased services with backups and configuration (12 calls) up front with its numbers and 0 upstream calls', async () => {
    stack.resetUpstreamCalls();
    const result = await post(stack, aliasedServices(5));
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', upstream: 'clickhouse', estimatedCalls: 12, limit: 10, windowMs: WINDOW_MS });
    expect(result.errors![0]!.message).toContain(`need about 12 ClickHouse calls, more than the 10 per ${WINDOW_MS} ms`);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('answers 4 aliased services with backups and configuration (10 calls: one window)', async () => {
    stack.resetUpstreamCalls();
    const result = await post(stack, aliasedServices(4), undefined, keyHeader(ACME_SECOND_KEY));
    expect(result.errors).toBeUndefined();
    expect(stack.upstreamCalls()).toBe(10);
  });

  it('answers unknown service ids in 40 organizations with the one organization list: a key has one organization', async () => {
    stack.resetUpstreamCalls();
    const foreign = await stack.execute(Nodes, { ids: times(40, () => serviceId(randomUUID(), randomUUID())) }, keyHeader(GLOBEX_KEY));
    expect(errorCodes(foreign)).toEqual(times(40, () => 'NOT_FOUND'));
    expect(stack.upstreamCalls()).toBe(1);
    // In the key's own organization, 40 of them are its one service list.
    const own = await stack.execute(Nodes, { ids: times(40, () => serviceId(globex, randomUUID())) }, keyHeader(GLOBEX_KEY));
    expect(errorCodes(own)).toEqual(times(40, () => 'NOT_FOUND'));
    expect(stack.upstreamCalls()).toBe(2);
  });
});
