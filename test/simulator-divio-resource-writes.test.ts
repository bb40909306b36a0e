/**
 * Writes to the described Divio groups in the simulator, over real HTTP: the short answers of
 * create/update (as the seed lists them), DRF's 400 field maps, deletes, every action, and each
 * state machine reaching its end on the timers (provisioning, backup, download, restore).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../src/simulator/divio/index.js';
import { BASE32, MISSING, REQUIRED, divioHttp, pkMissing, v3, type Json } from './support/divio-http.js';

const STEP_MS = 20;
const R = DIVIO_SEED.resources;
const E = DIVIO_SEED.environments;
const sorted = (object: object) => Object.keys(object).sort();

let sim: DivioSimulator;
const { get, send, waitFor } = divioHttp(() => sim);
const post = (path: string, body: unknown, as?: 'acme-ops' | 'umbrella') => send('POST', path, body, as);

beforeAll(async () => {
  sim = await startDivioSimulator({ deploymentStepMs: STEP_MS });
});
afterAll(async () => {
  await sim.close();
});

/** The distinct values of `key` in the order they were seen. */
const transitions = (seen: Json[], key: string): unknown[] => seen.map((json) => json[key]).filter((value, index, all) => index === 0 || value !== all[index - 1]);

describe('service instances', () => {
  it('validates, creates NEW, provisions to READY, updates, attaches and deletes', async () => {
    expect((await post(v3('service-instances'), {})).json).toEqual({ environment: REQUIRED, prefix: REQUIRED, service: REQUIRED });
    const bad = await post(v3('service-instances'), { environment: E.researchLive.id, prefix: 'P'.repeat(33), service: 7 });
    expect(bad.json).toEqual({
      environment: pkMissing(E.researchLive.id), prefix: ['Ensure this field has no more than 32 characters.'],
      service: ['Incorrect type. Expected pk value, received int.'],
    });
    const duplicate = await post(v3('service-instances'), { environment: E.shopLive.id, prefix: 'DEFAULT', service: R.services.mysql });
    expect(duplicate.json).toEqual({ non_field_errors: ['A service instance of this type with this prefix already exists in this environment.'] });

    const made = await post(v3('service-instances'), { environment: E.shopLive.id, prefix: 'CACHE', service: R.services.postgres });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({ uuid: expect.stringMatching(BASE32), environment: E.shopLive.id, prefix: 'CACHE', service: R.services.postgres });
    const path = v3('service-instances', made.json.uuid);
    expect((await get(path)).json).toMatchObject({ service_status: 'NEW', type: 'DATABASE', region: DIVIO_SEED.regions.eu, environment_variables: [] });

    expect(await post(v3('service-instances', made.json.uuid, 'provision'), {})).toMatchObject({ status: 202, json: {} });
    const seen: Json[] = [];
    const ready = await waitFor(path, (json) => json.service_status === 'READY', seen);
    const statuses = transitions(seen, 'service_status');
    expect(['PROVISIONING', 'READY'].filter((status) => statuses.includes(status))).toEqual(statuses);
    expect(ready.environment_variables).toEqual(['CACHE_DATABASE_DSN']);
    expect((await post(v3('service-instances', made.json.uuid, 'provision'), {})).json).toEqual({ non_field_errors: ['The service instance is READY, not NEW.'] });
    expect(await post(v3('service-instances', made.json.uuid, 'detach'), {})).toMatchObject({ status: 200, json: {} });
    expect(await post(v3('service-instances', made.json.uuid, 'attach'), {})).toMatchObject({ status: 200, json: {} });
    expect((await post(v3('service-instances', made.json.uuid, 'attach'), {}, 'umbrella')).status).toBe(404);

    expect((await send('PUT', path, {})).json).toEqual({ prefix: REQUIRED });
    expect((await send('PUT', path, { prefix: 'REPLICA' })).json).toEqual({ uuid: made.json.uuid, prefix: 'REPLICA' });
    expect((await send('PATCH', path, {})).json).toEqual({ uuid: made.json.uuid, prefix: 'REPLICA' });
    expect((await send('DELETE', path, undefined, 'umbrella')).status).toBe(404);
    expect((await send('DELETE', path, undefined)).status).toBe(204);
    expect((await get(path)).status).toBe(404);
  });
});

