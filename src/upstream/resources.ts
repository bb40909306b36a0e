/**
 * The upstream interpreter of resource descriptions: paths, DRF paging, batching by id, cache keys
 * and lifetimes, and invalidation on writes, for any described Divio group. The transport details
 * (auth, DRF errors, page walking, the shared cache) are the Divio client's.
 */
import type { GetOrLoadOptions } from './cache.js';
import type { DivioClient, ListResult, Query } from './divio/client.js';
import { objectPath } from './divio/client.js';
import type { WalkOptions } from './divio/pagination.js';
import { UpstreamProtocolError } from './errors.js';
import type { ResourceDescription } from '../resources/types.js';

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

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

export class ResourceClient {
  constructor(private readonly divio: DivioClient) {}

  get scope(): string {
    return this.divio.scope;
  }

  list(
    resource: ResourceDescription,
    filter: Query = {},
    options?: WalkOptions,
    cacheOptions?: GetOrLoadOptions,
  ): Promise<ListResult<ResourceRecord> | null> {
    const parse = (value: unknown) => parseRecord(value, resource.type);
    return this.divio.list(collectionPath(resource), filter, resource.ttlMs, parse, options, cacheOptions);
  }

  get(resource: ResourceDescription, id: string, options?: GetOrLoadOptions): Promise<ResourceRecord> {
    return this.divio.get(objectPath(collectionPath(resource), id), resource.ttlMs, (value) => parseRecord(value, resource.type), options);
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

  /** POST `{group}/{id}/{action}/[{argument}/]`, or `{group}/{action}/` for a collection action. */
  action(
    resource: ResourceDescription,
    action: NonNullable<ResourceDescription['actions']>[number],
    id: string | null,
    body: Record<string, unknown>,
    argument?: string,
  ): Promise<unknown> {
    const base = id === null ? collectionPath(resource) : objectPath(collectionPath(resource), id);
    const path = `${base}${action.path}/${argument === undefined ? '' : `${encodeURIComponent(argument)}/`}`;
    return this.divio.write('POST', path, body, this.invalidated(resource, action.invalidates));
  }

  /** A write drops the cached reads of its own group and of every group it names. */
  private invalidated(resource: ResourceDescription, extra: readonly string[] = []): string[] {
    const groups = new Set([resource.group, ...(resource.invalidates ?? []), ...extra]);
    return [...groups].map((group) => collectionPath({ group }));
  }
}
