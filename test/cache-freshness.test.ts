/**
 * What the shared cache may not hide: an object in motion (a stopping service) is cached for at
 * most the in-motion TTL (the fast poll interval, capped at 1 s), not the full TTL; and a ClickHouse
 * write invalidates what it changed even when its answer never arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { seedService, sleep } from './support/ids.js';
import { errorCodes, startStack, type Stack } from './support/stack.js';

const ServiceState = graphql(/* GraphQL */ `
  query TestFreshServiceState($id: ID!) { node(id: $id) { ... on Service { state } } }
`);

const Services = graphql(/* GraphQL */ `
  query TestFreshServiceList { organizations { services { edges { node { uuid state } } } } }
`);

const Stop = graphql(/* GraphQL */ `
  mutation TestFreshStop($id: ID!) { stopService(input: { id: $id }) { __typename } }
`);

const IN_MOTION_TTL_MS = 1_000;

describe('cache freshness', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ transitionMs: 200, gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  async function upstreamState(id: string): Promise<string> {
    const response = await fetch(`${stack.simulator.url}/v1/organizations/${seedService('acmeProduction').organizationId}/services/${id}`, {
      headers: { authorization: `Basic ${Buffer.from(`${stack.deps.config.clickhouse.key!.keyId}:${stack.deps.config.clickhouse.key!.keySecret}`).toString('base64')}` },
    });
    return ((await response.json()) as { result: { state: string } }).result.state;
  }

  it('a stopping service is cached for at most the in-motion TTL, so STOPPED shows within a second of the upstream reaching it', async () => {
    const service = seedService('acmeProduction');
    expect((await stack.execute(Stop, { id: service.id })).data!.stopService.__typename).toBe('ServicePayload');
    const listed = await stack.execute(Services);
    const mine = () => listed.data!.organizations!.flatMap((org) => org.services!.edges.map((edge) => edge.node)).find((node) => node.uuid === service.id);
    expect(mine()!.state).toBe('STOPPING');
    // The list was read while the service was stopping; wait for the upstream to get there.
    while ((await upstreamState(service.id)) !== 'stopped') await sleep(50);
    const reachedAt = Date.now();
    await sleep(Math.max(0, IN_MOTION_TTL_MS + 50 - (Date.now() - reachedAt)));
    const again = await stack.execute(Services);
    const state = again.data!.organizations!.flatMap((org) => org.services!.edges.map((edge) => edge.node)).find((node) => node.uuid === service.id)!.state;
    // With the full services TTL (10 s) this would still read STOPPING.
    expect(state).toBe('STOPPED');
  });

  it('a stable object keeps its full TTL: a second read costs no upstream call', async () => {
    await stack.execute(Services);
    stack.resetUpstreamCalls();
    await sleep(IN_MOTION_TTL_MS + 100);
    await stack.execute(Services);
    expect(stack.upstreamCalls((path) => path.endsWith('/services'))).toBe(0);
  });

  it('a ClickHouse write whose answer is lost still invalidates what it changed', async () => {
    const service = seedService('acmeEventIngest');
    // Warm the cache with RUNNING.
    expect((await stack.execute(ServiceState, { id: Buffer.from(`Service:${service.organizationId}:${service.id}`).toString('base64') })).data!.node).toEqual({ state: 'RUNNING' });
    await stack.execute(Services);
    stack.proxy.loseAnswerOfNext('PATCH', /\/state$/, 1);
    const stop = await stack.execute(Stop, { id: service.id });
    // The gateway never saw an answer (the connection was reset after the upstream acted on it).
    expect(stop.data?.stopService ?? null).toBeNull();
    expect(errorCodes(stop).length).toBeGreaterThan(0);
    expect(await upstreamState(service.id)).not.toBe('running');
    const listed = await stack.execute(Services);
    const state = listed.data!.organizations!.flatMap((org) => org.services!.edges.map((edge) => edge.node)).find((node) => node.uuid === service.id)!.state;
    expect(state).not.toBe('RUNNING');
  });
});
