/**
 * The tracing wrappers alone (upstream/call/trace.ts, upstream/cache-trace.ts), with the SDK's
 * in-memory exporter: the call span and its attributes, the traceparent handed down, retries as
 * events, the budget wait, and the cache outcome of each read. test/tracing.test.ts runs them
 * together in a gateway process.
 */
import { SpanKind, trace } from '@opentelemetry/api';
import { NodeSDK, tracing as sdkTracing } from '@opentelemetry/sdk-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tracing } from '../src/observability/tracing.js';
import { MemoryResponseCache, ReadLog } from '../src/upstream/cache.js';
import { traceCacheReads } from '../src/upstream/cache-trace.js';
import { chain } from '../src/upstream/call/compose.js';
import { retry } from '../src/upstream/call/retry.js';
import { budgetSlot, firstSlot, type AcquireSlot } from '../src/upstream/call/budget-slot.js';
import { traceAttempts, traceCall } from '../src/upstream/call/trace.js';
import type { Call, CallContext, HttpRequest, UpstreamAnswer } from '../src/upstream/call/types.js';
import { UpstreamUnavailableError } from '../src/upstream/errors.js';

const exporter = new sdkTracing.InMemorySpanExporter();
const sdk = new NodeSDK({ spanProcessors: [new sdkTracing.SimpleSpanProcessor(exporter)], autoDetectResources: false });

beforeAll(() => {
  sdk.start();
  tracing.on = true;
});
afterAll(async () => {
  tracing.on = false;
  await sdk.shutdown();
});
afterEach(() => exporter.reset());

const ctx = (): CallContext => ({ signal: new AbortController().signal, deadlineAt: Date.now() + 10_000, attempt: 1 });
const answer = (status: number, attempts = 1): UpstreamAnswer => ({ status, headers: {}, text: '', attempts });
const REQUEST: HttpRequest = { method: 'GET', path: '/v1/organizations/5f2c0000-0000-4000-8000-000000000001/services?secret=s3cr3t', headers: { authorization: 'Basic c2VjcmV0' } };

describe('traceCall', () => {
  it('is one CLIENT span per call, named by the path template, with the traceparent handed down and retries as events', async () => {
    const seen: HttpRequest[] = [];
    const statuses = [503, 200];
    const terminal: Call = async (req, callCtx) => {
      seen.push(req);
      return answer(statuses.shift()!, callCtx.attempt);
    };
    const call = chain(
      [traceCall({ upstream: 'clickhouse', baseUrl: 'https://api.clickhouse.cloud', budgeted: false }), retry({ baseDelayMs: 1, maxDelayMs: 1 }), traceAttempts()],
      terminal,
    );
    expect((await call(REQUEST, ctx())).status).toBe(200);
    const [span] = exporter.getFinishedSpans();
    expect(exporter.getFinishedSpans()).toHaveLength(1);
    expect(span!.kind).toBe(SpanKind.CLIENT);
    expect(span!.name).toBe('GET /v1/organizations/{organizationId}/services');
    expect(span!.attributes).toEqual({
      'http.request.method': 'GET',
      'server.address': 'api.clickhouse.cloud',
      'server.port': 443,
      'url.template': '/v1/organizations/{organizationId}/services',
      'opsgraph.upstream': 'clickhouse',
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
    });
    expect(span!.events.map((event) => [event.name, event.attributes])).toEqual([
      ['upstream.attempt', { 'opsgraph.attempt': 1, 'http.response.status_code': 503 }],
      ['upstream.attempt', { 'opsgraph.attempt': 2, 'http.response.status_code': 200 }],
    ]);
    // Every attempt carries the call span's traceparent, next to the caller's own headers.
    const traceparent = `00-${span!.spanContext().traceId}-${span!.spanContext().spanId}-01`;
    expect(seen.map((req) => req.headers)).toEqual([
      { authorization: 'Basic c2VjcmV0', traceparent },
      { authorization: 'Basic c2VjcmV0', traceparent },
    ]);
    expect(REQUEST.headers).toEqual({ authorization: 'Basic c2VjcmV0' });
    expect(JSON.stringify(span!.attributes)).not.toMatch(/s3cr3t|c2VjcmV0|5f2c/);
  });

  it('records a failure by its code, never its message', async () => {
    const call = chain([traceCall({ upstream: 'divio', baseUrl: 'http://127.0.0.1:8080/prefix', budgeted: false }), traceAttempts()], async () => {
      throw new UpstreamUnavailableError('divio');
    });
    await expect(call({ method: 'GET', path: '/apps/v3/applications/' }, ctx())).rejects.toThrow();
    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes['error.type']).toBe('UPSTREAM_UNAVAILABLE');
    expect(span!.attributes['server.port']).toBe(8080);
    expect(span!.events.map((event) => event.attributes)).toEqual([{ 'opsgraph.attempt': 1, 'error.type': 'UPSTREAM_UNAVAILABLE' }]);
    expect(span!.status.code).toBe(2);
  });

  it('adds the time queued for the budget to opsgraph.budget.wait_ms', async () => {
    const acquire: AcquireSlot = () => new Promise((resolve) => setTimeout(() => resolve(() => {}), 20));
    const call = chain([traceCall({ upstream: 'clickhouse', baseUrl: 'https://api.clickhouse.cloud', budgeted: true }), firstSlot(acquire), budgetSlot({ acquire })], async () => answer(200));
    await call({ method: 'GET', path: '/v1/organizations' }, ctx());
    const waited = exporter.getFinishedSpans()[0]!.attributes['opsgraph.budget.wait_ms'];
    expect(waited).toBeGreaterThanOrEqual(15);
  });
});

describe('traceCacheReads', () => {
  const read = (cache: MemoryResponseCache, load: () => Promise<unknown>, reads?: ReadLog) =>
    cache.getOrLoad('fingerprint', '/v1/organizations#', 10_000, load, { reads });
  const outcomes = () => exporter.getFinishedSpans().filter((span) => span.name.startsWith('cache ')).map((span) => span.attributes['opsgraph.cache.outcome']);

  it('tells a miss (the load runs inside the span), a coalesced read, a hit and a stale answer apart', async () => {
    const cache = traceCacheReads(new MemoryResponseCache(), 'clickhouse');
    let loadParent: string | undefined;
    const load = async () => {
      loadParent = trace.getActiveSpan()?.spanContext().spanId;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return ['organization'];
    };
    await Promise.all([read(cache, load), read(cache, load)]);
    await read(cache, load);
    expect(outcomes()).toEqual(['miss', 'coalesced', 'hit']);
    const miss = exporter.getFinishedSpans()[0]!;
    expect(miss.name).toBe('cache /v1/organizations');
    expect(loadParent).toBe(miss.spanContext().spanId);

    exporter.reset();
    cache.invalidate('fingerprint', '');
    await read(cache, load);
    cache.set('fingerprint', '/v1/organizations#', ['organization'], 0);
    // A last good value answers a read whose load fails with an unavailable upstream.
    const reads = new ReadLog();
    await expect(read(cache, async () => Promise.reject(new UpstreamUnavailableError('clickhouse')), reads)).resolves.toEqual(['organization']);
    expect(outcomes()).toEqual(['miss', 'stale']);
  });

  it('leaves the cache as it is while tracing is off', () => {
    tracing.on = false;
    try {
      const cache = new MemoryResponseCache();
      const { getOrLoad } = cache;
      expect(traceCacheReads(cache, 'clickhouse').getOrLoad).toBe(getOrLoad);
    } finally {
      tracing.on = true;
    }
  });

});
