/**
 * Limits that count what costs: ids a client makes up cost (almost) no upstream calls.
 */
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { ACME_SECOND_KEY, errorCodes, GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const Nodes = graphql(/* GraphQL */ `
  query TestLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
`);

const acme = CLICKHOUSE_SEED.organizations.acme.id;
const globex = CLICKHOUSE_SEED.organizations.globex.id;

const serviceId = (organizationId: string, id: string) => encodeGlobalID('Service', `${organizationId}:${id}`);
const backupId = (organizationId: string, service: string, id: string) => encodeGlobalID('Backup', `${organizationId}:${service}:${id}`);
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

describe('ids a client makes up (budget off, so every call is made and counted)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

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

});
