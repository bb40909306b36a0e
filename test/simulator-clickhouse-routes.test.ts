/**
 * The ClickHouse simulator serves exactly what the descriptions name. The method and path of each
 * described operation are worked out here from the description language's rules alone (list and
 * get GET, create POST, update PATCH (PUT where the upstream's update replaces: the one fact the
 * description leaves to the spec), destroy DELETE, an action its method, a view GET, its update
 * PATCH and its writes their methods; the profile's prefix, `/{idParam}` for one object (none for
 * a collection action), then the action's or view's segment), held against the committed extract
 * of the real spec (the same operationId there),
 * and called on a running simulator, which must not answer 404 or 405 (nor fail). Every other
 * operation of the spec answers 404 (an undescribed path) or 405 (a described path, another
 * method). The simulator also refuses to start when a description and the behaviours disagree.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_PATH_IDS } from './support/clickhouse-seed-ids.js';
import { CLICKHOUSE_RESOURCES } from '../src/resources/clickhouse/index.js';
import { CLICKHOUSE_PROFILE } from '../src/resources/profile.js';
import type { ResourceDescription } from '../src/resources/types.js';
import { CLICKHOUSE_BEHAVIOURS } from '../src/simulator/clickhouse/behaviours.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../src/simulator/clickhouse/index.js';
import { clickhouseRoutes } from '../src/simulator/clickhouse/interpreter.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type SpecPaths = Record<string, Partial<Record<(typeof METHODS)[number], { operationId?: string }>>>;
const spec = JSON.parse(readFileSync(new URL('./contracts/clickhouse-openapi.json', import.meta.url), 'utf8')) as { paths: SpecPaths };

const [KEY] = CLICKHOUSE_SEED.keys;
const PRODUCTION = CLICKHOUSE_SEED.services.acmeProduction;
/** Seeded objects for the described ids; any other parameter of the spec gets a well-formed stand-in. */
const IDS = SEEDED_PATH_IDS;
const STAND_IN = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';

interface Described {
  operation: string;
  method: string;
  /** The spec's path template, e.g. `/v1/organizations/{organizationId}/services/{serviceId}/state`. */
  template: string;
  body?: Record<string, string>;
}

/** What each description names, by the language's rules (written here, not taken from the interpreter). */
function describedOf(resource: ResourceDescription): Described[] {
  const collection = `${CLICKHOUSE_PROFILE.prefix}${resource.path ?? resource.group}`;
  const item = `${collection}/{${resource.idParam}}`;
  const { list, get, create, update, destroy } = resource.operations;
  const replaces = update !== undefined && spec.paths[item]?.put?.operationId === update;
  const crud: Array<[string | undefined, string, string]> = [
    [list, 'GET', collection],
    [get, 'GET', item],
    [create, 'POST', collection],
    [update, replaces ? 'PUT' : 'PATCH', item],
    [destroy, 'DELETE', item],
  ];
  return [
    ...crud.filter(([operation]) => operation !== undefined).map(([operation, method, template]) => ({ operation: operation!, method, template })),
    ...(resource.actions ?? []).map((action) => ({
      operation: action.operation,
      method: action.method ?? 'POST',
      template: `${action.onCollection === true ? collection : item}/${action.path}${action.pathArgument ? `/{${action.pathArgument.key}}` : ''}`,
      ...(action.fixedBody === undefined ? {} : { body: { ...action.fixedBody } }),
    })),
    ...(resource.views ?? []).flatMap((view) => [
      { operation: view.operation, method: 'GET', template: `${item}/${view.path}${view.pathArgument ? `/{${view.pathArgument.key}}` : ''}` },
      ...(view.update === undefined ? [] : [{ operation: view.update.operation, method: 'PATCH', template: `${item}/${view.path}` }]),
      ...(view.writes ?? []).map((write) => ({ operation: write.operation, method: write.method, template: `${item}/${view.path}` })),
    ]),
  ];
}

const DESCRIBED = CLICKHOUSE_RESOURCES.flatMap(describedOf);
/** Deletions go last, innermost first, so every other operation still finds the seeded objects. */
const IN_ORDER = [...DESCRIBED.filter((entry) => entry.method !== 'DELETE'), ...DESCRIBED.filter((entry) => entry.method === 'DELETE').reverse()];
const concrete = (template: string): string => template.replace(/\{(\w+)\}/g, (_match, name: string) => IDS[name] ?? STAND_IN);