describe('domains', () => {
  it('validates and creates a custom domain, updates it and deletes it', async () => {
    expect((await post(v3('domains'), {})).json).toEqual({ name: REQUIRED, environment: REQUIRED });
    expect((await post(v3('domains'), { name: `${'a'.repeat(250)}.example`, environment: E.researchLive.id })).json).toEqual({
      name: ['Ensure this field has no more than 255 characters.'], environment: pkMissing(E.researchLive.id),
    });
    expect((await post(v3('domains'), { name: 'not a domain', environment: E.shopTest.id })).json).toEqual({ name: ['Enter a valid domain name.'] });
    expect((await post(v3('domains'), { name: 'shop.acme.example', environment: E.shopTest.id })).json).toEqual({ name: ['domain with this name already exists.'] });

    const made = await post(v3('domains'), { name: 'beta.acme.example', environment: E.shopTest.id });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({ uuid: expect.stringMatching(BASE32), name: 'beta.acme.example', environment: E.shopTest.id });
    const path = v3('domains', made.json.uuid);
    expect((await get(path)).json).toMatchObject({ is_primary: false, is_managed_by_divio: false, additional_actions: ['verify-dns'], state: 'PENDING' });
    expect((await send('PATCH', path, { is_redirect_to_primary: 'perhaps' })).json).toEqual({ is_redirect_to_primary: ['Must be a valid boolean.'] });
    const patched = await send('PATCH', path, { is_redirect_to_primary: true, domain_config: { hsts: true } });
    expect(patched.json).toEqual({ uuid: made.json.uuid, name: 'beta.acme.example', is_redirect_to_primary: true, domain_config: { hsts: true } });
    expect((await send('PUT', path, {})).status).toBe(200);

    const managed = await send('DELETE', v3('domains', R.shopTest.domains.primary), undefined);
    expect(managed.json).toEqual({ non_field_errors: ['A domain managed by Divio cannot be deleted.'] });
    expect((await send('DELETE', path, undefined)).status).toBe(204);
  });

  it('make-primary flips is_primary within the environment and the environment follows', async () => {
    const { primary, custom } = R.shopLive.domains;
    expect(await post(v3('domains', custom, 'make-primary'), {})).toMatchObject({ status: 200, json: {} });
    expect((await get(v3('environments', E.shopLive.id))).json.primary_domain).toBe(custom);
    expect((await get(v3('domains', primary))).json.is_primary).toBe(false);
    await post(v3('domains', primary, 'make-primary'), {});
    expect((await get(v3('environments', E.shopLive.id))).json.primary_domain).toBe(primary);
    expect((await get(v3('domains', custom))).json.is_primary).toBe(false);
    expect((await post(v3('domains', primary, 'make-primary'), {}, 'umbrella')).status).toBe(404);
  });

  it('toggle-redirect answers the new setting; actions/{name} runs only what the domain offers', async () => {
    const { custom, primary } = R.shopTest.domains;
    expect((await post(v3('domains', custom, 'toggle-redirect'), {})).json).toEqual({ redirect_to_primary: true, uuid: custom });
    expect((await post(v3('domains', custom, 'toggle-redirect'), {})).json).toEqual({ redirect_to_primary: false, uuid: custom });
    const verified = await post(v3('domains', custom, 'actions', 'verify-dns'), { strict: true });
    expect(verified.status).toBe(200);
    expect(verified.json.data).toMatchObject({ verified: false, details: { record: 'CNAME', expected: 'acme-shop-test.eu.aldryn.io' } });
    expect((await get(v3('domains', custom))).json.last_check_timestamp).toBe(verified.json.data.checked_at);
    expect((await post(v3('domains', custom, 'actions', 'purge-cache'), {})).json).toEqual({ non_field_errors: ['"purge-cache" is not an action this domain offers.'] });
    expect((await post(v3('domains', primary, 'actions', 'verify-dns'), {})).status).toBe(400);
  });

  it('transfer moves a domain to another environment', async () => {
    const made = await post(v3('domains'), { name: 'moving.acme.example', environment: E.shopTest.id });
    const transfer = v3('domains', made.json.uuid, 'transfer');
    expect((await post(transfer, {})).json).toEqual({ target_environment: REQUIRED });
    expect((await post(transfer, { target_environment: E.researchLive.id })).json).toEqual({ target_environment: pkMissing(E.researchLive.id) });
    expect((await post(transfer, { target_environment: E.shopTest.id })).json).toEqual({ non_field_errors: ['The domain already belongs to this environment.'] });
    expect((await post(transfer, { target_environment: E.shopStage.id })).json).toEqual({ target_environment: E.shopStage.id });
    const stage = await get(`${v3('domains')}?environment=${E.shopStage.id}`);
    expect(stage.json.results.map((domain: Json) => domain.uuid)).toEqual([made.json.uuid]);
  });
});

