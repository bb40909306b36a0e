/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A ActivityType value of the ClickHouse Cloud API. */
export type ActivityType =
  /** Upstream value backup_delete. */
  | 'BACKUP_DELETE'
  /** Upstream value create_organization. */
  | 'CREATE_ORGANIZATION'
  /** Upstream value key_create. */
  | 'KEY_CREATE'
  /** Upstream value key_delete. */
  | 'KEY_DELETE'
  /** Upstream value marketplace_subscription. */
  | 'MARKETPLACE_SUBSCRIPTION'
  /** Upstream value migrate_marketplace_billing_details_in. */
  | 'MIGRATE_MARKETPLACE_BILLING_DETAILS_IN'
  /** Upstream value migrate_marketplace_billing_details_out. */
  | 'MIGRATE_MARKETPLACE_BILLING_DETAILS_OUT'
  /** Upstream value openapi_key_update. */
  | 'OPENAPI_KEY_UPDATE'
  /** Upstream value organization_invite_create. */
  | 'ORGANIZATION_INVITE_CREATE'
  /** Upstream value organization_invite_delete. */
  | 'ORGANIZATION_INVITE_DELETE'
  /** Upstream value organization_member_add. */
  | 'ORGANIZATION_MEMBER_ADD'
  /** Upstream value organization_member_delete. */
  | 'ORGANIZATION_MEMBER_DELETE'
  /** Upstream value organization_member_join. */
  | 'ORGANIZATION_MEMBER_JOIN'
  /** Upstream value organization_member_leave. */
  | 'ORGANIZATION_MEMBER_LEAVE'
  /** Upstream value organization_member_update_mfa_method. */
  | 'ORGANIZATION_MEMBER_UPDATE_MFA_METHOD'
  /** Upstream value organization_member_update_role. */
  | 'ORGANIZATION_MEMBER_UPDATE_ROLE'
  /** Upstream value organization_member_update_roles. */
  | 'ORGANIZATION_MEMBER_UPDATE_ROLES'
  /** Upstream value organization_saml_connection_create. */
  | 'ORGANIZATION_SAML_CONNECTION_CREATE'
  /** Upstream value organization_saml_connection_update. */
  | 'ORGANIZATION_SAML_CONNECTION_UPDATE'
  /** Upstream value organization_update_name. */
  | 'ORGANIZATION_UPDATE_NAME'
  /** Upstream value organization_update_tier. */
  | 'ORGANIZATION_UPDATE_TIER'
  /** Upstream value save_payment_method. */
  | 'SAVE_PAYMENT_METHOD'
  /** Upstream value service_awaken. */
  | 'SERVICE_AWAKEN'
  /** Upstream value service_create. */
  | 'SERVICE_CREATE'
  /** Upstream value service_delete. */
  | 'SERVICE_DELETE'
  /** Upstream value service_export_from_organization. */
  | 'SERVICE_EXPORT_FROM_ORGANIZATION'
  /** Upstream value service_idle. */
  | 'SERVICE_IDLE'
  /** Upstream value service_import_to_organization. */
  | 'SERVICE_IMPORT_TO_ORGANIZATION'
  /** Upstream value service_maintenance_end. */
  | 'SERVICE_MAINTENANCE_END'
  /** Upstream value service_maintenance_start. */
  | 'SERVICE_MAINTENANCE_START'
  /** Upstream value service_partially_running. */
  | 'SERVICE_PARTIALLY_RUNNING'
  /** Upstream value service_restore_backup. */
  | 'SERVICE_RESTORE_BACKUP'
  /** Upstream value service_running. */
  | 'SERVICE_RUNNING'
  /** Upstream value service_start. */
  | 'SERVICE_START'
  /** Upstream value service_stop. */
  | 'SERVICE_STOP'
  /** Upstream value service_update_autoscaling_idling. */
  | 'SERVICE_UPDATE_AUTOSCALING_IDLING'
  /** Upstream value service_update_autoscaling_memory. */
  | 'SERVICE_UPDATE_AUTOSCALING_MEMORY'
  /** Upstream value service_update_autoscaling_replicas. */
  | 'SERVICE_UPDATE_AUTOSCALING_REPLICAS'
  /** Upstream value service_update_backup_configuration. */
  | 'SERVICE_UPDATE_BACKUP_CONFIGURATION'
  /** Upstream value service_update_core_dump. */
  | 'SERVICE_UPDATE_CORE_DUMP'
  /** Upstream value service_update_gpt_usage_consent. */
  | 'SERVICE_UPDATE_GPT_USAGE_CONSENT'
  /** Upstream value service_update_ip_access_list. */
  | 'SERVICE_UPDATE_IP_ACCESS_LIST'
  /** Upstream value service_update_max_allowable_replicas. */
  | 'SERVICE_UPDATE_MAX_ALLOWABLE_REPLICAS'
  /** Upstream value service_update_name. */
  | 'SERVICE_UPDATE_NAME'
  /** Upstream value service_update_password. */
  | 'SERVICE_UPDATE_PASSWORD'
  /** Upstream value service_update_private_endpoints. */
  | 'SERVICE_UPDATE_PRIVATE_ENDPOINTS'
  /** Upstream value service_update_release_channel. */
  | 'SERVICE_UPDATE_RELEASE_CHANNEL'
  /** Upstream value service_update_snapshot_configuration. */
  | 'SERVICE_UPDATE_SNAPSHOT_CONFIGURATION'
  /** Upstream value transfer_service_in. */
  | 'TRANSFER_SERVICE_IN'
  /** Upstream value transfer_service_out. */
  | 'TRANSFER_SERVICE_OUT'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN'
  /** Upstream value user_login. */
  | 'USER_LOGIN'
  /** Upstream value user_login_failed. */
  | 'USER_LOGIN_FAILED'
  /** Upstream value user_logout. */
  | 'USER_LOGOUT';

/** The input of additionalDomainAction. */
export type AdditionalDomainActionInput = {
  /** One of the domain's additionalActions. At most 64 characters. */
  action: string;
  /** The Domain: its global id or its Divio id. */
  id: string | number;
  /** Parameters of the action, as an object (free-form JSON: the API documents no shape). */
  parameters?: unknown;
};

/** A ApiKeyState value of the ClickHouse Cloud API. */
export type ApiKeyState =
  /** Upstream value disabled. */
  | 'DISABLED'
  /** Upstream value enabled. */
  | 'ENABLED'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** The input of archiveApplication. */
export type ArchiveApplicationInput = {
  /** Delete right away instead of after the grace period. */
  deleteImmediately?: boolean | null | undefined;
  /** The Application: its global id or its Divio id. */
  id: string | number;
  /** The application's exact name, to confirm. */
  verifyName: string;
};

/** How a completed backup ended: every service instance copied, none, or only some. */
export type BackupOutcome =
  /** No service instance was copied; its service instance backups say why. */
  | 'FAILURE'
  /** Some service instances were copied, others not; their service instance backups say which and why. */
  | 'PARTIAL'
  /** Every service instance was copied. */
  | 'SUCCESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Status of a backup. */
export type BackupStatus =
  /** Finished; the backup can be restored into a new service (createService with backupId). */
  | 'DONE'
  /** Failed; the backup cannot be restored. */
  | 'ERROR'
  /** Still being taken; durationInSeconds counts from its start until now. */
  | 'IN_PROGRESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Why the work was started: by a person (MANUAL) or to pull a copy to a local machine (PULL). */
export type BackupTrigger =
  /** Started on request by a person or a script. */
  | 'MANUAL'
  /** Started to pull a copy to a local machine (e.g. by the Divio CLI). */
  | 'PULL'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Kind of backup. */
export type BackupType =
  /** A complete copy of the service's data. */
  | 'FULL'
  /** Only what changed since the previous backup. */
  | 'INCREMENTAL'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** How a deployment gets its image: build if there are new commits (AUTO), reuse the latest (ADOPT), or always build (FORCE). */
export type BuildMode =
  /** Use the latest container image. */
  | 'ADOPT'
  /** Build a new container image if there are new commits, otherwise reuse the latest one. */
  | 'AUTO'
  /** Build a new container image. */
  | 'FORCE';

/** A ClickPipeState value of the ClickHouse Cloud API. */
export type ClickPipeState =
  /** Upstream value Completed. */
  | 'COMPLETED'
  /** Upstream value Degraded. */
  | 'DEGRADED'
  /** Upstream value Failed. */
  | 'FAILED'
  /** Upstream value InternalError. */
  | 'INTERNALERROR'
  /** Upstream value Modifying. */
  | 'MODIFYING'
  /** Upstream value Paused. */
  | 'PAUSED'
  /** Upstream value Pausing. */
  | 'PAUSING'
  /** Upstream value Provisioning. */
  | 'PROVISIONING'
  /** Upstream value Resync. */
  | 'RESYNC'
  /** Upstream value Running. */
  | 'RUNNING'
  /** Upstream value Setup. */
  | 'SETUP'
  /** Upstream value Snapshot. */
  | 'SNAPSHOT'
  /** Upstream value Stopped. */
  | 'STOPPED'
  /** Upstream value Stopping. */
  | 'STOPPING'
  /** Upstream value Unknown. */
  | 'UNKNOWN';

/** Cloud provider hosting a service. */
export type CloudProvider =
  /** Amazon Web Services. */
  | 'AWS'
  /** Microsoft Azure. */
  | 'AZURE'
  /** Google Cloud Platform. */
  | 'GCP'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** The input of copyEnvironment. */
export type CopyEnvironmentInput = {
  /** The Environment: its global id or its Divio id. */
  id: string | number;
  /** Slug of the copy. At most 255 characters. Matches [0-9a-z](-*[0-9a-z])*. */
  newSlug: string;
};

