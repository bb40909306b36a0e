/**
 * Operations on running applications through the gateway: maintenance runs followed to the end
 * over graphql-ws (and the refusals of what a run cannot do), builds linked from deployments in
 * one shared list, bulk deployments, an application copied, moved and migrated, a build event,
 * and the container specification.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { subscribeWs, wsClient } from './support/live-clients.js';
import { errorCodes, startStack, type Stack } from './support/stack.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = (text: string) => parse(text) as TypedDocumentNode<any, any>;
const { maintenance, source } = DIVIO_SEED.resources;
const { acmeShop, acmeLabs } = DIVIO_SEED.applications;
const { shopStage, shopTest } = DIVIO_SEED.environments;
const acme = DIVIO_SEED.organisations.acme;

describe('operations on running applications', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', deploymentStepMs: 300, env: { LIVE_POLL_FAST_MS: '100', LIVE_POLL_SLOW_MS: '200' } });
  });
  afterAll(() => stack.close());

  it("an application's maintenance runs, and one run followed to COMPLETED over graphql-ws", async () => {
    const listed = await stack.execute(
      document('query Runs($id: DivioId!) { application(uuid: $id) { maintenanceRuns { edges { node { uuid canRun canSkip completed application { slug } } } } } }'),
      { id: acmeShop.id },
    );
    const runs = listed.data.application.maintenanceRuns.edges.map((edge: { node: { uuid: string } }) => edge.node);
    expect(runs.map((run: { uuid: string }) => run.uuid).sort()).toEqual(Object.values(maintenance.shop).sort());
    expect(runs.every((run: { application: { slug: string } }) => run.application.slug === 'acme-shop')).toBe(true);

    const client = wsClient(stack.wsUrl);
    const watched = subscribeWs(client, document('subscription Watch($id: ID!) { maintenanceRunUpdated(id: $id) { running completed canRun logs } }'), { id: maintenance.shop.upcoming });
    await watched.until((events) => events.length >= 1);
    const started = await stack.execute(document('mutation Run($id: ID!) { runMaintenanceRun(input: { id: $id }) { __typename ... on RunMaintenanceRunPayload { maintenanceRun { canRun canCancel } } } }'), {
      id: maintenance.shop.upcoming,
    });
    expect(started.data.runMaintenanceRun).toEqual({ __typename: 'RunMaintenanceRunPayload', maintenanceRun: { canRun: false, canCancel: true } });
    await watched.until((events) => watched.completed && events.length > 1, 15_000);
    const last = watched.events.at(-1)!.data as { maintenanceRunUpdated: { completed: boolean; logs: string[] } };
    expect(last.maintenanceRunUpdated).toMatchObject({ completed: true, logs: ['prepare: ok', 'apply: ok', 'verify: ok'] });
    expect(watched.events.some((event) => (event.data as { maintenanceRunUpdated: { running: boolean } }).maintenanceRunUpdated.running)).toBe(true);
    await client.dispose();
  });

  it('what a run cannot do now is a typed refusal; an unknown run is NotFoundError', async () => {
    const refused = await stack.execute(
      document(`mutation Refused($mandatory: ID!, $upcoming: ID!, $missing: ID!) {
        skip: skipMaintenanceRun(input: { id: $mandatory }) { __typename ... on ValidationError { source message } }
        cancel: cancelMaintenanceRun(input: { id: $upcoming }) { __typename ... on ValidationError { message } }
        missing: runMaintenanceRun(input: { id: $missing }) { __typename }
      }`),
      { mandatory: maintenance.shop.mandatory, upcoming: maintenance.website, missing: maintenance.umbrella },
    );
    expect(refused.data.skip).toEqual({ __typename: 'ValidationError', source: 'divio', message: 'This maintenance run cannot be skipped.' });
    expect(refused.data.cancel).toMatchObject({ __typename: 'ValidationError', message: 'Only a queued maintenance run can be cancelled.' });
    // Umbrella's run is invisible to Acme's token.
    expect(refused.data.missing).toEqual({ __typename: 'NotFoundError' });
    const skipped = await stack.execute(document('mutation Skip($id: ID!) { skipMaintenanceRun(input: { id: $id }) { ... on SkipMaintenanceRunPayload { maintenanceRun { completed logs } } } }'), {
      id: maintenance.website,
    });
    expect(skipped.data.skipMaintenanceRun.maintenanceRun).toEqual({ completed: true, logs: ['skipped'] });
  });

  it("deployments link their build: the application's build of the same commit, from one shared list", async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(
      document('query Builds($id: DivioId!) { environment(uuid: $id) { deployments(first: 5) { edges { node { gitCommit build { gitCommit application { slug } repository { uuid } dockerImage end } } } } } }'),
      { id: shopStage.id },
    );
    expect(result.errors).toBeUndefined();
    const deployments = result.data.environment.deployments.edges.map((edge: { node: unknown }) => edge.node);
    expect(deployments).toHaveLength(5);
    for (const deployment of deployments) {
      expect(deployment.build).toMatchObject({ gitCommit: deployment.gitCommit, application: { slug: 'acme-shop' }, repository: { uuid: source.repositories.acmeShop } });
    }
    // Every page of the builds list once, however many deployments ask.
    const pages = stack.divioCalls((path) => path === '/apps/v3/builds/');
    expect(pages).toBeGreaterThan(0);
    stack.resetUpstreamCalls();
    await stack.execute(document('query Again($id: DivioId!) { environment(uuid: $id) { deployments(first: 5) { edges { node { build { uuid } } } } } }'), { id: shopStage.id });
    expect(stack.divioCalls((path) => path === '/apps/v3/builds/')).toBe(0);
  });

  it('deploys every environment its filters select, with the seed\'s query parameters and no body, saying which could not', async () => {
    const Bulk = document(
      'mutation Bulk($app: ID!, $limit: Int) { createDeploymentsInBulk(input: { applicationId: $app, slug: "test", buildMode: FORCE, limit: $limit }) { __typename ... on CreateDeploymentsInBulkPayload { deployed errored } ... on ValidationError { fields { field } } } }',
    );
    stack.resetUpstreamCalls();
    const result = await stack.execute(Bulk, { app: acmeShop.id, limit: 5 });
    const payload = result.data.createDeploymentsInBulk;
    expect(payload.__typename).toBe('CreateDeploymentsInBulkPayload');
    expect(Object.keys(payload.deployed)).toEqual([shopTest.id]);
    expect(payload.errored).toEqual({});
    const sent = stack.divio.requests.filter((request) => request.path === '/apps/v3/deployments/bulk/');
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.query))).toEqual({ application: acmeShop.id, slug: 'test', build_mode: 'FORCE', limit: '5' });
    // The same again: the deployment is still running, so the environment says why not.
    const again = await stack.execute(Bulk, { app: acmeShop.id });
    expect(again.data.createDeploymentsInBulk.errored).toEqual({ [shopTest.id]: 'A deployment is already running for this environment.' });
    // Bad input is refused before anything goes upstream.
    stack.resetUpstreamCalls();
    const refused = await stack.execute(Bulk, { app: acmeShop.id, limit: 0 });
    expect(refused.data.createDeploymentsInBulk).toEqual({ __typename: 'ValidationError', fields: [{ field: 'limit' }] });
    const malformed = await stack.execute(Bulk, { app: 'not an id!' });
    expect(malformed.data.createDeploymentsInBulk).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'applicationId' }] });
    expect(stack.divioCalls()).toBe(0);
  });

  it('copies an application as a fork, moves it, and migrates it to an external repository', async () => {
    stack.resetUpstreamCalls();
    const tooLong = await stack.execute(
      document('mutation Copy($id: ID!, $org: ID!, $name: String!) { copyApplication(input: { id: $id, targetName: $name, targetOrganizationId: $org, type: FORK }) { __typename ... on ValidationError { source fields { field } } } }'),
      { id: acmeLabs.id, org: acme.id, name: 'x'.repeat(256) },
    );
    expect(tooLong.errors, JSON.stringify(tooLong.errors)).toBeUndefined();
    expect(tooLong.data.copyApplication).toEqual({ __typename: 'ValidationError', source: 'gateway', fields: [{ field: 'targetName' }] });
    expect(stack.divioCalls()).toBe(0);

    const copied = await stack.execute(
      document('mutation Copy($id: ID!, $org: ID!) { copyApplication(input: { id: $id, targetName: "Acme Labs Fork", targetOrganizationId: $org, type: FORK }) { __typename ... on CopyApplicationPayload { application { uuid name slug copyType copiedFromId copiedFrom { slug } environments { totalCount } } } } }'),
      { id: acmeLabs.id, org: acme.id },
    );
    expect(copied.errors, JSON.stringify(copied.errors)).toBeUndefined();
    const copy = copied.data.copyApplication.application;
    expect(copy).toMatchObject({ name: 'Acme Labs Fork', slug: 'acme-labs-fork', copyType: 'FORK', copiedFromId: acmeLabs.id, copiedFrom: { slug: 'acme-labs' } });
    expect(copy.environments.totalCount).toBeGreaterThan(0);

    const moved = await stack.execute(
      document('mutation Move($id: ID!, $org: ID!, $repo: ID!) { transferApplication(input: { id: $id, organizationId: $org }) { __typename } migrateApplicationToExternalRepository(input: { id: $id, repositoryId: $repo }) { __typename ... on MigrateApplicationToExternalRepositoryPayload { status code application { repository { uuid } } } } }'),
      { id: copy.uuid, org: acme.id, repo: source.repositories.acmeWebsite },
    );
    expect(moved.data.transferApplication.__typename).toBe('TransferApplicationPayload');
    expect(moved.data.migrateApplicationToExternalRepository).toMatchObject({ status: true, code: 'MIGRATED', application: { repository: { uuid: source.repositories.acmeWebsite } } });
  });

  it('a build event is accepted; the container specification reads', async () => {
    const deployments = await stack.execute(document('query One($id: DivioId!) { environment(uuid: $id) { deployments(first: 1) { edges { node { build { id } } } } } }'), { id: shopStage.id });
    const buildId = deployments.data.environment.deployments.edges[0].node.build.id;
    const posted = await stack.execute(
      document('mutation Event($id: ID!, $event: JSON!) { postBuildCloudevent(input: { id: $id, event: $event }) { __typename } }'),
      { id: buildId, event: { specversion: '1.0', type: 'build.finished', source: 'ci', id: '1' } },
    );
    expect(posted.data.postBuildCloudevent.__typename).toBe('PostBuildCloudeventPayload');
    const spec = await stack.execute(document('query Spec { containerSpecifications { id memory cpu } }'));
    expect(spec.data.containerSpecifications).toEqual({ id: 'default', memory: 512, cpu: 0.5 });
    expect(errorCodes(spec)).toEqual([]);
  });
});
