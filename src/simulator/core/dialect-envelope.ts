/**
 * ClickHouse Cloud's wire dialect: every JSON answer is an envelope, `{status, requestId, result}`
 * on success and `{status, error, requestId}` on failure; bodies are small JSON objects.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { readBytes } from './body.js';
import { send, type Dialect } from './dialect.js';
import { SimulatorError, badRequest } from './error.js';

/** Bodies are tiny JSON documents; anything bigger is a client bug or abuse. */
const MAX_BODY_BYTES = 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

const sendJson = (res: ServerResponse, status: number, envelope: unknown, headers: Readonly<Record<string, string>> = {}) =>
  send(res, status, { ...headers, 'content-type': JSON_CONTENT_TYPE }, JSON.stringify(envelope));

/** Success envelope; `result === undefined` leaves the key out (DELETE answers that way). */
export function sendResult(res: ServerResponse, result: unknown): void {
  const envelope: Record<string, unknown> = { status: 200, requestId: randomUUID() };
  if (result !== undefined) envelope.result = result;
  sendJson(res, 200, envelope);
}

export function sendText(res: ServerResponse, contentType: string, text: string): void {
  send(res, 200, { 'content-type': contentType }, text);
}

export const ENVELOPE_DIALECT: Dialect = {
  sendError: (res, error) => sendJson(res, error.status, { status: error.status, error: error.message, requestId: randomUUID() }, error.headers),
  // The message names the fault, so a test failure or a gateway log shows at once that it was staged.
  sendFault: (res, status, headers) =>
    ENVELOPE_DIALECT.sendError(res, new SimulatorError(status, `Simulated fault: HTTP ${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`, headers)),
  internalError: () => new SimulatorError(500, 'Internal simulator error'),
};

/**
 * Reads a JSON object body. An empty body counts as `{}` because PATCH /password is
 * legitimately sent without one; anything that is not a JSON object is a 400.
 */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const bytes = await readBytes(req, MAX_BODY_BYTES, () => new SimulatorError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes`));
  const text = bytes.toString('utf8');
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
