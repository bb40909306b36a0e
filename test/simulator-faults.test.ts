/**
 * Fault injection on both simulators over real HTTP: injected statuses with each simulator's own
 * error body, count expiry, clearing, path and method matching, delays, resets, hangs (and close()
 * with one in flight), the rate limit left untouched by faulted requests, the request log, and the
 * `/__simulator/faults` HTTP control surface.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type FaultControl } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator } from '../src/simulator/divio/index.js';

// Response bodies and log records are checked field by field; a structural type would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Sim {
  url: string;
  requests: Json[];
  faults: FaultControl;
  clearRequests(): void;
  close(): Promise<void>;
}

interface Target {
  name: string;
  start(rateLimit?: { limit: number; windowMs: number }): Promise<Sim>;
  authorization: string;
  /** The caller's identity in the request log (keyId / token id). */
  identity: string;
  identityOf(record: Json): string | null;
  /** A GET answered 200 for the seed credentials, and a second, unrelated one. */
  okPath: string;
  otherPath: string;
  /** A path without a trailing slash, so the control surface takes it as an exact string. */
  exactPath: string;
  /** Regex matching `otherPath` (and not `okPath`), as a RegExp and in the control surface's "/.../" form. */
  otherPattern: RegExp;
  otherPatternJson: string;
  /** The exact error bodies of an injected 503 and an injected 429 with Retry-After: 7. */
  body503: Json;
  body429: Json;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const [CH_KEY] = CLICKHOUSE_SEED.keys;
if (CH_KEY === undefined) throw new Error('the ClickHouse seed has no key');
const CH_ORG = `/v1/organizations/${CLICKHOUSE_SEED.organizations.acme.id}`;
const DIVIO_TOKEN = DIVIO_SEED.tokens.find((token) => token.id === 'acme-ops');
if (DIVIO_TOKEN === undefined) throw new Error('the Divio seed has no acme-ops token');

