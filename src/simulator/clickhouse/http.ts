/**
 * Wire helpers: the ClickHouse Cloud JSON envelope, error type, and body reading.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';

/** Thrown anywhere in a handler; the server turns it into an error envelope. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, message);
export const notFound = (message: string): HttpError => new HttpError(404, message);

/** Bodies are tiny JSON documents; anything bigger is a client bug or abuse. */
const MAX_BODY_BYTES = 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** Prometheus text exposition format, version 0.0.4. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Success envelope; `result === undefined` leaves the key out (DELETE answers that way). */
export function sendResult(res: ServerResponse, result: unknown): void {
  const envelope: Record<string, unknown> = { status: 200, requestId: randomUUID() };
  if (result !== undefined) envelope.result = result;
  send(res, 200, JSON_CONTENT_TYPE, JSON.stringify(envelope), {});
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const envelope = { status: error.status, error: error.message, requestId: randomUUID() };
  send(res, error.status, JSON_CONTENT_TYPE, JSON.stringify(envelope), error.headers);
}

/**
 * The error envelope for an injected fault (see ../faults.ts). The message names the fault, so a
 * test failure or a gateway log shows at once that the error was staged.
 */
export function sendFaultError(res: ServerResponse, status: number, headers: Record<string, string>): void {
  sendError(res, new HttpError(status, `Simulated fault: HTTP ${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`, headers));
}

export function sendText(res: ServerResponse, contentType: string, text: string): void {
  send(res, 200, contentType, text, {});
}

/**
 * Reads a JSON object body. An empty body counts as `{}` because PATCH /password is
 * legitimately sent without one; anything that is not a JSON object is a 400.
 */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('Malformed JSON in request body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
