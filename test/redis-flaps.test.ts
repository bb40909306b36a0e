/**
 * The budget survives Redis coming and going: two replicas under steady load against the
 * ClickHouse simulator enforcing the limit, Redis killed (SIGKILL, no persistence: it comes back
 * empty) and started again ten times in a row, and the upstream never answers 429, while calls
 * keep being made. A short window (5 per 2 s on both sides) keeps the file quick; the arithmetic
 * is the same as 10 per 10 s.
 *
 * Uses a private redis-server it can kill; without the binary the file skips with one line
 * (under CI it fails: .ci/run installs redis-server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { serviceGlobalId, sleep, type SeedServiceName } from './support/ids.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type Replica, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('Redis flap tests skipped: no redis-server binary (apt-get install -y redis-server)');

const RATE_LIMIT = { limit: 5, windowMs: 2_000 };
const FLAPS = 10;
/** Redis up, then down, in each flap: long enough to spend the budget on either side. */
const UP_MS = 1_500;
const DOWN_MS = 1_000;
/** Callers per replica, each renaming services one after the other (a PATCH: never cached). */
const WORKERS_PER_REPLICA = 3;

const RENAME = /* GraphQL */ 'mutation Rename($id: ID!, $name: String!) { updateService(input: { id: $id, name: $name }) { __typename } }';
const acmeServices = (Object.keys(CLICKHOUSE_SEED.services) as SeedServiceName[]).filter(
  (name) => CLICKHOUSE_SEED.services[name].organizationId === CLICKHOUSE_SEED.organizations.acme.id,
);

/** Renames services through `replica` until `running()` says stop; counts the answers. */
async function renameUntil(replica: Replica, worker: number, running: () => boolean, outcomes: Map<string, number>): Promise<void> {
  for (let round = 0; running(); round += 1) {
    const name = acmeServices[(worker + round) % acmeServices.length]!;
    const result = await replica.execute(RENAME, { id: serviceGlobalId(name), name: `Flap ${replica.index} ${worker} ${round}` });
    const outcome = result.errors ? String((result.errors[0]?.extensions as { code?: string } | undefined)?.code ?? result.errors[0]?.message) : 'ok';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
}

describe.runIf(HAVE_REDIS || IN_CI)('Redis killed and restarted under load', { timeout: 90_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI for the Redis tests (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({
      count: 2,
      redisUrl: redis.url,
      simulatorRateLimit: RATE_LIMIT,
      env: { CLICKHOUSE_RATE_LIMIT: `${RATE_LIMIT.limit}/${RATE_LIMIT.windowMs / 1_000}s`, REDIS_COMMAND_TIMEOUT_MS: '500' },
    });
  }, 60_000);
  afterAll(async () => {
    await set?.close();
    await redis?.stop();
  });

  it(`${FLAPS} flaps in a row: no upstream 429, and the calls go on`, async () => {
    set.resetCalls();
    let running = true;
    const outcomes = new Map<string, number>();
    const load = set.replicas.flatMap((replica) =>
      Array.from({ length: WORKERS_PER_REPLICA }, (_, worker) => renameUntil(replica, worker, () => running, outcomes)),
    );
    for (let flap = 0; flap < FLAPS; flap += 1) {
      await sleep(UP_MS);
      await redis.stop();
      await sleep(DOWN_MS);
      await redis.start();
    }
    await sleep(UP_MS);
    running = false;
    await Promise.all(load);
    const calls = set.clickhouseCalls();
    console.log(`${FLAPS} Redis flaps: ${calls.total} ClickHouse calls, ${calls.throttled} answered 429; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(calls.throttled).toBe(0);
    // The limit allows about total time / window * limit calls; far fewer would mean the budget stalled.
    expect(calls.total).toBeGreaterThanOrEqual(FLAPS * 2);
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
  });
});
