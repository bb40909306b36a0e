/**
 * main(): read the configuration, start the embedded simulators when no upstream is configured,
 * start the gateway, and shut everything down cleanly on SIGINT/SIGTERM.
 */
import { createApp, PortInUseError } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from './simulator/clickhouse/index.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from './simulator/divio/index.js';
import { createGatewayDeps } from './deps.js';
import { displayRedisUrl, RedisConnection, RedisUnavailableError } from './redis/connection.js';
import { startTracing } from './observability/tracing.js';

interface Simulators {
  clickhouse: ClickHouseSimulator;
  divio: DivioSimulator;
  close(): Promise<void>;
}

/** Starts the simulators and returns the config rewired to them, with demo credentials. */
async function withSimulators(config: Config): Promise<{ config: Config; simulators: Simulators }> {
  const [clickhouse, divio] = await Promise.all([
    startClickHouseSimulator({ host: '127.0.0.1' }),
    startDivioSimulator({ host: '127.0.0.1' }),
  ]);
  const demoKey = CLICKHOUSE_SEED.keys[0]!;
  const demoToken = DIVIO_SEED.tokens[0]!;
  const wired: Config = {
    ...config,
    clickhouse: {
      ...config.clickhouse,
      apiUrl: clickhouse.url,
      key: config.clickhouse.key ?? { keyId: demoKey.keyId, keySecret: demoKey.keySecret },
    },
    divio: { ...config.divio, apiUrl: divio.url, token: config.divio.token ?? demoToken.token },
  };
  console.log(`ClickHouse Cloud simulator on ${clickhouse.url} (10 requests / 10 s per key, like the real API)`);
  console.log(`  demo key: ${demoKey.keyId} -> organization "${demoKey.organizationName}" (server-held)`);
  for (const key of CLICKHOUSE_SEED.keys.slice(1)) {
    console.log(`  other demo key: ${key.keyId} -> "${key.organizationName}" (secrets of the demo keys: README)`);
  }
  console.log(`Divio simulator on ${divio.url}`);
  console.log(`  demo token: "${demoToken.id}" -> Acme Digital (server-held; other demo tokens: README)`);
  return {
    config: Object.freeze(wired),
    simulators: { clickhouse, divio, close: async () => void (await Promise.all([clickhouse.close(), divio.close()])) },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  let redis: RedisConnection | undefined;
  if (config.redisUrl !== null) {
    try {
      redis = await RedisConnection.connect(config.redisUrl, { commandTimeoutMs: config.redisCommandTimeoutMs });
    } catch (error) {
      if (!(error instanceof RedisUnavailableError)) throw error;
      console.error(`opsgraph cannot start: ${error.message}`);
      process.exit(1);
    }
    console.log(`Shared state on Redis at ${displayRedisUrl(config.redisUrl)} (GATEWAY_REPLICAS=${config.replicas}: each replica keeps 1/${config.replicas} of the budget while Redis is lost)`);
  }

  const started = config.useSimulators ? await withSimulators(config) : { config, simulators: undefined };
  const { simulators } = started;
  config = started.config;

  // Before the gateway is built: its clients, caches and plugins are traced only if tracing is on.
  const tracing = await startTracing();
  if (tracing) console.log('OpenTelemetry tracing on (configured by the OTEL_* environment variables)');

  const app = createApp(createGatewayDeps(config, { redis }));
  let url: string;
  try {
    url = await app.start(config.port, config.host);
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    console.error(`opsgraph cannot start: ${error.message}`);
    await simulators?.close();
    await redis?.close();
    await tracing?.shutdown();
    process.exit(1);
  }
  console.log(`opsgraph gateway ready: ${url} (GraphiQL in a browser)`);
  if (!config.useSimulators) {
    console.log(`  ClickHouse Cloud upstream: ${config.clickhouse.apiUrl}; Divio upstream: ${config.divio.apiUrl}`);
  }

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`${signal} received: draining and shutting down`);
    void (async () => {
      await app.stop();
      await simulators?.close();
      await redis?.close();
      // Last: the spans of the drained requests are exported before the process exits.
      await tracing?.shutdown();
      process.exit(0);
    })();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('opsgraph failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
