import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CircuitBreaker, attemptHealth, type CircuitBreakerOptions } from '../src/upstream/breaker.js';
import { MemoryBudget } from '../src/upstream/budget.js';
import { CircuitOpenError, UpstreamError, UpstreamUnavailableError } from '../src/upstream/errors.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../src/upstream/http.js';
import { createTransport } from '../src/upstream/transport.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback server whose handler can be swapped mid-test; `requests` counts what reached it. */
interface TestServer { url: string; requests: number; handler: Handler }

const servers: Server[] = [];
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(handler: Handler): Promise<TestServer> {
  const state: TestServer = { url: '', requests: 0, handler };
  const server = createServer((req, res) => {
    state.requests += 1;
    req.resume();
    state.handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

const status = (code: number, delayMs = 0): Handler => (_req, res) => {
  setTimeout(() => res.writeHead(code, { 'content-type': 'application/json' }).end('{}'), delayMs);
};
const hang: Handler = () => {};

function client(url: string, overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const defaults = { upstream: 'clickhouse', baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000, describeError: () => ({}) } as const;
  const created = createHttpClient({ ...defaults, baseUrl: url, ...overrides });
  closers.push(() => created.close());
  return created;
}

const get = (http: HttpClient) => http.request({ method: 'GET', path: '/v1/services', fingerprint: 'key' });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

function refusal(admit: () => unknown): CircuitOpenError {
  try {
    admit();
  } catch (error) {
    expect(error).toBeInstanceOf(CircuitOpenError);
    return error as CircuitOpenError;
  }
  throw new Error('expected the breaker to refuse');
}

/** A breaker on a hand-driven clock: threshold 3, open for 8 s. */
function manual(overrides: Partial<CircuitBreakerOptions> = {}) {
  let now = 1_000_000;
  const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 3, openMs: 8_000, now: () => now, ...overrides });
  const open = () => {
    for (let i = 0; i < 3; i++) breaker.admit().failure();
  };
  return { breaker, open, advance: (ms: number) => void (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after failureThreshold consecutive failed attempts; a success starts the count again', () => {
    const { breaker } = manual();
    breaker.admit().failure();
    breaker.admit().failure();
    breaker.admit().success();
    breaker.admit().failure();
    breaker.admit().failure();
    expect(breaker.stats()).toEqual({ state: 'closed', opened: 0, rejected: 0, consecutiveFailures: 2 });
    breaker.admit().failure();
    expect(breaker.stats()).toEqual({ state: 'open', opened: 1, rejected: 0, consecutiveFailures: 3 });
  });

  it('refuses while open with UPSTREAM_UNAVAILABLE, circuit "open" and the time until the probe', () => {
    const { breaker, open, advance } = manual();
    open();
    advance(500);
    const error = refusal(() => breaker.admit());
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.message).toBe('ClickHouse Cloud is unavailable (failing fast for 8 s after repeated failures)');
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'clickhouse', circuit: 'open', retryAfterMs: 7_500 });
    expect(refusal(() => breaker.check()).retryAfterMs).toBe(7_500);
    expect(breaker.stats()).toMatchObject({ state: 'open', rejected: 2 });
  });

  it('after openMs lets exactly one probe through; its success closes the circuit', () => {
    const { breaker, open, advance } = manual();
    open();
    advance(8_000);
    expect(breaker.state).toBe('half-open');
    const probe = breaker.admit();
    const concurrent = refusal(() => breaker.admit());
    expect(concurrent.message).toBe('ClickHouse Cloud is unavailable (failing fast after repeated failures, while checking whether it has recovered)');
    expect(concurrent.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', circuit: 'open' });
    probe.success();
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 0, opened: 1 });
    breaker.admit().failure();
    breaker.admit().failure();
    expect(breaker.state).toBe('closed'); // the count restarted from zero
  });

  it('re-opens for another openMs when the probe fails', () => {
    const { breaker, open, advance } = manual();
    open();
    advance(9_000);
    breaker.admit().failure();
    expect(breaker.stats()).toMatchObject({ state: 'open', opened: 2 });
    expect(refusal(() => breaker.admit()).retryAfterMs).toBe(8_000);
    advance(7_999);
    expect(breaker.state).toBe('open');
    advance(1);
    expect(breaker.state).toBe('half-open');
  });

  it('frees the probe slot when the probe says nothing (429, caller abort)', () => {
    const { breaker, open, advance } = manual();
    open();
    advance(8_000);
    breaker.admit().neutral();
    expect(breaker.state).toBe('half-open');
    breaker.admit().success();
    expect(breaker.state).toBe('closed');
  });

  it('ignores late outcomes of calls admitted before the circuit opened, and counts each token once', () => {
    const { breaker, advance } = manual();
    const early = [breaker.admit(), breaker.admit(), breaker.admit(), breaker.admit()];
    for (const token of early.slice(0, 3)) token.failure();
    early[3]!.success(); // sent before the circuit opened: it proves nothing now
    early[0]!.failure();
    expect(breaker.stats()).toMatchObject({ state: 'open', opened: 1, consecutiveFailures: 3 });
    advance(8_000);
    const probe = breaker.admit();
    probe.success();
    probe.failure();
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('classifies attempts: 5xx, connection errors and deadline cuts fail; < 500 succeeds; 429 and caller aborts are neutral', () => {
    expect([200, 404, 401, 499, 500, 503, 429].map((s) => attemptHealth({ status: s }))).toEqual([
      'success', 'success', 'success', 'success', 'failure', 'failure', 'neutral',
    ]);
    expect(attemptHealth({ errorCode: 'ECONNREFUSED' })).toBe('failure');
    expect(attemptHealth({ errorCode: 'UND_ERR_SOCKET' })).toBe('failure');
    expect(attemptHealth({ errorCode: undefined, cutBy: 'deadline' })).toBe('failure');
    expect(attemptHealth({ errorCode: 'ABORT_ERR', cutBy: 'caller' })).toBe('neutral');
    expect(attemptHealth({ errorCode: 'UND_ERR_RES_EXCEEDED_MAX_SIZE' })).toBe('neutral');
  });

  it('rejects nonsensical options', () => {
    expect(() => new CircuitBreaker({ upstream: 'divio', failureThreshold: 0 })).toThrow(/failureThreshold/);
    expect(() => new CircuitBreaker({ upstream: 'divio', openMs: -1 })).toThrow(/openMs/);
  });
});

