/**
 * Kept query results: a warm query is answered with the result it gave last time, but only while
 * every cached upstream answer it was built from is unchanged, only for the same credentials, and
 * never for errors or mutations. Metrics count the cache hits executing again would have made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { seedService, serviceGlobalId } from './support/ids.js';
import { errorCodes, GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const Services = graphql(/* GraphQL */ `
  query TestKeptServices { organizations { name services { edges { node { uuid name state } } } } }
`);

const Organization = graphql(/* GraphQL */ `
  query TestKeptOrganization($uuid: UUID!) { organization(uuid: $uuid) { name } }
`);

const Stop = graphql(/* GraphQL */ `
  mutation TestKeptStop($id: ID!) { stopService(input: { id: $id }) { __typename } }
`);

describe('kept query results', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ transitionMs: 200, gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  const reused = () => stack.deps.resultCache!.stats().reused;
  const hits = () => stack.deps.clickhouse.cache.stats().hits;

  it('a warm query gets the same data without executing again, and counts the cache hits executing would have made', async () => {
    const cold = await stack.execute(Services);
    expect(cold.errors).toBeUndefined();
    const hitsBefore = hits();
    const warm = await stack.execute(Services); // executed from cache hits alone: kept
    const hitsOfOneExecution = hits() - hitsBefore;
    expect(hitsOfOneExecution).toBeGreaterThan(0);
    const reusedBefore = reused();
    stack.resetUpstreamCalls();
    const hitsBeforeReuse = hits();
    const again = await stack.execute(Services);
    expect(reused()).toBe(reusedBefore + 1);
    expect(again.data).toEqual(warm.data);
    expect(again.data).toEqual(cold.data);
    expect(stack.upstreamCalls()).toBe(0);
    expect(hits() - hitsBeforeReuse).toBe(hitsOfOneExecution);
    const metrics = await (await fetch(new URL('/metrics', stack.url))).text();
    expect(metrics).toContain(`opsgraph_result_cache_reused_total ${reused()}`);
  });

  it('never outlives a write: after stopService the same query shows the service stopping', async () => {
    const production = seedService('acmeProduction');
    const stateOf = (result: Awaited<ReturnType<typeof stack.execute<unknown, unknown>>>) =>
      (result.data as { organizations: { services: { edges: { node: { uuid: string; state: string } }[] } }[] }).organizations
        .flatMap((organization) => organization.services.edges)
        .find((edge) => edge.node.uuid === production.id)!.node.state;
    await stack.execute(Services);
    await stack.execute(Services);
    const reusedBefore = reused();
    expect(stateOf(await stack.execute(Services))).toBe('RUNNING');
    expect(reused()).toBe(reusedBefore + 1);
    expect((await stack.execute(Stop, { id: serviceGlobalId('acmeProduction') })).data!.stopService.__typename).toBe('ServicePayload');
    expect(['STOPPING', 'STOPPED']).toContain(stateOf(await stack.execute(Services)));
    expect(reused()).toBe(reusedBefore + 1);
  });

  it("never answers one credential with another's result", async () => {
    await stack.execute(Services);
    const acme = await stack.execute(Services);
    const reusedBefore = reused();
    const globex = await stack.execute(Services, undefined, keyHeader(GLOBEX_KEY));
    expect(reused()).toBe(reusedBefore);
    expect(globex.data!.organizations!.map((organization) => organization.name)).not.toEqual(acme.data!.organizations!.map((organization) => organization.name));
    // Each credential's own warm result is reused for it alone.
    await stack.execute(Services, undefined, keyHeader(GLOBEX_KEY));
    const globexAgain = await stack.execute(Services, undefined, keyHeader(GLOBEX_KEY));
    expect(reused()).toBe(reusedBefore + 1);
    expect(globexAgain.data).toEqual(globex.data);
  });

  it('never keeps a result with errors', async () => {
    const foreign = { uuid: GLOBEX_KEY.organizationId };
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await stack.execute(Organization, foreign);
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    }
    const reusedBefore = reused();
    await stack.execute(Organization, foreign);
    expect(reused()).toBe(reusedBefore);
  });

  it('keys on the variables: another organization id is another result', async () => {
    const acme = { uuid: (await stack.execute(graphql(/* GraphQL */ `query TestKeptOrganizations { organizations { id uuid } }`))).data!.organizations![0]!.uuid };
    await stack.execute(Organization, acme);
    await stack.execute(Organization, acme);
    const kept = await stack.execute(Organization, acme);
    expect(kept.data!.organization!.name).toBe('Acme Analytics');
    const other = await stack.execute(Organization, { uuid: GLOBEX_KEY.organizationId });
    expect(other.data?.organization ?? null).toBeNull();
  });
});

