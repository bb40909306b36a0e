/**
 * The Divio API simulator over real HTTP on loopback: DRF conventions (auth, errors, pagination,
 * filters), organisation scoping, every endpoint with its validation, the deployment state
 * machine on timers, rate limiting and the request log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../src/simulator/divio/index.js';
import { BASE32 } from './support/divio-http.js';

// Response bodies are checked field by field; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type TokenId = 'acme-ops' | 'acme-ci' | 'umbrella' | 'consultant';

const STEP_MS = 40;
const ACME = DIVIO_SEED.organisations.acme.id;
const UMBRELLA = DIVIO_SEED.organisations.umbrella.id;
const A = DIVIO_SEED.applications;
const E = DIVIO_SEED.environments;
/** A hyphenated UUID of nothing: the API takes ids in that form too. */
const UNKNOWN = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
const NOT_FOUND = { detail: 'Not found.' };
const INVALID_PAGE = { detail: 'Invalid page.' };
const REQUIRED = ['This field is required.'];
const APPS = '/apps/v3/applications/';
const ENVS = '/apps/v3/environments/';
const DEPLOYS = '/apps/v3/deployments/';

const secret = (id: TokenId): string => DIVIO_SEED.tokens.find((token) => token.id === id)?.token ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reply {
  status: number;
  headers: Headers;
  json: Json;
}

async function call(
  target: DivioSimulator,
  method: string,
  path: string,
  options: { as?: TokenId | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  const as = options.as === undefined ? 'acme-ops' : options.as;
  if (as !== null) headers.authorization = `Token ${secret(as)}`;
  const body = options.body === undefined ? options.raw : JSON.stringify(options.body);
  if (body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${target.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text === '' ? undefined : JSON.parse(text) };
}

let sim: DivioSimulator;
const get = (path: string, as?: TokenId) => call(sim, 'GET', path, { as });
const send = (method: string, path: string, body: unknown, as?: TokenId) => call(sim, method, path, { as, body });
const names = (reply: Reply): string[] => reply.json.results.map((item: Json) => item.name);

async function waitFor(path: string, done: (json: Json) => boolean, seen: Json[] = []): Promise<Json> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const reply = await get(path);
    seen.push(reply.json);
    if (done(reply.json)) return reply.json;
    if (Date.now() > deadline) throw new Error(`${path} never settled: ${JSON.stringify(reply.json)}`);
    await sleep(STEP_MS / 4);
  }
}

beforeAll(async () => {
  sim = await startDivioSimulator({ deploymentStepMs: STEP_MS });
});
afterAll(async () => {
  await sim.close();
});

describe('seed', () => {
  it('exports fixed ids, tokens and counts', () => {
    expect(DIVIO_SEED.tokens.map((token) => token.id)).toEqual(['acme-ops', 'acme-ci', 'umbrella', 'consultant']);
    expect(DIVIO_SEED.tokens.find((token) => token.id === 'consultant')?.organisations).toEqual([ACME, UMBRELLA]);
    for (const token of DIVIO_SEED.tokens) expect(token.token).toMatch(/^[0-9a-f]{40}$/);
    expect(DIVIO_SEED.counts.applicationsByOrganisation).toEqual({ [ACME]: 36, [UMBRELLA]: 4 });
    expect(A.acmeShop).toEqual({ id: A.acmeShop.id, slug: 'acme-shop', name: 'Acme Shop', organisation: ACME, environmentCount: 130 });
    expect(E.shopLive).toMatchObject({ slug: 'live', application: A.acmeShop.id, deploymentCount: 40 });
    expect(E.labsExperiment.branch).toBe('fail-fast');
    const ids = [...Object.values(A), ...Object.values(E)].map((item) => item.id);
    const memberships = DIVIO_SEED.tokens.flatMap((token) => Object.values(token.memberships));
    for (const id of [...ids, ACME, UMBRELLA, DIVIO_SEED.runningDeployment.id, ...Object.values(DIVIO_SEED.regions), ...memberships]) expect(id).toMatch(BASE32);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows each token the objects of its organisations only; the consultant sees both', async () => {
    expect((await get(APPS)).json.count).toBe(36);
    expect((await get(APPS, 'acme-ci')).json.count).toBe(36);
    expect(names(await get(APPS, 'umbrella'))).toEqual(['Hive Monitor', 'Raccoon City Intranet', 'Research Portal', 'Umbrella Store']);
    expect((await get(APPS, 'consultant')).json.count).toBe(40);
    const umbrellaEnvs = await get(`${ENVS}?page_size=100`, 'umbrella');
    expect(umbrellaEnvs.json.count).toBe(DIVIO_SEED.counts.environmentsByOrganisation[UMBRELLA]);
    expect(umbrellaEnvs.json.results.every((env: Json) => env.application !== A.acmeShop.id)).toBe(true);
    const deployments = await get(DEPLOYS, 'umbrella');
    expect(deployments.json.count).toBe(DIVIO_SEED.counts.deploymentsByOrganisation[UMBRELLA]);
  });
});

