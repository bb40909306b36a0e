/**
 * Per-request ClickHouse loaders. Services are read from their organization's list, backups from
 * their service's list; a lookup by id never costs a call of its own. Ids a client makes up must
 * not cost calls either: when one batch names several organizations, the key's organization list
 * (one cached call) answers for those that are not the key's, and when it names several services,
 * their organizations' service lists answer for those that do not exist, before any backup list
 * is asked for. A batch of one goes straight to its list, as it always did (one call, not two).
 */
import DataLoader from 'dataloader';
import type { ClickHouseClient } from '../upstream/clickhouse/client.js';
import type { BackupDto, OrganizationDto, ServiceDto } from '../upstream/clickhouse/types.js';
import { backups, organizations, services } from '../resources/clickhouse/index.js';
import { notFoundError } from '../graphql-errors.js';
import { underOrganization } from './visibility.js';

/** A service together with the organization that owns it (the API only addresses it that way). */
export interface ServiceRecord extends ServiceDto {
  organizationId: string;
}

export interface BackupRecord extends BackupDto {
  organizationId: string;
}

export interface RequestLoaders {
  /** organizationId -> its services, one upstream list per organization per request. */
  servicesByOrganization: DataLoader<string, ServiceRecord[]>;
  /** "organizationId:serviceId" -> that service's backups, most recent first. */
  backupsByService: DataLoader<string, BackupRecord[]>;
}


/** The key's organization ids, or null when they cannot be read (each list call then decides). */
async function ownOrganizations(clickhouse: () => ClickHouseClient): Promise<Set<string> | null> {
  try {
    return new Set((await clickhouse().list<OrganizationDto>(organizations)).map((organization) => organization.id));
  } catch {
    return null;
  }
}

function servicesLoader(clickhouse: () => ClickHouseClient): DataLoader<string, ServiceRecord[]> {
  return new DataLoader(async (organizationIds) => {
    const own = organizationIds.length > 1 ? await ownOrganizations(clickhouse) : null;
    return Promise.all(
      organizationIds.map(async (organizationId) => {
        if (own && !own.has(organizationId)) return notFoundError('Organization', organizationId);
        try {
          return await underOrganization(clickhouse, organizationId, () => clickhouse().list<ServiceRecord>(services, [organizationId]));
        } catch (error) {
          return error as Error;
        }
      }),
    );
  });
}

/**
 * For each "organizationId:serviceId": the NOT_FOUND error its organization's service list gives
 * it, or undefined when it exists or the list could not tell (its backup list then decides).
 */
async function missingServices(keys: readonly string[], services: DataLoader<string, ServiceRecord[]>): Promise<(Error | undefined)[]> {
  return Promise.all(
    keys.map(async (key) => {
      const [organizationId = '', serviceId = ''] = key.split(':');
      const listed = await services.load(organizationId).catch((error: unknown) => error as Error);
      if (listed instanceof Error) return (listed as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND' ? listed : undefined;
      return listed.some((service) => service.id === serviceId) ? undefined : notFoundError('Service', serviceId);
    }),
  );
}

function backupsLoader(clickhouse: () => ClickHouseClient, services: DataLoader<string, ServiceRecord[]>): DataLoader<string, BackupRecord[]> {
  return new DataLoader(async (keys) => {
    const missing = keys.length > 1 ? await missingServices(keys, services) : [];
    return Promise.all(
      keys.map(async (key, index) => {
        const [organizationId = '', serviceId = ''] = key.split(':');
        if (missing[index]) return missing[index];
        try {
          return await underOrganization(clickhouse, organizationId, () => clickhouse().list<BackupRecord>(backups, [organizationId, serviceId]));
        } catch (error) {
          return error as Error;
        }
      }),
    );
  });
}

export function createLoaders(clickhouse: () => ClickHouseClient): RequestLoaders {
  const servicesByOrganization = servicesLoader(clickhouse);
  return { servicesByOrganization, backupsByService: backupsLoader(clickhouse, servicesByOrganization) };
}
