/**
 * The real thing for integration tests: the ClickHouse Cloud simulator on loopback, a counting
 * proxy in front of it (to observe concurrency), and the gateway on port 0, all disposed after.
 */
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { CLICKHOUSE_SEED, startClickHouseSimulator, type ClickHouseSimulator } from '../../src/simulator/clickhouse/index.js';
import type { GatewayDeps } from '../../src/gateway-types.js';
import { createGatewayDeps } from '../../src/deps.js';
import { DIVIO_SEED, startDivioSimulator, type DivioSimulator } from '../../src/simulator/divio/index.js';
import { startObservingProxy, type ObservingProxy } from './observing-proxy.js';

export interface StackOptions {
  /** Rate limit the simulator enforces; null (default) enforces none. */
  simulatorRateLimit?: { limit: number; windowMs: number } | null;
  /** CLICKHOUSE_RATE_LIMIT of the gateway. @default '10/10s' */
  gatewayRateLimit?: string;
  /** Simulator state transition delay. @default 150 */
  transitionMs?: number;
  /** Latency the proxy adds to every upstream request. @default 0 */
  upstreamLatencyMs?: number;
  /** Divio simulator deployment step. @default 40 */
  deploymentStepMs?: number;
  /** Extra environment for loadConfig (GATEWAY_TOKENS, UPSTREAM_TIMEOUT_MS, ...). */
  env?: Record<string, string>;
}

export interface Stack {
  url: string;
  simulator: ClickHouseSimulator;
  divio: DivioSimulator;
  proxy: ObservingProxy;
  app: App;
  deps: GatewayDeps;
  /** ws:// URL of the graphql-ws endpoint. */
  wsUrl: string;
  /** Every log line the gateway wrote (JSON text), for assertions and secret scans. */
  logs: string[];
  /** Every response body execute() received (text), for secret scans. */
  responses: string[];
  /** POSTs a typed document; `headers` add to (or override) the defaults. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  /** Upstream requests the simulator received since the last reset (optionally filtered). */
  upstreamCalls(filter?: (path: string, method: string) => boolean): number;
  /** Divio requests received since the last reset (optionally filtered). */
  divioCalls(filter?: (path: string, method: string, query: string) => boolean): number;
  resetUpstreamCalls(): void;
  close(): Promise<void>;
}

export const ACME_KEY = CLICKHOUSE_SEED.keys[0]!;
export const ACME_SECOND_KEY = CLICKHOUSE_SEED.keys[1]!;
export const GLOBEX_KEY = CLICKHOUSE_SEED.keys[2]!;

export const ACME_TOKEN = DIVIO_SEED.tokens.find((token) => token.id === 'acme-ops')!;
export const UMBRELLA_TOKEN = DIVIO_SEED.tokens.find((token) => token.id === 'umbrella')!;

export function tokenHeader(token: { token: string }): Record<string, string> {
  return { 'x-divio-token': token.token };
}

export function keyHeader(key: { keyId: string; keySecret: string }): Record<string, string> {
  return { 'x-clickhouse-key': `${key.keyId}:${key.keySecret}` };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const simulator = await startClickHouseSimulator({
    rateLimit: options.simulatorRateLimit ?? null,
    transitionMs: options.transitionMs ?? 150,
  });
  const proxy = await startObservingProxy(simulator.url, options.upstreamLatencyMs ?? 0);
  const divio = await startDivioSimulator({ deploymentStepMs: options.deploymentStepMs ?? 40 });
  const config = loadConfig({
    CLICKHOUSE_API_URL: proxy.url,
    CLICKHOUSE_API_KEY_ID: ACME_KEY.keyId,
    CLICKHOUSE_API_KEY_SECRET: ACME_KEY.keySecret,
    CLICKHOUSE_RATE_LIMIT: options.gatewayRateLimit ?? '10/10s',
    DIVIO_API_URL: divio.url,
    DIVIO_API_TOKEN: ACME_TOKEN.token,
    ...options.env,
  });
  const logs: string[] = [];
  const responses: string[] = [];
  const deps = createGatewayDeps(config, { logSink: (line) => logs.push(line) });
  const app = createApp(deps);
  const url = await app.start(0, '127.0.0.1');

  return {
    url,
    simulator,
    divio,
    proxy,
    app,
    deps,
    logs,
    responses,
    wsUrl: url.replace(/^http/, 'ws'),
    async execute(document, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const text = await response.text();
      responses.push(text);
      const body = JSON.parse(text) as ExecutionResult<never>;
      return { ...body, status: response.status } as never;
    },
    upstreamCalls(filter) {
      return simulator.requests.filter((request) => !filter || filter(request.path, request.method)).length;
    },
    divioCalls(filter) {
      return divio.requests.filter((request) => !filter || filter(request.path, request.method, request.query)).length;
    },
    resetUpstreamCalls() {
      simulator.clearRequests();
      divio.clearRequests();
      proxy.reset();
    },
    async close() {
      await app.stop();
      await proxy.close();
      await Promise.all([simulator.close(), divio.close()]);
    },
  };
}

/** `extensions.code` of every error, for compact assertions. */
export function errorCodes(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
