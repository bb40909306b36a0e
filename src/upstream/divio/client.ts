/**
 * Divio apps/v3 transport for one token: lists walked to the end (pagination.ts) and cached whole
 * per filter, reads coalesced, writes that drop the cached reads they can change. Described
 * resources go through ResourceClient (../resources.ts); the views that are not resources (logs,
 * a deployment's variables) have their own methods here.
 */
import type { GetOrLoadOptions, ReadLog } from '../cache.js';
import type { CostLog } from '../cost-log.js';
import type { DivioCredential } from '../credentials.js';
import type { HttpRequest } from '../http.js';
import type { Transport } from '../transport.js';
import { DIVIO_MAX_PAGE_SIZE, walkPages, type WalkOptions } from './pagination.js';
import { parseDeploymentLogs, parseEnvironmentLogs, parsePage } from './parse.js';
import type { EnvironmentLogsDto, EnvironmentLogsQuery, EnvironmentLogsResult } from './types.js';

/** Cache lifetimes of the views: logs grow and a deployment's variables are fixed once it runs. */
export const DIVIO_CACHE_TTL_MS = {
  deployment: 2_000,
  logs: 2_000,
} as const;

const ENVIRONMENTS = '/apps/v3/environments/';
const DEPLOYMENTS = '/apps/v3/deployments/';

export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of [...value].sort()) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A body holding files is sent as multipart/form-data (files as parts, other values as text),
 * the way DRF's file fields take them; any other body stays JSON.
 */
