/**
 * The ClickHouse Cloud simulator over real HTTP on loopback: its responses against
 * the real OpenAPI 3.1 spec (through the committed facts-only extract,
 * test/contracts/clickhouse-openapi.json, made by scripts/extract-contracts.ts; the
 * same paths, operations and schemas without the prose), and its behaviour (auth,
 * validation, state machine, backups, rate limit, request log).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLICKHOUSE_SEED,
  startClickHouseSimulator,
  type ClickHouseSimulator,
} from '../src/simulator/clickhouse/index.js';
import { CLICKHOUSE_EXTRACT } from '../scripts/extract-contracts.js';

// Response bodies are checked field by field; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TRANSITION_MS = 50;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const [ACME_KEY, ACME_KEY_2, GLOBEX_KEY] = CLICKHOUSE_SEED.keys;
const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const GLOBEX = CLICKHOUSE_SEED.organizations.globex.id;
const S = CLICKHOUSE_SEED.services;
const UNKNOWN_ID = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';

type Key = { keyId: string; keySecret: string };
const basic = (key: Key): string => `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}`;

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

async function call(
  sim: ClickHouseSimulator,
  method: string,
  urlPath: string,
  options: { key?: Key | null; body?: unknown; rawBody?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? ACME_KEY : options.key;
  if (key) headers.authorization = basic(key);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}${urlPath}`, { method, headers, body });
  const text = await res.text();
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const svc = (serviceId: string, suffix = '', org = ACME): string => `/v1/organizations/${org}/services/${serviceId}${suffix}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForState(sim: ClickHouseSimulator, serviceId: string, state: string, org = ACME, key = ACME_KEY) {
  const deadline = Date.now() + 3000;
  for (;;) {
    const reply = await call(sim, 'GET', svc(serviceId, '', org), { key });
    if (reply.json?.result?.state === state) return reply.json.result;
    if (Date.now() > deadline) throw new Error(`service ${serviceId} never reached ${state}: ${reply.text}`);
    await sleep(TRANSITION_MS / 2);
  }
}

let sim: ClickHouseSimulator;
beforeAll(async () => {
  sim = await startClickHouseSimulator({ transitionMs: TRANSITION_MS, rateLimit: null });
});
afterAll(async () => {
  await sim.close();
});

describe('contract: responses validate against the OpenAPI spec', () => {
  const SPEC_ID = 'https://opsgraph.local/clickhouse-cloud-openapi.json';
  let ajv: InstanceType<typeof Ajv2020.default>;
  let created: string;

  beforeAll(async () => {
    ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    // The whole document under an $id, so `#/components/schemas/X` refs inside it resolve.
    ajv.addSchema({ ...JSON.parse(readFileSync(CLICKHOUSE_EXTRACT, 'utf8')), $id: SPEC_ID });
    const reply = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, {
      body: { name: 'Contract Probe', provider: 'aws', region: 'us-east-1', tier: 'production' },
    });
    created = reply.json.result.service.id;
    await waitForState(sim, created, 'running');
  });

  /** Validator for one response of the spec; undeclared 404s use the operation's 400 error schema. */
  function validator(specPath: string, method: string, status: number) {
    const declared = status === 404 ? 400 : status;
    const pointer = ['paths', specPath, method.toLowerCase(), 'responses', String(declared), 'content', 'application/json', 'schema']
      .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')))
      .join('/');
    return ajv.compile({ $ref: `${SPEC_ID}#/${pointer}` });
  }

  const O = '/v1/organizations/{organizationId}';
  const SV = `${O}/services/{serviceId}`;
  const cases: Array<{ op: string; method: string; url: () => string; status: number; body?: unknown; key?: Key }> = [
    { op: '/v1/organizations', method: 'GET', url: () => '/v1/organizations', status: 200 },
    { op: O, method: 'GET', url: () => `/v1/organizations/${ACME}`, status: 200 },
    { op: O, method: 'GET', url: () => '/v1/organizations/acme', status: 400 },
    { op: O, method: 'PATCH', url: () => `/v1/organizations/${GLOBEX}`, status: 200, key: GLOBEX_KEY, body: { enableCoreDumps: true } },
    { op: O, method: 'PATCH', url: () => `/v1/organizations/${ACME}`, status: 400, body: { enableCoreDumps: 'yes' } },
    { op: `${O}/services`, method: 'GET', url: () => `/v1/organizations/${ACME}/services`, status: 200 },
    { op: `${O}/services`, method: 'GET', url: () => '/v1/organizations/42/services', status: 400 },
    {
      op: `${O}/services`, method: 'POST', url: () => `/v1/organizations/${ACME}/services`, status: 200,
      body: { name: 'Contract Created', provider: 'gcp', region: 'us-central1', tier: 'development' },
    },
    { op: `${O}/services`, method: 'POST', url: () => `/v1/organizations/${ACME}/services`, status: 400, body: { name: 'x!' } },
    ...Object.values(S).map((service) => ({
      op: SV, method: 'GET', url: () => svc(service.id, '', service.organizationId), status: 200,
      key: service.organizationId === GLOBEX ? GLOBEX_KEY : ACME_KEY,
    })),
    { op: SV, method: 'GET', url: () => svc('nope'), status: 400 },
    { op: SV, method: 'GET', url: () => svc(UNKNOWN_ID), status: 404 },
    { op: SV, method: 'PATCH', url: () => svc(created), status: 200, body: { name: 'Contract Probe 2', ipAccessList: { add: [{ source: '10.0.0.0/8', description: 'VPN' }] } } },
    { op: SV, method: 'PATCH', url: () => svc(created), status: 400, body: { name: 'a'.repeat(51) } },
    { op: SV, method: 'PATCH', url: () => svc(UNKNOWN_ID), status: 404, body: { name: 'Ghost' } },
    { op: SV, method: 'DELETE', url: () => svc(S.acmeFeatureStore.id), status: 200 },
    { op: SV, method: 'DELETE', url: () => svc(created), status: 400 },
    { op: SV, method: 'DELETE', url: () => svc(UNKNOWN_ID), status: 404 },
    ...['/privateEndpointConfig', '/backups', '/backupConfiguration'].flatMap((suffix) => [
      { op: `${SV}${suffix}`, method: 'GET', url: () => svc(S.acmeProduction.id, suffix), status: 200 },
      { op: `${SV}${suffix}`, method: 'GET', url: () => svc('not-a-uuid', suffix), status: 400 },
      { op: `${SV}${suffix}`, method: 'GET', url: () => svc(UNKNOWN_ID, suffix), status: 404 },
    ]),
    { op: `${SV}/backups`, method: 'GET', url: () => svc(S.acmeEventIngest.id, '/backups'), status: 200 },
    { op: `${SV}/backups/{backupId}`, method: 'GET', url: () => svc(S.acmeProduction.id, `/backups/${S.acmeProduction.backupIds[0]}`), status: 200 },
    { op: `${SV}/backups/{backupId}`, method: 'GET', url: () => svc(S.acmeEventIngest.id, `/backups/${S.acmeEventIngest.backupIds[0]}`), status: 200 },
    { op: `${SV}/backups/{backupId}`, method: 'GET', url: () => svc(S.acmeProduction.id, '/backups/latest'), status: 400 },
    { op: `${SV}/backups/{backupId}`, method: 'GET', url: () => svc(S.acmeProduction.id, `/backups/${UNKNOWN_ID}`), status: 404 },
    ...([
      ['/state', { command: 'start' }, { command: 'reboot' }],
      ['/scaling', { minTotalMemoryGb: 48, idleTimeoutMinutes: 30 }, { minTotalMemoryGb: 50 }],
      ['/replicaScaling', { minReplicaMemoryGb: 16, maxReplicaMemoryGb: 64 }, { maxReplicaMemoryGb: 250 }],
      ['/password', {}, { newPasswordHash: 7 }],
      ['/password', { newPasswordHash: 'aGFzaA==' }, { newDoubleSha1Hash: false }],
      ['/backupConfiguration', { backupRetentionPeriodInHours: 96, backupStartTime: '04:15' }, { backupStartTime: '25:00' }],
    ] as const).flatMap(([suffix, good, bad]) => [
      { op: `${SV}${suffix}`, method: 'PATCH', url: () => svc(created, suffix), status: 200, body: good },
      { op: `${SV}${suffix}`, method: 'PATCH', url: () => svc(created, suffix), status: 400, body: bad },
      { op: `${SV}${suffix}`, method: 'PATCH', url: () => svc(UNKNOWN_ID, suffix), status: 404, body: good },
    ]),
  ];

  for (const c of cases) {
    it(`${c.method} ${c.op} -> ${c.status} (${c.url().slice(0, 120)})`, async () => {
      const reply = await call(sim, c.method, c.url(), { key: c.key, body: c.body });
      expect(reply.status, reply.text).toBe(c.status);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.json.status).toBe(c.status);
      expect(reply.json.requestId).toMatch(UUID_V4);
      if (c.status === 200) expect('error' in reply.json).toBe(false);
      else expect(reply.json.error).toEqual(expect.any(String));
      if (c.status === 200 && c.method !== 'DELETE') expect(reply.json.result).toBeDefined();
      if (c.method === 'DELETE' && c.status === 200) expect('result' in reply.json).toBe(false);
      const validate = validator(c.op, c.method, c.status);
      expect(validate(reply.json), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('GET .../prometheus answers text/plain (the spec declares a string) and errors as JSON envelopes', async () => {
    const ok = await call(sim, 'GET', svc(S.acmeProduction.id, '/prometheus'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(typeof ok.text).toBe('string');
    for (const [url, status] of [[svc('x', '/prometheus'), 400], [svc(UNKNOWN_ID, '/prometheus'), 404]] as const) {
      const reply = await call(sim, 'GET', url);
      expect(reply.status).toBe(status);
      const validate = validator(`${SV}/prometheus`, 'GET', status);
      expect(validate(reply.json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the validator is not vacuous: it rejects a service without currentScaling', () => {
    const validate = validator(SV, 'GET', 200);
    expect(validate({ status: 200, requestId: UNKNOWN_ID, result: { id: UNKNOWN_ID } })).toBe(false);
    expect(validate({ status: 200, requestId: UNKNOWN_ID, result: { id: UNKNOWN_ID, currentScaling: {}, state: 'sleeping' } })).toBe(false);
  });
});

describe('seed data', () => {
  it('lists the key organization only', async () => {
    const acme = await call(sim, 'GET', '/v1/organizations');
    expect(acme.json.result).toHaveLength(1);
    expect(acme.json.result[0]).toMatchObject({ id: ACME, name: 'Acme Analytics', byocConfig: [] });
    expect(acme.json.result[0].privateEndpoints[0]).toMatchObject({ id: 'vpce-0a1b2c3d4e5f60718', cloudProvider: 'aws' });
    const globex = await call(sim, 'GET', '/v1/organizations', { key: GLOBEX_KEY });
    expect(globex.json.result.map((org: Json) => org.name)).toEqual(['Globex Research']);
    expect(CLICKHOUSE_SEED.keys.filter((key) => key.organizationId === ACME)).toHaveLength(2);
    expect(ACME_KEY_2?.organizationName).toBe('Acme Analytics');
  });

  it('gives Acme 7 services across tiers, providers and states, and Globex 2', async () => {
    const acme = (await call(sim, 'GET', `/v1/organizations/${ACME}/services`, { key: ACME_KEY_2 })).json.result as Json[];
    const byId = new Map(acme.map((service) => [service.id, service]));
    expect(acme.length).toBeGreaterThanOrEqual(6); // the contract suite deletes/creates some
    expect(byId.get(S.acmeProduction.id)).toMatchObject({ name: 'Acme Production', provider: 'aws', region: 'us-east-1', tier: 'production', state: 'running', numReplicas: 3 });
    expect(byId.get(S.acmeReporting.id)).toMatchObject({ provider: 'azure', state: 'idle' });
    expect(byId.get(S.acmeRealtime.id)?.tier).toBe('dedicated_standard_n2d_standard_8');
    expect(byId.get(S.acmeEventIngest.id)?.tier).toBe('dedicated_high_mem');
    expect(byId.get(S.acmeAnalyticsDev.id)).toMatchObject({ provider: 'gcp', tier: 'development', state: 'stopped' });
    const seeded = Object.values(S).filter((service) => service.organizationId === ACME);
    expect(seeded).toHaveLength(7);
    expect(new Set(seeded.map((service) => service.state))).toEqual(new Set(['running', 'stopped', 'idle', 'provisioning']));
    for (const service of Object.values(S)) expect(service.name).toMatch(/^[A-Za-z0-9 ]{1,50}$/);
    const globex = (await call(sim, 'GET', `/v1/organizations/${GLOBEX}/services`, { key: GLOBEX_KEY })).json.result as Json[];
    expect(globex.map((service) => service.name).sort()).toEqual(['Globex Research DB', 'Notebooks']);
  });

  it('serves endpoints, IP access entries and private endpoint config in the spec shapes', async () => {
    const service = (await call(sim, 'GET', svc(S.acmeProduction.id))).json.result;
    expect(service.endpoints).toContainEqual({ protocol: 'https', host: 'k3x9q2m7pa.us-east-1.aws.clickhouse.cloud', port: 8443 });
    expect(service.ipAccessList).toContainEqual({ source: '203.0.113.0/24', description: 'Acme HQ office' });
    expect(service.currentScaling).toMatchObject({ effectiveMinReplicaMemoryGb: 16, effectiveMaxReplicaMemoryGb: 120 });
    const config = (await call(sim, 'GET', svc(S.acmeReporting.id, '/privateEndpointConfig'))).json.result;
    expect(config.privateDnsHostname).toBe('v4t8m1q6xd.privatelink.westus3.azure.clickhouse.cloud');
  });
});

describe('auth, scoping and routing errors', () => {
  it('401 without credentials or with a wrong secret', async () => {
    for (const key of [null, { keyId: ACME_KEY!.keyId, keySecret: 'wrong' }, { keyId: 'NOPE', keySecret: 'x' }]) {
      const reply = await call(sim, 'GET', '/v1/organizations', { key });
      expect(reply.status).toBe(401);
      expect(reply.json).toMatchObject({ status: 401, error: expect.stringMatching(/Basic/) });
    }
  });

  it("403 for a valid key on another organization's id", async () => {
    expect((await call(sim, 'GET', `/v1/organizations/${GLOBEX}`)).status).toBe(403);
    const reply = await call(sim, 'GET', `/v1/organizations/${ACME}/services`, { key: GLOBEX_KEY });
    expect(reply.status).toBe(403);
    expect(reply.json.error).toContain(ACME);
  });

  it('404 with a clear message for unknown services, backups, routes; 405 for a wrong method', async () => {
    const service = await call(sim, 'GET', svc(UNKNOWN_ID));
    expect(service.status).toBe(404);
    expect(service.json.error).toBe(`Service ${UNKNOWN_ID} not found in organization ${ACME}`);
    // Another organization's service is invisible, not forbidden.
    expect((await call(sim, 'GET', svc(S.globexResearch.id))).status).toBe(404);
    const backup = await call(sim, 'GET', svc(S.acmeProduction.id, `/backups/${S.globexResearch.backupIds[0]}`));
    expect(backup.status).toBe(404);
    expect(backup.json.error).toContain(`Backup ${S.globexResearch.backupIds[0]} not found`);
    expect((await call(sim, 'GET', '/v1/organizations/x/y/z/q')).status).toBe(404);
    const wrongMethod = await call(sim, 'DELETE', '/v1/organizations');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('400 for malformed JSON, non-object bodies and non-uuid ids', async () => {
    const malformed = await call(sim, 'PATCH', svc(S.acmeProduction.id), { rawBody: '{"name": ' });
    expect(malformed).toMatchObject({ status: 400, json: { error: 'Malformed JSON in request body' } });
    expect((await call(sim, 'PATCH', svc(S.acmeProduction.id), { body: [1] })).json.error).toBe('Request body must be a JSON object');
    expect((await call(sim, 'GET', svc('123'))).json.error).toBe("serviceId must be a UUID, got '123'");
  });
});

describe('validation rules (400 naming the field)', () => {
  const create = (body: Json, key: Key = ACME_KEY!, org = ACME) => call(sim, 'POST', `/v1/organizations/${org}/services`, { key, body });
  const base = { name: 'Valid Name 1', provider: 'aws', region: 'eu-west-2', tier: 'production' };

  const createCases: Array<[string, Json, string | RegExp]> = [
    ['missing name', { provider: 'aws', region: 'us-east-1' }, 'name is required'],
    ['name with symbols', { ...base, name: 'prod-db!' }, 'name must be an alphanumerical string with whitespaces'],
    ['name too long', { ...base, name: 'a'.repeat(51) }, 'name must be 1 to 50 characters long'],
    ['empty name', { ...base, name: '' }, 'name must be 1 to 50 characters long'],
    ['name not a string', { ...base, name: 42 }, 'name must be a string'],
    ['provider', { ...base, provider: 'oracle' }, 'provider must be one of: aws, gcp, azure'],
    ['region outside the enum', { ...base, region: 'mars-1' }, /^region must be one of: /],
    ['region of another cloud', { ...base, region: 'us-east1' }, 'region us-east1 is not available for provider aws'],
    ['tier', { ...base, tier: 'enterprise' }, /^tier must be one of: development, production/],
    ['azure development', { ...base, provider: 'azure', region: 'eastus', tier: 'development' }, "tier: Azure services don't support the development tier"],
    ['memory on development', { ...base, tier: 'development', minTotalMemoryGb: 24 }, "minTotalMemoryGb is available only for 'production' services"],
    ['total not multiple of 12', { ...base, minTotalMemoryGb: 30 }, 'minTotalMemoryGb must be a multiple of 12'],
    ['total below 24', { ...base, minTotalMemoryGb: 12 }, 'minTotalMemoryGb must be greater than or equal to 24'],
    ['total above paid ceiling', { ...base, maxTotalMemoryGb: 1080 }, 'maxTotalMemoryGb must be lower than or equal to 1068 for paid organizations'],
    ['total min > max', { ...base, minTotalMemoryGb: 96, maxTotalMemoryGb: 48 }, 'minTotalMemoryGb must be lower than or equal to maxTotalMemoryGb'],
    ['replica not multiple of 4', { ...base, minReplicaMemoryGb: 10 }, 'minReplicaMemoryGb must be a multiple of 4'],
    ['replica below 8', { ...base, minReplicaMemoryGb: 4 }, 'minReplicaMemoryGb must be greater than or equal to 8'],
    ['replica above paid ceiling', { ...base, maxReplicaMemoryGb: 360 }, 'maxReplicaMemoryGb must be lower than or equal to 356 for paid organizations'],
    ['numReplicas below 1', { ...base, numReplicas: 0 }, 'numReplicas must be between 1 and 20'],
    ['numReplicas above 20', { ...base, numReplicas: 21 }, 'numReplicas must be between 1 and 20'],
    ['numReplicas fractional', { ...base, numReplicas: 3.5 }, 'numReplicas must be an integer'],
    ['idleTimeoutMinutes below 5', { ...base, idleTimeoutMinutes: 4 }, 'idleTimeoutMinutes must be >= 5 minutes'],
    ['idleScaling type', { ...base, idleScaling: 'yes' }, 'idleScaling must be a boolean'],
    ['ipAccessList type', { ...base, ipAccessList: [{ cidr: '1.2.3.4' }] }, "ipAccessList entries must have a non-empty 'source' string (IP or CIDR)"],
    ['backupId not a uuid', { ...base, backupId: 'latest' }, 'backupId must be a UUID'],
  ];
  it.each(createCases)('POST services: %s', async (_label, body, message) => {
    const reply = await create(body);
    expect(reply.status).toBe(400);
    expect(reply.json.status).toBe(400);
    if (typeof message === 'string') expect(reply.json.error).toBe(message);
    else expect(reply.json.error).toMatch(message);
  });

  it('applies the unpaid ceilings to Globex and the paid ones to Acme', async () => {
    const unpaid = await create({ ...base, maxTotalMemoryGb: 372 }, GLOBEX_KEY, GLOBEX);
    expect(unpaid.json.error).toBe('maxTotalMemoryGb must be lower than or equal to 360 for non paid organizations');
    const unpaidReplica = await create({ ...base, maxReplicaMemoryGb: 124 }, GLOBEX_KEY, GLOBEX);
    expect(unpaidReplica.json.error).toBe('maxReplicaMemoryGb must be lower than or equal to 120 for non paid organizations');
    // The spec's own ceilings (1068 and 356; the older seeds said 720 and 240).
    const paid = await create({ ...base, minTotalMemoryGb: 24, maxTotalMemoryGb: 1068, maxReplicaMemoryGb: 356, numReplicas: 20, idleTimeoutMinutes: 5 });
    expect(paid.status).toBe(200);
    expect(paid.json.result.service).toMatchObject({ maxTotalMemoryGb: 1068, maxReplicaMemoryGb: 356, numReplicas: 20, idleTimeoutMinutes: 5, state: 'provisioning' });
    const oneReplica = await create({ ...base, numReplicas: 1 });
    expect(oneReplica.status).toBe(200);
  });

  it('ignores unknown body fields', async () => {
    const reply = await call(sim, 'PATCH', svc(S.globexResearch.id, '', GLOBEX), { key: GLOBEX_KEY, body: { name: 'Globex Research DB', colour: 'blue' } });
    expect(reply.status).toBe(200);
    expect(reply.json.result.name).toBe('Globex Research DB');
  });

  const patchCases: Array<[string, string, Json, string]> = [
    ['/scaling', S.acmeProduction.id, { maxTotalMemoryGb: 36 }, 'minTotalMemoryGb must be lower than or equal to maxTotalMemoryGb'],
    ['/scaling', S.acmeEventIngest.id, { maxTotalMemoryGb: 480 }, "maxTotalMemoryGb is available only for 'production' services"],
    ['/scaling', S.acmeProduction.id, { numReplicas: '3' }, 'numReplicas must be a number'],
    ['/replicaScaling', S.acmeProduction.id, { minReplicaMemoryGb: 124 }, 'minReplicaMemoryGb must be lower than or equal to maxReplicaMemoryGb'],
    ['/replicaScaling', S.acmeSandbox.id, { minReplicaMemoryGb: 8 }, "minReplicaMemoryGb is available only for 'production' services"],
    ['/replicaScaling', S.acmeProduction.id, { idleTimeoutMinutes: 1 }, 'idleTimeoutMinutes must be >= 5 minutes'],
    ['/state', S.acmeProduction.id, { command: 'restart' }, "command must be one of: 'start', 'awake', 'stop'"],
    ['/state', S.acmeProduction.id, {}, "command must be one of: 'start', 'awake', 'stop'"],
    ['', S.acmeProduction.id, { ipAccessList: [{ source: '1.1.1.1' }] }, "ipAccessList must be an object with 'add' and/or 'remove' arrays"],
    ['', S.acmeProduction.id, { privateEndpointIds: { add: [1] } }, 'privateEndpointIds.add must be an array of strings'],
    ['/password', S.acmeProduction.id, { newPasswordHash: 5 }, 'newPasswordHash must be a string'],
    ['/backupConfiguration', S.acmeProduction.id, { backupStartTime: '24:00' }, 'backupStartTime must be in HH:MM format (00:00 to 23:59, UTC)'],
    ['/backupConfiguration', S.acmeProduction.id, { backupStartTime: '7:30' }, 'backupStartTime must be in HH:MM format (00:00 to 23:59, UTC)'],
    ['/backupConfiguration', S.acmeProduction.id, { backupRetentionPeriodInHours: 36 }, 'backupRetentionPeriodInHours must be a multiple of 24 between 24 and 1080'],
    ['/backupConfiguration', S.acmeProduction.id, { backupRetentionPeriodInHours: 1104 }, 'backupRetentionPeriodInHours must be a multiple of 24 between 24 and 1080'],
    ['/backupConfiguration', S.acmeProduction.id, { backupRetentionPeriodInHours: 0 }, 'backupRetentionPeriodInHours must be a multiple of 24 between 24 and 1080'],
    ['/backupConfiguration', S.acmeProduction.id, { backupPeriodInHours: 0 }, 'backupPeriodInHours must be a positive integer'],
    ['/backupConfiguration', S.acmeProduction.id, { backupPeriodInHours: 1.5 }, 'backupPeriodInHours must be an integer'],
    ['/backupConfiguration', S.acmeProduction.id, { backupPeriodInHours: 'daily' }, 'backupPeriodInHours must be a number'],
  ];
  it.each(patchCases)('PATCH %s %s %j', async (suffix, serviceId, body, message) => {
    const before = (await call(sim, 'GET', svc(serviceId))).json.result;
    const reply = await call(sim, 'PATCH', svc(serviceId, suffix), { body });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toBe(message);
    // A rejected request changes nothing.
    expect((await call(sim, 'GET', svc(serviceId))).json.result).toEqual(before);
  });
});

describe('state machine on timers', () => {
  const state = (serviceId: string, command: string) => call(sim, 'PATCH', svc(serviceId, '/state'), { body: { command } });

  it('start: stopped -> starting -> running, then start again is a no-op', async () => {
    const started = await state(S.acmeAnalyticsDev.id, 'start');
    expect(started.status).toBe(200);
    expect(started.json.result.state).toBe('starting');
    await waitForState(sim, S.acmeAnalyticsDev.id, 'running');
    const again = await state(S.acmeAnalyticsDev.id, 'start');
    expect(again.json.result.state).toBe('running');
  });

  it('stop: running -> stopping -> stopped; start while stopping is a 400; stop again is a no-op', async () => {
    expect((await state(S.acmeAnalyticsDev.id, 'stop')).json.result.state).toBe('stopping');
    const conflicting = await state(S.acmeAnalyticsDev.id, 'start');
    expect(conflicting.status).toBe(400);
    expect(conflicting.json.error).toBe(`Cannot start service ${S.acmeAnalyticsDev.id} while it is stopping`);
    await waitForState(sim, S.acmeAnalyticsDev.id, 'stopped');
    expect((await state(S.acmeAnalyticsDev.id, 'stop')).json.result.state).toBe('stopped');
  });

  it('an idle service starts like a stopped one', async () => {
    expect((await state(S.acmeReporting.id, 'start')).json.result.state).toBe('starting');
    await waitForState(sim, S.acmeReporting.id, 'running');
  });

  it('the seeded provisioning service becomes running on its own', async () => {
    await waitForState(sim, S.acmeRealtime.id, 'running');
  });

  it('create -> provisioning -> running; a new service has no backups; delete needs stopped, then terminating -> gone', async () => {
    const created = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, {
      body: { name: 'Lifecycle Probe', provider: 'azure', region: 'germanywestcentral', ipAccessList: [{ source: '192.0.2.1' }] },
    });
    expect(created.status).toBe(200);
    const { service, password } = created.json.result;
    expect(service).toMatchObject({ state: 'provisioning', tier: 'production', provider: 'azure', ipAccessList: [{ source: '192.0.2.1' }] });
    expect(password).toMatch(/^\S{16}$/);
    const stopEarly = await state(service.id, 'stop');
    expect(stopEarly.status).toBe(400);
    expect(stopEarly.json.error).toContain('while it is provisioning');
    await waitForState(sim, service.id, 'running');
    expect((await call(sim, 'GET', svc(service.id, '/backups'))).json.result).toEqual([]);

    const refused = await call(sim, 'DELETE', svc(service.id));
    expect(refused.status).toBe(400);
    expect(refused.json.error).toBe(`Service ${service.id} must be stopped before it can be deleted (current state: running)`);
    await state(service.id, 'stop');
    await waitForState(sim, service.id, 'stopped');
    const deleted = await call(sim, 'DELETE', svc(service.id));
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ status: 200, requestId: expect.stringMatching(UUID_V4) });
    expect((await call(sim, 'GET', svc(service.id))).json.result.state).toBe('terminating');
    await sleep(TRANSITION_MS * 3);
    expect((await call(sim, 'GET', svc(service.id))).status).toBe(404);
    const listed = (await call(sim, 'GET', `/v1/organizations/${ACME}/services`)).json.result as Json[];
    expect(listed.some((entry) => entry.id === service.id)).toBe(false);
  });

  it('creating from a backup needs a finished backup of the org with the same region and tier', async () => {
    const source = { name: 'Restored Prod', provider: 'aws', region: 'us-east-1', tier: 'production' };
    const restored = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, { body: { ...source, backupId: S.acmeProduction.backupIds[1] } });
    expect(restored.status).toBe(200);
    const otherRegion = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, {
      body: { ...source, region: 'us-east-2', backupId: S.acmeProduction.backupIds[1] },
    });
    expect(otherRegion.json.error).toBe(
      `backupId ${S.acmeProduction.backupIds[1]}: region and tier must match the original service (us-east-1, production)`,
    );
    const foreign = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, { body: { ...source, backupId: S.globexResearch.backupIds[0] } });
    expect(foreign.json.error).toBe(`backupId ${S.globexResearch.backupIds[0]} does not match any backup in organization ${ACME}`);
    const running = await call(sim, 'POST', `/v1/organizations/${ACME}/services`, {
      body: { ...source, region: 'eu-west-1', tier: 'dedicated_high_mem', backupId: S.acmeEventIngest.backupIds[0] },
    });
    expect(running.json.error).toBe(`backupId ${S.acmeEventIngest.backupIds[0]} refers to a backup that is in_progress`);
  });
});

describe('updates', () => {
  it('PATCH service: name, ipAccessList and privateEndpointIds add/remove (remove first)', async () => {
    const reply = await call(sim, 'PATCH', svc(S.acmeProduction.id), {
      body: {
        name: 'Acme Production EU',
        ipAccessList: { remove: [{ source: '198.51.100.17' }], add: [{ source: '203.0.113.0/24', description: 'HQ' }, { source: '192.0.2.99' }] },
        privateEndpointIds: { remove: ['vpce-0a1b2c3d4e5f60718'], add: ['vpce-0ffeeeeeeeeeeeee1'] },
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({
      name: 'Acme Production EU',
      ipAccessList: [{ source: '203.0.113.0/24', description: 'HQ' }, { source: '192.0.2.99' }],
      privateEndpointIds: ['vpce-0ffeeeeeeeeeeeee1'],
      availablePrivateEndpointIds: ['vpce-0a1b2c3d4e5f60718'],
    });
    await call(sim, 'PATCH', svc(S.acmeProduction.id), { body: { name: 'Acme Production' } });
  });

  it('PATCH organization: name, enableCoreDumps, privateEndpoints', async () => {
    const reply = await call(sim, 'PATCH', `/v1/organizations/${ACME}`, {
      key: ACME_KEY_2,
      body: {
        name: 'Acme Analytics Inc',
        enableCoreDumps: true,
        privateEndpoints: { add: [{ id: 'pe-gcp-1', cloudProvider: 'gcp', region: 'us-east1', description: 'Dev VPC' }] },
      },
    });
    expect(reply.json.result).toMatchObject({ name: 'Acme Analytics Inc', enableCoreDumps: true });
    expect(reply.json.result.privateEndpoints.map((entry: Json) => entry.id)).toEqual(['vpce-0a1b2c3d4e5f60718', 'pe-gcp-1']);
    const removed = await call(sim, 'PATCH', `/v1/organizations/${ACME}`, { body: { name: 'Acme Analytics', privateEndpoints: { remove: [{ id: 'pe-gcp-1' }] } } });
    expect(removed.json.result.privateEndpoints).toHaveLength(1);
    const bad = await call(sim, 'PATCH', `/v1/organizations/${ACME}`, { body: { privateEndpoints: { add: [{ id: 'x', cloudProvider: 'gcp', region: 'us-east-1' }] } } });
    expect(bad.json.error).toBe('region us-east-1 is not available for provider gcp');
  });

  it('PATCH scaling and replicaScaling change only their own settings', async () => {
    const scaling = await call(sim, 'PATCH', svc(S.globexResearch.id, '/scaling', GLOBEX), {
      key: GLOBEX_KEY, body: { minTotalMemoryGb: 48, maxTotalMemoryGb: 360, idleScaling: false },
    });
    expect(scaling.json.result).toMatchObject({ minTotalMemoryGb: 48, maxTotalMemoryGb: 360, minReplicaMemoryGb: 8, idleScaling: false });
    const replica = await call(sim, 'PATCH', svc(S.globexResearch.id, '/replicaScaling', GLOBEX), {
      key: GLOBEX_KEY, body: { minReplicaMemoryGb: 16, numReplicas: 5, idleTimeoutMinutes: 20 },
    });
    expect(replica.json.result).toMatchObject({ minTotalMemoryGb: 48, minReplicaMemoryGb: 16, maxReplicaMemoryGb: 120, numReplicas: 5, idleTimeoutMinutes: 20 });
    expect(replica.json.result.currentScaling).toMatchObject({ effectiveMinReplicas: 5, effectiveIdleTimeoutMinutes: 20 });
  });

  it('PATCH password returns a new password unless newPasswordHash is given', async () => {
    const generated = await call(sim, 'PATCH', svc(S.acmeSandbox.id, '/password'));
    expect(generated.json.result.password).toMatch(/^\S{16}$/);
    const again = await call(sim, 'PATCH', svc(S.acmeSandbox.id, '/password'), { body: {} });
    expect(again.json.result.password).not.toBe(generated.json.result.password);
    const hashed = await call(sim, 'PATCH', svc(S.acmeSandbox.id, '/password'), { body: { newPasswordHash: 'c2VjcmV0aGFzaA==', newDoubleSha1Hash: 'abc' } });
    expect(hashed.json.result).toEqual({});
  });
});

describe('backups', () => {
  it('lists the 25 backups of Acme Production newest first, with sizes beyond 32 bits', async () => {
    const backups = (await call(sim, 'GET', svc(S.acmeProduction.id, '/backups'))).json.result as Json[];
    expect(backups).toHaveLength(25);
    expect(backups.map((backup) => backup.id)).toEqual(S.acmeProduction.backupIds);
    const starts = backups.map((backup) => Date.parse(backup.startedAt));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(backups.some((backup) => backup.sizeInBytes > 2 ** 32)).toBe(true);
    expect(backups.every((backup) => backup.status === 'done' && typeof backup.finishedAt === 'string')).toBe(true);
    expect(new Set(backups.map((backup) => backup.type))).toEqual(new Set(['full', 'incremental']));
    const one = (await call(sim, 'GET', svc(S.acmeProduction.id, `/backups/${S.acmeProduction.backupIds[3]}`))).json.result;
    expect(one).toEqual(backups[3]);
    expect(one.durationInSeconds).toBe((Date.parse(one.finishedAt) - Date.parse(one.startedAt)) / 1000);
  });

  it('has a service without backups and reports failed backups', async () => {
    expect(S.acmeSandbox.backupCount).toBe(0);
    expect((await call(sim, 'GET', svc(S.acmeSandbox.id, '/backups'))).json.result).toEqual([]);
    const globex = (await call(sim, 'GET', svc(S.globexResearch.id, '/backups', GLOBEX), { key: GLOBEX_KEY })).json.result as Json[];
    expect(globex.map((backup) => backup.status)).toEqual(['done', 'error', 'done']);
  });

  it('an in-progress backup has no finishedAt, counts seconds since start, and becomes done', async () => {
    const completionMs = 2000; // wide margins either side of the 1.1 s look: a busy machine delays requests
    const local = await startClickHouseSimulator({ transitionMs: TRANSITION_MS, backupCompletionMs: completionMs, rateLimit: null });
    try {
      const url = svc(S.acmeEventIngest.id, `/backups/${S.acmeEventIngest.backupIds[0]}`);
      const first = (await call(local, 'GET', url)).json.result;
      expect(first.status).toBe('in_progress');
      expect('finishedAt' in first).toBe(false);
      await sleep(1100);
      const later = (await call(local, 'GET', url)).json.result;
      expect(later.status).toBe('in_progress');
      expect(later.durationInSeconds).toBeGreaterThanOrEqual(1);
      await sleep(completionMs - 1100 + 300);
      const done = (await call(local, 'GET', url)).json.result;
      expect(done.status).toBe('done');
      expect(done.durationInSeconds).toBe(Math.floor(completionMs / 1000));
      expect(Date.parse(done.finishedAt)).toBeGreaterThan(Date.parse(done.startedAt));
      const list = (await call(local, 'GET', svc(S.acmeEventIngest.id, '/backups'))).json.result as Json[];
      expect(list[0].id).toBe(S.acmeEventIngest.backupIds[0]);
    } finally {
      await local.close();
    }
  });

  it('backupConfiguration: null resets to defaults, a start time resets the period to 24', async () => {
    const url = svc(S.acmeReporting.id, '/backupConfiguration');
    expect((await call(sim, 'GET', url)).json.result).toEqual({ backupPeriodInHours: 12, backupRetentionPeriodInHours: 48 });
    const timed = await call(sim, 'PATCH', url, { body: { backupStartTime: '03:30', backupRetentionPeriodInHours: 1080 } });
    expect(timed.json.result).toEqual({ backupPeriodInHours: 24, backupRetentionPeriodInHours: 1080, backupStartTime: '03:30' });
    const contradiction = await call(sim, 'PATCH', url, { body: { backupPeriodInHours: 6 } });
    expect(contradiction.status).toBe(400);
    expect(contradiction.json.error).toMatch(/^backupPeriodInHours must be 24 while backupStartTime is defined/);
    const reset = await call(sim, 'PATCH', url, { body: { backupStartTime: null, backupRetentionPeriodInHours: null, backupPeriodInHours: 6 } });
    expect(reset.json.result).toEqual({ backupPeriodInHours: 6, backupRetentionPeriodInHours: 24 });
    const periodReset = await call(sim, 'PATCH', url, { body: { backupPeriodInHours: null } });
    expect(periodReset.json.result).toEqual({ backupPeriodInHours: 24, backupRetentionPeriodInHours: 24 });
    expect((await call(sim, 'GET', url)).json.result).toEqual(periodReset.json.result);
  });
});

describe('prometheus', () => {
  it('serves exposition text labelled with the service', async () => {
    const reply = await call(sim, 'GET', `${svc(S.acmeEventIngest.id, '/prometheus')}?filtered_metrics=true`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(reply.text).toContain('# HELP ClickHouseProfileEvents_Query ');
    expect(reply.text).toContain('# TYPE ClickHouseProfileEvents_Query counter');
    expect(reply.text).toContain(`clickhouse_service="${S.acmeEventIngest.id}",clickhouse_service_name="Event Ingest"`);
    const samples = reply.text.split('\n').filter((line) => line.startsWith('ClickHouseMetrics_TCPConnection{'));
    expect(samples).toHaveLength(3); // one per replica
    for (const sample of samples) expect(sample).toMatch(/ \d+$/);
  });

  it('a stopped service only reports its info metric', async () => {
    const text = (await call(sim, 'GET', svc(S.acmeSandbox.id, '/prometheus'))).text;
    expect(text).toContain('clickhouse_cluster_status="stopped"');
    expect(text).not.toContain('ClickHouseProfileEvents_Query');
  });
});

describe('rate limit', () => {
  const WINDOW_MS = 300;
  const LIMIT = 3;
  let limited: ClickHouseSimulator;
  beforeAll(async () => {
    limited = await startClickHouseSimulator({ transitionMs: TRANSITION_MS, rateLimit: { limit: LIMIT, windowMs: WINDOW_MS } });
  });
  afterAll(async () => {
    await limited.close();
  });

  it('answers 429 TOO_MANY_REQUESTS with Retry-After and X-RateLimit-Reset beyond the limit, per key, and recovers after the window', async () => {
    for (let i = 0; i < LIMIT; i += 1) expect((await call(limited, 'GET', '/v1/organizations')).status).toBe(200);
    const lastAdmitted = Date.now();
    await sleep(WINDOW_MS / 2);
    // Rejected requests must not consume budget: these fall inside the next window.
    for (let i = 0; i < 4; i += 1) {
      const rejected = await call(limited, 'GET', '/v1/organizations');
      expect(rejected.status).toBe(429);
      expect(rejected.headers.get('retry-after')).toBe('1');
      expect(rejected.headers.get('x-ratelimit-reset')).toBe('1');
      // The real API's body, key for key: the envelope with the code as its error.
      expect(rejected.json).toEqual({ status: 429, error: 'TOO_MANY_REQUESTS', requestId: expect.stringMatching(UUID_V4) });
    }
    // Another key has its own budget.
    expect((await call(limited, 'GET', '/v1/organizations', { key: ACME_KEY_2 })).status).toBe(200);
    await sleep(Math.max(0, lastAdmitted + WINDOW_MS + 30 - Date.now()));
    for (let i = 0; i < LIMIT; i += 1) expect((await call(limited, 'GET', '/v1/organizations')).status).toBe(200);
    expect((await call(limited, 'GET', '/v1/organizations')).status).toBe(429);
    expect(limited.requests.filter((request) => request.status === 429)).toHaveLength(5);
  });
});

describe('request log', () => {
  it('records method, path without query, key id, status and arrival time in order', async () => {
    sim.clearRequests();
    expect(sim.requests).toEqual([]);
    const before = Date.now();
    await call(sim, 'GET', '/v1/organizations', { key: null });
    await call(sim, 'GET', `${svc(S.acmeProduction.id)}?expand=all`, { key: ACME_KEY_2 });
    await call(sim, 'GET', svc(UNKNOWN_ID), { key: GLOBEX_KEY });
    await call(sim, 'POST', `/v1/organizations/${ACME}/services`, { body: { name: '' } });
    expect(sim.requests.map(({ at: _at, ...rest }) => rest)).toEqual([
      { method: 'GET', path: '/v1/organizations', keyId: null, status: 401 },
      { method: 'GET', path: svc(S.acmeProduction.id), keyId: ACME_KEY_2!.keyId, status: 200 },
      { method: 'GET', path: svc(UNKNOWN_ID), keyId: GLOBEX_KEY!.keyId, status: 403 },
      { method: 'POST', path: `/v1/organizations/${ACME}/services`, keyId: ACME_KEY!.keyId, status: 400 },
    ]);
    const times = sim.requests.map((request) => request.at);
    expect(times[0]).toBeGreaterThanOrEqual(before);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('rejects invalid options', async () => {
    await expect(startClickHouseSimulator({ rateLimit: { limit: 0, windowMs: 1000 } })).rejects.toThrow(RangeError);
  });
});
