/**
 * Secrets of the ClickHouse API are shown once, in the answer of the write that made them, and
 * nowhere else: a new API key's secret, a generated service password, a Postgres password and a
 * backup bucket's credentials never reach a log line, /metrics or Redis (the shared cache, the
 * budget, the pollers), and a later read never shows them. Runs on a real, private redis-server.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { serviceGlobalId } from './support/ids.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startReplicas, type ReplicaSet } from './support/replicas.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!HAVE_REDIS && !IN_CI) console.warn('ClickHouse secrets test skipped: no redis-server binary (apt-get install -y redis-server)');

const ORGANIZATION = CLICKHOUSE_SEED.organizations.acme.id;
const BUCKET_SECRET = 'bucket-secret-0123456789abcdefABCDEF';

/** Everything Redis holds, as text: every key and every value of whatever type. */
async function redisText(url: string): Promise<string> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys = await client.keys('*');
    const values = await Promise.all(
      keys.map(async (key) => {
        const type = await client.type(key);
        if (type === 'string') return client.get(key);
        if (type === 'hash') return JSON.stringify(await client.hgetall(key));
        if (type === 'list') return JSON.stringify(await client.lrange(key, 0, -1));
        if (type === 'set') return JSON.stringify(await client.smembers(key));
        if (type === 'zset') return JSON.stringify(await client.zrange(key, 0, -1, 'WITHSCORES'));
        return `${type}`;
      }),
    );
    return `${keys.join('\n')}\n${values.join('\n')}`;
  } finally {
    client.disconnect();
  }
}

describe.runIf(HAVE_REDIS || IN_CI)('ClickHouse secrets', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  let set: ReplicaSet;
  const responses: string[] = [];
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const replica = set.replicas[0]!;
    const response = await fetch(replica.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    responses.push(text);
    return JSON.parse(text) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
  };

  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error('redis-server is required in CI (apt-get install -y redis-server)');
    redis = await startPrivateRedis();
    set = await startReplicas({ count: 1, redisUrl: redis.url, simulatorRateLimit: null, transitionMs: 50 });
  });
  afterAll(async () => {
    await set?.close();
    await redis?.stop();
  });

  it('shows each secret once, in its write answer, and nowhere else', async () => {
    const key = await run(`mutation { createApiKey(input: { organizationId: "${ORGANIZATION}", name: "ci deploy" }) { __typename ... on CreateApiKeyPayload { keyId keySecret apiKey { name } } ... on Error { message } } }`);
    const keySecret = String(key.data!.createApiKey!.keySecret);
    expect(keySecret.length).toBeGreaterThan(10);

    const password = await run(`mutation($id: ID!) { resetServicePassword(input: { id: $id }) { __typename ... on ResetServicePasswordPayload { password } ... on Error { message } } }`, { id: serviceGlobalId('acmeProduction') });
    const servicePassword = String(password.data!.resetServicePassword!.password);
    expect(servicePassword.length).toBeGreaterThan(8);

    const postgres = await run(`mutation { createPostgresService(input: { organizationId: "${ORGANIZATION}", name: "secrets-pg", provider: AWS, region: "us-east-1", size: ${await firstEnumValue(run, 'PostgresServiceSize')} }) { __typename ... on CreatePostgresServicePayload { password postgresService { id } } ... on Error { message } } }`);
    expect(postgres.errors, JSON.stringify(postgres)).toBeUndefined();
    const postgresPassword = String(postgres.data!.createPostgresService!.password);
    expect(postgresPassword.length).toBeGreaterThan(8);

    const bucket = await run(`mutation($id: ID!) { upsertBackupBucket(input: { id: $id, bucketProvider: AWS, bucketPath: "s3://acme-secrets/backups", accessKeyId: "AKIAOPSGRAPHTEST", secretAccessKey: "${BUCKET_SECRET}" }) { __typename ... on Error { message } } }`, { id: serviceGlobalId('acmeReporting') });
    expect(bucket.errors, JSON.stringify(bucket)).toBeUndefined();

    // Everything read afterwards, through the shared cache.
    const read = await run(`{ organizations { apiKeys { edges { node { name keySuffix } } } postgresServices { edges { node { name hostname } } } services { edges { node { name backupBucket { bucketPath bucketProvider } } } } } }`);
    expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();

    const replica = set.replicas[0]!;
    const metrics = await (await fetch(new URL('/metrics', replica.url))).text();
    const stored = await redisText(redis.url);
    const logs = replica.logs.join('\n');
    for (const secret of [keySecret, servicePassword, postgresPassword, BUCKET_SECRET]) {
      expect(logs.includes(secret), 'a log line').toBe(false);
      expect(metrics.includes(secret), '/metrics').toBe(false);
      expect(stored.includes(secret), 'Redis').toBe(false);
    }
    // Shown once: only the answer of the write that made it holds it.
    for (const secret of [keySecret, servicePassword, postgresPassword]) expect(responses.filter((text) => text.includes(secret))).toHaveLength(1);
    expect(responses.filter((text) => text.includes(BUCKET_SECRET))).toHaveLength(0);
    // The check can see what is there: Redis holds the cached reads of this test.
    expect(stored).toContain('/v1/organizations');
  });
});

async function firstEnumValue(run: (query: string) => Promise<{ data?: Record<string, Record<string, unknown>> }>, name: string): Promise<string> {
  const answer = await run(`{ __type(name: "${name}") { enumValues { name } } }`);
  const values = (answer.data!.__type!.enumValues as { name: string }[]).map((value) => value.name).filter((value) => value !== 'UNKNOWN');
  return values[0]!;
}
