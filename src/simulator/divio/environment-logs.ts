/**
 * GET /apps/v3/environments/{uuid}/logs/: validated query options and deterministic runtime
 * log lines. A line exists at every LOG_INTERVAL_MS boundary; its service, container and
 * message derive from a hash of (environment, slot), so the same window always reads the same.
 */
import { nonFieldError } from '../core/error.js';
import type { RouteContext } from './context.js';
import type { WireRecord } from './records.js';
import { referenced } from './resources-hooks.js';
import { FieldErrors, MESSAGES, checkRange, checkString, parseInteger } from './validation.js';
import { appName, isoDateTime, sha1 } from './wire.js';

const LOG_INTERVAL_MS = 15_000;
/** Window read when the request gives no from_ts. */
const DEFAULT_WINDOW_MS = 3_600_000;
/** Older lines are gone, which also bounds the scan of a sparse search. */
const RETENTION_MS = 7 * 86_400_000;
const LIMIT_RANGE = { min: 1, max: 1000, default: 1000 } as const;
/** Lines one page holds at the most, whatever `limit` asks. */
export const LOG_PAGE_MAX = 100;
const SEARCH_QUERY_LENGTH = { min: 3, max: 32 } as const;
const NON_EMPTY_OPTIONS = ['service', 'container', 'action', 'version'] as const;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DATETIME_FORMAT_ERROR =
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';

const SERVICES = ['web', 'web', 'web', 'worker'] as const;
const WEB_PATHS = ['/', '/health/', '/products/', '/cart/', '/api/v1/orders/', '/static/css/app.css', '/search/?q=boots'];
const WORKER_TASKS = ['send_newsletter', 'sync_inventory', 'rebuild_search_index', 'expire_sessions'];
/** One request in this many is a 404 and one in NOT_FOUND_EVERY * 3 a 500, for realistic variety. */
const NOT_FOUND_EVERY = 11;

interface LogLine {
  timestamp: string;
  message: string;
  service: string;
  container: string;
}

