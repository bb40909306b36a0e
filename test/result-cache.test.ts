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