/** The input of createApplication. */
export type CreateApplicationInput = {
  /** URL of an app template to start from. */
  appTemplate?: string | null | undefined;
  /** Service subscriptions to add, as the API takes them (free-form JSON: the API documents no shape). */
  billableServiceSubscriptions?: unknown;
  /** The branch to deploy; default main. At most 255 characters. */
  branch?: string | null | undefined;
  /** Containers to run, as the API takes them (free-form JSON: the API documents no shape). */
  containerStructure?: unknown;
  /** Disk to reserve. From 0 to 2147483647. */
  disk?: number | null | undefined;
  /** Display name. At most 255 characters. */
  name: string;
  /** The Divio organization to create it in. */
  organizationId: string | number;
  /** The plan group to bill it under. */
  planGroup: string | number;
  /** The region to host it in (a Region id). */
  region: string | number;
  /** Commands run before each release (free-form JSON: the API documents no shape). */
  releaseCommands?: Array<unknown> | null | undefined;
  /** A repository to deploy from; default: a new Divio-hosted one. */
  repository?: string | number | null | undefined;
  /** The repository already holds the application code. */
  repositoryPrepopulated?: boolean | null | undefined;
  /** Short name used in URLs and domains. At most 255 characters. Matches [-a-zA-Z0-9_]+. */
  slug: string;
  /** Labels of the application (free-form JSON: the API documents no shape). At most 50 items. */
  tags?: Array<unknown> | null | undefined;
  /** Transfer to reserve. From 0 to 2147483647. */
  transfer?: number | null | undefined;
};

/** The input of createBackupDownload. */
export type CreateBackupDownloadInput = {
  /** The backup to download from. Global ids or Divio ids. */
  backupId: string | number;
  /** The service instance backups of that backup to prepare for download. Global ids or Divio ids. */
  serviceInstanceBackupIds: Array<string | number>;
  /** Why: PULL to copy it to a local machine, MANUAL otherwise. */
  trigger: BackupTrigger;
};

/** The input of createBackup. */
export type CreateBackupInput = {
  /** The environment to back up. Global ids or Divio ids. */
  environmentId: string | number;
  /** Free text to keep with the backup. At most 255 characters. */
  notes?: string | null | undefined;
  /** When to delete the backup; default: the retention policy decides. */
  scheduledForDeletionAt?: string | null | undefined;
  /** The service instances of the environment to include. Global ids or Divio ids. */
  serviceInstanceIds: Array<string | number>;
};

/** The input of createBackupRestore. */
export type CreateBackupRestoreInput = {
  /** The backup to restore. Global ids or Divio ids. */
  backupId: string | number;
  /** Free text to keep with the restore. At most 255 characters. */
  notes?: string | null | undefined;
  /** Which service instance backups to restore; default: all of the backup. */
  serviceInstanceRestores?: Array<ServiceInstanceRestoreInput> | null | undefined;
};

/** The input of createDomain. */
export type CreateDomainInput = {
  /** The environment it should point at. Global ids or Divio ids. */
  environmentId: string | number;
  /** The domain name to add. At most 255 characters. */
  name: string;
};

/** The input of createEnvironment. */
export type CreateEnvironmentInput = {
  /** Path of a Dockerfile to build instead of the default. At most 255 characters. */
  alternativeDockerfile?: string | null | undefined;
  /** The application to add it to. Global ids or Divio ids. */
  applicationId: string | number;
  /** The Git branch to deploy. At most 255 characters. */
  branch: string;
  /** Short name, e.g. stage. At most 255 characters. Matches [-a-zA-Z0-9_]+. */
  slug: string;
};

/** What createService takes: the organization and the settings. */
export type CreateServiceInput = {
  /** The backup to restore into the new service. A global id or a UUID. */
  backupId?: string | number | null | undefined;
  /** The role ClickHouse Cloud assumes to use that encryption key. */
  encryptionAssumedRoleIdentifier?: string | null | undefined;
  /** A customer-provided key to encrypt its disks with. */
  encryptionKey?: string | null | undefined;
  /** Let the service scale down to zero (IDLE) when unused; upstream default true. */
  idleScaling?: boolean | null | undefined;
  /** Minutes without work before it goes IDLE. At least 5. */
  idleTimeoutMinutes?: number | null | undefined;
  /** IP addresses and CIDR ranges allowed to connect. */
  ipAccessList?: Array<IpAccessListEntryInput> | null | undefined;
  /** Most memory of each replica while autoscaling, in GB: a multiple of 4, at most 120 for an unpaid organization (PRODUCTION only). At most 356. */
  maxReplicaMemoryGb?: number | null | undefined;
  /** Most memory of all replicas together while autoscaling, in GB: a multiple of 12, at most 360 for an unpaid organization (PRODUCTION only). At most 1068. */
  maxTotalMemoryGb?: number | null | undefined;
  /** Least memory of each replica while autoscaling, in GB: a multiple of 4 (PRODUCTION only). At least 8. */
  minReplicaMemoryGb?: number | null | undefined;
  /** Least memory of all replicas together while autoscaling, in GB: a multiple of 12 (PRODUCTION only). At least 24. */
  minTotalMemoryGb?: number | null | undefined;
  /** The display name: letters, digits and spaces. At most 50 characters. Matches ^[A-Za-z0-9 ]+$. */
  name: string;
  /** How many replicas to run. From 1 to 20. */
  numReplicas?: number | null | undefined;
  /** Global id (or UUID) of the owning organization. */
  organizationId: string | number;
  /** Private endpoints to attach (deprecated upstream: prefer updateService after creation). */
  privateEndpointIds?: Array<string> | null | undefined;
  /** Accepts the private preview terms, needed only for an organization's first service during a private preview. */
  privatePreviewTermsChecked?: boolean | null | undefined;
  /** The cloud provider to run it on. */
  provider: CloudProvider;
  /** The provider's region id, e.g. us-east-1 or europe-west4. */
  region: string;
  /** Size class (DEVELOPMENT is not available on Azure); deprecated upstream for BASIC, SCALE and ENTERPRISE organizations. */
  tier?: ServiceTier | null | undefined;
};

/** The input of createServiceInstance. */
export type CreateServiceInstanceInput = {
  /** The environment to add the service to. Global ids or Divio ids. */
  environmentId: string | number;
  /** Prefix of its environment variables, e.g. DEFAULT. At most 32 characters. */
  prefix: string;
  /** The kind of service to add. Global ids or Divio ids. */
  serviceId: string | number;
};

/** The input of deployEnvironment. */
export type DeployEnvironmentInput = {
  /** Deployment whose image to adopt. Global ids or Divio ids. */
  adoptDeployment?: string | number | null | undefined;
  /** How to get the image; default AUTO. */
  buildMode?: BuildMode | null | undefined;
  /** Environment to copy content (database, media) from. Global ids or Divio ids. */
  copyFrom?: string | number | null | undefined;
  /** The environment to deploy. Global ids or Divio ids. */
  environmentId: string | number;
  /** Provision missing services first; default true. */
  provisionServices?: boolean | null | undefined;
};

/** Where a deployment stands, in the upstream's words (waiting, running, done). Not the verdict and not the end: read endedAt and success for those. */
export type DeploymentStatus =
  /** What the API says of an ended deployment, successful or not: success tells the verdict. */
  | 'DONE'
  /** Ended without releasing (an older word; the API now says done). */
  | 'FAILURE'
  /** Waiting to start. */
  | 'QUEUED'
  /** Building or releasing now. */
  | 'RUNNING'
  /** Ended, and the new version is released (an older word; the API now says done). */
  | 'SUCCESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** What kind of backing service: a message queue, a database, a search index or object storage. */
export type DivioServiceType =
  /** A message queue spoken to over AMQP (e.g. RabbitMQ). */
  | 'AMQP'
  /** A database (e.g. PostgreSQL, MySQL). */
  | 'DATABASE'
  /** A search index (e.g. Elasticsearch). */
  | 'SEARCH'
  /** Object storage for media and other files. */
  | 'STORAGE'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** An IP address or CIDR range allowed to reach a service, to add or to remove. */
export type IpAccessListEntryInput = {
  /** What the entry is for. At most 255 characters. */
  description?: string | null | undefined;
  /** IP address or CIDR range. */
  source: string;
};

/** Entries to remove, then entries to add. */
export type IpAccessListPatch = {
  /** Items to add, after the removals. */
  add?: Array<IpAccessListEntryInput> | null | undefined;
  /** Items to remove, done before the additions. */
  remove?: Array<IpAccessListEntryInput> | null | undefined;
};

/** A MemberRole value of the ClickHouse Cloud API. */
export type MemberRole =
  /** Upstream value admin. */
  | 'ADMIN'
  /** Upstream value developer. */
  | 'DEVELOPER'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** A metrics window that ends now. */
export type MetricsTimeWindow =
  /** The last six hours. */
  | 'LAST_6_HOURS'
  /** The last seven days. */
  | 'LAST_7_DAYS'
  /** The last twelve hours. */
  | 'LAST_12_HOURS'
  /** The last day. */
  | 'LAST_24_HOURS'
  /** The last hour. */
  | 'LAST_HOUR';

/** A private endpoint of the organization, to register or to remove. */
export type OrganizationPrivateEndpointInput = {
  /** The cloud provider the endpoint is in (needed to add one). */
  cloudProvider?: CloudProvider | null | undefined;
  /** What the endpoint is for, free text. */
  description?: string | null | undefined;
  /** The endpoint's id at the cloud provider (e.g. an AWS VPC endpoint id). */
  id: string;
  /** The provider's region the endpoint is in, e.g. us-east-1 (needed to add one). */
  region?: string | null | undefined;
};

/** Private endpoints to remove, then to add. */
export type OrganizationPrivateEndpointsPatch = {
  /** Items to add, after the removals. */
  add?: Array<OrganizationPrivateEndpointInput> | null | undefined;
  /** Items to remove, done before the additions. */
  remove?: Array<OrganizationPrivateEndpointInput> | null | undefined;
};

/** Private endpoint ids to remove, then ids to add. */
export type PrivateEndpointIdsPatch = {
  /** Items to add, after the removals. */
  add?: Array<string> | null | undefined;
  /** Items to remove, done before the additions. */
  remove?: Array<string> | null | undefined;
};

