/**
 * Local keys inside global ids. A ClickHouse service or backup is only addressable under its
 * organization, so their keys carry the parent ids: "org:service" and "org:service:backup".
 * Keys are validated before any upstream call so a forged id never reaches a URL.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from '../graphql-errors.js';
import { isUuid } from '../ids.js';


/** Splits a composite key into exactly `parts` UUIDs, or returns null. */
export function splitKey(key: string, parts: number): string[] | null {
  const ids = key.split(':');
  return ids.length === parts && ids.every(isUuid) ? ids.map((id) => id.toLowerCase()) : null;
}

export function serviceKey(organizationId: string, serviceId: string): string {
  return `${organizationId}:${serviceId}`;
}

export function backupKey(organizationId: string, serviceId: string, backupId: string): string {
  return `${organizationId}:${serviceId}:${backupId}`;
}

/**
 * Decodes a global id of one of `typenames` into its local key. Throws BAD_USER_INPUT naming the
 * argument when the id is malformed or of another type.
 */
export function decodeIdOf(globalId: string, typenames: readonly string[], argument: string): { typename: string; key: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw badUserInput(`${argument} is not a valid global id`);
  }
  if (!typenames.includes(decoded.typename)) {
    throw badUserInput(`${argument} must be the id of a ${typenames.join(' or ')}, not a ${decoded.typename}`);
  }
  return { typename: decoded.typename, key: decoded.id };
}
