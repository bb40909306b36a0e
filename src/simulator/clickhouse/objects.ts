/**
 * The store of every described group beyond organizations, services and backups (state.ts keeps
 * those): each object in its wire shape, filed under its collection's path (the description's
 * `path`) and the ids of that path, its own last (by the group's id field: `id`, or `idKey`), and
 * the one-per-object value of a view, filed under the view's path and its object's ids. Removing
 * an object removes everything filed under it (its views, its children's collections).
 */
import { createHash } from 'node:crypto';
import type { Json } from './spec-values.js';

export interface StoredObject {
  /** The collection's path (`organizations/{organizationId}/keys`), or a view's (`…/{serviceId}/scalingSchedule`). */
  path: string;
  /** The path's ids, outermost first, the object's own last (a view: its object's). */
  ids: readonly string[];
  value: Json;
  /** Credentials: an API key's key id and a hash of its secret, a Postgres service's password hash (never the secret). */
  credentials?: { keyId?: string; secretHash: string };
}

/** The hash a secret is kept as. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64');

const idsKey = (ids: readonly string[]): string => ids.join('/');
const startsWith = (ids: readonly string[], prefix: readonly string[]): boolean => prefix.every((id, index) => ids[index] === id);

export class ObjectStore {
  private readonly byPath = new Map<string, Map<string, StoredObject>>();

  get(path: string, ids: readonly string[]): StoredObject | undefined {
    return this.byPath.get(path)?.get(idsKey(ids));
  }

  /** The objects of one collection (`parentIds`: the ids of its path), in the order they were filed. */
  list(path: string, parentIds: readonly string[]): StoredObject[] {
    return [...(this.byPath.get(path)?.values() ?? [])].filter((object) => object.ids.length === parentIds.length + 1 && startsWith(object.ids, parentIds));
  }

  put(object: StoredObject): StoredObject {
    const objects = this.byPath.get(object.path) ?? new Map<string, StoredObject>();
    objects.set(idsKey(object.ids), object);
    this.byPath.set(object.path, objects);
    return object;
  }

  /** Removes one object (or a view's value) and everything filed under it. */
  remove(path: string, ids: readonly string[]): void {
    this.byPath.get(path)?.delete(idsKey(ids));
    this.removeUnder(path, ids);
  }

  /** Removes everything filed under one object at `path` (also one kept elsewhere, such as a service). */
  removeUnder(path: string, ids: readonly string[]): void {
    for (const [under, objects] of this.byPath) {
      if (!under.startsWith(`${path}/`)) continue;
      for (const [key, object] of objects) if (startsWith(object.ids, ids)) objects.delete(key);
    }
  }

  /** The first object of a collection path meeting `test`, under any parent. */
  find(path: string, test: (object: StoredObject) => boolean): StoredObject | undefined {
    return [...(this.byPath.get(path)?.values() ?? [])].find(test);
  }
}
