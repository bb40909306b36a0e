/**
 * Django REST framework's wire dialect, as Divio speaks it: plain JSON answers, `{"detail": ...}`
 * errors, field-map 400s, no body on 204, and request bodies as DRF's JSON and multipart parsers
 * read them (with their parse and media-type errors).
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { readBytes } from './body.js';
import { send, type Dialect } from './dialect.js';
import { SimulatorError, badRequest } from './error.js';

/** Bodies are small JSON documents or an image upload; anything bigger is a client bug or abuse. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json';
const MULTIPART_CONTENT_TYPE = 'multipart/form-data';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  // DRF answers 204 without a body or content type.
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  send(res, status, { ...headers, 'content-type': JSON_CONTENT_TYPE, vary: 'Accept, Authorization' }, JSON.stringify(body));
}

/** DRF's own `detail` for the statuses its exceptions raise, so an injected error reads like a real one. */
const DRF_DETAILS: Readonly<Record<number, string>> = {
  400: 'Malformed request.',
  401: 'Authentication credentials were not provided.',
  403: 'You do not have permission to perform this action.',
  404: 'Not found.',
  406: 'Could not satisfy the request Accept header.',
  500: 'A server error occurred.',
  503: 'Service temporarily unavailable, try again later.',
};

/** DRF's throttle message, with its "Expected available" sentence when the wait is known. */
export function throttledDetail(seconds: string | undefined): string {
  const wait = seconds === undefined ? '' : ` Expected available in ${seconds} second${seconds === '1' ? '' : 's'}.`;
  return `Request was throttled.${wait}`;
}

export const DRF_DIALECT: Dialect = {
  sendError: (res, error) => sendJson(res, error.status, error.fields ?? { detail: error.message }, error.headers),
  sendFault: (res, status, headers) => {
    const detail = status === 429 ? throttledDetail(headers['retry-after']) : (DRF_DETAILS[status] ?? `${STATUS_CODES[status] ?? 'Error'}.`);
    sendJson(res, status, { detail }, headers);
  },
  internalError: () => new SimulatorError(500, DRF_DETAILS[500]!),
};

/** A file part of a multipart body, as DRF's file fields receive it. */
export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes);
}

/** multipart/form-data as DRF's MultiPartParser reads it: text fields as strings, files as UploadedFile. */
async function readMultipart(bytes: Buffer, contentType: string): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    throw badRequest(`Multipart form parse error - ${(error as Error).message}`);
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of form) {
    body[key] = typeof value === 'string' ? value : { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return body;
}

/**
 * The parsed body, or `{}` for an empty one (DRF gives serializers empty data then, so they report
 * their required fields). JSON, and multipart for the operations that take files.
 */
export async function readDrfBody(req: IncomingMessage): Promise<unknown> {
  const bytes = await readBytes(req, MAX_BODY_BYTES, () => new SimulatorError(413, 'Request body is too large.'));
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType === MULTIPART_CONTENT_TYPE && bytes.length > 0) return readMultipart(bytes, req.headers['content-type']!);
  const text = bytes.toString('utf8');
  if (text.trim() === '') return {};
  if (contentType !== JSON_CONTENT_TYPE) throw new SimulatorError(415, `Unsupported media type "${contentType}" in request.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`JSON parse error - ${(error as Error).message}`);
  }
}
