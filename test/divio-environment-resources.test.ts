/**
 * What an environment has, through the gateway: domains (add, redirect, make primary, move, act,
 * delete), environment variables (order, sensitive values hidden, moves) and service instances
 * (add, provision, attach, detach, rename, delete), plus the catalogs they reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { startStack, tokenHeader, type Stack } from './support/stack.js';

const { shopLive, shopTest, services } = DIVIO_SEED.resources;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const EnvironmentResources = graphql(/* GraphQL */ `
  query TestEnvironmentResources($id: DivioId!) {
    environment(uuid: $id) {
      primaryDomain { uuid name isPrimary }
      domains { totalCount edges { node { uuid name isPrimary isRedirectToPrimary environmentId } } }
      environmentVariables { edges { node { uuid name value isSensitive isReadOnly order } } }
      serviceInstances { edges { node { uuid prefix type serviceStatus service { identifier } region { shortName } } } }
      scheduledBackupConfiguration { name retentionConfiguration { name } }
    }
  }
`);

const DomainMutations = graphql(/* GraphQL */ `
  mutation TestDomainFlow($create: CreateDomainInput!) {
    createDomain(input: $create) {
      __typename
      ... on CreateDomainPayload { domain { id uuid name isPrimary environment { uuid } } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const DomainActions = graphql(/* GraphQL */ `
  mutation TestDomainActions($id: ID!, $target: ID!) {
    update: updateDomain(input: { id: $id, isRedirectToPrimary: true }) { __typename ... on UpdateDomainPayload { domain { isRedirectToPrimary } } }
    toggle: toggleRedirectDomain(input: { id: $id }) { __typename ... on ToggleRedirectDomainPayload { redirectToPrimary domain { isRedirectToPrimary } } }
    primary: makePrimaryDomain(input: { id: $id }) { __typename ... on MakePrimaryDomainPayload { domain { isPrimary } } }
    move: transferDomain(input: { id: $id, targetEnvironmentId: $target }) { __typename ... on TransferDomainPayload { domain { environment { uuid } } } }
  }
`);

const DomainExtraAction = graphql(/* GraphQL */ `
  mutation TestAdditionalDomainAction($input: AdditionalDomainActionInput!) {
    additionalDomainAction(input: $input) {
      __typename
      ... on AdditionalDomainActionPayload { data domain { uuid } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const DeleteDomain = graphql(/* GraphQL */ `
  mutation TestDeleteDomain($id: ID!) { deleteDomain(input: { id: $id }) { __typename ... on DeleteDomainPayload { deletedUuid } } }
`);

const Variables = graphql(/* GraphQL */ `
  mutation TestVariables($environmentId: ID!) {
    created: createEnvironmentVariable(input: { environmentId: $environmentId, name: "FEATURE_FLAGS", value: "a,b", isSensitive: false }) {
      __typename
      ... on CreateEnvironmentVariablePayload { environmentVariable { id uuid name value order } }
    }
  }
`);

const VariableActions = graphql(/* GraphQL */ `
  mutation TestVariableActions($id: ID!, $first: ID!) {
    update: updateEnvironmentVariable(input: { id: $id, value: "a,b,c" }) { __typename ... on UpdateEnvironmentVariablePayload { environmentVariable { value } } }
    before: moveBeforeEnvironmentVariable(input: { id: $id, targetId: $first }) { __typename ... on MoveBeforeEnvironmentVariablePayload { environmentVariable { order } } }
    after: moveAfterEnvironmentVariable(input: { id: $id, targetId: $first }) { __typename ... on MoveAfterEnvironmentVariablePayload { environmentVariable { order } } }
    gone: deleteEnvironmentVariable(input: { id: $id }) { __typename ... on DeleteEnvironmentVariablePayload { deletedUuid } }
  }
`);

const CreateServiceInstance = graphql(/* GraphQL */ `
  mutation TestCreateServiceInstance($input: CreateServiceInstanceInput!) {
    createServiceInstance(input: $input) {
      __typename
      ... on CreateServiceInstancePayload { serviceInstance { id uuid prefix serviceStatus service { identifier } } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const ServiceInstanceActions = graphql(/* GraphQL */ `
  mutation TestServiceInstanceActions($id: ID!) {
    provision: provisionServiceInstance(input: { id: $id }) { __typename ... on ProvisionServiceInstancePayload { serviceInstance { serviceStatus } } }
    attach: attachServiceInstance(input: { id: $id }) { __typename }
    detach: detachServiceInstance(input: { id: $id }) { __typename }
    rename: updateServiceInstance(input: { id: $id, prefix: "CACHE2" }) { __typename ... on UpdateServiceInstancePayload { serviceInstance { prefix } } }
  }
`);

const ServiceInstanceStatus = graphql(/* GraphQL */ `
  query TestServiceInstanceStatus($id: DivioId!) { serviceInstance(uuid: $id) { serviceStatus } }
`);

const DeleteServiceInstance = graphql(/* GraphQL */ `
  mutation TestDeleteServiceInstance($id: ID!) { deleteServiceInstance(input: { id: $id }) { __typename } }
`);

const ServicesById = graphql(/* GraphQL */ `
  query TestServicesById($a: DivioId!, $b: DivioId!, $c: DivioId!) {
    a: divioService(uuid: $a) { name type isBackupable }
    b: divioService(uuid: $b) { name type }
    c: divioService(uuid: $c) { name type }
    regions { totalCount edges { node { shortName isDefault } } }
  }
`);

describe('what a Divio environment has, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', deploymentStepMs: 20 });
  });
  afterAll(() => stack.close());

  it('reads its domains, variables and service instances, each reference as an object', async () => {
    const result = await stack.execute(EnvironmentResources, { id: shopLive.environment });
    expect(result.errors).toBeUndefined();
    const environment = result.data!.environment!;
    expect(environment.primaryDomain).toMatchObject({ uuid: shopLive.domains.primary, isPrimary: true });
    expect(environment.domains!.edges.map((edge) => edge.node.uuid).sort()).toEqual([shopLive.domains.primary, shopLive.domains.custom].sort());
    const variables = environment.environmentVariables!.edges.map((edge) => edge.node);
    expect(variables.map((variable) => variable.uuid)).toEqual(shopLive.environmentVariables.ids);
    const orders = variables.map((variable) => variable.order!);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    const sensitive = variables.find((variable) => variable.uuid === shopLive.environmentVariables.sensitive)!;
    expect(sensitive).toMatchObject({ isSensitive: true, value: null });
    const instances = environment.serviceInstances!.edges.map((edge) => edge.node);
    expect(instances.map((instance) => instance.type).sort()).toEqual(['DATABASE', 'STORAGE']);
    for (const instance of instances) {
      expect(instance.service!.identifier).toBeTruthy();
      expect(instance.region!.shortName).toBeTruthy();
    }
  });

  it('adds a domain, redirects it, makes it primary, moves it, runs an extra action and deletes it', async () => {
    const created = await stack.execute(DomainMutations, { create: { environmentId: shopTest.environment, name: 'preview.acme.example' } });
    const payload = created.data!.createDomain;
    if (payload.__typename !== 'CreateDomainPayload') throw new Error(JSON.stringify(created));
    expect(payload.domain).toMatchObject({ name: 'preview.acme.example', environment: { uuid: shopTest.environment } });
    const id = payload.domain!.id;

    const acted = await stack.execute(DomainActions, { id, target: shopLive.environment });
    expect(acted.errors).toBeUndefined();
    expect(acted.data!.update).toEqual({ __typename: 'UpdateDomainPayload', domain: { isRedirectToPrimary: true } });
    expect(acted.data!.toggle).toMatchObject({ redirectToPrimary: false, domain: { isRedirectToPrimary: false } });
    expect(acted.data!.primary).toEqual({ __typename: 'MakePrimaryDomainPayload', domain: { isPrimary: true } });
    expect(acted.data!.move).toEqual({ __typename: 'TransferDomainPayload', domain: { environment: { uuid: shopLive.environment } } });

    const action = await stack.execute(DomainExtraAction, { input: { id: shopLive.domains.custom, action: 'verify-dns', parameters: {} } });
    expect(action.data!.additionalDomainAction).toMatchObject({ __typename: 'AdditionalDomainActionPayload', domain: { uuid: shopLive.domains.custom } });
    const unknown = await stack.execute(DomainExtraAction, { input: { id: shopLive.domains.custom, action: 'launch-rockets' } });
    expect(unknown.data!.additionalDomainAction).toMatchObject({ __typename: 'ValidationError', source: 'divio' });

    const deleted = await stack.execute(DeleteDomain, { id });
    expect(deleted.data!.deleteDomain).toEqual({ __typename: 'DeleteDomainPayload', deletedUuid: payload.domain!.uuid });
  });

  it('adds a variable, changes it, moves it before and after another, and deletes it', async () => {
    const created = await stack.execute(Variables, { environmentId: shopTest.environment });
    const variable = created.data!.created;
    if (variable.__typename !== 'CreateEnvironmentVariablePayload') throw new Error(JSON.stringify(created));
    const [first] = shopTest.environmentVariables.ids;
    const acted = await stack.execute(VariableActions, { id: variable.environmentVariable!.id, first: first! });
    expect(acted.errors).toBeUndefined();
    expect(acted.data!.update).toEqual({ __typename: 'UpdateEnvironmentVariablePayload', environmentVariable: { value: 'a,b,c' } });
    expect(acted.data!.before.__typename).toBe('MoveBeforeEnvironmentVariablePayload');
    expect(acted.data!.after.__typename).toBe('MoveAfterEnvironmentVariablePayload');
    expect(acted.data!.gone).toEqual({ __typename: 'DeleteEnvironmentVariablePayload', deletedUuid: variable.environmentVariable!.uuid });
  });

  it('adds a service instance, provisions it until READY, attaches, detaches, renames and deletes it', async () => {
    const created = await stack.execute(CreateServiceInstance, {
      input: { environmentId: shopTest.environment, prefix: 'CACHE', serviceId: services.rabbitmq },
    });
    const payload = created.data!.createServiceInstance;
    if (payload.__typename !== 'CreateServiceInstancePayload') throw new Error(JSON.stringify(created));
    expect(payload.serviceInstance).toMatchObject({ prefix: 'CACHE', serviceStatus: 'NEW' });
    const acted = await stack.execute(ServiceInstanceActions, { id: payload.serviceInstance!.id });
    expect(acted.errors).toBeUndefined();
    expect(acted.data!.attach.__typename).toBe('AttachServiceInstancePayload');
    expect(acted.data!.detach.__typename).toBe('DetachServiceInstancePayload');
    expect(acted.data!.rename).toEqual({ __typename: 'UpdateServiceInstancePayload', serviceInstance: { prefix: 'CACHE2' } });
    let status: string | null | undefined;
    // The service instance is cached for 2 s: READY shows within a few seconds.
    for (let attempt = 0; attempt < 100 && status !== 'READY'; attempt += 1) {
      await sleep(60);
      status = (await stack.execute(ServiceInstanceStatus, { id: payload.serviceInstance!.uuid })).data!.serviceInstance?.serviceStatus;
    }
    expect(status).toBe('READY');
    const deleted = await stack.execute(DeleteServiceInstance, { id: payload.serviceInstance!.id });
    expect(deleted.data!.deleteServiceInstance.__typename).toBe('DeleteServiceInstancePayload');
  });

  it('any number of catalog lookups cost one cached list call', async () => {
    // Another token of the same organization: its cache is its own, so it starts cold.
    const ci = tokenHeader(DIVIO_SEED.tokens.find((token) => token.id === 'acme-ci')!);
    stack.resetUpstreamCalls();
    const result = await stack.execute(ServicesById, { a: services.postgres, b: services.s3, c: services.rabbitmq }, ci);
    expect(result.errors).toBeUndefined();
    expect(result.data!.a).toMatchObject({ type: 'DATABASE', isBackupable: true });
    expect(result.data!.c!.type).toBe('AMQP');
    expect(result.data!.regions!.totalCount).toBe(2);
    expect(stack.divioCalls((path) => path === '/apps/v3/services/')).toBe(1);
    expect(stack.divioCalls()).toBe(2);
    stack.resetUpstreamCalls();
    await stack.execute(ServicesById, { a: services.mysql, b: services.s3, c: services.elasticsearch }, ci);
    expect(stack.divioCalls()).toBe(0);
  });
});
