/**
 * X-RateLimit-Reset (ClickHouse Cloud's rate-limit header) next to Retry-After: read as seconds to
 * wait, a Unix time in seconds or milliseconds, or an HTTP-date; waited out within the deadline,
 * answered RATE_LIMITED at once beyond it, and used for the key's pause. Real HTTP throughout: a
 * loopback server or the ClickHouse simulator.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED, startClickHouseSimulator } from '../src/simulator/clickhouse/index.js';
import { createClickHouseTransport } from '../src/upstream/clickhouse/transport.js';
import { UpstreamError, type RateLimitedError } from '../src/upstream/errors.js';
import { createHttpClient, type HttpClient } from '../src/upstream/http.js';
import { MAX_RATE_LIMIT_WAIT_MS, parseRateLimitReset, parseRetryAfter, rateLimitWaitMs } from '../src/upstream/retry.js';
import type { Transport } from '../src/upstream/transport.js';

type Respond = (res: ServerResponse) => void;

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A loopback server answering the n-th request with `responses[n]` (the last one repeats). */
async function serve(...responses: Respond[]): Promise<{ url: string; arrivals: { at: number; method: string }[] }> {
  const arrivals: { at: number; method: string }[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrivals.push({ at: Date.now(), method: req.method ?? '' });
      responses[Math.min(arrivals.length - 1, responses.length - 1)]!(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrivals };
}

const answer =
  (status: number, headers: Record<string, string> | (() => Record<string, string>) = {}): Respond =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...(typeof headers === 'function' ? headers() : headers) });
    res.end(JSON.stringify(status === 429 ? { status, error: 'TOO_MANY_REQUESTS' } : { status, result: [] }));
  };

/** The HTTP client alone (no budget), fast backoff; `pauses` records what the budget would be told. */
function client(url: string, timeoutMs: number): { http: HttpClient; pauses: number[] } {
  const pauses: number[] = [];
  const http = createHttpClient({
    upstream: 'clickhouse',
    baseUrl: url,
    timeoutMs,
    baseDelayMs: 5,
    maxDelayMs: 20,
    describeError: () => ({}),
    onRetryAfter: (_req, until) => pauses.push(until),
  });
  closers.push(() => http.close());
  return { http, pauses };
}

/** The production wiring: a transport whose budget (10 per 10 s) the 429 pauses. */
function transport(url: string, timeoutMs: number): Transport {
  const created = createClickHouseTransport({ baseUrl: url, timeoutMs, rateLimit: { limit: 10, windowMs: 10_000 } });
  closers.push(() => created.close());
  return created;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const GET = { method: 'GET', path: '/v1/organizations', fingerprint: 'key' } as const;
const POST = { method: 'POST', path: '/v1/organizations', body: {}, fingerprint: 'key' } as const;
/** Timers may fire a millisecond early by Date.now(); the waits below are whole seconds. */
const EARLY_MS = 10;

/** Each form of the header, as sent at `now`, and the earliest moment it allows the retry. */
const FORMS: [string, (now: number) => { value: string; resumeAt: number }][] = [
  ['seconds to wait', (now) => ({ value: '1', resumeAt: now + 1_000 })],
  ['a Unix time in seconds', (now) => ({ value: String(Math.ceil(now / 1_000) + 1), resumeAt: (Math.ceil(now / 1_000) + 1) * 1_000 })],
  ['a Unix time in milliseconds', (now) => ({ value: String(now + 1_000), resumeAt: now + 1_000 })],
  ['an HTTP-date', (now) => ({ value: new Date(Math.ceil(now / 1_000) * 1_000 + 1_000).toUTCString(), resumeAt: Math.ceil(now / 1_000) * 1_000 + 1_000 })],
];

describe('a 429 with X-RateLimit-Reset alone', () => {
  it.each(FORMS)('as %s is waited out and retried within the deadline, and tells the budget', async (_form, form) => {
    let sent: { value: string; resumeAt: number } | undefined;
    const server = await serve(answer(429, () => ({ 'x-ratelimit-reset': (sent = form(Date.now())).value })), answer(200));
    const { http, pauses } = client(server.url, 4_000);
    const response = await http.request(GET);
    expect(response).toMatchObject({ status: 200, attempts: 2 });
    expect(server.arrivals[1]!.at).toBeGreaterThanOrEqual(sent!.resumeAt - EARLY_MS);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThanOrEqual(sent!.resumeAt - EARLY_MS);
  });

  it('beyond the deadline answers RATE_LIMITED at once, and the next call waits out the pause', async () => {
    const server = await serve(answer(429, { 'x-ratelimit-reset': '1' }), answer(200));
    const { http } = transport(server.url, 500);
    const started = Date.now();
    const limited = await failure(http.request(GET));
    expect(Date.now() - started).toBeLessThan(400);
    expect(limited.extensions).toMatchObject({ code: 'RATE_LIMITED', upstreamStatus: 429, retryAfterMs: 1_000 });
    expect(server.arrivals).toHaveLength(1);
    // Nothing else goes out for this key until the reset: the next call queues for it.
    expect(await http.request(GET)).toMatchObject({ status: 200 });
    expect(server.arrivals[1]!.at - server.arrivals[0]!.at).toBeGreaterThanOrEqual(1_000 - EARLY_MS);
  });

  it('as a Unix time a minute away answers RATE_LIMITED at once, and pauses the key for that minute', async () => {
    const server = await serve(answer(429, () => ({ 'x-ratelimit-reset': String(Math.floor(Date.now() / 1_000) + 60) })), answer(200));
    const { http } = transport(server.url, 1_000);
    const started = Date.now();
    const limited = (await failure(http.request(GET))) as RateLimitedError;
    expect(Date.now() - started).toBeLessThan(800);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterMs).toBeGreaterThan(58_000);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(60_000);
    // A minute exceeds the budget's longest queue (30 s): refused by the budget, never sent.
    expect((await failure(http.request(GET))).code).toBe('RATE_LIMITED');
    expect(server.arrivals).toHaveLength(1);
  });
});