describe('auth, scoping and routing', () => {
  it('401 without credentials, with a malformed header and with an unknown token', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{}, 'Authentication credentials were not provided.'],
      [{ authorization: `Bearer ${secret('acme-ops')}` }, 'Authentication credentials were not provided.'],
      [{ authorization: 'Token' }, 'Invalid token header. No credentials provided.'],
      [{ authorization: 'Token a b' }, 'Invalid token header. Token string should not contain spaces.'],
      [{ authorization: `Token ${'0'.repeat(40)}` }, 'Invalid token.'],
    ];
    for (const [headers, detail] of cases) {
      const reply = await call(sim, 'GET', APPS, { as: null, headers });
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ detail });
      expect(reply.headers.get('www-authenticate')).toBe('Token');
    }
  });

  it("answers 404 for another organisation's objects on every method and action", async () => {
    const app = `${APPS}${A.acmeShop.id}/`;
    const env = `${ENVS}${E.shopStage.id}/`;
    const deployment = (await get(`${DEPLOYS}?environment=${E.shopLive.id}`)).json.results[0].uuid;
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', app], ['PUT', app, { name: 'x' }], ['PATCH', app, { name: 'x' }],
      ['POST', `${app}archive/`, { verify_name: 'Acme Shop' }],
      ['GET', env], ['PUT', env, { branch: 'x' }], ['PATCH', env, {}], ['DELETE', env],
      ['POST', `${env}copy/`, { new_slug: 'stolen' }], ['POST', `${env}stop/`], ['GET', `${env}logs/`],
      ['GET', `${DEPLOYS}${deployment}/`], ['PATCH', `${DEPLOYS}${deployment}/`, { status: 'x' }],
      ['GET', `${DEPLOYS}${deployment}/logs/`], ['GET', `${DEPLOYS}${deployment}/environment-variables/`],
    ];
    for (const [method, path, body] of attempts) {
      const reply = await send(method, path, body, 'umbrella');
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(reply.json).toEqual(NOT_FOUND);
    }
    expect((await get(app, 'consultant')).json.name).toBe('Acme Shop');
    expect((await get(`${APPS}${A.umbrellaResearch.id}/`, 'consultant')).json.name).toBe('Research Portal');
    expect((await get(`${APPS}${UNKNOWN}/`)).status).toBe(404);
  });

  it("rejects creating objects under another organisation's parents with field errors", async () => {
    const app = await send('POST', APPS, { name: 'X', slug: 'x', organisation: ACME, region: UNKNOWN, plan_group: UNKNOWN }, 'umbrella');
    expect(app.status).toBe(400);
    expect(app.json).toEqual({ organisation: [`Invalid pk "${ACME}" - object does not exist.`] });
    const env = await send('POST', ENVS, { application: A.acmeShop.id, slug: 'x', branch: 'main' }, 'umbrella');
    expect(env.json).toEqual({ application: [`Invalid pk "${A.acmeShop.id}" - object does not exist.`] });
    const deployment = await send('POST', DEPLOYS, { environment: E.shopLive.id }, 'umbrella');
    expect(deployment.json).toEqual({ environment: [`Invalid pk "${E.shopLive.id}" - object does not exist.`] });
  });

  it('requires the trailing slash, 404s unknown paths and segments that cannot be ids, 405s wrong methods', async () => {
    expect((await get('/apps/v3/applications')).status).toBe(404);
    expect((await get(`${APPS}${A.acmeShop.id}`)).json).toEqual(NOT_FOUND);
    expect((await get('/apps/v3/nothing/')).json).toEqual(NOT_FOUND);
    expect((await get(`${APPS}acme-shop/`)).status).toBe(404);
    expect((await call(sim, 'GET', '/apps/v3/nothing/', { as: null })).status).toBe(404);
    const wrong = await call(sim, 'DELETE', `${APPS}${A.acmeShop.id}/`);
    expect(wrong.status).toBe(405);
    expect(wrong.json).toEqual({ detail: 'Method "DELETE" not allowed.' });
    expect(wrong.headers.get('allow')).toBe('GET, PUT, PATCH');
  });

  it('400 for malformed JSON and non-object bodies, 415 for other media types', async () => {
    const malformed = await call(sim, 'PATCH', `${APPS}${A.acmeLabs.id}/`, { raw: '{"name": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.detail).toMatch(/^JSON parse error - /);
    const list = await send('PATCH', `${APPS}${A.acmeLabs.id}/`, ['name']);
    expect(list.json).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
    const text = await call(sim, 'PATCH', `${APPS}${A.acmeLabs.id}/`, { raw: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.json).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });
});

describe('pagination', () => {
  it('pages the 36 Acme applications by 20 with absolute next/previous links', async () => {
    const first = await get(APPS);
    expect(first.json.count).toBe(36);
    expect(first.json.results).toHaveLength(20);
    expect(first.json.next).toBe(`${sim.url}${APPS}?page=2`);
    expect(first.json.previous).toBeNull();
    expect(names(first).slice(0, 3)).toEqual(['Acme API Gateway', 'Acme Analytics', 'Acme Billing']);
    const second = await get(`${APPS}?page=2`);
    expect(second.json.results).toHaveLength(16);
    expect(second.json.next).toBeNull();
    expect(second.json.previous).toBe(`${sim.url}${APPS}`);
    expect(new Set([...names(first), ...names(second)]).size).toBe(36);
    expect((await get(`${APPS}?page=last`)).json.results).toEqual(second.json.results);
  });

  it('keeps the other parameters in the links, sorted, and drops page=1 from previous', async () => {
    const reply = await get(`${APPS}?page_size=5&name_search=acme&page=2`);
    expect(reply.json.next).toBe(`${sim.url}${APPS}?name_search=acme&page=3&page_size=5`);
    expect(reply.json.previous).toBe(`${sim.url}${APPS}?name_search=acme&page_size=5`);
    const third = await get(`${APPS}?page_size=5&name_search=acme&page=3`);
    expect(third.json.previous).toBe(`${sim.url}${APPS}?name_search=acme&page=2&page_size=5`);
  });

  it('404 "Invalid page." past the end, below 1 and for non-integers; an empty first page is fine', async () => {
    for (const page of ['3', '0', '-1', 'abc', '1.5']) {
      const reply = await get(`${APPS}?page=${page}`);
      expect(reply.status, page).toBe(404);
      expect(reply.json).toEqual(INVALID_PAGE);
    }
    const empty = await get(`${APPS}?name_search=zzzz`);
    expect(empty.json).toEqual({ count: 0, next: null, previous: null, results: [] });
    expect((await get(`${APPS}?name_search=zzzz&page=2`)).json).toEqual(INVALID_PAGE);
  });

  it('clamps page_size to 100 and ignores invalid ones; acme-shop environments span 2 pages', async () => {
    const shop = `${ENVS}?application=${A.acmeShop.id}`;
    const first = await get(`${shop}&page_size=500`);
    expect(first.json.count).toBe(130);
    expect(first.json.results).toHaveLength(100);
    expect(first.json.next).toBe(`${sim.url}${ENVS}?application=${A.acmeShop.id}&page=2&page_size=500`);
    const second = await get(`${shop}&page_size=100&page=2`);
    expect(second.json.results).toHaveLength(30);
    expect(second.json.next).toBeNull();
    const slugs = [...first.json.results, ...second.json.results].map((env: Json) => env.slug);
    expect(new Set(slugs).size).toBe(130);
    expect(slugs.slice(0, 4)).toEqual(['live', 'stage', 'test', 'feature-1']);
    expect(slugs.at(-1)).toBe('feature-127');
    for (const size of ['abc', '0', '-3']) expect((await get(`${shop}&page_size=${size}`)).json.results).toHaveLength(20);
    expect((await get(`${shop}&page_size=7`)).json.results).toHaveLength(7);
  });

  it('honours maxPageSize and defaultPageSize options', async () => {
    const small = await startDivioSimulator({ maxPageSize: 10, defaultPageSize: 4 });
    try {
      expect((await call(small, 'GET', APPS)).json.results).toHaveLength(4);
      const clamped = await call(small, 'GET', `${APPS}?page_size=50`);
      expect(clamped.json.results).toHaveLength(10);
      expect(clamped.json.next).toBe(`${small.url}${APPS}?page=2&page_size=50`);
    } finally {
      await small.close();
    }
  });
});

describe('application filters and ordering', () => {
  it('uuid is repeatable (any of them) and validated', async () => {
    const both = await get(`${APPS}?uuid=${A.acmeWebsite.id}&uuid=${A.acmeShop.id}&uuid=${A.umbrellaResearch.id}`);
    expect(names(both)).toEqual(['Acme Shop', 'Acme Website']);
    const invalid = await get(`${APPS}?uuid=${A.acmeShop.id}&uuid=not-a-uuid`);
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({ uuid: ['“not-a-uuid” is not a valid id.'] });
  });

  it('name_search (case-insensitive substring), slug (exact) and organisation', async () => {
    expect(names(await get(`${APPS}?name_search=PORTAL`))).toEqual(['Acme Customer Portal', 'Acme Partner Portal']);
    expect(names(await get(`${APPS}?name_search=portal`, 'consultant'))).toEqual([
      'Acme Customer Portal', 'Acme Partner Portal', 'Research Portal',
    ]);
    expect(names(await get(`${APPS}?slug=acme-shop`))).toEqual(['Acme Shop']);
    expect((await get(`${APPS}?slug=acme`)).json.count).toBe(0);
    expect((await get(`${APPS}?organisation=${UMBRELLA}`, 'consultant')).json.count).toBe(4);
    expect((await get(`${APPS}?organisation=${UMBRELLA}`)).json.count).toBe(0);
    expect((await get(`${APPS}?organisation=acme`)).json).toEqual({ organisation: ['“acme” is not a valid id.'] });
  });

  it('orders by o (name, -name, created_at, -created_at) and rejects other fields', async () => {
    expect(names(await get(`${APPS}?o=-name&page_size=2`))).toEqual(['Acme Wiki', 'Acme Website']);
    expect(names(await get(`${APPS}?o=created_at&page_size=3`))).toEqual(['Acme Shop', 'Acme Website', 'Acme Labs']);
    expect(names(await get(`${APPS}?o=-created_at&page_size=1`, 'consultant'))).toEqual(['Umbrella Store']);
    const created = (await get(`${APPS}?o=created_at&page_size=100`)).json.results.map((app: Json) => app.created_at);
    expect(created).toEqual([...created].sort());
    const bad = await get(`${APPS}?o=slug`);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ o: ['Select a valid choice. slug is not one of the available choices.'] });
  });
});

