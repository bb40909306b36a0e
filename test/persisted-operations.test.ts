/**
 * Persisted operations through real HTTP: Apollo's automatic persisted queries (hash first, text
 * once on PERSISTED_QUERY_NOT_FOUND, then the hash alone), and the trusted-documents mode that runs
 * nothing but the manifest's operations.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { startStack, type Stack } from './support/stack.js';

const QUERY = 'query PersistedApplications { applications(first: 2) { totalCount } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(stack: Stack, body: Record<string, unknown>) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const codeOf = (result: Awaited<ReturnType<typeof post>>) => result.body.errors?.[0]?.extensions?.code;

describe('automatic persisted queries (the default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('asks for the text of an unknown hash, checks it against the hash, then runs the hash alone', async () => {
    const unknown = await post(stack, { extensions: persisted(HASH) });
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors![0]!.message).toBe('PersistedQueryNotFound');

    const wrong = await post(stack, { query: '{ __typename }', extensions: persisted(HASH) });
    expect(codeOf(wrong)).toBe('PERSISTED_QUERY_HASH_MISMATCH');

    const registered = await post(stack, { query: QUERY, extensions: persisted(HASH) });
    expect(registered.body.errors).toBeUndefined();
    stack.resetUpstreamCalls();
    const byHash = await post(stack, { extensions: persisted(HASH) });
    expect(byHash.body).toEqual(registered.body);
    expect(stack.divioCalls()).toBe(0);
    const plain = await post(stack, { query: '{ __typename }' });
    expect(plain.body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a malformed hash', async () => {
    expect(codeOf(await post(stack, { extensions: persisted('not-a-hash') }))).toBe('BAD_USER_INPUT');
  });
});

describe('trusted documents (PERSISTED_OPERATIONS=only)', () => {
  let stack: Stack;
  beforeAll(async () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'opsgraph-')), 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [HASH]: QUERY }));
    stack = await startStack({ gatewayRateLimit: '0', env: { PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: manifest } });
  });
  afterAll(() => stack.close());

  it('runs the operations of the manifest by hash and nothing else', async () => {
    const trusted = await post(stack, { extensions: persisted(HASH) });
    expect(trusted.body.errors).toBeUndefined();
    expect(trusted.body.data).toEqual({ applications: { totalCount: expect.any(Number) } });
    const arbitrary = await post(stack, { query: '{ __typename }' });
    expect(arbitrary.status).toBe(400);
    expect(codeOf(arbitrary)).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await post(stack, { extensions: persisted('0'.repeat(64)) });
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('holds over WebSocket too: a trusted hash subscribes, an arbitrary document is refused with its code', async () => {
    const client = createClient({ url: stack.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const run = (payload: { query: string; extensions?: Record<string, unknown> }) =>
      new Promise<unknown[]>((resolve) => {
        const events: unknown[] = [];
        client.subscribe(payload, { next: (event) => events.push(event), error: (error) => resolve([...events, error]), complete: () => resolve(events) });
      });
    const trusted = await run({ query: '', extensions: persisted(HASH) });
    expect(trusted).toEqual([{ data: { applications: { totalCount: expect.any(Number) } } }]);
    const arbitrary = (await run({ query: '{ __typename }' })) as { extensions?: { code?: string } }[][];
    expect(arbitrary.at(-1)![0]!.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    await client.dispose();
  });

  it('needs a readable manifest to start', () => {
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'only' })).toThrow(/PERSISTED_OPERATIONS_MANIFEST/);
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'sometimes' })).toThrow(/apq, only or off/);
  });
});