/** What resetServicePassword takes: the service and the settings. */
export type ResetServicePasswordInput = {
  /** Global id (or UUID) of the service. */
  id: string | number;
  /** hex(SHA-1(SHA-1(password))), for the MySQL protocol. */
  newDoubleSha1Hash?: string | null | undefined;
  /** base64(SHA-256(password)). */
  newPasswordHash?: string | null | undefined;
};

/** The protocol a service endpoint speaks. */
export type ServiceEndpointProtocol =
  /** ClickHouse's HTTP interface, over TLS. */
  | 'HTTPS'
  /** The MySQL wire protocol, for MySQL clients and tools. */
  | 'MYSQL'
  /** ClickHouse's native TCP protocol (clickhouse-client, drivers), over TLS. */
  | 'NATIVESECURE'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** One service instance backup to restore. */
export type ServiceInstanceRestoreInput = {
  /** The service instance backup to write back. Global ids or Divio ids. */
  serviceInstanceBackupId: string | number;
};

/** Lifecycle state of a ClickHouse Cloud service. */
export type ServiceState =
  /** Waking from IDLE because work arrived; RUNNING next. */
  | 'AWAKING'
  /** Running with a problem that reduces what it can serve. */
  | 'DEGRADED'
  /** Failed; it does not serve queries. */
  | 'FAILED'
  /** Scaled down to zero after idleTimeoutMinutes without work (idleScaling); wakes on demand. */
  | 'IDLE'
  /** Some of its replicas run, others do not. */
  | 'PARTIALLY_RUNNING'
  /** Being created: its infrastructure is set up before it first runs. */
  | 'PROVISIONING'
  /** Running and serving queries. */
  | 'RUNNING'
  /** Deleted, but not yet purged by ClickHouse Cloud. */
  | 'SOFTDELETED'
  /** Being soft-deleted; SOFTDELETED next. */
  | 'SOFTDELETING'
  /** Starting after startService; RUNNING next. */
  | 'STARTING'
  /** Stopped: serves no queries until started again; the only state deleteService accepts. */
  | 'STOPPED'
  /** Stopping after stopService; STOPPED next. */
  | 'STOPPING'
  /** Deleted. */
  | 'TERMINATED'
  /** Being deleted; TERMINATED next. */
  | 'TERMINATING'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Tier of a ClickHouse Cloud service. */
export type ServiceTier =
  /** Dedicated hardware with a high CPU-to-memory ratio. */
  | 'DEDICATED_HIGH_CPU'
  /** Dedicated hardware with a high memory-to-CPU ratio. */
  | 'DEDICATED_HIGH_MEM'
  /** Dedicated hardware with a balanced CPU-to-memory ratio. */
  | 'DEDICATED_STANDARD'
  /** Dedicated, on n2d-standard-4 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_4'
  /** Dedicated, on n2d-standard-8 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_8'
  /** Dedicated, on n2d-standard-32 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_32'
  /** Dedicated, on n2d-standard-32 machines with the 16SSD local storage option. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_32_16SSD'
  /** Dedicated, on n2d-standard-64 machines with the 24SSD local storage option. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_64_24SSD'
  /** Dedicated, on n2d-standard-128 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_128'
  /** Fixed size, for development; not available on Azure. */
  | 'DEVELOPMENT'
  /** Autoscaling, for production workloads; the only tier that takes memory settings. */
  | 'PRODUCTION'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** The input of updateApplication. */
export type UpdateApplicationInput = {
  /** The Application: its global id or its Divio id. */
  id: string | number;
  /** Length of the maintenance window, in seconds. From 0 to 2147483647. */
  maintenanceWindowDuration?: number | null | undefined;
  /** Start of the weekly maintenance window, in seconds from Monday 00:00 UTC. From 0 to 2147483647. */
  maintenanceWindowStart?: number | null | undefined;
  /** Display name. At most 255 characters. */
  name?: string | null | undefined;
  /** Port the application listens on; null for the default. From 0 to 2147483647. */
  port?: number | null | undefined;
  /** Commands run before each release, as the API takes them (free-form JSON: the API documents no shape). */
  releaseCommands?: Array<unknown> | null | undefined;
  /** Start-up probes tried before the container counts as failed. From 1 to 1000. */
  startupProbeMaxRetries?: number | null | undefined;
  /** Seconds one start-up probe may take. From 1 to 60. */
  startupProbeRequestTimeout?: number | null | undefined;
  /** Seconds between start-up probes. From 1 to 600. */
  startupProbeRetryTimeout?: number | null | undefined;
  /** Labels of the application, as the API takes them (free-form JSON: the API documents no shape). At most 50 items. */
  tags?: Array<unknown> | null | undefined;
};

/** What updateBackupConfiguration takes: the service and the settings. */
export type UpdateBackupConfigurationInput = {
  /** Hours between two backups; null resets it. At least 1. */
  backupPeriodInHours?: number | null | undefined;
  /** Least time each backup is kept, in hours: whole days (a multiple of 24), 45 days at most; null resets it. From 24 to 1080. */
  backupRetentionPeriodInHours?: number | null | undefined;
  /** HH:MM (UTC), when backups start; null resets it. Matches ^([01]\d|2[0-3]):[0-5]\d$. */
  backupStartTime?: string | null | undefined;
  /** Global id (or UUID) of the service. */
  id: string | number;
};

/** The input of updateEnvironment. */
export type UpdateEnvironmentInput = {
  /** Path of a Dockerfile to build instead of the default; null for the default. At most 255 characters. */
  alternativeDockerfile?: string | null | undefined;
  /** The Git branch to deploy. At most 255 characters. */
  branch?: string | null | undefined;
  /** The Environment: its global id or its Divio id. */
  id: string | number;
};

/** What updateOrganization takes: the organization and the settings. */
export type UpdateOrganizationInput = {
  /** Turn collecting crash reports (core dumps) of the organization's services on or off. */
  enableCoreDumps?: boolean | null | undefined;
  /** Global id (or UUID) of the organization. */
  id: string | number;
  /** New display name (surrounding spaces are trimmed). At most 255 characters. At least 1 characters. */
  name?: string | null | undefined;
  /** Private endpoints to unregister and register. */
  privateEndpoints?: OrganizationPrivateEndpointsPatch | null | undefined;
};

/** What updateService takes: the service and the settings. */
export type UpdateServiceInput = {
  /** Global id (or UUID) of the service. */
  id: string | number;
  /** IP access list entries to remove and to add. */
  ipAccessList?: IpAccessListPatch | null | undefined;
  /** New display name: letters, digits and spaces. At most 50 characters. Matches ^[A-Za-z0-9 ]+$. */
  name?: string | null | undefined;
  /** Private endpoints to detach and to attach. */
  privateEndpointIds?: PrivateEndpointIdsPatch | null | undefined;
};

/** What updateServiceReplicaScaling takes: the service and the settings. */
export type UpdateServiceReplicaScalingInput = {
  /** Global id (or UUID) of the service. */
  id: string | number;
  /** Let the service scale down to zero (IDLE) when unused; upstream default true. */
  idleScaling?: boolean | null | undefined;
  /** Minutes without work before it goes IDLE. At least 5. */
  idleTimeoutMinutes?: number | null | undefined;
  /** Most memory of each replica while autoscaling, in GB: a multiple of 4, at most 120 for an unpaid organization (PRODUCTION only). At most 356. */
  maxReplicaMemoryGb?: number | null | undefined;
  /** Least memory of each replica while autoscaling, in GB: a multiple of 4 (PRODUCTION only). At least 8. */
  minReplicaMemoryGb?: number | null | undefined;
  /** How many replicas to run. From 1 to 20. */
  numReplicas?: number | null | undefined;
};

/** What updateServiceScaling takes: the service and the settings. */
export type UpdateServiceScalingInput = {
  /** Global id (or UUID) of the service. */
  id: string | number;
  /** Let the service scale down to zero (IDLE) when unused; upstream default true. */
  idleScaling?: boolean | null | undefined;
  /** Minutes without work before it goes IDLE. At least 5. */
  idleTimeoutMinutes?: number | null | undefined;
  /** Most memory of all replicas together while autoscaling, in GB: a multiple of 12, at most 360 for an unpaid organization (PRODUCTION only). At most 1068. */
  maxTotalMemoryGb?: number | null | undefined;
  /** Least memory of all replicas together while autoscaling, in GB: a multiple of 12 (PRODUCTION only). At least 24. */
  minTotalMemoryGb?: number | null | undefined;
  /** How many replicas to run. From 1 to 20. */
  numReplicas?: number | null | undefined;
};

/** The input of uploadApplicationAvatar. */
export type UploadApplicationAvatarInput = {
  /** The image. One of image/png, image/jpeg, image/gif, image/webp, at most MAX_UPLOAD_BYTES. */
  file: unknown;
  /** The Application: its global id or its Divio id. */
  id: string | number;
};

/** The input of uploadApplicationScreenshot. */
export type UploadApplicationScreenshotInput = {
  /** The image. One of image/png, image/jpeg, image/gif, image/webp, at most MAX_UPLOAD_BYTES. */
  file: unknown;
  /** The Application: its global id or its Divio id. */
  id: string | number;
};

/** The input of uploadBackups. */
export type UploadBackupsInput = {
  /** The environment the backups belong to. Global ids or Divio ids. */
  environmentId: string | number;
  /** Free text to keep with the backup. At most 255 characters. */
  notes?: string | null | undefined;
  /** When to delete the uploaded backup. */
  scheduledForDeletionAt?: string | null | undefined;
  /** The service instances to upload backups for. Global ids or Divio ids. */
  serviceInstanceIds: Array<string | number>;
};

export type TestFreshServiceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type TestFreshServiceStateQuery = { node:
    | { state: ServiceState }
    | Record<PropertyKey, never>
   | null };

export type TestFreshServiceListQueryVariables = Exact<{ [key: string]: never; }>;


export type TestFreshServiceListQuery = { organizations: Array<{ services: { edges: Array<{ node: { uuid: string, state: ServiceState } }> } | null }> | null };

export type TestFreshStopMutationVariables = Exact<{
  id: string | number;
}>;


export type TestFreshStopMutation = { stopService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError' }
   };