describe('environments: shapes, filters, computed deployments', () => {
  const KEYS = [
    'uuid', 'application', 'slug', 'branch', 'is_production_grade', 'pending_commits_lookup', 'has_pending_commits',
    'alternative_dockerfile', 'deployed_url', 'last_finished_deployment', 'currently_running_deployment',
    'currently_released_deployment', 'app_name', 'primary_domain', 'divio_domain', 'application_config', 'ssh_endpoint',
    'ondemand_backup_retention_config', 'scheduled_backup_config', 'next_scheduled_backup_occurence',
    'pending_commit_count', 'has_pending_changes', 'pending_changes', 'running_tasks', 'built_in_environment_variables',
    'created_at',
  ];

  it('carries application as a uuid string in lists and as an object in the detail view', async () => {
    const listed = (await get(`${ENVS}?application=${A.acmeShop.id}&slug=stage`)).json.results;
    expect(listed).toHaveLength(1);
    expect(listed[0].application).toBe(A.acmeShop.id);
    expect(Object.keys(listed[0]).sort()).toEqual([...KEYS].sort());
    const detail = (await get(`${ENVS}${E.shopStage.id}/`)).json;
    expect(detail.application).toEqual({ uuid: A.acmeShop.id, slug: 'acme-shop', name: 'Acme Shop', organisation: ACME });
    expect(Object.keys(detail).sort()).toEqual([...KEYS].sort());
    expect(detail).toMatchObject({
      slug: 'stage', branch: 'develop', is_production_grade: false, has_pending_commits: true, pending_commit_count: 3,
      app_name: 'acme-shop-stage', divio_domain: 'acme-shop-stage.eu.aldryn.io', deployed_url: 'https://acme-shop-stage.eu.aldryn.io/',
    });
    const { application: _listedApp, ...listedRest } = listed[0];
    const { application: _detailApp, ...detailRest } = detail;
    expect(listedRest).toEqual(detailRest);
  });

  it('filters by application, organisation and slug', async () => {
    expect((await get(`${ENVS}?slug=live`)).json.count).toBe(36);
    expect((await get(`${ENVS}?slug=live`, 'consultant')).json.count).toBe(40);
    const website = await get(`${ENVS}?application=${A.acmeWebsite.id}`);
    expect(website.json.results.map((env: Json) => env.slug)).toEqual(['live', 'stage', 'test']);
    const umbrella = await get(`${ENVS}?organisation=${UMBRELLA}&page_size=100`, 'consultant');
    expect(umbrella.json.count).toBe(DIVIO_SEED.counts.environmentsByOrganisation[UMBRELLA]);
    expect((await get(`${ENVS}?organisation=${UMBRELLA}`)).json.count).toBe(0);
    expect((await get(`${ENVS}?application=x&organisation=y`)).json).toEqual({
      application: ['“x” is not a valid id.'], organisation: ['“y” is not a valid id.'],
    });
  });

  it('computes last finished, currently running and currently released deployments', async () => {
    const stage = (await get(`${ENVS}${E.websiteStage.id}/`)).json;
    expect(stage.currently_running_deployment).toBeNull();
    expect(stage.last_finished_deployment).toMatchObject({ status: 'done', success: false, percent: 75, is_usable: false });
    expect(stage.currently_released_deployment).toMatchObject({ status: 'done', success: true, percent: 100 });
    expect(Date.parse(stage.currently_released_deployment.started_at)).toBeLessThan(Date.parse(stage.last_finished_deployment.started_at));
    // Not a status: what is not deployed yet, from the released commit to the branch.
    expect(stage.pending_commits_lookup).toBe(`${stage.currently_released_deployment.git_commit.slice(0, 12)}..${stage.branch}`);
    expect(stage.pending_commits_lookup).toMatch(/^[0-9a-f]{12}\.\.\S+$/);
    // Every id the simulator issues is base32, seeded ones included.
    for (const id of [stage.uuid, stage.application.uuid, stage.application.organisation, stage.last_finished_deployment.uuid, stage.currently_released_deployment.uuid]) {
      expect(id).toMatch(BASE32);
    }
    const history = (await get(`${DEPLOYS}?environment=${E.websiteStage.id}`)).json.results;
    expect(stage.last_finished_deployment).toEqual(history[0]);
    expect(stage.currently_released_deployment).toEqual(history[1]);
    const empty = (await get(`${ENVS}${E.websiteTest.id}/`)).json;
    expect(empty).toMatchObject({
      last_finished_deployment: null, currently_running_deployment: null, currently_released_deployment: null, deployed_url: null,
      pending_commits_lookup: null,
    });
    const experiment = (await get(`${ENVS}${E.labsExperiment.id}/`)).json;
    expect(experiment.currently_released_deployment).toBeNull();
    expect(experiment.last_finished_deployment.success).toBe(false);
  });
});