describe('kept query results, turned off', () => {
  it('RESULT_CACHE_ENTRIES=0 keeps none', async () => {
    const stack = await startStack({ env: { RESULT_CACHE_ENTRIES: '0' } });
    try {
      expect(stack.deps.resultCache).toBeUndefined();
      for (let attempt = 0; attempt < 3; attempt++) expect((await stack.execute(Services)).errors).toBeUndefined();
    } finally {
      await stack.close();
    }
  });
});

describe('kept HTTP answers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { GATEWAY_TOKENS: 'opsgraph-test-token', CORS_ORIGINS: 'https://app.example.com,https://admin.example.com' } });
  });
  afterAll(() => stack.close());

  const body = JSON.stringify({ query: '{ organizations { name services { edges { node { uuid state } } } } }' });
  const post = (headers: Record<string, string>) =>
    fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', origin: 'https://app.example.com', authorization: 'Bearer opsgraph-test-token', ...headers },
      body,
    });
  const comparable = (response: Response) =>
    Object.fromEntries([...response.headers].filter(([name]) => !['date', 'x-request-id', 'keep-alive', 'connection'].includes(name)));

  it('the same request bytes get the same answer, with their own request id, log line and count', async () => {
    const executed = await post({ 'x-request-id': 'first-one' });
    const executedBody = await executed.text();
    const fromKeptResult = await post({ 'x-request-id': 'second-one' }); // executed from hits alone: kept
    await fromKeptResult.text();
    const reusedBefore = stack.deps.resultCache!.stats().reused;
    stack.resetUpstreamCalls();
    const replayed = await post({ 'x-request-id': 'third-one' });
    const replayedBody = await replayed.text();
    const fourth = await post({});
    await fourth.text();
    expect(stack.deps.resultCache!.stats().reused).toBe(reusedBefore + 2);
    expect(stack.upstreamCalls()).toBe(0);
    expect(replayed.status).toBe(200);
    expect(replayedBody).toBe(executedBody);
    expect(comparable(replayed)).toEqual(comparable(executed));
    expect(replayed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(replayed.headers.get('x-request-id')).toBe('third-one');
    expect(fourth.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const lines = stack.logs.map((line) => JSON.parse(line) as { msg: string; requestId?: string; status?: number; path?: string });
    expect(lines.find((line) => line.requestId === 'third-one')).toMatchObject({ msg: 'request', status: 200, path: '/graphql' });
    expect(lines.find((line) => line.requestId === fourth.headers.get('x-request-id'))).toMatchObject({ msg: 'request', status: 200 });
    const metrics = await (await fetch(new URL('/metrics', stack.url), { headers: { authorization: 'Bearer opsgraph-test-token' } })).text();
    expect(metrics).toMatch(/opsgraph_http_requests_total\{method="POST",status="200"\} \d+/);
  });

  it('never skips the gateway token, and another origin is answered with its own headers, or refused', async () => {
    await (await post({})).text();
    await (await post({})).text();
    const refused = await post({ authorization: 'Bearer wrong' });
    expect(refused.status).toBe(401);
    const listed = await post({ origin: 'https://admin.example.com' });
    await listed.text();
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    const foreign = await post({ origin: 'https://evil.example.com' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ errors: [{ extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] });
  });

  it('ends with the kept result: after a write the same bytes show the change', async () => {
    await (await post({})).text();
    await (await post({})).text();
    const before = (await (await post({})).json()) as { data: { organizations: { services: { edges: { node: { uuid: string; state: string } }[] } }[] } };
    const production = seedService('acmeProduction');
    const stateIn = (answer: typeof before) =>
      answer.data.organizations.flatMap((organization) => organization.services.edges).find((edge) => edge.node.uuid === production.id)!.node.state;
    expect(stateIn(before)).toBe('RUNNING');
    const stop = await stack.execute(Stop, { id: serviceGlobalId('acmeProduction') }, { authorization: 'Bearer opsgraph-test-token' });
    expect(stop.errors).toBeUndefined();
    const after = (await (await post({})).json()) as typeof before;
    expect(['STOPPING', 'STOPPED']).toContain(stateIn(after));
  });
});