/** DRF's DateTimeField input: ISO 8601, naive values taken as UTC (the server's zone). */
function parseDateTime(value: string): number | undefined {
  if (!DATETIME_PATTERN.test(value)) return undefined;
  const normalized = value.replace(' ', 'T');
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(normalized) ? normalized : `${normalized}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

function lineAt(env: WireRecord, name: string, slot: number): LogLine {
  const hash = sha1(`${env.uuid}:${slot}`);
  const pick = (offset: number) => Number.parseInt(hash.slice(offset, offset + 4), 16);
  const service = SERVICES[pick(0) % SERVICES.length] ?? 'web';
  const container = `${name}-${service}-${sha1(`${env.uuid}:${service}`).slice(0, 10)}`;
  let message: string;
  if (service === 'worker') {
    const task = WORKER_TASKS[pick(4) % WORKER_TASKS.length];
    message = `Task app.tasks.${task}[${hash.slice(8, 16)}] succeeded in ${(pick(12) % 5000) / 1000}s`;
  } else {
    const path = WEB_PATHS[pick(4) % WEB_PATHS.length];
    const roll = pick(8) % (NOT_FOUND_EVERY * 3);
    const status = roll === 0 ? 500 : roll % NOT_FOUND_EVERY === 0 ? 404 : 200;
    message = `10.0.${pick(16) % 256}.${pick(20) % 256} - "GET ${path} HTTP/1.1" ${status} ${pick(24) % 40_000} ${pick(28) % 900}ms`;
  }
  return { timestamp: isoDateTime(slot * LOG_INTERVAL_MS), message, service, container };
}

interface LogQuery {
  limit: number;
  from: number;
  to: number;
  searchQuery?: string;
  service?: string;
  container?: string;
}

function readQuery(ctx: RouteContext): LogQuery {
  const errors = new FieldErrors();
  const get = (name: string) => ctx.query.getAll(name).at(-1);
  let limit: number | undefined = LIMIT_RANGE.default;
  const rawLimit = get('limit');
  if (rawLimit !== undefined) {
    const parsed = parseInteger(rawLimit);
    if (parsed === undefined) errors.add('limit', MESSAGES.integer);
    limit = parsed === undefined ? undefined : checkRange(parsed, 'limit', errors, LIMIT_RANGE.min, LIMIT_RANGE.max);
  }
  const time = (name: string, message: string): number | undefined => {
    const raw = get(name);
    const ms = raw === undefined ? undefined : parseDateTime(raw);
    if (raw !== undefined && ms === undefined) errors.add(name, message);
    return ms;
  };
  const to = Math.min(time('to_ts', DATETIME_FORMAT_ERROR) ?? ctx.now, ctx.now);
  let from = time('from_ts', DATETIME_FORMAT_ERROR) ?? to - DEFAULT_WINDOW_MS;
  // The cursors are the timestamps of returned lines: strictly newer / strictly older than them.
  const after = time('search_after', 'Invalid cursor.');
  const before = time('search_before', 'Invalid cursor.');
  const rawSearch = get('search_query');
  const searchQuery =
    rawSearch === undefined ? undefined : checkString(rawSearch, 'search_query', errors, { minLength: SEARCH_QUERY_LENGTH.min, maxLength: SEARCH_QUERY_LENGTH.max });
  const options: Partial<Record<(typeof NON_EMPTY_OPTIONS)[number], string>> = {};
  for (const name of NON_EMPTY_OPTIONS) {
    const raw = get(name);
    if (raw !== undefined) options[name] = checkString(raw, name, errors, {});
  }
  errors.throwIfAny();
  // Only an explicit from_ts can pass to_ts (the default window ends at to_ts).
  if (from > to) throw nonFieldError('from_ts must be earlier than to_ts.');
  from = Math.max(from, ctx.now - RETENTION_MS, after === undefined ? -Infinity : after + 1);
  return {
    limit: limit ?? LIMIT_RANGE.default,
    from,
    to: before === undefined ? to : Math.min(to, before - 1),
    ...(searchQuery === undefined ? {} : { searchQuery: searchQuery.toLowerCase() }),
    ...(options.service === undefined ? {} : { service: options.service }),
    ...(options.container === undefined ? {} : { container: options.container }),
  };
}

/** Whether a line passes the query's service, container and text filters. */
function passes(query: LogQuery, line: LogLine): boolean {
  if (query.service !== undefined && line.service !== query.service) return false;
  if (query.container !== undefined && line.container !== query.container) return false;
  return query.searchQuery === undefined || line.message.toLowerCase().includes(query.searchQuery);
}

const BUCKETS_RANGE = { min: 1, max: 30, default: 30 } as const;

/**
 * GET .../logs-occurrence/: how many matching lines fall in each of `number_of_buckets` equal
 * slices of the window, oldest first (the seed shows no item shape: `from_ts`, `to_ts`, `count`).
 */
/** The name an environment's containers run under. */
const containerName = (ctx: RouteContext, env: WireRecord): string => appName(referenced(ctx, 'applications', env, 'application') ?? { slug: '' }, env);

export function environmentLogOccurrences(ctx: RouteContext, env: WireRecord) {
  const errors = new FieldErrors();
  const raw = ctx.query.getAll('number_of_buckets').at(-1);
  let buckets: number | undefined = BUCKETS_RANGE.default;
  if (raw !== undefined) {
    const parsed = parseInteger(raw);
    if (parsed === undefined) errors.add('number_of_buckets', MESSAGES.integer);
    buckets = parsed === undefined ? undefined : checkRange(parsed, 'number_of_buckets', errors, BUCKETS_RANGE.min, BUCKETS_RANGE.max);
  }
  errors.throwIfAny();
  const query = readQuery(ctx);
  const name = containerName(ctx, env);
  const width = Math.max(1, Math.ceil((query.to - query.from) / buckets!));
  const occurrences = Array.from({ length: buckets! }, (_, index) => {
    const from = query.from + index * width;
    const to = Math.min(query.to, from + width);
    let count = 0;
    for (let slot = Math.ceil(from / LOG_INTERVAL_MS); slot * LOG_INTERVAL_MS < to; slot += 1) {
      if (passes(query, lineAt(env, name, slot))) count += 1;
    }
    return { from_ts: isoDateTime(from), to_ts: isoDateTime(to), count };
  });
  return { occurrences };
}

/**
 * Newest first, at most `limit` and never more than LOG_PAGE_MAX lines a page (a client must not
 * assume `limit` is honoured whole); `previous` links to older lines, `next` to newer ones when
 * the page was read before a cursor.
 */
export function environmentLogs(ctx: RouteContext, env: WireRecord) {
  const query = readQuery(ctx);
  const pageSize = Math.min(query.limit, LOG_PAGE_MAX);
  const name = containerName(ctx, env);
  const results: LogLine[] = [];
  let more = false;
  for (let slot = Math.floor(query.to / LOG_INTERVAL_MS); slot * LOG_INTERVAL_MS >= query.from; slot -= 1) {
    const line = lineAt(env, name, slot);
    if (!passes(query, line)) continue;
    if (results.length === pageSize) {
      more = true;
      break;
    }
    results.push(line);
  }
  const oldest = results.at(-1);
  let previous: string | null = null;
  if (more && oldest !== undefined) {
    const url = new URL(ctx.requestUrl);
    url.searchParams.delete('search_after');
    url.searchParams.set('search_before', oldest.timestamp);
    previous = url.toString();
  }
  const newest = results[0];
  let next: string | null = null;
  if (ctx.query.has('search_before') && newest !== undefined) {
    const url = new URL(ctx.requestUrl);
    url.searchParams.delete('search_before');
    url.searchParams.set('search_after', newest.timestamp);
    next = url.toString();
  }
  return { next, previous, results };
}