describe('deployments: list', () => {
  it('lists newest first and filters by environment and is_success', async () => {
    const all = (await get(`${DEPLOYS}?environment=${E.shopLive.id}&page_size=100`)).json;
    expect(all.count).toBe(40);
    const starts = all.results.map((deployment: Json) => Date.parse(deployment.started_at));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(new Set(starts).size).toBe(40);
    const failed = await get(`${DEPLOYS}?environment=${E.shopLive.id}&is_success=false`);
    expect(failed.json.count).toBe(3);
    expect(failed.json.results.every((deployment: Json) => deployment.status === 'done' && deployment.success === false)).toBe(true);
    for (const value of ['true', 'True', '1']) {
      expect((await get(`${DEPLOYS}?environment=${E.shopLive.id}&is_success=${value}`)).json.count).toBe(37);
    }
    for (const value of ['False', '0']) expect((await get(`${DEPLOYS}?environment=${E.shopLive.id}&is_success=${value}`)).json.count).toBe(3);
  });

  it('filters by application and organisation, and validates id filters', async () => {
    // live 40 + stage 8 + test 3 + feature-N with N % 3 deployments for N = 1..127.
    const features = Array.from({ length: 127 }, (_, index) => (index + 1) % 3).reduce((sum, n) => sum + n, 0);
    expect((await get(`${DEPLOYS}?application=${A.acmeShop.id}`)).json.count).toBe(51 + features);
    const umbrella = await get(`${DEPLOYS}?organisation=${UMBRELLA}`, 'consultant');
    expect(umbrella.json.count).toBe(DIVIO_SEED.counts.deploymentsByOrganisation[UMBRELLA]);
    expect((await get(`${DEPLOYS}?organisation=${UMBRELLA}`)).json.count).toBe(0);
    expect((await get(`${DEPLOYS}?environment=nope`)).json).toEqual({ environment: ['“nope” is not a valid id.'] });
  });

  it('serves a deployment, its environment variables and its logs', async () => {
    const newest = (await get(`${DEPLOYS}?environment=${E.shopLive.id}&page_size=1`)).json.results[0];
    const one = (await get(`${DEPLOYS}${newest.uuid}/`)).json;
    expect(one).toEqual(newest);
    expect(one).toMatchObject({ environment: E.shopLive.id, status: 'done', success: true, is_usable: true, percent: 100 });
    expect(one.duration).toBe((Date.parse(one.ended_at) - Date.parse(one.started_at)) / 1000);
    expect(one.environment_variables).toEqual(['DEFAULT_DATABASE_DSN', 'DEFAULT_STORAGE_DSN', 'GIT_BRANCH', 'SECRET_KEY', 'STAGE']);
    const variables = (await get(`${DEPLOYS}${newest.uuid}/environment-variables/`)).json;
    expect(variables.environment_variables).toMatchObject({ STAGE: 'live', GIT_BRANCH: 'main' });
    expect('percent' in variables).toBe(false);
    const logs = (await get(`${DEPLOYS}${newest.uuid}/logs/`)).json;
    expect(logs.uuid).toBe(newest.uuid);
    expect(logs.logs).toContain('[100%] Starting containers');
    expect(logs.logs.trim().split('\n').at(-1)).toBe(`Deployment succeeded in ${one.duration}s`);
  });
});

