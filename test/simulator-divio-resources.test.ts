/**
 * Reading the described Divio groups in the simulator, over real HTTP: base32 ids and opaque-id
 * routes, catalogs every token sees, environment-owned records scoped through their ownership
 * chain, every declared filter and DRF paging. Writes and the state machines are in
 * simulator-divio-resource-writes.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_RESOURCES, divioResource } from '../src/resources/divio/index.js';
import type { FieldSpec } from '../src/resources/types.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../src/simulator/divio/index.js';
import { BASE32, MISSING, NOT_FOUND, divioHttp, v3, type Json, type Reply, type TokenId } from './support/divio-http.js';

const STEP_MS = 20;
const R = DIVIO_SEED.resources;
const E = DIVIO_SEED.environments;
const A = DIVIO_SEED.applications;
const ACME = DIVIO_SEED.organisations.acme.id;
const UMBRELLA = DIVIO_SEED.organisations.umbrella.id;
const ids = (reply: Reply): string[] => reply.json.results.map((item: Json) => item.uuid);
const names = (reply: Reply): string[] => reply.json.results.map((item: Json) => item.name);
/** Every described field and the id: what a detail answer carries. */
const describedKeys = (group: string) => [...new Set(['uuid', ...divioResource(group)!.fields.map((field) => field.key)])].sort();

let sim: DivioSimulator;
const { get, send } = divioHttp(() => sim);
const list = (group: string, query = '', as?: TokenId) => get(`${v3(group)}?page_size=100${query}`, as);

beforeAll(async () => {
  sim = await startDivioSimulator({ deploymentStepMs: STEP_MS });
});
afterAll(async () => {
  await sim.close();
});

describe('ids and routes', () => {
  it('gives seeded records base32 ids, regions included', async () => {
    for (const id of [...Object.values(R.services), R.shopLive.domains.primary, R.researchLive.backups[0]!.id]) expect(id).toMatch(BASE32);
    for (const id of Object.values(DIVIO_SEED.regions)) expect(id).toMatch(BASE32);
    expect(ids(await list('regions')).sort()).toEqual(Object.values(DIVIO_SEED.regions).sort());
  });

  it('routes opaque ids: unknown ones are 404, malformed ones no route, case does not matter', async () => {
    expect(await get(v3('domains', MISSING))).toMatchObject({ status: 404, json: NOT_FOUND });
    expect((await get(v3('domains', 'a'.repeat(65)))).status).toBe(404);
    expect((await get(v3('domains', 'not_an_id'))).status).toBe(404);
    expect((await get(v3('domains', R.shopLive.domains.primary.toUpperCase()))).json.uuid).toBe(R.shopLive.domains.primary);
    expect((await get(`/apps/v3/environments/?application=${MISSING}`)).json.count).toBe(0);
  });

  it('answers 401 without a token and 405 for what a group does not offer', async () => {
    expect((await get(v3('regions'), null)).status).toBe(401);
    const put = await send('PUT', v3('backups', R.shopLive.backups[0]!.id), {});
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
    expect((await send('POST', v3('regions'), {})).status).toBe(405);
    expect((await send('DELETE', v3('backups', R.shopLive.backups[0]!.id), {})).status).toBe(405);
  });
});

describe('seeded backups end as real ones do', () => {
  it('a seeded share did not succeed: the research portal\'s oldest is PARTIAL, its storage copy failed', async () => {
    const [newest, , oldest] = R.researchLive.backups;
    expect((await get(v3('backups', newest!.id), 'umbrella')).json).toMatchObject({ state: 'COMPLETED', success: 'SUCCESS' });
    const partial = (await get(v3('backups', oldest!.id), 'umbrella')).json;
    expect(partial).toMatchObject({ state: 'COMPLETED', success: 'PARTIAL', notes: expect.stringMatching(/^Partial/) });
    const [database, storage] = await Promise.all(oldest!.serviceInstanceBackups.map(async (copy) => (await get(v3('service-instance-backups', copy), 'umbrella')).json));
    expect(database).toMatchObject({ errors: [], taken_at: expect.any(String) });
    expect(storage).toMatchObject({ errors: [expect.any(String)], taken_at: null, size: 0 });
  });
});

