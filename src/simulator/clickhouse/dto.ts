/**
 * Maps store records to the wire shapes of the OpenAPI spec (Service, Backup,
 * Organization, BackupConfiguration, PrivateEndpointConfig).
 */
import type {
  BackupConfigurationRecord,
  BackupRecord,
  OrganizationRecord,
  ServiceRecord,
} from './types.js';

const HTTPS_PORT = 8443;
const NATIVE_SECURE_PORT = 9440;
const MYSQL_PORT = 3306;

/** ISO-8601 without milliseconds, as the real API prints timestamps. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function serviceHost(service: ServiceRecord): string {
  return `${service.hostId}.${service.region}.${service.provider}.clickhouse.cloud`;
}

function endpoints(service: ServiceRecord) {
  const host = serviceHost(service);
  const list: Array<{ protocol: string; host: string; port: number; username?: string }> = [
    { protocol: 'nativesecure', host, port: NATIVE_SECURE_PORT },
    { protocol: 'https', host, port: HTTPS_PORT },
  ];
  // The MySQL interface comes with its own generated user; only production services enable it here.
  if (service.tier === 'production') {
    list.push({ protocol: 'mysql', host, port: MYSQL_PORT, username: `mysql4${service.hostId}` });
  }
  return list;
}

export function serviceDto(service: ServiceRecord, organization: OrganizationRecord) {
  return {
    id: service.id,
    name: service.name,
    provider: service.provider,
    region: service.region,
    state: service.state,
    clickhouseVersion: service.clickhouseVersion,
    endpoints: endpoints(service),
    tier: service.tier,
    minTotalMemoryGb: service.minTotalMemoryGb,
    maxTotalMemoryGb: service.maxTotalMemoryGb,
    minReplicaMemoryGb: service.minReplicaMemoryGb,
    maxReplicaMemoryGb: service.maxReplicaMemoryGb,
    numReplicas: service.numReplicas,
    // The newer spec requires the configured mode; the simulator scales vertically only (a fixed
    // replica count, memory between the replica bounds), as currentScaling below reports.
    autoscalingMode: 'vertical',
    idleScaling: service.idleScaling,
    idleTimeoutMinutes: service.idleTimeoutMinutes,
    ipAccessList: service.ipAccessList.map((entry) => ({ ...entry })),
    createdAt: isoSeconds(service.createdAt),
    ...(service.encryptionKey === undefined ? {} : { encryptionKey: service.encryptionKey }),
    ...(service.encryptionAssumedRoleIdentifier === undefined
      ? {}
      : { encryptionAssumedRoleIdentifier: service.encryptionAssumedRoleIdentifier }),
    iamRole: service.iamRole,
    privateEndpointIds: [...service.privateEndpointIds],
    // Organization endpoints in the service's region that it could still attach.
    availablePrivateEndpointIds: organization.privateEndpoints
      .filter((endpoint) => endpoint.region === service.region && !service.privateEndpointIds.includes(endpoint.id))
      .map((endpoint) => endpoint.id),
    dataWarehouseId: service.dataWarehouseId,
    isPrimary: service.isPrimary,
    isReadonly: false,
    releaseChannel: 'default',
    currentScaling: {
      effectiveAutoscalingMode: 'vertical',
      effectiveMinReplicaMemoryGb: service.minReplicaMemoryGb,
      effectiveMaxReplicaMemoryGb: service.maxReplicaMemoryGb,
      effectiveMinReplicas: service.numReplicas,
      effectiveMaxReplicas: service.numReplicas,
      effectiveIdleScaling: service.idleScaling,
      effectiveIdleTimeoutMinutes: service.idleTimeoutMinutes,
    },
  };
}

export function backupDto(backup: BackupRecord, now: number) {
  // In progress: no finishedAt, and the duration so far (the seed's stated semantics).
  const end = backup.finishedAt ?? now;
  return {
    id: backup.id,
    status: backup.status,
    serviceId: backup.serviceId,
    startedAt: isoSeconds(backup.startedAt),
    ...(backup.finishedAt === null ? {} : { finishedAt: isoSeconds(backup.finishedAt) }),
    sizeInBytes: backup.sizeInBytes,
    durationInSeconds: Math.max(0, Math.floor((end - backup.startedAt) / 1000)),
    type: backup.type,
  };
}

export function organizationDto(organization: OrganizationRecord) {
  return {
    id: organization.id,
    createdAt: isoSeconds(organization.createdAt),
    name: organization.name,
    privateEndpoints: organization.privateEndpoints.map((endpoint) => ({ ...endpoint })),
    byocConfig: [],
    enableCoreDumps: organization.enableCoreDumps,
  };
}

/** An unset start time is left out: the spec types `backupStartTime` as a plain string. */
export function backupConfigurationDto(config: BackupConfigurationRecord) {
  return {
    backupPeriodInHours: config.backupPeriodInHours,
    backupRetentionPeriodInHours: config.backupRetentionPeriodInHours,
    ...(config.backupStartTime === null ? {} : { backupStartTime: config.backupStartTime }),
  };
}

/** Provider-specific private link identifiers, shaped like the real ones. */
export function privateEndpointConfigDto(service: ServiceRecord) {
  const { hostId, region } = service;
  switch (service.provider) {
    case 'aws':
      return {
        endpointServiceId: `com.amazonaws.vpce.${region}.vpce-svc-0${hostId}`,
        privateDnsHostname: `${hostId}.${region}.vpce.aws.clickhouse.cloud`,
      };
    case 'gcp':
      return {
        endpointServiceId: `projects/clickhouse-cloud-prod/regions/${region}/serviceAttachments/production-${region}-clickhouse-cloud`,
        privateDnsHostname: `${hostId}.p.${region}.gcp.clickhouse.cloud`,
      };
    case 'azure':
      return {
        endpointServiceId: `production-${region}-0-0.${hostId}.${region}.azure.privatelinkservice`,
        privateDnsHostname: `${hostId}.privatelink.${region}.azure.clickhouse.cloud`,
      };
  }
}
