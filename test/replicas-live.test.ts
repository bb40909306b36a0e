/**
 * Subscriptions across three replicas sharing one Redis: 300 subscribers cost one poller, a
 * mutation on any replica reaches the poll owner, killing the owner hands polling to another,
 * and a lost Redis turns every replica to its own poller without ending a stream.
 *
 * Uses a private redis-server it can kill; without the binary the file skips with one line
 * (under CI it fails: .ci/run installs redis-server).
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceGlobalId, sleep } from './support/ids.js';
import { subscribeWs, wsClient, type Collected } from './support/live-clients.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type Replica, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('replica live tests skipped: no redis-server binary (apt-get install -y redis-server)');

const FAST_MS = 1_000;
const SLOW_MS = 2_000;
type Updated = { serviceUpdated: { state: string } };
const SERVICE_UPDATED = parse('subscription Watch($id: ID!) { serviceUpdated(id: $id) { state } }') as TypedDocumentNode<Updated, { id: string }>;
const COMMAND = (verb: 'start' | 'stop') => `mutation Command($id: ID!) { ${verb}Service(input: { id: $id }) { __typename } }`;
const servicesList = (path: string) => path.endsWith('/services');

const pollersOf = (replicas: Replica[]) => replicas.map((replica) => replica.deps.live.stats().pollers);
const statesOf = (subscriber: Collected<Updated>) => subscriber.events.map((event) => event.data?.serviceUpdated.state);

describe.runIf(HAVE_REDIS || IN_CI)('subscriptions across three replicas', { timeout: 120_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  const id = serviceGlobalId('acmeProduction');
  let subscribers: Collected<Updated>[] = [];
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the replica tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({ count: 3, redisUrl: redis.url, transitionMs: 1_500, env: { LIVE_POLL_FAST_MS: String(FAST_MS), LIVE_POLL_SLOW_MS: String(SLOW_MS) } });
  }, 60_000);
  afterAll(async () => {
    for (const subscriber of subscribers) subscriber.stop();
    await set?.close();
    await redis?.stop();
  }, 60_000);

  it('300 subscribers spread over three replicas cost one poller', async () => {
    const clients = set.replicas.map((replica) => wsClient(replica.wsUrl));
    subscribers = Array.from({ length: 300 }, (_, index) => subscribeWs(clients[index % 3]!, SERVICE_UPDATED, { id }));
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1, 20_000)));
    expect(subscribers.every((subscriber) => statesOf(subscriber)[0] === 'RUNNING')).toBe(true);
    expect(pollersOf(set.replicas).reduce((sum, count) => sum + count, 0)).toBe(1);
    set.resetCalls();
    await sleep(4 * SLOW_MS);
    // One poller at the slow interval: about four reads, where three replicas alone would make twelve.
    const reads = set.clickhouse.requests.filter((request) => servicesList(request.path)).length;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(5);
    expect(set.clickhouseCalls().throttled).toBe(0);
  });

  it("a stop on a replica that does not poll reaches the poll owner: every subscriber sees STOPPING, then STOPPED", async () => {
    const follower = set.replicas.find((replica) => replica.deps.live.stats().pollers === 0)!;
    const stopped = await follower.execute(COMMAND('stop'), { id });
    expect(stopped.data).toEqual({ stopService: { __typename: 'ServicePayload' } });
    await Promise.all(subscribers.map((subscriber) => subscriber.until(() => statesOf(subscriber).includes('STOPPED'), 20_000)));
    for (const subscriber of subscribers) expect(statesOf(subscriber)).toEqual(['RUNNING', 'STOPPING', 'STOPPED']);
  });

  it('killing the poll owner: another replica takes over and events continue', async () => {
    const owner = set.replicas.find((replica) => replica.deps.live.stats().pollers === 1)!;
    const survivors = set.replicas.filter((replica) => replica !== owner);
    const watching = subscribers.filter((_, index) => set.replicas[index % 3] !== owner);
    await owner.kill();
    const killedAt = Date.now();
    const started = await survivors[0]!.execute(COMMAND('start'), { id });
    expect(started.data).toEqual({ startService: { __typename: 'ServicePayload' } });
    await Promise.all(watching.map((subscriber) => subscriber.until(() => statesOf(subscriber).length >= 5 && statesOf(subscriber).at(-1) === 'RUNNING', 30_000)));
    const tookMs = Date.now() - killedAt;
    console.log(`poll owner killed: events continued after ${tookMs} ms (lease ${Math.max(1_000, FAST_MS)} ms, intervals ${FAST_MS}/${SLOW_MS} ms)`);
    expect(pollersOf(survivors).reduce((sum, count) => sum + count, 0)).toBe(1);
    for (const subscriber of watching) expect(statesOf(subscriber).slice(-2)).toEqual(['STARTING', 'RUNNING']);
  });

  it('a lost Redis: each replica polls for itself and no stream ends; Redis back: one poller again', async () => {
    const survivors = set.replicas.filter((replica) => replica.deps.live.stats().subscribers > 0);
    const watching = subscribers.filter((subscriber) => !subscriber.completed);
    expect(watching.length).toBe(200);
    await redis.stop();
    const lostBy = Date.now() + 15_000;
    while (survivors.some((replica) => replica.redis.healthy) && Date.now() < lostBy) await sleep(100);
    expect(pollersOf(survivors)).toEqual([1, 1]);
    const stopped = await survivors[1]!.execute(COMMAND('stop'), { id });
    expect(stopped.data).toEqual({ stopService: { __typename: 'ServicePayload' } });
    await Promise.all(watching.map((subscriber) => subscriber.until(() => statesOf(subscriber).at(-1) === 'STOPPED', 40_000)));
    expect(watching.every((subscriber) => !subscriber.completed)).toBe(true);
    await redis.start();
    const backBy = Date.now() + 20_000;
    while (survivors.some((replica) => !replica.redis.healthy) && Date.now() < backBy) await sleep(100);
    const sharedBy = Date.now() + 10_000;
    while (pollersOf(survivors).reduce((sum, count) => sum + count, 0) !== 1 && Date.now() < sharedBy) await sleep(100);
    expect(pollersOf(survivors).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(set.clickhouseCalls().throttled).toBe(0);
  });
});
