/**
 * Driver side of the gateway child process: start it, talk to it over IPC, stop it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildOptions, DriverMessage, UpstreamCounts } from './protocol.js';

export const DEFAULT_CHILD_OPTIONS: ChildOptions = {
  latencyMs: 0,
  simulatorRateLimit: null,
  gatewayRateLimit: '0',
  extraServices: 0,
  live: { fastMs: 2_000, slowMs: 15_000 },
  cluster: 0,
};

type Request = DriverMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export interface GatewayChild {
  url: string;
  pid: number;
  clickhouseUrl: string;
  divioUrl: string;
  ask<T = unknown>(message: Request): Promise<T>;
  counts(): Promise<UpstreamCounts>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

const CHILD_SCRIPT = fileURLToPath(new URL('./gateway-child.ts', import.meta.url));

export interface ChildProcessOptions {
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: readonly string[];
  /** Another copy of gateway-child.ts (a baseline's source tree); default this one. */
  script?: string;
  /** Overrides of the child's environment. */
  env?: NodeJS.ProcessEnv;
}

export async function startGatewayChild(overrides: Partial<ChildOptions> = {}, processOptions: ChildProcessOptions = {}): Promise<GatewayChild> {
  const options: ChildOptions = { ...DEFAULT_CHILD_OPTIONS, ...overrides };
  const child: ChildProcess = fork(processOptions.script ?? CHILD_SCRIPT, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(processOptions.nodeArgs ?? [])],
    // As npm start runs it: graphql-js's development checks off unless NODE_ENV says otherwise.
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', ...processOptions.env, OPSGRAPH_BENCH: JSON.stringify(options) },
    // The gateway logs a line per request, as in production; those lines go to /dev/null.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  const ready = await new Promise<Extract<ChildMessage, { type: 'ready' }>>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'fatal') reject(new Error(message.message));
      else if (message.type === 'reply') {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      }
    });
    child.once('exit', (code) => reject(new Error(`gateway child exited with ${code}`)));
  });
  const ask = <T>(message: Request): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (value: unknown) => void);
      child.send({ ...message, id });
    });
  return {
    ...ready,
    pid: child.pid!,
    ask,
    counts: () => ask<UpstreamCounts>({ type: 'counts' }),
    reset: async () => void (await ask({ type: 'reset' })),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** POSTs a GraphQL document to the gateway and returns the parsed body and the wall time. */
export async function graphqlRequest(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { body, ms: performance.now() - started };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