describe('environment variables', () => {
  const VARIABLES = v3('environment-variables');
  const orderOf = async () =>
    (await get(`${VARIABLES}?environment=${E.shopLive.id}`)).json.results.map((variable: Json) => [variable.name, variable.order]);

  it('validates, creates (sensitive values never answered), updates, refuses read-only ones, deletes', async () => {
    expect((await post(VARIABLES, {})).json).toEqual({ name: REQUIRED, environment: REQUIRED });
    const bad = await post(VARIABLES, { name: 'BIG', environment: E.shopLive.id, value: 'x'.repeat(10_001), is_sensitive: 'sometimes' });
    expect(bad.json).toEqual({ value: ['Ensure this field has no more than 10000 characters.'], is_sensitive: ['Must be a valid boolean.'] });
    expect((await post(VARIABLES, { name: 'LOG_LEVEL', environment: E.shopLive.id })).json).toEqual({
      non_field_errors: ['The fields environment, name must make a unique set.'],
    });
    const made = await post(VARIABLES, { name: 'API_KEY', environment: E.shopLive.id, value: 's3cret', is_sensitive: true });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({
      uuid: expect.stringMatching(BASE32), name: 'API_KEY', environment: E.shopLive.id, value: null, is_sensitive: true,
      is_read_only: false, is_pattern_replacement_active: false, order: 5,
    });
    const path = v3('environment-variables', made.json.uuid);
    expect((await send('PUT', path, { value: 'other' })).json).toEqual({ name: REQUIRED });
    const put = await send('PUT', path, { name: 'API_TOKEN', value: 'n3w' });
    expect(put.json).toMatchObject({ uuid: made.json.uuid, name: 'API_TOKEN', value: null, order: 5 });
    expect(sorted(put.json)).toEqual(sorted(made.json));
    const readOnly = v3('environment-variables', R.shopLive.environmentVariables.readOnly);
    expect((await send('PATCH', readOnly, { value: 'beta' })).json).toEqual({ non_field_errors: ['This environment variable is read-only.'] });
    expect((await send('DELETE', readOnly, undefined)).json).toEqual({ non_field_errors: ['This environment variable is read-only.'] });
    expect((await send('DELETE', path, undefined)).status).toBe(204);
  });

  it('move-before and move-after reorder within the environment', async () => {
    const made = await post(VARIABLES, { name: 'MOVED', environment: E.shopLive.id, value: '1' });
    const [logLevel, , sentry] = R.shopLive.environmentVariables.ids;
    expect((await post(v3('environment-variables', made.json.uuid, 'move-before'), { target: logLevel })).json).toEqual({ target: logLevel });
    expect(await orderOf()).toEqual([['MOVED', 1], ['LOG_LEVEL', 2], ['SITE_URL', 3], ['SENTRY_DSN', 4], ['RELEASE_CHANNEL', 5]]);
    await post(v3('environment-variables', made.json.uuid, 'move-after'), { target: sentry });
    expect(await orderOf()).toEqual([['LOG_LEVEL', 1], ['SITE_URL', 2], ['SENTRY_DSN', 3], ['MOVED', 4], ['RELEASE_CHANNEL', 5]]);
    const other = R.shopTest.environmentVariables.ids[0]!;
    expect((await post(v3('environment-variables', made.json.uuid, 'move-after'), { target: other })).json).toEqual({
      target: ['The target must be a variable of the same environment.'],
    });
    expect((await post(v3('environment-variables', made.json.uuid, 'move-after'), { target: MISSING })).json).toEqual({ target: pkMissing(MISSING) });
    await send('DELETE', v3('environment-variables', made.json.uuid), undefined);
  });
});

