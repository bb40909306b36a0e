/**
 * Every operation the ClickHouse descriptions name, called over real HTTP on a running simulator,
 * answers 2xx and its answer validates against the spec's response schema (the committed extract,
 * with Ajv): the requests are generated from the descriptions (every endpoint, every command value)
 * with bodies and query parameters made from the spec's schemas by the simulator's own default
 * maker; only where the upstream's rules ask for more than a schema's defaults is a body written
 * here. Deletions run last, innermost first, so everything else finds the seeded objects.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_PATH_IDS } from './support/clickhouse-seed-ids.js';
import { CLICKHOUSE_RESOURCES } from '../src/resources/clickhouse/index.js';
import { specOperation } from '../src/resources/clickhouse/spec.js';
import { CLICKHOUSE_PROFILE } from '../src/resources/profile.js';
import { describedEndpoints } from '../src/resources/endpoints.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../src/simulator/clickhouse/index.js';
import { specValue } from '../src/simulator/clickhouse/spec-values.js';
import { CLICKHOUSE_EXTRACT } from '../scripts/extract-contracts.js';

const TRANSITION_MS = 10;
const SETTLE_MS = 60;
const [KEY] = CLICKHOUSE_SEED.keys;
const OBJECTS = CLICKHOUSE_SEED.objects;
const S = CLICKHOUSE_SEED.services;
const IDS = SEEDED_PATH_IDS;

/** Bodies the upstream's rules need beyond a schema's defaults (a name its pattern takes, a provider's region). */
const BODIES: Readonly<Record<string, Record<string, unknown>>> = {
  instanceCreate: { name: 'Generated probe', provider: 'aws', region: 'us-east-1', tier: 'production' },
};
/** Query parameters the schemas give no telling default for (plain strings). */
const QUERIES: Readonly<Record<string, Record<string, string>>> = {
  organizationPrivateEndpointConfigGetList: { cloud_provider: 'aws', region_id: 'us-east-1' },
  slowQueryPatternGet: { db_name: 'orders', db_user: 'app', db_operation: 'SELECT' },
};
/** Paths that must name another object than the seeded one every other operation uses. */
const PATH_IDS: Readonly<Record<string, Record<string, string>>> = {
  instanceDelete: { serviceId: S.acmeAnalyticsDev.id },
  // Only a replica is promoted.
  postgresServicePatchState: { postgresId: OBJECTS.postgresReplica },
};

interface Call {
  name: string;
  operation: string;
  method: string;
  /** The spec's path template (`/v1/organizations/{organizationId}/…`). */
  template: string;
  path: string;
  body?: Record<string, unknown>;
}

const NOW = Date.now();
const endpoints = describedEndpoints(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE);
const CALLS: Call[] = endpoints.flatMap((endpoint) => {
  const spec = specOperation(endpoint.operation);
  const template = endpoint.pattern.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}');
  const ids = { ...IDS, ...PATH_IDS[endpoint.operation] };
  const made = spec.query.filter((parameter) => parameter.required).map((parameter) => [parameter.name, String(specValue(parameter.schema, NOW))]);
  const query = new URLSearchParams({ ...Object.fromEntries(made), ...QUERIES[endpoint.operation] });
  const path = `${template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!)}${query.size > 0 ? `?${query}` : ''}`;
  const body = spec.body === undefined ? undefined : ((BODIES[endpoint.operation] ?? specValue(spec.body, NOW)) as Record<string, unknown>);
  const commands = Object.entries(endpoint.fixed).flatMap(([key, values]) => values.map((value) => ({ [key]: value })));
  const bodies = commands.length > 0 ? commands.map((fixed) => ({ ...body, ...fixed })) : [body];
  return bodies.map((body) => ({ name: `${endpoint.operation}: ${endpoint.method} ${template}${body?.command ? ` ${String(body.command)}` : ''}`, operation: endpoint.operation, method: endpoint.method, template, path, body }));
});
const IN_ORDER = [...CALLS.filter((call) => call.method !== 'DELETE'), ...CALLS.filter((call) => call.method === 'DELETE').reverse()];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SPEC_ID = 'https://opsgraph.local/clickhouse-cloud-openapi.json';
let ajv: InstanceType<typeof Ajv2020.default>;
let validated = 0;
let sim: ClickHouseSimulator;

beforeAll(async () => {
  sim = await startClickHouseSimulator({ rateLimit: null, transitionMs: TRANSITION_MS });
  ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...JSON.parse(readFileSync(CLICKHOUSE_EXTRACT, 'utf8')), $id: SPEC_ID });
});
afterAll(async () => {
  await sim.close();
});

const spec = JSON.parse(readFileSync(CLICKHOUSE_EXTRACT, 'utf8')) as { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>> };

/** The validator of the operation's JSON answer, or undefined where the spec gives none (a DELETE, a text answer). */
function validator(call: Call) {
  const responses = spec.paths[call.template]?.[call.method.toLowerCase()]?.responses ?? {};
  const status = Object.keys(responses).find((code) => code.startsWith('2'));
  if (status === undefined || responses[status]?.content?.['application/json'] === undefined) return undefined;
  const pointer = ['paths', call.template, call.method.toLowerCase(), 'responses', status, 'content', 'application/json', 'schema']
    .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/');
  return ajv.compile({ $ref: `${SPEC_ID}#/${pointer}` });
}

describe('every described ClickHouse operation answers 2xx in the shape of the spec', () => {
  it('covers every operation the descriptions name', () => {
    expect(new Set(CALLS.map((call) => call.operation)).size).toBe(142);
  });

  for (const call of IN_ORDER) {
    it(call.name, async () => {
      const headers: Record<string, string> = { authorization: `Basic ${Buffer.from(`${KEY!.keyId}:${KEY!.keySecret}`).toString('base64')}` };
      if (call.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${sim.url}${call.path}`, { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
      const text = await res.text();
      expect(res.status, text).toBeGreaterThanOrEqual(200);
      expect(res.status, text).toBeLessThan(300);
      if (specOperation(call.operation).text) {
        expect(res.headers.get('content-type')).not.toContain('json');
        expect(text.length).toBeGreaterThan(0);
      } else {
        const validate = validator(call);
        if (validate !== undefined) expect(validate(JSON.parse(text)) ? [] : validate.errors, text.slice(0, 600)).toEqual([]);
        if (validate !== undefined) validated += 1;
      }
      // A command or a creation moves its object on: let it settle before the next operation.
      if (call.method !== 'GET') await sleep(SETTLE_MS);
    });
  }

  it('held most answers against a JSON schema of the spec (the check is not vacuous)', () => {
    expect(validated).toBeGreaterThan(100);
    const validate = validator(CALLS.find((call) => call.operation === 'clickPipeGet')!)!;
    expect(validate({ status: 200, requestId: 'x', result: { id: 'not-a-uuid', state: 'Sleeping' } })).toBe(false);
  });
});
