/**
 * Reading service references out of mutation inputs: `input.id` is a Service global id; parents
 * and backups may be given as global ids or bare UUIDs. Malformed ids are BAD_USER_INPUT-typed
 * validation errors before any upstream call.
 */
import { invalidField } from '../errors.js';
import { decodeIdOf, splitKey } from '../node-ids.js';
import { isUuid } from '../scalars.js';

export interface ServiceAddress {
  organizationId: string;
  serviceId: string;
}

/** Decodes a Service global id (as returned in `Service.id`). */
export function serviceFromInput(globalId: string, field = 'id'): ServiceAddress {
  let key: string;
  try {
    key = decodeIdOf(globalId, ['Service'], field).key;
  } catch (error) {
    throw invalidField(field, (error as Error).message.replace(`${field} `, ''));
  }
  const parts = splitKey(key, 2);
  if (!parts) throw invalidField(field, 'is not a valid Service id');
  const [organizationId, serviceId] = parts as [string, string];
  return { organizationId, serviceId };
}

/** A Backup global id or a bare backup UUID, as createService's `backupId` accepts. */
export function backupIdFromInput(value: string, field = 'backupId'): string {
  if (isUuid(value)) return value.toLowerCase();
  let key: string;
  try {
    key = decodeIdOf(value, ['Backup'], field).key;
  } catch {
    throw invalidField(field, 'must be a Backup id or a backup UUID');
  }
  const parts = splitKey(key, 3);
  if (!parts) throw invalidField(field, 'must be a Backup id or a backup UUID');
  return parts[2]!;
}
