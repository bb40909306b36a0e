/**
 * Profile: the gateway child under `node --cpu-prof`, loaded by autocannon on the warm dashboard
 * and on one service by id (cache hits: no upstream call). The profile's self time is summed by
 * area (where the code that ran lives), so each area's share of the gateway's busy time, and its
 * microseconds per request, say where a warm request goes.
 *
 * Run alone: `npx tsx bench/workloads/profile.ts` (BENCH_QUICK=1 for a short run).
 * BENCH_PROFILE_ENGINE=1 profiles the engine alone: both gateways with RESULT_CACHE_ENTRIES=0, so
 * no request is answered from a kept result and every one is executed from the cached upstream
 * answers (as every subscription event and every varied query is).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DASHBOARD_QUERY } from '../../src/examples.js';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { prepareBaseline } from '../harness/baseline.js';
import { startGatewayChild, type ChildProcessOptions } from '../harness/child.js';
import { loadGraphql } from '../harness/load.js';
import type { BenchOptions, WorkloadResult } from './types.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Areas in the order they are tested: the first that matches a frame takes its self time. */
const AREAS: ReadonlyArray<[string, (frame: ProfileNode['callFrame']) => boolean]> = [
  ['idle', (f) => f.functionName === '(idle)' || f.functionName === '(program)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['module loading (start-up, not per request)', (f) => f.url.includes('node:internal/modules') || ['compileSourceTextModule', 'wrapSafe'].includes(f.functionName) || f.url.includes('/tsx/') || f.url.includes('esbuild')],
  ['armor rules', (f) => f.url.includes('graphql-armor')],
  ['CSRF', (f) => f.url.includes('plugin-csrf')],
  ['persisted operations', (f) => f.url.includes('persisted-operations')],
  ['request log and metrics', (f) => ['/src/observability/', 'prom-client', '/pino/', 'sonic-boom'].some((part) => f.url.includes(part))],
  ['auth and tokens', (f) => f.url.includes('/src/yoga.ts') || f.url.includes('/src/security.ts')],
  ['context creation', (f) => f.url.includes('/src/context.ts')],
  ['node:http to fetch bridge', (f) => f.url.includes('/src/http-handler.ts') || f.url.includes('@whatwg-node')],
  ['yoga and envelop', (f) => f.url.includes('graphql-yoga') || f.url.includes('@envelop')],
  ['parse', (f) => f.url.includes('/graphql/language/')],
  ['validate', (f) => f.url.includes('/graphql/validation/')],
  ['execute', (f) => ['/graphql/execution/', '/graphql/jsutils/', '/graphql/type/', '@graphql-tools/', 'graphql-jit'].some((part) => f.url.includes(part))],
  ['Pothos plugin wrappers', (f) => f.url.includes('@pothos')],
  ['resolvers, loaders and cache', (f) => f.url.includes('/src/') || f.url.includes('dataloader')],
  ['JSON serialisation', (f) => f.functionName === 'stringify' || f.functionName === 'parse'],
  ['HTTP parsing and sockets (node: internals)', (f) => f.url.startsWith('node:')],
  ['V8 builtins (no source: array, string, promise work)', (f) => f.url === '' && !f.functionName.startsWith('(')],
];

function areaOf(frame: ProfileNode['callFrame']): string {
  return AREAS.find(([, test]) => test(frame))?.[0] ?? 'other';
}

/** The heaviest functions of an area (self time), as `name (file)`. */
function heaviest(profile: CpuProfile, area: string, count: number): string[] {
  const byNode = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    if (areaOf(node.callFrame) !== area) continue;
    const file = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '');
    const name = `${node.callFrame.functionName || '(anonymous)'} (${file || 'native'})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + (byNode.get(node.id) ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name]) => name);
}

/** Self time per area in µs, idle left out. */
function selfTimeByArea(profile: CpuProfile): Map<string, number> {
  const areaOfNode = new Map(profile.nodes.map((node) => [node.id, areaOf(node.callFrame)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    const area = areaOfNode.get(nodeId) ?? 'other';
    if (area === 'idle' || area.startsWith('module loading')) return;
    totals.set(area, (totals.get(area) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

interface ProfileRun {
  totals: Map<string, number>;
  busy: number;
  requests: number;
  loads: string[];
  heaviest: string[];
}

/** One gateway child (this tree's, or a baseline's) profiled under the same load. */
async function profileGateway(seconds: number, processOptions: ChildProcessOptions = {}): Promise<ProfileRun> {
  const directory = mkdtempSync(join(tmpdir(), 'opsgraph-profile-'));
  const key = CLICKHOUSE_SEED.keys[0]!;
  const service = CLICKHOUSE_SEED.services.acmeProduction;
  const env = { ...processOptions.env, ...(ENGINE_ONLY ? { RESULT_CACHE_ENTRIES: '0' } : {}) };
  const child = await startGatewayChild({}, { ...processOptions, env, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', directory] });
  let requests = 0;
  const loads: string[] = [];
  try {
    const dashboard = JSON.stringify({ query: DASHBOARD_QUERY });
    const one = JSON.stringify({
      query: 'query One($org: UUID!, $id: UUID!) { organization(uuid: $org) { service(uuid: $id) { id name state tier } } }',
      variables: { org: key.organizationId, id: service.id },
    });
    // Warm both first: the profile is of cache hits.
    await loadGraphql(child.url, dashboard, 1);
    await loadGraphql(child.url, one, 1);
    for (const [label, body] of [['warm dashboard', dashboard], ['one service by id', one]] as const) {
      const result = await loadGraphql(child.url, body, seconds);
      requests += result.requests;
      loads.push(`${label}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms`);
    }
  } finally {
    await child.stop();
  }
  const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('the gateway child wrote no CPU profile');
  const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile;
  rmSync(directory, { recursive: true, force: true });
  const totals = selfTimeByArea(profile);
  const busy = [...totals.values()].reduce((sum, value) => sum + value, 0);
  const biggest = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([area]) => `${area}: ${heaviest(profile, area, 4).join(', ')}`);
  return { totals, busy, requests: Math.max(1, requests), loads, heaviest: biggest };
}

/**
 * The gateway as it was before the warm-path cuts (the commit that added this workload), started
 * the way npm start started it then (NODE_ENV unset, so graphql-js ran its development checks).
 * BENCH_PROFILE_BASELINE=<commit> picks another; "none" skips it.
 */
const DEFAULT_BASELINE = '48cbff9';
/** BENCH_PROFILE_ENGINE=1: kept results off in both gateways. */
const ENGINE_ONLY = process.env.BENCH_PROFILE_ENGINE === '1';

export async function runProfile(options: BenchOptions): Promise<WorkloadResult> {
  const seconds = options.quick ? 3 : 8;
  const baselineCommit = process.env.BENCH_PROFILE_BASELINE ?? DEFAULT_BASELINE;
  const baseline = baselineCommit === 'none' ? { unavailable: 'BENCH_PROFILE_BASELINE=none' } : prepareBaseline(baselineCommit);
  let before: ProfileRun | undefined;
  let notStarted: string | undefined;
  if ('script' in baseline) {
    try {
      // The default baseline ran as npm start ran then (NODE_ENV unset); a chosen one as it runs now.
      before = await profileGateway(seconds, { script: baseline.script, env: baselineCommit === DEFAULT_BASELINE ? { NODE_ENV: 'development' } : {} });
    } catch (error) {
      // This checkout's harness may need modules the old tree does not have (src/deps.ts came later):
      // the table then has no before column, and says why, rather than the whole bench failing.
      notStarted = `the baseline ${baselineCommit} did not start under this harness: ${(error as Error).message}`;
    } finally {
      baseline.remove();
    }
  }
  const after = await profileGateway(seconds);
  const share = (run: ProfileRun | undefined, area: string) => (run ? Math.round(((run.totals.get(area) ?? 0) / run.busy) * 1000) / 10 : '');
  const perRequest = (run: ProfileRun | undefined, area: string) => (run ? Math.round((run.totals.get(area) ?? 0) / run.requests) : '');
  const areas = [...new Set([...after.totals.keys(), ...(before?.totals.keys() ?? [])])].sort(
    (a, b) => (after.totals.get(b) ?? 0) - (after.totals.get(a) ?? 0),
  );
  const rows: (string | number)[][] = areas.map((area) => [area, share(before, area), perRequest(before, area), share(after, area), perRequest(after, area)]);
  const busyPerRequest = (run: ProfileRun) => Math.round(run.busy / run.requests);
  rows.push(['busy time per request (µs)', '', before ? busyPerRequest(before) : '', '', busyPerRequest(after)]);
  const beforeText = before && 'commit' in baseline ? `before: commit ${baseline.commit}, ${before.loads.join('; ')}` : `no before column (${'unavailable' in baseline ? baseline.unavailable : (notStarted ?? 'not run')})`;
  return {
    id: 'profile',
    title: `Where a warm request goes (CPU profile, before and after the warm-path cuts${ENGINE_ONLY ? '; the engine alone, RESULT_CACHE_ENTRIES=0' : ''})`,
    description:
      `The gateway child under node --cpu-prof, autocannon with 10 connections for ${seconds} s on the warm dashboard, then ${seconds} s on one service by id (both cache hits). ` +
      `Self time of every sampled function, summed by the area its code lives in; idle time left out. ${beforeText}; after: this checkout, ${after.loads.join('; ')}.`,
    columns: ['area', 'before: share of busy time (%)', 'before: µs per request', 'after: share of busy time (%)', 'after: µs per request'],
    rows,
    notes: [
      baselineCommit === DEFAULT_BASELINE
        ? `"Before" is the gateway source of commit ${baselineCommit} (the commit that added this workload, before any cut), started as npm start started it then (NODE_ENV unset) and driven by this checkout's harness in the same run; "after" is this checkout, started as npm start starts it (NODE_ENV=production). Both log a line per request at the default level to stdout (here /dev/null).`
        : `"Before" is the gateway source of commit ${baselineCommit} (BENCH_PROFILE_BASELINE), "after" this checkout, both started as npm start starts them (NODE_ENV=production) and driven by this checkout's harness in the same run. Both log a line per request at the default level to stdout (here /dev/null).`,
      'Areas are assigned by the file a function comes from, first match wins: plugin files of armor, CSRF and persisted operations, src/observability with pino (request log, metrics), src/context.ts, src/http-handler.ts with @whatwg-node (the node:http to fetch bridge), graphql-yoga and @envelop, graphql-js parse / validate / execute (graphql-jit compiled code counted with execute), @pothos, the rest of src (resolvers, loaders, cache), JSON, then Node internals (HTTP parsing, sockets).',
      'The load generator runs in the driver process; only the child is profiled.',
      `Heaviest functions of the biggest areas after: ${after.heaviest.join('; ')}.`,
    ],
    headlines: [{ label: 'profile: busy µs per warm request', value: busyPerRequest(after), baseline: before && busyPerRequest(before), unit: 'µs' }],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runProfile({ latencyMs: 0, runs: 1, quick: process.env.BENCH_QUICK === '1' }).then(
    (result) => {
      console.log(result.description);
      for (const row of result.rows) console.log(row.join(' | '));
      console.log(result.notes.at(-1));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
