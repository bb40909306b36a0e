/**
 * The request's log line (pino, one JSON object per request): its id, operation name, duration,
 * upstream calls and error codes, whichever path answered it (yoga, a kept answer). Real gateway
 * over the simulators, over HTTP; the line is read from the logger's sink.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { startStack, type Stack } from './support/stack.js';

const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const DASHBOARD = `query TestLogDashboard { organization(uuid: "${ACME}") { name services { edges { node { name backups { edges { node { status } } } } } } } }`;

async function post(stack: Stack, query: string, requestId: string): Promise<void> {
  const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query }) });
  await response.text();
}

function lineOf(stack: Stack, requestId: string): Record<string, unknown> {
  const line = stack.logs.map((text) => JSON.parse(text) as Record<string, unknown>).find((record) => record.msg === 'request' && record.requestId === requestId);
  expect(line, `no log line for ${requestId}`).toBeDefined();
  return line!;
}

describe('the request log line', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('names the operation and counts the upstream calls a cold query made', async () => {
    stack.resetUpstreamCalls();
    await post(stack, DASHBOARD, 'log-cold');
    const calls = stack.upstreamCalls();
    expect(calls).toBeGreaterThan(2);
    expect(lineOf(stack, 'log-cold')).toMatchObject({ level: 'info', operationName: 'TestLogDashboard', upstreamCalls: calls, status: 200, method: 'POST', path: '/graphql' });
  });

  it('says a warm repeat and a kept answer made none', async () => {
    await post(stack, DASHBOARD, 'log-warm-1');
    stack.resetUpstreamCalls();
    await post(stack, DASHBOARD, 'log-warm-2');
    await post(stack, DASHBOARD, 'log-warm-3');
    expect(stack.upstreamCalls()).toBe(0);
    for (const id of ['log-warm-2', 'log-warm-3']) expect(lineOf(stack, id)).toMatchObject({ operationName: 'TestLogDashboard', upstreamCalls: 0, status: 200 });
  });

  it('gives the codes of an answer with errors, never its messages', async () => {
    await post(stack, `query TestLogBad { organization(uuid: "not-a-uuid") { name } }`, 'log-bad');
    const line = lineOf(stack, 'log-bad');
    expect(line.codes).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(line)).not.toContain('not-a-uuid');
  });
});
