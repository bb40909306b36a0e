/**
 * Hostile input and operational endpoints: document limits refused before execution, body limit,
 * malformed JSON, CSRF, CORS, introspection/GraphiQL switches, the GraphQL-over-HTTP audit,
 * /healthz, /readyz and /metrics.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { startStack, type Stack } from './support/stack.js';

const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

async function post(stack: Stack, body: string, headers: Record<string, string> = json) {
  const response = await fetch(stack.url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, body: text.startsWith('{') ? (JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] }) : undefined };
}

function nestedQuery(levels: number): string {
  // organization -> services -> edges -> node -> organization -> ... until `levels` deep.
  let selection = 'name';
  let depth = 1;
  while (depth < levels) {
    selection = `services { edges { node { organization { ${selection} } } } }`;
    depth += 4;
  }
  return `{ organizations { ${selection} } }`;
}

describe('hostile input', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('refuses a 45-level query before execution', async () => {
    stack.resetUpstreamCalls();
    const result = await post(stack, JSON.stringify({ query: nestedQuery(45) }));
    expect(result.status).toBe(400);
    expect(result.body!.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.body!.errors![0]!.message).toMatch(/depth limit of 15/i);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('refuses a 2000-alias query before execution', async () => {
    stack.resetUpstreamCalls();
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: organizations { id }`).join(' ');
    const result = await post(stack, JSON.stringify({ query: `{ ${aliases} }` }));
    expect(result.status).toBe(400);
    expect(result.body!.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(stack.upstreamCalls()).toBe(0);
  });

  it('refuses an aliased fan-out whose estimated cost is too high', async () => {
    const query = '{ organizations { services(first: 1000) { edges { node { backups(first: 1000) { edges { node { id status type startedAt } } } } } } } }';
    const result = await post(stack, JSON.stringify({ query }));
    expect(result.status).toBe(400);
    expect(result.body!.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.body!.errors![0]!.message).toMatch(/^Query Cost limit of 1000000 exceeded/);
    // The GraphQL-over-HTTP rule for legacy clients (Accept: application/json): 200, same error.
    const legacy = await post(stack, JSON.stringify({ query }), { 'content-type': 'application/json', accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body!.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a 5 MB body with 413 without parsing it', async () => {
    const big = JSON.stringify({ query: '{ organizations { id } }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } });
    const result = await post(stack, big);
    expect(result.status).toBe(413);
    expect(result.body!.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a chunked body over the limit with 413 too', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(stack.url, { method: 'POST', headers: json, body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers malformed JSON with 400', async () => {
    const result = await post(stack, '{"query": "{ organizations { id } }"');
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/json/i);
  });

  it('refuses requests a browser form could forge (CSRF), accepts them with the CSRF header', async () => {
    const form = await post(stack, 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(403);
    expect(form.body!.errors![0]!.extensions!.code).toBe('CSRF_HEADER_REQUIRED');
    const get = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(403);
    const refusal = (await get.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(refusal.errors[0]!.extensions.code).toBe('CSRF_HEADER_REQUIRED');
    expect(refusal.errors[0]!.message).toContain('apollo-require-preflight');
    // yoga's header, and the two Apollo Client sends by default.
    for (const header of ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'x-apollo-operation-name']) {
      const allowed = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { [header]: 'Q' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('passes every MUST and SHOULD of the GraphQL-over-HTTP audit (graphql-http)', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: stack.url })) {
      const result = await audit.fn();
      if (result.status === 'error' || (result.status === 'warn' && !audit.name.startsWith('MAY'))) {
        failures.push(`${audit.name}: ${'reason' in result ? result.reason : ''}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('serves /healthz, /readyz and Prometheus /metrics', async () => {
    await post(stack, JSON.stringify({ query: '{ organizations { services { totalCount } } }' }));
    const base = new URL(stack.url);
    expect((await fetch(new URL('/healthz', base))).status).toBe(200);
    const ready = await fetch(new URL('/readyz', base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', sharedState: 'in-process' });
    const metrics = await (await fetch(new URL('/metrics', base))).text();
    expect(metrics).toMatch(/opsgraph_upstream_calls_total\{upstream="clickhouse",endpoint="\/v1\/organizations\/\{organizationId\}\/services",method="GET",status="200"\} \d+/);
    expect(metrics).toMatch(/opsgraph_http_requests_total\{method="POST",status="200"\} \d+/);
    expect(metrics).toMatch(/opsgraph_cache_misses_total\{upstream="clickhouse"\} \d+/);
    expect(metrics).toMatch(/opsgraph_budget_granted_total\{upstream="clickhouse"\} \d+/);
    expect(metrics).toMatch(/opsgraph_active_subscriptions \d+/);
    expect(metrics).toMatch(/opsgraph_active_pollers \d+/);
  });

  it('echoes a plain x-request-id, sends it upstream and logs it', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      // A key nothing was cached for, so the query really goes upstream.
      headers: { ...json, 'x-request-id': 'trace-123', 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[2]!.keyId}:${CLICKHOUSE_SEED.keys[2]!.keySecret}` },
      body: JSON.stringify({ query: '{ organizations { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(stack.proxy.requestIds).toContain('trace-123');
    const logged = stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.requestId === 'trace-123');
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'request', status: 200, path: '/graphql' }));
    const hostile = await fetch(stack.url, { method: 'POST', headers: { ...json, 'x-request-id': 'bad id\twith spaces' }, body: '{"query":"{ __typename }"}' });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('production switches and CORS', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gatewayRateLimit: '0',
      env: { INTROSPECTION: 'false', GRAPHIQL: 'false', CORS_ORIGINS: 'https://app.example.com' },
    });
  });
  afterAll(() => stack.close());

  it('refuses introspection and serves no GraphiQL when switched off', async () => {
    const result = await post(stack, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(result.body!.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
  });

  it('allows only the configured browser origins', async () => {
    const preflight = (origin: string) =>
      fetch(stack.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const refused = await preflight('https://evil.example.net');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.net');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
