/** The innermost call and the composition helper, against a loopback node:http server. */
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../src/upstream/call/compose.js';
import { send } from '../src/upstream/call/send.js';
import type { Wrapper } from '../src/upstream/call/types.js';
import { GET, POST, answer, context, loopback, scripted, type Loopback } from './support/call.js';

describe('send', () => {
  let server: Loopback;
  const dispatcher = new Agent();
  beforeAll(async () => {
    server = await loopback((req, res, body) => {
      const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? 200);
      res.writeHead(status, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ body, contentType: req.headers['content-type'] ?? null }));
    });
  });
  afterAll(async () => {
    await dispatcher.close();
    server.close();
  });

  it('keeps the base path, sends JSON, and numbers the answer with the attempt', async () => {
    const call = send({ dispatcher, baseUrl: `${server.url}/api/` });
    const result = await call({ ...POST, path: '/v1/services?limit=5' }, context({ attempt: 2 }));
    expect(result).toMatchObject({ status: 200, attempts: 2, headers: { 'set-cookie': 'a=1, b=2' } });
    expect(JSON.parse(result.text)).toEqual({ body: '{"name":"svc"}', contentType: 'application/json' });
    expect(server.arrivals.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/services?limit=5' });
  });

  it('sends an encoded body as it is, and lets a caller header replace ours whatever its case', async () => {
    const call = send({ dispatcher, baseUrl: server.url });
    const bytes = new TextEncoder().encode('--b\r\n');
    await call({ method: 'POST', path: '/upload', encodedBody: { bytes, contentType: 'multipart/form-data; boundary=b' }, headers: { Accept: 'text/plain' } }, context());
    expect(server.arrivals.at(-1)).toMatchObject({ body: '--b\r\n', headers: { 'content-type': 'multipart/form-data; boundary=b', accept: 'text/plain' } });
  });

  it('answers any status without throwing: judging it is for the wrappers above', async () => {
    const call = send({ dispatcher, baseUrl: server.url });
    expect(await call({ ...GET, path: '/x?status=503' }, context())).toMatchObject({ status: 503 });
  });
});

describe('chain', () => {
  it('applies the first wrapper outermost', async () => {
    const order: string[] = [];
    const named =
      (name: string): Wrapper =>
      (next) =>
      async (req, ctx) => {
        order.push(`${name} in`);
        const result = await next(req, ctx);
        order.push(`${name} out`);
        return result;
      };
    await chain([named('outer'), named('inner')], scripted(answer(200)))(GET, context());
    expect(order).toEqual(['outer in', 'inner in', 'inner out', 'outer out']);
  });
});
