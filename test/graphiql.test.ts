/**
 * GraphiQL as a browser meets it: the page is whole without the internet (no external script,
 * style or font), titled and with its own favicon; its subscriptions (GET + SSE with the CSRF header
 * it adds) stream; with GATEWAY_TOKENS the page says how to add the token; GRAPHIQL=false explains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAVICON } from '../src/graphiql.js';
import { seedService } from './support/ids.js';
import { startStack, type Stack } from './support/stack.js';

const html = { accept: 'text/html,application/xhtml+xml' };

/** Every URL the page would fetch by itself: src/href attributes, CSS url() and @import. */
function externalReferences(page: string): string[] {
  const references = [
    ...page.matchAll(/\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi),
    ...page.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)"']+/gi),
    ...page.matchAll(/@import\s+["'](?:https?:)?\/\/[^"']+/gi),
  ].map((match) => match[0]);
  return references.filter((reference) => !/\/\/(127\.0\.0\.1|localhost)\b/.test(reference));
}

/** Reads server-sent events until `count` data messages arrived. */
async function readEvents(response: Response, count: number): Promise<unknown[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: unknown[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, boundary))?.[1];
      buffer = buffer.slice(boundary + 2);
      if (data) events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

describe('GraphiQL, default settings', () => {
  let stack: Stack;
  let page: string;
  beforeAll(async () => {
    stack = await startStack();
    const response = await fetch(stack.url, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    page = await response.text();
  });
  afterAll(() => stack.close());

  it('is served whole from the gateway: no CDN, no external script, style or font', () => {
    expect(page.length).toBeGreaterThan(500_000); // GraphiQL itself is inlined, not linked
    expect(externalReferences(page)).toEqual([]);
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|googleapis/);
  });

  it('has its own title and favicon, and opens on the ready-made operations', () => {
    expect(page).toContain('<title>opsgraph</title>');
    expect(page).toContain(`<link rel="icon" href="${FAVICON}"`);
    expect(page).toContain('query Dashboard');
    expect(page).toContain('"subscriptionsProtocol":"GRAPHQL_SSE"');
    expect(page).toContain('"additionalHeaders":{"x-graphql-yoga-csrf":"graphiql"}');
  });

  it("streams a subscription the way GraphiQL sends it (GET, event stream, GraphiQL's headers)", async () => {
    const query = 'subscription Watch($id: ID!) { serviceUpdated(id: $id) { uuid state } }';
    const url = new URL(stack.url);
    url.searchParams.set('query', query);
    url.searchParams.set('variables', JSON.stringify({ id: seedService('acmeProduction').id }));
    const withoutHeader = await fetch(url, { headers: { accept: 'text/event-stream' } });
    expect(withoutHeader.status).toBe(403);
    const response = await fetch(url, { headers: { accept: 'text/event-stream', 'x-graphql-yoga-csrf': 'graphiql' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const [first] = await readEvents(response, 1);
    expect(first).toEqual({ data: { serviceUpdated: { uuid: seedService('acmeProduction').id, state: 'RUNNING' } } });
  });
});

describe('GraphiQL with GATEWAY_TOKENS', () => {
  const token = 'graphiql-test-token-7f3a9c';
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_TOKENS: token } });
  });
  afterAll(() => stack.close());

  it('still serves the page, which says how to add the bearer token and holds no token', async () => {
    const response = await fetch(stack.url, { headers: html });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('This gateway requires a bearer token (GATEWAY_TOKENS is set)');
    expect(page).toContain('Bearer <token>');
    expect(page).not.toContain(token);
  });

  it('and the API itself still needs the token', async () => {
    const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(401);
  });
});

describe('GRAPHIQL=false', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHIQL: 'false' } });
  });
  afterAll(() => stack.close());

  it('answers a browser with a plain explanation of how to reach the API', async () => {
    const response = await fetch(stack.url, { headers: html });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('(GraphiQL) is turned off on this');
    expect(page).toContain('<code>GRAPHIQL=false</code>');
    expect(page).toContain(`curl -s ${stack.url} -H`);
    expect(page.length).toBeLessThan(5_000);
  });

  it('refuses a hostile Host header with 400, never echoing it', async () => {
    const { request } = await import('node:http');
    const url = new URL(stack.url);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { ...html, host: 'evil"><script>x</script>' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'The Host header is not a valid host name', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('leaves GraphQL requests, GET with a query included, to the API', async () => {
    const get = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