describe('applications: create, update, archive', () => {
  const valid = { name: 'Zeta Launch', slug: 'zeta-launch', organisation: ACME, region: DIVIO_SEED.regions.eu, plan_group: UNKNOWN };

  it('creates with the create shape (201), defaults branch to main and adds test and live environments', async () => {
    const reply = await send('POST', APPS, valid);
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({
      uuid: expect.stringMatching(BASE32), name: 'Zeta Launch', region: DIVIO_SEED.regions.eu, app_template: null,
      organisation: ACME, repository: null, branch: 'main', repository_prepopulated: false, release_commands: [], tags: [],
      disk: 0, transfer: 0,
    });
    const detail = (await get(`${APPS}${reply.json.uuid}/`)).json;
    expect(detail).toMatchObject({ uuid: reply.json.uuid, slug: 'zeta-launch', name: 'Zeta Launch', organisation: ACME, copy_type: null });
    expect(Math.abs(Date.parse(detail.created_at) - Date.now())).toBeLessThan(5000);
    const envs = (await get(`${ENVS}?application=${reply.json.uuid}`)).json.results;
    expect(envs.map((env: Json) => [env.slug, env.branch, env.is_production_grade])).toEqual([
      ['test', 'main', false], ['live', 'main', true],
    ]);
  });

  it('reports every invalid field at once', async () => {
    const empty = await send('POST', APPS, {});
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({ name: REQUIRED, slug: REQUIRED, organisation: REQUIRED, region: REQUIRED, plan_group: REQUIRED });
    const bad = await send('POST', APPS, {
      name: 'n'.repeat(256), slug: 'bad slug!', organisation: 'acme', region: 'eu', plan_group: null,
      tags: Array.from({ length: 51 }, () => ({})), repository_prepopulated: 'perhaps', disk: 1.5, app_template: 'nope',
    });
    expect(bad.json).toEqual({
      name: ['Ensure this field has no more than 255 characters.'],
      slug: ['Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.'],
      organisation: ['“acme” is not a valid id.'],
      region: ['“eu” is not a valid id.'],
      plan_group: ['This field may not be null.'],
      tags: ['Ensure this field has no more than 50 elements.'],
      repository_prepopulated: ['Must be a valid boolean.'],
      disk: ['A valid integer is required.'],
      app_template: ['Enter a valid URL.'],
    });
    const taken = await send('POST', APPS, { ...valid, slug: 'acme-shop' });
    expect(taken.json).toEqual({ slug: ['An application with this slug already exists in this organisation.'] });
    // Slugs are unique per organisation only.
    const elsewhere = await send('POST', APPS, { ...valid, slug: 'acme-shop', organisation: UMBRELLA }, 'umbrella');
    expect(elsewhere.status).toBe(201);
  });

  it('PUT needs name; PATCH checks the seed ranges and changes only given fields', async () => {
    const url = `${APPS}${A.acmeLabs.id}/`;
    expect((await send('PUT', url, { port: 8000 })).json).toEqual({ name: REQUIRED });
    const before = (await get(url)).json;
    const bad = await send('PATCH', url, {
      name: '', maintenance_window_start: -1, maintenance_window_duration: 2_147_483_648, port: 2_147_483_648,
      startup_probe_max_retries: 0, startup_probe_request_timeout: 61, startup_probe_retry_timeout: 601,
      tags: Array.from({ length: 51 }, () => ({ name: 't' })),
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      name: ['This field may not be blank.'],
      maintenance_window_start: ['Ensure this value is greater than or equal to 0.'],
      maintenance_window_duration: ['Ensure this value is less than or equal to 2147483647.'],
      port: ['Ensure this value is less than or equal to 2147483647.'],
      startup_probe_max_retries: ['Ensure this value is greater than or equal to 1.'],
      startup_probe_request_timeout: ['Ensure this value is less than or equal to 60.'],
      startup_probe_retry_timeout: ['Ensure this value is less than or equal to 600.'],
      tags: ['Ensure this field has no more than 50 elements.'],
    });
    expect((await get(url)).json).toEqual(before);
    const patched = await send('PATCH', url, { port: null, startup_probe_request_timeout: 60, tags: [{ name: 'beta' }] });
    expect(patched.status).toBe(200);
    expect(patched.json).toEqual({
      uuid: A.acmeLabs.id, name: 'Acme Labs', maintenance_window_start: before.maintenance_window_start,
      maintenance_window_duration: before.maintenance_window_duration, release_commands: [], port: null,
      startup_probe_max_retries: before.startup_probe_max_retries, startup_probe_request_timeout: 60,
      startup_probe_retry_timeout: before.startup_probe_retry_timeout, tags: [{ name: 'beta' }],
    });
    const put = await send('PUT', url, { name: 'Acme Labs', startup_probe_max_retries: '1000' });
    expect(put.json).toMatchObject({ name: 'Acme Labs', port: null, startup_probe_max_retries: 1000 });
    expect((await get(url)).json).toMatchObject({ port: null, startup_probe_request_timeout: 60, startup_probe_max_retries: 1000 });
  });

  it('archives only with the right verify_name; the application and its children disappear', async () => {
    const app = (await send('POST', APPS, { ...valid, name: 'Zeta Doomed', slug: 'zeta-doomed' })).json.uuid;
    const env = (await get(`${ENVS}?application=${app}&slug=test`)).json.results[0].uuid;
    await send('POST', DEPLOYS, { environment: env });
    expect((await send('POST', `${APPS}${app}/archive/`, {})).json).toEqual({ verify_name: REQUIRED });
    const wrong = await send('POST', `${APPS}${app}/archive/`, { verify_name: 'Zeta' });
    expect(wrong.json).toEqual({ verify_name: ['The name does not match the name of the application.'] });
    const archived = await send('POST', `${APPS}${app}/archive/`, { verify_name: 'Zeta Doomed', delete_immediately: true });
    expect(archived.status).toBe(200);
    expect(archived.json).toEqual({ status: true, message: expect.stringContaining('Zeta Doomed'), code: 'archived' });
    expect((await get(`${APPS}${app}/`)).json).toEqual(NOT_FOUND);
    expect((await get(`${APPS}?uuid=${app}`)).json.count).toBe(0);
    expect((await get(`${ENVS}${env}/`)).status).toBe(404);
    expect((await get(`${DEPLOYS}?environment=${env}`)).json.count).toBe(0);
    // The slug is free again once the application is archived.
    expect((await send('POST', APPS, { ...valid, name: 'Zeta Reborn', slug: 'zeta-doomed' })).status).toBe(201);
  });

  it('applies repeated o fields in order', async () => {
    const ids: string[] = [];
    for (const slug of ['twin-a', 'twin-b']) {
      ids.push((await send('POST', APPS, { ...valid, name: 'Zeta Twin', slug })).json.uuid);
      await sleep(5);
    }
    const newerFirst = (await get(`${APPS}?name_search=zeta twin&o=name&o=-created_at`)).json.results.map((app: Json) => app.uuid);
    expect(newerFirst).toEqual([ids[1], ids[0]]);
    const olderFirst = (await get(`${APPS}?name_search=zeta twin&o=name,created_at`)).json.results.map((app: Json) => app.uuid);
    expect(olderFirst).toEqual(ids);
  });
});

