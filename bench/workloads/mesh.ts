/**
 * Against GraphQL Mesh / Hive Gateway: the same warm read (one organization's services: id, name,
 * state, tier) through opsgraph and through Hive Gateway serving a Mesh supergraph composed from
 * the real ClickHouse Cloud OpenAPI spec, both against the same simulator, in the same run.
 *
 * Mesh is not a dependency of opsgraph: the first run installs pinned versions into
 * node_modules/.cache/opsgraph-bench-mesh (npm registry needed once). The spec is read from
 * ../shared/reference/clickhouse-cloud-openapi.json; without it the workload says so and skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { startGatewayChild } from '../harness/child.js';
import { loadGraphql, LOAD_CONNECTIONS, medianLoad, type LoadResult } from '../harness/load.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { ONE_ORGANIZATION_SERVICES } from './queries.js';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const MESH_DIRECTORY = join(REPOSITORY, 'node_modules', '.cache', 'opsgraph-bench-mesh');
const SPEC = join(REPOSITORY, '..', 'shared', 'reference', 'clickhouse-cloud-openapi.json');
const MESH_PACKAGES = ['@graphql-hive/gateway@2.15.1', '@omnigraph/openapi@0.112.4', '@graphql-mesh/compose-cli@1.8.2', 'graphql@16.15.0'];
const CONNECTIONS = LOAD_CONNECTIONS;
const GOAL = 5;

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

async function startHiveGateway(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(join(MESH_DIRECTORY, 'node_modules', '.bin', 'hive-gateway'), ['supergraph', 'supergraph.graphql', '--port', String(port), '--host', '127.0.0.1'], {
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

export async function runMesh(options: BenchOptions): Promise<WorkloadResult> {
  const base = { id: 'mesh', title: 'Against GraphQL Mesh / Hive Gateway', columns: ['target', 'requests/s', 'p50 (ms)', 'errors'], headlines: [] };
  if (!existsSync(SPEC)) {
    return { ...base, description: `Skipped: the ClickHouse OpenAPI spec Mesh is composed from is not at ${SPEC}.`, rows: [], notes: [] };
  }
  installMesh();
  const seconds = options.quick ? 3 : 10;
  const runs = Math.max(1, Math.min(options.runs, 3));
  const child = await startGatewayChild({});
  let hive: { url: string; process: ChildProcess } | undefined;
  try {
    compose(child.clickhouseUrl);
    hive = await startHiveGateway();
    const oursBody = JSON.stringify({ query: ONE_ORGANIZATION_SERVICES, variables: { uuid: key.organizationId } });
    const meshBody = JSON.stringify({ query: MESH_QUERY, variables: { organizationId: key.organizationId } });
    // Both answer the same services before anything is timed.
    const ours = await checkAnswer(child.url, oursBody, (data) => (data as { organization?: { services?: { edges: unknown[] } } }).organization?.services?.edges);
    const theirs = await checkAnswer(hive.url, meshBody, (data) => (data as { instanceGetList?: { result?: unknown[] } }).instanceGetList?.result);
    if (ours !== theirs) throw new Error(`opsgraph listed ${ours} services, Mesh ${theirs}`);
    await loadGraphql(child.url, oursBody, 1);
    await loadGraphql(hive.url, meshBody, 1);
    const opsgraph: LoadResult[] = [];
    const mesh: LoadResult[] = [];
    for (let run = 0; run < runs; run++) {
      opsgraph.push(await loadGraphql(child.url, oursBody, seconds));
      mesh.push(await loadGraphql(hive.url, meshBody, seconds));
    }
    const a = medianLoad(opsgraph);
    const b = medianLoad(mesh);
    const ratio = Math.round((a.rps / b.rps) * 100) / 100;
    return {
      ...base,
      description:
        `autocannon, ${CONNECTIONS} connections, ${seconds} s per measurement, median of ${runs}, alternating; the same ${ours} services (id, name, state, tier) of one organization, ` +
        'from the same ClickHouse simulator at 0 ms injected latency. Hive Gateway serves a supergraph that mesh-compose built from the real ClickHouse Cloud OpenAPI spec, with its defaults (NODE_ENV=production).',
      rows: [
        ['opsgraph', a.rps, a.p50, a.errors],
        [`Hive Gateway ${MESH_PACKAGES[0]!.split('@')[2]} (Mesh, @omnigraph/openapi ${MESH_PACKAGES[1]!.split('@')[2]})`, b.rps, b.p50, b.errors],
        [`ratio opsgraph / Mesh (goal ≥ ${GOAL})`, ratio, '', ''],
      ],
      notes: [
        'Mesh has no response cache unless configured, so each of its requests is an upstream call; opsgraph answers repeats from its shared cache and kept results, which is the point of comparing a warm read.',
        `Mesh runs in its own process; opsgraph and the simulator share the bench child; the load generator runs in the driver: all on the same ${(await import('node:os')).cpus().length} cores.`,
      ],
      headlines: [{ label: 'Warm read: opsgraph / Mesh requests/s', value: ratio, baseline: GOAL, unit: '×' }],
    };
  } finally {
    hive?.process.kill('SIGTERM');
    await child.stop();
  }
}
