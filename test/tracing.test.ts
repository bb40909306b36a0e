/**
 * OpenTelemetry traces end to end: a gateway process (src/index.ts, as `npm start` runs it) over
 * simulators in this process, with the standard OTEL_* variables pointing its OTLP/HTTP exporter
 * (JSON encoding) at a receiver in this process. A cold dashboard sent with a client's
 * `traceparent` must come back as one trace: the client's, with the HTTP server span, the GraphQL
 * operation and its phases, a cache read span per upstream read and one CLIENT span per upstream
 * call, each call's traceparent seen by the simulator; and nothing secret anywhere in what was
 * exported. Without any OTEL_* variable, no SDK runs and nothing carries a traceparent.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnGatewayProcess, whenReady, type GatewayProcess } from './support/gateway-process.js';
import { wsClient } from './support/live-clients.js';
import { DASHBOARD_QUERY } from '../src/examples.js';
import { startTracing, tracing, tracingRequested } from '../src/observability/tracing.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../src/simulator/divio/index.js';

const START_TIMEOUT_MS = 30_000;
const key = CLICKHOUSE_SEED.keys[0]!;
const token = DIVIO_SEED.tokens[0]!;

/** The client's trace: the gateway's spans must continue it. */
const CLIENT_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const CLIENT_TRACEPARENT = `00-${CLIENT_TRACE_ID}-${CLIENT_SPAN_ID}-01`;
/** The trace a graphql-ws client names in its connection_init payload. */
const SOCKET_TRACE_ID = '5c0a3f4b6d7e8f901a2b3c4d5e6f7a8b';
const SOCKET_TRACEPARENT = `00-${SOCKET_TRACE_ID}-${'1f'.repeat(8)}-01`;

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttribute[];
  events?: { name: string; attributes?: OtlpAttribute[] }[];
  links?: { traceId: string; spanId: string }[];
}
interface OtlpExport {
  resourceSpans: { resource?: { attributes?: OtlpAttribute[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

function attribute(span: OtlpSpan, name: string): string | number | boolean | undefined {
  const value = span.attributes?.find((candidate) => candidate.key === name)?.value;
  if (!value) return undefined;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.doubleValue ?? value.boolValue;
}

interface Receiver {
  url: string;
  /** Raw bodies, as they arrived. */
  bodies: string[];
  spans(): OtlpSpan[];
  close(): Promise<void>;
}

/** An OTLP/HTTP receiver accepting JSON on POST /v1/traces. */
async function startReceiver(): Promise<Receiver> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    spans: () =>
      bodies.flatMap((body) => (JSON.parse(body) as OtlpExport).resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans))),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

type Gateway = GatewayProcess;

/** src/index.ts in a child process, over the simulators of this process; `otel` is its OTEL_* environment. */
function startGateway(clickhouse: ClickHouseSimulator, divio: DivioSimulator, otel: Record<string, string>): Promise<Gateway> {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('OTEL_')) env[name] = value;
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    GATEWAY_TOKENS: '',
    CLICKHOUSE_API_URL: clickhouse.url,
    CLICKHOUSE_API_KEY_ID: key.keyId,
    CLICKHOUSE_API_KEY_SECRET: key.keySecret,
    DIVIO_API_URL: divio.url,
    DIVIO_API_TOKEN: token.token,
    ...otel,
  });
  return whenReady(spawnGatewayProcess(env), START_TIMEOUT_MS);
}

