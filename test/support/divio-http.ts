/**
 * Plain HTTP against a Divio simulator as one of the seed's tokens: JSON in, status and JSON out,
 * and polling until an object settles (for the state machines on timers).
 */
import { DIVIO_SEED, type DivioSimulator } from '../../src/simulator/divio/index.js';

// Response bodies are checked field by field; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type TokenId = 'acme-ops' | 'acme-ci' | 'umbrella' | 'consultant';

export interface Reply {
  status: number;
  headers: Headers;
  json: Json;
}

/** A path of the Divio API: `/apps/v3/{group}/{...rest}/`. */
export const v3 = (group: string, ...rest: string[]): string => `/apps/v3/${[group, ...rest].join('/')}/`;
/** The real API's id form, which the simulator gives every record of a described group. */
export const BASE32 = /^[a-z2-7]{26}$/;
/** A well-formed base32 id of nothing. */
export const MISSING = 'zzzzzzzzzzzzzzzzzzzzzzzzzz';
export const NOT_FOUND = { detail: 'Not found.' };
export const REQUIRED = ['This field is required.'];
export const pkMissing = (id: string): string[] => [`Invalid pk "${id}" - object does not exist.`];

/** How long a state machine may take to settle before a test gives up on it. */
const SETTLE_TIMEOUT_MS = 5000;
const POLL_MS = 5;

const secret = (id: TokenId): string => DIVIO_SEED.tokens.find((token) => token.id === id)?.token ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function divioHttp(sim: () => DivioSimulator) {
  /** `as: null` sends no Authorization header. */
  async function call(method: string, path: string, options: { as?: TokenId | null; body?: unknown } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    const as = options.as === undefined ? 'acme-ops' : options.as;
    if (as !== null) headers.authorization = `Token ${secret(as)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${sim().url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text === '' ? undefined : JSON.parse(text) };
  }

  const get = (path: string, as?: TokenId | null) => call('GET', path, { as });
  const send = (method: string, path: string, body: unknown, as?: TokenId) => call(method, path, { as, body });

  /** Polls `path` until `done`; every body seen is appended to `seen`. */
  async function waitFor(path: string, done: (json: Json) => boolean, seen: Json[] = []): Promise<Json> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      const reply = await get(path);
      seen.push(reply.json);
      if (done(reply.json)) return reply.json;
      if (Date.now() > deadline) throw new Error(`${path} never settled: ${JSON.stringify(reply.json)}`);
      await sleep(POLL_MS);
    }
  }

  return { call, get, send, waitFor };
}
