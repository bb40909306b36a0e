/**
 * `npm run check-upstream` against the simulators, offline: each serves its own OpenAPI document
 * built from the descriptions, so the committed descriptions show no drift; a description altered in
 * memory shows exactly what was altered. The Divio token goes to DIVIO_API_URL's origin only.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_RESOURCES } from '../src/resources/clickhouse/index.js';
import { DIVIO_RESOURCES } from '../src/resources/divio/index.js';
import { checkUpstream } from '../src/resources/openapi/check.js';
import type { ResourceDescription } from '../src/resources/types.js';
import { startClickHouseSimulator, type ClickHouseSimulator } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../src/simulator/divio/index.js';

const run = promisify(execFile);
const TOKEN = DIVIO_SEED.tokens.find((token) => token.id === 'acme-ops')!.token;

/** The descriptions with one group replaced by `change(group)`. */
function altered(resources: readonly ResourceDescription[], group: string, change: (resource: ResourceDescription) => ResourceDescription): ResourceDescription[] {
  return resources.map((resource) => (resource.group === group ? change(resource) : resource));
}

describe('check-upstream against the simulators', () => {
  let divio: DivioSimulator;
  let clickhouse: ClickHouseSimulator;
  let clickhouseSpec: string;
  beforeAll(async () => {
    [divio, clickhouse] = await Promise.all([startDivioSimulator(), startClickHouseSimulator({ rateLimit: null })]);
    clickhouseSpec = `${clickhouse.url}/v1/openapi.json`;
  });
  afterAll(async () => {
    await Promise.all([divio?.close(), clickhouse?.close()]);
  });

  it('the committed descriptions show no drift, and every guessed path is confirmed by the simulator', async () => {
    const result = await checkUpstream({ divioApiUrl: divio.url, divioToken: TOKEN, clickhouseSpec });
    expect(result.exitCode).toBe(0);
    expect(result.lines.at(-1)).toBe('No drift.');
    expect(result.reports.divio).toMatchObject({ drift: [], described: 136, documented: 136 });
    expect(result.reports.clickhouse).toMatchObject({ drift: [], described: 142, documented: 142 });
    const guesses = result.reports.divio!.guesses;
    expect(guesses.length).toBeGreaterThan(20);
    expect(guesses.every((guess) => guess.verdict === 'confirmed')).toBe(true);
    // What real clients confirm is not a guess; what nobody shows is.
    const guessed = new Set(guesses.map((guess) => guess.operation));
    for (const operation of ['StopEnvironment', 'ArchiveApplication', 'TriggerWebhook']) expect(guessed).toContain(operation);
    for (const operation of ['CheckRepository', 'CopyEnvironment']) expect(guessed).not.toContain(operation);
    expect(divio.requests.filter((request) => request.path === '/apps/v3/schema.json').map((request) => request.status)).toEqual([200]);
  });

  it('a Divio action path altered in memory: exactly that drift, and the guess contradicted', async () => {
    const divioResources = altered(DIVIO_RESOURCES, 'environments', (resource) => ({
      ...resource,
      actions: resource.actions!.map((action) => (action.operation === 'StopEnvironment' ? { ...action, path: 'halt' } : action)),
    }));
    const result = await checkUpstream({ only: 'divio', divioApiUrl: divio.url, divioToken: TOKEN, divioResources });
    expect(result.exitCode).toBe(1);
    expect(result.reports.divio!.drift).toEqual([
      {
        description: 'divio:environments',
        operation: 'StopEnvironment',
        message: 'the document has it at POST /apps/v3/environments/{uuid}/stop/, the description at POST /apps/v3/environments/{uuid}/halt/',
      },
    ]);
    expect(result.reports.divio!.guesses.find((guess) => guess.operation === 'StopEnvironment')).toMatchObject({ verdict: 'contradicted', documented: 'POST /apps/v3/environments/{uuid}/stop/' });
    expect(result.lines).toContain('  drift  divio:environments  StopEnvironment: the document has it at POST /apps/v3/environments/{uuid}/stop/, the description at POST /apps/v3/environments/{uuid}/halt/');
  });

  it('a ClickHouse field and an enum value altered in memory: exactly those drifts', async () => {
    const clickhouseResources = altered(CLICKHOUSE_RESOURCES, 'backups', (resource) => ({
      ...resource,
      fields: [...resource.fields, { key: 'retainedUntil', type: 'DateTime', description: 'Not in the API.' }],
    }));
    const result = await checkUpstream({ only: 'clickhouse', divioApiUrl: divio.url, clickhouseSpec, clickhouseResources });
    expect(result.exitCode).toBe(1);
    const drift = result.reports.clickhouse!.drift;
    expect(drift.map((line) => `${line.description} ${line.operation}: ${line.message}`).sort()).toEqual(
      ['backupGetList', 'backupGet'].map((operation) => `clickhouse:backups ${operation}: answer field retainedUntil is not in the document`).sort(),
    );
  });

  it('the Divio token goes only to DIVIO_API_URL: a document elsewhere is read without it', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ openapi: '3.0.3', paths: {} }));
    });
    elsewhere.listen(0, '127.0.0.1');
    await once(elsewhere, 'listening');
    const { port } = elsewhere.address() as { port: number };
    try {
      const result = await checkUpstream({ only: 'divio', divioApiUrl: divio.url, divioToken: TOKEN, divioSpec: `http://127.0.0.1:${port}/schema.json` });
      expect(seen).toHaveLength(1);
      expect(seen[0]!.authorization).toBeUndefined();
      // An empty document: every described operation is reported missing.
      expect(result.exitCode).toBe(1);
      expect(result.reports.divio!.drift).toHaveLength(136);
    } finally {
      elsewhere.close();
    }
  });

  it('the command: exit 0 and "No drift." on the simulators, 2 on a document it cannot read or a bad argument', async () => {
    const env = { ...process.env, DIVIO_API_URL: divio.url, DIVIO_API_TOKEN: TOKEN };
    const ok = await run('npx', ['tsx', 'scripts/check-upstream.ts', '--clickhouse-spec', clickhouseSpec], { env });
    expect(ok.stdout.trim().split('\n').at(-1)).toBe('No drift.');
    const missing = await run('npx', ['tsx', 'scripts/check-upstream.ts', '--only', 'clickhouse', '--clickhouse-spec', '/nonexistent/spec.json'], { env }).catch((error: { code: number; stdout: string }) => error);
    expect(missing).toMatchObject({ code: 2 });
    expect((missing as { stdout: string }).stdout).toContain('cannot read its document: /nonexistent/spec.json: no such file');
    const bad = await run('npx', ['tsx', 'scripts/check-upstream.ts', '--only', 'everything'], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 2 });
  }, 60_000);
});