describe('environments: create, update, delete, copy, stop', () => {
  it('creates with the short shape (201) and validates fields and slug uniqueness', async () => {
    const reply = await send('POST', ENVS, { application: A.acmeWebsite.id, slug: 'Preview_1', branch: 'feature/x' });
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({
      uuid: expect.stringMatching(BASE32), application: A.acmeWebsite.id, slug: 'Preview_1', branch: 'feature/x', alternative_dockerfile: null,
    });
    expect((await send('POST', ENVS, {})).json).toEqual({ application: REQUIRED, slug: REQUIRED, branch: REQUIRED });
    const bad = await send('POST', ENVS, {
      application: UNKNOWN, slug: 'no spaces', branch: '', alternative_dockerfile: 'd'.repeat(256),
    });
    expect(bad.json).toEqual({
      application: [`Invalid pk "${UNKNOWN}" - object does not exist.`],
      slug: ['Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.'],
      branch: ['This field may not be blank.'],
      alternative_dockerfile: ['Ensure this field has no more than 255 characters.'],
    });
    const taken = await send('POST', ENVS, { application: A.acmeWebsite.id, slug: 'stage', branch: 'x' });
    expect(taken.json).toEqual({ slug: ['An environment with this slug already exists for this application.'] });
  });

  it('PUT needs branch; PATCH changes the given fields; both answer the short shape', async () => {
    const env = (await send('POST', ENVS, { application: A.acmeWebsite.id, slug: 'review', branch: 'review' })).json.uuid;
    expect((await send('PUT', `${ENVS}${env}/`, { alternative_dockerfile: 'x' })).json).toEqual({ branch: REQUIRED });
    const put = await send('PUT', `${ENVS}${env}/`, { branch: 'release', alternative_dockerfile: 'docker/Dockerfile.review' });
    expect(put.json).toEqual({ uuid: env, branch: 'release', alternative_dockerfile: 'docker/Dockerfile.review' });
    const patch = await send('PATCH', `${ENVS}${env}/`, { alternative_dockerfile: null });
    expect(patch.json).toEqual({ uuid: env, branch: 'release', alternative_dockerfile: null });
    expect((await get(`${ENVS}${env}/`)).json).toMatchObject({ branch: 'release', alternative_dockerfile: null });
  });

  it('deletes (204) all but production-grade environments', async () => {
    const env = (await send('POST', ENVS, { application: A.acmeWebsite.id, slug: 'temp', branch: 'temp' })).json.uuid;
    const deleted = await call(sim, 'DELETE', `${ENVS}${env}/`);
    expect(deleted.status).toBe(204);
    expect(deleted.json).toBeUndefined();
    expect((await get(`${ENVS}${env}/`)).json).toEqual(NOT_FOUND);
    const refused = await call(sim, 'DELETE', `${ENVS}${E.websiteLive.id}/`);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ non_field_errors: ['A production-grade environment cannot be deleted.'] });
  });

  it('copies into a new environment (201, full shape) after checking new_slug', async () => {
    const url = `${ENVS}${E.shopStage.id}/copy/`;
    expect((await send('POST', url, {})).json).toEqual({ new_slug: REQUIRED });
    expect((await send('POST', url, { new_slug: 'Bad_Slug' })).json).toEqual({ new_slug: ['This value does not match the required pattern.'] });
    expect((await send('POST', url, { new_slug: 'trailing-' })).json).toEqual({ new_slug: ['This value does not match the required pattern.'] });
    expect((await send('POST', url, { new_slug: 'test' })).json).toEqual({
      new_slug: ['An environment with this slug already exists for this application.'],
    });
    const copy = await send('POST', url, { new_slug: 'stage-copy' });
    expect(copy.status).toBe(201);
    expect(copy.json).toMatchObject({
      uuid: expect.stringMatching(BASE32), slug: 'stage-copy', branch: 'develop', is_production_grade: false,
      application: { uuid: A.acmeShop.id, slug: 'acme-shop', name: 'Acme Shop', organisation: ACME },
      last_finished_deployment: null, currently_running_deployment: null, currently_released_deployment: null,
      deployed_url: null, app_name: 'acme-shop-stage-copy',
    });
    expect(copy.json.uuid).not.toBe(E.shopStage.id);
    expect((await get(`${ENVS}?application=${A.acmeShop.id}&slug=stage-copy`)).json.results[0].uuid).toBe(copy.json.uuid);
  });

  it('stop (202 {}) takes the site down until the next successful deployment', async () => {
    const url = `${ENVS}${E.labsLive.id}/`;
    expect((await get(url)).json.deployed_url).toBe('https://acme-labs.us.aldryn.io/');
    const stopped = await call(sim, 'POST', `${url}stop/`);
    expect(stopped.status).toBe(202);
    expect(stopped.json).toEqual({});
    expect((await get(url)).json.deployed_url).toBeNull();
    const deployment = (await send('POST', DEPLOYS, { environment: E.labsLive.id })).json.uuid;
    await waitFor(`${DEPLOYS}${deployment}/`, (json) => json.success === true);
    expect((await get(url)).json.deployed_url).toBe('https://acme-labs.us.aldryn.io/');
  });
});

