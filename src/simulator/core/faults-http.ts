/**
 * The HTTP control surface of fault injection, the same on both simulators, for manual use with
 * `npm start` and for benchmarks that drive a simulator from outside the process:
 *
 * - `POST /__simulator/faults` with a rule as JSON → 201 `{"id": n}` (and a Location header).
 *   `path` is a string; one that starts and ends with `/` is a regular expression without flags,
 *   e.g. `"/\\/backups$/"`. Mind Divio's trailing slashes: `"/apps/v3/applications/"` is therefore
 *   the (unanchored) regex `apps\/v3\/applications`; write `"/^\\/apps\\/v3\\/applications\\/$/"`
 *   for that exact path.
 * - `GET /__simulator/faults` → 200, the active rules in matching order, each with its `id`, `hits`
 *   and `remaining` (null while it lasts until cleared); regex paths shown as `"/source/flags"`.
 * - `DELETE /__simulator/faults` → 204, clears every rule (held requests are reset).
 * - `DELETE /__simulator/faults/{id}` → 204, clears that rule; 404 when no active rule has the id.
 *
 * Everything under `/__simulator/` is answered here before the simulator's request log, faults,
 * authentication and rate limit: the simulators only listen on loopback, and a control request
 * must always get through, or a catch-all fault could never be cleared over HTTP.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultRuleError, type FaultEntry, type FaultInjector, type FaultRule } from './faults.js';

export const FAULTS_PATH = '/__simulator/faults';
const CONTROL_PREFIX = '/__simulator/';
const RULE_KEYS: ReadonlySet<string> = new Set<keyof FaultRule>([
  'method',
  'path',
  'status',
  'retryAfterSeconds',
  'delayMs',
  'reset',
  'hang',
  'count',
]);
/** A rule is a few dozen bytes; anything near this is not a rule. */
const MAX_BODY_BYTES = 64 * 1024;

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Whether a path (without query) belongs to the control surface rather than the simulated API. */
export function isControlPath(path: string): boolean {
  return path === '/__simulator' || path.startsWith(CONTROL_PREFIX);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ControlError(413, `body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new ControlError(400, `body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Turns a JSON body into a rule: known keys only, and a `/.../` path string into a RegExp. */
export function parseRuleJson(body: unknown): FaultRule {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ControlError(400, 'body must be a JSON object (a fault rule)');
  }
  const unknown = Object.keys(body).filter((key) => !RULE_KEYS.has(key));
  if (unknown.length > 0) {
    const listed = unknown.map((key) => `'${key}'`).join(', ');
    throw new ControlError(400, `unknown key(s) ${listed}; allowed: ${[...RULE_KEYS].join(', ')}`);
  }
  const rule = { ...body } as Record<string, unknown>;
  const path = rule.path;
  if (path !== undefined && typeof path !== 'string') {
    throw new ControlError(400, 'path must be a string (one starting and ending with "/" is a regular expression)');
  }
  if (path !== undefined && path.length >= 2 && path.startsWith('/') && path.endsWith('/')) {
    try {
      rule.path = new RegExp(path.slice(1, -1));
    } catch (error) {
      throw new ControlError(400, `path ${path} is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  // Types and ranges of the other keys are checked by normalizeRule, the same as for inject().
  return rule as FaultRule;
}

function describeEntry(entry: FaultEntry): Record<string, unknown> {
  const { path, ...rest } = entry.rule;
  const shown = path instanceof RegExp ? String(path) : path;
  const remaining = entry.remaining ?? null;
  return { id: entry.id, ...rest, ...(shown === undefined ? {} : { path: shown }), hits: entry.hits, remaining };
}

async function route(req: IncomingMessage, res: ServerResponse, path: string, faults: FaultInjector): Promise<void> {
  const method = req.method ?? 'GET';
  if (path === FAULTS_PATH) {
    if (method === 'GET') return sendJson(res, 200, faults.entries().map(describeEntry));
    if (method === 'DELETE') {
      faults.clear();
      return sendJson(res, 204, undefined);
    }
    if (method === 'POST') {
      const body = await readJson(req);
      try {
        const entry = faults.add(parseRuleJson(body));
        return sendJson(res, 201, { id: entry.id }, { location: `${FAULTS_PATH}/${entry.id}` });
      } catch (error) {
        if (error instanceof FaultRuleError) throw new ControlError(400, error.message);
        throw error;
      }
    }
    throw new ControlError(405, `method ${method} is not allowed on ${path}`, { allow: 'GET, POST, DELETE' });
  }
  const id = path.startsWith(`${FAULTS_PATH}/`) ? path.slice(FAULTS_PATH.length + 1) : undefined;
  if (id === undefined || !/^[1-9][0-9]{0,8}$/.test(id)) throw new ControlError(404, `no simulator control at ${path}`);
  if (method !== 'DELETE') throw new ControlError(405, `method ${method} is not allowed on ${path}`, { allow: 'DELETE' });
  if (!faults.remove(Number(id))) throw new ControlError(404, `no active fault rule has id ${id}`);
  sendJson(res, 204, undefined);
}

/** Answers a control request (see the module comment); never throws. */
export function serveFaultControl(req: IncomingMessage, res: ServerResponse, path: string, faults: FaultInjector): void {
  route(req, res, path, faults).catch((error: unknown) => {
    const failure = error instanceof ControlError ? error : new ControlError(500, 'internal simulator error');
    if (!(error instanceof ControlError)) console.error('[simulator-faults]', error);
    if (!res.headersSent) sendJson(res, failure.status, { error: failure.message }, failure.headers);
    else res.destroy();
  });
}