export type TestDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type TestDashboardQuery = { organizations: Array<{ id: string, uuid: string, name: string, services: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, name: string, state: ServiceState, tier: ServiceTier | null, provider: CloudProvider, region: string, latestBackup: { uuid: string, status: BackupStatus } | null, backups: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, status: BackupStatus, type: BackupType | null, startedAt: string | null, finishedAt: string | null, sizeInBytes: number | null, durationInSeconds: number | null } }> } | null } }> } | null }> | null };

export type TestDashboardAliasesQueryVariables = Exact<{
  org: string;
}>;


export type TestDashboardAliasesQuery = { first: Array<{ name: string, services: { totalCount: number, edges: Array<{ node: { name: string, backups: { totalCount: number } | null } }> } | null }> | null, second: Array<{ id: string, services: { edges: Array<{ node: { state: ServiceState, tier: ServiceTier | null, latestBackup: { status: BackupStatus } | null } }> } | null }> | null, one: { name: string, services: { edges: Array<{ node: { uuid: string } }> } | null } | null };

export type TestDashboardPlusQueryVariables = Exact<{ [key: string]: never; }>;


export type TestDashboardPlusQuery = { organizations: Array<{ services: { edges: Array<{ node: { uuid: string, backups: { totalCount: number } | null, backupConfiguration: { backupPeriodInHours: number | null } | null, privateEndpointConfig: { privateDnsHostname: string | null } | null } }> } | null }> | null };

export type TestFilteredQueryVariables = Exact<{
  org: string;
}>;


export type TestFilteredQuery = { organization: { running: { totalCount: number, edges: Array<{ node: { state: ServiceState } }> } | null, aws: { edges: Array<{ node: { provider: CloudProvider, tier: ServiceTier | null } }> } | null, page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { uuid: string } }> } | null } | null };

export type TestNextPageQueryVariables = Exact<{
  org: string;
  after: string;
}>;


