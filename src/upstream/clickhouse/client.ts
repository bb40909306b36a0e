/**
 * The upstream interpreter of the ClickHouse descriptions, for one credential. A path is the
 * description's template filled with the ids of the object's ancestors (`organizations/{org}/
 * services/{service}`), under the profile's prefix; reads go through the shared cache with the
 * group's TTL (shorter while an object is in motion) and in-flight coalescing; writes bypass it
 * and drop exactly the reads they make stale. Every call goes through the transport's budget and
 * retry policy, and every answer is read out of the v1 envelope by its description.
 */
import { UpstreamProtocolError } from '../errors.js';
import type { CacheTtl, GetOrLoadOptions, ReadLog } from '../cache.js';
import type { CostLog } from '../cost-log.js';
import type { ClickHouseCredential } from '../credentials.js';
import type { HttpRequest, HttpResponse } from '../http.js';
import { DescribedReader } from '../read-described.js';
import type { ClickHouseTransport } from './transport.js';
import { CLICKHOUSE_PROFILE } from '../../resources/profile.js';
import type { ActionSpec, Condition, FieldSpec, ResourceDescription, ViewSpec } from '../../resources/types.js';
import { queryString, type Query } from '../divio/client.js';

/** The ids of an object's path from the root (`[organizationId, serviceId]`), or of its collection's parents. */
export type PathIds = readonly string[];

/** A read object: the described fields, its `id`, and the ids of its ancestors by parameter name. */
export type ClickHouseRecord = Record<string, unknown> & { id: string };

const reader = new DescribedReader('clickhouse');

/** The `{param}` names of each path template seen: a handful of templates, read on every record. */
const PATH_PARAMS = new Map<string, readonly string[]>();

