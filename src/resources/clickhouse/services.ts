/**
 * ClickHouse Cloud services: always read from their organization's list (one call answers every
 * service asked for), with their state commands, scaling, password and the one-per-service
 * configurations (backups, private endpoint, Prometheus). A starting or stopping service is in
 * motion. The rules the spec's schemas cannot express (which commands a state allows, plan-bound
 * memory ceilings) are behaviour, written in the interpreters' rule modules.
 */
import type { InputObjectListType, InputSpec, ResourceDescription } from '../types.js';
import {
  BACKUP_RETENTION_HOURS,
  MIN_BACKUP_PERIOD_HOURS,
  MIN_IDLE_TIMEOUT_MINUTES,
  NUM_REPLICAS,
  REPLICA_MEMORY_GB,
  SERVICE_NAME,
  TOTAL_MEMORY_GB,
} from './input-rules.js';
import { CLOUD_PROVIDER, ENDPOINT_PROTOCOL, RELEASE_CHANNEL, SERVICE_STATE, SERVICE_STATES_IN_MOTION, SERVICE_TIER } from './enums.js';

const IP_ACCESS_ENTRY: InputObjectListType = {
  inputObjects: 'IpAccessListEntryInput',
  description: 'An IP address or CIDR range allowed to reach a service, to add or to remove.',
  fields: [
    { key: 'source', type: 'String', required: true, description: 'IP address or CIDR range.' },
    { key: 'description', type: 'String', maxLength: 255, description: 'What the entry is for.' },
  ],
};

const NAME_INPUT = { type: 'String', maxLength: SERVICE_NAME.maxLength, pattern: { source: SERVICE_NAME.pattern.source, message: 'may hold only letters, digits and spaces' } } as const;

const IDLING: readonly InputSpec[] = [
  { key: 'numReplicas', type: 'Int', min: NUM_REPLICAS.min, max: NUM_REPLICAS.max, description: 'How many replicas to run.' },
  { key: 'idleScaling', type: 'Boolean', description: 'Let the service scale down to zero (IDLE) when unused; upstream default true.' },
  { key: 'idleTimeoutMinutes', type: 'Int', min: MIN_IDLE_TIMEOUT_MINUTES, description: 'Minutes without work before it goes IDLE.' },
];

const TOTAL_MEMORY: readonly InputSpec[] = [
  {
    key: 'minTotalMemoryGb',
    type: 'Int',
    min: TOTAL_MEMORY_GB.min,
    description: `Least memory of all replicas together while autoscaling, in GB: a multiple of ${TOTAL_MEMORY_GB.step} (PRODUCTION only).`,
  },
  {
    key: 'maxTotalMemoryGb',
    type: 'Int',
    max: TOTAL_MEMORY_GB.max.paid,
    description: `Most memory of all replicas together while autoscaling, in GB: a multiple of ${TOTAL_MEMORY_GB.step}, at most ${TOTAL_MEMORY_GB.max.unpaid} for an unpaid organization (PRODUCTION only).`,
  },
];

const REPLICA_MEMORY: readonly InputSpec[] = [
  {
    key: 'minReplicaMemoryGb',
    type: 'Int',
    min: REPLICA_MEMORY_GB.min,
    description: `Least memory of each replica while autoscaling, in GB: a multiple of ${REPLICA_MEMORY_GB.step} (PRODUCTION only).`,
  },
  {
    key: 'maxReplicaMemoryGb',
    type: 'Int',
    max: REPLICA_MEMORY_GB.max.paid,
    description: `Most memory of each replica while autoscaling, in GB: a multiple of ${REPLICA_MEMORY_GB.step}, at most ${REPLICA_MEMORY_GB.max.unpaid} for an unpaid organization (PRODUCTION only).`,
  },
];

