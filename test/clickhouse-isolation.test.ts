/**
 * Credentials are isolated: another key sees nothing of this organization through any field,
 * node(id) or the shared cache; unknown ids are null plus NOT_FOUND; bad keys are UNAUTHENTICATED.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { backupGlobalId, organizationGlobalId, seedService, serviceGlobalId } from './support/ids.js';
import { errorCodes, GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const Everything = graphql(/* GraphQL */ `
  query TestEverything {
    organizations { uuid name services { edges { node { uuid name backups { edges { node { uuid } } } } } } }
  }
`);

const ByIds = graphql(/* GraphQL */ `
  query TestByIds($org: UUID!, $service: UUID!, $orgId: ID!, $serviceId: ID!, $backupId: ID!) {
    organization(uuid: $org) { name service(uuid: $service) { name } }
    orgNode: node(id: $orgId) { id }
    serviceNode: node(id: $serviceId) { id ... on Service { name } }
    backupNode: node(id: $backupId) { id }
    many: nodes(ids: [$orgId, $serviceId, $backupId]) { id }
  }
`);

const NodeOnly = graphql(/* GraphQL */ `
  query TestNodeOnly($id: ID!) { node(id: $id) { id __typename } }
`);

const ServiceUnderOrg = graphql(/* GraphQL */ `
  query TestServiceUnderOrg($org: UUID!, $service: UUID!) {
    organization(uuid: $org) { name service(uuid: $service) { name } }
  }
`);

const Rename = graphql(/* GraphQL */ `
  mutation TestForeignRename($id: ID!) {
    updateService(input: { id: $id, name: "Hijacked" }) { __typename ... on NotFoundError { message } }
  }
`);

const acme = CLICKHOUSE_SEED.organizations.acme;
const production = seedService('acmeProduction');

describe('credential isolation', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
    // Warm the shared cache with the Acme key first: nothing of it may reach another key.
    const warm = await stack.execute(Everything);
    expect(warm.errors).toBeUndefined();
  });
  afterAll(() => stack.close());

  it('another key lists only its own organization, services and backups', async () => {
    const result = await stack.execute(Everything, undefined, keyHeader(GLOBEX_KEY));
    expect(result.errors).toBeUndefined();
    expect(result.data!.organizations!.map((org) => org.name)).toEqual(['Globex Research']);
    const serviceIds = result.data!.organizations![0]!.services!.edges.map((edge) => edge.node.uuid);
    const globexIds = Object.values(CLICKHOUSE_SEED.services)
      .filter((service) => service.organizationId === CLICKHOUSE_SEED.organizations.globex.id)
      .map((service) => service.id);
    expect(serviceIds.sort()).toEqual(globexIds.sort());
  });

  it('another key gets null and an error for every Acme object, by uuid, node(id) and nodes(ids)', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(
      ByIds,
      {
        org: acme.id,
        service: production.id,
        orgId: organizationGlobalId('acme'),
        serviceId: serviceGlobalId('acmeProduction'),
        backupId: backupGlobalId('acmeProduction'),
      },
      keyHeader(GLOBEX_KEY),
    );
    expect(result.data).toEqual({ organization: null, orgNode: null, serviceNode: null, backupNode: null, many: [null, null, null] });
    const codes = errorCodes(result);
    expect(codes.length).toBeGreaterThanOrEqual(4);
    for (const code of codes) expect(code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Acme');
    // Whatever reached the upstream went with the Globex key, never served from Acme's cache.
    expect(stack.simulator.requests.every((request) => request.keyId === GLOBEX_KEY.keyId)).toBe(true);
  });

  it('another key cannot change an Acme service: to it, the service does not exist', async () => {
    const result = await stack.execute(Rename, { id: serviceGlobalId('acmeProduction') }, keyHeader(GLOBEX_KEY));
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateService.__typename).toBe('NotFoundError');
    const check = await stack.execute(ServiceUnderOrg, { org: acme.id, service: production.id });
    expect(check.data!.organization!.service!.name).toBe(production.name);
  });

  it('an unknown id is null plus NOT_FOUND; a malformed id is null plus BAD_USER_INPUT', async () => {
    const unknownService = encodeGlobalID('Service', `${acme.id}:00000000-0000-4000-8000-000000000000`);
    const missing = await stack.execute(NodeOnly, { id: unknownService });
    expect(missing.data!.node).toBeNull();
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);

    const underOrg = await stack.execute(ServiceUnderOrg, { org: acme.id, service: '00000000-0000-4000-8000-000000000000' });
    expect(underOrg.data!.organization).toEqual({ name: acme.name, service: null });
    expect(errorCodes(underOrg)).toEqual(['NOT_FOUND']);

    const unknownOrg = await stack.execute(ServiceUnderOrg, { org: '00000000-0000-4000-8000-000000000000', service: production.id });
    expect(unknownOrg.data!.organization).toBeNull();
    expect(errorCodes(unknownOrg)).toEqual(['NOT_FOUND']);

    const malformed = await stack.execute(NodeOnly, { id: 'definitely-not-an-id' });
    expect(malformed.data!.node).toBeNull();
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);

    const badUuid = await stack.execute(ServiceUnderOrg, { org: 'nope', service: production.id });
    expect(badUuid.status).toBe(400);
    expect(badUuid.errors?.[0]?.message).toContain('UUID');
  });

  it('a malformed or wrong x-clickhouse-key is UNAUTHENTICATED and never echoed', async () => {
    const malformed = await stack.execute(Everything, undefined, { 'x-clickhouse-key': 'no-colon-here' });
    expect(errorCodes(malformed)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(malformed)).not.toContain('no-colon-here');

    const wrongSecret = `${GLOBEX_KEY.keyId}:wrong-secret-value`;
    const wrong = await stack.execute(Everything, undefined, { 'x-clickhouse-key': wrongSecret });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(wrong)).not.toContain('wrong-secret-value');
  });
});