/** The `{param}` names of a description's path, in order (one shared, frozen array per path). */
export function pathParams(resource: Pick<ResourceDescription, 'path'>): readonly string[] {
  const path = resource.path ?? '';
  let params = PATH_PARAMS.get(path);
  if (!params) {
    params = Object.freeze([...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
    PATH_PARAMS.set(path, params);
  }
  return params;
}

/** The collection path with its ancestors' ids filled in. */
export function collectionPath(resource: Pick<ResourceDescription, 'path' | 'group'>, parentIds: PathIds): string {
  const params = pathParams(resource);
  if (params.length !== parentIds.length) throw new Error(`${resource.group} needs ${params.length} parent ids, got ${parentIds.length}`);
  let index = 0;
  return `${CLICKHOUSE_PROFILE.prefix}${(resource.path ?? resource.group).replace(/\{\w+\}/g, () => encodeURIComponent(parentIds[index++]!))}`;
}

/** One object's path: its collection and its own id (the last of `ids`), then an optional suffix. */
export function objectPath(resource: Pick<ResourceDescription, 'path' | 'group'>, ids: PathIds, suffix?: string): string {
  const path = `${collectionPath(resource, ids.slice(0, -1))}/${encodeURIComponent(ids[ids.length - 1] ?? '')}`;
  return suffix ? `${path}/${suffix}` : path;
}

/** Cache keys end with a terminator so a prefix invalidation of one path never hits its children. */
const exactKey = (path: string): string => `${path}#`;

/** Reads one object of a group, with its ancestors' ids (an answer that embeds one, such as a creation result, too). */
export function readRecord(resource: ResourceDescription, value: unknown, parentIds: PathIds): ClickHouseRecord {
  const record = reader.record(value, resource.fields, resource.type, resource.idKey) as ClickHouseRecord;
  const ancestors = Object.fromEntries(pathParams(resource).map((param, index) => [param, parentIds[index]]));
  Object.assign(record, ancestors);
  return withAncestors(resource.fields, record, ancestors);
}

/** A nested object naming another object by id (an assigned role, a cost's service) is resolved under the holder's ancestors. */
function withAncestors<T extends Record<string, unknown>>(fields: readonly FieldSpec[], holder: T, ancestors: Record<string, unknown>): T {
  for (const field of fields) {
    const type = field.type;
    if (typeof type !== 'object' || !('objects' in type) || !type.fields.some((nested) => nested.link)) continue;
    const value = holder[field.key];
    for (const item of Array.isArray(value) ? value : value ? [value] : []) Object.assign(item as object, ancestors);
  }
  return holder;
}

/** Reads a list answer, in the documented order. */
export function readList(resource: ResourceDescription, value: unknown, parentIds: PathIds): ClickHouseRecord[] {
  const items = resource.listKey ? reader.object(value, `${resource.type} list`)[resource.listKey] : value;
  return inOrder(resource, reader.array(items, `${resource.type} list`).map((item) => readRecord(resource, item, parentIds)));
}

export function meets(record: object, condition: Condition): boolean {
  const value = (record as Record<string, unknown>)[condition.key];
  return condition.values ? condition.values.includes(value as string) : value !== undefined && value !== null;
}

export class ClickHouseClient {
  constructor(
    private readonly transport: ClickHouseTransport,
    private readonly credential: ClickHouseCredential,
    private readonly requestId?: string,
    /** The request's signal: its client went away, so its waits and calls end. */
    private readonly signal?: AbortSignal,
    /** The request's record of its cache reads (a reusable result is built from hits only). */
    private readonly reads?: ReadLog,
    /** The request's cost, when it asked for it (`x-opsgraph-cost: 1`). */
    private readonly cost?: CostLog,
  ) {}

  /** Built per upstream call, not per client: most clients (warm reads, subscriptions) make none. */
  private get authorization(): string {
    return `Basic ${Buffer.from(`${this.credential.keyId}:${this.credential.keySecret}`).toString('base64')}`;
  }

  /** The fingerprint that keys this client's budget, cache and pollers. */
  get fingerprint(): string {
    return this.credential.fingerprint;
  }

  /** A collection, in the documented order. `maxAgeMs` (pollers): a cached list at most that old. */
  list<T = ClickHouseRecord>(resource: ResourceDescription, parentIds: PathIds = [], options?: GetOrLoadOptions, query: Query = {}): Promise<T[]> {
    const ttl = this.unlessInMotion(resource, (records: ClickHouseRecord[]) => records.some((record) => this.inMotion(resource, record)));
    const path = `${collectionPath(resource, parentIds)}${queryString(query)}`;
    return this.cachedGet(path, ttl, (result) => readList(resource, result, parentIds), options) as Promise<T[]>;
  }

  /** One object from its own endpoint; `maxAgeMs: 0` reads it afresh (and refreshes the shared copy). */
  get<T = ClickHouseRecord>(resource: ResourceDescription, ids: PathIds, options?: GetOrLoadOptions): Promise<T> {
    const ttl = this.unlessInMotion(resource, (record: ClickHouseRecord) => this.inMotion(resource, record));
    return this.cachedGet(objectPath(resource, ids), ttl, (result) => readRecord(resource, result, ids.slice(0, -1)), options) as Promise<T>;
  }

  /** POST to the collection; the answer is returned as received (ClickHouse wraps new objects with extras such as a password). */
  create(resource: ResourceDescription, parentIds: PathIds, body: unknown): Promise<unknown> {
    return this.write('POST', collectionPath(resource, parentIds), body, [collectionPath(resource, parentIds)]);
  }

  /** PATCH of the object; the object it answers with is read, and kept as the fresh cached copy. */
  async update<T = ClickHouseRecord>(resource: ResourceDescription, ids: PathIds, body: unknown): Promise<T> {
    return this.writeObject(resource, ids, resource.updateMethod ?? 'PATCH', objectPath(resource, ids), body) as Promise<T>;
  }

  async destroy(resource: ResourceDescription, ids: PathIds): Promise<void> {
    await this.write('DELETE', objectPath(resource, ids), undefined, this.stalePaths(resource, ids));
  }

  /**
   * A command on one object (`PATCH …/state`). An action with its own result (a generated
   * password) changes nothing readable and returns its answer; the others answer with the object.
   */
  async action(resource: ResourceDescription, action: ActionSpec, ids: PathIds, body: Record<string, unknown>, argument?: string): Promise<unknown> {
    const suffix = argument === undefined ? action.path : `${action.path}/${encodeURIComponent(argument)}`;
    const path = action.onCollection ? `${collectionPath(resource, ids)}/${suffix}` : objectPath(resource, ids, suffix);
    if (action.method === 'DELETE') return this.write('DELETE', path, undefined, [collectionPath(resource, ids.slice(0, -1)), objectPath(resource, ids)]);
    const sent = { ...body, ...action.fixedBody };
    if (action.result || action.onCollection) return this.write(action.method ?? 'POST', path, sent, action.onCollection ? [collectionPath(resource, ids)] : []);
    return this.writeObject(resource, ids, action.method ?? 'POST', path, sent);
  }

  /** A one-per-object read (`…/backupConfiguration`): a JSON object or list, or text (Prometheus). */
  view(resource: ResourceDescription, view: ViewSpec, ids: PathIds, query: Query = {}, argument?: string): Promise<unknown> {
    const suffix = argument === undefined ? view.path : `${view.path}/${encodeURIComponent(argument)}`;
    const path = `${objectPath(resource, ids, suffix)}${queryString(query)}`;
    if (view.answer === 'text') {
      const load = async (signal: AbortSignal) => (await this.exchange(this.request('GET', path), signal)).text;
      return this.transport.cache.getOrLoad(this.fingerprint, exactKey(path), view.ttlMs, load, { signal: this.signal, reads: this.reads, observe: this.cost?.reads('clickhouse') });
    }
    // The view's nested objects may name other objects under the same ancestors (a cost's service).
    const ancestors = Object.fromEntries([...pathParams(resource), resource.idParam ?? 'id'].map((param, index) => [param, ids[index]]));
    return this.cachedGet(path, view.ttlMs, (result) => {
      const read = this.readView(view, result);
      return view.result && read && typeof read === 'object' && !Array.isArray(read) ? withAncestors(view.result.fields, read as Record<string, unknown>, ancestors) : read;
    });
  }

  /** PATCH of a one-per-object view; its answer replaces the cached copy. */
  async updateView(resource: ResourceDescription, view: ViewSpec, ids: PathIds, body: unknown): Promise<unknown> {
    const path = objectPath(resource, ids, view.path);
    const answer = this.readView(view, await this.write('PATCH', path, body, [path]));
    await this.transport.cache.set(this.fingerprint, exactKey(path), answer, view.ttlMs);
    return answer;
  }

  /** A write of a one-per-object view (POST upsert, PATCH/PUT update, DELETE); its answer replaces the cached copy. */
  async writeView(resource: ResourceDescription, view: ViewSpec, write: NonNullable<ViewSpec['writes']>[number], ids: PathIds, body: unknown): Promise<unknown> {
    const path = objectPath(resource, ids, view.path);
    const answer = await this.write(write.method, path, write.method === 'DELETE' ? undefined : body, [path, collectionPath(resource, ids.slice(0, -1)), objectPath(resource, ids)]);
    if (write.method === 'DELETE') return null;
    return write.result ? reader.fields(reader.object(answer, write.result.objects), write.result.fields, write.result.objects) : this.readView(view, answer);
  }

  private readView(view: ViewSpec, value: unknown): unknown {
    if (view.answer === 'list') return reader.array(value, view.operation).map((item) => (view.result ? reader.fields(reader.object(item, view.result.objects), view.result.fields, view.result.objects) : item));
    if (!view.result) return value ?? null;
    return reader.fields(reader.object(value, view.result.objects), view.result.fields, view.result.objects);
  }

  private async writeObject(resource: ResourceDescription, ids: PathIds, method: HttpRequest['method'], path: string, body: unknown): Promise<ClickHouseRecord> {
    const record = readRecord(resource, await this.write(method, path, body, this.stalePaths(resource, ids)), ids.slice(0, -1));
    await this.transport.cache.set(this.fingerprint, exactKey(objectPath(resource, ids)), record, resource.ttlMs);
    return record;
  }

  /** A write to an object makes its collection's list and its own read stale. */
  private stalePaths(resource: ResourceDescription, ids: PathIds): string[] {
    return [collectionPath(resource, ids.slice(0, -1)), objectPath(resource, ids)];
  }

  private inMotion(resource: ResourceDescription, record: ClickHouseRecord): boolean {
    return resource.inMotion !== undefined && meets(record, resource.inMotion);
  }

  /**
   * The group's TTL, or no more than the transport's in-motion TTL while an object is in motion
   * (starting, stopping, a backup running): a query after a stop sees STOPPED soon after it is.
   */
  private unlessInMotion<T>(resource: ResourceDescription, inMotion: (value: T) => boolean): CacheTtl<T> {
    return (value) => (inMotion(value) ? Math.min(resource.ttlMs, this.transport.inMotionTtlMs) : resource.ttlMs);
  }

  private cachedGet<T>(path: string, ttlMs: CacheTtl<T>, parse: (result: unknown) => T, options?: GetOrLoadOptions): Promise<T> {
    return this.transport.cache.getOrLoad(
      this.fingerprint,
      exactKey(path),
      ttlMs,
      async (signal) => parse(unwrapEnvelope(await this.send('GET', path, undefined, signal), true)),
      { ...options, signal: this.signal, reads: this.reads, observe: this.cost?.reads('clickhouse') },
    );
  }

  /**
   * A write, then the invalidation of what it can have changed, whether or not its answer arrived
   * (a timeout may come after the upstream committed); on Redis, done for every replica on return.
   */
  private async write(method: HttpRequest['method'], path: string, body: unknown, invalidates: readonly string[] = []): Promise<unknown> {
    this.reads?.other();
    try {
      return unwrapEnvelope(await this.send(method, path, body), method !== 'DELETE');
    } finally {
      await Promise.all(invalidates.map((stale) => this.transport.cache.invalidate(this.fingerprint, exactKey(stale))));
    }
  }

  private async send(method: HttpRequest['method'], path: string, body?: unknown, signal = this.signal): Promise<unknown> {
    const response = await this.exchange(this.request(method, path, body), signal);
    return response.json;
  }

  private exchange(request: HttpRequest, signal: AbortSignal | undefined): Promise<HttpResponse> {
    if (this.reads) this.reads.upstreamCalls++;
    if (!this.cost) return this.transport.http.request(request, signal);
    return this.cost.measure('clickhouse', request, (measured) => this.transport.http.request(measured, signal));
  }

  private request(method: HttpRequest['method'], path: string, body?: unknown): HttpRequest {
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    if (this.requestId) headers['x-request-id'] = this.requestId;
    return { method, path, headers, body, fingerprint: this.fingerprint };
  }
}

/** The documented list order (most recent first), restored defensively (missing values last, then by id). */
function inOrder(resource: ResourceDescription, records: ClickHouseRecord[]): ClickHouseRecord[] {
  const order = resource.order;
  if (!order) return records;
  const sign = order.descending ? -1 : 1;
  const text = (record: ClickHouseRecord) => (typeof record[order.key] === 'string' ? (record[order.key] as string) : '');
  return records.sort((a, b) => sign * text(a).localeCompare(text(b)) || sign * a.id.localeCompare(b.id));
}

/** Unwraps `{status, requestId, result}`; a success without `result` is a protocol error. */
function unwrapEnvelope(json: unknown, resultRequired: boolean): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    if (!resultRequired) return undefined;
    throw new UpstreamProtocolError('clickhouse', 'a response without the expected envelope');
  }
  const envelope = json as { result?: unknown };
  if (resultRequired && !('result' in envelope)) {
    throw new UpstreamProtocolError('clickhouse', 'a response envelope without a result');
  }
  return envelope.result;
}