export const services: ResourceDescription = {
  api: 'clickhouse',
  group: 'services',
  path: 'organizations/{organizationId}/services',
  idParam: 'serviceId',
  type: 'Service',
  plural: 'services',
  description: 'A ClickHouse Cloud service.',
  operations: { list: 'instanceGetList', get: 'instanceGet', create: 'instanceCreate', update: 'instanceUpdate', destroy: 'instanceDelete' },
  batch: 'catalog',
  ttlMs: 10_000,
  inMotion: { key: 'state', values: SERVICE_STATES_IN_MOTION },
  live: {
    one: { field: 'serviceUpdated', description: 'The service now, then again each time any of its fields changes.' },
    all: { field: 'organizationServicesUpdated', description: 'Every service of the organization now, then each service whenever it changes or appears.' },
  },
  parent: {
    type: 'Organization',
    filter: 'organizationId',
    field: 'services',
    description: 'Services of the organization; null (with a coded error) only when the upstream list call fails.',
    link: { field: 'organization', description: 'The organization that owns the service.' },
    one: { field: 'service', description: 'One service of this organization; null with a NOT_FOUND error when it has no such service.' },
  },
  filters: [
    { key: 'state', type: SERVICE_STATE, many: true, description: 'Only services in one of these states.' },
    { key: 'tier', type: SERVICE_TIER, many: true, description: 'Only services of one of these tiers (services without a tier never match).' },
    { key: 'provider', type: CLOUD_PROVIDER, many: true, description: 'Only services on one of these cloud providers.' },
  ],
  fields: [
    { key: 'name', type: 'String', nonNull: true, description: 'Display name: letters, digits and spaces, up to 50 characters.' },
    { key: 'provider', type: CLOUD_PROVIDER, nonNull: true, description: 'The cloud provider the service runs on.' },
    // A String, not an enum: the spec's list of regions grows as ClickHouse Cloud opens new ones,
    // and an UNKNOWN would hide where a service runs.
    { key: 'region', type: 'String', nonNull: true, olderKeys: ['regionId'], description: "The provider's region id, e.g. us-east-1 or europe-west4." },
    { key: 'state', type: SERVICE_STATE, nonNull: true, description: 'Where the service is in its lifecycle; UNKNOWN for a state this gateway does not know yet.' },
    {
      key: 'tier',
      type: SERVICE_TIER,
      description: 'Size class of the service (deprecated upstream for BASIC, SCALE and ENTERPRISE organizations, which use the replica memory settings); null when the upstream gives none.',
    },
    { key: 'clickhouseVersion', type: 'String', description: 'The ClickHouse server version it runs; null when the upstream does not say.' },
    {
      key: 'endpoints',
      nonNull: true,
      description: 'The endpoints clients connect to, each with its protocol, host and port.',
      type: {
        objects: 'ServiceEndpoint',
        description: 'A network endpoint of a service.',
        fields: [
          {
            key: 'protocol',
            type: ENDPOINT_PROTOCOL,
            nonNull: true,
            description: 'What the endpoint speaks: HTTPS, NATIVESECURE or MYSQL; UNKNOWN for a protocol this gateway does not know yet.',
          },
          { key: 'host', type: 'String', nonNull: true, description: 'Host name to connect to.' },
          { key: 'port', type: 'Int', nonNull: true, description: 'TCP port to connect to.' },
          { key: 'username', type: 'String', description: 'User name to connect as on this endpoint; null when the endpoint names none.' },
        ],
      },
    },
    {
      key: 'ipAccessList',
      nonNull: true,
      description: 'The IP addresses and CIDR ranges allowed to connect to it.',
      type: {
        objects: 'IpAccessListEntry',
        description: 'An IP address or CIDR range allowed to reach a service.',
        fromString: 'source',
        fields: [
          { key: 'source', type: 'String', nonNull: true, description: 'The IP address or CIDR range, e.g. 203.0.113.7 or 10.0.0.0/8.' },
          { key: 'description', type: 'String', description: 'What the entry is for, as its creator wrote it; null when none was given.' },
        ],
      },
    },
    { key: 'createdAt', type: 'DateTime', description: 'When the service was created; null when the upstream does not say.' },
    { key: 'minTotalMemoryGb', type: 'Int', description: 'Least memory of all replicas together while autoscaling, in GB (PRODUCTION only; deprecated upstream for minReplicaMemoryGb); null when not set.' },
    { key: 'maxTotalMemoryGb', type: 'Int', description: 'Most memory of all replicas together while autoscaling, in GB (PRODUCTION only; deprecated upstream for maxReplicaMemoryGb); null when not set.' },
    { key: 'minReplicaMemoryGb', type: 'Int', description: 'Least memory of each replica while autoscaling, in GB (a multiple of 4, at least 8); null when not set.' },
    { key: 'maxReplicaMemoryGb', type: 'Int', description: "Most memory of each replica while autoscaling, in GB (a multiple of 4; the ceiling depends on the organization's plan); null when not set." },
    { key: 'numReplicas', type: 'Int', description: 'How many replicas the service runs; null when the upstream does not say.' },
    { key: 'idleScaling', type: 'Boolean', description: 'Whether the service scales down to zero (IDLE) when unused; null when the upstream does not say.' },
    { key: 'idleTimeoutMinutes', type: 'Int', description: 'Minutes without work before an idle-scaling service goes IDLE (at least 5); null when not set.' },
    { key: 'encryptionKey', type: 'String', description: 'The customer-provided disk encryption key, if one was given at creation; else null.' },
    { key: 'encryptionAssumedRoleIdentifier', type: 'String', description: 'The role ClickHouse Cloud assumes to use that disk encryption key; null without one.' },
    { key: 'iamRole', type: 'String', description: 'The IAM role the service uses to read objects in S3; null when the upstream gives none.' },
    { key: 'privateEndpointIds', type: { list: 'String' }, nonNull: true, description: 'Ids of the private endpoints attached to the service; empty when none.' },
    { key: 'dataWarehouseId', type: 'String', description: 'The data warehouse (group of services sharing storage) it belongs to; null when the upstream does not say.' },
    { key: 'isPrimary', type: 'Boolean', description: 'It is the primary service of its data warehouse; null when the upstream does not say.' },
    { key: 'isReadonly', type: 'Boolean', description: 'It reads the data of its data warehouse without writing to it; null when the upstream does not say.' },
    { key: 'releaseChannel', type: RELEASE_CHANNEL, description: 'When it receives new ClickHouse releases (PRODUCTION only); null when the upstream does not say.' },
  ],
  create: [
    { key: 'name', ...NAME_INPUT, required: true, description: 'The display name: letters, digits and spaces.' },
    { key: 'provider', type: CLOUD_PROVIDER, required: true, description: 'The cloud provider to run it on.' },
    { key: 'region', type: 'String', required: true, description: "The provider's region id, e.g. us-east-1 or europe-west4." },
    { key: 'tier', type: SERVICE_TIER, description: 'Size class (DEVELOPMENT is not available on Azure); deprecated upstream for BASIC, SCALE and ENTERPRISE organizations.' },
    { key: 'ipAccessList', type: IP_ACCESS_ENTRY, description: 'IP addresses and CIDR ranges allowed to connect.' },
    ...TOTAL_MEMORY,
    ...REPLICA_MEMORY,
    ...IDLING,
    { key: 'backupId', name: 'backupId', type: { ref: 'Backup' }, description: 'The backup to restore into the new service.' },
    { key: 'encryptionKey', type: 'String', description: 'A customer-provided key to encrypt its disks with.' },
    { key: 'encryptionAssumedRoleIdentifier', type: 'String', description: 'The role ClickHouse Cloud assumes to use that encryption key.' },
    { key: 'privateEndpointIds', type: { list: 'String' }, description: 'Private endpoints to attach (deprecated upstream: prefer updateService after creation).' },
    { key: 'privatePreviewTermsChecked', type: 'Boolean', description: "Accepts the private preview terms, needed only for an organization's first service during a private preview." },
  ],
  writeDescriptions: {
    create: 'Creates a service; it starts asynchronously (PROVISIONING, then RUNNING).',
    update: 'Renames a service and/or edits its IP access list and private endpoints.',
    destroy: 'Deletes a stopped service (asynchronously upstream). A service in any other state is a ConflictError.',
  },
  createResult: {
    objectKey: 'service',
    fields: [{ key: 'password', type: 'String', nonNull: true, description: 'The default user password; shown only this once.' }],
  },
  objectPayload: 'ServicePayload',
  update: [
    { key: 'name', ...NAME_INPUT, description: 'New display name: letters, digits and spaces.' },
    { key: 'ipAccessList', type: { patch: 'IpAccessListPatch', description: 'Entries to remove, then entries to add.', of: IP_ACCESS_ENTRY }, description: 'IP access list entries to remove and to add.' },
    {
      key: 'privateEndpointIds',
      type: { patch: 'PrivateEndpointIdsPatch', description: 'Private endpoint ids to remove, then ids to add.', of: 'String' },
      description: 'Private endpoints to detach and to attach.',
    },
  ],
  actions: [
    { operation: 'instanceStateUpdate', mutation: 'startService', method: 'PATCH', path: 'state', fixedBody: { command: 'start' }, description: 'Starts a stopped or idle service (STARTING, then RUNNING).' },
    { operation: 'instanceStateUpdate', mutation: 'awakeService', method: 'PATCH', path: 'state', fixedBody: { command: 'awake' }, description: 'Wakes an idle service without waiting for a query (AWAKING, then RUNNING).' },
    { operation: 'instanceStateUpdate', mutation: 'stopService', method: 'PATCH', path: 'state', fixedBody: { command: 'stop' }, description: 'Stops a running or idle service (STOPPING, then STOPPED).' },
    {
      operation: 'instanceScalingUpdate',
      mutation: 'updateServiceScaling',
      method: 'PATCH',
      path: 'scaling',
      deprecated: 'The upstream deprecates total memory settings for memory per replica: use updateServiceReplicaScaling.',
      description: "Changes a service's autoscaling by total memory, replica count and idling (the upstream deprecates total memory for replica memory).",
      input: [...TOTAL_MEMORY, ...IDLING],
    },
    {
      operation: 'instanceReplicaScalingUpdate',
      mutation: 'updateServiceReplicaScaling',
      method: 'PATCH',
      path: 'replicaScaling',
      description: "Changes a service's autoscaling by memory per replica, replica count and idling.",
      input: [...REPLICA_MEMORY, ...IDLING],
    },
    {
      operation: 'instancePasswordUpdate',
      mutation: 'resetServicePassword',
      method: 'PATCH',
      path: 'password',
      description: "Resets the password of a service's default user: to a generated one, or to the given hashes.",
      input: [
        { key: 'newPasswordHash', type: 'String', description: 'base64(SHA-256(password)).' },
        { key: 'newDoubleSha1Hash', type: 'String', description: 'hex(SHA-1(SHA-1(password))), for the MySQL protocol.' },
      ],
      result: [{ key: 'password', type: 'String', description: 'The generated password (shown only this once); null when hashes were supplied.' }],
    },
  ],
  views: [
    {
      operation: 'backupConfigurationGet',
      path: 'backupConfiguration',
      field: 'backupConfiguration',
      description: 'How often the service is backed up and how long backups are kept; null (with a coded error) when the upstream call fails.',
      answer: 'object',
      ttlMs: 60_000,
      result: {
        objects: 'BackupConfiguration',
        description: 'When and how long a service is backed up.',
        fields: [
          { key: 'backupPeriodInHours', type: 'Int', description: 'Hours between two backups; null when the upstream does not say.' },
          {
            key: 'backupRetentionPeriodInHours',
            type: 'Int',
            description: 'Least time each backup is kept, in hours: whole days from 24 to 1080 (45 days); null when the upstream does not say.',
          },
          { key: 'backupStartTime', type: 'String', description: 'HH:MM in UTC; when set, backups run every 24 hours from then.' },
        ],
      },
      update: {
        operation: 'backupConfigurationUpdate',
        mutation: 'updateBackupConfiguration',
        description: 'Changes how often a service is backed up, how long backups are kept, or when they start.',
        input: [
          { key: 'backupPeriodInHours', type: 'Int', nullable: true, min: MIN_BACKUP_PERIOD_HOURS, description: 'Hours between two backups; null resets it.' },
          {
            key: 'backupRetentionPeriodInHours',
            type: 'Int',
            nullable: true,
            min: BACKUP_RETENTION_HOURS.min,
            max: BACKUP_RETENTION_HOURS.max,
            description: `Least time each backup is kept, in hours: whole days (a multiple of ${BACKUP_RETENTION_HOURS.step}), ${BACKUP_RETENTION_HOURS.max / 24} days at most; null resets it.`,
          },
          { key: 'backupStartTime', type: 'String', nullable: true, pattern: { source: '^([01]\\d|2[0-3]):[0-5]\\d$', message: 'must be HH:MM (UTC), 00:00 to 23:59' }, description: 'HH:MM (UTC), when backups start; null resets it.' },
        ],
      },
    },
    {
      operation: 'instancePrivateEndpointConfigGet',
      path: 'privateEndpointConfig',
      field: 'privateEndpointConfig',
      description: 'What you need to connect to the service over a private endpoint; null (with a coded error) when the upstream call fails.',
      answer: 'object',
      ttlMs: 300_000,
      result: {
        objects: 'PrivateEndpointConfig',
        description: 'What is needed to set up a private endpoint to the service.',
        fields: [
          {
            key: 'endpointServiceId',
            type: 'String',
            description: 'The service to create your interface endpoint against: the AWS service name, GCP target service or Azure Private Link service; null when the upstream gives none.',
          },
          { key: 'privateDnsHostname', type: 'String', description: 'The host name clients in your VPC use to reach the service privately; null when the upstream gives none.' },
        ],
      },
    },
    {
      operation: 'instancePrometheusGet',
      path: 'prometheus',
      field: 'prometheusMetrics',
      description: 'Prometheus exposition text of the service (fetched on demand, cached briefly).',
      answer: 'text',
      ttlMs: 10_000,
    },
  ],
};
