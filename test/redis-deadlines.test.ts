/**
 * A frozen Redis (SIGSTOP: its sockets stay open, nothing answers) must not freeze the replicas.
 * With REDIS_COMMAND_TIMEOUT_MS=500, a warm query, a cold one, a mutation and a new subscription
 * each answer within the timeout and a margin; each replica counts Redis as lost (log line,
 * /readyz, metric) and uses its in-process state; after SIGCONT it is shared on Redis again.
 *
 * The Redis requires a password, given as `?password=` in REDIS_URL: no log line shows it.
 *
 * Uses a private redis-server it can freeze; without the binary the file skips with one line
 * (under CI it fails: .ci/run installs redis-server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { seedService, serviceGlobalId, sleep } from './support/ids.js';
import { subscribeWs, wsClient } from './support/live-clients.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type Replica, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('Redis deadline tests skipped: no redis-server binary (apt-get install -y redis-server)');

const COMMAND_TIMEOUT_MS = 500;
/**
 * What a request may take with Redis frozen: the timeout, plus one window of the short rate limit
 * below (a replica that takes over the budget first waits out the window the others may have
 * spent), plus the work itself on a busy machine. Far below the freeze, which lasts until thawed.
 */
const ANSWER_WITHIN_MS = 3_500;
/** A request still unanswered after this is counted as hung (today's code: until SIGCONT). */
const GIVE_UP_MS = 8_000;
/** A short window, so the budget's takeover wait stays inside ANSWER_WITHIN_MS. */
const RATE_LIMIT = { limit: 10, windowMs: 500 };
const PASSWORD = 'frozen-pass-4711';

const ORGANIZATIONS = /* GraphQL */ 'query Orgs { organizations { id name } }';
const SERVICE_STATE = /* GraphQL */ 'query ServiceState($org: UUID!, $id: UUID!) { organization(uuid: $org) { service(uuid: $id) { state } } }';
const RENAME = /* GraphQL */ 'mutation Rename($id: ID!, $name: String!) { updateService(input: { id: $id, name: $name }) { __typename } }';
type Updated = { serviceUpdated: { state: string } };
const SERVICE_UPDATED = parse(/* GraphQL */ 'subscription Watch($id: ID!) { serviceUpdated(id: $id) { state } }') as TypedDocumentNode<Updated, { id: string }>;

