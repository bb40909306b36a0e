/**
 * Every ClickHouse mutation through HTTP against the stateful simulator: the effect is real
 * (read back through queries), invalid input is a typed ValidationError that costs no upstream
 * call, and expected failures (not found, conflicts, upstream 400s) are typed results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { graphql } from './gql/index.js';
import { backupGlobalId, organizationGlobalId, seedService, serviceGlobalId, sleep } from './support/ids.js';
import { GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const TRANSITION_MS = 150;
const writes = (_path: string, method: string) => method !== 'GET';

const ServiceState = graphql(/* GraphQL */ `
  query TestServiceState($id: ID!) {
    node(id: $id) { ... on Service { id name state ipAccessList { source description } minTotalMemoryGb maxTotalMemoryGb minReplicaMemoryGb maxReplicaMemoryGb numReplicas idleTimeoutMinutes } }
  }
`);

const CreateService = graphql(/* GraphQL */ `
  mutation TestCreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      __typename
      ... on CreateServicePayload { password service { id uuid name state tier provider region organization { name } } }
      ... on ValidationError { message source fields { field messages } }
      ... on NotFoundError { message }
    }
  }
`);

const UpdateService = graphql(/* GraphQL */ `
  mutation TestUpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      __typename
      ... on ServicePayload { service { name ipAccessList { source description } privateEndpointIds } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const StartService = graphql(/* GraphQL */ `
  mutation TestStartService($id: ID!) {
    startService(input: { id: $id }) {
      __typename
      ... on ServicePayload { service { state } }
      ... on ConflictError { message currentState }
      ... on NotFoundError { message }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const StopService = graphql(/* GraphQL */ `
  mutation TestStopService($id: ID!) {
    stopService(input: { id: $id }) {
      __typename
      ... on ServicePayload { service { state } }
      ... on ConflictError { currentState }
    }
  }
`);

const AwakeService = graphql(/* GraphQL */ `
  mutation TestAwakeService($id: ID!) {
    awakeService(input: { id: $id }) {
      __typename
      ... on ServicePayload { service { state } }
      ... on ConflictError { message currentState }
    }
  }
`);

const DeleteService = graphql(/* GraphQL */ `
  mutation TestDeleteService($id: ID!) {
    deleteService(input: { id: $id }) {
      __typename
      ... on DeleteServicePayload { deletedServiceId deletedServiceUuid }
      ... on ConflictError { message currentState }
    }
  }
`);

const Scaling = graphql(/* GraphQL */ `
  mutation TestScaling($input: UpdateServiceScalingInput!) {
    updateServiceScaling(input: $input) {
      __typename
      ... on ServicePayload { service { minTotalMemoryGb maxTotalMemoryGb idleTimeoutMinutes } }
      ... on ValidationError { message source fields { field messages } }
    }
  }
`);

const ReplicaScaling = graphql(/* GraphQL */ `
  mutation TestReplicaScaling($input: UpdateServiceReplicaScalingInput!) {
    updateServiceReplicaScaling(input: $input) {
      __typename
      ... on ServicePayload { service { minReplicaMemoryGb maxReplicaMemoryGb numReplicas } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const ResetPassword = graphql(/* GraphQL */ `
  mutation TestResetPassword($input: ResetServicePasswordInput!) {
    resetServicePassword(input: $input) {
      __typename
      ... on ResetServicePasswordPayload { password service { uuid } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const BackupConfiguration = graphql(/* GraphQL */ `
  mutation TestBackupConfiguration($input: UpdateBackupConfigurationInput!) {
    updateBackupConfiguration(input: $input) {
      __typename
      ... on UpdateBackupConfigurationPayload {
        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }
        service { uuid backupConfiguration { backupRetentionPeriodInHours } }
      }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const UpdateOrganization = graphql(/* GraphQL */ `
  mutation TestUpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      __typename
      ... on UpdateOrganizationPayload { organization { name } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const OrganizationNames = graphql(/* GraphQL */ `
  query TestOrganizationNames { organizations { name } }
`);

describe('ClickHouse mutations', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ transitionMs: TRANSITION_MS, gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('createService returns the service and its one-time password, then the service provisions to RUNNING', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(CreateService, {
      input: {
        organizationId: organizationGlobalId('acme'),
        name: 'Fresh Service 1',
        provider: 'AWS',
        region: 'eu-west-1',
        tier: 'PRODUCTION',
        minTotalMemoryGb: 24,
        maxTotalMemoryGb: 48,
        ipAccessList: [{ source: '10.0.0.0/8', description: 'vpn' }],
      },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createService;
    if (payload.__typename !== 'CreateServicePayload') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.password.length).toBeGreaterThan(8);
    expect(payload.service).toMatchObject({ name: 'Fresh Service 1', state: 'PROVISIONING', tier: 'PRODUCTION', provider: 'AWS', region: 'eu-west-1' });
    expect(payload.service.organization.name).toBe('Acme Analytics');
    expect(stack.upstreamCalls(writes)).toBe(1);
    await sleep(TRANSITION_MS * 3);
    const after = await stack.execute(ServiceState, { id: payload.service.id });
    expect(after.data!.node).toMatchObject({ name: 'Fresh Service 1', state: 'RUNNING' });
  });

  it('accepts a bare organization UUID and a backup to restore from', async () => {
    const source = seedService('acmeProduction');
    const result = await stack.execute(CreateService, {
      input: {
        organizationId: CLICKHOUSE_SEED.organizations.acme.id,
        name: 'Restored Copy',
        provider: 'AWS',
        region: source.region,
        tier: 'PRODUCTION',
        backupId: backupGlobalId('acmeProduction', 1),
      },
    });
    expect(result.data!.createService.__typename).toBe('CreateServicePayload');
  });

  it('reports every invalid createService field at once and never calls the upstream', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(CreateService, {
      input: {
        organizationId: organizationGlobalId('acme'),
        name: 'bad-name!',
        provider: 'AZURE',
        region: 'US EAST',
        tier: 'DEVELOPMENT',
        minTotalMemoryGb: 25,
        maxTotalMemoryGb: 12,
        numReplicas: 0,
        idleTimeoutMinutes: 1,
        ipAccessList: [{ source: 'not-an-ip' }],
      },
    });
    const payload = result.data!.createService;
    if (payload.__typename !== 'ValidationError') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.source).toBe('gateway');
    const fields = payload.fields.map((field) => field.field).sort();
    expect(fields).toEqual(
      ['idleTimeoutMinutes', 'ipAccessList.0.source', 'maxTotalMemoryGb', 'minTotalMemoryGb', 'name', 'numReplicas', 'region', 'tier'].sort(),
    );
    expect(payload.fields.find((field) => field.field === 'minTotalMemoryGb')!.messages).toContain('must be a multiple of 12');
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('updateService renames and edits the IP access list; the next query sees it', async () => {
    const id = serviceGlobalId('acmeReporting');
    const before = await stack.execute(ServiceState, { id });
    const initial = (before.data!.node as { ipAccessList: { source: string; description?: string | null }[] }).ipAccessList;
    const [removed, ...kept] = initial;
    stack.resetUpstreamCalls();
    const result = await stack.execute(UpdateService, {
      input: {
        id,
        name: 'Reporting Warehouse 2',
        ipAccessList: { add: [{ source: '192.0.2.10', description: 'bastion' }], remove: [{ source: removed!.source }] },
      },
    });
    const payload = result.data!.updateService;
    if (payload.__typename !== 'ServicePayload') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.service.name).toBe('Reporting Warehouse 2');
    expect(payload.service.ipAccessList).toEqual([...kept, { source: '192.0.2.10', description: 'bastion' }]);
    expect(stack.upstreamCalls(writes)).toBe(1);
    const read = await stack.execute(ServiceState, { id });
    expect(read.data!.node).toMatchObject({ name: 'Reporting Warehouse 2' });
  });

  it('updateService with nothing to change or a bad name is a ValidationError', async () => {
    stack.resetUpstreamCalls();
    const empty = await stack.execute(UpdateService, { input: { id: serviceGlobalId('acmeReporting') } });
    expect(empty.data!.updateService).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'input' }] });
    const wrongType = await stack.execute(UpdateService, { input: { id: organizationGlobalId('acme'), name: 'x' } });
    expect(wrongType.data!.updateService).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'id' }] });
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('stopService shows STOPPING, then STOPPED; startService shows STARTING, then RUNNING', async () => {
    const id = serviceGlobalId('acmeEventIngest');
    const stopped = await stack.execute(StopService, { id });
    expect(stopped.data!.stopService).toEqual({ __typename: 'ServicePayload', service: { state: 'STOPPING' } });
    await sleep(TRANSITION_MS * 3);
    expect((await stack.execute(ServiceState, { id })).data!.node).toMatchObject({ state: 'STOPPED' });
    const started = await stack.execute(StartService, { id });
    expect(started.data!.startService).toEqual({ __typename: 'ServicePayload', service: { state: 'STARTING' } });
    await sleep(TRANSITION_MS * 3);
    expect((await stack.execute(ServiceState, { id })).data!.node).toMatchObject({ state: 'RUNNING' });
  });

  it('awakeService wakes an idle service (AWAKING, then RUNNING); a stopped one is a ConflictError without an upstream write', async () => {
    const id = serviceGlobalId('acmeReporting');
    expect((await stack.execute(ServiceState, { id })).data!.node).toMatchObject({ state: 'IDLE' });
    const awoken = await stack.execute(AwakeService, { id });
    expect(awoken.data!.awakeService).toEqual({ __typename: 'ServicePayload', service: { state: 'AWAKING' } });
    await sleep(TRANSITION_MS * 3);
    expect((await stack.execute(ServiceState, { id })).data!.node).toMatchObject({ state: 'RUNNING' });
    const stopped = serviceGlobalId('acmeAnalyticsDev');
    await stack.execute(ServiceState, { id: stopped });
    const calls = stack.upstreamCalls();
    const refused = await stack.execute(AwakeService, { id: stopped });
    expect(refused.data!.awakeService).toMatchObject({ __typename: 'ConflictError', currentState: 'STOPPED' });
    expect(stack.upstreamCalls()).toBe(calls);
  });

  it('a bare service UUID names the service as its global id does; another key finds no such service', async () => {
    const service = seedService('acmeEventIngest');
    const stopped = await stack.execute(StopService, { id: service.id.toUpperCase() });
    expect(stopped.data!.stopService).toEqual({ __typename: 'ServicePayload', service: { state: 'STOPPING' } });
    await sleep(TRANSITION_MS * 3);
    const started = await stack.execute(StartService, { id: service.id });
    expect(started.data!.startService).toEqual({ __typename: 'ServicePayload', service: { state: 'STARTING' } });
    await sleep(TRANSITION_MS * 3);
    const foreign = await stack.execute(StopService, { id: service.id }, keyHeader(GLOBEX_KEY));
    expect(foreign.data!.stopService.__typename).toBe('NotFoundError');
  });

  it('a state change the current state forbids is a ConflictError without an upstream write', async () => {
    const id = serviceGlobalId('acmeFeatureStore');
    expect((await stack.execute(StartService, { id })).data!.startService.__typename).toBe('ServicePayload');
    stack.resetUpstreamCalls();
    const conflict = await stack.execute(StopService, { id });
    expect(conflict.data!.stopService).toEqual({ __typename: 'ConflictError', currentState: 'STARTING' });
    expect(stack.upstreamCalls(writes)).toBe(0);
  });

  it('startService on a service that does not exist is a NotFoundError', async () => {
    const missing = Buffer.from(`Service:${CLICKHOUSE_SEED.organizations.acme.id}:00000000-0000-4000-8000-000000000000`).toString('base64');
    const result = await stack.execute(StartService, { id: missing });
    expect(result.data!.startService.__typename).toBe('NotFoundError');
  });

  it('deleteService refuses a running service (ConflictError) and deletes a stopped one', async () => {
    stack.resetUpstreamCalls();
    const running = await stack.execute(DeleteService, { id: serviceGlobalId('acmeProduction') });
    expect(running.data!.deleteService).toMatchObject({ __typename: 'ConflictError', currentState: 'RUNNING' });
    expect(stack.upstreamCalls(writes)).toBe(0);

    const id = serviceGlobalId('acmeSandbox');
    const deleted = await stack.execute(DeleteService, { id });
    expect(deleted.data!.deleteService).toEqual({
      __typename: 'DeleteServicePayload',
      deletedServiceId: id,
      deletedServiceUuid: seedService('acmeSandbox').id,
    });
    expect(stack.upstreamCalls((_p, method) => method === 'DELETE')).toBe(1);
    await sleep(TRANSITION_MS * 3);
    const gone = await stack.execute(ServiceState, { id });
    expect(gone.data!.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('updateServiceScaling applies valid settings and rejects invalid ones before the upstream', async () => {
    const id = serviceGlobalId('acmeProduction');
    const ok = await stack.execute(Scaling, { input: { id, minTotalMemoryGb: 48, maxTotalMemoryGb: 96, idleTimeoutMinutes: 10 } });
    expect(ok.data!.updateServiceScaling).toEqual({
      __typename: 'ServicePayload',
      service: { minTotalMemoryGb: 48, maxTotalMemoryGb: 96, idleTimeoutMinutes: 10 },
    });
    stack.resetUpstreamCalls();
    // 1080 is past the spec's ceiling of 1068.
    const bad = await stack.execute(Scaling, { input: { id, minTotalMemoryGb: 30, maxTotalMemoryGb: 1080 } });
    const payload = bad.data!.updateServiceScaling;
    if (payload.__typename !== 'ValidationError') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.fields.map((field) => field.field).sort()).toEqual(['maxTotalMemoryGb', 'minTotalMemoryGb']);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('passes an upstream 400 back as a ValidationError with the upstream message', async () => {
    // Memory settings are only for production services: only the upstream knows this tier.
    const result = await stack.execute(Scaling, { input: { id: serviceGlobalId('acmeAnalyticsDev'), minTotalMemoryGb: 24 } });
    const payload = result.data!.updateServiceScaling;
    if (payload.__typename !== 'ValidationError') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.source).toBe('clickhouse');
    expect(payload.message.toLowerCase()).toContain('production');
  });

  it('updateServiceReplicaScaling applies per-replica memory and replicas', async () => {
    const id = serviceGlobalId('acmeProduction');
    const ok = await stack.execute(ReplicaScaling, { input: { id, minReplicaMemoryGb: 16, maxReplicaMemoryGb: 64, numReplicas: 5 } });
    expect(ok.data!.updateServiceReplicaScaling).toEqual({
      __typename: 'ServicePayload',
      service: { minReplicaMemoryGb: 16, maxReplicaMemoryGb: 64, numReplicas: 5 },
    });
    const bad = await stack.execute(ReplicaScaling, { input: { id, minReplicaMemoryGb: 6, numReplicas: 21 } });
    expect(bad.data!.updateServiceReplicaScaling).toMatchObject({ __typename: 'ValidationError' });
  });

  it('resetServicePassword returns a generated password, or null when a hash is supplied', async () => {
    const id = serviceGlobalId('acmeProduction');
    const generated = await stack.execute(ResetPassword, { input: { id } });
    const first = generated.data!.resetServicePassword;
    if (first.__typename !== 'ResetServicePasswordPayload') throw new Error(`unexpected ${first.__typename}`);
    expect(first.password!.length).toBeGreaterThan(8);
    expect(first.service.uuid).toBe(seedService('acmeProduction').id);
    const hash = Buffer.alloc(32, 7).toString('base64');
    const hashed = await stack.execute(ResetPassword, { input: { id, newPasswordHash: hash } });
    expect(hashed.data!.resetServicePassword).toMatchObject({ __typename: 'ResetServicePasswordPayload', password: null });
    const bad = await stack.execute(ResetPassword, { input: { id, newPasswordHash: 'short' } });
    expect(bad.data!.resetServicePassword).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'newPasswordHash' }] });
  });

  it('updateBackupConfiguration sets values, resets with null, and validates HH:MM and retention', async () => {
    const id = serviceGlobalId('acmeEventIngest');
    const set = await stack.execute(BackupConfiguration, { input: { id, backupRetentionPeriodInHours: 48, backupStartTime: '03:30' } });
    expect(set.data!.updateBackupConfiguration).toMatchObject({
      __typename: 'UpdateBackupConfigurationPayload',
      backupConfiguration: { backupPeriodInHours: 24, backupRetentionPeriodInHours: 48, backupStartTime: '03:30' },
      service: { backupConfiguration: { backupRetentionPeriodInHours: 48 } },
    });
    const reset = await stack.execute(BackupConfiguration, { input: { id, backupRetentionPeriodInHours: null, backupStartTime: null } });
    expect(reset.data!.updateBackupConfiguration).toMatchObject({
      backupConfiguration: { backupRetentionPeriodInHours: 24, backupStartTime: null },
    });
    stack.resetUpstreamCalls();
    const bad = await stack.execute(BackupConfiguration, { input: { id, backupStartTime: '25:00', backupRetentionPeriodInHours: 30 } });
    const payload = bad.data!.updateBackupConfiguration;
    if (payload.__typename !== 'ValidationError') throw new Error(`unexpected ${payload.__typename}`);
    expect(payload.fields.map((field) => field.field).sort()).toEqual(['backupRetentionPeriodInHours', 'backupStartTime']);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('updateOrganization renames the organization; organizations shows the new name', async () => {
    const result = await stack.execute(UpdateOrganization, { input: { id: organizationGlobalId('acme'), name: 'Acme Analytics EU' } });
    expect(result.data!.updateOrganization).toEqual({
      __typename: 'UpdateOrganizationPayload',
      organization: { name: 'Acme Analytics EU' },
    });
    expect((await stack.execute(OrganizationNames)).data!.organizations).toEqual([{ name: 'Acme Analytics EU' }]);
    const empty = await stack.execute(UpdateOrganization, { input: { id: organizationGlobalId('acme') } });
    expect(empty.data!.updateOrganization).toMatchObject({ __typename: 'ValidationError' });
  });
});
