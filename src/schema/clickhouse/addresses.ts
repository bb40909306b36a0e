/**
 * Where a ClickHouse object lives: the ids of its path from the root (`[organizationId,
 * serviceId, backupId]`). Its global id's key is that path joined by `:` (the API only addresses
 * an object under its ancestors), and an input may name it by that global id or by its bare UUID,
 * whose ancestors are then looked up in the key's (cached) lists. Every id is checked before any
 * upstream call, so a forged one never reaches a URL.
 */
import type { Context } from '../../gateway-types.js';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import { UUID_PARAMETERS } from '../../resources/clickhouse/spec.js';
import type { ResourceDescription } from '../../resources/types.js';
import { isUuid } from '../../ids.js';
import { pathParams, type PathIds } from '../../upstream/clickhouse/client.js';
import { invalidField, ResourceNotFoundError } from '../errors.js';
import { decodeIdOf } from '../node-ids.js';

/** How many ids address one object of the group: its ancestors' and its own. */
export const depthOf = (resource: ResourceDescription): number => pathParams(resource).length + 1;

export const pathKey = (ids: PathIds): string => ids.join(':');

/** A path segment that is not a UUID (a quota code, a function name, a version): short and plain. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_.-]{1,128}$/;

/**
 * The path ids in a global id's key, or null when the key does not hold one id per parameter,
 * each a UUID (lower-cased, as the API gives them) or a short plain segment.
 */
export function pathOfKey(resource: ResourceDescription, key: string): string[] | null {
  const params = [...pathParams(resource), resource.idParam ?? ''];
  const ids = key.split(':');
  if (ids.length !== params.length) return null;
  const uuid = (index: number) => UUID_PARAMETERS.has(params[index]!);
  if (!ids.every((id, index) => (uuid(index) ? isUuid(id) : PLAIN_SEGMENT.test(id)))) return null;
  return ids.map((id, index) => (uuid(index) ? id.toLowerCase() : id));
}

/** A reference from an input: the whole path (from a global id), or a bare UUID whose ancestors are unknown. */
export type Reference = { ids: PathIds } | { uuid: string };

/** Reads an input's id of `resource` (global id or UUID); a malformed one is that field's ValidationError. */
export function referenceOf(resource: ResourceDescription, value: string, field: string): Reference {
  if (isUuid(value) && depthOf(resource) <= 2 && UUID_PARAMETERS.has(resource.idParam ?? '')) return { uuid: value.toLowerCase() };
  let key: string;
  try {
    key = decodeIdOf(value, [resource.type], field).key;
  } catch (error) {
    throw invalidField(field, (error as Error).message.replace(`${field} `, ''));
  }
  const ids = pathOfKey(resource, key);
  if (!ids) throw invalidField(field, `is not a valid ${resource.type} id`);
  return { ids };
}

/** The object's own UUID, whichever way it was given. */
export const ownId = (reference: Reference): string => ('uuid' in reference ? reference.uuid : reference.ids[reference.ids.length - 1]!);

/**
 * The full path of a reference. A bare UUID of a top-level object is its path; below that, the
 * parent is found among the key's objects of the parent's type (a key usually has one
 * organization, so a service needs no lookup at all). None holds it: NotFoundError.
 */
export async function resolvePath(context: Context, resource: ResourceDescription, reference: Reference): Promise<PathIds> {
  if ('ids' in reference) return reference.ids;
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  if (!parent) return [reference.uuid];
  if (parent.parent) throw new Error(`${resource.type}: a bare UUID is resolved one level deep only`);
  const candidates = await context.clickhouse().list(parent);
  if (candidates.length === 1) return [candidates[0]!.id, reference.uuid];
  for (const candidate of candidates) {
    const children = await context.loaders.list(resource).load(pathKey([candidate.id]));
    if (children.some((child) => child.id === reference.uuid)) return [candidate.id, reference.uuid];
  }
  throw new ResourceNotFoundError(`${resource.type} ${reference.uuid} was not found`, reference.uuid);
}
