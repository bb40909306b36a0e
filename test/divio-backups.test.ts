/**
 * Divio backups end to end through the gateway: the API guide's "when was this environment's
 * database last backed up?" as one query with its upstream calls counted, then a backup, a
 * download and a restore, each followed over graphql-ws until its work ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { subscribeWs, wsClient } from './support/live-clients.js';
import { ACME_TOKEN, errorCodes, startStack, tokenHeader, UMBRELLA_TOKEN, type Stack } from './support/stack.js';

const { shopLive } = DIVIO_SEED.resources;
// Long enough that a subscription opened after the create still sees the backup move (the
// simulator advances one state per step; the poller asks every 50 ms), short enough for a test.
const STEP_MS = 150;

const LastBackup = graphql(/* GraphQL */ `
  query TestLastBackup($slug: String!) {
    applications(filter: { slug: $slug }) {
      edges {
        node {
          name
          environment(slug: "live") {
            uuid
            backups(first: 1) {
              edges {
                node {
                  uuid
                  state
                  serviceInstanceBackups {
                    totalCount
                    edges { node { uuid takenAt size serviceType serviceInstance { uuid prefix service { name type } } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const CreateBackup = graphql(/* GraphQL */ `
  mutation TestCreateBackup($input: CreateBackupInput!) {
    createBackup(input: $input) {
      __typename
      ... on CreateBackupPayload { divioBackup { id uuid state environment { uuid } } }
      ... on ValidationError { source fields { field messages } }
      ... on NotFoundError { message }
    }
  }
`);

const BackupUpdated = graphql(/* GraphQL */ `
  subscription TestDivioBackupUpdated($id: ID!) {
    divioBackupUpdated(id: $id) { uuid state success outcome size serviceInstanceBackupIds }
  }
`);

const CreateDownload = graphql(/* GraphQL */ `
  mutation TestCreateBackupDownload($input: CreateBackupDownloadInput!) {
    createBackupDownload(input: $input) {
      __typename
      ... on CreateBackupDownloadPayload { backupDownload { id uuid trigger backup { uuid } } }
      ... on ValidationError { source fields { field messages } }
      ... on NotFoundError { message }
    }
  }
`);

const DownloadUpdated = graphql(/* GraphQL */ `
  subscription TestBackupDownloadUpdated($id: ID!) {
    backupDownloadUpdated(id: $id) {
      uuid
      backupDownloadServiceInstances { edges { node { downloadUrl endedAt serviceInstanceBackup { uuid } } } }
    }
  }
`);

const CreateRestore = graphql(/* GraphQL */ `
  mutation TestCreateBackupRestore($input: CreateBackupRestoreInput!) {
    createBackupRestore(input: $input) {
      __typename
      ... on CreateBackupRestorePayload { backupRestore { id uuid finished } }
      ... on ValidationError { source fields { field messages } }
      ... on NotFoundError { message }
    }
  }
`);

const RestoreUpdated = graphql(/* GraphQL */ `
  subscription TestBackupRestoreUpdated($id: ID!) {
    backupRestoreUpdated(id: $id) {
      uuid finished success
      serviceInstanceBackupRestores { edges { node { endedAt serviceInstanceBackup { uuid } serviceInstance { uuid } } } }
    }
  }