async function multipartIfFiles(body: unknown): Promise<{ bytes: Uint8Array; contentType: string } | undefined> {
  if (body === null || typeof body !== 'object' || !Object.values(body).some(isFileLike)) return undefined;
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (isFileLike(value)) {
      // Copied into this runtime's Blob: the file may come from another fetch implementation.
      form.set(key, new Blob([await value.arrayBuffer()], { type: value.type }), value.name ?? key);
    } else form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  // Encoded once, here, so the transport sends plain bytes (and never re-reads a stream).
  const encoded = new Response(form);
  return { bytes: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

interface FileLike {
  arrayBuffer(): Promise<ArrayBuffer>;
  size: number;
  type: string;
  name?: string;
}

function isFileLike(value: unknown): value is FileLike {
  return typeof value === 'object' && value !== null && typeof (value as FileLike).arrayBuffer === 'function' && typeof (value as FileLike).size === 'number';
}

export function objectPath(collection: string, uuid: string, action = ''): string {
  return `${collection}${encodeURIComponent(uuid)}/${action ? `${action}/` : ''}`;
}

/** Log pages followed for one read at the most (a page holds at least one record). */
const MAX_LOG_PAGES = 20;

/** The path and query of an upstream link, if it points at `expectedPath` (never elsewhere). */
function linkedPath(link: string | null, expectedPath: string): string | null {
  if (link === null || !URL.canParse(link)) return null;
  const url = new URL(link);
  return url.pathname === expectedPath ? `${url.pathname}${url.search}` : null;
}

function timestampOf(record: unknown): string | null {
  return record && typeof record === 'object' && 'timestamp' in record && typeof record.timestamp === 'string' ? record.timestamp : null;
}

/** Thrown inside a list load that stopped after its first page (more pages than allowed). */
const LIST_TOO_LONG = Symbol('list longer than the caller allows');

export interface ListResult<T> {
  items: T[];
  count: number;
}

export class DivioClient {
  constructor(
    private readonly transport: Transport,
    private readonly credential: DivioCredential,
    private readonly requestId?: string,
    /** The request's signal: its client went away, so its waits and calls end. */
    private readonly signal?: AbortSignal,
    /** The request's record of its cache reads (a reusable result is built from hits only). */
    private readonly reads?: ReadLog,
    /** The request's cost, when it asked for it (`x-opsgraph-cost: 1`). */
    private readonly cost?: CostLog,
  ) {}

  /**
   * The API path of `link` (with its query) when it is on the API's origin, under its base path;
   * null otherwise: links the upstream hands out are followed only there, with its token.
   */
  pathOnOrigin(link: string): string | null {
    if (!URL.canParse(link)) return null;
    const url = new URL(link);
    const base = new URL(this.transport.baseUrl);
    const prefix = base.pathname.replace(/\/$/, '');
    if (url.origin !== base.origin || !url.pathname.startsWith(`${prefix}/`) || url.username !== '' || url.password !== '') return null;
    return `${url.pathname.slice(prefix.length)}${url.search}`;
  }

  /** Built per upstream call, not per client: most clients (warm reads, subscriptions) make none. */
  private get authorization(): string {
    return `Token ${this.credential.token}`;
  }

  /** The fingerprint that keys this client's budget, cache and pollers. */
  get fingerprint(): string {
    return this.credential.fingerprint;
  }

  // --- views that are not resources: logs and the variables a deployment ran with ------------

  /**
   * Up to `limit` log records, newest first, following the pages' `previous` links to older records
   * (as Divio's own log export does) however the upstream pages them. A link is followed only to
   * this environment's log path on our upstream, and a page linking to itself is the last one.
   */
  async environmentLogs(uuid: string, query: EnvironmentLogsQuery, limit: number): Promise<EnvironmentLogsResult> {
    const logsPath = objectPath(ENVIRONMENTS, uuid, 'logs');
    const read = (path: string) => this.get(path, DIVIO_CACHE_TTL_MS.logs, parseEnvironmentLogs);
    let path = `${logsPath}${queryString(query as Query)}`;
    let page: EnvironmentLogsDto = await read(path);
    const first = page;
    const results = [...page.results];
    const visited = new Set([path]);
    for (let pages = 1; results.length < limit && pages < MAX_LOG_PAGES; pages += 1) {
      const older = linkedPath(page.previous, logsPath);
      if (older === null || visited.has(older)) break;
      visited.add(older);
      path = older;
      page = await read(path);
      results.push(...page.results);
    }
    const kept = results.slice(0, limit);
    const unread = linkedPath(page.previous, logsPath);
    const moreOlder = results.length > limit || (unread !== null && !visited.has(unread));
    return {
      results: kept,
      olderThan: moreOlder ? timestampOf(kept.at(-1)) : null,
      newerThan: first.next === null ? null : timestampOf(kept[0]),
    };
  }

  deploymentLogs(uuid: string): Promise<string> {
    return this.get(objectPath(DEPLOYMENTS, uuid, 'logs'), DIVIO_CACHE_TTL_MS.logs, parseDeploymentLogs);
  }

  deploymentEnvironmentVariables(uuid: string): Promise<unknown> {
    return this.get(objectPath(DEPLOYMENTS, uuid, 'environment-variables'), DIVIO_CACHE_TTL_MS.deployment, (json) =>
      json && typeof json === 'object' && 'environment_variables' in json ? json.environment_variables : null,
    );
  }

  // --- plumbing ------------------------------------------------------------------------------

  /**
   * One cache entry per list and filter, whatever `maxPages` the caller gave: a list walked for one
   * caller serves every later one. A walk that gives up is not a result to cache, so it travels as
   * a rejection (failures are never cached) and becomes null here.
   */
  async list<T>(
    collection: string,
    filter: Query,
    ttlMs: number,
    parse: (value: unknown) => T,
    options?: WalkOptions,
    cacheOptions?: GetOrLoadOptions,
  ): Promise<ListResult<T> | null> {
    const key = `${collection}${queryString(filter)}#list`;
    try {
      const load = async (signal: AbortSignal) => {
        const walked = await walkPages(
          async (page, pageSize) =>
            parsePage(await this.send('GET', `${collection}${queryString({ ...filter, page, page_size: pageSize })}`, undefined, signal)),
          { pageSize: DIVIO_MAX_PAGE_SIZE, ...options },
        );
        if (!walked) throw LIST_TOO_LONG;
        return { items: walked.items.map(parse), count: walked.count };
      };
      return await this.transport.cache.getOrLoad(this.fingerprint, key, ttlMs, load, { ...cacheOptions, signal: this.signal, reads: this.reads, observe: this.cost?.reads('divio') });
    } catch (error) {
      if (error === LIST_TOO_LONG) return null;
      throw error;
    }
  }

  get<T>(path: string, ttlMs: number, parse: (value: unknown) => T, options?: GetOrLoadOptions): Promise<T> {
    return this.transport.cache.getOrLoad(
      this.fingerprint,
      `${path}#`,
      ttlMs,
      async (signal) => parse(await this.send('GET', path, undefined, signal)),
      { ...options, signal: this.signal, reads: this.reads, observe: this.cost?.reads('divio') },
    );
  }

  async write(
    method: HttpRequest['method'],
    path: string,
    body: unknown,
    invalidates: readonly string[],
  ): Promise<unknown> {
    this.reads?.other();
    try {
      return await this.send(method, path, body);
    } finally {
      // Even a failed write may have changed something upstream (e.g. a timeout after commit).
      await Promise.all(invalidates.map((prefix) => this.transport.cache.invalidate(this.fingerprint, prefix)));
    }
  }

  private async send(method: HttpRequest['method'], path: string, body?: unknown, signal = this.signal): Promise<unknown> {
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    if (this.requestId) headers['x-request-id'] = this.requestId;
    const encodedBody = await multipartIfFiles(body);
    const request = encodedBody ? { encodedBody } : { body };
    const call: HttpRequest = { method, path, headers, ...request, fingerprint: this.fingerprint };
    if (this.reads) this.reads.upstreamCalls++;
    const response = this.cost
      ? await this.cost.measure('divio', call, (measured) => this.transport.http.request(measured, signal))
      : await this.transport.http.request(call, signal);
    return response.json;
  }
}
