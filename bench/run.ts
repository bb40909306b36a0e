/**
 * npm run bench: runs the workloads, writes bench/RESULTS.md and bench/results.svg, prints the
 * tables. Settings: BENCH_LATENCY_MS (default 50), BENCH_RUNS (default 5), BENCH_QUICK=1,
 * BENCH_ONLY=economy,rate-limit,overhead,fanout,replicas,profile,mesh,tracing, BENCH_CLUSTER=n (overhead against n
 * node:cluster workers), BENCH_PROFILE_BASELINE=<commit>|none (the profile's "before" gateway).
 */
import { writeFileSync } from 'node:fs';
import { consoleTable, markdown, svg } from './report.js';
import { runEconomy } from './workloads/economy.js';
import { runFanout } from './workloads/fanout.js';
import { runOverhead } from './workloads/overhead.js';
import { runRateLimit } from './workloads/rate-limit.js';
import { runReplicas } from './workloads/replicas.js';
import { runProfile } from './workloads/profile.js';
import { runMesh } from './workloads/mesh.js';
import { runTracing } from './workloads/tracing.js';
import type { BenchOptions, WorkloadResult } from './workloads/types.js';

const WORKLOADS: Record<string, (options: BenchOptions) => Promise<WorkloadResult>> = {
  economy: runEconomy,
  'rate-limit': runRateLimit,
  overhead: runOverhead,
  fanout: runFanout,
  replicas: runReplicas,
  profile: runProfile,
  mesh: runMesh,
  tracing: runTracing,
};

/**
 * The overhead workload's goals include the engine's ratio against Hive Gateway with its response
 * cache, which the mesh workload measures (it installs and runs Hive Gateway): copied into the
 * overhead's goal table when both ran, so the warm-path goals read in one place.
 */
function withEngineGoal(results: WorkloadResult[]): void {
  const goals = results.find((result) => result.id === 'overhead')?.tables?.find((table) => table.title.startsWith('Warm-path goals'));
  if (!goals) return;
  const engine = results.find((result) => result.id === 'mesh')?.headlines.find((headline) => headline.label.startsWith('Engine'));
  const label = 'engine (kept results off) / Hive Gateway with its response cache, requests/s (measured by the mesh workload in this run)';
  if (!engine) return void goals.rows.push([label, 'not measured: run the mesh workload too', `≥ 1.5`, '']);
  goals.rows.push([label, engine.value, `≥ ${engine.baseline}`, engine.value >= (engine.baseline ?? Infinity) ? 'yes' : 'no']);
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const options: BenchOptions = {
    latencyMs: integer('BENCH_LATENCY_MS', 50, 0, 5_000),
    runs: integer('BENCH_RUNS', quick ? 1 : 5, 1, 50),
    quick,
  };
  const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim()).filter(Boolean) ?? Object.keys(WORKLOADS);
  const unknown = only.filter((id) => !(id in WORKLOADS));
  if (unknown.length > 0) throw new Error(`Unknown workload(s) ${unknown.join(', ')}; known: ${Object.keys(WORKLOADS).join(', ')}`);

  const results: WorkloadResult[] = [];
  for (const id of only) {
    const started = performance.now();
    process.stdout.write(`running ${id}... `);
    results.push(await WORKLOADS[id]!(options));
    process.stdout.write(`${Math.round((performance.now() - started) / 1000)} s\n`);
  }
  withEngineGoal(results);
  const directory = new URL('./', import.meta.url);
  writeFileSync(new URL('RESULTS.md', directory), markdown(results, options));
  writeFileSync(new URL('results.svg', directory), svg(results.flatMap((result) => result.headlines)));
  console.log(consoleTable(results));
  console.log('\nwrote bench/RESULTS.md and bench/results.svg');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