export type TestNextPageQuery = { organization: { services: { edges: Array<{ node: { uuid: string } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type TestServiceDetailsQueryVariables = Exact<{
  org: string;
  service: string;
  backup: string;
}>;


export type TestServiceDetailsQuery = { organization: { service: { privateEndpointIds: Array<string>, createdAt: string | null, prometheusMetrics: string | null, endpoints: Array<{ protocol: ServiceEndpointProtocol, host: string, port: number }>, ipAccessList: Array<{ source: string }>, organization: { name: string }, privateEndpointConfig: { endpointServiceId: string | null, privateDnsHostname: string | null } | null, backupConfiguration: { backupPeriodInHours: number | null, backupRetentionPeriodInHours: number | null, backupStartTime: string | null } | null, backup: { uuid: string, status: BackupStatus, service: { uuid: string } } | null, failed: { totalCount: number } | null, inProgress: { totalCount: number } | null } | null } | null };

export type TestManyNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestManyNodesQuery = { nodes: Array<
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AppTemplate', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationActivity', id: string }
    | { __typename: 'Backup', status: BackupStatus, id: string }
    | { __typename: 'BackupDownload', id: string }
    | { __typename: 'BackupDownloadServiceInstance', id: string }
    | { __typename: 'BackupRestore', id: string }
    | { __typename: 'BackupRetentionConfiguration', id: string }
    | { __typename: 'Build', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ClickPipe', id: string }
    | { __typename: 'ClickStackAlert', id: string }
    | { __typename: 'ClickStackDashboard', id: string }
    | { __typename: 'ClickStackRole', id: string }
    | { __typename: 'ClickStackSavedSearch', id: string }
    | { __typename: 'ClickStackSource', id: string }
    | { __typename: 'ClickStackWebhook', id: string }
    | { __typename: 'ContainerRegistry', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Cronjob', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'DivioBackup', id: string }
    | { __typename: 'DivioService', id: string }
    | { __typename: 'Domain', id: string }
    | { __typename: 'Environment', id: string }
    | { __typename: 'EnvironmentMetricMetadata', id: string }
    | { __typename: 'EnvironmentVariable', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'InvoiceItem', id: string }
    | { __typename: 'License', id: string }
    | { __typename: 'MaintenanceRun', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PostgresService', id: string }
    | { __typename: 'Quota', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Repository', id: string }
    | { __typename: 'ReversePrivateEndpoint', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'ScheduledBackupConfiguration', id: string }
    | { __typename: 'Service', name: string, id: string }
    | { __typename: 'ServiceInstance', id: string }
    | { __typename: 'ServiceInstanceBackup', id: string }
    | { __typename: 'ServiceInstanceBackupRestore', id: string }
    | { __typename: 'Udf', id: string }
    | { __typename: 'UdfAttachment', id: string }
    | { __typename: 'UdfVersion', id: string }
    | { __typename: 'Webhook', id: string }
   | null> };

export type TestEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type TestEverythingQuery = { organizations: Array<{ uuid: string, name: string, services: { edges: Array<{ node: { uuid: string, name: string, backups: { edges: Array<{ node: { uuid: string } }> } | null } }> } | null }> | null };

export type TestByIdsQueryVariables = Exact<{
  org: string;
  service: string;
  orgId: string | number;
  serviceId: string | number;
  backupId: string | number;
}>;


export type TestByIdsQuery = { organization: { name: string, service: { name: string } | null } | null, orgNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, serviceNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, backupNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, many: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type TestNodeOnlyQueryVariables = Exact<{
  id: string | number;
}>;


export type TestNodeOnlyQuery = { node:
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AppTemplate', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationActivity', id: string }
    | { __typename: 'Backup', id: string }
    | { __typename: 'BackupDownload', id: string }
    | { __typename: 'BackupDownloadServiceInstance', id: string }
    | { __typename: 'BackupRestore', id: string }
    | { __typename: 'BackupRetentionConfiguration', id: string }
    | { __typename: 'Build', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ClickPipe', id: string }
    | { __typename: 'ClickStackAlert', id: string }
    | { __typename: 'ClickStackDashboard', id: string }
    | { __typename: 'ClickStackRole', id: string }
    | { __typename: 'ClickStackSavedSearch', id: string }
    | { __typename: 'ClickStackSource', id: string }
    | { __typename: 'ClickStackWebhook', id: string }
    | { __typename: 'ContainerRegistry', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Cronjob', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'DivioBackup', id: string }
    | { __typename: 'DivioService', id: string }
    | { __typename: 'Domain', id: string }
    | { __typename: 'Environment', id: string }
    | { __typename: 'EnvironmentMetricMetadata', id: string }
    | { __typename: 'EnvironmentVariable', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'InvoiceItem', id: string }
    | { __typename: 'License', id: string }
    | { __typename: 'MaintenanceRun', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PostgresService', id: string }
    | { __typename: 'Quota', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Repository', id: string }
    | { __typename: 'ReversePrivateEndpoint', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'ScheduledBackupConfiguration', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'ServiceInstance', id: string }
    | { __typename: 'ServiceInstanceBackup', id: string }
    | { __typename: 'ServiceInstanceBackupRestore', id: string }
    | { __typename: 'Udf', id: string }
    | { __typename: 'UdfAttachment', id: string }
    | { __typename: 'UdfVersion', id: string }
    | { __typename: 'Webhook', id: string }
   | null };

export type TestServiceUnderOrgQueryVariables = Exact<{
  org: string;
  service: string;
}>;


export type TestServiceUnderOrgQuery = { organization: { name: string, service: { name: string } | null } | null };

export type TestForeignRenameMutationVariables = Exact<{
  id: string | number;
}>;


export type TestForeignRenameMutation = { updateService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError' }
   };

export type TestServiceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type TestServiceStateQuery = { node:
    | { id: string, name: string, state: ServiceState, minTotalMemoryGb: number | null, maxTotalMemoryGb: number | null, minReplicaMemoryGb: number | null, maxReplicaMemoryGb: number | null, numReplicas: number | null, idleTimeoutMinutes: number | null, ipAccessList: Array<{ source: string, description: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type TestCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type TestCreateServiceMutation = { createService:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateServicePayload', password: string, service: { id: string, uuid: string, name: string, state: ServiceState, tier: ServiceTier | null, provider: CloudProvider, region: string, organization: { name: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestUpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type TestUpdateServiceMutation = { updateService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload', service: { name: string, privateEndpointIds: Array<string>, ipAccessList: Array<{ source: string, description: string | null }> } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestStartServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type TestStartServiceMutation = { startService:
    | { __typename: 'ConflictError', message: string, currentState: string | null }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServicePayload', service: { state: ServiceState } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestStopServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type TestStopServiceMutation = { stopService:
    | { __typename: 'ConflictError', currentState: string | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload', service: { state: ServiceState } }
    | { __typename: 'ValidationError' }
   };

export type TestAwakeServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type TestAwakeServiceMutation = { awakeService:
    | { __typename: 'ConflictError', message: string, currentState: string | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload', service: { state: ServiceState } }
    | { __typename: 'ValidationError' }
   };

export type TestDeleteServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type TestDeleteServiceMutation = { deleteService:
    | { __typename: 'ConflictError', message: string, currentState: string | null }
    | { __typename: 'DeleteServicePayload', deletedServiceId: string, deletedServiceUuid: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestScalingMutationVariables = Exact<{
  input: UpdateServiceScalingInput;
}>;


export type TestScalingMutation = { updateServiceScaling:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload', service: { minTotalMemoryGb: number | null, maxTotalMemoryGb: number | null, idleTimeoutMinutes: number | null } }
    | { __typename: 'ValidationError', message: string, source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestReplicaScalingMutationVariables = Exact<{
  input: UpdateServiceReplicaScalingInput;
}>;


export type TestReplicaScalingMutation = { updateServiceReplicaScaling:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload', service: { minReplicaMemoryGb: number | null, maxReplicaMemoryGb: number | null, numReplicas: number | null } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestResetPasswordMutationVariables = Exact<{
  input: ResetServicePasswordInput;
}>;


export type TestResetPasswordMutation = { resetServicePassword:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ResetServicePasswordPayload', password: string | null, service: { uuid: string } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestBackupConfigurationMutationVariables = Exact<{
  input: UpdateBackupConfigurationInput;
}>;


export type TestBackupConfigurationMutation = { updateBackupConfiguration:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateBackupConfigurationPayload', backupConfiguration: { backupPeriodInHours: number | null, backupRetentionPeriodInHours: number | null, backupStartTime: string | null } | null, service: { uuid: string, backupConfiguration: { backupRetentionPeriodInHours: number | null } | null } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type TestUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateOrganizationPayload', organization: { name: string } }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestOrganizationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestOrganizationNamesQuery = { organizations: Array<{ name: string }> | null };

export type TestTeamAndBillQueryVariables = Exact<{
  weekAgo: string;
  from: unknown;
  to: unknown;
}>;


export type TestTeamAndBillQuery = { organizations: Array<{ name: string, members: { totalCount: number, edges: Array<{ node: { email: string | null, role: MemberRole | null } }> } | null, apiKeys: { totalCount: number, edges: Array<{ node: { name: string | null, state: ApiKeyState | null } }> } | null, activities: { totalCount: number, edges: Array<{ node: { type: ActivityType | null, createdAt: string | null } }> } | null, usageCost: { grandTotalCHC: number | null, costs: Array<{ date: unknown, totalCHC: number | null }> | null } | null, again: { totalCount: number } | null, services: { totalCount: number, edges: Array<{ node: { name: string, clickPipes: { totalCount: number, edges: Array<{ node: { name: string | null, state: ClickPipeState | null } }> } | null } }> } | null }> | null };

export type TestLastBackupQueryVariables = Exact<{
  slug: string;
}>;


export type TestLastBackupQuery = { applications: { edges: Array<{ node: { name: string, environment: { uuid: string, backups: { edges: Array<{ node: { uuid: string, state: string | null, serviceInstanceBackups: { totalCount: number, edges: Array<{ node: { uuid: string, takenAt: string | null, size: number | null, serviceType: DivioServiceType | null, serviceInstance: { uuid: string, prefix: string | null, service: { name: string | null, type: DivioServiceType | null } | null } | null } }> } | null } }> } | null } | null } }> } | null };

export type TestCreateBackupMutationVariables = Exact<{
  input: CreateBackupInput;
}>;


export type TestCreateBackupMutation = { createBackup:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateBackupPayload', divioBackup: { id: string, uuid: string, state: string | null, environment: { uuid: string } | null } | null }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestDivioBackupUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestDivioBackupUpdatedSubscription = { divioBackupUpdated: { uuid: string, state: string | null, success: string | null, outcome: BackupOutcome | null, size: number | null, serviceInstanceBackupIds: Array<string> } };

export type TestCreateBackupDownloadMutationVariables = Exact<{
  input: CreateBackupDownloadInput;
}>;


export type TestCreateBackupDownloadMutation = { createBackupDownload:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateBackupDownloadPayload', backupDownload: { id: string, uuid: string, trigger: BackupTrigger | null, backup: { uuid: string } | null } | null }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestBackupDownloadUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestBackupDownloadUpdatedSubscription = { backupDownloadUpdated: { uuid: string, backupDownloadServiceInstances: { edges: Array<{ node: { downloadUrl: string | null, endedAt: string | null, serviceInstanceBackup: { uuid: string } | null } }> } | null } };

export type TestCreateBackupRestoreMutationVariables = Exact<{
  input: CreateBackupRestoreInput;
}>;


export type TestCreateBackupRestoreMutation = { createBackupRestore:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateBackupRestorePayload', backupRestore: { id: string, uuid: string, finished: boolean | null } | null }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestBackupRestoreUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestBackupRestoreUpdatedSubscription = { backupRestoreUpdated: { uuid: string, finished: boolean | null, success: string | null, serviceInstanceBackupRestores: { edges: Array<{ node: { endedAt: string | null, serviceInstanceBackup: { uuid: string } | null, serviceInstance: { uuid: string } | null } }> } | null } };

export type TestUploadBackupsMutationVariables = Exact<{
  input: UploadBackupsInput;
}>;


export type TestUploadBackupsMutation = { uploadBackups:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UploadBackupsPayload', backupId: string | null, results: Array<{ serviceInstanceId: string | null, handler: string | null, finishUrl: string | null, uploadParameters: unknown, serviceInstance: { uuid: string } | null }> | null }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestDivioBackupQueryVariables = Exact<{
  id: string;
}>;


export type TestDivioBackupQuery = { divioBackup: { uuid: string, state: string | null, environment: { slug: string } | null } | null };

export type TestProgressDeployMutationVariables = Exact<{
  id: string | number;
}>;


export type TestProgressDeployMutation = { deployEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeployEnvironmentPayload', deployment: { uuid: string } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestDeploymentProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestDeploymentProgressSubscription = { deploymentUpdated: { uuid: string, status: DeploymentStatus | null, statusText: string | null, percent: number | null, success: boolean | null, endedAt: string | null } };

export type TestEnvironmentResourcesQueryVariables = Exact<{
  id: string;
}>;


export type TestEnvironmentResourcesQuery = { environment: { primaryDomain: { uuid: string, name: string | null, isPrimary: boolean | null } | null, domains: { totalCount: number, edges: Array<{ node: { uuid: string, name: string | null, isPrimary: boolean | null, isRedirectToPrimary: boolean | null, environmentId: string | null } }> } | null, environmentVariables: { edges: Array<{ node: { uuid: string, name: string | null, value: string | null, isSensitive: boolean | null, isReadOnly: boolean | null, order: number | null } }> } | null, serviceInstances: { edges: Array<{ node: { uuid: string, prefix: string | null, type: DivioServiceType | null, serviceStatus: string | null, service: { identifier: string | null } | null, region: { shortName: string | null } | null } }> } | null, scheduledBackupConfiguration: { name: string | null, retentionConfiguration: { name: string | null } | null } | null } | null };

export type TestDomainFlowMutationVariables = Exact<{
  create: CreateDomainInput;
}>;


export type TestDomainFlowMutation = { createDomain:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateDomainPayload', domain: { id: string, uuid: string, name: string | null, isPrimary: boolean | null, environment: { uuid: string } | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestDomainActionsMutationVariables = Exact<{
  id: string | number;
  target: string | number;
}>;


export type TestDomainActionsMutation = { update:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateDomainPayload', domain: { isRedirectToPrimary: boolean | null } | null }
    | { __typename: 'ValidationError' }
  , toggle:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ToggleRedirectDomainPayload', redirectToPrimary: boolean | null, domain: { isRedirectToPrimary: boolean | null } | null }
    | { __typename: 'ValidationError' }
  , primary:
    | { __typename: 'ConflictError' }
    | { __typename: 'MakePrimaryDomainPayload', domain: { isPrimary: boolean | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
  , move:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'TransferDomainPayload', domain: { environment: { uuid: string } | null } | null }
    | { __typename: 'ValidationError' }
   };

export type TestAdditionalDomainActionMutationVariables = Exact<{
  input: AdditionalDomainActionInput;
}>;


export type TestAdditionalDomainActionMutation = { additionalDomainAction:
    | { __typename: 'AdditionalDomainActionPayload', data: unknown, domain: { uuid: string } | null }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestDeleteDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type TestDeleteDomainMutation = { deleteDomain:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteDomainPayload', deletedUuid: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestVariablesMutationVariables = Exact<{
  environmentId: string | number;
}>;


export type TestVariablesMutation = { created:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateEnvironmentVariablePayload', environmentVariable: { id: string, uuid: string, name: string | null, value: string | null, order: number | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestVariableActionsMutationVariables = Exact<{
  id: string | number;
  first: string | number;
}>;


export type TestVariableActionsMutation = { update:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateEnvironmentVariablePayload', environmentVariable: { value: string | null } | null }
    | { __typename: 'ValidationError' }
  , before:
    | { __typename: 'ConflictError' }
    | { __typename: 'MoveBeforeEnvironmentVariablePayload', environmentVariable: { order: number | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
  , after:
    | { __typename: 'ConflictError' }
    | { __typename: 'MoveAfterEnvironmentVariablePayload', environmentVariable: { order: number | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
  , gone:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteEnvironmentVariablePayload', deletedUuid: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestCreateServiceInstanceMutationVariables = Exact<{
  input: CreateServiceInstanceInput;
}>;


export type TestCreateServiceInstanceMutation = { createServiceInstance:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateServiceInstancePayload', serviceInstance: { id: string, uuid: string, prefix: string | null, serviceStatus: string | null, service: { identifier: string | null } | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestServiceInstanceActionsMutationVariables = Exact<{
  id: string | number;
}>;


export type TestServiceInstanceActionsMutation = { provision:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ProvisionServiceInstancePayload', serviceInstance: { serviceStatus: string | null } | null }
    | { __typename: 'ValidationError' }
  , attach:
    | { __typename: 'AttachServiceInstancePayload' }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
  , detach:
    | { __typename: 'ConflictError' }
    | { __typename: 'DetachServiceInstancePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
  , rename:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateServiceInstancePayload', serviceInstance: { prefix: string | null } | null }
    | { __typename: 'ValidationError' }
   };

export type TestServiceInstanceStatusQueryVariables = Exact<{
  id: string;
}>;


export type TestServiceInstanceStatusQuery = { serviceInstance: { serviceStatus: string | null } | null };

export type TestDeleteServiceInstanceMutationVariables = Exact<{
  id: string | number;
}>;


export type TestDeleteServiceInstanceMutation = { deleteServiceInstance:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteServiceInstancePayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestServicesByIdQueryVariables = Exact<{
  a: string;
  b: string;
  c: string;
}>;


export type TestServicesByIdQuery = { a: { name: string | null, type: DivioServiceType | null, isBackupable: boolean | null } | null, b: { name: string | null, type: DivioServiceType | null } | null, c: { name: string | null, type: DivioServiceType | null } | null, regions: { totalCount: number, edges: Array<{ node: { shortName: string | null, isDefault: boolean | null } }> } | null };

export type TestW2QueryVariables = Exact<{ [key: string]: never; }>;


export type TestW2Query = { applications: { totalCount: number, edges: Array<{ node: { uuid: string, name: string, organizationId: string | null, environments: { totalCount: number, edges: Array<{ node: { uuid: string, slug: string, deployments: { totalCount: number, edges: Array<{ node: { uuid: string, startedAt: string | null, status: DeploymentStatus | null, success: boolean | null } }> } | null } }> } | null } }> } | null };

export type TestShopEnvironmentsQueryVariables = Exact<{
  uuid: string;
}>;


export type TestShopEnvironmentsQuery = { application: { environments: { totalCount: number, edges: Array<{ node: { slug: string } }> } | null, live: { uuid: string, isProductionGrade: boolean | null } | null } | null };

export type TestEightQueryVariables = Exact<{
  a: string;
  b: string;
  c: string;
  d: string;
  e: string;
  f: string;
  g: string;
  h: string;
}>;


export type TestEightQuery = { a: { name: string } | null, b: { name: string } | null, c: { name: string } | null, d: { name: string } | null, e: { name: string } | null, f: { name: string } | null, g: { name: string } | null, h: { slug: string } | null };

export type TestApplicationUuidsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestApplicationUuidsQuery = { applications: { edges: Array<{ node: { uuid: string, name: string } }> } | null };

export type TestLookupsQueryVariables = Exact<{
  app: string;
  env: string;
  deployment: string;
  appId: string | number;
  envId: string | number;
}>;


export type TestLookupsQuery = { application: { name: string } | null, environment: { slug: string, application: { uuid: string } } | null, deployment: { uuid: string, environment: { uuid: string } } | null, appNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, envNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type TestEnvironmentDetailsQueryVariables = Exact<{
  env: string;
}>;


export type TestEnvironmentDetailsQuery = { environment: { slug: string, branch: string | null, isProductionGrade: boolean | null, deployedUrl: string | null, application: { slug: string }, lastFinishedDeployment: { uuid: string, endedAt: string | null } | null, currentlyRunningDeployment: { uuid: string, percent: number | null, success: boolean | null } | null, currentlyReleasedDeployment: { uuid: string, success: boolean | null } | null, failed: { totalCount: number } | null, deployments: { totalCount: number, edges: Array<{ node: { uuid: string, startedAt: string | null, logs: string | null, environmentVariables: unknown } }> } | null, logs: { previous: string | null, entries: Array<unknown> } } | null };

export type TestLogWindowQueryVariables = Exact<{
  env: string;
  from: string;
  to: string;
  limit?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TestLogWindowQuery = { environment: { logs: { previous: string | null, next: string | null, entries: Array<unknown> } } | null };

export type TestFilteredAppsQueryVariables = Exact<{
  org: string;
}>;


export type TestFilteredAppsQuery = { bySearch: { totalCount: number, edges: Array<{ node: { slug: string } }> } | null, bySlug: { edges: Array<{ node: { uuid: string } }> } | null, byOrg: { totalCount: number } | null };

export type TestCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type TestCreateApplicationMutation = { createApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApplicationPayload', application: { id: string, uuid: string, name: string, slug: string, organizationId: string | null, environments: { totalCount: number } | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', message: string, source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestUpdateApplicationMutationVariables = Exact<{
  input: UpdateApplicationInput;
}>;


export type TestUpdateApplicationMutation = { updateApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateApplicationPayload', application: { name: string, startupProbeMaxRetries: number | null, maintenanceWindowStart: number | null } | null }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestArchiveApplicationMutationVariables = Exact<{
  input: ArchiveApplicationInput;
}>;


export type TestArchiveApplicationMutation = { archiveApplication:
    | { __typename: 'ArchiveApplicationPayload', applicationId: string, applicationUuid: string, message: string | null }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestApplicationByUuidQueryVariables = Exact<{
  uuid: string;
}>;


export type TestApplicationByUuidQuery = { application: { name: string } | null };

export type TestCreateEnvironmentMutationVariables = Exact<{
  input: CreateEnvironmentInput;
}>;


export type TestCreateEnvironmentMutation = { createEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateEnvironmentPayload', environment: { id: string, uuid: string, slug: string, branch: string | null, application: { uuid: string } } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestUpdateEnvironmentMutationVariables = Exact<{
  input: UpdateEnvironmentInput;
}>;


export type TestUpdateEnvironmentMutation = { updateEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateEnvironmentPayload', environment: { branch: string | null, alternativeDockerfile: string | null } | null }
    | { __typename: 'ValidationError', fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestCopyEnvironmentMutationVariables = Exact<{
  input: CopyEnvironmentInput;
}>;


export type TestCopyEnvironmentMutation = { copyEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'CopyEnvironmentPayload', environment: { uuid: string, slug: string, branch: string | null, isProductionGrade: boolean | null, application: { uuid: string } } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestStopEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type TestStopEnvironmentMutation = { stopEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'StopEnvironmentPayload', environment: { uuid: string, deployedUrl: string | null } | null }
    | { __typename: 'ValidationError' }
   };

export type TestDeleteEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type TestDeleteEnvironmentMutation = { deleteEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteEnvironmentPayload', deletedId: string, deletedUuid: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', message: string, source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestEnvironmentByUuidQueryVariables = Exact<{
  uuid: string;
}>;


export type TestEnvironmentByUuidQuery = { environment: { slug: string } | null };

export type TestDeployMutationVariables = Exact<{
  input: DeployEnvironmentInput;
}>;


export type TestDeployMutation = { deployEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeployEnvironmentPayload', deployment: { uuid: string, status: DeploymentStatus | null, percent: number | null, success: boolean | null, environment: { uuid: string } } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestDeploymentByUuidQueryVariables = Exact<{
  uuid: string;
}>;


export type TestDeploymentByUuidQuery = { deployment: { status: DeploymentStatus | null, percent: number | null, success: boolean | null, endedAt: string | null } | null };

export type UploadMutationVariables = Exact<{
  input: UploadApplicationAvatarInput;
}>;


export type UploadMutation = { uploadApplicationAvatar:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UploadApplicationAvatarPayload', application: { uuid: string, avatars: unknown } | null }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type ScreenshotMutationVariables = Exact<{
  input: UploadApplicationScreenshotInput;
}>;


export type ScreenshotMutation = { uploadApplicationScreenshot:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UploadApplicationScreenshotPayload', application: { customScreenshots: unknown } | null }
    | { __typename: 'ValidationError', source: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type TestEnvironmentMetricsQueryVariables = Exact<{
  id: string;
  metrics: Array<string> | string;
  window?: MetricsTimeWindow | null | undefined;
}>;


export type TestEnvironmentMetricsQuery = { environment: { slug: string, metrics: { fromTs: string | null, toTs: string | null, interval: number | null, metrics: unknown } | null } | null };

export type TestLogOccurrencesQueryVariables = Exact<{
  id: string;
  buckets?: number | null | undefined;
  search?: string | null | undefined;
  service?: string | null | undefined;
}>;


export type TestLogOccurrencesQuery = { environment: { all: { occurrences: Array<unknown> | null } | null, matching: { occurrences: Array<unknown> | null } | null } | null };

export type TestFaultsDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type TestFaultsDashboardQuery = { organizations: Array<{ services: { edges: Array<{ node: { uuid: string, name: string, backups: { totalCount: number, edges: Array<{ node: { uuid: string } }> } | null } }> } | null }> | null };

export type TestFaultsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestFaultsServicesQuery = { organizations: Array<{ services: { totalCount: number } | null }> | null };

export type TestFaultsMixedQueryVariables = Exact<{ [key: string]: never; }>;


export type TestFaultsMixedQuery = { organizations: Array<{ name: string }> | null, applications: { totalCount: number } | null };

export type TestServiceUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestServiceUpdatedSubscription = { serviceUpdated: { uuid: string, name: string, state: ServiceState } };

export type TestOrganizationServicesSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type TestOrganizationServicesSubscription = { organizationServicesUpdated: { uuid: string, state: ServiceState } };

export type TestServiceUpdatedWithSiblingsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestServiceUpdatedWithSiblingsSubscription = { serviceUpdated: { uuid: string, state: ServiceState, organization: { services: { edges: Array<{ node: { uuid: string, state: ServiceState } }> } | null } } };

export type TestBackupUpdatedSubscriptionVariables = Exact<{
  serviceId: string | number;
}>;


export type TestBackupUpdatedSubscription = { backupUpdated: { uuid: string, status: BackupStatus } };

export type TestDeploymentUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestDeploymentUpdatedSubscription = { deploymentUpdated: { uuid: string, status: DeploymentStatus | null, percent: number | null, success: boolean | null } };

export type TestEnvironmentUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestEnvironmentUpdatedSubscription = { environmentUpdated: { uuid: string, currentlyRunningDeployment: { uuid: string } | null } };

export type TestLiveStopMutationVariables = Exact<{
  id: string | number;
}>;


export type TestLiveStopMutation = { stopService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError' }
   };

export type TestLiveStartMutationVariables = Exact<{
  id: string | number;
}>;


export type TestLiveStartMutation = { startService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError' }
   };

export type TestLiveDeployMutationVariables = Exact<{
  id: string | number;
}>;


export type TestLiveDeployMutation = { deployEnvironment:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeployEnvironmentPayload', deployment: { uuid: string } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type TestLimitsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestLimitsNodesQuery = { nodes: Array<
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AppTemplate', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationActivity', id: string }
    | { __typename: 'Backup', id: string }
    | { __typename: 'BackupDownload', id: string }
    | { __typename: 'BackupDownloadServiceInstance', id: string }
    | { __typename: 'BackupRestore', id: string }
    | { __typename: 'BackupRetentionConfiguration', id: string }
    | { __typename: 'Build', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ClickPipe', id: string }
    | { __typename: 'ClickStackAlert', id: string }
    | { __typename: 'ClickStackDashboard', id: string }
    | { __typename: 'ClickStackRole', id: string }
    | { __typename: 'ClickStackSavedSearch', id: string }
    | { __typename: 'ClickStackSource', id: string }
    | { __typename: 'ClickStackWebhook', id: string }
    | { __typename: 'ContainerRegistry', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Cronjob', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'DivioBackup', id: string }
    | { __typename: 'DivioService', id: string }
    | { __typename: 'Domain', id: string }
    | { __typename: 'Environment', id: string }
    | { __typename: 'EnvironmentMetricMetadata', id: string }
    | { __typename: 'EnvironmentVariable', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'InvoiceItem', id: string }
    | { __typename: 'License', id: string }
    | { __typename: 'MaintenanceRun', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PostgresService', id: string }
    | { __typename: 'Quota', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Repository', id: string }
    | { __typename: 'ReversePrivateEndpoint', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'ScheduledBackupConfiguration', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'ServiceInstance', id: string }
    | { __typename: 'ServiceInstanceBackup', id: string }
    | { __typename: 'ServiceInstanceBackupRestore', id: string }
    | { __typename: 'Udf', id: string }
    | { __typename: 'UdfAttachment', id: string }
    | { __typename: 'UdfVersion', id: string }
    | { __typename: 'Webhook', id: string }
   | null> };

export type TestLimitsNodesWithBackupsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestLimitsNodesWithBackupsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, backups: { edges: Array<{ node: { id: string, status: BackupStatus, type: BackupType | null, startedAt: string | null } }> } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type TestLimitsPagedByVariablesQueryVariables = Exact<{
  services: number;
  backups: number;
}>;


export type TestLimitsPagedByVariablesQuery = { organizations: Array<{ services: { edges: Array<{ node: { backups: { edges: Array<{ node: { id: string, status: BackupStatus, type: BackupType | null, startedAt: string | null } }> } | null } }> } | null }> | null };

export type TestLimitsDashboardBackupsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestLimitsDashboardBackupsQuery = { organizations: Array<{ services: { totalCount: number, edges: Array<{ node: { uuid: string, backups: { totalCount: number } | null, backupConfiguration: { backupPeriodInHours: number | null } | null } }> } | null }> | null };

export type TestKeptServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestKeptServicesQuery = { organizations: Array<{ name: string, services: { edges: Array<{ node: { uuid: string, name: string, state: ServiceState } }> } | null }> | null };

export type TestKeptOrganizationQueryVariables = Exact<{
  uuid: string;
}>;


export type TestKeptOrganizationQuery = { organization: { name: string } | null };

export type TestKeptStopMutationVariables = Exact<{
  id: string | number;
}>;


export type TestKeptStopMutation = { stopService:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError' }
   };

export type TestKeptOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestKeptOrganizationsQuery = { organizations: Array<{ id: string, uuid: string }> | null };

export type TestScanEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type TestScanEverythingQuery = { organizations: Array<{ name: string, services: { edges: Array<{ node: { name: string, backups: { edges: Array<{ node: { status: BackupStatus } }> } | null } }> } | null }> | null, applications: { edges: Array<{ node: { name: string, environments: { edges: Array<{ node: { slug: string } }> } | null } }> } | null };

export type TestScanRenameMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type TestScanRenameMutation = { updateService:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServicePayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type TestScanWatchSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestScanWatchSubscription = { serviceUpdated: { state: ServiceState } };


export const TestFreshServiceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFreshServiceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<TestFreshServiceStateQuery, TestFreshServiceStateQueryVariables>;
export const TestFreshServiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFreshServiceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestFreshServiceListQuery, TestFreshServiceListQueryVariables>;
export const TestFreshStopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestFreshStop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestFreshStopMutation, TestFreshStopMutationVariables>;
export const TestDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"latestBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sizeInBytes"}},{"kind":"Field","name":{"kind":"Name","value":"durationInSeconds"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardQuery, TestDashboardQueryVariables>;
export const TestDashboardAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboardAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"latestBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardAliasesQuery, TestDashboardAliasesQueryVariables>;
export const TestDashboardPlusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboardPlus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupPeriodInHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateEndpointConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privateDnsHostname"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardPlusQuery, TestDashboardPlusQueryVariables>;
export const TestFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"running"},"name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RUNNING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"aws"},"name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AWS"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"tier"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRODUCTION"},{"kind":"EnumValue","value":"DEVELOPMENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestFilteredQuery, TestFilteredQueryVariables>;
export const TestNextPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestNextPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestNextPageQuery, TestNextPageQueryVariables>;
export const TestServiceDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestServiceDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAccessList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateEndpointIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prometheusMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"privateEndpointConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpointServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"privateDnsHostname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupPeriodInHours"}},{"kind":"Field","name":{"kind":"Name","value":"backupRetentionPeriodInHours"}},{"kind":"Field","name":{"kind":"Name","value":"backupStartTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failed"},"name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ERROR"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceDetailsQuery, TestServiceDetailsQueryVariables>;
export const TestManyNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestManyNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TestManyNodesQuery, TestManyNodesQueryVariables>;
export const TestEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestEverythingQuery, TestEverythingQueryVariables>;
export const TestByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"orgNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"serviceNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"backupNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"many"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},{"kind":"Variable","name":{"kind":"Name","value":"backupId"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestByIdsQuery, TestByIdsQueryVariables>;
export const TestNodeOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestNodeOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestNodeOnlyQuery, TestNodeOnlyQueryVariables>;
export const TestServiceUnderOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestServiceUnderOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceUnderOrgQuery, TestServiceUnderOrgQueryVariables>;
export const TestForeignRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestForeignRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hijacked","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestForeignRenameMutation, TestForeignRenameMutationVariables>;
export const TestServiceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestServiceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"ipAccessList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minTotalMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"minReplicaMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicaMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"numReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceStateQuery, TestServiceStateQueryVariables>;
export const TestCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateServiceMutation, TestCreateServiceMutationVariables>;
export const TestUpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ipAccessList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateEndpointIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUpdateServiceMutation, TestUpdateServiceMutationVariables>;
export const TestStartServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestStartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestStartServiceMutation, TestStartServiceMutationVariables>;
export const TestStopServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestStopService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}}]} as unknown as DocumentNode<TestStopServiceMutation, TestStopServiceMutationVariables>;
export const TestAwakeServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAwakeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awakeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}}]} as unknown as DocumentNode<TestAwakeServiceMutation, TestAwakeServiceMutationVariables>;
export const TestDeleteServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeleteService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedServiceUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}}]} as unknown as DocumentNode<TestDeleteServiceMutation, TestDeleteServiceMutationVariables>;
export const TestScalingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestScaling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceScalingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceScaling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minTotalMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutMinutes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestScalingMutation, TestScalingMutationVariables>;
export const TestReplicaScalingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestReplicaScaling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceReplicaScalingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceReplicaScaling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minReplicaMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"maxReplicaMemoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"numReplicas"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestReplicaScalingMutation, TestReplicaScalingMutationVariables>;
export const TestResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetServicePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetServicePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResetServicePasswordPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestResetPasswordMutation, TestResetPasswordMutationVariables>;
export const TestBackupConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestBackupConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBackupConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBackupConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBackupConfigurationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupPeriodInHours"}},{"kind":"Field","name":{"kind":"Name","value":"backupRetentionPeriodInHours"}},{"kind":"Field","name":{"kind":"Name","value":"backupStartTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRetentionPeriodInHours"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestBackupConfigurationMutation, TestBackupConfigurationMutationVariables>;
export const TestUpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUpdateOrganizationMutation, TestUpdateOrganizationMutationVariables>;
export const TestOrganizationNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestOrganizationNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TestOrganizationNamesQuery, TestOrganizationNamesQueryVariables>;
export const TestTeamAndBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTeamAndBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekAgo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekAgo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grandTotalCHC"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"totalCHC"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clickPipes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestTeamAndBillQuery, TestTeamAndBillQueryVariables>;
export const TestLastBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLastBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"live","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceBackups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLastBackupQuery, TestLastBackupQueryVariables>;
export const TestCreateBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divioBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateBackupMutation, TestCreateBackupMutationVariables>;
export const TestDivioBackupUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestDivioBackupUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divioBackupUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceBackupIds"}}]}}]}}]} as unknown as DocumentNode<TestDivioBackupUpdatedSubscription, TestDivioBackupUpdatedSubscriptionVariables>;
export const TestCreateBackupDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateBackupDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupDownloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBackupDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupDownloadPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupDownload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"backup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateBackupDownloadMutation, TestCreateBackupDownloadMutationVariables>;
export const TestBackupDownloadUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestBackupDownloadUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupDownloadUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backupDownloadServiceInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestBackupDownloadUpdatedSubscription, TestBackupDownloadUpdatedSubscriptionVariables>;
export const TestCreateBackupRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateBackupRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupRestoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBackupRestore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBackupRestorePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateBackupRestoreMutation, TestCreateBackupRestoreMutationVariables>;
export const TestBackupRestoreUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestBackupRestoreUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestoreUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceBackupRestores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestBackupRestoreUpdatedSubscription, TestBackupRestoreUpdatedSubscriptionVariables>;
export const TestUploadBackupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUploadBackups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadBackupsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadBackups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadBackupsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupId"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"finishUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadParameters"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUploadBackupsMutation, TestUploadBackupsMutationVariables>;
export const TestDivioBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDivioBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divioBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<TestDivioBackupQuery, TestDivioBackupQueryVariables>;
export const TestProgressDeployDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestProgressDeploy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeployEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestProgressDeployMutation, TestProgressDeployMutationVariables>;
export const TestDeploymentProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestDeploymentProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<TestDeploymentProgressSubscription, TestDeploymentProgressSubscriptionVariables>;
export const TestEnvironmentResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEnvironmentResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isRedirectToPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"isSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"isReadOnly"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBackupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retentionConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestEnvironmentResourcesQuery, TestEnvironmentResourcesQueryVariables>;
export const TestDomainFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDomainFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"create"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"create"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDomainFlowMutation, TestDomainFlowMutationVariables>;
export const TestDomainActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDomainActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"update"},"name":{"kind":"Name","value":"updateDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"isRedirectToPrimary"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isRedirectToPrimary"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toggle"},"name":{"kind":"Name","value":"toggleRedirectDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToggleRedirectDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectToPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isRedirectToPrimary"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"primary"},"name":{"kind":"Name","value":"makePrimaryDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MakePrimaryDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"move"},"name":{"kind":"Name","value":"transferDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"targetEnvironmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDomainActionsMutation, TestDomainActionsMutationVariables>;
export const TestAdditionalDomainActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAdditionalDomainAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdditionalDomainActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"additionalDomainAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdditionalDomainActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestAdditionalDomainActionMutation, TestAdditionalDomainActionMutationVariables>;
export const TestDeleteDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeleteDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDomainPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUuid"}}]}}]}}]}}]} as unknown as DocumentNode<TestDeleteDomainMutation, TestDeleteDomainMutationVariables>;
export const TestVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createEnvironmentVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"FEATURE_FLAGS","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"a,b","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"isSensitive"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnvironmentVariablePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentVariable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestVariablesMutation, TestVariablesMutationVariables>;
export const TestVariableActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestVariableActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"update"},"name":{"kind":"Name","value":"updateEnvironmentVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"a,b,c","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnvironmentVariablePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentVariable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"moveBeforeEnvironmentVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoveBeforeEnvironmentVariablePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentVariable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"moveAfterEnvironmentVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAfterEnvironmentVariablePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentVariable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gone"},"name":{"kind":"Name","value":"deleteEnvironmentVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEnvironmentVariablePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUuid"}}]}}]}}]}}]} as unknown as DocumentNode<TestVariableActionsMutation, TestVariableActionsMutationVariables>;
export const TestCreateServiceInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateServiceInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInstanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInstancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateServiceInstanceMutation, TestCreateServiceInstanceMutationVariables>;
export const TestServiceInstanceActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServiceInstanceActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provision"},"name":{"kind":"Name","value":"provisionServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionServiceInstancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"attachServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"detach"},"name":{"kind":"Name","value":"detachServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rename"},"name":{"kind":"Name","value":"updateServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"prefix"},"value":{"kind":"StringValue","value":"CACHE2","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInstancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceInstanceActionsMutation, TestServiceInstanceActionsMutationVariables>;
export const TestServiceInstanceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestServiceInstanceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"}}]}}]}}]} as unknown as DocumentNode<TestServiceInstanceStatusQuery, TestServiceInstanceStatusQueryVariables>;
export const TestDeleteServiceInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeleteServiceInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestDeleteServiceInstanceMutation, TestDeleteServiceInstanceMutationVariables>;
export const TestServicesByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestServicesById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"divioService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isBackupable"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"divioService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"divioService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestServicesByIdQuery, TestServicesByIdQueryVariables>;
export const TestW2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestW2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestW2Query, TestW2QueryVariables>;
export const TestShopEnvironmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestShopEnvironments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"live"},"name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"live","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"isProductionGrade"}}]}}]}}]}}]} as unknown as DocumentNode<TestShopEnvironmentsQuery, TestShopEnvironmentsQueryVariables>;
export const TestEightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"f"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"g"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h"},"name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<TestEightQuery, TestEightQueryVariables>;
export const TestApplicationUuidsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestApplicationUuids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestApplicationUuidsQuery, TestApplicationUuidsQueryVariables>;
export const TestLookupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLookups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"app"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"env"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"envId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"app"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"env"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"appNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"envNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"envId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestLookupsQuery, TestLookupsQueryVariables>;
export const TestEnvironmentDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEnvironmentDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"env"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"env"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"isProductionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"deployedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastFinishedDeployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentlyRunningDeployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"success"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentlyReleasedDeployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"success"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failed"},"name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isSuccess"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"logs"}},{"kind":"Field","name":{"kind":"Name","value":"environmentVariables"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]}}]} as unknown as DocumentNode<TestEnvironmentDetailsQuery, TestEnvironmentDetailsQueryVariables>;
export const TestLogWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLogWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"env"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"env"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromTs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toTs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"searchBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]}}]} as unknown as DocumentNode<TestLogWindowQuery, TestLogWindowQueryVariables>;
export const TestFilteredAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFilteredApps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bySearch"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameSearch"},"value":{"kind":"StringValue","value":"shop","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySlug"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"acme-shop","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byOrg"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TestFilteredAppsQuery, TestFilteredAppsQueryVariables>;
export const TestCreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateApplicationMutation, TestCreateApplicationMutationVariables>;
export const TestUpdateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startupProbeMaxRetries"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceWindowStart"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUpdateApplicationMutation, TestUpdateApplicationMutationVariables>;
export const TestArchiveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestArchiveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationUuid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestArchiveApplicationMutation, TestArchiveApplicationMutationVariables>;
export const TestApplicationByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestApplicationByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TestApplicationByUuidQuery, TestApplicationByUuidQueryVariables>;
export const TestCreateEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateEnvironmentMutation, TestCreateEnvironmentMutationVariables>;
export const TestUpdateEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeDockerfile"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUpdateEnvironmentMutation, TestUpdateEnvironmentMutationVariables>;
export const TestCopyEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCopyEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CopyEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"isProductionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestCopyEnvironmentMutation, TestCopyEnvironmentMutationVariables>;
export const TestStopEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestStopEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StopEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"deployedUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestStopEnvironmentMutation, TestStopEnvironmentMutationVariables>;
export const TestDeleteEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeleteEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDeleteEnvironmentMutation, TestDeleteEnvironmentMutationVariables>;
export const TestEnvironmentByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEnvironmentByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<TestEnvironmentByUuidQuery, TestEnvironmentByUuidQueryVariables>;
export const TestDeployDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeploy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeployEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeployEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDeployMutation, TestDeployMutationVariables>;
export const TestDeploymentByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDeploymentByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<TestDeploymentByUuidQuery, TestDeploymentByUuidQueryVariables>;
export const UploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Upload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadApplicationAvatarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadApplicationAvatar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadApplicationAvatarPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"avatars"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UploadMutation, UploadMutationVariables>;
export const ScreenshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Screenshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadApplicationScreenshotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadApplicationScreenshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadApplicationScreenshotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customScreenshots"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScreenshotMutation, ScreenshotMutationVariables>;
export const TestEnvironmentMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEnvironmentMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsTimeWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeWindowPreset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTs"}},{"kind":"Field","name":{"kind":"Name","value":"toTs"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}}]}}]}}]}}]} as unknown as DocumentNode<TestEnvironmentMetricsQuery, TestEnvironmentMetricsQueryVariables>;
export const TestLogOccurrencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLogOccurrences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivioId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buckets"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"logOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numberOfBuckets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buckets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"matching"},"name":{"kind":"Name","value":"logOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numberOfBuckets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buckets"}}},{"kind":"Argument","name":{"kind":"Name","value":"searchQuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrences"}}]}}]}}]}}]} as unknown as DocumentNode<TestLogOccurrencesQuery, TestLogOccurrencesQueryVariables>;
export const TestFaultsDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFaultsDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestFaultsDashboardQuery, TestFaultsDashboardQueryVariables>;
export const TestFaultsServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFaultsServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<TestFaultsServicesQuery, TestFaultsServicesQueryVariables>;
export const TestFaultsMixedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestFaultsMixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TestFaultsMixedQuery, TestFaultsMixedQueryVariables>;
export const TestServiceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestServiceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<TestServiceUpdatedSubscription, TestServiceUpdatedSubscriptionVariables>;
export const TestOrganizationServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestOrganizationServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationServicesUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<TestOrganizationServicesSubscription, TestOrganizationServicesSubscriptionVariables>;
export const TestServiceUpdatedWithSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestServiceUpdatedWithSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestServiceUpdatedWithSiblingsSubscription, TestServiceUpdatedWithSiblingsSubscriptionVariables>;
export const TestBackupUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestBackupUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestBackupUpdatedSubscription, TestBackupUpdatedSubscriptionVariables>;
export const TestDeploymentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestDeploymentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]} as unknown as DocumentNode<TestDeploymentUpdatedSubscription, TestDeploymentUpdatedSubscriptionVariables>;
export const TestEnvironmentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestEnvironmentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"currentlyRunningDeployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]} as unknown as DocumentNode<TestEnvironmentUpdatedSubscription, TestEnvironmentUpdatedSubscriptionVariables>;
export const TestLiveStopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLiveStop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestLiveStopMutation, TestLiveStopMutationVariables>;
export const TestLiveStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLiveStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestLiveStartMutation, TestLiveStartMutationVariables>;
export const TestLiveDeployDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLiveDeploy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeployEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLiveDeployMutation, TestLiveDeployMutationVariables>;
export const TestLimitsNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLimitsNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestLimitsNodesQuery, TestLimitsNodesQueryVariables>;
export const TestLimitsNodesWithBackupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLimitsNodesWithBackups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLimitsNodesWithBackupsQuery, TestLimitsNodesWithBackupsQueryVariables>;
export const TestLimitsPagedByVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLimitsPagedByVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"services"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"backups"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"services"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"backups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLimitsPagedByVariablesQuery, TestLimitsPagedByVariablesQueryVariables>;
export const TestLimitsDashboardBackupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLimitsDashboardBackups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupPeriodInHours"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLimitsDashboardBackupsQuery, TestLimitsDashboardBackupsQueryVariables>;
export const TestKeptServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKeptServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestKeptServicesQuery, TestKeptServicesQueryVariables>;
export const TestKeptOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKeptOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TestKeptOrganizationQuery, TestKeptOrganizationQueryVariables>;
export const TestKeptStopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestKeptStop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TestKeptStopMutation, TestKeptStopMutationVariables>;
export const TestKeptOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKeptOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<TestKeptOrganizationsQuery, TestKeptOrganizationsQueryVariables>;
export const TestScanEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestScanEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestScanEverythingQuery, TestScanEverythingQueryVariables>;
export const TestScanRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestScanRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestScanRenameMutation, TestScanRenameMutationVariables>;
export const TestScanWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestScanWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<TestScanWatchSubscription, TestScanWatchSubscriptionVariables>;