/**
 * Every Divio mutation through HTTP against the stateful simulator, with validation reported
 * field by field (before the upstream, and as the upstream's DRF field errors).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { sleep } from './support/ids.js';
import { startStack, type Stack } from './support/stack.js';

const STEP_MS = 40;
const writes = (_path: string, method: string) => method !== 'GET';
const { acmeLabs, acmeWebsite } = DIVIO_SEED.applications;
const { websiteStage, shopLive, labsExperiment, labsLive } = DIVIO_SEED.environments;

const CreateApplication = graphql(/* GraphQL */ `
  mutation TestCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      __typename
      ... on CreateApplicationPayload { application { id uuid name slug organizationId environments { totalCount } } }
      ... on ValidationError { message source fields { field messages } }
    }
  }
`);

const UpdateApplication = graphql(/* GraphQL */ `
  mutation TestUpdateApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      __typename
      ... on UpdateApplicationPayload { application { name startupProbeMaxRetries maintenanceWindowStart } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const ArchiveApplication = graphql(/* GraphQL */ `
  mutation TestArchiveApplication($input: ArchiveApplicationInput!) {
    archiveApplication(input: $input) {
      __typename
      ... on ArchiveApplicationPayload { applicationId applicationUuid message }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const ApplicationByUuid = graphql(/* GraphQL */ `
  query TestApplicationByUuid($uuid: DivioId!) { application(uuid: $uuid) { name } }
`);

const CreateEnvironment = graphql(/* GraphQL */ `
  mutation TestCreateEnvironment($input: CreateEnvironmentInput!) {
    createEnvironment(input: $input) {
      __typename
      ... on CreateEnvironmentPayload { environment { id uuid slug branch application { uuid } } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const UpdateEnvironment = graphql(/* GraphQL */ `
  mutation TestUpdateEnvironment($input: UpdateEnvironmentInput!) {
    updateEnvironment(input: $input) {
      __typename
      ... on UpdateEnvironmentPayload { environment { branch alternativeDockerfile } }
      ... on ValidationError { fields { field messages } }
    }
  }
`);

const CopyEnvironment = graphql(/* GraphQL */ `
  mutation TestCopyEnvironment($input: CopyEnvironmentInput!) {
    copyEnvironment(input: $input) {
      __typename
      ... on CopyEnvironmentPayload { environment { uuid slug branch isProductionGrade application { uuid } } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const StopEnvironment = graphql(/* GraphQL */ `
  mutation TestStopEnvironment($id: ID!) {
    stopEnvironment(input: { id: $id }) { __typename ... on StopEnvironmentPayload { environment { uuid deployedUrl } } }
  }
`);

const DeleteEnvironment = graphql(/* GraphQL */ `
  mutation TestDeleteEnvironment($id: ID!) {
    deleteEnvironment(input: { id: $id }) {
      __typename
      ... on DeleteEnvironmentPayload { deletedId deletedUuid }
      ... on ValidationError { message source fields { field messages } }
    }
  }
`);

const EnvironmentByUuid = graphql(/* GraphQL */ `
  query TestEnvironmentByUuid($uuid: DivioId!) { environment(uuid: $uuid) { slug } }
`);

const Deploy = graphql(/* GraphQL */ `
  mutation TestDeploy($input: DeployEnvironmentInput!) {
    deployEnvironment(input: $input) {
      __typename
      ... on DeployEnvironmentPayload { deployment { uuid status percent success environment { uuid } } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const DeploymentByUuid = graphql(/* GraphQL */ `
  query TestDeploymentByUuid($uuid: DivioId!) { deployment(uuid: $uuid) { status percent success endedAt } }
`);

describe('Divio mutations', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', deploymentStepMs: STEP_MS });
  });
  afterAll(() => stack.close());

  it('createApplication creates it in the organisation; invalid input is reported field by field without a call', async () => {
    const result = await stack.execute(CreateApplication, {
      input: {
        organizationId: DIVIO_SEED.organisations.acme.id,
        name: 'Acme Newsroom',
        slug: 'acme-newsroom-2026',
        region: DIVIO_SEED.regions.eu,
        planGroup: DIVIO_SEED.regions.eu,
      },
    });
    const payload = result.data!.createApplication;
    if (payload.__typename !== 'CreateApplicationPayload') throw new Error(JSON.stringify(result));
    expect(payload.application).toMatchObject({ name: 'Acme Newsroom', slug: 'acme-newsroom-2026', organizationId: DIVIO_SEED.organisations.acme.id });

    stack.resetUpstreamCalls();
    const bad = await stack.execute(CreateApplication, {
      input: { organizationId: 'acme digital!', name: '', slug: 'no spaces!', region: DIVIO_SEED.regions.eu, planGroup: DIVIO_SEED.regions.eu },
    });
    const invalid = bad.data!.createApplication;
    if (invalid.__typename !== 'ValidationError') throw new Error(JSON.stringify(bad));
    expect(invalid.fields.map((field) => field.field).sort()).toEqual(['name', 'organizationId', 'slug']);
    expect(stack.divioCalls()).toBe(0);
  });

  it('passes DRF field errors back with the input names (duplicate slug)', async () => {
    const result = await stack.execute(CreateApplication, {
      input: {
        organizationId: DIVIO_SEED.organisations.acme.id,
        name: 'Shop again',
        slug: DIVIO_SEED.applications.acmeShop.slug,
        region: DIVIO_SEED.regions.eu,
        planGroup: DIVIO_SEED.regions.eu,
      },
    });
    expect(result.data!.createApplication).toMatchObject({ __typename: 'ValidationError', source: 'divio', fields: [{ field: 'slug' }] });
  });

  it('updateApplication patches and returns the fresh application; ranges are checked first', async () => {
    const id = encodeGlobalID('Application', acmeLabs.id);
    const ok = await stack.execute(UpdateApplication, { input: { id, name: 'Acme Labs 2', startupProbeMaxRetries: 10, maintenanceWindowStart: 3600 } });
    expect(ok.data!.updateApplication).toEqual({
      __typename: 'UpdateApplicationPayload',
      application: { name: 'Acme Labs 2', startupProbeMaxRetries: 10, maintenanceWindowStart: 3600 },
    });
    stack.resetUpstreamCalls();
    const bad = await stack.execute(UpdateApplication, { input: { id, startupProbeRequestTimeout: 61, startupProbeRetryTimeout: 0, port: -1 } });
    const payload = bad.data!.updateApplication;
    if (payload.__typename !== 'ValidationError') throw new Error(JSON.stringify(bad));
    expect(payload.fields.map((field) => field.field).sort()).toEqual(['port', 'startupProbeRequestTimeout', 'startupProbeRetryTimeout']);
    expect(stack.divioCalls(writes)).toBe(0);
  });

  it('createEnvironment, updateEnvironment and copyEnvironment work and validate slugs', async () => {
    const created = await stack.execute(CreateEnvironment, {
      input: { applicationId: encodeGlobalID('Application', acmeWebsite.id), slug: 'preview_1', branch: 'feature/preview' },
    });
    const payload = created.data!.createEnvironment;
    if (payload.__typename !== 'CreateEnvironmentPayload') throw new Error(JSON.stringify(created));
    expect(payload.environment).toMatchObject({ slug: 'preview_1', branch: 'feature/preview', application: { uuid: acmeWebsite.id } });

    const updated = await stack.execute(UpdateEnvironment, { input: { id: payload.environment!.id, branch: 'release', alternativeDockerfile: 'Dockerfile.prod' } });
    expect(updated.data!.updateEnvironment).toEqual({
      __typename: 'UpdateEnvironmentPayload',
      environment: { branch: 'release', alternativeDockerfile: 'Dockerfile.prod' },
    });

    const copy = await stack.execute(CopyEnvironment, { input: { id: websiteStage.id, newSlug: 'stage-copy' } });
    expect(copy.data!.copyEnvironment).toMatchObject({
      __typename: 'CopyEnvironmentPayload',
      environment: { slug: 'stage-copy', branch: websiteStage.branch, isProductionGrade: false, application: { uuid: acmeWebsite.id } },
    });

    stack.resetUpstreamCalls();
    const badCopy = await stack.execute(CopyEnvironment, { input: { id: websiteStage.id, newSlug: 'Stage_Copy' } });
    expect(badCopy.data!.copyEnvironment).toMatchObject({ __typename: 'ValidationError', source: 'gateway', fields: [{ field: 'newSlug' }] });
    const badCreate = await stack.execute(CreateEnvironment, { input: { applicationId: 'no/pe', slug: 'a b', branch: '' } });
    const invalid = badCreate.data!.createEnvironment;
    if (invalid.__typename !== 'ValidationError') throw new Error(JSON.stringify(badCreate));
    expect(invalid.fields.map((field) => field.field).sort()).toEqual(['applicationId', 'branch', 'slug']);
    expect(stack.divioCalls()).toBe(0);

    const duplicate = await stack.execute(CopyEnvironment, { input: { id: websiteStage.id, newSlug: 'stage-copy' } });
    expect(duplicate.data!.copyEnvironment).toMatchObject({ __typename: 'ValidationError', source: 'divio', fields: [{ field: 'newSlug' }] });
  });

  it('stopEnvironment stops it; deleteEnvironment deletes a non-production one and refuses live', async () => {
    const stopped = await stack.execute(StopEnvironment, { id: encodeGlobalID('Environment', labsLive.id) });
    expect(stopped.data!.stopEnvironment).toEqual({ __typename: 'StopEnvironmentPayload', environment: { uuid: labsLive.id, deployedUrl: null } });

    const deleted = await stack.execute(DeleteEnvironment, { id: labsExperiment.id });
    expect(deleted.data!.deleteEnvironment).toEqual({
      __typename: 'DeleteEnvironmentPayload',
      deletedId: encodeGlobalID('Environment', labsExperiment.id),
      deletedUuid: labsExperiment.id,
    });
    const gone = await stack.execute(EnvironmentByUuid, { uuid: labsExperiment.id });
    expect(gone.data!.environment).toBeNull();

    const live = await stack.execute(DeleteEnvironment, { id: shopLive.id });
    expect(live.data!.deleteEnvironment).toMatchObject({ __typename: 'ValidationError', source: 'divio', fields: [{ field: 'input' }] });
  });

  it('deployEnvironment starts a deployment that progresses to success; a second one while it runs is refused; a bad id never reaches upstream', async () => {
    const result = await stack.execute(Deploy, { input: { environmentId: encodeGlobalID('Environment', websiteStage.id), buildMode: 'FORCE' } });
    const payload = result.data!.deployEnvironment;
    if (payload.__typename !== 'DeployEnvironmentPayload') throw new Error(JSON.stringify(result));
    expect(payload.deployment).toMatchObject({ success: null, environment: { uuid: websiteStage.id } });
    let final = payload.deployment as { success: boolean | null; percent: number | null };
    for (let i = 0; i < 50 && final.success === null; i++) {
      await sleep(STEP_MS * 2);
      final = (await stack.execute(DeploymentByUuid, { uuid: payload.deployment!.uuid })).data!.deployment!;
    }
    expect(final).toMatchObject({ success: true, percent: 100, status: 'DONE' });

    const again = await stack.execute(Deploy, { input: { environmentId: websiteStage.id } });
    expect(again.data!.deployEnvironment.__typename).toBe('DeployEnvironmentPayload');
    const busy = await stack.execute(Deploy, { input: { environmentId: websiteStage.id } });
    expect(busy.data!.deployEnvironment).toMatchObject({ __typename: 'ValidationError', source: 'divio', fields: [{ field: 'input' }] });

    stack.resetUpstreamCalls();
    const bad = await stack.execute(Deploy, { input: { environmentId: encodeGlobalID('Application', acmeWebsite.id) } });
    expect(bad.data!.deployEnvironment).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'environmentId' }] });
    expect(stack.divioCalls()).toBe(0);
  });

  it('archiveApplication checks verifyName, then archives', async () => {
    const id = encodeGlobalID('Application', acmeWebsite.id);
    const wrong = await stack.execute(ArchiveApplication, { input: { id, verifyName: 'not the name' } });
    expect(wrong.data!.archiveApplication).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'verifyName' }] });
    expect(stack.divioCalls((path, method) => method === 'POST' && path.endsWith('/archive/'))).toBe(0);

    const archived = await stack.execute(ArchiveApplication, { input: { id, verifyName: acmeWebsite.name } });
    expect(archived.data!.archiveApplication).toMatchObject({
      __typename: 'ArchiveApplicationPayload',
      applicationId: id,
      applicationUuid: acmeWebsite.id,
    });
    const gone = await stack.execute(ApplicationByUuid, { uuid: acmeWebsite.id });
    expect(gone.data!.application).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
