/**
 * The Redis budget's hand-back when Redis returns empty (killed and restarted: it does not
 * persist), on a private redis-server: the replica writes every grant of the last window into the
 * shared set, whichever budget granted it, and no call is granted before that or by the fallback
 * after it, so that no window ever holds more than the limit.
 *
 * Uses a private redis-server it can kill; without the binary the file skips with one line
 * (under CI it fails: .ci/run installs redis-server).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { ReleaseSlot } from '../src/upstream/budget.js';
import { RedisBudget } from '../src/redis/budget.js';
import { RedisConnection } from '../src/redis/connection.js';
import { sleep } from './support/ids.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('Redis budget tests skipped: no redis-server binary (apt-get install -y redis-server)');

const LIMIT = 4;
const WINDOW_MS = 1_500;
const KEY = 'fingerprint';
const SLOTS = `opsgraph:budget:{clickhouse:${KEY}}:slots`;
/** A call in flight holds its slot until its deadline (here a window) + a window. */
const HOLD_MS = 2 * WINDOW_MS;
/** Redis' clock and ours are one machine's; this covers the round trips between them. */
const CLOCK_SLACK_MS = 300;
/** Shorter than any wait the tests look at. */
const COMMAND_TIMEOUT_MS = 200;

/** Every grant of a test: when it was granted and released, to check the limit in every window. */
interface Slot {
  grantedAt: number;
  releasedAt?: number;
  release: ReleaseSlot;
}

function take(budget: RedisBudget, slots: Slot[]): Promise<Slot> {
  return budget.acquire(KEY).then((release) => {
    const slot: Slot = { grantedAt: Date.now(), release };
    slot.release = () => {
      slot.releasedAt ??= Date.now();
      release();
    };
    slots.push(slot);
    return slot;
  });
}

/** The most slots held at once, a slot being held from its grant until a window after its release. */
function mostHeld(slots: Slot[]): number {
  const end = (slot: Slot) => (slot.releasedAt ?? Infinity) + WINDOW_MS;
  return Math.max(0, ...slots.map((at) => slots.filter((slot) => slot.grantedAt <= at.grantedAt && at.grantedAt < end(slot)).length));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe.runIf(HAVE_REDIS || IN_CI)('the Redis budget when Redis comes back empty', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  const connections: RedisConnection[] = [];
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the Redis tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) await connection.close();
    // Each test starts on a running, empty Redis, whatever the last one left.
    await redis.stop();
    await redis.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  async function budgetOn(replicas: number): Promise<{ connection: RedisConnection; budget: RedisBudget }> {
    const connection = await RedisConnection.connect(redis.url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    connections.push(connection);
    return { connection, budget: new RedisBudget(connection, { limit: LIMIT, windowMs: WINDOW_MS, callDeadlineMs: WINDOW_MS, upstream: 'clickhouse', replicas }) };
  }

  /** When each slot in the shared set frees (its score). */
  async function slotsInRedis(): Promise<number[]> {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
    client.on('error', () => {});
    try {
      await client.connect();
      const flat = await client.zrange(SLOTS, 0, -1, 'WITHSCORES');
      return flat.filter((_, index) => index % 2 === 1).map(Number);
    } catch {
      return [];
    } finally {
      client.disconnect();
    }
  }

  async function heldInRedis(): Promise<number> {
    const now = Date.now();
    return (await slotsInRedis()).filter((at) => at > now).length;
  }

  it('a Redis back after a quick flap learns the calls of the last window: a new call waits for the window', async () => {
    const { connection, budget } = await budgetOn(2);
    const slots: Slot[] = [];
    // The whole limit spent just before Redis dies: four quick calls, answered at once.
    for (let index = 0; index < LIMIT; index += 1) (await take(budget, slots)).release();
    await redis.stop();
    await until(() => !connection.healthy);
    await redis.start();
    await until(() => connection.healthy);
    // Redis came back empty; the replica wrote its four calls back before granting anything new.
    await until(async () => (await heldInRedis()) === LIMIT);
    const fresh = take(budget, slots);
    await sleep(WINDOW_MS / 4);
    expect(slots).toHaveLength(LIMIT);
    (await fresh).release();
    expect(mostHeld(slots)).toBeLessThanOrEqual(LIMIT);
  });

  it('on its own, a replica counts its calls still in flight; when Redis is back its fallback grants nothing more', async () => {
    const { connection, budget } = await budgetOn(2);
    const slots: Slot[] = [];
    const shared = [await take(budget, slots), await take(budget, slots)];
    await redis.stop();
    await until(() => !connection.healthy);
    // Its share is 2, both held by calls Redis granted: the fallback waits for them, and a window.
    const first = take(budget, slots);
    await sleep(WINDOW_MS + 100);
    expect(slots).toHaveLength(2);
    for (const slot of shared) slot.release();
    const fallbackFirst = await first;
    const fallbackSecond = await take(budget, slots);
    const queuedInFallback = take(budget, slots);
    await redis.start();
    await until(() => connection.healthy);
    await until(async () => (await heldInRedis()) >= 2);
    fallbackSecond.release();
    // The call queued in the fallback is granted by Redis, not by the fallback: a slot held from its
    // grant until its deadline + a window joins the shared set.
    const handedBack = await queuedInFallback;
    const frees = await slotsInRedis();
    expect(frees.some((at) => Math.abs(at - (handedBack.grantedAt + HOLD_MS)) < CLOCK_SLACK_MS)).toBe(true);
    fallbackFirst.release();
    handedBack.release();
    expect(mostHeld(slots)).toBeLessThanOrEqual(LIMIT);
  });

  it('a replica back on Redis keeps to its share while another may still be on its fallback', async () => {
    const [a, b] = [await budgetOn(2), await budgetOn(2)];
    const slots: Slot[] = [];
    await redis.stop();
    await until(() => !a.connection.healthy && !b.connection.healthy);
    // B spends its share on its own, and does not come back (its connection is gone for good).
    const fromB = await Promise.all([take(b.budget, slots), take(b.budget, slots)]);
    b.connection.client.disconnect();
    await redis.start();
    await until(() => a.connection.healthy);
    // A asks for the whole limit: it gets its share now, not the two slots B's fallback holds.
    const fromA = Array.from({ length: LIMIT }, () => take(a.budget, slots));
    await sleep(WINDOW_MS / 2);
    expect(slots).toHaveLength(4);
    for (const slot of [...fromB, ...slots]) slot.release();
    for (const slot of await Promise.all(fromA)) slot.release();
    expect(mostHeld(slots)).toBeLessThanOrEqual(LIMIT);
  });
});