describe('environment logs', () => {
  const MINUTE = 60_000;
  const base = Math.floor((Date.now() - 86_400_000) / MINUTE) * MINUTE;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const window = `from_ts=${iso(base)}&to_ts=${iso(base + 5 * MINUTE)}`;
  const logs = (query: string) => get(`${ENVS}${E.shopLive.id}/logs/?${query}`);

  it('answers deterministic lines newest first within the window', async () => {
    const reply = await logs(window);
    expect(reply.status).toBe(200);
    expect(reply.json.previous).toBeNull();
    const stamps = reply.json.results.map((line: Json) => line.timestamp);
    expect(stamps).toHaveLength(21); // every 15 s, both ends included
    expect(stamps[0]).toBe(iso(base + 5 * MINUTE));
    expect(stamps.at(-1)).toBe(iso(base));
    for (const line of reply.json.results) {
      expect(Object.keys(line).sort()).toEqual(['container', 'message', 'service', 'timestamp']);
      expect(line.container).toMatch(new RegExp(`^acme-shop-live-${line.service}-[0-9a-f]{10}$`));
    }
    expect((await logs(window)).json).toEqual(reply.json);
  });

  it('pages to older lines through previous, and filters by service and search_query', async () => {
    const all = (await logs(window)).json.results;
    const first = (await logs(`${window}&limit=5`)).json;
    expect(first.results).toEqual(all.slice(0, 5));
    expect(first.previous).toContain(`search_before=${encodeURIComponent(all[4].timestamp)}`);
    const older = (await get(first.previous.slice(sim.url.length))).json;
    expect(older.results).toEqual(all.slice(5, 10));
    const web = (await logs(`${window}&service=web`)).json.results;
    expect(web.length).toBeGreaterThan(0);
    expect(web).toEqual(all.filter((line: Json) => line.service === 'web'));
    const search = (await logs(`${window}&search_query=HTTP/1.1`)).json.results;
    expect(search.length).toBeGreaterThan(0);
    expect(search).toEqual(all.filter((line: Json) => line.message.includes('HTTP/1.1')));
    const container = all[0].container;
    expect((await logs(`${window}&container=${container}`)).json.results).toEqual(all.filter((line: Json) => line.container === container));
    const newer = (await logs(`${window}&search_after=${all[5].timestamp}`)).json;
    expect(newer).toEqual({ next: null, previous: null, results: all.slice(0, 5) });
    expect(older.next).toContain(`search_after=${encodeURIComponent(all[5].timestamp)}`);
  });

  it('validates the query options with a field map', async () => {
    const bad = await logs('limit=0&from_ts=yesterday&search_query=ab&service=&to_ts=2024-13-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      limit: ['Ensure this value is greater than or equal to 1.'],
      from_ts: ['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
      to_ts: ['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
      search_query: ['Ensure this field has at least 3 characters.'],
      service: ['This field may not be blank.'],
    });
    expect((await logs('limit=1001')).json).toEqual({ limit: ['Ensure this value is less than or equal to 1000.'] });
    expect((await logs('limit=ten')).json).toEqual({ limit: ['A valid integer is required.'] });
    expect((await logs(`search_query=${'q'.repeat(33)}`)).json).toEqual({ search_query: ['Ensure this field has no more than 32 characters.'] });
    expect((await logs('action=&version=&search_before=soon')).json).toEqual({
      action: ['This field may not be blank.'], version: ['This field may not be blank.'], search_before: ['Invalid cursor.'],
    });
    expect((await logs(`from_ts=${iso(base + MINUTE)}&to_ts=${iso(base)}`)).json).toEqual({
      non_field_errors: ['from_ts must be earlier than to_ts.'],
    });
    expect((await logs('limit=2')).json.results).toHaveLength(2);
  });
});

describe('deployments: create and progress', () => {
  it('creates (201) queued, refuses a second while running, then runs to success in 25 % steps', async () => {
    const created = await send('POST', DEPLOYS, { environment: E.websiteTest.id });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      uuid: expect.stringMatching(BASE32), environment: E.websiteTest.id, build_mode: 'AUTO', copy_from: null,
      adopt_deployment: null, provision_services: true,
    });
    const url = `${DEPLOYS}${created.json.uuid}/`;
    const first = (await get(url)).json;
    expect(first).toMatchObject({ status: 'queued', percent: 0, success: null, ended_at: null, duration: null, is_usable: false });
    expect(first.org_membership).toBe(DIVIO_SEED.tokens.find((token) => token.id === 'acme-ops')?.memberships[ACME]);
    const again = await send('POST', DEPLOYS, { environment: E.websiteTest.id }, 'acme-ci');
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ non_field_errors: ['A deployment is already running for this environment.'] });
    // While it runs it is neither a success nor a failure.
    for (const value of ['true', 'false']) expect((await get(`${DEPLOYS}?environment=${E.websiteTest.id}&is_success=${value}`)).json.count).toBe(0);
    const running = (await get(`${ENVS}${E.websiteTest.id}/`)).json;
    expect(running.currently_running_deployment.uuid).toBe(created.json.uuid);
    expect(running.last_finished_deployment).toBeNull();

    const seen: Json[] = [];
    const done = await waitFor(url, (json) => json.ended_at !== null, seen);
    const percents = [...new Set(seen.map((json) => json.percent))];
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.every((percent) => [0, 25, 50, 75, 100].includes(percent))).toBe(true);
    expect(seen.some((json) => json.status === 'running')).toBe(true);
    expect(done).toMatchObject({ status: 'done', success: true, percent: 100, is_usable: true });
    expect(done.duration).toBe((Date.parse(done.ended_at) - Date.parse(done.started_at)) / 1000);
    expect(done.duration).toBeGreaterThanOrEqual((4 * STEP_MS) / 1000 - 0.01);

    const env = (await get(`${ENVS}${E.websiteTest.id}/`)).json;
    expect(env.currently_running_deployment).toBeNull();
    expect(env.last_finished_deployment).toEqual(done);
    expect(env.currently_released_deployment).toEqual(done);
    expect(env.deployed_url).toBe('https://acme-website-test.eu.aldryn.io/');
    expect(env.pending_commits_lookup).toBe(`${String(done.git_commit).slice(0, 12)}..${env.branch}`);
    expect((await get(`${DEPLOYS}?application=${A.acmeWebsite.id}`)).json.results[0].uuid).toBe(done.uuid);
    const logs = (await get(`${url}logs/`)).json.logs as string;
    expect(logs.split('\n').filter((line) => line.startsWith('['))).toHaveLength(5);
    expect(logs).toContain(`Deployment succeeded in ${done.duration}s`);
  });

  it('fails at 75 % on a fail* branch, keeping the released deployment', async () => {
    const created = await send('POST', DEPLOYS, { environment: E.labsExperiment.id, build_mode: 'FORCE', provision_services: false });
    expect(created.json).toMatchObject({ build_mode: 'FORCE', provision_services: false });
    const url = `${DEPLOYS}${created.json.uuid}/`;
    const done = await waitFor(url, (json) => json.ended_at !== null);
    expect(done).toMatchObject({ status: 'done', success: false, percent: 75, is_usable: false });
    const logs = (await get(`${url}logs/`)).json.logs as string;
    expect(logs).toContain('[75%] Release command failed: python manage.py migrate exited with code 1');
    expect(logs).not.toContain('[100%]');
    expect(logs.trim().split('\n').at(-1)).toBe(`Deployment failed after ${done.duration}s`);
    const env = (await get(`${ENVS}${E.labsExperiment.id}/`)).json;
    expect(env.last_finished_deployment.uuid).toBe(done.uuid);
    expect(env.currently_released_deployment).toBeNull();
    expect((await get(`${DEPLOYS}?environment=${E.labsExperiment.id}&is_success=false`)).json.count).toBe(3);
  });

  it('deployment logs grow with progress', async () => {
    const uuid = (await send('POST', DEPLOYS, { environment: E.researchStage.id }, 'umbrella')).json.uuid;
    const lengths: number[] = [];
    const deadline = Date.now() + 5000;
    for (;;) {
      const logs = (await call(sim, 'GET', `${DEPLOYS}${uuid}/logs/`, { as: 'umbrella' })).json.logs as string;
      lengths.push(logs.length);
      if (logs.includes('Deployment succeeded') || Date.now() > deadline) break;
      await sleep(STEP_MS / 4);
    }
    expect(new Set(lengths).size).toBeGreaterThanOrEqual(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('validates create fields', async () => {
    expect((await send('POST', DEPLOYS, {})).json).toEqual({ environment: REQUIRED });
    const bad = await send('POST', DEPLOYS, {
      environment: 'env', build_mode: 'FAST', copy_from: UNKNOWN, adopt_deployment: 7, provision_services: 'maybe',
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      environment: ['Invalid pk "env" - object does not exist.'],
      build_mode: ['"FAST" is not a valid choice.'],
      copy_from: [`Invalid pk "${UNKNOWN}" - object does not exist.`],
      adopt_deployment: ['Incorrect type. Expected pk value, received int.'],
      provision_services: ['Must be a valid boolean.'],
    });
  });

  it('PATCH sets status, is_usable and success', async () => {
    const uuid = (await get(`${DEPLOYS}?environment=${E.shopTest.id}&page_size=1`)).json.results[0].uuid;
    const bad = await send('PATCH', `${DEPLOYS}${uuid}/`, { is_usable: 'sometimes', success: 3 });
    expect(bad.json).toEqual({ is_usable: ['Must be a valid boolean.'], success: ['Must be a valid boolean.'] });
    const patched = await send('PATCH', `${DEPLOYS}${uuid}/`, { status: 'archived', is_usable: false, success: null });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ uuid, status: 'archived', is_usable: false, success: null, percent: 100 });
    expect((await get(`${DEPLOYS}${uuid}/`)).json).toEqual(patched.json);
  });
});

