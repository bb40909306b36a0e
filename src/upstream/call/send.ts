/**
 * The innermost call: one HTTP exchange through an undici dispatcher. It reports any status as an
 * answer and throws only when no response arrived; everything else is a wrapper's job.
 */
import type { Dispatcher } from 'undici';
import type { Call, HttpRequest } from './types.js';

export interface SendOptions {
  dispatcher: Dispatcher;
  /** Base URL, e.g. https://api.clickhouse.cloud (may contain a path prefix). */
  baseUrl: string;
}

export function send(options: SendOptions): Call {
  const base = new URL(options.baseUrl);
  const origin = base.origin;
  const pathPrefix = base.pathname.replace(/\/+$/, '');
  return async (req, ctx) => {
    const res = await options.dispatcher.request({
      origin,
      path: pathPrefix + req.path,
      method: req.method,
      headers: requestHeaders(req),
      body: requestBody(req),
      signal: ctx.signal,
    });
    // Reading the body to the end (error statuses included) is what returns the socket to the pool.
    const text = await res.body.text();
    return { status: res.statusCode, headers: flattenHeaders(res.headers), text, attempts: ctx.attempt };
  };
}

function requestHeaders(req: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (req.encodedBody) headers['content-type'] = req.encodedBody.contentType;
  else if (req.body !== undefined) headers['content-type'] = 'application/json';
  // Lower-cased so a caller's header replaces ours instead of being sent next to it.
  for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

function requestBody(req: HttpRequest): Uint8Array | string | null {
  if (req.encodedBody) return req.encodedBody.bytes;
  return req.body === undefined ? null : JSON.stringify(req.body);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
