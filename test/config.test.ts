import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults and uses the simulators when no upstream URL is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      upstreamTimeoutMs: 10_000,
      useSimulators: true,
      gatewayTokens: [],
      clickhouse: { apiUrl: 'https://api.clickhouse.cloud', key: null, rateLimit: { limit: 10, windowMs: 10_000 } },
      divio: { apiUrl: 'https://api.divio.com', token: null },
    });
    expect(Object.isFrozen(config.clickhouse)).toBe(true);
  });

  it('reads every variable of API.md', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      CLICKHOUSE_API_URL: 'https://ch.example.test/',
      CLICKHOUSE_API_KEY_ID: 'id',
      CLICKHOUSE_API_KEY_SECRET: 'secret',
      DIVIO_API_URL: 'https://divio.example.test',
      DIVIO_API_TOKEN: 'tok',
      CLICKHOUSE_RATE_LIMIT: '0',
      UPSTREAM_TIMEOUT_MS: '2500',
      GATEWAY_TOKENS: 'a, b ,,c',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      useSimulators: false,
      upstreamTimeoutMs: 2500,
      gatewayTokens: ['a', 'b', 'c'],
      clickhouse: { apiUrl: 'https://ch.example.test', key: { keyId: 'id', keySecret: 'secret' }, rateLimit: null },
      divio: { apiUrl: 'https://divio.example.test', token: 'tok' },
    });
  });

  it('STALE_IF_ERROR_S: 300 s by default, 0 turns stale answers off', () => {
    expect(loadConfig({}).staleIfErrorS).toBe(300);
    expect(loadConfig({ STALE_IF_ERROR_S: '0' }).staleIfErrorS).toBe(0);
    expect(loadConfig({ STALE_IF_ERROR_S: '60' }).staleIfErrorS).toBe(60);
  });

  it.each([
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: 'abc' }, /PORT/],
    [{ CLICKHOUSE_API_URL: 'not a url' }, /CLICKHOUSE_API_URL/],
    [{ DIVIO_API_URL: 'ftp://x' }, /DIVIO_API_URL/],
    [{ CLICKHOUSE_API_URL: 'https://user:pw@x.test' }, /must not embed credentials/],
    [{ CLICKHOUSE_API_KEY_ID: 'only-id' }, /set together/],
    [{ CLICKHOUSE_RATE_LIMIT: 'ten per second' }, /CLICKHOUSE_RATE_LIMIT/],
    [{ UPSTREAM_TIMEOUT_MS: '0' }, /UPSTREAM_TIMEOUT_MS/],
    [{ STALE_IF_ERROR_S: '-1' }, /STALE_IF_ERROR_S must be an integer from 0 to 86400 \(seconds\)/],
    [{ STALE_IF_ERROR_S: '1.5' }, /STALE_IF_ERROR_S/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a secret in its errors', () => {
    expect(() => loadConfig({ CLICKHOUSE_API_KEY_SECRET: 'super-secret-value' })).toThrow(/set together/);
    try {
      loadConfig({ CLICKHOUSE_API_KEY_SECRET: 'super-secret-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('super-secret-value');
    }
  });

  it('REDIS_URL takes redis:// and rediss:// URLs, and says what is wrong without repeating a password', () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380/2', GATEWAY_REPLICAS: '3' })).toMatchObject({ redisUrl: 'rediss://:pw@cache.example:6380/2', replicas: 3 });
    expect(loadConfig({}).replicas).toBe(1);
    expect(() => loadConfig({ REDIS_URL: 'http://:hunter2@cache.example' })).toThrow(/REDIS_URL must start with redis:\/\/ or rediss:\/\//);
    expect(() => loadConfig({ REDIS_URL: 'http://:hunter2@cache.example' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ REDIS_URL: 'redis://cache.example/zero' })).toThrow(/database number/);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEWAY_REPLICAS: '0' })).toThrow(/GATEWAY_REPLICAS/);
  });

  it('REDIS_COMMAND_TIMEOUT_MS: 500 by default, an integer from 10 to 60000 otherwise', () => {
    expect(loadConfig({}).redisCommandTimeoutMs).toBe(500);
    expect(loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '250' }).redisCommandTimeoutMs).toBe(250);
    for (const wrong of ['0', '9', '60001', '0.5', 'soon']) {
      expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: wrong })).toThrow(/REDIS_COMMAND_TIMEOUT_MS must be an integer from 10 to 60000 \(milliseconds\)/);
    }
  });
});
