/**
 * The doors of the issue "Close the doors", each through its real transport: one GraphQL endpoint
 * with the gateway token on every path and transport (POST, GET, SSE, multipart, graphql-ws),
 * only expected Hosts and Origins (DNS rebinding, cross-site WebSocket hijacking), WebSocket
 * limits, and a coded, readable answer to every kind of bad input.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { MAX_OPERATIONS_PER_SOCKET } from '../src/app.js';
import { serviceGlobalId } from './support/ids.js';
import { messagesOf, openSocket, rawGraphql, rawRequest } from './support/raw-http.js';
import { startStack, type Stack } from './support/stack.js';

const execFileAsync = promisify(execFile);
const TOKEN = 'doors-test-token-5d1c';
const STOP = `mutation { stopService(input: { id: "${serviceGlobalId('acmeProduction')}" }) { __typename } }`;
const ORGS = '{ organizations { name } }';

async function socketOf(wsUrl: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const opened = await openSocket(wsUrl, headers);
  if (!('socket' in opened)) throw new Error(`upgrade refused with ${opened.refusedWith}`);
  return opened.socket;
}

describe('GATEWAY_TOKENS on every path and transport', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { GATEWAY_TOKENS: TOKEN } });
  });
  afterAll(() => stack.close());

  it('serves GraphQL on exactly /graphql: every other path is 404 and runs nothing', async () => {
    stack.resetUpstreamCalls();
    for (const path of ['/graphql/', '/x/graphql', '//graphql', '/api/graphql', '/GRAPHQL']) {
      const answer = await rawGraphql(stack.url, path, STOP);
      expect(answer.status, path).toBe(404);
      expect(answer.json?.errors?.[0]?.extensions?.code, path).toBe('NOT_FOUND');
    }
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('asks for the token on /graphql with a query string, GET, SSE and multipart, before anything runs', async () => {
    stack.resetUpstreamCalls();
    const attempts = [
      rawGraphql(stack.url, '/graphql?x=1', STOP),
      rawRequest(stack.url, { path: `/graphql?query=${encodeURIComponent(ORGS)}`, headers: { 'x-graphql-yoga-csrf': '1' } }),
      rawRequest(stack.url, { path: `/graphql?query=${encodeURIComponent('subscription { serviceUpdated(id: "x") { state } }')}`, headers: { accept: 'text/event-stream' } }),
      rawRequest(stack.url, {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'multipart/form-data; boundary=b', 'x-graphql-yoga-csrf': '1' },
        body: `--b\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: STOP })}\r\n--b\r\ncontent-disposition: form-data; name="map"\r\n\r\n{}\r\n--b--\r\n`,
      }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer');
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('still serves the GraphiQL page without a token, and never data through it', async () => {
    const answer = await rawRequest(stack.url, { path: `/graphql?query=${encodeURIComponent(ORGS)}`, headers: { accept: 'text/html' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.text).not.toContain('Acme Analytics');
  });

  it('answers with the token on every transport', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const post = await rawGraphql(stack.url, '/graphql?x=1', ORGS, auth);
    expect(post.json).toEqual({ data: { organizations: [{ name: 'Acme Analytics' }] } });
    const get = await rawRequest(stack.url, { path: `/graphql?query=${encodeURIComponent(ORGS)}`, headers: { ...auth, 'x-graphql-yoga-csrf': '1' } });
    expect(get.json).toEqual({ data: { organizations: [{ name: 'Acme Analytics' }] } });
  });

  it('refuses deeply nested variables with 400 over HTTP and with a coded error over WebSocket', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const body = `{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":${deep}}}`;
    const answer = await rawRequest(stack.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: { authorization: `Bearer ${TOKEN}` } });
    await received.message((message) => message.type === 'connection_ack');
    socket.send(`{"id":"1","type":"subscribe","payload":{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":${'['.repeat(500)}${']'.repeat(500)}}}}`);
    expect((await received.message((message) => message.type === 'error')).payload).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
    socket.close();
  });

  it('closes a graphql-ws connection without the token before any operation', async () => {
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: {} });
    expect((await received.closed()).code).toBe(4403);
    expect(received.messages).toEqual([]);
  });
});

describe('only expected hosts and origins (default: loopback)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { CORS_ORIGINS: 'https://app.example.com', INTROSPECTION: 'false', MAX_BODY_BYTES: '4096' } });
  });
  afterAll(() => stack.close());

  it('refuses a foreign Host (a DNS-rebinding page) with 421, on HTTP and on the WebSocket upgrade', async () => {
    stack.resetUpstreamCalls();
    const port = new URL(stack.url).port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const answer = await rawGraphql(stack.url, '/graphql', ORGS, { host });
      expect(answer.status, host).toBe(421);
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe('HOST_NOT_ALLOWED');
    }
    expect(await openSocket(stack.wsUrl, { host: `evil.example:${port}` })).toMatchObject({ refusedWith: 421 });
    expect(stack.upstreamCalls()).toBe(0);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST:5173']) {
      expect((await rawGraphql(stack.url, '/graphql', ORGS, { host })).status, host).toBe(200);
    }
  });

  it('refuses a foreign Origin (cross-site request or WebSocket hijacking); same-origin, listed and Origin-less clients pass', async () => {
    stack.resetUpstreamCalls();
    const evil = await rawGraphql(stack.url, '/graphql', ORGS, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.json?.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(await openSocket(stack.wsUrl, { origin: 'https://evil.example' })).toMatchObject({ refusedWith: 403 });
    expect(await openSocket(stack.wsUrl, { origin: 'null' })).toMatchObject({ refusedWith: 403 });
    expect(stack.upstreamCalls()).toBe(0);
    const own = new URL(stack.url).origin;
    expect((await rawGraphql(stack.url, '/graphql', ORGS, { origin: own })).json).toEqual({ data: { organizations: [{ name: 'Acme Analytics' }] } });
    expect((await rawGraphql(stack.url, '/graphql', ORGS, { origin: 'https://app.example.com' })).status).toBe(200);
    const socket = await socketOf(stack.wsUrl, { origin: own });
    socket.close();
  });

  it('bounds a WebSocket message by MAX_BODY_BYTES (close 1009)', async () => {
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: { padding: 'x'.repeat(8_192) } });
    expect((await received.closed()).code).toBe(1009);
    // The client's mistake, told at info by code (not printed to stderr as an internal error).
    expect(stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'websocket closed: client protocol error', code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' }),
    );
  });

  it(`holds at most ${MAX_OPERATIONS_PER_SOCKET} operations on one socket`, async () => {
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: {} });
    await received.message((message) => message.type === 'connection_ack');
    const query = `subscription { serviceUpdated(id: "${serviceGlobalId('acmeProduction')}") { state } }`;
    for (let id = 1; id <= MAX_OPERATIONS_PER_SOCKET + 1; id += 1) received.send({ id: String(id), type: 'subscribe', payload: { query } });
    const refused = await received.message((message) => message.type === 'error');
    expect(refused.id).toBe(String(MAX_OPERATIONS_PER_SOCKET + 1));
    expect(refused.payload).toMatchObject([{ extensions: { code: 'TOO_MANY_OPERATIONS', limit: MAX_OPERATIONS_PER_SOCKET } }]);
    await received.message((message) => message.type === 'next' && message.id === String(MAX_OPERATIONS_PER_SOCKET));
    socket.close();
  });

  it('counts only operations that run: refused ones never hold a place', async () => {
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: {} });
    await received.message((message) => message.type === 'connection_ack');
    for (let id = 1; id <= MAX_OPERATIONS_PER_SOCKET + 10; id += 1) received.send({ id: `bad-${id}`, type: 'subscribe', payload: { query: '{ nope }' } });
    await received.message((message) => message.id === `bad-${MAX_OPERATIONS_PER_SOCKET + 10}`);
    received.send({ id: 'good', type: 'subscribe', payload: { query: '{ organizations { name } }' } });
    expect((await received.message((message) => message.id === 'good')).type).toBe('next');
    socket.close();
  });

  it('reads a malformed connection_init credential as UNAUTHENTICATED, never as the server-held one', async () => {
    const socket = await socketOf(stack.wsUrl);
    const received = messagesOf(socket);
    received.send({ type: 'connection_init', payload: { 'x-clickhouse-key': 12345, 'x-divio-token': { token: 'x' } } });
    await received.message((message) => message.type === 'connection_ack');
    received.send({ id: '1', type: 'subscribe', payload: { query: '{ organizations { name } applications(first: 1) { totalCount } }' } });
    const answer = await received.message((message) => message.type === 'next');
    expect(answer.payload).toMatchObject({
      data: { organizations: null, applications: null },
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }, { extensions: { code: 'UNAUTHENTICATED' } }],
    });
    socket.close();
  });

  it('answers a body over the limit with a readable 413 (the rest of the body is drained, not reset)', async () => {
    // A client of its own process: in this one, the test's event loop paces the server's, and the
    // reset that the old close provoked never showed. Both shapes: a declared length, and a stream.
    const client = `
      const chunk = new TextEncoder().encode('x'.repeat(65536));
      const stream = () => new ReadableStream({ start(c) { for (let i = 0; i < 80; i += 1) c.enqueue(chunk); c.close(); } });
      const bodies = [...Array.from({ length: 6 }, () => 'x'.repeat(5 * 1048576)), stream(), stream()];
      (async () => {
        const seen = [];
        for (const body of bodies) {
          try {
            const r = await fetch(process.argv[1], { method: 'POST', duplex: 'half', headers: { 'content-type': 'application/json' }, body });
            seen.push(r.status + ' ' + JSON.parse(await r.text()).errors[0].extensions.code);
          } catch (e) { seen.push('failed ' + (e.cause?.code ?? e.message)); }
        }
        console.log(JSON.stringify(seen));
      })();`;
    const { stdout } = await execFileAsync(process.execPath, ['-e', client, stack.url]);
    expect(JSON.parse(stdout)).toEqual(Array.from({ length: 8 }, () => '413 PAYLOAD_TOO_LARGE'));
  });

  it('lets a client leave in the middle of its body without a fault logged', async () => {
    const before = stack.logs.length;
    const { port } = new URL(stack.url);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await rawGraphql(stack.url, '/graphql', ORGS)).status).toBe(200);
    const lines = stack.logs.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('gives every error a code: variable coercion, malformed multipart, an unknown global-id type, unreadable JSON', async () => {
    const coercion = await rawRequest(stack.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($s: [ServiceState!]) { organizations { services(filter: { state: $s }) { totalCount } } }', variables: { s: ['RUNNIN'] } }),
    });
    expect(coercion.status).toBe(400);
    expect(coercion.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Introspection is off here: no enum value is suggested.
    expect(coercion.json?.errors?.[0]?.message).not.toMatch(/Did you mean|RUNNING/);
    for (const [operations, map] of [['{"query":"{ __typename }"}', 'not json'], ['not json', '{}']]) {
      const multipart = await rawRequest(stack.url, {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'multipart/form-data; boundary=b', 'x-graphql-yoga-csrf': '1' },
        body: `--b\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${operations}\r\n--b\r\ncontent-disposition: form-data; name="map"\r\n\r\n${map}\r\n--b--\r\n`,
      });
      expect(multipart.status).toBe(400);
      expect(multipart.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
    const unknownType = await rawGraphql(stack.url, '/graphql', `{ node(id: "${Buffer.from('Nope:1').toString('base64')}") { id } }`);
    expect(unknownType.json?.errors?.[0]).toMatchObject({ message: 'The global id names no type of this graph', extensions: { code: 'BAD_USER_INPUT' } });
    const unreadable = await rawRequest(stack.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query": "{ x }" secret-body-text' });
    expect(unreadable.status).toBe(400);
    expect(unreadable.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(unreadable.text).not.toContain('secret-body-text');
  });

  it('suggests no field names while introspection is off', async () => {
    const answer = await rawGraphql(stack.url, '/graphql', '{ organizationz { name } }');
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json?.errors?.[0]?.message).not.toMatch(/organizations|Did you mean/);
  });

  it('logs client mistakes at info, with their code and without their content', async () => {
    const before = stack.logs.length;
    await rawGraphql(stack.url, '/graphql', '{ node(id: "client-secret-7Qx") { id } }');
    await rawGraphql(stack.url, '/graphql', '{ organizations { services(first: -5) { totalCount } } }');
    await rawGraphql(stack.url, '/graphql', ORGS, { host: 'evil.example' });
    const lines = stack.logs.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
    expect(lines.map((line) => JSON.stringify(line)).join('\n')).not.toContain('client-secret-7Qx');
    expect(lines.filter((line) => line.msg === 'request')).toHaveLength(3);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', status: 421, code: 'HOST_NOT_ALLOWED' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', status: 200, codes: ['BAD_USER_INPUT'] }));
  });
});

describe('ALLOWED_HOSTS behind a load balancer', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { ALLOWED_HOSTS: 'api.example.com, internal.example.com:8080' } });
  });
  afterAll(() => stack.close());

  it('answers the listed names (any port unless one is given) and nothing else, loopback included', async () => {
    const statusFor = async (host: string) => (await rawGraphql(stack.url, '/graphql', ORGS, { host })).status;
    expect(await statusFor('api.example.com')).toBe(200);
    expect(await statusFor('API.example.com:443')).toBe(200);
    expect(await statusFor('internal.example.com:8080')).toBe(200);
    expect(await statusFor('internal.example.com:8081')).toBe(421);
    expect(await statusFor(new URL(stack.url).host)).toBe(421);
    // Probes name the pod's address; they still get their answer.
    expect((await rawRequest(stack.url, { path: '/healthz', headers: { host: '10.0.0.7:4000' } })).status).toBe(200);
  });
});
