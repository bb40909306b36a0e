/**
 * Per-request ClickHouse list loaders, one per described group, keyed by the parent's path key
 * (`''` for organizations, `org` for services, `org:service` for backups). An object is always
 * read from its parent's list, so a lookup by id never costs a call of its own. Ids a client makes
 * up must not cost calls either: when one batch names several parents, the parents' own (cached)
 * lists answer for those that do not exist before any child list is asked for. A batch of one
 * goes straight to its list (one call, not two).
 */
import DataLoader from 'dataloader';
import type { ClickHouseClient, ClickHouseRecord } from '../upstream/clickhouse/client.js';
import { clickhouseResource } from '../resources/clickhouse/index.js';
import type { ResourceDescription } from '../resources/types.js';
import { notFoundError } from '../graphql-errors.js';
import { underOrganization } from './visibility.js';

export interface RequestLoaders {
  /** The group's lists by parent path key: one upstream list per parent per request. */
  list<T = ClickHouseRecord>(resource: ResourceDescription): DataLoader<string, T[]>;
}

type Lists = RequestLoaders['list'];

const isNotFound = (error: Error) => (error as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND';

/**
 * For each parent key: the NOT_FOUND its own parent's list gives it, or undefined when it exists
 * or that list could not tell (the child list then decides).
 */
async function missingParents(keys: readonly string[], parent: ResourceDescription, lists: Lists): Promise<(Error | undefined)[]> {
  return Promise.all(
    keys.map(async (key) => {
      const ids = key.split(':');
      const listed = await lists(parent).load(ids.slice(0, -1).join(':')).catch((error: unknown) => error as Error);
      if (listed instanceof Error) return isNotFound(listed) ? listed : undefined;
      const parentId = ids[ids.length - 1]!;
      return listed.some((record) => record.id === parentId) ? undefined : notFoundError(parent.type, parentId);
    }),
  );
}

function listLoader(resource: ResourceDescription, clickhouse: () => ClickHouseClient, lists: Lists): DataLoader<string, ClickHouseRecord[]> {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  return new DataLoader(async (keys) => {
    const missing = keys.length > 1 && parent ? await missingParents(keys, parent, lists) : [];
    return Promise.all(
      keys.map(async (key, index) => {
        if (missing[index]) return missing[index];
        const ids = key === '' ? [] : key.split(':');
        const read = () => clickhouse().list(resource, ids);
        try {
          return await (ids.length === 0 ? read() : underOrganization(clickhouse, ids[0]!, read));
        } catch (error) {
          return error as Error;
        }
      }),
    );
  });
}

/** The loaders of one request; each group's is built on first use. */
export function createLoaders(clickhouse: () => ClickHouseClient): RequestLoaders {
  const built = new Map<string, DataLoader<string, ClickHouseRecord[]>>();
  const list = (resource: ResourceDescription) => {
    let loader = built.get(resource.group);
    if (!loader) built.set(resource.group, (loader = listLoader(resource, clickhouse, list as Lists)));
    return loader;
  };
  return { list: list as Lists };
}