`);

const UploadBackups = graphql(/* GraphQL */ `
  mutation TestUploadBackups($input: UploadBackupsInput!) {
    uploadBackups(input: $input) {
      __typename
      ... on UploadBackupsPayload { backupId results { serviceInstanceId serviceInstance { uuid } handler finishUrl uploadParameters } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`);

const BackupById = graphql(/* GraphQL */ `
  query TestDivioBackup($id: DivioId!) { divioBackup(uuid: $id) { uuid state environment { slug } } }
`);

/** Requests per list, a page walk counting once: path and query without paging. */
function listsBy(stack: Stack): Map<string, number> {
  const lists = new Map<string, number>();
  for (const request of stack.divio.requests) {
    const query = new URLSearchParams(request.query);
    query.delete('page');
    query.delete('page_size');
    const key = `${request.path}?${query}`;
    lists.set(key, (lists.get(key) ?? 0) + 1);
  }
  return lists;
}

describe('Divio backups through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', deploymentStepMs: STEP_MS, env: { LIVE_POLL_FAST_MS: '50', LIVE_POLL_SLOW_MS: '200' } });
  });
  afterAll(() => stack.close());

  it("answers the API guide's backup question in one query, with one list per level", async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(LastBackup, { slug: DIVIO_SEED.applications.acmeShop.slug });
    expect(result.errors).toBeUndefined();
    const live = result.data!.applications!.edges[0]!.node.environment!;
    expect(live.uuid).toBe(shopLive.environment);
    const newest = live.backups!.edges[0]!.node;
    expect(newest.uuid).toBe(shopLive.backups[0]!.id);
    expect(newest.state).toBe('COMPLETED');
    const parts = newest.serviceInstanceBackups!.edges.map((edge) => edge.node);
    expect(parts.map((part) => part.uuid)).toEqual(shopLive.backups[0]!.serviceInstanceBackups);
    for (const part of parts) {
      expect(part.takenAt).toBeTruthy();
      expect(part.size).toBeGreaterThan(0);
      expect(part.serviceInstance!.service!.name).toBeTruthy();
    }
    expect(parts.map((part) => part.serviceInstance!.service!.type).sort()).toEqual(['DATABASE', 'STORAGE']);

    const lists = listsBy(stack);
    const calls = (prefix: string) => [...lists].filter(([key]) => key.startsWith(prefix));
    // One list per level (a list longer than a page is still one list, walked page by page).
    expect(calls('/apps/v3/applications/').map(([key]) => key)).toEqual(['/apps/v3/applications/?slug=acme-shop']);
    expect(calls('/apps/v3/environments/')).toHaveLength(1);
    expect(calls('/apps/v3/backups/')).toEqual([[`/apps/v3/backups/?environment=${shopLive.environment}`, 1]]);
    expect(calls('/apps/v3/service-instance-backups/')).toHaveLength(1);
    expect(calls('/apps/v3/services/')).toEqual([['/apps/v3/services/?', 1]]);
    // Service instances have no id filter: one detail call each, both in the same tick.
    expect(calls('/apps/v3/service-instances/').map(([key]) => key).sort()).toEqual(
      [shopLive.serviceInstances.database, shopLive.serviceInstances.storage].map((id) => `/apps/v3/service-instances/${id}/?`).sort(),
    );
    expect(stack.divioCalls()).toBe(1 + 2 + 1 + 1 + 2 + 1);
  });

  it('createBackup starts a backup that divioBackupUpdated follows until it is COMPLETED', async () => {
    const created = await stack.execute(CreateBackup, {
      input: {
        environmentId: shopLive.environment,
        serviceInstanceIds: [shopLive.serviceInstances.database, shopLive.serviceInstances.storage],
        notes: 'before the upgrade',
      },
    });
    const payload = created.data!.createBackup;
    if (payload.__typename !== 'CreateBackupPayload') throw new Error(JSON.stringify(created));
    expect(payload.divioBackup).toMatchObject({ environment: { uuid: shopLive.environment } });
    expect(payload.divioBackup!.state).not.toBe('COMPLETED');

    const client = wsClient(stack.wsUrl);
    const updates = subscribeWs(client, BackupUpdated, { id: payload.divioBackup!.id });
    await updates.until(() => updates.completed, 15_000);
    const states = updates.events.map((event) => event.data!.divioBackupUpdated.state);
    expect(states.at(-1)).toBe('COMPLETED');
    expect(new Set(states).size).toBeGreaterThan(1);
    const last = updates.events.at(-1)!.data!.divioBackupUpdated;
    expect(last).toMatchObject({ success: 'SUCCESS', outcome: 'SUCCESS' });
    expect(last.serviceInstanceBackupIds).toHaveLength(2);
    await client.dispose();
  });

  it.each([
    ['FAILURE', 'Failing on purpose', [false, false]],
    ['PARTIAL', 'partial: storage is flaky', [true, false]],
  ] as const)('divioBackupUpdated also completes on a %s outcome, and says it', async (outcome, notes, taken) => {
    const created = await stack.execute(CreateBackup, {
      input: { environmentId: shopLive.environment, serviceInstanceIds: [shopLive.serviceInstances.database, shopLive.serviceInstances.storage], notes },
    });
    const payload = created.data!.createBackup;
    if (payload.__typename !== 'CreateBackupPayload') throw new Error(JSON.stringify(created));
    stack.divio.clearRequests();

    const client = wsClient(stack.wsUrl);
    const updates = subscribeWs(client, BackupUpdated, { id: payload.divioBackup!.id });
    await updates.until(() => updates.completed, 15_000);
    await client.dispose();
    const events = updates.events.map((event) => event.data!.divioBackupUpdated);
    // Working, outcome unknown, until the last event: COMPLETED with the outcome, and nothing after it.
    for (const event of events.slice(0, -1)) expect(event).toMatchObject({ state: 'WORKING', success: null, outcome: null });
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', success: outcome, outcome });
    // The stream ended with the work: once the poller saw COMPLETED, it read the backup no more.
    const reads = () => stack.divioCalls((path, method) => method === 'GET' && path === `/apps/v3/backups/${payload.divioBackup!.uuid}/`);
    const after = reads();
    expect(after).toBeGreaterThanOrEqual(events.length);
    await new Promise((resolve) => setTimeout(resolve, 3 * STEP_MS));
    expect(reads()).toBe(after);
    // Upstream, the copies say which were taken (the simulator's rule: facts.ts backupOutcome).
    const copies = await Promise.all(
      events.at(-1)!.serviceInstanceBackupIds!.map(async (id) => {
        const response = await fetch(`${stack.divio.url}/apps/v3/service-instance-backups/${id}/`, { headers: { authorization: `Token ${ACME_TOKEN.token}` } });
        return (await response.json()) as { errors: unknown[]; taken_at: string | null };
      }),
    );
    expect(copies.map((copy) => copy.errors.length === 0 && copy.taken_at !== null)).toEqual(taken);
  });

  it('createBackupDownload prepares parts that backupDownloadUpdated follows until each has its URL', async () => {
    const backup = shopLive.backups[1]!;
    const created = await stack.execute(CreateDownload, {
      input: { backupId: backup.id, trigger: 'PULL', serviceInstanceBackupIds: backup.serviceInstanceBackups },
    });
    const payload = created.data!.createBackupDownload;
    if (payload.__typename !== 'CreateBackupDownloadPayload') throw new Error(JSON.stringify(created));
    expect(payload.backupDownload).toMatchObject({ trigger: 'PULL', backup: { uuid: backup.id } });

    const client = wsClient(stack.wsUrl);
    const updates = subscribeWs(client, DownloadUpdated, { id: payload.backupDownload!.uuid });
    await updates.until(() => updates.completed, 15_000);
    const parts = updates.events.at(-1)!.data!.backupDownloadUpdated.backupDownloadServiceInstances!.edges.map((edge) => edge.node);
    expect(parts.map((part) => part.serviceInstanceBackup!.uuid).sort()).toEqual([...backup.serviceInstanceBackups].sort());
    for (const part of parts) {
      expect(part.downloadUrl).toMatch(/^https:\/\//);
      expect(part.endedAt).toBeTruthy();
    }
    await client.dispose();
  });

  it('createBackupRestore writes a backup back; backupRestoreUpdated completes once it has finished', async () => {
    const backup = shopLive.backups[2]!;
    const created = await stack.execute(CreateRestore, {
      input: { backupId: backup.id, notes: 'roll back', serviceInstanceRestores: [{ serviceInstanceBackupId: backup.serviceInstanceBackups[0]! }] },
    });
    const payload = created.data!.createBackupRestore;
    if (payload.__typename !== 'CreateBackupRestorePayload') throw new Error(JSON.stringify(created));

    const client = wsClient(stack.wsUrl);
    const updates = subscribeWs(client, RestoreUpdated, { id: payload.backupRestore!.id });
    await updates.until(() => updates.completed, 15_000);
    const last = updates.events.at(-1)!.data!.backupRestoreUpdated;
    expect(last).toMatchObject({ finished: true, success: 'SUCCESS' });
    const parts = last.serviceInstanceBackupRestores!.edges.map((edge) => edge.node);
    expect(parts.map((part) => part.serviceInstanceBackup!.uuid)).toEqual([backup.serviceInstanceBackups[0]]);
    expect(parts[0]!.serviceInstance!.uuid).toBe(shopLive.serviceInstances.database);
    await client.dispose();
  });

  it('uploadBackups answers one upload target per service instance; bad input never reaches upstream', async () => {
    const uploaded = await stack.execute(UploadBackups, {
      input: { environmentId: shopLive.environment, serviceInstanceIds: [shopLive.serviceInstances.database] },
    });
    const payload = uploaded.data!.uploadBackups;
    if (payload.__typename !== 'UploadBackupsPayload') throw new Error(JSON.stringify(uploaded));
    expect(payload.backupId).toBeTruthy();
    expect(payload.results).toEqual([
      {
        serviceInstanceId: shopLive.serviceInstances.database,
        serviceInstance: { uuid: shopLive.serviceInstances.database },
        handler: 's3-sts-v1',
        finishUrl: expect.stringMatching(/^https:\/\//),
        uploadParameters: expect.objectContaining({ bucket: expect.any(String) }),
      },
    ]);

    stack.resetUpstreamCalls();
    const empty = await stack.execute(UploadBackups, { input: { environmentId: shopLive.environment, serviceInstanceIds: [] } });
    expect(empty.data!.uploadBackups).toMatchObject({ __typename: 'ValidationError', source: 'gateway', fields: [{ field: 'serviceInstanceIds' }] });
    const long = await stack.execute(CreateBackup, {
      input: { environmentId: shopLive.environment, serviceInstanceIds: [shopLive.serviceInstances.database], notes: 'n'.repeat(256) },
    });
    expect(long.data!.createBackup).toMatchObject({ __typename: 'ValidationError', source: 'gateway', fields: [{ field: 'notes' }] });
    expect(stack.divioCalls()).toBe(0);
  });

  it("another organization's token sees none of these backups", async () => {
    const foreign = await stack.execute(BackupById, { id: shopLive.backups[0]!.id }, tokenHeader(UMBRELLA_TOKEN));
    expect(foreign.data!.divioBackup).toBeNull();
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    const created = await stack.execute(
      CreateBackup,
      { input: { environmentId: shopLive.environment, serviceInstanceIds: [shopLive.serviceInstances.database] } },
      tokenHeader(UMBRELLA_TOKEN),
    );
    expect(created.data!.createBackup.__typename).toBe('NotFoundError');
  });
});