describe('the circuit breaker in createHttpClient', () => {
  it('fails fast while a 503-forever upstream is down, then recovers through one probe after openMs', async () => {
    const server = await serve(status(503));
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 3, openMs: 300 });
    const http = client(server.url, { breaker });

    // Three failed attempts (one call and its retries) open the circuit; the retry loop stops there.
    const first = await failure(get(http));
    expect(first).toBeInstanceOf(CircuitOpenError);
    expect(server.requests).toBe(3);

    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      const error = await failure(get(http));
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'clickhouse', circuit: 'open' });
      expect(error.message).toMatch(/^ClickHouse Cloud is unavailable \(failing fast for \d+ s after repeated failures\)$/);
    }
    expect(Date.now() - started).toBeLessThan(100);
    expect(server.requests).toBe(3);

    server.handler = status(200);
    await sleep(350);
    expect(await get(http)).toMatchObject({ status: 200, attempts: 1 });
    // 21 refusals: the 20 calls plus the retry that the opening circuit cut short.
    expect(breaker.stats()).toMatchObject({ state: 'closed', opened: 1, consecutiveFailures: 0, rejected: 21 });
    expect(server.requests).toBe(4);
  });

  it('sends one probe while concurrent calls are refused; a failed probe re-opens the circuit', async () => {
    const server = await serve(status(503, 100));
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 1, openMs: 200 });
    const http = client(server.url, { breaker, maxRetries: 0 });
    await failure(get(http));
    await sleep(220);

    const results = await Promise.all(Array.from({ length: 5 }, () => failure(get(http))));
    expect(server.requests).toBe(2);
    const probes = results.filter((error) => !(error instanceof CircuitOpenError));
    expect(probes).toHaveLength(1);
    expect(probes[0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 });
    expect(results.filter((error) => error.message.includes('while checking whether it has recovered'))).toHaveLength(4);
    expect(breaker.stats()).toMatchObject({ state: 'open', opened: 2 });
  });

  it('trips on a hung upstream: attempts cut by the deadline count as failures', async () => {
    const server = await serve(hang);
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 2 });
    const http = client(server.url, { breaker, timeoutMs: 100 });
    expect((await failure(get(http))).code).toBe('GATEWAY_TIMEOUT');
    expect((await failure(get(http))).code).toBe('GATEWAY_TIMEOUT');
    expect(breaker.state).toBe('open');

    const started = Date.now();
    expect(await failure(get(http))).toBeInstanceOf(CircuitOpenError);
    expect(Date.now() - started).toBeLessThan(50);
    expect(server.requests).toBe(2);
  });

  it('trips on refused connections', async () => {
    const gone = await serve(hang);
    servers.pop()!.close();
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 2 });
    const refused = await failure(get(client(gone.url, { breaker, maxRetries: 1 })));
    expect(refused).not.toBeInstanceOf(CircuitOpenError);
    expect(breaker.stats()).toMatchObject({ state: 'open', consecutiveFailures: 2 });
  });

  it('counts a 4xx as the upstream being up and a 429 as saying nothing', async () => {
    const statuses = [503, 503, 404, 503, 503, 429, 429, 503];
    const server = await serve((req, res) => status(statuses.shift()!)(req, res));
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 3 });
    const http = client(server.url, { breaker, maxRetries: 0 });
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) codes.push((await failure(get(http))).code);
    expect(codes).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'NOT_FOUND', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 2 });
    await failure(get(http));
    expect(breaker.state).toBe('open');
  });

  it('leaves the breaker alone when the caller aborts', async () => {
    const server = await serve(hang);
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 1 });
    const controller = new AbortController();
    const pending = client(server.url, { breaker }).request({ method: 'GET', path: '/v1/x' }, controller.signal);
    setTimeout(() => controller.abort(), 30);
    expect(await pending.catch((e: unknown) => e)).not.toBeInstanceOf(UpstreamError);
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('costs no budget for refused calls, and refuses a call that queued for a slot while the circuit opened', async () => {
    const server = await serve(status(503, 50));
    const budget = new MemoryBudget({ limit: 1, windowMs: 200, upstream: 'clickhouse' });
    const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: 1, openMs: 5_000 });
    const http = client(server.url, { breaker, maxRetries: 0, beforeAttempt: (req, signal) => budget.acquire(req.fingerprint ?? '', signal) });

    const [sent, queued] = await Promise.all([failure(get(http)), failure(get(http))]);
    expect(sent).not.toBeInstanceOf(CircuitOpenError);
    expect(queued).toBeInstanceOf(CircuitOpenError); // its slot came after the 503 opened the circuit
    expect(server.requests).toBe(1);
    expect(budget.stats()).toMatchObject({ granted: 2, waited: 1 });

    for (let i = 0; i < 10; i++) expect(await failure(get(http))).toBeInstanceOf(CircuitOpenError);
    expect(budget.stats()).toMatchObject({ granted: 2, waited: 1, rejected: 0 });
    expect(server.requests).toBe(1);
  });
});

describe('createTransport', () => {
  it('creates one breaker per transport, used by its client and exposed for metrics', async () => {
    const server = await serve(status(502));
    const transport = createTransport({
      upstream: 'divio',
      baseUrl: server.url,
      timeoutMs: 2_000,
      rateLimit: { limit: 10, windowMs: 1_000 },
      describeError: () => ({}),
      circuitBreaker: { failureThreshold: 1 },
    });
    closers.push(() => transport.close());
    expect(transport.http.breaker).toBe(transport.breaker);
    const error = await failure(transport.http.request({ method: 'GET', path: '/apps/v3/applications/' }));
    expect(error.message).toBe('Divio is unavailable (failing fast for 10 s after repeated failures)');
    expect(`${error.message} ${JSON.stringify(error.toJSON())}`).not.toMatch(/127\.0\.0\.1|https?:/);
    expect(transport.breaker.stats()).toMatchObject({ state: 'open', opened: 1 });
    expect(server.requests).toBe(1);
    // A client created without one gets its own, with the defaults.
    expect(client(server.url).breaker.stats()).toEqual({ state: 'closed', opened: 0, rejected: 0, consecutiveFailures: 0 });
  });
});
