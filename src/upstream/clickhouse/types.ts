/**
 * ClickHouse Cloud REST DTOs (the `result` payloads of the v1 envelope), as the newest seed and the
 * real OpenAPI spec describe them. Optional fields are optional because older API versions (and
 * services of other tiers) omit them; the parsers in `parse.ts` are the only producers of these.
 */

export interface OrganizationPrivateEndpointDto {
  id: string;
  description?: string;
  cloudProvider?: string;
  region?: string;
}

export interface OrganizationDto {
  id: string;
  name: string;
  createdAt?: string;
  privateEndpoints?: OrganizationPrivateEndpointDto[];
  enableCoreDumps?: boolean;
}

export interface ServiceEndpointDto {
  protocol: string;
  host: string;
  port: number;
  username?: string | null;
}

export interface IpAccessListEntryDto {
  source: string;
  description?: string;
}

/** States that change on their own; pollers and the cache watch these closely. */
export const TRANSITIONAL_SERVICE_STATES: ReadonlySet<string> = new Set(['starting', 'stopping', 'terminating', 'softdeleting', 'awaking', 'provisioning']);

export interface ServiceDto {
  id: string;
  name: string;
  provider: string;
  /** Older API versions call this `regionId`; the parser folds it into `region`. */
  region: string;
  state: string;
  tier?: string;
  clickhouseVersion?: string;
  endpoints: ServiceEndpointDto[];
  ipAccessList: IpAccessListEntryDto[];
  createdAt?: string;
  minTotalMemoryGb?: number;
  maxTotalMemoryGb?: number;
  minReplicaMemoryGb?: number;
  maxReplicaMemoryGb?: number;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
  encryptionKey?: string;
  encryptionAssumedRoleIdentifier?: string;
  iamRole?: string;
  privateEndpointIds: string[];
  dataWarehouseId?: string;
  isPrimary?: boolean;
  isReadonly?: boolean;
  releaseChannel?: string;
}

export interface BackupDto {
  id: string;
  status: string;
  serviceId: string;
  startedAt?: string;
  finishedAt?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
  type?: string;
}

export interface BackupConfigurationDto {
  backupPeriodInHours: number | null;
  backupRetentionPeriodInHours: number | null;
  backupStartTime: string | null;
}

export interface PrivateEndpointConfigDto {
  endpointServiceId: string | null;
  privateDnsHostname: string | null;
}

export interface CreatedServiceDto {
  service: ServiceDto;
  password: string;
}

/** Request bodies (camelCase, exactly as the upstream takes them). */
export interface ServiceCreateBody {
  name: string;
  provider: string;
  region: string;
  tier?: string;
  ipAccessList?: IpAccessListEntryDto[];
  minTotalMemoryGb?: number;
  maxTotalMemoryGb?: number;
  minReplicaMemoryGb?: number;
  maxReplicaMemoryGb?: number;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
  backupId?: string;
  encryptionKey?: string;
  encryptionAssumedRoleIdentifier?: string;
  privateEndpointIds?: string[];
  privatePreviewTermsChecked?: boolean;
}

export interface ListPatch<T> {
  add?: T[];
  remove?: T[];
}

export interface ServicePatchBody {
  name?: string;
  ipAccessList?: ListPatch<IpAccessListEntryDto>;
  privateEndpointIds?: ListPatch<string>;
}

export interface ServiceScalingBody {
  minTotalMemoryGb?: number;
  maxTotalMemoryGb?: number;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
}

export interface ServiceReplicaScalingBody {
  minReplicaMemoryGb?: number;
  maxReplicaMemoryGb?: number;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
}

export interface PasswordResetBody {
  newPasswordHash?: string;
  newDoubleSha1Hash?: string;
}

/** `null` resets a field to its default upstream; an absent field is left unchanged. */
export interface BackupConfigurationBody {
  backupPeriodInHours?: number | null;
  backupRetentionPeriodInHours?: number | null;
  backupStartTime?: string | null;
}

export interface OrganizationPatchBody {
  name?: string;
  privateEndpoints?: ListPatch<OrganizationPrivateEndpointDto>;
  enableCoreDumps?: boolean;
}

export type ServiceStateCommand = 'start' | 'stop';
