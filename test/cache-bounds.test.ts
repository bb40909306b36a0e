/**
 * Every cache that holds what clients send is bounded by weight as well as by count: a flood of
 * distinct ~1 MB documents (a comment pads a document without adding a token) and of distinct
 * request bodies answered from a kept result leaves each cache under its bound, as the cache's own
 * accounting reports it, and the heap close to where it was.
 */
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSE_CACHE_MAX_CHARACTERS } from '../src/parse-cache.js';
import { APQ_MAX_CHARACTERS } from '../src/plugins/use-persisted-operations.js';
import { KEPT_ANSWERS_MAX_BYTES, KEPT_RESULTS_MAX_CHARACTERS } from '../src/result-cache.js';
import { startStack, type Stack } from './support/stack.js';

const FLOOD = 200;
/** Just under MAX_BODY_BYTES (1 MiB) once wrapped in the JSON body with its hash. */
const PADDING = 1_000_000;
/** Heap the flood may leave behind: the four bounds together are 40 Mi characters. */
const HEAP_GROWTH_LIMIT_MB = 150;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function heapMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('cache bounds under a flood of large documents', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  async function post(body: string): Promise<{ status: number; text: string }> {
    const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, text: await response.text() };
  }

  it('parse cache, persisted queries and kept results stay under their bounds; the heap is released', async () => {
    // Warm the upstream cache, so every flooded query executes from cache hits and is kept.
    await post(JSON.stringify({ query: '{ organizations { name } }' }));
    const heapBefore = heapMb();
    for (let i = 0; i < FLOOD; i++) {
      // Every fourth one does not parse: parse errors are cached by document text too.
      const tail = i % 4 === 3 ? '{ organizations { name }' : '{ organizations { name } }';
      const query = `# ${i} ${'x'.repeat(PADDING)}\n${tail}`;
      const body = JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(body.length).toBeLessThan(stack.deps.config.maxBodyBytes);
      const { status, text } = await post(body);
      if (i % 4 === 3) expect(status).toBe(200);
      else expect(JSON.parse(text)).toEqual({ data: { organizations: [{ name: 'Acme Analytics' }] } });
    }
    const parse = stack.deps.parseCache.stats();
    const apq = stack.deps.persistedOperations.stats();
    const results = stack.deps.resultCache!.stats().results;
    // Each held some of the flood (the newest), and no more than its bound.
    for (const [held, bound] of [
      [parse, PARSE_CACHE_MAX_CHARACTERS],
      [apq, APQ_MAX_CHARACTERS],
      [results, KEPT_RESULTS_MAX_CHARACTERS],
    ] as const) {
      expect(held.entries).toBeGreaterThan(0);
      expect(held.entries).toBeLessThan(FLOOD);
      expect(held.size).toBeGreaterThan(PADDING);
      expect(held.size).toBeLessThanOrEqual(bound);
    }
    expect(heapMb() - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
    // A small document is still parsed once and served from the cache after the flood.
    await post(JSON.stringify({ query: '{ organizations { uuid } }' }));
    const entries = stack.deps.parseCache.stats().entries;
    await post(JSON.stringify({ query: '{ organizations { uuid } }' }));
    expect(stack.deps.parseCache.stats().entries).toBe(entries);
  }, 120_000);

  it('kept HTTP answers stay under their bound when distinct request bytes share one large result', async () => {
    // 30 aliases of every service with its endpoints: one answer of well over 100 KB.
    const fields = 'id uuid name provider region state tier clickhouseVersion endpoints { protocol host port username } ipAccessList { source description } privateEndpointIds';
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: organizations { services { edges { node { ${fields} } } } }`).join(' ');
    const query = `{ ${aliases} }`;
    for (let i = 0; i < 2; i++) await post(JSON.stringify({ query })); // cold, then kept
    const answer = await post(JSON.stringify({ query }));
    expect(answer.status).toBe(200);
    const answerBytes = Buffer.byteLength(answer.text);
    expect(answerBytes * FLOOD).toBeGreaterThan(KEPT_ANSWERS_MAX_BYTES);
    // Distinct bytes, the same request: each is answered from the kept result and its answer kept.
    for (let i = 0; i < FLOOD; i++) {
      const { status, text } = await post(`{"query": ${JSON.stringify(query)}${' '.repeat(i + 1)}}`);
      expect(status).toBe(200);
      expect(text).toBe(answer.text);
    }
    const answers = stack.deps.resultCache!.stats().answers;
    expect(answers.entries).toBeGreaterThan(0);
    expect(answers.entries).toBeLessThan(FLOOD);
    expect(answers.size).toBeGreaterThan(answerBytes);
    expect(answers.size).toBeLessThanOrEqual(KEPT_ANSWERS_MAX_BYTES);
  }, 120_000);
});