async function call(sim: ClickHouseSimulator, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { authorization: `Basic ${Buffer.from(`${KEY!.keyId}:${KEY!.keySecret}`).toString('base64')}` };
  if (method !== 'GET' && method !== 'DELETE') headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}${path}`, { method, headers, body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body ?? {}) });
  return { status: res.status, text: await res.text() };
}

let sim: ClickHouseSimulator;
beforeAll(async () => {
  // Slow transitions: a stop command leaves the service stopping for the whole run.
  sim = await startClickHouseSimulator({ rateLimit: null, transitionMs: 60_000 });
});
afterAll(async () => {
  await sim.close();
});

describe('every described ClickHouse operation answers on its described method and path', () => {
  it('the descriptions name operations of every kind', () => {
    expect(DESCRIBED.length).toBeGreaterThanOrEqual(134);
    expect(new Set(DESCRIBED.map((entry) => entry.method))).toEqual(new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']));
  });

  for (const entry of IN_ORDER) {
    it(`${entry.operation}: ${entry.method} ${entry.template}${entry.body ? ` ${JSON.stringify(entry.body)}` : ''}`, async () => {
      // The spec has the same operation at that method and path.
      expect(spec.paths[entry.template]?.[entry.method.toLowerCase() as (typeof METHODS)[number]]?.operationId).toBe(entry.operation);
      const reply = await call(sim, entry.method, concrete(entry.template), entry.body);
      expect([404, 405, 500], reply.text).not.toContain(reply.status);
      expect(reply.status, reply.text).toBeLessThan(500);
    });
  }
});

describe('what the descriptions do not name is not served', () => {
  const described = new Set(DESCRIBED.map((entry) => `${entry.method} ${entry.template}`));
  const describedPaths = new Set(DESCRIBED.map((entry) => entry.template));
  /** A described path with a parameter where this one has a literal (`…/postgres/{postgresId}` over `…/postgres/prometheus`). */
  const shadowing = (template: string, method: string): boolean =>
    DESCRIBED.some((entry) => {
      const [mine, theirs] = [template.split('/'), entry.template.split('/')];
      return entry.method === method && mine.length === theirs.length && theirs.every((part, index) => part === mine[index] || (part.startsWith('{') && !mine[index]!.startsWith('{')));
    });
  const undescribed = Object.entries(spec.paths).flatMap(([template, operations]) =>
    METHODS.filter((method) => operations[method] !== undefined && !described.has(`${method.toUpperCase()} ${template}`)).map((method) => ({
      method: method.toUpperCase(),
      template,
      // A literal taken for a described parameter is refused by that parameter's rule (a 400: not a UUID).
      status: describedPaths.has(template) ? 405 : shadowing(template, method.toUpperCase()) ? 400 : 404,
    })),
  );

  it('serves every operation of the spec (nothing of it is left undescribed)', () => {
    expect(undescribed.filter((entry) => entry.status !== 405).map((entry) => `${entry.method} ${entry.template}`)).toEqual([]);
  });

  it('answers 404 on every undescribed path of the spec, 405 for an undescribed method of a described path (400 where a parameter takes the path)', async () => {
    const wrong: string[] = [];
    for (const entry of undescribed) {
      const reply = await call(sim, entry.method, concrete(entry.template));
      if (reply.status !== entry.status) wrong.push(`${entry.method} ${entry.template}: ${reply.status} (expected ${entry.status})`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 on a path no spec has', async () => {
    expect((await call(sim, 'GET', `/v1/organizations/${IDS.organizationId}/services/${PRODUCTION.id}/nothing`)).status).toBe(404);
    expect((await call(sim, 'GET', '/v2/organizations')).status).toBe(404);
  });
});

describe('the simulator refuses to start when the descriptions and the behaviours disagree', () => {
  const [organizations, ...rest] = CLICKHOUSE_RESOURCES;
  const withView = (operation: string): ResourceDescription[] => [
    { ...organizations!, views: [...(organizations!.views ?? []), { operation, path: 'unspecified', field: 'unspecified', description: 'x', answer: 'object', ttlMs: 1 }] },
    ...rest,
  ];

  it('builds the routes from the real descriptions and behaviours', () => {
    expect(clickhouseRoutes(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE, CLICKHOUSE_BEHAVIOURS).length).toBeGreaterThan(5);
  });

  it('an operation described without a behaviour', () => {
    expect(() => clickhouseRoutes(withView('quotaGetList'), CLICKHOUSE_PROFILE, CLICKHOUSE_BEHAVIOURS)).toThrow(/described without a behaviour: quotaGetList/);
  });

  it('a behaviour without a description', () => {
    const behaviours = { ...CLICKHOUSE_BEHAVIOURS, quotaGetList: () => [] };
    expect(() => clickhouseRoutes(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE, behaviours)).toThrow(/a behaviour without a description: quotaGetList/);
  });

  it('one operation described at two routes, or two operations at one route', () => {
    const behaviours = { ...CLICKHOUSE_BEHAVIOURS, quotaGetList: () => [] };
    expect(() => clickhouseRoutes(withView('organizationGet'), CLICKHOUSE_PROFILE, CLICKHOUSE_BEHAVIOURS)).toThrow(/organizationGet is described at two routes/);
    const prometheus = organizations!.views![0]!;
    const twice = [{ ...organizations!, views: [prometheus, { ...prometheus, operation: 'quotaGetList' }] }, ...rest];
    expect(() => clickhouseRoutes(twice, CLICKHOUSE_PROFILE, behaviours)).toThrow(/described for two operations/);
  });
});