async function stop(gateway: Gateway): Promise<number | null> {
  if (gateway.child.exitCode !== null) return gateway.child.exitCode;
  const exited = once(gateway.child, 'exit');
  gateway.child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

/** Subscribes over SSE with a traceparent of its own, reads the first event, leaves; returns the trace id sent. */
async function firstEvent(url: string, query: string, variables: Record<string, unknown>): Promise<string> {
  const traceId = 'a1'.repeat(16);
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', traceparent: `00-${traceId}-${'b2'.repeat(8)}-01` },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let text = '';
  while (!/event: next\ndata: /.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString('utf8');
  }
  expect(text).toContain('"state"');
  controller.abort();
  return traceId;
}

const traceIdOf = (traceparent: string) => traceparent.split('-')[1];
const spanIdOf = (traceparent: string) => traceparent.split('-')[2];

describe('tracing on (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  let receiver: Receiver;
  let clickhouse: ClickHouseSimulator;
  let divio: DivioSimulator;
  let gateway: Gateway;
  let spans: OtlpSpan[];
  /** What the simulators logged while the dashboard ran. */
  let upstream: { path: string; traceparent?: string }[];
  let subscriptionTraceId: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    [clickhouse, divio] = await Promise.all([startClickHouseSimulator({ host: '127.0.0.1' }), startDivioSimulator({ host: '127.0.0.1' })]);
    gateway = await startGateway(clickhouse, divio, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'opsgraph-test',
      OTEL_TRACES_SAMPLER: 'parentbased_always_on',
    });
    clickhouse.clearRequests();
    divio.clearRequests();
    const cold = await post(gateway.url, DASHBOARD_QUERY, { traceparent: CLIENT_TRACEPARENT });
    expect(cold.errors).toBeUndefined();
    upstream = [...clickhouse.requests, ...divio.requests];
    // A second operation, from the cache: hits, and no upstream call.
    const warm = await post(gateway.url, 'query Warm { organizations { id name } }');
    expect(warm.errors).toBeUndefined();
    // A call retried once after a 503.
    divio.faults.inject({ method: 'GET', path: /\/applications\/$/, status: 503, count: 1 });
    const retried = await post(gateway.url, 'query Retried { applications(first: 1) { totalCount } }');
    expect(retried.errors).toBeUndefined();
    // A subscription: its poller reads on its own, each read a root span linked to the request.
    const serviceId = (cold.data as { organizations: { services: { edges: { node: { id: string } }[] } }[] }).organizations[0]!.services.edges[0]!.node.id;
    subscriptionTraceId = await firstEvent(gateway.url, 'subscription Watch($id: ID!) { serviceUpdated(id: $id) { state } }', { id: serviceId });
    // An operation over graphql-ws, its trace named by its connection_init payload.
    const socket = wsClient(gateway.url.replace(/^http/, 'ws'), { traceparent: SOCKET_TRACEPARENT });
    try {
      const overSocket = await new Promise<FormattedExecutionResult<Record<string, unknown>, unknown>>((resolve, reject) => {
        let result: FormattedExecutionResult<Record<string, unknown>, unknown> | undefined;
        socket.subscribe({ query: 'query OverSocket { organizations { id name } }' }, { next: (value) => (result = value), error: reject, complete: () => resolve(result!) });
      });
      expect(overSocket.errors).toBeUndefined();
    } finally {
      await socket.dispose();
    }
    // A graceful shutdown flushes what the batch processor still holds.
    expect(await stop(gateway)).toBe(0);
    spans = receiver.spans();
  }, 60_000);

  afterAll(async () => {
    if (gateway && gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
    await Promise.all([receiver?.close(), clickhouse?.close(), divio?.close()]);
  });

  it('says that tracing is on', () => {
    expect(gateway.output()).toContain('OpenTelemetry tracing on');
  });

  it("continues the client's trace from its traceparent, under a SERVER span of the HTTP request", () => {
    const servers = spans.filter((span) => span.kind === SPAN_KIND_SERVER);
    const server = servers.find((span) => span.traceId === CLIENT_TRACE_ID);
    expect(server).toBeDefined();
    expect(server!.parentSpanId).toBe(CLIENT_SPAN_ID);
    expect(server!.name).toBe('POST /graphql');
    expect(attribute(server!, 'http.request.method')).toBe('POST');
    expect(attribute(server!, 'url.path')).toBe('/graphql');
    expect(attribute(server!, 'http.route')).toBe('/graphql');
    expect(attribute(server!, 'http.response.status_code')).toBe(200);
    // The warm request had no traceparent: a trace of its own.
    const warm = spans.find((span) => span.name === 'query Warm')!;
    expect(warm.traceId).not.toBe(CLIENT_TRACE_ID);
    expect(servers.filter((span) => span.traceId === warm.traceId)).toHaveLength(1);
  });

  it('has the operation span with its name and type, and parse, validate and execute under it', () => {
    const dashboard = spans.filter((span) => span.traceId === CLIENT_TRACE_ID);
    const server = dashboard.find((span) => span.kind === SPAN_KIND_SERVER)!;
    const operation = dashboard.find((span) => span.name === 'query Dashboard')!;
    expect(operation).toBeDefined();
    expect(operation.parentSpanId).toBe(server.spanId);
    expect(attribute(operation, 'graphql.operation.name')).toBe('Dashboard');
    expect(attribute(operation, 'graphql.operation.type')).toBe('query');
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute']) {
      const children = dashboard.filter((span) => span.name === phase);
      expect(children, phase).toHaveLength(1);
      expect(children[0]!.parentSpanId, phase).toBe(operation.spanId);
    }
  });

  it('has one CLIENT span per upstream call the simulators counted, all under the operation, each one the parent the call announced', () => {
    const dashboard = spans.filter((span) => span.traceId === CLIENT_TRACE_ID);
    const byId = new Map(dashboard.map((span) => [span.spanId, span]));
    const operation = dashboard.find((span) => span.name === 'query Dashboard')!;
    const execute = dashboard.find((span) => span.name === 'graphql.execute')!;
    const clients = dashboard.filter((span) => span.kind === SPAN_KIND_CLIENT);
    expect(upstream.length).toBeGreaterThanOrEqual(9);
    expect(clients).toHaveLength(upstream.length);
    const ancestors = (span: OtlpSpan) => {
      const chain: string[] = [];
      for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) chain.push(parent.spanId);
      return chain;
    };
    for (const client of clients) {
      expect(ancestors(client)).toContain(execute.spanId);
      expect(ancestors(client)).toContain(operation.spanId);
      expect(attribute(client, 'http.request.method')).toBe('GET');
      expect(attribute(client, 'server.address')).toBe('127.0.0.1');
      expect(attribute(client, 'http.response.status_code')).toBe(200);
      expect(String(attribute(client, 'url.template'))).toMatch(/^\/v1\/organizations(\/\{organizationId\}\/services(\/\{serviceId\}\/backups)?)?$/);
      expect(client.name).toBe(`GET ${attribute(client, 'url.template')}`);
      // ClickHouse calls queue for the call budget: how long they waited is recorded, 0 included.
      expect(typeof attribute(client, 'opsgraph.budget.wait_ms')).toBe('number');
    }
    // Every upstream request carried the traceparent of its CLIENT span.
    for (const request of upstream) {
      expect(request.traceparent, request.path).toBeDefined();
      expect(traceIdOf(request.traceparent!)).toBe(CLIENT_TRACE_ID);
      expect(clients.map((client) => client.spanId)).toContain(spanIdOf(request.traceparent!));
    }
  });

  it('records the cache outcome of each read: a miss has its HTTP call below it, a hit none', () => {
    const caches = spans.filter((span) => attribute(span, 'opsgraph.cache.outcome') !== undefined);
    const children = (span: OtlpSpan) => spans.filter((candidate) => candidate.parentSpanId === span.spanId && candidate.kind === SPAN_KIND_CLIENT);
    const dashboard = caches.filter((span) => span.traceId === CLIENT_TRACE_ID);
    const misses = dashboard.filter((span) => attribute(span, 'opsgraph.cache.outcome') === 'miss');
    expect(misses.length).toBe(upstream.length);
    for (const miss of misses) expect(children(miss)).toHaveLength(1);
    for (const span of dashboard.filter((candidate) => attribute(candidate, 'opsgraph.cache.outcome') !== 'miss')) {
      expect(['hit', 'coalesced']).toContain(attribute(span, 'opsgraph.cache.outcome'));
      expect(children(span)).toHaveLength(0);
    }
    const warmTrace = spans.find((span) => span.name === 'query Warm')!.traceId;
    const warm = caches.filter((span) => span.traceId === warmTrace);
    expect(warm.length).toBeGreaterThan(0);
    for (const hit of warm) {
      expect(attribute(hit, 'opsgraph.cache.outcome')).toBe('hit');
      expect(children(hit)).toHaveLength(0);
    }
  });

  it('records a retry as an event of the call span', () => {
    const retried = spans.filter((span) => span.kind === SPAN_KIND_CLIENT && attribute(span, 'http.request.resend_count') === 1);
    expect(retried).toHaveLength(1);
    const [call] = retried;
    expect(attribute(call!, 'opsgraph.upstream')).toBe('divio');
    expect(attribute(call!, 'url.template')).toBe('/apps/v3/applications');
    expect(attribute(call!, 'http.response.status_code')).toBe(200);
    const events = (call!.events ?? []).map((event) => Object.fromEntries((event.attributes ?? []).map((entry) => [entry.key, Number(entry.value.intValue)])));
    expect(events).toEqual([
      { 'opsgraph.attempt': 1, 'http.response.status_code': 503 },
      { 'opsgraph.attempt': 2, 'http.response.status_code': 200 },
    ]);
  });

  it('makes each poller read a root span, linked to the request that started the poller', () => {
    const polls = spans.filter((span) => span.name === 'opsgraph.poll');
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      expect(poll.parentSpanId ?? '').toBe('');
      expect(poll.traceId).not.toBe(subscriptionTraceId);
      expect(poll.links?.map((link) => link.traceId)).toEqual([subscriptionTraceId]);
      expect(attribute(poll, 'opsgraph.poll.outcome')).toBe('snapshot');
      // Its upstream read (cached or not) is inside it.
      expect(spans.some((span) => span.parentSpanId === poll.spanId && attribute(span, 'opsgraph.cache.outcome') !== undefined)).toBe(true);
    }
  });

  it('traces an operation over graphql-ws as its own span, continuing the trace of its connection_init payload', () => {
    const socket = spans.filter((span) => span.traceId === SOCKET_TRACE_ID);
    const operation = socket.find((span) => span.name === 'query OverSocket');
    expect(operation).toBeDefined();
    expect(operation!.parentSpanId).toBe('1f'.repeat(8));
    expect(attribute(operation!, 'network.protocol.name')).toBe('websocket');
    expect(attribute(operation!, 'graphql.operation.type')).toBe('query');
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute']) {
      expect(socket.filter((span) => span.name === phase && span.parentSpanId === operation!.spanId), phase).toHaveLength(1);
    }
    // Its read of the organizations is below its execute span.
    const execute = socket.find((span) => span.name === 'graphql.execute')!;
    expect(socket.some((span) => span.name.startsWith('cache /v1/organizations') && span.parentSpanId === execute.spanId)).toBe(true);
  });

  it('names the service from OTEL_SERVICE_NAME', () => {
    const resource = (JSON.parse(receiver.bodies[0]!) as OtlpExport).resourceSpans[0]!.resource!;
    expect(resource.attributes!.find((entry) => entry.key === 'service.name')?.value.stringValue).toBe('opsgraph-test');
  });

  it('exports no credential: no key secret, no token, no Authorization header', () => {
    const exported = receiver.bodies.join('\n');
    expect(exported.length).toBeGreaterThan(0);
    const basic = Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64');
    for (const secret of [key.keySecret, basic, token.token, ...CLICKHOUSE_SEED.keys.map((seeded) => seeded.keySecret), ...DIVIO_SEED.tokens.map((seeded) => seeded.token)]) {
      expect(exported).not.toContain(secret);
    }
    expect(exported.toLowerCase()).not.toContain('authorization');
    expect(exported).not.toContain('http://127.0.0.1:' + new URL(clickhouse.url).port + '/');
  });
});

