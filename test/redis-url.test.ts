/**
 * A REDIS_URL password is never shown: displayRedisUrl hides it in every form ioredis accepts
 * (userinfo, `?password=`) and look-alikes (`?pass=`), and the start-up line and the "cannot
 * start" line of `npm start` go through it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayRedisUrl } from '../src/redis/connection.js';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from './support/redis-server.js';

const HAVE_REDIS = redisServerBinary() !== null;
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const PASSWORD = 'url-pass-9321';
const START_TIMEOUT_MS = 20_000;

describe('displayRedisUrl', () => {
  it.each([
    ['redis://:hunter2@cache.example:6379/0', 'redis://:***@cache.example:6379/0'],
    ['redis://default:hunter2@cache.example:6379', 'redis://default:***@cache.example:6379'],
    ['rediss://:hunter%402@cache.example:6380/2', 'rediss://:***@cache.example:6380/2'],
    ['redis://cache.example:6379/0?password=hunter2', 'redis://cache.example:6379/0?password=***'],
    ['redis://cache.example?db=2&pass=hunter2', 'redis://cache.example?db=2&pass=***'],
    ['redis://cache.example?sentinelPassword=hunter2&Password=hunter2', 'redis://cache.example?sentinelPassword=***&Password=***'],
    ['redis://:hunter2@cache.example/1?password=hunter2', 'redis://:***@cache.example/1?password=***'],
    ['redis://cache.example:6379/0', 'redis://cache.example:6379/0'],
  ])('%s is shown as %s', (url, shown) => {
    expect(displayRedisUrl(url)).toBe(shown);
  });

  it('shows nothing of a URL it cannot parse', () => {
    expect(displayRedisUrl('redis://:hunter2@[not a host')).not.toContain('hunter2');
  });
});

/** `npm start` (src/index.ts) with the given environment, until it prints `ready` (then SIGTERM) or exits. */
async function startGateway(env: NodeJS.ProcessEnv, ready?: RegExp): Promise<{ output: string; code: number | null }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env };
  for (const name of ['CLICKHOUSE_API_URL', 'DIVIO_API_URL', 'GATEWAY_TOKENS']) delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = once(child, 'exit') as Promise<[number | null]>;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway neither started nor stopped:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready?.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  if (child.exitCode === null) child.kill('SIGTERM');
  const [code] = await exited;
  return { output, code };
}

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe.runIf(HAVE_REDIS || IN_CI)('npm start with a password in REDIS_URL', { timeout: 60_000 }, () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await startPrivateRedis({ password: PASSWORD });
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('the start-up line names the Redis without its ?password=', async () => {
    const { output } = await startGateway({ REDIS_URL: `redis://127.0.0.1:${redis.port}/0?password=${PASSWORD}` }, /gateway ready/);
    expect(output).toContain(`Shared state on Redis at redis://127.0.0.1:${redis.port}/0?password=***`);
    expect(output).not.toContain(PASSWORD);
  });

  it('the line of an unreachable Redis names it without its password', async () => {
    const port = await closedPort();
    const { output, code } = await startGateway({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}?pass=${PASSWORD}` });
    expect(code).toBe(1);
    expect(output).toContain(`opsgraph cannot start: Redis at redis://:***@127.0.0.1:${port}?pass=***`);
    expect(output).not.toContain(PASSWORD);
  });
});
