/**
 * The ClickHouse simulator's behaviour beyond organizations, services and backups, over real HTTP:
 * the ClickPipe and Postgres state machines on timers, API keys (a secret shown once, hashed, a
 * disabled key refused), the activities its own writes leave (and the date filter), the usage-cost
 * arithmetic, views that exist only once written, UDF versions and attachments, PUT against PATCH.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../src/simulator/clickhouse/index.js';

// Response bodies are read field by field; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// Long enough that a command right after another still finds the state in between, even on a busy machine.
const TRANSITION_MS = 400;
const [KEY] = CLICKHOUSE_SEED.keys;
const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const OBJECTS = CLICKHOUSE_SEED.objects;
const S = CLICKHOUSE_SEED.services;
const O = `/v1/organizations/${ACME}`;
const SERVICE = `${O}/services/${S.acmeProduction.id}`;
const PIPE = `${SERVICE}/clickpipes/${OBJECTS.clickPipe}`;
const POSTGRES = `${O}/postgres/${OBJECTS.postgres}`;

type Key = { keyId: string; keySecret: string };
interface Reply {
  status: number;
  text: string;
  json: Json;
  type: string | null;
}

let sim: ClickHouseSimulator;
beforeAll(async () => {
  sim = await startClickHouseSimulator({ rateLimit: null, transitionMs: TRANSITION_MS });
});
afterAll(async () => {
  await sim.close();
});

async function call(method: string, path: string, body?: unknown, key: Key = KEY!): Promise<Reply> {
  const headers: Record<string, string> = { authorization: `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json, type: res.headers.get('content-type') };
}

const result = async (method: string, path: string, body?: unknown): Promise<Json> => {
  const reply = await call(method, path, body);
  expect(reply.status, reply.text).toBe(200);
  return reply.json.result;
};

async function until(path: string, test: (value: Json) => boolean): Promise<Json> {
  const deadline = Date.now() + 10 * TRANSITION_MS;
  for (;;) {
    const value = await result('GET', path);
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`${path} never got there: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, TRANSITION_MS / 2));
  }
}

describe('ClickPipe state machine', () => {
  it('stop: Running -> Stopping -> Stopped; resync while stopping is a 400; start -> Running; resync -> Resync -> Running', async () => {
    expect((await result('PATCH', `${PIPE}/state`, { command: 'stop' })).state).toBe('Stopping');
    expect((await call('PATCH', `${PIPE}/state`, { command: 'resync' })).status).toBe(400);
    await until(PIPE, (pipe) => pipe.state === 'Stopped');
    expect((await result('PATCH', `${PIPE}/state`, { command: 'start' })).state).toBe('Running');
    expect((await result('PATCH', `${PIPE}/state`, { command: 'resync' })).state).toBe('Resync');
    await until(PIPE, (pipe) => pipe.state === 'Running');
    expect((await call('PATCH', `${PIPE}/state`, { command: 'pause' })).status).toBe(400);
  });

  it('a new ClickPipe provisions, then runs; /scaling changes its scaling', async () => {
    const created = await result('POST', `${SERVICE}/clickpipes`, { name: 'Orders', source: { kafka: { type: 'msk', format: 'JSONEachRow', brokers: 'b-1:9098', topics: 'orders' } } });
    expect(created).toMatchObject({ name: 'Orders', state: 'Provisioning', serviceId: S.acmeProduction.id });
    await until(`${SERVICE}/clickpipes/${created.id}`, (pipe) => pipe.state === 'Running');
    expect((await result('PATCH', `${SERVICE}/clickpipes/${created.id}/scaling`, { replicas: 3 })).scaling).toMatchObject({ replicas: 3 });
  });
});

describe('Postgres services', () => {
  it('a new service is creating, then running; its password is shown once and never read back', async () => {
    const created = await result('POST', `${O}/postgres`, { name: 'events-db', provider: 'aws', region: 'eu-west-1', size: 'r8gd.large' });
    expect(created).toMatchObject({ name: 'events-db', state: 'creating', isPrimary: true, username: 'postgres' });
    expect(created.password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12,}$/);
    const running = await until(`${O}/postgres/${created.id}`, (service) => service.state === 'running');
    expect(running.password).toBeUndefined();
    expect((await call('GET', `${O}/postgres`)).text).not.toContain(created.password);
    expect((await result('GET', `${O}/postgres/${created.id}/config`)).pgConfig).toBeDefined();
  });

  it('restart: running -> restarting -> running; a command while restarting is a 400; only a replica is promoted', async () => {
    expect((await result('PATCH', `${POSTGRES}/state`, { command: 'restart' })).state).toBe('restarting');
    expect((await call('PATCH', `${POSTGRES}/state`, { command: 'switchover' })).status).toBe(400);
    await until(POSTGRES, (service) => service.state === 'running');
    expect((await call('PATCH', `${POSTGRES}/state`, { command: 'promote' })).json.error).toContain('a primary already');
    const replica = `${O}/postgres/${OBJECTS.postgresReplica}`;
    expect(await result('PATCH', `${replica}/state`, { command: 'promote' })).toMatchObject({ state: 'restarting', isPrimary: true });
    await until(replica, (service) => service.state === 'running');
  });

  it('a read replica copies its primary and is none; a restore passes through restoring_backup', async () => {
    const replica = await result('POST', `${POSTGRES}/readReplica`, { name: 'orders-replica' });
    expect(replica).toMatchObject({ name: 'orders-replica', isPrimary: false, region: 'us-east-1', size: 'r8gd.large', state: 'creating' });
    const target = new Date(Date.now() - 3_600_000).toISOString();
    const restored = await result('POST', `${POSTGRES}/restoredService`, { name: 'orders-restored', restoreTarget: target });
    expect(restored.state).toBe('restoring_backup');
    await until(`${O}/postgres/${restored.id}`, (service) => service.state === 'running');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await call('POST', `${POSTGRES}/restoredService`, { name: 'x', restoreTarget: future })).status).toBe(400);
  });

  it('serves its CA certificate as PEM and its metrics as Prometheus text', async () => {
    const pem = await call('GET', `${POSTGRES}/caCertificates`);
    expect(pem.type).toBe('application/x-pem-file');
    expect(pem.text).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
    const metrics = await call('GET', `${POSTGRES}/prometheus`);
    expect(metrics.type).toContain('text/plain');
    expect(metrics.text).toContain(`pg_up{postgres_service="${OBJECTS.postgres}"`);
  });
});

describe('API keys', () => {
  it('a new key answers its secret once; the secret opens the API, is kept nowhere readable, and a disabled key is refused', async () => {
    const created = await result('POST', `${O}/keys`, { name: 'CI deploys', roles: ['developer'] });
    expect(created).toMatchObject({ key: { name: 'CI deploys', state: 'enabled' }, keyId: expect.stringMatching(/^[A-Z0-9]{20}$/) });
    expect(created.key.keySuffix).toBe(created.keySecret.slice(-4));
    const own: Key = { keyId: created.keyId, keySecret: created.keySecret };
    expect((await call('GET', '/v1/organizations', undefined, own)).status).toBe(200);
    expect((await call('GET', '/v1/organizations', undefined, { ...own, keySecret: `${own.keySecret}x` })).status).toBe(401);
    const reads = await Promise.all([`${O}/keys`, `${O}/keys/${created.key.id}`, `${O}/activities`].map((path) => call('GET', path)));
    for (const read of reads) expect(read.text).not.toContain(created.keySecret);
    await result('PATCH', `${O}/keys/${created.key.id}`, { state: 'disabled' });
    expect((await call('GET', '/v1/organizations', undefined, own)).status).toBe(401);
    await result('PATCH', `${O}/keys/${created.key.id}`, { state: 'enabled' });
    expect((await call('GET', '/v1/organizations', undefined, own)).status).toBe(200);
    await result('DELETE', `${O}/keys/${created.key.id}`);
    expect((await call('GET', '/v1/organizations', undefined, own)).status).toBe(401);
  });
});

describe('activities', () => {
  it("a stop leaves a service_stop activity by the key, for the service, inside the date filter's bounds only", async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const service = S.acmeEventIngest.id;
    await result('PATCH', `${O}/services/${service}/state`, { command: 'stop' });
    const stops = (await result('GET', `${O}/activities?from_date=${before}`)).filter((activity: Json) => activity.type === 'service_stop');
    expect(stops).toEqual([expect.objectContaining({ type: 'service_stop', actorType: 'api', actorId: KEY!.keyId, serviceId: service, organizationId: ACME })]);
    expect(Date.parse(stops[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(before) - 1000);
    const earlier = await result('GET', `${O}/activities?to_date=${before}`);
    expect(earlier.some((activity: Json) => activity.type === 'service_stop')).toBe(false);
    expect(earlier.some((activity: Json) => activity.type === 'create_organization')).toBe(true);
    expect((await call('GET', `${O}/activities?from_date=yesterday`)).status).toBe(400);
    const one = await result('GET', `${O}/activities/${stops[0].id}`);
    expect(one).toEqual(stops[0]);
  });

  it('creating and deleting a key leave key_create and key_delete naming it', async () => {
    const created = await result('POST', `${O}/keys`, { name: 'Short lived' });
    await result('DELETE', `${O}/keys/${created.key.id}`);
    const mine = (await result('GET', `${O}/activities`)).filter((activity: Json) => activity.targetKeyId === created.key.id);
    expect(mine.map((activity: Json) => [activity.type, activity.keyUpdateType])).toEqual([
      ['key_create', 'created'],
      ['key_delete', 'deleted'],
    ]);
  });
});

describe('usage cost', () => {
  const path = `${O}/usageCost?from_date=2025-03-01&to_date=2025-03-03`;

  it('has a record per service per day; each total is the sum of its metrics, the grand total the sum of the totals', async () => {
    const usage = await result('GET', path);
    const services = (await result('GET', `${O}/services`)).filter((service: Json) => Date.parse(service.createdAt) < Date.parse('2025-03-01'));
    expect(usage.costs).toHaveLength(services.length * 3);
    for (const record of usage.costs) {
      const sum = Object.values(record.metrics as Record<string, number>).reduce((total, value) => total + value, 0);
      expect(record.totalCHC).toBeCloseTo(sum, 9);
      expect(record).toMatchObject({ entityType: 'service', entityId: record.serviceId, locked: true });
    }
    expect(usage.grandTotalCHC).toBeCloseTo(usage.costs.reduce((total: number, record: Json) => total + record.totalCHC, 0), 9);
    expect(usage.grandTotalCHC).toBeGreaterThan(0);
    expect(await result('GET', path)).toEqual(usage);
  });

  it('refuses a missing, malformed or reversed range', async () => {
    expect((await call('GET', `${O}/usageCost?from_date=2025-03-01`)).status).toBe(400);
    expect((await call('GET', `${O}/usageCost?from_date=2025-03-01&to_date=March`)).status).toBe(400);
    expect((await call('GET', `${O}/usageCost?from_date=2025-03-03&to_date=2025-03-01`)).status).toBe(400);
  });
});

describe('views and writes', () => {
  it('a scaling schedule exists until deleted (then 404), and an upsert brings it back', async () => {
    expect((await result('GET', `${SERVICE}/scalingSchedule`)).entries).toHaveLength(1);
    await result('DELETE', `${SERVICE}/scalingSchedule`);
    expect((await call('GET', `${SERVICE}/scalingSchedule`)).status).toBe(404);
    expect((await call('DELETE', `${SERVICE}/scalingSchedule`)).status).toBe(404);
    const entry = { name: 'Nights', weekdays: [0, 6], startHourUtc: 0, endHourUtc: 6 };
    await result('POST', `${SERVICE}/scalingSchedule`, { entries: [entry] });
    // The upstream names a new entry and says whether it is active now.
    expect((await result('GET', `${SERVICE}/scalingSchedule`)).entries).toEqual([{ ...entry, id: expect.any(String), autoscalingMode: 'vertical', isActiveNow: false }]);
  });

  it('ClickHouse settings are PATCHed as name=value text and listed as objects', async () => {
    const answer = await result('PATCH', `${SERVICE}/clickhouseSettings`, { settings: 'max_threads = 8; log_queries=1' });
    expect(answer).toEqual({ settings: 'max_threads=8, log_queries=1', warnings: [] });
    expect((await result('GET', `${SERVICE}/clickhouseSettings`)).settings).toEqual([
      { name: 'max_threads', value: '8' },
      { name: 'log_queries', value: '1' },
    ]);
    expect((await call('PATCH', `${SERVICE}/clickhouseSettings`, { settings: 'max_threads' })).status).toBe(400);
  });

  it('PUT replaces an object, PATCH merges into one', async () => {
    const role = `${SERVICE}/clickstack/roles/${OBJECTS.clickStack.role}`;
    const replaced = await result('PUT', role, { name: 'Writers', permissions: [{ action: 'manage', subject: 'all' }] });
    expect(replaced).toMatchObject({ id: OBJECTS.clickStack.role, name: 'Writers', isPredefined: false });
    expect(replaced.description).toBeUndefined();
    const endpoint = `${SERVICE}/clickpipesReversePrivateEndpoints/${OBJECTS.reversePrivateEndpoint}`;
    const mappings = [{ privateDnsName: 'broker-1.events.internal' }];
    // Only its DNS mappings can change (what the spec's update takes): the rest stays.
    expect(await result('PATCH', endpoint, { customPrivateDnsMappings: mappings, description: 'ignored' })).toMatchObject({ customPrivateDnsMappings: mappings, description: 'Events MSK cluster', type: 'MSK_MULTI_VPC', status: 'Ready' });
    expect((await call('PATCH', `${O}/members/${OBJECTS.members.linus}`, { role: 'owner' })).status).toBe(400);
  });
});

describe('user-defined functions', () => {
  const udfs = `${O}/udfs`;
  const udf = { uploadId: '7b0c3a1e-2f4d-4c6b-9a8e-1d2c3b4a5f60', runtime: 'python3.11', type: 'executable', arguments: [{ name: 'x', type: 'String' }], returnType: 'String' };

  it('a new UDF is version 1; a new version is the next number and becomes the UDF', async () => {
    const created = await result('POST', udfs, { ...udf, functionName: 'slugify' });
    expect(created).toMatchObject({ functionName: 'slugify', version: 1, status: 'building' });
    expect((await call('POST', udfs, { ...udf, functionName: 'slugify' })).status).toBe(409);
    expect((await call('POST', udfs, { ...udf, functionName: 'slugify', type: 'ephemeral' })).status).toBe(400);
    const next = await result('POST', `${udfs}/slugify/versions`, { ...udf, returnType: 'UInt8' });
    expect(next).toMatchObject({ functionName: 'slugify', version: 2, returnType: 'UInt8' });
    expect(await result('GET', `${udfs}/slugify`)).toMatchObject({ version: 2, returnType: 'UInt8' });
    const page = await result('GET', `${udfs}/slugify/versions?limit=1`);
    expect(page).toMatchObject({ items: [{ version: 1 }], pagination: { totalRecords: 2, limit: 1, currentCursor: null, nextCursor: '1' } });
    expect((await result('GET', `${udfs}/slugify/versions?limit=1&cursor=1`)).items).toMatchObject([{ version: 2 }]);
  });

  it('attaching needs a service of the organization and a version of the UDF, and deploys', async () => {
    const attach = `${udfs}/${OBJECTS.udf.functionName}/attachments`;
    const attached = await result('PUT', `${attach}/${S.acmeReporting.id}`, {});
    expect(attached).toMatchObject({ serviceId: S.acmeReporting.id, functionName: OBJECTS.udf.functionName, version: 1, status: 'provisioning' });
    await until(`${attach}/${S.acmeReporting.id}`, (attachment) => attachment.status === 'deployed');
    expect((await call('PUT', `${attach}/${S.globexResearch.id}`, {})).status).toBe(404);
    expect((await call('PUT', `${attach}/${S.acmeReporting.id}`, { version: 9 })).status).toBe(400);
    expect((await result('GET', attach)).items).toHaveLength(2);
  });
});
