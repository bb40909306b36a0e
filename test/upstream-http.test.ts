import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBudget } from '../src/upstream/budget.js';
import { UpstreamError, type BadUserInputError, type RateLimitedError } from '../src/upstream/errors.js';
import { createHttpClient, type AttemptInfo, type HttpClient, type HttpClientOptions } from '../src/upstream/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

interface TestServer {
  url: string;
  port: number;
  arrivals: { at: number; method: string; url: string; headers: IncomingMessage['headers']; body: string; remotePort: number }[];
}

const servers: Server[] = [];
const clients: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A loopback server that answers the n-th request with handlers[n] (the last one repeats). */
async function serve(...handlers: Handler[]): Promise<TestServer> {
  const arrivals: TestServer['arrivals'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      arrivals.push({ at: Date.now(), method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, remotePort: req.socket.remotePort ?? 0 });
      const handler = handlers[Math.min(arrivals.length - 1, handlers.length - 1)]!;
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, arrivals };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const destroySocket: Handler = (req) => req.socket.destroy();
const hang: Handler = () => {};

function client(url: string, overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const created = createHttpClient({
    upstream: 'clickhouse',
    baseUrl: url,
    baseDelayMs: 5,
    maxDelayMs: 20,
    timeoutMs: 2_000,
    describeError: (_status, body) => {
      const b = body as { error?: string; fields?: Record<string, string[]> } | undefined;
      return {
        message: b?.error,
        fieldErrors: Object.entries(b?.fields ?? {}).map(([field, messages]) => ({ field, messages })),
      };
    },
    ...overrides,
  });
  clients.push(created);
  return created;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('createHttpClient', () => {
  it('retries 503, 503, 200 on GET invisibly, one budget slot per attempt', async () => {
    const server = await serve(json(503, {}), json(503, {}), json(200, { result: 'ok' }));
    const attempts: AttemptInfo[] = [];
    let acquired = 0;
    let released = 0;
    const http = client(server.url, {
      beforeAttempt: async () => {
        acquired += 1;
        return () => void (released += 1);
      },
      onAttempt: (info) => attempts.push(info),
    });

    const response = await http.request({ method: 'GET', path: '/v1/organizations' });
    expect(response).toMatchObject({ status: 200, json: { result: 'ok' }, attempts: 3 });
    expect(server.arrivals).toHaveLength(3);
    expect([acquired, released]).toEqual([3, 3]);
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);
  });

  it('retries a GET whose connection the server destroys', async () => {
    const server = await serve(destroySocket, json(200, { ok: true }));
    const attempts: AttemptInfo[] = [];
    const http = client(server.url, { onAttempt: (info) => attempts.push(info) });
    const response = await http.request({ method: 'GET', path: '/v1/services' });
    expect(response).toMatchObject({ status: 200, attempts: 2 });
    expect(server.arrivals).toHaveLength(2);
    expect(attempts[0]?.error).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it('never retries POST and maps 503 to UPSTREAM_UNAVAILABLE', async () => {
    const server = await serve(json(503, { error: 'maintenance' }), json(200, {}));
    const error = await failure(client(server.url).request({ method: 'POST', path: '/v1/services', body: { name: 'x' } }));
    expect(server.arrivals).toHaveLength(1);
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'clickhouse', upstreamStatus: 503 });
  });

  it('honours Retry-After on 429 and tells the budget', async () => {
    const server = await serve(json(429, { error: 'slow down' }, { 'retry-after': '1' }), json(200, { ok: true }));
    const pauses: number[] = [];
    const http = client(server.url, { timeoutMs: 3_000, onRetryAfter: (_req, until) => pauses.push(until) });
    const before = Date.now();
    const response = await http.request({ method: 'GET', path: '/v1/services' });
    expect(response.attempts).toBe(2);
    const [first, second] = server.arrivals;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1_000);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThanOrEqual(before + 1_000);
  });

  it('fails fast with RATE_LIMITED when Retry-After does not fit in the deadline', async () => {
    const server = await serve(json(429, {}, { 'retry-after': '60' }), json(200, {}));
    const started = Date.now();
    const error = await failure(client(server.url, { timeoutMs: 500 }).request({ method: 'GET', path: '/v1/services' }));
    expect(Date.now() - started).toBeLessThan(200);
    expect(server.arrivals).toHaveLength(1);
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', upstreamStatus: 429 });
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(59_000);
  });

  it('reports Retry-After of a 429 on POST without retrying it', async () => {
    const server = await serve(json(429, {}, { 'retry-after': '2' }));
    const pauses: number[] = [];
    const http = client(server.url, { onRetryAfter: (_req, until) => pauses.push(until) });
    const error = await failure(http.request({ method: 'POST', path: '/v1/services', body: {} }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(server.arrivals).toHaveLength(1);
    expect(pauses).toHaveLength(1);
  });

  it('gives GATEWAY_TIMEOUT when the server hangs, within the deadline', async () => {
    const server = await serve(hang);
    const timeoutMs = 300;
    const started = Date.now();
    const error = await failure(client(server.url, { timeoutMs }).request({ method: 'GET', path: '/v1/services' }));
    const elapsed = Date.now() - started;
    expect(error.extensions).toMatchObject({ code: 'GATEWAY_TIMEOUT', upstream: 'clickhouse' });
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 5);
    expect(elapsed).toBeLessThan(timeoutMs + 150);
  });

  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
  ])('maps a final %i to %s without retrying', async (status, code) => {
    const server = await serve(json(status, { error: 'Service name is too long', fields: { name: ['too long'] } }));
    const error = await failure(client(server.url).request({ method: 'GET', path: '/v1/services/x' }));
    expect(server.arrivals).toHaveLength(1);
    expect(error.extensions).toMatchObject({ code, upstream: 'clickhouse', upstreamStatus: status });
    if (status === 400) {
      expect(error.message).toBe('Service name is too long');
      expect((error as BadUserInputError).fieldErrors).toEqual([{ field: 'name', messages: ['too long'] }]);
      expect(error.extensions['fieldErrors']).toEqual([{ field: 'name', messages: ['too long'] }]);
    }
    if (status === 401) expect(error.message).toBe('ClickHouse Cloud rejected the credentials');
    if (status === 404) expect(error.message).toContain('Service name is too long');
  });

  describe('never leaks the URL or credentials', () => {
    const secret = 'c2VjcmV0LWtleS1pZDpzZWNyZXQta2V5LXZhbHVl';
    const echo: (status: number) => Handler = (status) => (req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `bad request to http://${req.headers.host}${req.url} with ${req.headers.authorization}` }));
    };

    async function assertClean(error: UpstreamError, port: number) {
      const visible = `${error.message} ${JSON.stringify(error.extensions)} ${JSON.stringify(error.toJSON())}`;
      expect(visible).not.toContain(secret);
      expect(visible).not.toContain('127.0.0.1');
      expect(visible).not.toContain(String(port));
      expect(visible).not.toMatch(/https?:/);
    }

    it.each([400, 401, 403, 404, 409, 500])('on an upstream %i that echoes them', async (status) => {
      const server = await serve(echo(status));
      const error = await failure(
        client(server.url, { maxRetries: 0 }).request({ method: 'GET', path: '/v1/x?token=abc', headers: { Authorization: `Basic ${secret}` } }),
      );
      expect(server.arrivals[0]?.headers.authorization).toBe(`Basic ${secret}`);
      await assertClean(error, server.port);
    });

    it('on connection refused and on timeout', async () => {
      const closed = await serve(json(200, {}));
      servers.pop()!.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
      const refused = await failure(
        client(closed.url, { maxRetries: 1 }).request({ method: 'GET', path: '/v1/x', headers: { authorization: `Basic ${secret}` } }),
      );
      expect(refused.code).toBe('UPSTREAM_UNAVAILABLE');
      await assertClean(refused, closed.port);

      const hung = await serve(hang);
      const timeout = await failure(
        client(hung.url, { timeoutMs: 100 }).request({ method: 'GET', path: '/v1/x', headers: { authorization: `Basic ${secret}` } }),
      );
      expect(timeout.code).toBe('GATEWAY_TIMEOUT');
      await assertClean(timeout, hung.port);
    });
  });

  it('rethrows a caller abort as an abort, not as an upstream error', async () => {
    const server = await serve(hang);
    const controller = new AbortController();
    const pending = client(server.url).request({ method: 'GET', path: '/v1/x' }, controller.signal);
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(UpstreamError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('bounds queueing for the first slot by the budget, not the deadline: RATE_LIMITED, no waiter left', async () => {
    const server = await serve(json(200, {}));
    const budget = new MemoryBudget({ limit: 1, windowMs: 1_000, maxWaitMs: 150, upstream: 'clickhouse' });
    const http = client(server.url, { timeoutMs: 5_000, beforeAttempt: (req, signal) => budget.acquire(req.fingerprint ?? '', signal) });
    await http.request({ method: 'GET', path: '/v1/a', fingerprint: 'k' });
    const error = await failure(http.request({ method: 'GET', path: '/v1/b', fingerprint: 'k' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(server.arrivals).toHaveLength(1);
    expect(budget.stats()).toMatchObject({ granted: 1, rejected: 1 });
  });

  it('starts the deadline when the first slot is granted, so a queued call longer than the deadline still succeeds', async () => {
    const server = await serve(json(200, { ok: true }));
    const budget = new MemoryBudget({ limit: 1, windowMs: 300, upstream: 'clickhouse' });
    const http = client(server.url, { timeoutMs: 150, beforeAttempt: (req, signal) => budget.acquire(req.fingerprint ?? '', signal) });
    await http.request({ method: 'GET', path: '/v1/a', fingerprint: 'k' });
    const startedAt = Date.now();
    const second = await http.request({ method: 'GET', path: '/v1/b', fingerprint: 'k' });
    expect(second.json).toEqual({ ok: true });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
    expect(server.arrivals).toHaveLength(2);
  });

  it('keeps the base path, sends JSON, parses JSON and reuses the connection', async () => {
    const server = await serve((req, res, body) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ echo: body ? (JSON.parse(body) as unknown) : null, contentType: req.headers['content-type'] ?? null }));
    });
    const http = client(`${server.url}/api/`);
    const posted = await http.request({ method: 'POST', path: '/v1/services?limit=5', body: { name: 'svc' } });
    expect(posted.json).toEqual({ echo: { name: 'svc' }, contentType: 'application/json' });
    expect(posted.headers['set-cookie']).toBe('a=1, b=2');
    const got = await http.request({ method: 'GET', path: '/v1/services' });
    expect(got.json).toEqual({ echo: null, contentType: null });
    expect(server.arrivals.map((a) => a.url)).toEqual(['/api/v1/services?limit=5', '/api/v1/services']);
    // Bodies are consumed, so sockets go back to the pool: six calls share at most two sockets
    // (undici frees a socket a tick after the body ends, so back-to-back calls may alternate two).
    for (let i = 0; i < 4; i++) await http.request({ method: 'GET', path: '/v1/services' });
    expect(new Set(server.arrivals.map((a) => a.remotePort)).size).toBeLessThanOrEqual(2);
  });

  it('leaves json undefined for non-JSON bodies and rejects malformed JSON successes', async () => {
    const server = await serve(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('hello');
      },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"truncated":');
      },
    );
    const http = client(server.url);
    expect(await http.request({ method: 'GET', path: '/a' })).toMatchObject({ text: 'hello', json: undefined });
    const error = await failure(http.request({ method: 'GET', path: '/b' }));
    expect(error.code).toBe('UPSTREAM_ERROR');
  });
});