describe('backups', () => {
  const BACKUPS = v3('backups');
  const services = [R.shopLive.serviceInstances.database, R.shopLive.serviceInstances.storage];

  it('validates a backup request', async () => {
    expect((await post(BACKUPS, {})).json).toEqual({ environment: REQUIRED, services: REQUIRED });
    expect((await post(BACKUPS, { environment: E.shopLive.id, services: [] })).json).toEqual({ services: ['This list may not be empty.'] });
    expect((await post(BACKUPS, { environment: E.shopLive.id, services: 'all' })).json).toEqual({ services: ['Expected a list of items but got type "str".'] });
    const bad = await post(BACKUPS, { environment: E.shopLive.id, services, scheduled_for_deletion_at: 'tomorrow', notes: 'n'.repeat(256) });
    expect(bad.json).toEqual({
      scheduled_for_deletion_at: ['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
      notes: ['Ensure this field has no more than 255 characters.'],
    });
    const foreign = R.shopTest.serviceInstances.database;
    expect((await post(BACKUPS, { environment: E.shopLive.id, services: [foreign] })).json).toEqual({
      services: [`Service instance ${foreign} does not belong to this environment.`],
    });
    expect((await post(BACKUPS, { environment: E.shopLive.id, services }, 'umbrella')).json).toEqual({
      environment: pkMissing(E.shopLive.id), services: pkMissing(services[0]!),
    });
  });

  it('goes WORKING -> COMPLETED with success SUCCESS, with one finished copy per service instance', async () => {
    const made = await post(BACKUPS, { environment: E.shopLive.id, services, notes: 'before the sale', scheduled_for_deletion_at: '2030-01-01T10:00:00+02:00' });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({
      uuid: expect.stringMatching(BASE32), environment: E.shopLive.id, trigger: 'MANUAL', notes: 'before the sale', scheduled_for_deletion_at: '2030-01-01T08:00:00Z',
    });
    const seen: Json[] = [];
    const done = await waitFor(v3('backups', made.json.uuid), (json) => json.state === 'COMPLETED', seen);
    const states = transitions(seen, 'state');
    expect(['WORKING', 'COMPLETED'].filter((state) => states.includes(state))).toEqual(states);
    expect(done).toMatchObject({ success: 'SUCCESS', org_membership: expect.any(String) });
    const copies = await Promise.all(done.service_instance_backups.map(async (id: string) => (await get(v3('service-instance-backups', id))).json));
    expect(copies.map((copy) => [copy.service_instance, copy.service_type, copy.service_prefix])).toEqual([
      [services[0], 'DATABASE', 'DEFAULT'], [services[1], 'STORAGE', 'DEFAULT'],
    ]);
    for (const copy of copies) expect(copy).toMatchObject({ backup: made.json.uuid, ended_at: expect.any(String), taken_at: copy.started_at, errors: [] });
    expect(done.size).toBe(copies.reduce((sum, copy) => sum + copy.size, 0));
    expect((await get(`${BACKUPS}?environment=${E.shopLive.id}`)).json.results[0].uuid).toBe(made.json.uuid);
  });

  it('ends COMPLETED with success FAILURE (no copy) or PARTIAL (the first copy only) when its notes start with fail or partial', async () => {
    const outcomes: Array<[string, string, boolean[]]> = [['Failing on purpose', 'FAILURE', [false, false]], ['  PARTIAL: storage lost', 'PARTIAL', [true, false]]];
    for (const [notes, outcome, taken] of outcomes) {
      const made = await post(BACKUPS, { environment: E.shopLive.id, services, notes });
      expect(made.status).toBe(201);
      const seen: Json[] = [];
      const done = await waitFor(v3('backups', made.json.uuid), (json) => json.state === 'COMPLETED', seen);
      const states = transitions(seen, 'state');
      expect(['WORKING', 'COMPLETED'].filter((state) => states.includes(state))).toEqual(states);
      expect(seen.filter((json) => json.state === 'WORKING').every((json) => json.success === null)).toBe(true);
      expect(done).toMatchObject({ success: outcome, notes: notes.trim() });
      const copies = await Promise.all(done.service_instance_backups.map(async (id: string) => (await get(v3('service-instance-backups', id))).json));
      expect(copies.map((copy) => copy.errors.length === 0)).toEqual(taken);
      for (const copy of copies) expect(copy.ended_at).toEqual(expect.any(String));
      for (const copy of copies.filter((_copy, index) => !taken[index])) expect(copy).toMatchObject({ taken_at: null, size: 0, errors: [expect.any(String)] });
      expect(done.size).toBe(copies.reduce((sum, copy) => sum + copy.size, 0));
    }
  });

  it('upload hands out one S3 target per service instance and a backup waiting for it', async () => {
    expect((await post(v3('backups', 'upload'), {})).json).toEqual({ services: REQUIRED, environment: REQUIRED });
    const upload = await post(v3('backups', 'upload'), { environment: E.shopLive.id, services: [services[0]], notes: 'local dump' });
    expect(upload.status).toBe(201);
    expect(sorted(upload.json)).toEqual(['results', 'uuid']);
    expect(upload.json.results[services[0]!]).toEqual({
      handler: 's3-sts-v1', finish_url: expect.stringMatching(/^https:\/\//),
      upload_parameters: Object.fromEntries(
        ['bucket', 'key', 'aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'].map((key) => [key, expect.any(String)]),
      ),
    });
    expect((await get(v3('backups', upload.json.uuid))).json).toMatchObject({ state: 'WORKING', notes: 'local dump', success: null });
  });
});

describe('backup downloads and restores', () => {
  const newest = R.shopLive.backups[0]!;

  it('a download prepares one part per copy, each ending with a download URL', async () => {
    expect((await post(v3('backup-downloads'), {})).json).toEqual({ backup: REQUIRED, trigger: REQUIRED, service_instance_backups: REQUIRED });
    const foreign = R.shopLive.backups[1]!.serviceInstanceBackups[0]!;
    const auto = await post(v3('backup-downloads'), { backup: newest.id, trigger: 'AUTO', service_instance_backups: newest.serviceInstanceBackups });
    expect(auto.json).toEqual({ trigger: ['"AUTO" is not a valid choice.'] });
    expect((await post(v3('backup-downloads'), { backup: newest.id, trigger: 'PULL', service_instance_backups: [foreign] })).json).toEqual({
      service_instance_backups: [`Service instance backup ${foreign} is not part of this backup.`],
    });
    const made = await post(v3('backup-downloads'), { backup: newest.id, trigger: 'PULL', service_instance_backups: newest.serviceInstanceBackups });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({ uuid: expect.stringMatching(BASE32), backup: newest.id, trigger: 'PULL' });
    expect((await get(v3('backup-downloads', made.json.uuid))).json).toMatchObject({ author: expect.any(String), started_at: expect.any(String) });
    const parts = v3('backup-download-service-instances');
    const ready = (json: Json) => json.count === 2 && json.results.every((part: Json) => part.download_url !== null);
    const settled = await waitFor(`${parts}?backup_download=${made.json.uuid}`, ready);
    for (const part of settled.results) expect(part).toMatchObject({ ended_at: expect.any(String), download_url: expect.stringMatching(/^https:\/\/.+\.tar\.gz$/) });
    expect(settled.results.map((part: Json) => part.service_instance_backup).sort()).toEqual([...newest.serviceInstanceBackups].sort());
  });

  it('refuses to download or restore a backup that is not completed', async () => {
    const upload = await post(v3('backups', 'upload'), { environment: E.shopLive.id, services: [R.shopLive.serviceInstances.database] });
    const copies = (await get(v3('backups', upload.json.uuid))).json.service_instance_backups;
    const download = await post(v3('backup-downloads'), { backup: upload.json.uuid, trigger: 'MANUAL', service_instance_backups: copies });
    expect(download.json).toEqual({ backup: ['The backup is not completed yet.'] });
    expect((await post(v3('backup-restores'), { backup: upload.json.uuid })).json).toEqual({ backup: ['The backup is not completed yet.'] });
  });

  it('a restore writes every copy back, then is finished', async () => {
    const RESTORES = v3('backup-restores');
    expect((await post(RESTORES, {})).json).toEqual({ backup: REQUIRED });
    expect((await post(RESTORES, { backup: newest.id, service_instance_restores: 'all' })).json).toEqual({
      service_instance_restores: { non_field_errors: ['Expected a list of items but got type "str".'] },
    });
    expect((await post(RESTORES, { backup: newest.id, service_instance_restores: [{}, 3] })).json).toEqual({
      service_instance_restores: [{ service_instance_backup: REQUIRED }, { non_field_errors: ['Invalid data. Expected a dictionary, but got int.'] }],
    });
    expect((await post(RESTORES, { backup: newest.id }, 'umbrella')).json).toEqual({ backup: pkMissing(newest.id) });

    const made = await post(RESTORES, { backup: newest.id, notes: 'undo' });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({
      uuid: expect.stringMatching(BASE32), backup: newest.id, notes: 'undo',
      service_instance_restores: newest.serviceInstanceBackups.map((copy) => ({ service_instance_backup: copy })),
    });
    const seen: Json[] = [];
    const done = await waitFor(v3('backup-restores', made.json.uuid), (json) => json.finished === true, seen);
    expect(transitions(seen, 'finished')).toEqual(seen[0].finished ? [true] : [false, true]);
    expect(done).toMatchObject({ environment: E.shopLive.id, success: 'SUCCESS', trigger: 1 });
    const parts = await Promise.all(done.service_instance_backup_restores.map(async (id: string) => (await get(v3('service-instance-backup-restores', id))).json));
    expect(parts.map((part) => part.service_instance)).toEqual([R.shopLive.serviceInstances.database, R.shopLive.serviceInstances.storage]);
    for (const part of parts) expect(part).toMatchObject({ backup_restore: made.json.uuid, ended_at: expect.any(String) });
    expect((await get(`${RESTORES}?environment=${E.shopLive.id}`)).json.results[0].uuid).toBe(made.json.uuid);

    const one = await post(RESTORES, { backup: newest.id, service_instance_restores: [{ service_instance_backup: newest.serviceInstanceBackups[1] }] });
    expect((await get(v3('backup-restores', one.json.uuid))).json.service_instance_backup_restores).toHaveLength(1);
    const foreign = R.shopLive.backups[2]!.serviceInstanceBackups[0]!;
    expect((await post(RESTORES, { backup: newest.id, service_instance_restores: [{ service_instance_backup: foreign }] })).json).toEqual({
      service_instance_restores: [`Service instance backup ${foreign} is not part of this backup.`],
    });
  });
});

describe('work in progress', () => {
  it('holds every piece of work at its first state until a step passes, and close() drops the timers', async () => {
    const slow = await startDivioSimulator({ deploymentStepMs: 60_000 });
    const http = divioHttp(() => slow);
    try {
      const newest = R.shopLive.backups[0]!;
      const instance = await http.send('POST', v3('service-instances'), { environment: E.shopTest.id, prefix: 'SLOW', service: R.services.rabbitmq });
      await http.send('POST', v3('service-instances', instance.json.uuid, 'provision'), {});
      expect((await http.get(v3('service-instances', instance.json.uuid))).json.service_status).toBe('PROVISIONING');
      const backup = await http.send('POST', v3('backups'), { environment: E.shopLive.id, services: [R.shopLive.serviceInstances.database] });
      expect((await http.get(v3('backups', backup.json.uuid))).json).toMatchObject({ state: 'WORKING', success: null, size: null });
      const download = await http.send('POST', v3('backup-downloads'), { backup: newest.id, trigger: 'PULL', service_instance_backups: newest.serviceInstanceBackups });
      const parts = await http.get(`${v3('backup-download-service-instances')}?backup_download=${download.json.uuid}`);
      expect(parts.json.results.map((part: Json) => [part.started_at, part.ended_at, part.download_url])).toEqual([[null, null, null], [null, null, null]]);
      const restore = await http.send('POST', v3('backup-restores'), { backup: newest.id });
      expect((await http.get(v3('backup-restores', restore.json.uuid))).json).toMatchObject({ finished: false, success: null });
    } finally {
      await slow.close();
    }
  });
});
