/**
 * Wire helpers in Django REST framework's conventions: `{"detail": ...}` errors, field-map
 * 400s, JSON responses and body reading with DRF's parse and media-type errors.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';

/** Thrown anywhere in a handler; the server sends `body` with `status` as JSON. */
export class DrfError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : `HTTP ${status}`);
    this.name = 'DrfError';
  }
}

export const notFound = (detail = 'Not found.'): DrfError => new DrfError(404, { detail });
export const badRequest = (errors: Record<string, unknown>): DrfError => new DrfError(400, errors);
export const nonFieldError = (message: string): DrfError => badRequest({ non_field_errors: [message] });

/** Bodies are small JSON documents or an image upload; anything bigger is a client bug or abuse. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json';
const MULTIPART_CONTENT_TYPE = 'multipart/form-data';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // DRF answers 204 without a body or content type.
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    vary: 'Accept, Authorization',
  });
  res.end(text);
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

/**
 * The DRF error body for an injected fault (see ../faults.ts). A 429 reads like DRF's throttle,
 * including its "Expected available" sentence when a Retry-After goes with it.
 */
export function sendFaultError(res: ServerResponse, status: number, headers: Record<string, string>): void {
  const retryAfter = headers['retry-after'];
  let detail = DRF_DETAILS[status] ?? `${STATUS_CODES[status] ?? 'Error'}.`;
  if (status === 429) {
    const wait = retryAfter === undefined ? '' : ` Expected available in ${retryAfter} second${retryAfter === '1' ? '' : 's'}.`;
    detail = `Request was throttled.${wait}`;
  }
  sendJson(res, status, { detail }, headers);
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new DrfError(413, { detail: 'Request body is too large.' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

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
    throw new DrfError(400, { detail: `Multipart form parse error - ${(error as Error).message}` });
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of form) {
    body[key] = typeof value === 'string' ? value : { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return body;
}

/**
 * The parsed JSON body, or `{}` for an empty one (DRF gives serializers empty data then, so
 * they report their required fields). JSON, and multipart for the operations that take files.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const bytes = await readBytes(req);
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType === MULTIPART_CONTENT_TYPE && bytes.length > 0) return readMultipart(bytes, req.headers['content-type']!);
  const text = bytes.toString('utf8');
  if (text.trim() === '') return {};
  if (contentType !== JSON_CONTENT_TYPE) {
    throw new DrfError(415, { detail: `Unsupported media type "${contentType}" in request.` });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DrfError(400, { detail: `JSON parse error - ${(error as Error).message}` });
  }
}
