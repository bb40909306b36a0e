/**
 * ClickHouse Cloud enums: SCREAMING_CASE GraphQL values mapped from the upstream's strings, with
 * UNKNOWN for any value a newer upstream adds (so a new state never fails a whole query).
 */
import { builder } from '../../builder.js';

export const UNKNOWN = 'UNKNOWN';

/** The upstream strings each enum knows, from the seeds and the real OpenAPI spec. */
export const SERVICE_STATES = [
  'starting', 'stopping', 'terminating', 'softdeleting', 'awaking', 'partially_running', 'provisioning',
  'running', 'stopped', 'terminated', 'softdeleted', 'degraded', 'failed', 'idle',
] as const;
export const SERVICE_TIERS = [
  'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard',
  'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32',
  'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD',
  'dedicated_standard_n2d_standard_64_24SSD',
] as const;
export const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export const BACKUP_STATUSES = ['done', 'error', 'in_progress'] as const;
export const BACKUP_TYPES = ['full', 'incremental'] as const;

/** States that change on their own; pollers and clients watch these closely. */
export const TRANSITIONAL_SERVICE_STATES = new Set(['starting', 'stopping', 'terminating', 'softdeleting', 'awaking', 'provisioning']);

export function toEnumValue(upstream: string): string {
  return upstream.toUpperCase();
}

export function toUpstreamValue(graphql: string): string {
  // Tier names carry lower-case suffixes (e.g. `_32_16SSD`), so map back by lookup, not by case.
  const all: readonly string[] = [...SERVICE_STATES, ...SERVICE_TIERS, ...CLOUD_PROVIDERS, ...BACKUP_STATUSES, ...BACKUP_TYPES];
  return all.find((value) => value.toUpperCase() === graphql) ?? graphql.toLowerCase();
}

function defineEnum(name: string, description: string, upstreamValues: readonly string[]) {
  const values: Record<string, { value: string; description?: string }> = {};
  for (const value of upstreamValues) values[toEnumValue(value)] = { value: toEnumValue(value) };
  values[UNKNOWN] = { value: UNKNOWN, description: 'A value this gateway does not know yet (a newer upstream).' };
  const known = new Set(Object.keys(values));
  const ref = builder.enumType(name, { description, values });
  /** Maps an upstream string to this enum, falling back to UNKNOWN. */
  const fromUpstream = (upstream: string | undefined): string => {
    const value = upstream === undefined ? UNKNOWN : toEnumValue(upstream);
    return known.has(value) ? value : UNKNOWN;
  };
  return { ref, fromUpstream };
}

export const ServiceStateEnum = defineEnum('ServiceState', 'Lifecycle state of a ClickHouse Cloud service.', SERVICE_STATES);
export const ServiceTierEnum = defineEnum('ServiceTier', 'Tier of a ClickHouse Cloud service.', SERVICE_TIERS);
export const CloudProviderEnum = defineEnum('CloudProvider', 'Cloud provider hosting a service.', CLOUD_PROVIDERS);
export const BackupStatusEnum = defineEnum('BackupStatus', 'Status of a backup.', BACKUP_STATUSES);
export const BackupTypeEnum = defineEnum('BackupType', 'Kind of backup.', BACKUP_TYPES);