describe('tracing off (no OTEL_* variable)', () => {
  it('asks for traces only when an OTEL_* variable about traces is set, and not when the SDK is disabled', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ PATH: '/usr/bin', OTEL_METRICS_EXPORTER: 'otlp', OTEL_LOG_LEVEL: 'debug' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_SERVICE_NAME: 'opsgraph' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
  });

  it('starts no SDK: the API keeps its no-op tracer', async () => {
    expect(await startTracing({})).toBeUndefined();
    expect(tracing.on).toBe(false);
    const span = trace.getTracer('probe').startSpan('probe');
    expect(span.isRecording()).toBe(false);
    expect(trace.isSpanContextValid(span.spanContext())).toBe(false);
    span.end();
  });

  it('a gateway without OTEL_* variables sends no traceparent upstream and exports nothing', async () => {
    const receiver = await startReceiver();
    const [clickhouse, divio] = await Promise.all([startClickHouseSimulator({ host: '127.0.0.1' }), startDivioSimulator({ host: '127.0.0.1' })]);
    let gateway: Gateway | undefined;
    try {
      gateway = await startGateway(clickhouse, divio, {});
      const answer = await post(gateway.url, '{ organizations { id } applications(first: 1) { totalCount } }', { traceparent: CLIENT_TRACEPARENT });
      expect(answer.errors).toBeUndefined();
      expect(clickhouse.requests.length + divio.requests.length).toBeGreaterThan(0);
      for (const request of [...clickhouse.requests, ...divio.requests]) expect(request.traceparent).toBeUndefined();
      expect(await stop(gateway)).toBe(0);
      expect(gateway.output()).not.toContain('OpenTelemetry tracing on');
      expect(receiver.bodies).toHaveLength(0);
    } finally {
      if (gateway && gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
      await Promise.all([receiver.close(), clickhouse.close(), divio.close()]);
    }
  }, 60_000);
});