describe('Retry-After and X-RateLimit-Reset together', () => {
  it.each([
    ['X-RateLimit-Reset is longer', { 'retry-after': '0.2', 'x-ratelimit-reset': '1' }],
    ['Retry-After is longer', { 'retry-after': '1', 'x-ratelimit-reset': '0.2' }],
    ['X-RateLimit-Reset is malformed', { 'retry-after': '1', 'x-ratelimit-reset': 'soon' }],
  ])('wait the longer of the two when %s', async (_case, headers) => {
    const server = await serve(answer(429, headers), answer(200));
    const { http, pauses } = client(server.url, 4_000);
    expect(await http.request(GET)).toMatchObject({ status: 200, attempts: 2 });
    expect(server.arrivals[1]!.at - server.arrivals[0]!.at).toBeGreaterThanOrEqual(1_000 - EARLY_MS);
    expect(pauses).toHaveLength(1);
  });
});

const MALFORMED = ['', 'soon', '-5', '+5', '1e3', '0x10', '1.5.2', '10 s', 'x 2099', 'Mon, 99 Foo 2099 99:99:99 GMT', 'Infinity', '9'.repeat(400)];

describe('malformed values', () => {
  it.each(MALFORMED)('X-RateLimit-Reset %j is ignored: plain backoff, no pause, no retryAfterMs', async (value) => {
    const server = await serve(answer(429, { 'x-ratelimit-reset': value }), answer(200), answer(429, { 'x-ratelimit-reset': value }));
    const { http, pauses } = client(server.url, 1_000);
    const started = Date.now();
    expect(await http.request(GET)).toMatchObject({ status: 200, attempts: 2 });
    expect(Date.now() - started).toBeLessThan(500);
    const limited = await failure(http.request(POST));
    expect(limited.extensions).toMatchObject({ code: 'RATE_LIMITED', upstreamStatus: 429 });
    expect(limited.extensions).not.toHaveProperty('retryAfterMs');
    expect(pauses).toEqual([]);
  });

  it('the parsers, at a fixed clock: malformed is undefined, a past time is 0, never negative, and the wait is capped', () => {
    const now = Date.UTC(2030, 0, 1);
    for (const value of MALFORMED) {
      expect(parseRateLimitReset(value, now), value).toBeUndefined();
      expect(parseRetryAfter(value, now), value).toBeUndefined();
    }
    expect(parseRateLimitReset('2.5', now)).toBe(2_500);
    expect(parseRateLimitReset(String(now / 1_000 + 7), now)).toBe(7_000);
    expect(parseRateLimitReset(String(now + 7_000), now)).toBe(7_000);
    expect(parseRateLimitReset(new Date(now + 7_000).toUTCString(), now)).toBe(7_000);
    expect(parseRateLimitReset(String(now / 1_000 - 30), now)).toBe(0);
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
    expect(rateLimitWaitMs({}, now)).toBeUndefined();
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': '99999999' }, now)).toBe(MAX_RATE_LIMIT_WAIT_MS);
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': '99999999999' }, now)).toBe(MAX_RATE_LIMIT_WAIT_MS);
    expect(rateLimitWaitMs({ 'retry-after': '99999999' }, now)).toBe(MAX_RATE_LIMIT_WAIT_MS);
  });
});

describe("the ClickHouse simulator's own 429, through the gateway's client", () => {
  it('is the real body with both headers, and is honoured: RATE_LIMITED at once past the deadline, no second try', async () => {
    const simulator = await startClickHouseSimulator({ rateLimit: { limit: 1, windowMs: 1_000 } });
    closers.push(() => simulator.close());
    const key = CLICKHOUSE_SEED.keys[0]!;
    const authorization = `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}`;
    const { http } = createClickHouseTransport({ baseUrl: simulator.url, timeoutMs: 300, rateLimit: null });
    closers.push(() => http.close());
    const request = { ...GET, headers: { authorization } };
    expect(await http.request(request)).toMatchObject({ status: 200 });
    const limited = (await failure(http.request(request))) as RateLimitedError;
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterMs).toBe(1_000);
    expect(simulator.requests.map((record) => record.status)).toEqual([200, 429]);

    const raw = await fetch(`${simulator.url}/v1/organizations`, { headers: { authorization } });
    expect(raw.status).toBe(429);
    expect([raw.headers.get('retry-after'), raw.headers.get('x-ratelimit-reset')]).toEqual(['1', '1']);
    expect(await raw.json()).toEqual({ status: 429, error: 'TOO_MANY_REQUESTS', requestId: expect.any(String) });
  });
});
