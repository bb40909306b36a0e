/**
 * ClickHouse Cloud enums: SCREAMING_CASE GraphQL values mapped from the upstream's strings, with
 * UNKNOWN for any value a newer upstream adds (so a new state never fails a whole query).
 */
import { builder } from '../../builder.js';

export const UNKNOWN = 'UNKNOWN';

/**
 * The upstream strings each enum knows, from the seeds and the real OpenAPI spec, each with what
 * it means to a user (the GraphQL value's description).
 */
const SERVICE_STATE_MEANINGS = {
  starting: 'Starting after startService; RUNNING next.',
  stopping: 'Stopping after stopService; STOPPED next.',
  terminating: 'Being deleted; TERMINATED next.',
  softdeleting: 'Being soft-deleted; SOFTDELETED next.',
  awaking: 'Waking from IDLE because work arrived; RUNNING next.',
  partially_running: 'Some of its replicas run, others do not.',
  provisioning: 'Being created: its infrastructure is set up before it first runs.',
  running: 'Running and serving queries.',
  stopped: 'Stopped: serves no queries until started again; the only state deleteService accepts.',
  terminated: 'Deleted.',
  softdeleted: 'Deleted, but not yet purged by ClickHouse Cloud.',
  degraded: 'Running with a problem that reduces what it can serve.',
  failed: 'Failed; it does not serve queries.',
  idle: 'Scaled down to zero after idleTimeoutMinutes without work (idleScaling); wakes on demand.',
} as const;
const SERVICE_TIER_MEANINGS = {
  development: 'Fixed size, for development; not available on Azure.',
  production: 'Autoscaling, for production workloads; the only tier that takes memory settings.',
  dedicated_high_mem: 'Dedicated hardware with a high memory-to-CPU ratio.',
  dedicated_high_cpu: 'Dedicated hardware with a high CPU-to-memory ratio.',
  dedicated_standard: 'Dedicated hardware with a balanced CPU-to-memory ratio.',
  dedicated_standard_n2d_standard_4: 'Dedicated, on n2d-standard-4 machines.',
  dedicated_standard_n2d_standard_8: 'Dedicated, on n2d-standard-8 machines.',
  dedicated_standard_n2d_standard_32: 'Dedicated, on n2d-standard-32 machines.',
  dedicated_standard_n2d_standard_128: 'Dedicated, on n2d-standard-128 machines.',
  dedicated_standard_n2d_standard_32_16SSD: 'Dedicated, on n2d-standard-32 machines with the 16SSD local storage option.',
  dedicated_standard_n2d_standard_64_24SSD: 'Dedicated, on n2d-standard-64 machines with the 24SSD local storage option.',
} as const;
const CLOUD_PROVIDER_MEANINGS = {
  aws: 'Amazon Web Services.',
  gcp: 'Google Cloud Platform.',
  azure: 'Microsoft Azure.',
} as const;
const BACKUP_STATUS_MEANINGS = {
  done: 'Finished; the backup can be restored into a new service (createService with backupId).',
  error: 'Failed; the backup cannot be restored.',
  in_progress: 'Still being taken; durationInSeconds counts from its start until now.',
} as const;
const BACKUP_TYPE_MEANINGS = {
  full: "A complete copy of the service's data.",
  incremental: 'Only what changed since the previous backup.',
} as const;
const ENDPOINT_PROTOCOL_MEANINGS = {
  https: "ClickHouse's HTTP interface, over TLS.",
  nativesecure: "ClickHouse's native TCP protocol (clickhouse-client, drivers), over TLS.",
  mysql: 'The MySQL wire protocol, for MySQL clients and tools.',
} as const;
const RELEASE_CHANNEL_MEANINGS = {
  slow: 'New ClickHouse releases later than the default channel, leaving more time to test.',
  default: 'The regular release channel.',
  fast: 'New ClickHouse releases as soon as they are available: features sooner, with a higher risk of bugs.',
} as const;

const upstreamValues = <T extends object>(meanings: T) => Object.keys(meanings) as (keyof T & string)[];

export const SERVICE_STATES = upstreamValues(SERVICE_STATE_MEANINGS);
export const SERVICE_TIERS = upstreamValues(SERVICE_TIER_MEANINGS);
export const CLOUD_PROVIDERS = upstreamValues(CLOUD_PROVIDER_MEANINGS);
export const BACKUP_STATUSES = upstreamValues(BACKUP_STATUS_MEANINGS);
export const BACKUP_TYPES = upstreamValues(BACKUP_TYPE_MEANINGS);
export const ENDPOINT_PROTOCOLS = upstreamValues(ENDPOINT_PROTOCOL_MEANINGS);
export const RELEASE_CHANNELS = upstreamValues(RELEASE_CHANNEL_MEANINGS);

export { TRANSITIONAL_SERVICE_STATES } from '../../upstream/clickhouse/types.js';

export function toEnumValue(upstream: string): string {
  return upstream.toUpperCase();
}

export function toUpstreamValue(graphql: string): string {
  // Tier names carry lower-case suffixes (e.g. `_32_16SSD`), so map back by lookup, not by case.
  const all: readonly string[] = [
    ...SERVICE_STATES, ...SERVICE_TIERS, ...CLOUD_PROVIDERS, ...BACKUP_STATUSES, ...BACKUP_TYPES, ...ENDPOINT_PROTOCOLS, ...RELEASE_CHANNELS,
  ];
  return all.find((value) => value.toUpperCase() === graphql) ?? graphql.toLowerCase();
}

function defineEnum(name: string, description: string, meanings: Readonly<Record<string, string>>) {
  const values: Record<string, { value: string; description: string }> = {};
  for (const [value, meaning] of Object.entries(meanings)) values[toEnumValue(value)] = { value: toEnumValue(value), description: meaning };
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

export const ServiceStateEnum = defineEnum('ServiceState', 'Lifecycle state of a ClickHouse Cloud service.', SERVICE_STATE_MEANINGS);
export const ServiceTierEnum = defineEnum('ServiceTier', 'Tier of a ClickHouse Cloud service.', SERVICE_TIER_MEANINGS);
export const CloudProviderEnum = defineEnum('CloudProvider', 'Cloud provider hosting a service.', CLOUD_PROVIDER_MEANINGS);
export const BackupStatusEnum = defineEnum('BackupStatus', 'Status of a backup.', BACKUP_STATUS_MEANINGS);
export const BackupTypeEnum = defineEnum('BackupType', 'Kind of backup.', BACKUP_TYPE_MEANINGS);
export const EndpointProtocolEnum = defineEnum(
  'ServiceEndpointProtocol',
  'The protocol a service endpoint speaks.',
  ENDPOINT_PROTOCOL_MEANINGS,
);
export const ReleaseChannelEnum = defineEnum(
  'ServiceReleaseChannel',
  'When a service receives new ClickHouse releases.',
  RELEASE_CHANNEL_MEANINGS,
);
