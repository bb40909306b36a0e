/**
 * W1 and W2: upstream calls per query against the one-list-per-parent count a naive gateway
 * makes, cold (empty cache) and warm, and wall time against the critical path
 * (levels × injected latency).
 */
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../../src/simulator/divio/index.js';
import { graphqlRequest, median, startGatewayChild, type GatewayChild } from '../harness/child.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { W1_QUERY, W2_QUERY } from './queries.js';

interface Measured {
  cold: number[];
  warm: number[];
  coldMs: number[];
  warmMs: number[];
}

async function measure(child: GatewayChild, query: string, upstream: 'clickhouse' | 'divio', runs: number): Promise<Measured> {
  const result: Measured = { cold: [], warm: [], coldMs: [], warmMs: [] };
  for (let run = 0; run < runs; run++) {
    await child.ask({ type: 'flushCache' });
    await child.reset();
    const cold = await graphqlRequest(child.url, query);
    if (cold.body.errors) throw new Error(`cold run failed: ${JSON.stringify(cold.body.errors)}`);
    result.cold.push((await child.counts())[upstream].total);
    result.coldMs.push(cold.ms);
    await child.reset();
    const warm = await graphqlRequest(child.url, query);
    if (warm.body.errors) throw new Error(`warm run failed: ${JSON.stringify(warm.body.errors)}`);
    result.warm.push((await child.counts())[upstream].total);
    result.warmMs.push(warm.ms);
  }
  return result;
}

const round = (value: number) => Math.round(value * 10) / 10;

export async function runEconomy(options: BenchOptions): Promise<WorkloadResult> {
  const child = await startGatewayChild({ latencyMs: options.latencyMs });
  try {
    const w1 = await measure(child, W1_QUERY, 'clickhouse', options.runs);
    const w2 = await measure(child, W2_QUERY, 'divio', options.runs);
    const acme = CLICKHOUSE_SEED.organizations.acme.id;
    const services = Object.values(CLICKHOUSE_SEED.services).filter((service) => service.organizationId === acme).length;
    const org = DIVIO_SEED.organisations.acme.id;
    const applications = DIVIO_SEED.counts.applicationsByOrganisation[org]!;
    const environments = DIVIO_SEED.counts.environmentsByOrganisation[org]!;
    // A gateway with one upstream list per parent object: organizations, services per organization,
    // backups per service; applications, environments per application, deployments per environment.
    const naiveW1 = 1 + 1 + services;
    const naiveW2 = 1 + applications + environments;
    const L = options.latencyMs;
    const rows = [
      ['W1 organization → services → backups', naiveW1, median(w1.cold), median(w1.warm), 3, 3 * L, round(median(w1.coldMs)), round(median(w1.warmMs))],
      ['W2 applications → environments → 5 deployments', naiveW2, median(w2.cold), median(w2.warm), 3, 3 * L, round(median(w2.coldMs)), round(median(w2.warmMs))],
    ];
    return {
      id: 'economy',
      title: 'Upstream economy: W1 and W2',
      description:
        `Calls the simulators received per query (median of ${options.runs} runs), cold (cache flushed) and warm (same query again), ` +
        `with ${L} ms injected per upstream request; "one list per parent" is what a gateway issuing one upstream list call per parent object makes.`,
      columns: ['workload', 'one list per parent', 'calls cold', 'calls warm', 'levels', `critical path (ms)`, 'wall cold (ms)', 'wall warm (ms)'],
      rows,
      notes: [
        `W1 over ${services} services: ClickHouse has no bulk backup endpoint, so cold W1 needs one backup list per service (all in flight together); warm W1 costs nothing.`,
        `W2 over ${applications} applications, ${environments} environments: environments and deployments come from organisation-wide lists, walked with page_size=100; each walk is two sequential round trips (first page for the count, then the rest in parallel), so the cold critical path is 1 + 2 + 2 = 5 round trips, not 3.`,
      ],
      headlines: [
        { label: 'W1 upstream calls, cold', value: median(w1.cold), baseline: naiveW1, unit: 'calls' },
        { label: 'W2 upstream calls, cold', value: median(w2.cold), baseline: naiveW2, unit: 'calls' },
        { label: 'W1/W2 upstream calls, warm', value: median(w1.warm) + median(w2.warm), baseline: naiveW1 + naiveW2, unit: 'calls' },
      ],
    };
  } finally {
    await child.stop();
  }
}
