/**
 * What the shared server needs from an API's wire dialect: how an error and an injected fault read,
 * and what an unexpected failure answers. Each dialect also has its own success and body helpers,
 * which only that API's front calls.
 */
import type { ServerResponse } from 'node:http';
import type { SimulatorError } from './error.js';

export interface Dialect {
  sendError(res: ServerResponse, error: SimulatorError): void;
  /** The error body of an injected fault (see faults.ts); `headers` already holds any Retry-After. */
  sendFault(res: ServerResponse, status: number, headers: Record<string, string>): void;
  /** What a handler's bug answers (the bug itself goes to the console, never to the client). */
  internalError(): SimulatorError;
}

export function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body: string | Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