describe('the deployment running at start-up', () => {
  it('is running at 50 % and finishes on the timer', async () => {
    const slow = await startDivioSimulator({ deploymentStepMs: 60_000 });
    try {
      const { id, environment } = DIVIO_SEED.runningDeployment;
      expect((await call(slow, 'GET', `${DEPLOYS}${id}/`)).json).toMatchObject({ environment, status: 'running', percent: 50, success: null });
      const env = (await call(slow, 'GET', `${ENVS}${environment}/`)).json;
      expect(env.currently_running_deployment.uuid).toBe(id);
      expect(env.last_finished_deployment.success).toBe(true);
      expect(env.currently_released_deployment).toEqual(env.last_finished_deployment);
    } finally {
      await slow.close();
    }
    const done = await waitFor(`${DEPLOYS}${DIVIO_SEED.runningDeployment.id}/`, (json) => json.ended_at !== null);
    expect(done).toMatchObject({ status: 'done', success: true, percent: 100 });
    expect((await get(`${DEPLOYS}?environment=${E.websiteLive.id}`)).json.count).toBe(E.websiteLive.deploymentCount);
  });
});

describe('rate limit', () => {
  // Wide enough that a loaded machine still sends the first four requests inside one window.
  const WINDOW_MS = 1000;
  const LIMIT = 3;

  it('answers 429 with Retry-After beyond the limit, per token, and recovers after the window', async () => {
    const limited = await startDivioSimulator({ rateLimit: { limit: LIMIT, windowMs: WINDOW_MS } });
    try {
      for (let i = 0; i < LIMIT; i += 1) expect((await call(limited, 'GET', APPS)).status).toBe(200);
      const lastAdmitted = Date.now();
      const rejected = await call(limited, 'GET', APPS);
      expect(rejected.status).toBe(429);
      expect(rejected.json).toEqual({ detail: 'Request was throttled. Expected available in 1 second.' });
      expect(rejected.headers.get('retry-after')).toBe('1');
      // ClickHouse's X-RateLimit-Reset is not Divio's: its 429 stays DRF's.
      expect(rejected.headers.get('x-ratelimit-reset')).toBeNull();
      expect((await call(limited, 'GET', APPS, { as: 'acme-ci' })).status).toBe(200);
      await sleep(Math.max(0, lastAdmitted + WINDOW_MS + 30 - Date.now()));
      expect((await call(limited, 'GET', APPS)).status).toBe(200);
      expect(limited.requests.map((request) => [request.token, request.status])).toEqual([
        ['acme-ops', 200], ['acme-ops', 200], ['acme-ops', 200], ['acme-ops', 429], ['acme-ci', 200], ['acme-ops', 200],
      ]);
    } finally {
      await limited.close();
    }
  });

  it('rejects invalid options', async () => {
    await expect(startDivioSimulator({ rateLimit: { limit: 0, windowMs: 1000 } })).rejects.toThrow(RangeError);
    await expect(startDivioSimulator({ maxPageSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('request log', () => {
  it('records method, path, raw query, token id (never the secret), status and time in order', async () => {
    sim.clearRequests();
    expect(sim.requests).toEqual([]);
    const before = Date.now();
    await call(sim, 'GET', APPS, { as: null });
    await get(`${APPS}?page_size=2&uuid=${A.acmeShop.id}`, 'consultant');
    await get(`${APPS}${A.acmeShop.id}/`, 'umbrella');
    await send('POST', ENVS, {}, 'acme-ci');
    await get('/apps/v3/unknown/?x=1', 'acme-ci');
    expect(sim.requests.map(({ at: _at, ...rest }) => rest)).toEqual([
      { method: 'GET', path: APPS, query: '', token: null, status: 401 },
      { method: 'GET', path: APPS, query: `page_size=2&uuid=${A.acmeShop.id}`, token: 'consultant', status: 200 },
      { method: 'GET', path: `${APPS}${A.acmeShop.id}/`, query: '', token: 'umbrella', status: 404 },
      { method: 'POST', path: ENVS, query: '', token: 'acme-ci', status: 400 },
      { method: 'GET', path: '/apps/v3/unknown/', query: 'x=1', token: 'acme-ci', status: 404 },
    ]);
    expect(JSON.stringify(sim.requests)).not.toContain(secret('consultant'));
    const times = sim.requests.map((request) => request.at);
    expect(times[0]).toBeGreaterThanOrEqual(before);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('the filters every core group declares', () => {
  const slugs = (reply: Reply): string[] => reply.json.results.map((item: Json) => item.slug);

  it('environments: deployed, last deployment failed and pending commits, from their deployments and commits', async () => {
    const labs = `${ENVS}?application=${A.acmeLabs.id}`;
    expect(slugs(await get(`${labs}&last_deployment_failed=true`))).toEqual(['experiment']);
    expect(slugs(await get(`${labs}&last_deployment_failed=false`))).toEqual(['live']);
    expect(slugs(await get(`${labs}&deployed=false`))).toEqual(['experiment']);
    expect(slugs(await get(`${labs}&deploying=true`))).toEqual([]);
    const shop = `${ENVS}?application=${A.acmeShop.id}&page_size=3`;
    expect(slugs(await get(`${shop}&with_pending_commits=true`))).toEqual(['stage', 'test', 'feature-1']);
    expect(slugs(await get(`${ENVS}?name_search=LABS`))).toEqual(['live', 'experiment']);
  });

  it('a mirror: is_mirror and copied_from on applications; is_mirror, copy_type and related_to_application on environments', async () => {
    const copy = await send('POST', `${APPS}${A.acmeLabs.id}/copy/`, { target_name: 'Labs Mirror', target_organisation: ACME, type: 'MIRROR' });
    expect(copy.status).toBe(200);
    expect(copy.json).toMatchObject({ uuid: expect.stringMatching(BASE32), slug: 'labs-mirror', copy_type: 'MIRROR', copied_from: A.acmeLabs.id });
    expect(names(await get(`${APPS}?is_mirror=true`))).toEqual(['Labs Mirror']);
    expect((await get(`${APPS}?is_mirror=false`)).json.count).toBe((await get(APPS)).json.count - 1);
    expect(names(await get(`${APPS}?copied_from=${A.acmeLabs.id}`))).toEqual(['Labs Mirror']);
    expect((await get(`${APPS}?has_bugs=true`)).json.count).toBe(0);
    const mirrored = (await get(`${ENVS}?is_mirror=true`)).json.results;
    expect(mirrored.map((env: Json) => [env.application, env.slug])).toEqual([[copy.json.uuid, 'live'], [copy.json.uuid, 'experiment']]);
    expect((await get(`${ENVS}?copy_type=MIRROR`)).json.count).toBe(2);
    expect((await get(`${ENVS}?related_to_application=${A.acmeLabs.id}`)).json.count).toBe(4);
    const elsewhere = await send('POST', `${APPS}${A.acmeLabs.id}/copy/`, { target_name: 'Stolen', target_organisation: UMBRELLA, type: 'FORK' });
    expect(elsewhere.json).toEqual({ target_organisation: [`Invalid pk "${UMBRELLA}" - object does not exist.`] });
  });
});
