/**
 * The upstream interpreter of resource descriptions: paths, DRF paging, batching by id, cache keys
 * and lifetimes, and invalidation on writes, for any described Divio group. The transport details
 * (auth, DRF errors, page walking, the shared cache) are the Divio client's.
 */
import type { GetOrLoadOptions } from './cache.js';
import type { DivioClient, ListResult, Query } from './divio/client.js';
import { objectPath, queryString } from './divio/client.js';
import type { WalkOptions } from './divio/pagination.js';
import { parseApplication, parseDeployment, parseEnvironment } from './divio/parse.js';
import { UpstreamProtocolError } from './errors.js';
import type { ResourceDescription, ViewSpec } from '../resources/types.js';

/** Every Divio path starts here and ends with a slash (DRF). */
export const DIVIO_API_PREFIX = '/apps/v3/';

/** One object of a described group: its id and the upstream object as received. */
export interface ResourceRecord {
  uuid: string;
  raw: Readonly<Record<string, unknown>>;
}

/** ids per list call: keeps URLs far below common 8 KB limits (an id filter costs ~40 bytes). */
export const IDS_PER_CALL = 50;

export function collectionPath(resource: Pick<ResourceDescription, 'group'>): string {
  return `${DIVIO_API_PREFIX}${resource.group}/`;
}

export function parseRecord(value: unknown, what = 'object'): ResourceRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UpstreamProtocolError('divio', `an unexpected ${what}`);
  }
  const raw = value as Record<string, unknown>;
  if (typeof raw.uuid !== 'string' || raw.uuid === '') throw new UpstreamProtocolError('divio', `an unexpected ${what} (missing uuid)`);
  return { uuid: raw.uuid, raw };
}

/**
 * Groups whose hand-written behaviour relies on more than an id keep their typed readers (an
 * environment must name its application, a deployment its environment); the rest need an id.
 */
const TYPED_READERS: Readonly<Record<string, (value: unknown) => ResourceRecord>> = {
  applications: parseApplication,
  environments: parseEnvironment,
  deployments: parseDeployment,
};

export function readerOf(resource: Pick<ResourceDescription, 'group' | 'type'>): (value: unknown) => ResourceRecord {
  return TYPED_READERS[resource.group] ?? ((value) => parseRecord(value, resource.type));
}

