/**
 * To a key, another organization's objects do not exist: ClickHouse answers 403 on paths under an
 * organization the key does not belong to, and the graph turns that into NOT_FOUND, as
 * `organization(uuid)` already is. A 403 under the key's own organization (a key without the
 * permission) stays FORBIDDEN. The organizations list is cached, and read only on a 403.
 */
import type { ClickHouseClient } from '../upstream/clickhouse/client.js';
import { ForbiddenError } from '../upstream/errors.js';
import { notFoundError } from '../graphql-errors.js';
import { organizations } from '../resources/clickhouse/index.js';

export async function foreignAsNotFound(error: unknown, client: () => ClickHouseClient, organizationId: string): Promise<unknown> {
  if (!(error instanceof ForbiddenError)) return error;
  try {
    const own = await client().list(organizations);
    if (own.some((organization) => organization.id === organizationId)) return error;
  } catch {
    return error;
  }
  return notFoundError('Organization', organizationId);
}

/** Runs a read under one organization, with a foreign organization's 403 as NOT_FOUND. */
export async function underOrganization<T>(client: () => ClickHouseClient, organizationId: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw await foreignAsNotFound(error, client, organizationId);
  }
}
