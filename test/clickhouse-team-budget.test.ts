/**
 * One API key is one budget, whichever operation spends it: a team-and-bill page (members, API
 * keys, last week's audit log, last month's usage cost, each service's ClickPipes) completes under
 * the real shape of the limit (10 per window) without a single upstream 429, in the fewest calls
 * it can: one per list, one per service for its ClickPipes, and nothing more for fields asked twice.
 */
import { parse, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

const typed = (text: string) => parse(text) as DocumentNode as TypedDocumentNode<Record<string, never>, Record<string, unknown>>;

const TeamAndBill = typed(/* GraphQL */ `
  query TestTeamAndBill($weekAgo: DateTime!, $from: Date!, $to: Date!) {
    organizations {
      name
      members { totalCount edges { node { email role } } }
      apiKeys { totalCount edges { node { name state } } }
      activities(filter: { from: $weekAgo }) { totalCount edges { node { type createdAt } } }
      usageCost(from: $from, to: $to) { grandTotalCHC costs { date totalCHC } }
      again: members { totalCount }
      services { totalCount edges { node { name clickPipes { totalCount edges { node { name state } } } } } }
    }
  }
`);

describe('the team and the bill under the real rate limit', () => {
  let stack: Stack;
  // Same shape as 10 per 10 s, compressed in time so the test stays quick.
  const WINDOW_MS = 1_500;
  beforeAll(async () => {
    stack = await startStack({ simulatorRateLimit: { limit: 10, windowMs: WINDOW_MS }, gatewayRateLimit: `10/${WINDOW_MS}ms` });
  });
  afterAll(() => stack.close());

  it('costs one call per list and per service, queued within the budget, with no 429', async () => {
    const now = new Date();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    stack.resetUpstreamCalls();
    const result = await stack.execute(TeamAndBill, { weekAgo: new Date(now.getTime() - 7 * 86_400_000).toISOString(), from: day(-30), to: day(0) });
    expect(result.errors).toBeUndefined();
    const organization = (result.data as unknown as { organizations: Record<string, { totalCount?: number; edges?: unknown[] } & Record<string, unknown>>[] }).organizations[0]!;
    const services = organization.services as { totalCount: number; edges: unknown[] };
    expect(services.totalCount).toBeGreaterThan(0);
    expect((organization.members as { totalCount: number }).totalCount).toBeGreaterThan(0);
    expect((organization.apiKeys as { totalCount: number }).totalCount).toBeGreaterThan(0);
    // organizations, members, keys, activities, usage cost, services: 6 lists; then one ClickPipe list per service.
    expect(stack.upstreamCalls()).toBe(6 + services.totalCount);
    expect(stack.simulator.requests.filter((request) => request.status === 429)).toHaveLength(0);
    const times = stack.simulator.requests.map((request) => request.at).sort((a, b) => a - b);
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(WINDOW_MS);
  });
});
