/**
 * `npm start` on a fresh machine: no configuration, the simulator starts, GraphiQL opens on the
 * dashboard query, the dashboard returns simulator data, and SIGTERM shuts down cleanly.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnGatewayProcess, whenReady, type GatewayProcess } from './support/gateway-process.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';

const START_TIMEOUT_MS = 20_000;

function spawnGateway(port = '0', extra: NodeJS.ProcessEnv = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, HOST: '127.0.0.1', ...extra };
  for (const name of ['CLICKHOUSE_API_URL', 'DIVIO_API_URL', 'CLICKHOUSE_API_KEY_ID', 'CLICKHOUSE_API_KEY_SECRET', 'DIVIO_API_TOKEN', 'GATEWAY_TOKENS']) {
    delete env[name];
  }
  return spawnGatewayProcess(env);
}

function startGateway(): Promise<GatewayProcess> {
  return whenReady(spawnGateway(), START_TIMEOUT_MS);
}

describe('npm start with no configuration', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(() => {
    if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
  });

  it('prints what it started without printing any secret', () => {
    expect(gateway.output()).toMatch(/ClickHouse Cloud simulator on http:\/\/127\.0\.0\.1:\d+/);
    expect(gateway.output()).toMatch(/Divio simulator on http:\/\/127\.0\.0\.1:\d+/);
    expect(gateway.output()).not.toMatch(/4b1d[A-Za-z0-9]{20,}/);
    for (const { token } of DIVIO_SEED.tokens) expect(gateway.output()).not.toContain(token);
  });

  it('serves GraphiQL opening on the dashboard query', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('opsgraph');
    expect(html).toContain('query Dashboard');
    expect(html).toContain('query Deployments');
  });

  it('answers the dashboard with simulator data', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations { name services { totalCount } } applications { totalCount } }' }),
    });
    const body = (await response.json()) as {
      data: { organizations: { name: string; services: { totalCount: number } }[]; applications: { totalCount: number } };
    };
    expect(body.data.organizations).toEqual([{ name: 'Acme Analytics', services: { totalCount: 7 } }]);
    expect(body.data.applications.totalCount).toBe(36);
  });

  it('a second gateway on the same port says the port is in use, without a stack trace', async () => {
    const port = new URL(gateway.url).port;
    const second = spawnGateway(port);
    let output = '';
    second.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    second.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = await once(second, 'exit');
    expect(code).toBe(1);
    expect(output).toContain(`opsgraph cannot start: port ${port} on 127.0.0.1 is in use`);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('an unreachable REDIS_URL is one clear line and exit 1, without the password', async () => {
    const child = spawnGateway('0', { REDIS_URL: 'redis://:s3cr3t-pass@127.0.0.1:1/0' });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output).toMatch(/opsgraph cannot start: Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/0 is unreachable/);
    expect(output).not.toContain('s3cr3t-pass');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('answers the health endpoint', async () => {
    const response = await fetch(new URL('/health', gateway.url));
    expect(response.status).toBe(200);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    gateway.child.kill('SIGTERM');
    const [code] = await once(gateway.child, 'exit');
    expect(code).toBe(0);
    expect(gateway.output()).toContain('SIGTERM received');
  });
});