describe('every object the simulator serves has a base32 id', () => {
  const HYPHENATED_UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

  /** Every page of a group's list, as the token that sees both organisations. */
  async function everything(group: string): Promise<Json[]> {
    const objects: Json[] = [];
    for (let path: string | null = `${v3(group)}?page_size=100`; path !== null; ) {
      const page = await get(path, 'consultant');
      expect(page.status, group).toBe(200);
      objects.push(...page.json.results);
      path = page.json.next === null ? null : page.json.next.slice(sim.url.length);
    }
    return objects;
  }

  /** The ids a field holds: an id, a list of ids, or an embedded object (its own id); null holds none. */
  function heldIds(field: FieldSpec, value: Json): unknown[] {
    const { type } = field;
    const holdsIds = type === 'DivioId' || (typeof type === 'object' && ('ref' in type || 'refs' in type));
    if (!holdsIds || value === null) return [];
    if (Array.isArray(value)) return value;
    return [typeof value === 'object' ? value.uuid : value];
  }

  it.each(DIVIO_RESOURCES.map((resource) => [resource.group, resource] as const))('%s: every object, and every id it holds', async (group, resource) => {
    const objects = await everything(group);
    expect(objects.length, group).toBeGreaterThan(0);
    for (const object of objects) {
      expect(object.uuid, group).toMatch(BASE32);
      for (const field of resource.fields) {
        for (const id of heldIds(field, object[field.key])) expect(id, `${group}.${field.key}`).toMatch(BASE32);
      }
    }
    // Nor does any other value carry a hyphenated UUID (a membership, a subscription, an id in a URL).
    expect(JSON.stringify(objects)).not.toMatch(HYPHENATED_UUID);
  });

  it('gives created objects base32 ids too: an application and the environments it comes with', async () => {
    const body = { name: 'Base32 Check', slug: 'base32-check', organisation: ACME, region: DIVIO_SEED.regions.eu, plan_group: MISSING };
    const app = (await send('POST', v3('applications'), body)).json;
    expect(app.uuid).toMatch(BASE32);
    const envs = (await list('environments', `&application=${app.uuid}`)).json.results;
    expect(envs.map((env: Json) => env.uuid)).toEqual([expect.stringMatching(BASE32), expect.stringMatching(BASE32)]);
    expect((await get(v3('applications', app.uuid))).json.active_subscription).toMatch(BASE32);
  });
});

describe('catalogs: every valid token sees them', () => {
  it('regions: list, detail and filters', async () => {
    expect((await list('regions', '', 'umbrella')).json.count).toBe(2);
    const eu = await get(v3('regions', DIVIO_SEED.regions.eu), 'umbrella');
    expect(Object.keys(eu.json).sort()).toEqual(describedKeys('regions'));
    expect(eu.json).toMatchObject({ short_name: 'eu', is_default: true, is_public: true });
    expect(ids(await list('regions', '&short_name=us'))).toEqual([DIVIO_SEED.regions.us]);
    expect(names(await list('regions', '&name=Europe (Frankfurt)'))).toEqual(['Europe (Frankfurt)']);
    expect((await list('regions', `&uuid=${DIVIO_SEED.regions.eu}&uuid=${MISSING}`)).json.count).toBe(1);
    expect((await list('regions', `&organisation=${ACME}`)).json.count).toBe(2);
    expect((await list('regions', `&organisation=${UMBRELLA}`)).json.count).toBe(0);
    expect((await list('regions', '&organisation=acme!')).json).toEqual({ organisation: ['“acme!” is not a valid id.'] });
  });

  it('services: type, flags (BooleanWidget), name, identifier, region (either) and website', async () => {
    expect(names(await list('services', '&type=DATABASE'))).toEqual(['PostgreSQL 15', 'MySQL 8.0']);
    expect((await list('services', '&type=NOSQL')).json).toEqual({ type: ['Select a valid choice. NOSQL is not one of the available choices.'] });
    expect((await list('services', '&is_backupable=true')).json.count).toBe(3);
    expect((await list('services', '&is_backupable=False')).json.count).toBe(2);
    expect((await list('services', '&is_backupable=1')).json.count).toBe(3);
    expect((await list('services', '&is_backupable=maybe')).json.count).toBe(5);
    expect(names(await list('services', '&is_self_manageable=0'))).toEqual(['Elasticsearch 8']);
    expect(ids(await list('services', '&name=MySQL 8.0'))).toEqual([R.services.mysql]);
    expect(ids(await list('services', '&identifier=s3-storage'))).toEqual([R.services.s3]);
    expect((await list('services', `&region=${DIVIO_SEED.regions.us}`)).json.count).toBe(3);
    expect((await list('services', `&region=${DIVIO_SEED.regions.us}&region=${DIVIO_SEED.regions.eu}`)).json.count).toBe(5);
    expect((await list('services', `&website=${A.acmeLabs.id}`)).json.count).toBe(3);
    expect((await list('services', `&website=${A.acmeShop.id}`)).json.count).toBe(5);
    expect((await list('services', `&website=${A.umbrellaResearch.id}`)).json.count).toBe(0);
    const postgres = await get(v3('services', R.services.postgres), 'umbrella');
    expect(Object.keys(postgres.json).sort()).toEqual(describedKeys('services'));
  });

  it('backup retention and scheduled configurations', async () => {
    expect(ids(await list('backup-retention-configurations', '', 'umbrella')).sort()).toEqual(Object.values(R.retentionConfigurations).sort());
    const daily = await get(v3('scheduled-backup-configurations', R.scheduledConfigurations.daily), 'umbrella');
    expect(daily.json).toMatchObject({ identifier: 'daily', retention_config: R.retentionConfigurations.week });
    expect((await get(v3('backup-retention-configurations', R.retentionConfigurations.month))).json.name).toBe('30 days');
    expect((await list('scheduled-backup-configurations')).json.count).toBe(2);
  });

  it('pages like DRF', async () => {
    const first = await get(`${v3('services')}?page_size=2`);
    expect(first.json).toMatchObject({ count: 5, previous: null });
    expect(first.json.next).toBe(`${sim.url}${v3('services')}?page=2&page_size=2`);
    const last = await get(`${v3('services')}?page_size=2&page=3`);
    expect(last.json.results).toHaveLength(1);
    expect(last.json.next).toBeNull();
    expect(await get(`${v3('services')}?page_size=2&page=4`)).toMatchObject({ status: 404, json: { detail: 'Invalid page.' } });
  });
});

