/**
 * Repositories, webhooks, container registries and cron jobs through the gateway: links resolved
 * in batches (every application's repository in one list), each action's effect, the views
 * (commits, endpoint, cron job runs), and writes refused before any upstream call.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DivioClient } from '../src/upstream/divio/client.js';
import { divioCredential } from '../src/upstream/credentials.js';
import type { Transport } from '../src/upstream/transport.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { errorCodes, startStack, tokenHeader, UMBRELLA_TOKEN, type Stack } from './support/stack.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = (text: string) => parse(text) as TypedDocumentNode<any, any>;
const { source, shopLive } = DIVIO_SEED.resources;
const acme = DIVIO_SEED.organisations.acme;
const umbrella = DIVIO_SEED.organisations.umbrella;

describe('source and automation through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it("every application's repository costs one repository list", async () => {
    const warm = await stack.execute(document('query Apps { applications(first: 100) { totalCount } }'));
    expect(warm.errors).toBeUndefined();
    stack.resetUpstreamCalls();
    const result = await stack.execute(document('query Repos { applications(first: 100) { edges { node { slug repositoryId repository { uuid url state organizationId } } } } }'));
    expect(result.errors).toBeUndefined();
    const apps = result.data.applications.edges.map((edge: { node: { slug: string; repositoryId: string; repository: { uuid: string; url: string } } }) => edge.node);
    expect(apps.length).toBeGreaterThan(10);
    for (const app of apps) {
      expect(app.repository.uuid).toBe(app.repositoryId);
      expect(app.repository.url).toContain(app.slug);
    }
    expect(stack.divioCalls((path) => path === '/apps/v3/repositories/')).toBe(1);
  });

  it('repository actions: check, pull, keys, commits and endpoint', async () => {
    const result = await stack.execute(
      document(`mutation Actions($id: ID!) {
        check: checkRepository(input: { id: $id, branch: "main" }) { __typename ... on CheckRepositoryPayload { status code message } }
        pull: pullRepository(input: { id: $id }) { __typename ... on PullRepositoryPayload { status repository { lastPullSuccess lastPulledAt } } }
        keys: generateRepositoryKeypair(input: { id: $id, keyType: RSA }) { __typename ... on GenerateRepositoryKeypairPayload { publicKey repository { authenticationType } } }
      }`),
      { id: source.repositories.acmeShop },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.check).toEqual({ __typename: 'CheckRepositoryPayload', status: true, code: 'OK', message: 'Branch main found.' });
    expect(result.data.pull.repository.lastPullSuccess).toBe(true);
    expect(result.data.keys.publicKey).toMatch(/^ssh-rsa /);
    expect(result.data.keys.repository.authenticationType).toBe('KEYPAIR');
    const views = await stack.execute(
      document('query Views($id: DivioId!) { repository(uuid: $id) { commits(lookup: "main") { data } endpoint { authenticationType connectionInfo } webhooks { edges { node { uuid provider triggerUrl } } } } }'),
      { id: source.repositories.acmeShop },
    );
    expect(views.errors).toBeUndefined();
    expect(views.data.repository.commits).toHaveLength(3);
    expect(views.data.repository.commits[0].data).toMatchObject({ message: 'Commit 1 on main' });
    expect(views.data.repository.endpoint).toMatchObject({ authenticationType: 'KEYPAIR', connectionInfo: { port: 22 } });
    expect(views.data.repository.webhooks.edges).toEqual([{ node: { uuid: source.webhook, provider: 'GITHUB', triggerUrl: expect.stringContaining(source.webhook) } }]);
  });

  it('a repository moves only to an organization of the same credentials', async () => {
    const refused = await stack.execute(
      document('mutation Move($id: ID!, $org: ID!) { transferRepository(input: { id: $id, organizationId: $org }) { __typename ... on ValidationError { source } ... on NotFoundError { message } } }'),
      { id: source.repositories.acmeWebsite, org: umbrella.id },
    );
    expect(['NotFoundError', 'ValidationError']).toContain(refused.data.transferRepository.__typename);
    const hidden = await stack.execute(document('query Hidden($id: DivioId!) { repository(uuid: $id) { url } }'), { id: source.repositories.acmeShop }, tokenHeader(UMBRELLA_TOKEN));
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
  });

  it('webhooks: create, secret, trigger, delete', async () => {
    const created = await stack.execute(
      document('mutation Hook($repo: ID!) { createWebhook(input: { repositoryId: $repo, provider: GITLAB }) { __typename ... on CreateWebhookPayload { webhook { uuid provider repository { uuid } } } } }'),
      { repo: source.repositories.acmeLabs },
    );
    const webhook = created.data.createWebhook.webhook;
    expect(webhook).toMatchObject({ provider: 'GITLAB', repository: { uuid: source.repositories.acmeLabs } });
    const acted = await stack.execute(
      document(`mutation Act($id: ID!) {
        secret: generateWebhookSecret(input: { id: $id }) { ... on GenerateWebhookSecretPayload { secret } }
        trigger: triggerWebhook(input: { id: $id }) { ... on TriggerWebhookPayload { webhook { lastDispatchSuccess } } }
        install: webhookRemoteInstall(input: { id: $id }) { __typename }
        remove: deleteWebhook(input: { id: $id }) { __typename }
      }`),
      { id: webhook.uuid },
    );
    expect(acted.data.secret.secret).toMatch(/^[0-9a-f]{48}$/);
    expect(acted.data.trigger.webhook.lastDispatchSuccess).toBe(true);
    // The trigger went where the webhook said, its trigger_url, read afresh just before.
    const hookPath = `/apps/v3/webhooks/${webhook.uuid}/`;
    const calls = stack.divio.requests.filter((request) => request.path.startsWith(hookPath)).map((request) => `${request.method} ${request.path}`);
    expect(calls).toContain(`POST ${hookPath}trigger/`);
    expect(calls.indexOf(`GET ${hookPath}`)).toBeLessThan(calls.indexOf(`POST ${hookPath}trigger/`));
    expect(acted.data.install.__typename).toBe('WebhookRemoteInstallPayload');
    expect(acted.data.remove.__typename).toBe('DeleteWebhookPayload');
  });

  it('container registries keep their password write-only', async () => {
    const created = await stack.execute(
      document('mutation Registry($org: ID!) { createContainerRegistry(input: { server: "ghcr.io", organizationId: $org, username: "bot", password: "hunter2-secret" }) { __typename ... on CreateContainerRegistryPayload { containerRegistry { uuid server organizationId } } } }'),
      { org: acme.id },
    );
    expect(created.data.createContainerRegistry.containerRegistry).toMatchObject({ server: 'ghcr.io', organizationId: acme.id });
    const listed = await stack.execute(document('query Registries($org: DivioId!) { containerRegistries(filter: { organizationId: $org }) { totalCount } }'), { org: acme.id });
    expect(listed.data.containerRegistries.totalCount).toBe(2);
    expect(stack.divio.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(listed)).not.toContain('hunter2');
  });

  it("cron jobs: the environment's list, a run log, and a bad time refused before any call", async () => {
    const result = await stack.execute(
      document('query Crons($id: DivioId!) { environment(uuid: $id) { cronjobs { edges { node { uuid command frequency time logs { startedAt finishedAt exitCode } } } } } }'),
      { id: shopLive.environment },
    );
    expect(result.errors).toBeUndefined();
    const jobs = result.data.environment.cronjobs.edges.map((edge: { node: { uuid: string } }) => edge.node);
    expect(jobs.map((job: { uuid: string }) => job.uuid).sort()).toEqual([...source.cronjobs].sort());
    expect(jobs.find((job: { frequency: string }) => job.frequency === 'EVERY_10_MINUTES').logs).toHaveLength(3);
    stack.resetUpstreamCalls();
    const refused = await stack.execute(
      document('mutation Cron($env: ID!) { createCronjob(input: { environmentId: $env, command: "true", frequency: DAILY, time: "at a quarter past three" }) { __typename ... on ValidationError { source fields { field } } } }'),
      { env: shopLive.environment },
    );
    expect(refused.data.createCronjob).toEqual({ __typename: 'ValidationError', source: 'gateway', fields: [{ field: 'time' }] });
    expect(stack.divioCalls()).toBe(0);
    const created = await stack.execute(
      document('mutation Cron($env: ID!) { createCronjob(input: { environmentId: $env, command: "python manage.py report", frequency: HOURLY, time: "15" }) { __typename ... on CreateCronjobPayload { cronjob { frequency environment { uuid } } } } }'),
      { env: shopLive.environment },
    );
    expect(created.data.createCronjob.cronjob).toEqual({ frequency: 'HOURLY', environment: { uuid: shopLive.environment } });
  });
});

describe('links the Divio API hands out (a trigger_url) are followed on its origin only', () => {
  const client = (baseUrl: string) => new DivioClient({ baseUrl } as Transport, divioCredential('t'.repeat(40)));
  it('a URL on the API origin under its base path becomes an API path; anything else is refused', () => {
    expect(client('https://api.divio.com').pathOnOrigin('https://api.divio.com/apps/v3/webhooks/abc/trigger/?x=1')).toBe('/apps/v3/webhooks/abc/trigger/?x=1');
    expect(client('https://gw.example/divio/').pathOnOrigin('https://gw.example/divio/apps/v3/webhooks/abc/trigger/')).toBe('/apps/v3/webhooks/abc/trigger/');
    for (const link of ['https://hooks.example/abc/', 'http://api.divio.com/apps/v3/x/', 'https://api.divio.com.evil.example/apps/v3/x/', 'https://user:pw@api.divio.com/apps/v3/x/', 'not a url', '/apps/v3/relative/']) {
      expect(client('https://api.divio.com').pathOnOrigin(link)).toBeNull();
    }
    expect(client('https://gw.example/divio').pathOnOrigin('https://gw.example/other/apps/v3/x/')).toBeNull();
  });
});
