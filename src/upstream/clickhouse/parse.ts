/**
 * Defensive readers for ClickHouse Cloud payloads. The upstream is outside our control: a payload
 * that lacks what the graph needs is an UPSTREAM_ERROR, never a crash in a resolver. Older API
 * shapes are tolerated here, once, so the rest of the code sees only the newest shape.
 */
import { UpstreamProtocolError } from '../errors.js';
import type {
  BackupConfigurationDto,
  BackupDto,
  CreatedServiceDto,
  IpAccessListEntryDto,
  OrganizationDto,
  OrganizationPrivateEndpointDto,
  PrivateEndpointConfigDto,
  ServiceDto,
  ServiceEndpointDto,
} from './types.js';

type Json = Record<string, unknown>;

function fail(what: string): never {
  throw new UpstreamProtocolError('clickhouse', `an unexpected ${what}`);
}

function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(what);
  return value as Json;
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) fail(what);
  return value;
}

function requiredString(obj: Json, key: string, what: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.length === 0) fail(`${what} (missing ${key})`);
  return value;
}

function optionalString(obj: Json, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

function optionalNumber(obj: Json, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function optionalBoolean(obj: Json, key: string): boolean | undefined {
  const value = obj[key];
  if (typeof value === 'boolean') return value;
  // The seeds document isPrimary as a string; accept "true"/"false" as well.
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function nullableString(obj: Json, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' ? value : null;
}

function nullableNumber(obj: Json, key: string): number | null {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function parseOrganization(value: unknown): OrganizationDto {
  const obj = asObject(value, 'organization');
  const privateEndpoints = Array.isArray(obj.privateEndpoints)
    ? obj.privateEndpoints.map(parseOrganizationPrivateEndpoint)
    : undefined;
  return {
    id: requiredString(obj, 'id', 'organization'),
    name: optionalString(obj, 'name') ?? '',
    createdAt: optionalString(obj, 'createdAt'),
    privateEndpoints,
    enableCoreDumps: optionalBoolean(obj, 'enableCoreDumps'),
  };
}

function parseOrganizationPrivateEndpoint(value: unknown): OrganizationPrivateEndpointDto {
  const obj = asObject(value, 'private endpoint');
  return {
    id: requiredString(obj, 'id', 'private endpoint'),
    description: optionalString(obj, 'description'),
    cloudProvider: optionalString(obj, 'cloudProvider'),
    region: optionalString(obj, 'region'),
  };
}

export function parseOrganizations(value: unknown): OrganizationDto[] {
  return asArray(value, 'organization list').map(parseOrganization);
}

function parseEndpoint(value: unknown): ServiceEndpointDto {
  const obj = asObject(value, 'service endpoint');
  return {
    protocol: optionalString(obj, 'protocol') ?? 'unknown',
    host: requiredString(obj, 'host', 'service endpoint'),
    port: optionalNumber(obj, 'port') ?? 0,
    username: optionalString(obj, 'username') ?? null,
  };
}

function parseIpAccessEntry(value: unknown): IpAccessListEntryDto {
  // Very old payloads listed bare strings; newer ones are {source, description}.
  if (typeof value === 'string') return { source: value };
  const obj = asObject(value, 'IP access list entry');
  return {
    source: requiredString(obj, 'source', 'IP access list entry'),
    description: optionalString(obj, 'description'),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function parseService(value: unknown): ServiceDto {
  const obj = asObject(value, 'service');
  const region = optionalString(obj, 'region') ?? optionalString(obj, 'regionId');
  if (!region) fail('service (missing region)');
  return {
    id: requiredString(obj, 'id', 'service'),
    name: requiredString(obj, 'name', 'service'),
    provider: requiredString(obj, 'provider', 'service'),
    region,
    state: requiredString(obj, 'state', 'service'),
    tier: optionalString(obj, 'tier'),
    clickhouseVersion: optionalString(obj, 'clickhouseVersion'),
    endpoints: Array.isArray(obj.endpoints) ? obj.endpoints.map(parseEndpoint) : [],
    ipAccessList: Array.isArray(obj.ipAccessList) ? obj.ipAccessList.map(parseIpAccessEntry) : [],
    createdAt: optionalString(obj, 'createdAt'),
    minTotalMemoryGb: optionalNumber(obj, 'minTotalMemoryGb'),
    maxTotalMemoryGb: optionalNumber(obj, 'maxTotalMemoryGb'),
    minReplicaMemoryGb: optionalNumber(obj, 'minReplicaMemoryGb'),
    maxReplicaMemoryGb: optionalNumber(obj, 'maxReplicaMemoryGb'),
    numReplicas: optionalNumber(obj, 'numReplicas'),
    idleScaling: optionalBoolean(obj, 'idleScaling'),
    idleTimeoutMinutes: optionalNumber(obj, 'idleTimeoutMinutes'),
    encryptionKey: optionalString(obj, 'encryptionKey'),
    encryptionAssumedRoleIdentifier: optionalString(obj, 'encryptionAssumedRoleIdentifier'),
    iamRole: optionalString(obj, 'iamRole'),
    privateEndpointIds: stringList(obj.privateEndpointIds),
    dataWarehouseId: optionalString(obj, 'dataWarehouseId'),
    isPrimary: optionalBoolean(obj, 'isPrimary'),
    isReadonly: optionalBoolean(obj, 'isReadonly'),
    releaseChannel: optionalString(obj, 'releaseChannel'),
  };
}

export function parseServices(value: unknown): ServiceDto[] {
  return asArray(value, 'service list').map(parseService);
}

export function parseCreatedService(value: unknown): CreatedServiceDto {
  const obj = asObject(value, 'service creation result');
  return {
    service: parseService(obj.service),
    password: requiredString(obj, 'password', 'service creation result'),
  };
}

export function parseBackup(value: unknown, serviceId: string): BackupDto {
  const obj = asObject(value, 'backup');
  return {
    id: requiredString(obj, 'id', 'backup'),
    status: requiredString(obj, 'status', 'backup'),
    serviceId: optionalString(obj, 'serviceId') ?? serviceId,
    startedAt: optionalString(obj, 'startedAt'),
    finishedAt: optionalString(obj, 'finishedAt'),
    sizeInBytes: optionalNumber(obj, 'sizeInBytes'),
    durationInSeconds: optionalNumber(obj, 'durationInSeconds'),
    type: optionalString(obj, 'type'),
  };
}

/** Parses a backup list and restores the documented order (most recent first) defensively. */
export function parseBackups(value: unknown, serviceId: string): BackupDto[] {
  const backups = asArray(value, 'backup list').map((item) => parseBackup(item, serviceId));
  return backups.sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
}

export function parseBackupConfiguration(value: unknown): BackupConfigurationDto {
  const obj = asObject(value, 'backup configuration');
  return {
    backupPeriodInHours: nullableNumber(obj, 'backupPeriodInHours'),
    backupRetentionPeriodInHours: nullableNumber(obj, 'backupRetentionPeriodInHours'),
    backupStartTime: nullableString(obj, 'backupStartTime'),
  };
}

export function parsePrivateEndpointConfig(value: unknown): PrivateEndpointConfigDto {
  const obj = asObject(value, 'private endpoint configuration');
  return {
    endpointServiceId: nullableString(obj, 'endpointServiceId'),
    privateDnsHostname: nullableString(obj, 'privateDnsHostname'),
  };
}

/** `{password}` when the upstream generated one, `{}` when a hash was supplied. */
export function parsePasswordResult(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const obj = asObject(value, 'password result');
  return optionalString(obj, 'password') ?? null;
}
