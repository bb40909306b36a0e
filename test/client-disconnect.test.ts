/**
 * A client that goes away takes its upstream work with it: its upstream call in flight is aborted
 * (the upstream sees the gateway hang up) and its place in the budget queue goes to nobody, so the
 * call it was waiting for is never made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from './support/ids.js';
import { startStack, type Stack } from './support/stack.js';

const LATENCY_MS = 1_500;

function post(stack: Stack, query: string, signal: AbortSignal): Promise<Response> {
  return fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });
}

describe('a client that disconnects', () => {
  let stack: Stack;
  beforeAll(async () => {
    // One call per second, each answered after 1.5 s: a second call has to queue.
    stack = await startStack({ gatewayRateLimit: '1/1s', upstreamLatencyMs: LATENCY_MS });
  });
  afterAll(() => stack.close());

  it('aborts its upstream call and leaves the budget queue', async () => {
    stack.resetUpstreamCalls();
    const first = new AbortController();
    const second = new AbortController();
    const firstRequest = post(stack, '{ organizations { id } }', first.signal).catch((error: unknown) => error);
    await sleep(200);
    // Queued behind the first for the one slot.
    const secondRequest = post(stack, '{ organizations { name services { totalCount } } }', second.signal).catch((error: unknown) => error);
    await sleep(200);
    first.abort();
    second.abort();
    expect(await firstRequest).toBeInstanceOf(Error);
    expect(await secondRequest).toBeInstanceOf(Error);
    // Long enough for the first call's answer, its window, and the queued call, had it not left.
    await sleep(LATENCY_MS + 1_500);
    expect(stack.proxy.abandoned).toBe(1);
    // Only the first call ever reached the upstream; the budget granted nothing more.
    expect(stack.upstreamCalls()).toBe(1);
    expect(stack.deps.clickhouse.budget.stats().granted).toBe(1);
  });
});
