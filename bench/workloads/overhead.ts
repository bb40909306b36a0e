/**
 * Overhead: throughput and latency of a GraphQL query for one organization's services through
 * the gateway, against the same REST call made directly to the simulator, in the same run with
 * autocannon. The gateway answers from its shared cache (as it does in production for repeated
 * reads), so this measures what the gateway adds on a hit.
 */
import autocannon from 'autocannon';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { median, startGatewayChild } from '../harness/child.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { ONE_ORGANIZATION_SERVICES } from './queries.js';

const CONNECTIONS = 10;

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon(options);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function runOverhead(options: BenchOptions): Promise<WorkloadResult> {
  const key = CLICKHOUSE_SEED.keys[0]!;
  const duration = options.quick ? 3 : 10;
  const runs = Math.max(1, Math.min(options.runs, 3));
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const latencyMs of [0, options.latencyMs]) {
    const child = await startGatewayChild({ latencyMs });
    try {
      const graphql = [] as LoadResult[];
      const rest = [] as LoadResult[];
      for (let run = 0; run < runs; run++) {
        graphql.push(
          await load({
            url: child.url,
            method: 'POST',
            connections: CONNECTIONS,
            duration,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: ONE_ORGANIZATION_SERVICES, variables: { uuid: key.organizationId } }),
          }),
        );
        rest.push(
          await load({
            url: `${child.clickhouseUrl}/v1/organizations/${key.organizationId}/services`,
            connections: CONNECTIONS,
            duration,
            headers: { authorization: `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}` },
          }),
        );
      }
      const summary = (results: LoadResult[]) => ({
        rps: Math.round(median(results.map((r) => r.rps))),
        p50: median(results.map((r) => r.p50)),
        p99: median(results.map((r) => r.p99)),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
      });
      const g = summary(graphql);
      const r = summary(rest);
      ratios.push(g.rps / r.rps);
      rows.push([`${latencyMs} ms`, 'GraphQL via gateway', g.rps, g.p50, g.p99, g.errors]);
      rows.push([`${latencyMs} ms`, 'REST direct', r.rps, r.p50, r.p99, r.errors]);
      rows.push([`${latencyMs} ms`, 'ratio gateway / direct', Math.round((g.rps / r.rps) * 100) / 100, Math.round((g.p50 / Math.max(r.p50, 0.01)) * 100) / 100, Math.round((g.p99 / Math.max(r.p99, 0.01)) * 100) / 100, '']);
    } finally {
      await child.stop();
    }
  }
  return {
    id: 'overhead',
    title: 'Overhead: GraphQL through the gateway vs the REST call directly',
    description:
      `autocannon, ${CONNECTIONS} connections, ${duration} s per measurement, median of ${runs}; the GraphQL query asks one organization's services ` +
      '(id, name, state, tier); the REST call is GET /v1/organizations/{id}/services on the simulator. Both servers run in one child process on 2 cores.',
    columns: ['injected latency', 'target', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors'],
    rows,
    notes: [
      'The gateway serves repeated reads from its shared cache (10 s TTL for service lists) and makes about one upstream call per TTL, so with injected latency it is faster than the upstream it fronts; at 0 ms the ratio is the cost of GraphQL parsing, validation, execution and JSON on a cache hit.',
      'No rate limit is enforced in this workload (the direct REST load would be throttled at 10 per 10 s).',
    ],
    headlines: [{ label: 'Overhead: gateway/direct requests/s at 0 ms', value: Math.round(ratios[0]! * 100) / 100, unit: '×' }],
  };
}
