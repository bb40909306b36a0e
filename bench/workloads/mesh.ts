/**
 * Against GraphQL Mesh / Hive Gateway: the same warm read (one organization's services: id, name,
 * state, tier) through opsgraph and through Hive Gateway serving a Mesh supergraph composed from
 * the real ClickHouse Cloud OpenAPI spec, both against the same simulator, in the same run.
 * Four targets, measured in turn: opsgraph as configured by default; opsgraph's engine alone
 * (RESULT_CACHE_ENTRIES=0: no kept results or answers, every request executed from the cached
 * upstream answers, as every subscription event and every varied query is); Hive Gateway with
 * its defaults; and Hive Gateway with its response cache on (`responseCaching`, one global
 * session), each of whose hits is checked to call the simulator no more.
 *
 * Mesh is not a dependency of opsgraph: the first run installs pinned versions into
 * node_modules/.cache/opsgraph-bench-mesh (npm registry needed once). The spec is read from
 * ../shared/reference/clickhouse-cloud-openapi.json; without it the workload says so and skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { startGatewayChild, type GatewayChild } from '../harness/child.js';
import { loadGraphql, LOAD_CONNECTIONS, medianLoad, type LoadResult } from '../harness/load.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { ONE_ORGANIZATION_SERVICES } from './queries.js';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const MESH_DIRECTORY = join(REPOSITORY, 'node_modules', '.cache', 'opsgraph-bench-mesh');
/** shared/ beside the checkout; a worktree one level further down (wt/<name>) finds it too. */
const SPEC =
  [join(REPOSITORY, '..', 'shared'), join(REPOSITORY, '..', '..', 'shared')]
    .map((shared) => join(shared, 'reference', 'clickhouse-cloud-openapi.json'))
    .find((path) => existsSync(path)) ?? join(REPOSITORY, '..', 'shared', 'reference', 'clickhouse-cloud-openapi.json');
/** Hive Gateway's config file for the target with its response cache on. */
const CACHED_CONFIG = 'gateway.response-cache.ts';
const MESH_PACKAGES = ['@graphql-hive/gateway@2.15.1', '@omnigraph/openapi@0.112.4', '@graphql-mesh/compose-cli@1.8.2', 'graphql@16.15.0'];
const CONNECTIONS = LOAD_CONNECTIONS;
const GOAL = 5;
/** opsgraph's engine (kept results off) against Hive Gateway answering from its response cache. */
const ENGINE_GOAL = 1.5;

const key = CLICKHOUSE_SEED.keys[0]!;
const MESH_QUERY = /* GraphQL */ `
  query OrganizationServices($organizationId: UUID!) {
    instanceGetList(organizationId: $organizationId) { ... on instanceGetList_200_response { result { id name state tier } } }
  }
`;

function installMesh(): void {
  if (existsSync(join(MESH_DIRECTORY, 'node_modules', '.bin', 'hive-gateway'))) return;
  mkdirSync(MESH_DIRECTORY, { recursive: true });
  writeFileSync(join(MESH_DIRECTORY, 'package.json'), JSON.stringify({ name: 'opsgraph-bench-mesh', private: true, type: 'module' }));
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', ...MESH_PACKAGES], { cwd: MESH_DIRECTORY, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing Mesh failed: ${install.stderr.slice(-500)}`);
}

