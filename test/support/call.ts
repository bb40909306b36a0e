/**
 * Helpers for testing one call wrapper alone: a context, scripted `next` functions that record
 * what they were asked, and a loopback server for the wrappers that touch the network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Call, CallContext, HttpRequest, UpstreamAnswer } from '../../src/upstream/call/types.js';

export const GET: HttpRequest = { method: 'GET', path: '/v1/services', fingerprint: 'key' };
export const POST: HttpRequest = { method: 'POST', path: '/v1/services', body: { name: 'svc' }, fingerprint: 'key' };

export function context(overrides: Partial<CallContext> = {}): CallContext {
  return { signal: new AbortController().signal, deadlineAt: Infinity, attempt: 1, ...overrides };
}

export function answer(status: number, headers: Record<string, string> = {}, text = ''): UpstreamAnswer {
  return { status, headers, text, attempts: 1 };
}

/** An error as node or undici reports a failed connection. */
export function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

type Step = UpstreamAnswer | Error | Call;

export interface Recorded {
  request: HttpRequest;
  ctx: CallContext;
  at: number;
}

/** A `next` that plays `steps` in order (the last one repeats) and records every call. */
export function scripted(...steps: Step[]): Call & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const next = async (request: HttpRequest, ctx: CallContext) => {
    calls.push({ request, ctx, at: Date.now() });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (typeof step === 'function') return step(request, ctx);
    if (step instanceof Error) throw step;
    return { ...step, attempts: ctx.attempt };
  };
  return Object.assign(next, { calls });
}

/** A `next` that never answers and rejects with its signal's reason once that aborts, as undici does. */
export const hangUntilAborted: Call = (_request, ctx) =>
  new Promise((_resolve, reject) => {
    if (ctx.signal.aborted) reject(ctx.signal.reason);
    ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason), { once: true });
  });

export interface Loopback {
  url: string;
  /** What reached the server, and whether the client hung up before an answer. */
  arrivals: { method: string; url: string; headers: IncomingMessage['headers']; body: string; hungUp: boolean }[];
  close(): void;
}

/** A node:http server on 127.0.0.1, port 0; `handler` may leave a request unanswered. */
export async function loopback(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Loopback> {
  const arrivals: Loopback['arrivals'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const arrival = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, hungUp: false };
      arrivals.push(arrival);
      res.on('close', () => (arrival.hungUp = !res.writableFinished));
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