const TARGETS: Target[] = [
  {
    name: 'ClickHouse',
    start: (rateLimit) => startClickHouseSimulator({ rateLimit: rateLimit ?? null }),
    authorization: `Basic ${Buffer.from(`${CH_KEY.keyId}:${CH_KEY.keySecret}`).toString('base64')}`,
    identity: CH_KEY.keyId,
    identityOf: (record) => record.keyId,
    okPath: CH_ORG,
    otherPath: `${CH_ORG}/services`,
    exactPath: CH_ORG,
    otherPattern: /\/services$/,
    otherPatternJson: '/\\/services$/',
    body503: { status: 503, error: 'Simulated fault: HTTP 503 Service Unavailable', requestId: expect.stringMatching(UUID) },
    body429: { status: 429, error: 'Simulated fault: HTTP 429 Too Many Requests', requestId: expect.stringMatching(UUID) },
  },
  {
    name: 'Divio',
    start: (rateLimit) => startDivioSimulator({ rateLimit: rateLimit ?? null }),
    authorization: `Token ${DIVIO_TOKEN.token}`,
    identity: 'acme-ops',
    identityOf: (record) => record.token,
    okPath: '/apps/v3/applications/',
    otherPath: '/apps/v3/environments/',
    exactPath: '/apps/v3/applications',
    otherPattern: /^\/apps\/v3\/environments\/$/,
    otherPatternJson: '/^\\/apps\\/v3\\/environments\\/$/',
    body503: { detail: 'Service temporarily unavailable, try again later.' },
    body429: { detail: 'Request was throttled. Expected available in 7 seconds.' },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reply {
  status: number;
  headers: Headers;
  json: Json;
}

async function call(sim: Sim, target: Target, method: string, path: string, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = { authorization: target.authorization };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text === '' ? undefined : JSON.parse(text) };
}

/** A control-surface call, without credentials (the surface needs none). */
async function control(sim: Sim, method: string, body?: string, path = '/__simulator/faults'): Promise<Reply> {
  const res = await fetch(`${sim.url}${path}`, { method, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text === '' ? undefined : JSON.parse(text) };
}

/** The error fetch rejects with: undici's TypeError('fetch failed') with the socket error as cause. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; code: string | undefined }> {
  try {
    await promise;
  } catch (error) {
    const { name, message, cause } = error as Error & { cause?: { code?: string } };
    return { name, message, code: cause?.code };
  }
  throw new Error('expected the request to fail');
}

async function waitForRequests(sim: Sim, count: number): Promise<void> {
  const deadline = Date.now() + 3000;
  while (sim.requests.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${sim.requests.length} of ${count} requests arrived`);
    await sleep(5);
  }
}

const PENDING = Symbol('pending');
const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => 'settled', () => 'settled'), sleep(ms).then(() => PENDING)]);

describe.each(TARGETS)('$name simulator fault injection', (target) => {
  let sim: Sim;
  const get = (path = target.okPath) => call(sim, target, 'GET', path);

  beforeAll(async () => {
    sim = await target.start();
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(() => {
    sim.faults.clear();
    sim.clearRequests();
  });

  it('answers an injected status with the simulator error body and Retry-After', async () => {
    sim.faults.inject({ status: 503, retryAfterSeconds: 7, count: 1 });
    const faulted = await get();
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('7');
    expect(faulted.headers.get('content-type')).toMatch(/^application\/json/);
    expect(faulted.json).toEqual(target.body503);

    sim.faults.inject({ status: 429, retryAfterSeconds: 7, count: 1 });
    const throttled = await get();
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.json).toEqual(target.body429);

    sim.faults.inject({ status: 500, count: 1 });
    const plain = await get();
    expect(plain.status).toBe(500);
    expect(plain.headers.get('retry-after')).toBeNull();
  });

  it('applies a counted rule to the next N matching requests, then expires it', async () => {
    const handle = sim.faults.inject({ status: 500, count: 2 });
    expect(handle.remaining).toBe(2);
    expect(sim.faults.active).toEqual([{ status: 500, count: 2 }]);
    expect((await get()).status).toBe(500);
    expect(handle.remaining).toBe(1);
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(200);
    expect(handle.hits).toBe(2);
    expect(handle.remaining).toBe(0);
    expect(sim.faults.active).toEqual([]);
    expect(sim.requests.map((record) => record.status)).toEqual([500, 500, 200]);
  });

  it('keeps an uncounted rule until it is cleared', async () => {
    const handle = sim.faults.inject({ status: 502 });
    for (let i = 0; i < 3; i++) expect((await get()).status).toBe(502);
    expect(handle.hits).toBe(3);
    expect(handle.remaining).toBeUndefined();
    handle.clear();
    expect(handle.remaining).toBe(0);
    expect(sim.faults.active).toEqual([]);
    expect((await get()).status).toBe(200);
    expect(handle.hits).toBe(3);
  });

  it('checks rules in injection order: the first one with count left applies', async () => {
    const first = sim.faults.inject({ status: 503, count: 1 });
    const second = sim.faults.inject({ status: 502, count: 1 });
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(502);
    expect((await get()).status).toBe(200);
    expect([first.hits, second.hits]).toEqual([1, 1]);
  });

  it('matches an exact path string, ignoring the query, and leaves other paths alone', async () => {
    const handle = sim.faults.inject({ path: target.okPath, status: 503 });
    expect((await get(target.otherPath)).status).toBe(200);
    expect((await get()).status).toBe(503);
    expect((await get(`${target.okPath}?page=1`)).status).toBe(503);
    expect((await get(`${target.okPath}x`)).status).not.toBe(503);
    expect(handle.hits).toBe(2);
  });

  it('matches a RegExp path, dropping its global flag so every request is tested afresh', async () => {
    const pattern = new RegExp(target.otherPattern.source, 'g');
    const handle = sim.faults.inject({ path: pattern, status: 504 });
    expect((await get(target.otherPath)).status).toBe(504);
    expect((await get(target.otherPath)).status).toBe(504);
    expect((await get()).status).toBe(200);
    expect(handle.hits).toBe(2);
    expect(sim.faults.active[0]?.path).toEqual(target.otherPattern);
  });

  it('matches the method case-insensitively', async () => {
    sim.faults.inject({ method: 'post', path: target.okPath, status: 503 });
    expect(sim.faults.active).toEqual([{ method: 'POST', path: target.okPath, status: 503 }]);
    expect((await get()).status).toBe(200);
    // Faults come before routing, so even a method the path does not allow gets the injected answer.
    const posted = await call(sim, target, 'POST', target.okPath, {});
    expect(posted.status).toBe(503);
    expect(posted.json).toEqual(target.body503);
  });

  it('delays a delay-only rule, then answers normally; with a status, delays then faults', async () => {
    sim.faults.inject({ delayMs: 200, count: 1 });
    let started = performance.now();
    const slow = await get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(slow.status).toBe(200);

    sim.faults.inject({ delayMs: 150, status: 503, count: 1 });
    started = performance.now();
    const slowFault = await get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(slowFault.status).toBe(503);
    expect(sim.requests.map((record) => [record.status, target.identityOf(record)])).toEqual([
      [200, target.identity],
      [503, null],
    ]);
  });

  it('resets the connection without a response', async () => {
    const handle = sim.faults.inject({ reset: true, count: 1 });
    expect(await failure(get())).toEqual({ name: 'TypeError', message: 'fetch failed', code: 'ECONNRESET' });
    expect(handle.hits).toBe(1);
    expect((await get()).status).toBe(200);
    expect(sim.requests.map((record) => record.status)).toEqual([0, 200]);
  });

  it('holds a hung request until the rule is cleared, which resets it', async () => {
    const handle = sim.faults.inject({ hang: true, path: target.okPath });
    const hung = get();
    const outcome = failure(hung);
    await waitForRequests(sim, 1);
    expect(await settledWithin(hung, 150)).toBe(PENDING);
    // Other paths are served meanwhile.
    expect((await get(target.otherPath)).status).toBe(200);
    expect(sim.requests.map((record) => [record.path, record.status])).toEqual([
      [target.okPath, 0],
      [target.otherPath, 200],
    ]);
    handle.clear();
    expect(await outcome).toEqual({ name: 'TypeError', message: 'fetch failed', code: 'ECONNRESET' });
    expect(sim.requests[0]?.status).toBe(0);
    expect((await get()).status).toBe(200);
  });

  it('releases hung requests of an expired counted rule on faults.clear()', async () => {
    sim.faults.inject({ hang: true, count: 1 });
    const outcome = failure(get());
    await waitForRequests(sim, 1);
    expect(sim.faults.active).toEqual([]);
    expect((await get()).status).toBe(200);
    sim.faults.clear();
    expect((await outcome).code).toBe('ECONNRESET');
  });

  it('closes quickly with a hung and a delayed request in flight', async () => {
    const own = await target.start();
    own.faults.inject({ hang: true, path: target.okPath });
    own.faults.inject({ delayMs: 60_000, path: target.otherPath });
    const hung = failure(call(own, target, 'GET', target.okPath));
    const delayed = failure(call(own, target, 'GET', target.otherPath));
    await waitForRequests(own, 2);
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect((await hung).message).toBe('fetch failed');
    expect((await delayed).message).toBe('fetch failed');
    expect(own.requests.map((record) => record.status)).toEqual([0, 0]);
  });

  it('does not spend the rate limit on faulted requests', async () => {
    const limited = await target.start({ limit: 2, windowMs: 60_000 });
    try {
      limited.faults.inject({ status: 503, count: 5 });
      for (let i = 0; i < 5; i++) expect((await call(limited, target, 'GET', target.okPath)).status).toBe(503);
      expect((await call(limited, target, 'GET', target.okPath)).status).toBe(200);
      expect((await call(limited, target, 'GET', target.okPath)).status).toBe(200);
      const third = await call(limited, target, 'GET', target.okPath);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
      expect(limited.requests.map((record) => record.status)).toEqual([503, 503, 503, 503, 503, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('records faulted requests with the injected status and no identity', async () => {
    sim.faults.inject({ method: 'DELETE', status: 409, count: 1 });
    await call(sim, target, 'DELETE', `${target.otherPath}?force=1`);
    await get();
    expect(sim.requests).toHaveLength(2);
    expect(sim.requests[0]).toMatchObject({ method: 'DELETE', path: target.otherPath, status: 409 });
    expect(target.identityOf(sim.requests[0])).toBeNull();
    expect(sim.requests[1]).toMatchObject({ method: 'GET', path: target.okPath, status: 200 });
    expect(target.identityOf(sim.requests[1])).toBe(target.identity);
  });

  it('rejects malformed rules given to inject()', () => {
    expect(() => sim.faults.inject({ status: 600 })).toThrow('status must be an integer in 100..599');
    expect(() => sim.faults.inject({ path: 'apps' })).toThrow('path must be a string starting with "/" or a RegExp');
    expect(() => sim.faults.inject({ status: 503, reset: true })).toThrow('status, reset and hang exclude each other');
    expect(() => sim.faults.inject({ count: 2 })).toThrow('a fault rule needs status, delayMs, reset or hang');
    expect(() => sim.faults.inject({ reset: true, count: 0 })).toThrow('count must be a positive integer');
    expect(() => sim.faults.inject({ retryAfterSeconds: 3, delayMs: 5 })).toThrow('retryAfterSeconds needs a status');
    expect(sim.faults.active).toEqual([]);
  });

  describe('HTTP control surface', () => {
    it('creates, lists and expires a rule with a regex path, without recording control requests', async () => {
      const created = await control(sim, 'POST', JSON.stringify({ path: target.otherPatternJson, status: 503, count: 1 }));
      expect(created.status).toBe(201);
      const id = created.json.id;
      expect(created.json).toEqual({ id: expect.any(Number) });
      expect(created.headers.get('location')).toBe(`/__simulator/faults/${id}`);
      expect((await control(sim, 'GET')).json).toEqual([
        { id, path: String(target.otherPattern), status: 503, count: 1, hits: 0, remaining: 1 },
      ]);
      expect(sim.faults.active).toEqual([{ path: target.otherPattern, status: 503, count: 1 }]);
      expect((await get()).status).toBe(200);
      const faulted = await get(target.otherPath);
      expect(faulted.status).toBe(503);
      expect(faulted.json).toEqual(target.body503);
      expect((await control(sim, 'GET')).json).toEqual([]);
      expect(sim.requests.map((record) => [record.path, record.status])).toEqual([
        [target.okPath, 200],
        [target.otherPath, 503],
      ]);
    });

    it('treats a string path as exact, clears everything with DELETE, and one rule by id', async () => {
      const exact = await control(sim, 'POST', JSON.stringify({ path: target.exactPath, method: 'get', status: 500 }));
      const catchAll = await control(sim, 'POST', JSON.stringify({ status: 502, delayMs: 1 }));
      expect([exact.status, catchAll.status]).toEqual([201, 201]);
      expect(catchAll.json.id).toBe(exact.json.id + 1);
      // A catch-all rule leaves the control surface itself alone.
      const listed = await control(sim, 'GET');
      expect(listed.status).toBe(200);
      expect(listed.json).toEqual([
        { id: exact.json.id, method: 'GET', path: target.exactPath, status: 500, hits: 0, remaining: null },
        { id: catchAll.json.id, status: 502, delayMs: 1, hits: 0, remaining: null },
      ]);
      expect((await get(target.exactPath)).status).toBe(500);
      expect((await get(`${target.exactPath}x`)).status).toBe(502);

      const removed = await control(sim, 'DELETE', undefined, `/__simulator/faults/${exact.json.id}`);
      expect(removed.status).toBe(204);
      expect((await control(sim, 'DELETE', undefined, `/__simulator/faults/${exact.json.id}`)).json).toEqual({
        error: `no active fault rule has id ${exact.json.id}`,
      });
      expect((await get(target.exactPath)).status).toBe(502);

      const cleared = await control(sim, 'DELETE');
      expect(cleared.status).toBe(204);
      expect(cleared.json).toBeUndefined();
      expect((await control(sim, 'GET')).json).toEqual([]);
      expect((await get()).status).toBe(200);
      expect(sim.requests.map((record) => record.status)).toEqual([500, 502, 502, 200]);
    });

    it('releases a hung request on DELETE', async () => {
      expect((await control(sim, 'POST', JSON.stringify({ hang: true }))).status).toBe(201);
      const outcome = failure(get());
      await waitForRequests(sim, 1);
      expect((await control(sim, 'DELETE')).status).toBe(204);
      expect((await outcome).code).toBe('ECONNRESET');
      expect(sim.requests.map((record) => record.status)).toEqual([0]);
    });

    it('answers malformed rules with 400 and a message', async () => {
      const cases: Array<[string, string]> = [
        ['{"status": 503, "colour": "red"}', "unknown key(s) 'colour'; allowed: method, path, status, retryAfterSeconds, delayMs, reset, hang, count"],
        ['{"status": "503"}', 'status must be an integer in 100..599'],
        ['{"status": 600}', 'status must be an integer in 100..599'],
        ['{"status": 99}', 'status must be an integer in 100..599'],
        ['{"status": 503.5}', 'status must be an integer in 100..599'],
        ['{"reset": "yes"}', 'reset must be a boolean'],
        ['{"hang": true, "count": -1}', 'count must be a positive integer'],
        ['{"delayMs": null}', 'delayMs must be a number in 0..2147483647'],
        ['{"status": 503, "retryAfterSeconds": 1.5}', 'retryAfterSeconds must be a non-negative integer'],
        ['{"path": 3, "status": 503}', 'path must be a string (one starting and ending with "/" is a regular expression)'],
        ['{"path": "/(/", "status": 503}', 'path /(/ is not a valid regular expression: Invalid regular expression: /(/: Unterminated group'],
        ['{"method": "GET"}', 'a fault rule needs status, delayMs, reset or hang'],
        ['[]', 'body must be a JSON object (a fault rule)'],
        ['{"status":', 'body is not valid JSON: Unexpected end of JSON input'],
      ];
      for (const [body, error] of cases) {
        const reply = await control(sim, 'POST', body);
        expect({ body, status: reply.status, json: reply.json }).toEqual({ body, status: 400, json: { error } });
      }
      expect((await control(sim, 'PUT', '{}')).status).toBe(405);
      expect((await control(sim, 'GET', undefined, '/__simulator/other')).status).toBe(404);
      expect((await control(sim, 'GET')).json).toEqual([]);
      expect(sim.requests).toEqual([]);
    });
  });
});

describe('Divio control surface and trailing slashes', () => {
  let sim: Sim;
  const divio = TARGETS[1] as Target;

  beforeAll(async () => {
    sim = await startDivioSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('takes a path with a trailing slash as an unanchored regex, as documented', async () => {
    const created = await control(sim, 'POST', JSON.stringify({ path: '/apps/v3/applications/', status: 503 }));
    expect(created.status).toBe(201);
    expect((await control(sim, 'GET')).json).toEqual([
      { id: created.json.id, path: '/apps\\/v3\\/applications/', status: 503, hits: 0, remaining: null },
    ]);
    expect((await call(sim, divio, 'GET', '/apps/v3/applications/')).status).toBe(503);
    expect((await call(sim, divio, 'GET', `/apps/v3/applications/${DIVIO_SEED.applications.acmeShop.id}/`)).status).toBe(503);
    expect((await call(sim, divio, 'GET', '/apps/v3/environments/')).status).toBe(200);
  });
});