function compose(clickhouseUrl: string): void {
  writeFileSync(
    join(MESH_DIRECTORY, 'mesh.config.ts'),
    `import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';
export const composeConfig = defineConfig({
  subgraphs: [{ sourceHandler: loadOpenAPISubgraph('ClickHouse', {
    source: ${JSON.stringify(SPEC)},
    endpoint: ${JSON.stringify(clickhouseUrl)},
    operationHeaders: { Authorization: '{env.CLICKHOUSE_AUTHORIZATION}' },
  }) }],
});
`,
  );
  const composed = spawnSync(join(MESH_DIRECTORY, 'node_modules', '.bin', 'mesh-compose'), ['-o', 'supergraph.graphql'], { cwd: MESH_DIRECTORY, encoding: 'utf8' });
  if (composed.status !== 0) throw new Error(`mesh-compose failed: ${(composed.stderr || composed.stdout).slice(-500)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Hive Gateway's response cache, as its documentation configures it: one global session, the
 * plugin's default TTL (no expiry) and an in-memory store.
 */
function writeResponseCacheConfig(): void {
  writeFileSync(
    join(MESH_DIRECTORY, CACHED_CONFIG),
    `import { defineConfig } from '@graphql-hive/gateway';
export const gatewayConfig = defineConfig({ responseCaching: { session: () => null } });
`,
  );
}

async function startHiveGateway(configPath?: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const args = ['supergraph', 'supergraph.graphql', '--port', String(port), '--host', '127.0.0.1', ...(configPath ? ['--config-path', configPath] : [])];
  const child = spawn(join(MESH_DIRECTORY, 'node_modules', '.bin', 'hive-gateway'), args, {
    cwd: MESH_DIRECTORY,
    env: { ...process.env, NODE_ENV: 'production', CLICKHOUSE_AUTHORIZATION: `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Hive Gateway did not start: ${output.slice(-500)}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with ${code}: ${output.slice(-500)}`)));
  });
  // Its log lines go nowhere from here on, as ours do (stdout to /dev/null in the bench child).
  child.stdout!.resume();
  child.stderr!.resume();
  return { url: `http://127.0.0.1:${port}/graphql`, process: child };
}

async function checkAnswer(url: string, body: string, read: (data: unknown) => unknown[] | undefined): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  const services = json.data === undefined ? undefined : read(json.data);
  if (!services || json.errors) throw new Error(`${url} answered ${JSON.stringify(json).slice(0, 300)}`);
  return services.length;
}

/** ClickHouse calls the simulator took while `send` ran (nothing else may be loading it). */
async function upstreamCallsDuring(child: GatewayChild, send: () => Promise<unknown>): Promise<number> {
  await child.reset();
  await send();
  return (await child.counts()).clickhouse.total;
}

