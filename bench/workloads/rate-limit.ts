/**
 * W1 against a simulator enforcing ClickHouse's 10 requests per 10 s per key, with the gateway's
 * budget at the same limit: how long the dashboard takes when it needs more than one window of
 * calls, what 20 concurrent dashboards cost cold and warm, and how many 429s were provoked.
 */
import { graphqlRequest, startGatewayChild } from '../harness/child.js';
import type { BenchOptions, WorkloadResult } from './types.js';
import { W1_QUERY } from './queries.js';

const LIMIT = { limit: 10, windowMs: 10_000 };
const CONCURRENT = 20;

export async function runRateLimit(options: BenchOptions): Promise<WorkloadResult> {
  // 7 seeded + 13 extra services: a cold W1 needs 1 + 1 + 20 = 22 calls, three budget windows.
  const extraServices = options.quick ? 4 : 13;
  const child = await startGatewayChild({
    latencyMs: options.latencyMs,
    simulatorRateLimit: LIMIT,
    gatewayRateLimit: `${LIMIT.limit}/${LIMIT.windowMs / 1000}s`,
    extraServices,
  });
  const rows: (string | number)[][] = [];
  let total429 = 0;
  const run = async (label: string, concurrent: number, flush: boolean) => {
    if (flush) await child.ask({ type: 'flushCache' });
    await child.reset();
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: concurrent }, () => graphqlRequest(child.url, W1_QUERY)));
    const seconds = (performance.now() - started) / 1000;
    const counts = await child.counts();
    const errors = results.filter((result) => result.body.errors).length;
    const tooMany = counts.clickhouse.byStatus['429'] ?? 0;
    total429 += tooMany;
    rows.push([label, concurrent, counts.clickhouse.total, Math.round(seconds * 10) / 10, errors, tooMany]);
  };
  try {
    await run('W1 cold', 1, true);
    // Let the budget window drain so the next cold run starts from a full budget.
    await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs + 500));
    await run(`${CONCURRENT} × W1 concurrent, cold`, CONCURRENT, true);
    await run(`${CONCURRENT} × W1 concurrent, warm`, CONCURRENT, false);
  } finally {
    await child.stop();
  }
  const services = 7 + extraServices;
  return {
    id: 'rate-limit',
    title: 'Rate limit: 10 requests per 10 s per key',
    description:
      `W1 over ${services} services (a cold W1 needs ${2 + services} calls) against a simulator that answers 429 beyond 10 requests in any 10 s, ` +
      `with the gateway's budget at 10/10s and ${options.latencyMs} ms injected latency.`,
    columns: ['run', 'queries', 'upstream calls', 'time to complete (s)', 'queries with errors', '429s provoked'],
    rows,
    notes: [
      '429s provoked must be 0: the budget holds each slot from send until a full window after the response, so the upstream never counts more than 10 arrivals in any 10 s.',
      `${CONCURRENT} concurrent cold dashboards share one call per URL (in-flight coalescing), so they cost what one costs; warm ones are served from the shared cache (a call or two remain when the cold run outlasted the 10 s TTL of the service list).`,
      total429 === 0 ? 'Observed: no 429 in any run.' : `Observed: ${total429} responses with 429 — a regression.`,
    ],
    headlines: [{ label: 'Rate limit: 429s provoked', value: total429, unit: '429s' }],
  };
}
