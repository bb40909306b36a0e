/**
 * The rest of the ClickHouse graph: filters, single lookups, per-service sub-resources, and the
 * loaders' promise that objects asked for by id come from lists already in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { backupGlobalId, seedService, serviceGlobalId } from './support/ids.js';
import { errorCodes, startStack, type Stack } from './support/stack.js';

const Filtered = graphql(/* GraphQL */ `
  query TestFiltered($org: UUID!) {
    organization(uuid: $org) {
      running: services(filter: { state: [RUNNING] }) { totalCount edges { node { state } } }
      aws: services(filter: { provider: [AWS], tier: [PRODUCTION, DEVELOPMENT] }) { edges { node { provider tier } } }
      page: services(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uuid } } }
    }
  }
`);

const NextPage = graphql(/* GraphQL */ `
  query TestNextPage($org: UUID!, $after: String!) {
    organization(uuid: $org) { services(first: 100, after: $after) { edges { node { uuid } } pageInfo { hasNextPage } } }
  }
`);

const ServiceDetails = graphql(/* GraphQL */ `
  query TestServiceDetails($org: UUID!, $service: UUID!, $backup: UUID!) {
    organization(uuid: $org) {
      service(uuid: $service) {
        endpoints { protocol host port }
        ipAccessList { source }
        privateEndpointIds
        createdAt
        organization { name }
        prometheusMetrics
        privateEndpointConfig { endpointServiceId privateDnsHostname }
        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }
        backup(uuid: $backup) { uuid status service { uuid } }
        failed: backups(filter: { status: [ERROR] }) { totalCount }
        inProgress: backups(filter: { status: [IN_PROGRESS] }) { totalCount }
      }
    }
  }
`);

const ManyNodes = graphql(/* GraphQL */ `
  query TestManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Service { name } ... on Backup { status } } }
`);

const acme = CLICKHOUSE_SEED.organizations.acme;

describe('ClickHouse graph fields', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', transitionMs: 60_000 });
  });
  afterAll(() => stack.close());

  it('filters services by state, provider and tier, and pages them with cursors', async () => {
    const result = await stack.execute(Filtered, { org: acme.id });
    expect(result.errors).toBeUndefined();
    const organization = result.data!.organization!;
    const acmeSeed = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === acme.id);
    expect(organization.running!.totalCount).toBe(acmeSeed.filter((service) => service.state === 'running').length);
    expect(organization.running!.edges.every((edge) => edge.node.state === 'RUNNING')).toBe(true);
    const aws = organization.aws!.edges.map((edge) => edge.node);
    expect(aws.length).toBe(acmeSeed.filter((s) => s.provider === 'aws' && ['production', 'development'].includes(s.tier)).length);
    expect(aws.every((node) => node.provider === 'AWS' && ['PRODUCTION', 'DEVELOPMENT'].includes(node.tier!))).toBe(true);
    expect(organization.page!.edges).toHaveLength(2);
    expect(organization.page!.pageInfo.hasNextPage).toBe(true);

    const rest = await stack.execute(NextPage, { org: acme.id, after: organization.page!.pageInfo.endCursor! });
    const restIds = rest.data!.organization!.services!.edges.map((edge) => edge.node.uuid);
    expect(restIds).toHaveLength(acmeSeed.length - 2);
    expect(rest.data!.organization!.services!.pageInfo.hasNextPage).toBe(false);
    // The three lookups and the next page all came from one service list.
    expect(stack.upstreamCalls((path) => /\/services$/.test(path))).toBe(1);
  });

  it('serves endpoints, access lists, metrics, private endpoint and backup configuration of a service', async () => {
    const service = seedService('acmeEventIngest');
    const result = await stack.execute(ServiceDetails, { org: acme.id, service: service.id, backup: service.backupIds[0]! });
    expect(result.errors).toBeUndefined();
    const details = result.data!.organization!.service!;
    expect(details.endpoints.length).toBeGreaterThan(0);
    expect(details.endpoints.every((endpoint) => endpoint.host.length > 0 && endpoint.port > 0)).toBe(true);
    expect(details.organization.name).toBe(acme.name);
    expect(details.prometheusMetrics).toMatch(/^# HELP /m);
    expect(details.privateEndpointConfig!.privateDnsHostname).toBeTruthy();
    expect(details.backupConfiguration!.backupPeriodInHours).toBeGreaterThan(0);
    expect(details.backup).toEqual({ uuid: service.backupIds[0], status: 'IN_PROGRESS', service: { uuid: service.id } });
    expect(details.inProgress!.totalCount).toBe(1);
    expect(new Date(details.createdAt!).toISOString()).toBe(details.createdAt);
  });

  it('resolves nodes(ids) of every type from the lists, in order, with one list call per parent', async () => {
    stack.resetUpstreamCalls();
    const ids = [serviceGlobalId('globexResearch'), backupGlobalId('acmeProduction', 3), serviceGlobalId('acmeProduction'), backupGlobalId('acmeProduction', 0)];
    const result = await stack.execute(ManyNodes, { ids }, { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[1]!.keyId}:${CLICKHOUSE_SEED.keys[1]!.keySecret}` });
    // The Globex service is another organization's: null with an error, the rest resolve.
    expect(result.data!.nodes.map((node) => node?.__typename ?? null)).toEqual([null, 'Backup', 'Service', 'Backup']);
    expect(result.data!.nodes[2]).toMatchObject({ id: ids[2], name: seedService('acmeProduction').name });
    // To this key the Globex service does not exist: NOT_FOUND, as organization(uuid) would say.
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    // Acme: one service list + one backup list; Globex: no call at all, since the key's
    // organizations (read once, as two organizations are asked for) show it is not the key's.
    expect(stack.upstreamCalls((path) => path.endsWith('/backups'))).toBe(1);
    expect(stack.upstreamCalls((path) => path.endsWith(`${acme.id}/services`))).toBe(1);
    expect(stack.upstreamCalls((path) => path.includes(CLICKHOUSE_SEED.organizations.globex.id))).toBe(0);
    expect(stack.upstreamCalls((path) => path === '/v1/organizations')).toBe(1);
    expect(stack.upstreamCalls()).toBe(3);
  });
});