export async function runMesh(options: BenchOptions): Promise<WorkloadResult> {
  const base = { id: 'mesh', title: 'Against GraphQL Mesh / Hive Gateway', columns: ['target', 'requests/s', 'p50 (ms)', 'errors'], headlines: [] };
  if (!existsSync(SPEC)) {
    return { ...base, description: `Skipped: the ClickHouse OpenAPI spec Mesh is composed from is not at ${SPEC}.`, rows: [], notes: [] };
  }
  installMesh();
  const seconds = options.quick ? 3 : 10;
  const runs = Math.max(1, Math.min(options.runs, 3));
  const child = await startGatewayChild({});
  // The engine alone: no kept results, so no kept answers either (both hang on RESULT_CACHE_ENTRIES).
  const engine = await startGatewayChild({}, { env: { RESULT_CACHE_ENTRIES: '0' } });
  let hive: { url: string; process: ChildProcess } | undefined;
  let hiveCached: { url: string; process: ChildProcess } | undefined;
  try {
    compose(child.clickhouseUrl);
    writeResponseCacheConfig();
    hive = await startHiveGateway();
    hiveCached = await startHiveGateway(CACHED_CONFIG);
    const oursBody = JSON.stringify({ query: ONE_ORGANIZATION_SERVICES, variables: { uuid: key.organizationId } });
    const meshBody = JSON.stringify({ query: MESH_QUERY, variables: { organizationId: key.organizationId } });
    const readOurs = (data: unknown) => (data as { organization?: { services?: { edges: unknown[] } } }).organization?.services?.edges;
    const readMesh = (data: unknown) => (data as { instanceGetList?: { result?: unknown[] } }).instanceGetList?.result;
    // All four answer the same services before anything is timed.
    const ours = await checkAnswer(child.url, oursBody, readOurs);
    const oursEngine = await checkAnswer(engine.url, oursBody, readOurs);
    const theirs = await checkAnswer(hive.url, meshBody, readMesh);
    const theirsCached = await checkAnswer(hiveCached.url, meshBody, readMesh);
    if (new Set([ours, oursEngine, theirs, theirsCached]).size !== 1) {
      throw new Error(`opsgraph listed ${ours} services, its engine ${oursEngine}, Mesh ${theirs}, Mesh with its response cache ${theirsCached}`);
    }
    // A response cache hit calls nothing upstream; without the cache every request does.
    const cachedCalls = await upstreamCallsDuring(child, () => Promise.all([1, 2, 3].map(() => checkAnswer(hiveCached!.url, meshBody, readMesh))));
    const uncachedCalls = await upstreamCallsDuring(child, () => checkAnswer(hive!.url, meshBody, readMesh));
    if (cachedCalls !== 0 || uncachedCalls === 0) {
      throw new Error(`Hive Gateway's response cache is not answering: 3 requests with it made ${cachedCalls} upstream calls, 1 without it ${uncachedCalls}`);
    }
    const targets = [
      { url: engine.url, body: oursBody, results: [] as LoadResult[] },
      { url: hiveCached.url, body: meshBody, results: [] as LoadResult[] },
      { url: child.url, body: oursBody, results: [] as LoadResult[] },
      { url: hive.url, body: meshBody, results: [] as LoadResult[] },
    ];
    for (const target of targets) await loadGraphql(target.url, target.body, 1);
    for (let run = 0; run < runs; run++) {
      for (const target of targets) target.results.push(await loadGraphql(target.url, target.body, seconds));
    }
    const [e, c, a, b] = targets.map((target) => medianLoad(target.results)) as [LoadResult, LoadResult, LoadResult, LoadResult];
    const ratio = Math.round((a.rps / b.rps) * 100) / 100;
    const engineRatio = Math.round((e.rps / c.rps) * 100) / 100;
    const hiveName = `Hive Gateway ${MESH_PACKAGES[0]!.split('@')[2]} (Mesh, @omnigraph/openapi ${MESH_PACKAGES[1]!.split('@')[2]})`;
    return {
      ...base,
      description:
        `autocannon, ${CONNECTIONS} connections, ${seconds} s per measurement, median of ${runs}, the four targets in turn; the same ${ours} services (id, name, state, tier) of one organization, ` +
        'from the same ClickHouse simulator at 0 ms injected latency. Hive Gateway serves a supergraph that mesh-compose built from the real ClickHouse Cloud OpenAPI spec, with its defaults (NODE_ENV=production), and again with its response cache on.',
      rows: [
        ['opsgraph', a.rps, a.p50, a.errors],
        ['opsgraph engine (kept results off: RESULT_CACHE_ENTRIES=0)', e.rps, e.p50, e.errors],
        [hiveName, b.rps, b.p50, b.errors],
        [`${hiveName} with its response cache (responseCaching)`, c.rps, c.p50, c.errors],
        [`ratio opsgraph / Mesh (goal ≥ ${GOAL})`, ratio, '', ''],
        [`ratio opsgraph engine (kept results off) / Hive Gateway with response cache (goal ≥ ${ENGINE_GOAL})`, engineRatio, '', ''],
      ],
      notes: [
        'Mesh has no response cache unless configured, so each of its requests is an upstream call; opsgraph answers repeats from its shared cache and kept results, which is the point of comparing a warm read.',
        `The engine is opsgraph with RESULT_CACHE_ENTRIES=0: every request is parsed (cached), validated, executed and serialised, its upstream reads answered by the shared cache (no upstream call), as every subscription event and every varied query is. Hive Gateway with responseCaching ({ session: () => null }, ${CACHED_CONFIG}) answers the repeated query whole from its cache: before timing, 3 requests to it made ${cachedCalls} upstream calls, 1 to Hive Gateway without it made ${uncachedCalls}.`,
        `Mesh runs in its own processes; each opsgraph and its simulators share a bench child; the load generator runs in the driver: all on the same ${(await import('node:os')).cpus().length} cores.`,
      ],
      headlines: [
        { label: 'Warm read: opsgraph / Mesh requests/s', value: ratio, baseline: GOAL, unit: '×' },
        { label: 'Engine (kept results off) / Hive Gateway response cache requests/s', value: engineRatio, baseline: ENGINE_GOAL, unit: '×' },
      ],
    };
  } finally {
    hive?.process.kill('SIGTERM');
    hiveCached?.process.kill('SIGTERM');
    await Promise.all([child.stop(), engine.stop()]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runMesh({ latencyMs: 0, runs: Number(process.env.BENCH_RUNS ?? 1), quick: process.env.BENCH_QUICK === '1' }).then(
    (result) => {
      console.log(result.description);
      for (const row of result.rows) console.log(row.join(' | '));
      for (const note of result.notes) console.log(note);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