describe('environment-owned records: visible iff their environment is', () => {
  const [backup] = R.shopLive.backups;
  const [download] = R.shopLive.backupDownloads;
  const [restore] = R.shopLive.backupRestores;
  it.each([
    ['service-instances', R.shopLive.serviceInstances.database, R.researchLive.serviceInstances.storage],
    ['domains', R.shopLive.domains.custom, R.researchLive.domains.primary],
    ['environment-variables', R.shopLive.environmentVariables.ids[0]!, R.researchLive.environmentVariables.ids[1]!],
    ['backups', backup!.id, R.researchLive.backups[1]!.id],
    ['service-instance-backups', backup!.serviceInstanceBackups[0]!, R.researchLive.backups[0]!.serviceInstanceBackups[1]!],
    ['backup-downloads', download!.id, null],
    ['backup-download-service-instances', download!.parts[0]!, null],
    ['backup-restores', restore!.id, null],
    ['service-instance-backup-restores', restore!.parts[0]!, null],
  ])('%s', async (group, acmeId, umbrellaId) => {
    const detail = await get(v3(group, acmeId));
    expect(detail.status).toBe(200);
    expect(Object.keys(detail.json).sort()).toEqual(describedKeys(group));
    expect(await get(v3(group, acmeId), 'umbrella')).toMatchObject({ status: 404, json: NOT_FOUND });
    expect((await get(v3(group, acmeId), 'consultant')).status).toBe(200);
    expect(ids(await list(group))).toContain(acmeId);
    expect(ids(await list(group, '', 'umbrella'))).not.toContain(acmeId);
    if (umbrellaId === null) return;
    expect((await get(v3(group, umbrellaId), 'umbrella')).status).toBe(200);
    expect((await get(v3(group, umbrellaId))).status).toBe(404);
    expect(ids(await list(group, '', 'consultant'))).toEqual(expect.arrayContaining([acmeId, umbrellaId]));
  });

  it('environments name their primary domain', async () => {
    expect((await get(v3('environments', E.shopLive.id))).json.primary_domain).toBe(R.shopLive.domains.primary);
    expect((await get(v3('environments', E.researchLive.id), 'umbrella')).json.primary_domain).toBe(R.researchLive.domains.primary);
    expect((await get(v3('environments', E.shopStage.id))).json.primary_domain).toBeNull();
  });
});

