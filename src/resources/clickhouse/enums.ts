/**
 * ClickHouse Cloud's closed sets of strings, as data: each is a GraphQL enum (SCREAMING_CASE
 * values, UNKNOWN for a value a newer upstream adds) with what each value means to a user. The
 * values are the seeds' and the real OpenAPI spec's; test/clickhouse-descriptions.test.ts holds
 * them against the committed extract.
 */
import type { EnumType } from '../types.js';

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


const enumOf = (name: string, description: string, meanings: Readonly<Record<string, string>>): EnumType => ({
  enum: name,
  description,
  values: Object.keys(meanings),
  meanings,
});

export const SERVICE_STATE = enumOf('ServiceState', 'Lifecycle state of a ClickHouse Cloud service.', SERVICE_STATE_MEANINGS);
export const SERVICE_TIER = enumOf('ServiceTier', 'Tier of a ClickHouse Cloud service.', SERVICE_TIER_MEANINGS);
export const CLOUD_PROVIDER = enumOf('CloudProvider', 'Cloud provider hosting a service.', CLOUD_PROVIDER_MEANINGS);
export const BACKUP_STATUS = enumOf('BackupStatus', 'Status of a backup.', BACKUP_STATUS_MEANINGS);
export const BACKUP_TYPE = enumOf('BackupType', 'Kind of backup.', BACKUP_TYPE_MEANINGS);
export const ENDPOINT_PROTOCOL = enumOf('ServiceEndpointProtocol', 'The protocol a service endpoint speaks.', ENDPOINT_PROTOCOL_MEANINGS);
export const RELEASE_CHANNEL = enumOf('ServiceReleaseChannel', 'When a service receives new ClickHouse releases.', RELEASE_CHANNEL_MEANINGS);

/** States that change on their own; the cache and the pollers watch a service in one closely. */
export const SERVICE_STATES_IN_MOTION = ['starting', 'stopping', 'terminating', 'softdeleting', 'awaking', 'provisioning'] as const;