/** The documented list order, restored defensively (missing values last, then by id). */
function inOrder(resource: ResourceDescription, records: ResourceRecord[]): ResourceRecord[] {
  const order = resource.order;
  if (!order) return records;
  const sign = order.descending ? -1 : 1;
  const text = (record: ResourceRecord) => (typeof record.raw[order.key] === 'string' ? (record.raw[order.key] as string) : '');
  return records.sort((a, b) => sign * text(a).localeCompare(text(b)) || sign * a.uuid.localeCompare(b.uuid));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

function readViewAnswer(view: ViewSpec, value: unknown): unknown {
  const isObject = (item: unknown) => item !== null && typeof item === 'object' && !Array.isArray(item);
  if (view.answer === 'object') {
    if (isObject(value)) return value;
  } else {
    const items = Array.isArray(value) ? value : isObject(value) ? (value as { results?: unknown }).results : undefined;
    if (Array.isArray(items) && items.every(isObject)) return items;
  }
  throw new UpstreamProtocolError('divio', `an unexpected ${view.operation} answer`);
}

export class ResourceClient {
  constructor(private readonly divio: DivioClient) {}

  get fingerprint(): string {
    return this.divio.fingerprint;
  }

  async list(
    resource: ResourceDescription,
    filter: Query = {},
    options?: WalkOptions,
    cacheOptions?: GetOrLoadOptions,
  ): Promise<ListResult<ResourceRecord> | null> {
    const list = await this.divio.list(collectionPath(resource), filter, resource.ttlMs, readerOf(resource), options, cacheOptions);
    return list && { items: inOrder(resource, [...list.items]), count: list.count };
  }

  get(resource: ResourceDescription, id: string, options?: GetOrLoadOptions): Promise<ResourceRecord> {
    return this.divio.get(objectPath(collectionPath(resource), id), resource.ttlMs, readerOf(resource), options);
  }

  /**
   * Objects by id, in as few calls as the group allows: one list per 50 ids where the list takes
   * repeated `uuid`, the whole (cached) catalog, or one detail call each. A miss is undefined.
   */
  async getMany(resource: ResourceDescription, ids: readonly string[]): Promise<Map<string, ResourceRecord | Error>> {
    const found = new Map<string, ResourceRecord | Error>();
    if (ids.length === 0) return found;
    if (resource.batch === 'each') {
      await Promise.all(
        ids.map((id) =>
          this.get(resource, id).then(
            (record) => found.set(id, record),
            (error: unknown) => found.set(id, error as Error),
          ),
        ),
      );
      return found;
    }
    const lists =
      resource.batch === 'catalog'
        ? [await this.list(resource)]
        : await Promise.all(chunks([...ids].sort(), IDS_PER_CALL).map((chunk) => this.list(resource, { uuid: chunk })));
    for (const record of lists.flatMap((list) => list?.items ?? [])) found.set(record.uuid, record);
    return found;
  }

  create(resource: ResourceDescription, body: Record<string, unknown>): Promise<unknown> {
    return this.divio.write('POST', collectionPath(resource), body, this.invalidated(resource));
  }

  /** Only the given fields change, so an update is always a PATCH. */
  update(resource: ResourceDescription, id: string, body: Record<string, unknown>): Promise<unknown> {
    return this.divio.write('PATCH', objectPath(collectionPath(resource), id), body, this.invalidated(resource));
  }

  async destroy(resource: ResourceDescription, id: string): Promise<void> {
    await this.divio.write('DELETE', objectPath(collectionPath(resource), id), undefined, this.invalidated(resource));
  }

  /** POST `{group}/{id}/{action}/[{argument}/]`, or `{group}/{action}/` for a collection action; `query`: its query inputs. */
  action(
    resource: ResourceDescription,
    action: NonNullable<ResourceDescription['actions']>[number],
    id: string | null,
    body: Record<string, unknown>,
    argument?: string,
    query: Query = {},
  ): Promise<unknown> {
    if (action.urlField !== undefined && id !== null) return this.actionAtUrl(resource, action, action.urlField, id, body);
    const base = id === null ? collectionPath(resource) : objectPath(collectionPath(resource), id);
    const path = `${base}${action.path}/${argument === undefined ? '' : `${encodeURIComponent(argument)}/`}${queryString(query)}`;
    // An action that takes its inputs in the query takes no body.
    const sent = action.method === 'DELETE' || (action.query !== undefined && action.input === undefined) ? undefined : body;
    return this.divio.write(action.method ?? 'POST', path, sent, this.invalidated(resource, action.invalidates));
  }

  /**
   * POST to the URL the object hands out for the action (a webhook's `trigger_url`), read afresh:
   * only a URL on the API's own origin is followed, so the token never goes anywhere else.
   */
  private async actionAtUrl(resource: ResourceDescription, action: NonNullable<ResourceDescription['actions']>[number], field: string, id: string, body: Record<string, unknown>): Promise<unknown> {
    const object = await this.divio.get(objectPath(collectionPath(resource), id), 0, (value) => value as Record<string, unknown>, { maxAgeMs: 0 });
    const target = object[field];
    const path = typeof target === 'string' ? this.divio.pathOnOrigin(target) : null;
    if (path === null) {
      throw new UpstreamProtocolError('divio', `a ${field} that is not a URL on the Divio API's origin (opsgraph sends nothing elsewhere)`);
    }
    return this.divio.write(action.method ?? 'POST', path, body, this.invalidated(resource, action.invalidates));
  }

  /**
   * GET `{group}/{id}/{view}/` with its query: an answer that is not the object (metrics, logs,
   * commits), checked for its shape: one JSON object, or a list (an array or DRF's `results`).
   */
  view(resource: ResourceDescription, view: ViewSpec, id: string, query: Query): Promise<unknown> {
    const path = `${objectPath(collectionPath(resource), id, view.path)}${queryString(query)}`;
    return this.divio.get(path, view.ttlMs, (value) => readViewAnswer(view, value));
  }

  /** A write drops the cached reads of its own group and of every group it names. */
  private invalidated(resource: ResourceDescription, extra: readonly string[] = []): string[] {
    const groups = new Set([resource.group, ...(resource.invalidates ?? []), ...extra]);
    return [...groups].map((group) => collectionPath({ group }));
  }
}
