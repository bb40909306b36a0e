/**
 * The ClickHouse Cloud simulator over real HTTP on loopback: its responses against
 * the real OpenAPI 3.1 spec, and its behaviour (auth, validation, state machine,
 * backups, rate limit, request log).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLICKHOUSE_SEED,
  startClickHouseSimulator,
  type ClickHouseSimulator,
} from '../src/simulator/clickhouse/index.js';

// Response bodies are checked field by field; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_PATH = path.resolve(REPO_ROOT, '../shared/reference/clickhouse-cloud-openapi.json');
const SPEC_EXISTS = existsSync(SPEC_PATH);
if (!SPEC_EXISTS) console.warn(`[simulator-clickhouse] ${SPEC_PATH} not found: skipping the OpenAPI contract tests`);

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

describe.skipIf(!SPEC_EXISTS)('contract: responses validate against the OpenAPI spec', () => {
  const SPEC_ID = 'https://opsgraph.local/clickhouse-cloud-openapi.json';
  let ajv: InstanceType<typeof Ajv2020.default>;
  let created: string;

  beforeAll(async () => {
    ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    // The whole document under an $id, so `#/components/schemas/X` refs inside it resolve.
    ajv.addSchema({ ...JSON.parse(readFileSync(SPEC_PATH, 'utf8')), $id: SPEC_ID });
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
