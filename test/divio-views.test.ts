/**
 * Views: reads of one object that answer something else, as fields on the object
 * (`Environment.metrics`, `Environment.logOccurrences`), with their arguments checked before any
 * upstream call, one upstream read per distinct query, and the object's visibility rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { errorCodes, startStack, tokenHeader, UMBRELLA_TOKEN, type Stack } from './support/stack.js';

const { shopLive } = DIVIO_SEED.resources;

const Metrics = graphql(/* GraphQL */ `
  query TestEnvironmentMetrics($id: DivioId!, $metrics: [String!]!, $window: MetricsTimeWindow) {
    environment(uuid: $id) {
      slug
      metrics(metrics: $metrics, timeWindowPreset: $window) { fromTs toTs interval metrics }
    }
  }
`);

const Occurrences = graphql(/* GraphQL */ `
  query TestLogOccurrences($id: DivioId!, $buckets: Int, $search: String, $service: String) {
    environment(uuid: $id) {
      all: logOccurrences(numberOfBuckets: $buckets) { occurrences }
      matching: logOccurrences(numberOfBuckets: $buckets, searchQuery: $search, service: $service) { occurrences }
    }
  }
`);

type Bucket = { from_ts: string; to_ts: string; count: number };
const total = (buckets: unknown[] | null | undefined) => (buckets as Bucket[]).reduce((sum, bucket) => sum + bucket.count, 0);

describe('Divio views through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('Environment.metrics reads the asked series over a preset window, once per distinct query', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(Metrics, { id: shopLive.environment, metrics: ['cpu_usage', 'memory_usage'], window: 'LAST_6_HOURS' });
    expect(result.errors).toBeUndefined();
    const metrics = result.data!.environment!.metrics!;
    expect(metrics.interval).toBe(300);
    expect(Date.parse(metrics.toTs!) - Date.parse(metrics.fromTs!)).toBe(6 * 3_600_000);
    const series = metrics.metrics as Record<string, [string, number][]>;
    expect(Object.keys(series).sort()).toEqual(['cpu_usage', 'memory_usage']);
    expect(series.cpu_usage!.length).toBeGreaterThanOrEqual(72);
    expect(series.cpu_usage!.every(([at, value]) => !Number.isNaN(Date.parse(at)) && value >= 0 && value <= 100)).toBe(true);
    expect(stack.divioCalls((path) => path.endsWith('/metrics/'))).toBe(1);
    expect(stack.divioCalls((_path, _method, query) => query.includes('metric=cpu_usage') && query.includes('metric=memory_usage') && query.includes('time_window_preset=6h'))).toBe(1);

    stack.resetUpstreamCalls();
    const again = await stack.execute(Metrics, { id: shopLive.environment, metrics: ['cpu_usage', 'memory_usage'], window: 'LAST_6_HOURS' });
    expect(again.data!.environment!.metrics).toEqual(metrics);
    expect(stack.divioCalls()).toBe(0);
  });

  it("an unknown metric is the upstream's coded refusal; an empty list is refused before any call", async () => {
    const unknown = await stack.execute(Metrics, { id: shopLive.environment, metrics: ['disk_wizardry'] });
    expect(unknown.data!.environment!.metrics).toBeNull();
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    stack.resetUpstreamCalls();
    const tooMany = await stack.execute(Metrics, { id: shopLive.environment, metrics: Array.from({ length: 21 }, (_, i) => `m${i}`) });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.extensions!.fields).toEqual([{ field: 'metrics', messages: ['must hold at most 20 items'] }]);
    expect(stack.divioCalls((path) => path.endsWith('/metrics/'))).toBe(0);
  });

  it('Environment.logOccurrences counts matching records per bucket', async () => {
    const result = await stack.execute(Occurrences, { id: shopLive.environment, buckets: 6, search: 'GET', service: 'web' });
    expect(result.errors).toBeUndefined();
    const { all, matching } = result.data!.environment!;
    expect(all!.occurrences).toHaveLength(6);
    expect(matching!.occurrences).toHaveLength(6);
    // A record every 15 s over the default hour: 240, of which the web requests match.
    expect(total(all!.occurrences)).toBe(240);
    expect(total(matching!.occurrences)).toBeGreaterThan(0);
    expect(total(matching!.occurrences)).toBeLessThan(240);
  });

  it('refuses bad arguments before any upstream call, naming each', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(Occurrences, { id: shopLive.environment, buckets: 31, search: 'ab' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    const fields = result.errors!.flatMap((error) => (error.extensions!.fields as { field: string }[]).map((field) => field.field));
    expect(fields.sort()).toEqual(['numberOfBuckets', 'numberOfBuckets', 'searchQuery']);
    expect(stack.divioCalls((path) => path.includes('logs-occurrence'))).toBe(0);
  });

  it("another token's environment is NOT_FOUND, and its views are never read", async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(Metrics, { id: shopLive.environment, metrics: ['cpu_usage'] }, tokenHeader(UMBRELLA_TOKEN));
    expect(result.data!.environment).toBeNull();
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(stack.divioCalls((path) => path.endsWith('/metrics/'))).toBe(0);
  });
});