/** One GraphQL request over HTTP, timed; a request that hangs is cut at GIVE_UP_MS. */
async function timed(replica: Replica, query: string, variables?: Record<string, unknown>): Promise<{ ms: number; errors: unknown; data: unknown }> {
  const startedAt = performance.now();
  try {
    const response = await fetch(replica.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    return { ms: performance.now() - startedAt, errors: body.errors, data: body.data };
  } catch (error) {
    return { ms: performance.now() - startedAt, errors: [String(error)], data: undefined };
  }
}

async function sharedState(replica: Replica): Promise<string> {
  const response = await fetch(new URL('/readyz', replica.url), { signal: AbortSignal.timeout(GIVE_UP_MS) });
  return ((await response.json()) as { sharedState: string }).sharedState;
}

async function redisGauge(replica: Replica): Promise<string | undefined> {
  const text = await (await fetch(new URL('/metrics', replica.url), { signal: AbortSignal.timeout(GIVE_UP_MS) })).text();
  return /^opsgraph_shared_state_redis (\d)/m.exec(text)?.[1];
}

describe.runIf(HAVE_REDIS || IN_CI)('a frozen Redis', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the Redis tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis({ password: PASSWORD });
    set = await startReplicas({
      count: 2,
      redisUrl: `redis://127.0.0.1:${redis.port}/0?password=${PASSWORD}`,
      simulatorRateLimit: RATE_LIMIT,
      env: { REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS), CLICKHOUSE_RATE_LIMIT: `${RATE_LIMIT.limit}/${RATE_LIMIT.windowMs}ms` },
    });
  }, 60_000);
  afterAll(async () => {
    redis?.thaw();
    await set?.close();
    await redis?.stop();
  });

  it('answers warm and cold queries, a mutation and a new subscription within the timeout, and says Redis is lost', async () => {
    const [first, second] = set.replicas as [Replica, Replica];
    for (const replica of set.replicas) expect((await timed(replica, ORGANIZATIONS)).errors).toBeUndefined();
    expect(await sharedState(first)).toBe('redis');

    redis.freeze();
    const warm = await timed(first, ORGANIZATIONS);
    // A new subscription on a replica that has not noticed yet: its SUBSCRIBE goes unanswered.
    let subscribedMs = Infinity;
    const client = wsClient(second.wsUrl);
    const subscribedAt = performance.now();
    const subscriber = subscribeWs(client, SERVICE_UPDATED, { id: serviceGlobalId('acmeProduction') });
    try {
      await subscriber.until((events) => events.length >= 1, GIVE_UP_MS);
      subscribedMs = performance.now() - subscribedAt;
      expect(subscribedMs).toBeLessThan(ANSWER_WITHIN_MS);
      expect(subscriber.events[0]!.data).toEqual({ serviceUpdated: { state: 'RUNNING' } });
    } finally {
      subscriber.stop();
      await client.dispose();
    }

    const service = seedService('acmeReporting');
    const cold = await timed(second, SERVICE_STATE, { org: service.organizationId, id: service.id });
    const renamed = await timed(first, RENAME, { id: serviceGlobalId('acmeFeatureStore'), name: 'Frozen redis' });
    console.log(`Redis frozen: warm ${Math.round(warm.ms)} ms, subscription ${Math.round(subscribedMs)} ms, cold ${Math.round(cold.ms)} ms, mutation ${Math.round(renamed.ms)} ms (timeout ${COMMAND_TIMEOUT_MS} ms)`);
    for (const answer of [warm, cold, renamed]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    expect(cold.data).toEqual({ organization: { service: { state: expect.any(String) } } });

    for (const replica of set.replicas) {
      expect(await sharedState(replica)).toBe('in-process (Redis lost)');
      expect(await redisGauge(replica)).toBe('0');
      expect(replica.logs.some((line) => line.includes('Redis lost: falling back to in-process state'))).toBe(true);
    }
  });

  it('after SIGCONT it is shared on Redis again: log line, /readyz and metric', async () => {
    redis.thaw();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await Promise.all(set.replicas.map(sharedState))).some((state) => state !== 'redis')) await sleep(100);
    for (const replica of set.replicas) {
      expect(await sharedState(replica)).toBe('redis');
      expect(await redisGauge(replica)).toBe('1');
      const lost = replica.logs.findLastIndex((line) => line.includes('Redis lost'));
      const back = replica.logs.findLastIndex((line) => line.includes('shared state on Redis'));
      expect(back).toBeGreaterThan(lost);
    }
    // Shared again: what one replica reads cold, the other reads from Redis.
    set.resetCalls();
    const service = seedService('acmeEventIngest');
    const variables = { org: service.organizationId, id: service.id };
    expect((await timed(set.replicas[0]!, SERVICE_STATE, variables)).errors).toBeUndefined();
    const calls = set.clickhouseCalls().total;
    expect((await timed(set.replicas[1]!, SERVICE_STATE, variables)).errors).toBeUndefined();
    expect(set.clickhouseCalls().total).toBe(calls);
  });

  it('never shows the Redis password: not in a log line, not on /readyz', async () => {
    for (const replica of set.replicas) {
      const text = replica.logs.join('\n');
      expect(text).toContain('password=***');
      expect(text).not.toContain(PASSWORD);
      expect(JSON.stringify(await (await fetch(new URL('/readyz', replica.url))).json())).not.toContain(PASSWORD);
    }
  });
});