describe('filters of environment-owned groups', () => {
  it('service instances by environment', async () => {
    expect(ids(await list('service-instances', `&environment=${E.shopLive.id}`)).sort()).toEqual(Object.values(R.shopLive.serviceInstances).sort());
    expect((await list('service-instances', `&environment=${E.researchLive.id}`)).json.count).toBe(0);
    expect((await list('service-instances', '&environment=live env')).json).toEqual({ environment: ['“live env” is not a valid id.'] });
    const database = (await get(v3('service-instances', R.shopLive.serviceInstances.database))).json;
    expect(database).toMatchObject({ type: 'DATABASE', prefix: 'DEFAULT', service_status: 'READY', region: DIVIO_SEED.regions.eu, service: R.services.postgres });
  });

  it('domains by environment, application, organisation and name', async () => {
    expect(ids(await list('domains', `&environment=${E.shopLive.id}`))).toEqual([R.shopLive.domains.primary, R.shopLive.domains.custom]);
    expect((await list('domains', `&application=${A.acmeShop.id}`)).json.count).toBe(4);
    expect((await list('domains', `&organisation=${ACME}`)).json.count).toBe(4);
    expect((await list('domains', `&organisation=${UMBRELLA}`, 'consultant')).json.count).toBe(2);
    expect(ids(await list('domains', '&name=shop.acme.example'))).toEqual([R.shopLive.domains.custom]);
    expect((await get(v3('domains', R.shopLive.domains.custom))).json).toMatchObject({ is_primary: false, additional_actions: ['verify-dns'] });
  });

  it('environment variables by environment or application (either), slug, flags, name and uuid; sensitive values never shown', async () => {
    const live = await list('environment-variables', `&environment=${E.shopLive.id}`);
    expect(names(live)).toEqual(['LOG_LEVEL', 'SITE_URL', 'SENTRY_DSN', 'RELEASE_CHANNEL']);
    expect(live.json.results.map((variable: Json) => variable.order)).toEqual([1, 2, 3, 4]);
    expect((await list('environment-variables', `&environment=${E.shopLive.id}&environment=${E.shopTest.id}`)).json.count).toBe(8);
    expect((await list('environment-variables', `&application=${A.acmeShop.id}&application=${A.umbrellaResearch.id}`, 'consultant')).json.count).toBe(12);
    expect((await list('environment-variables', '&environment_slug=test')).json.count).toBe(4);
    const sensitive = await list('environment-variables', '&is_sensitive=true');
    expect(sensitive.json.results.map((variable: Json) => [variable.name, variable.value])).toEqual([['SENTRY_DSN', null], ['SENTRY_DSN', null]]);
    expect((await get(v3('environment-variables', R.shopLive.environmentVariables.sensitive))).json.value).toBeNull();
    expect(names(await list('environment-variables', `&is_read_only=true&environment=${E.shopLive.id}`))).toEqual(['RELEASE_CHANNEL']);
    expect((await list('environment-variables', '&name=LOG_LEVEL')).json.count).toBe(2);
    const [first, second] = R.shopTest.environmentVariables.ids;
    expect(ids(await list('environment-variables', `&uuid=${first}&uuid=${second}`))).toEqual([first, second]);
  });

  it('backups by environment, newest first, paged', async () => {
    const backups = await list('backups', `&environment=${E.shopLive.id}`);
    expect(ids(backups)).toEqual(R.shopLive.backups.map((backup) => backup.id));
    const created = backups.json.results.map((backup: Json) => Date.parse(backup.created));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(backups.json.results[0]).toMatchObject({ state: 'COMPLETED', success: 'SUCCESS', trigger: 'MANUAL' });
    const second = await get(`${v3('backups')}?environment=${E.shopLive.id}&page_size=1&page=2`);
    expect(ids(second)).toEqual([R.shopLive.backups[1]!.id]);
    expect((await list('backups', `&environment=${E.shopLive.id}`, 'umbrella')).json.count).toBe(0);
  });

  it('service instance backups by uuid (either), with the copy facts', async () => {
    const copies = R.shopLive.backups[0]!.serviceInstanceBackups;
    const listed = await list('service-instance-backups', `&uuid=${copies[0]}&uuid=${copies[1]}`);
    expect(ids(listed).sort()).toEqual([...copies].sort());
    const database = (await get(v3('service-instance-backups', copies[0]!))).json;
    expect(database).toMatchObject({ backup: R.shopLive.backups[0]!.id, service_type: 'DATABASE', service_prefix: 'DEFAULT', service: R.services.postgres });
    expect(database.size).toBeGreaterThan(0);
  });

  it('restores by environment and their parts by uuid; download parts by download and by copy', async () => {
    const [restore] = R.shopLive.backupRestores;
    expect(ids(await list('backup-restores', `&environment=${E.shopLive.id}`))).toEqual([restore!.id]);
    expect((await list('backup-restores', `&environment=${E.shopTest.id}`)).json.count).toBe(0);
    expect(ids(await list('service-instance-backup-restores', `&uuid=${restore!.parts[0]}`))).toEqual(restore!.parts);
    const [download] = R.shopLive.backupDownloads;
    expect(ids(await list('backup-download-service-instances', `&backup_download=${download!.id}`))).toEqual(download!.parts);
    const copy = R.shopLive.backups[0]!.serviceInstanceBackups[0]!;
    expect(ids(await list('backup-download-service-instances', `&service_instance_backup=${copy}`))).toEqual(download!.parts);
    expect((await list('backup-download-service-instances', `&backup_download=${MISSING}`)).json.count).toBe(0);
  });
});
