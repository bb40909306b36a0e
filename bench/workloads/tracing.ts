/**
 * Tracing: what OpenTelemetry traces cost on the warm path. The same warm GraphQL read as the
 * overhead workload (one organization's services, answered from the shared cache), through a
 * gateway child with tracing off (no OTEL_* variable: no SDK) and with tracing on at sampling 1.0
 * (OTEL_TRACES_SAMPLER=always_on), exporting OTLP/HTTP (protobuf, the SDK's default) to a receiver
 * in this driver process, which counts what arrives; and on with OTEL_TRACES_SAMPLER=always_off
 * (the SDK runs and propagates context, no span is recorded). Each twice: with kept results (the default:
 * a warm read is answered before GraphQL runs, one HTTP span) and with RESULT_CACHE_ENTRIES=0
 * (every request parses, validates and executes: an HTTP, operation, parse, validate, execute and
 * a cache-hit span per request).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { startGatewayChild } from '../harness/child.js';
import { loadGraphql, LOAD_CONNECTIONS, medianLoad, type LoadResult } from '../harness/load.js';
import { ONE_ORGANIZATION_SERVICES } from './queries.js';
import type { BenchOptions, WorkloadResult } from './types.js';

const key = CLICKHOUSE_SEED.keys[0]!;
const GRAPHQL_BODY = JSON.stringify({ query: ONE_ORGANIZATION_SERVICES, variables: { uuid: key.organizationId } });

interface Receiver {
  url: string;
  exports: number;
  bytes: number;
  close(): Promise<void>;
}

/** A minimal OTLP/HTTP trace receiver: accepts POST /v1/traces, counts requests and bytes. */
async function startReceiver(): Promise<Receiver> {
  const receiver = { url: '', exports: 0, bytes: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => (size += chunk.length));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        receiver.exports += 1;
        receiver.bytes += size;
      }
      // An empty ExportTraceServiceResponse, in the encoding the exporter used.
      const json = (req.headers['content-type'] ?? '').includes('json');
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      res.end(json ? '{}' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return receiver;
}

/**
 * The gateways side by side, warmed, then loaded in turn (off, on, ..., off, on, ...), so a
 * machine that gets busier or quieter during the run moves every figure alike; the median of each.
 */
async function measureInTurn(envs: readonly NodeJS.ProcessEnv[], duration: number, runs: number): Promise<LoadResult[]> {
  const children = await Promise.all(envs.map((env) => startGatewayChild({ latencyMs: 0 }, { env })));
  try {
    // Warm: the cache holds the answer, the query is compiled, the result kept.
    for (const child of children) await loadGraphql(child.url, GRAPHQL_BODY, 1);
    const results = children.map((): LoadResult[] => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, child] of children.entries()) results[index]!.push(await loadGraphql(child.url, GRAPHQL_BODY, duration));
    }
    return results.map(medianLoad);
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runTracing(options: BenchOptions): Promise<WorkloadResult> {
  const duration = options.quick ? 3 : 10;
  const runs = Math.max(3, Math.min(options.runs, 5));
  const receiver = await startReceiver();
  // The driver's own environment may carry OTEL_* variables: the "off" child must see none.
  const off: NodeJS.ProcessEnv = Object.fromEntries(Object.keys(process.env).filter((name) => name.startsWith('OTEL_')).map((name) => [name, undefined]));
  const on: NodeJS.ProcessEnv = {
    ...off,
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_TRACES_SAMPLER: 'always_on',
    OTEL_SERVICE_NAME: 'opsgraph-bench',
  };
  const rows: (string | number)[][] = [];
  const headlines: WorkloadResult['headlines'] = [];
  try {
    for (const kept of [true, false]) {
      const results = kept ? {} : { RESULT_CACHE_ENTRIES: '0' };
      const exportsBefore = receiver.exports;
      const bytesBefore = receiver.bytes;
      const [without, withTracing, unsampled] = (await measureInTurn(
        [
          { ...off, ...results },
          { ...on, ...results },
          { ...on, ...results, OTEL_TRACES_SAMPLER: 'always_off' },
        ],
        duration,
        runs,
      )) as [LoadResult, LoadResult, LoadResult];
      const label = kept ? 'kept results (default)' : 'every request executed (RESULT_CACHE_ENTRIES=0)';
      const row = (name: string, result: LoadResult, exported = '') => [label, name, result.rps, result.p50, result.p99, result.errors, exported];
      rows.push(row('tracing off (no OTEL_* variable)', without));
      rows.push(row('tracing on, always_on, OTLP/HTTP protobuf', withTracing, `${receiver.exports - exportsBefore} exports, ${round((receiver.bytes - bytesBefore) / 1_048_576, 1)} MiB`));
      rows.push(row('tracing on, always_off (SDK and context, no span recorded)', unsampled));
      const ratio = withTracing.rps / without.rps;
      rows.push([label, 'ratio always_on / off', round(ratio), '', '', '', '']);
      rows.push([label, 'ratio always_off / off', round(unsampled.rps / without.rps), '', '', '', '']);
      headlines.push({ label: `Tracing on/off requests/s (${kept ? 'kept' : 'executed'})`, value: round(ratio), baseline: 1, unit: '×' });
    }
  } finally {
    await receiver.close();
  }
  return {
    id: 'tracing',
    title: 'Tracing: warm throughput with OpenTelemetry traces off and on (sampling 1.0)',
    description:
      `autocannon, ${LOAD_CONNECTIONS} connections, ${duration} s per measurement, median of ${runs}, after a 1 s warm-up; three gateway children side by side (off, always_on, always_off), loaded in turn. ` +
      "The GraphQL query asks one organization's services, answered from the shared cache; with tracing on every request is sampled and exported to an OTLP/HTTP receiver in the bench driver.",
    columns: ['results', 'tracing', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors', 'exported'],
    rows,
    notes: [
      'Off, the SDK is never loaded and no span is built: the only cost left is a boolean checked per request.',
      'On, the batch span processor exports in the background (OTEL_BSP_* defaults: every 5 s or 512 spans, at most 2,048 queued; spans beyond the queue are dropped, not waited for).',
    ],
    headlines,
  };
}
