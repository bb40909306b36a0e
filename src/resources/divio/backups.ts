/**
 * Backups of an environment and their per-service parts: a backup covers some of the
 * environment's service instances, and each service instance backup is the copy of one of them.
 * Creating a backup starts work upstream (state WORKING) that ends in state COMPLETED, with an
 * outcome in `success`: SUCCESS, FAILURE or PARTIAL.
 */
import type { ResourceDescription } from '../types.js';
import { BACKUP_OUTCOME, BACKUP_TRIGGER, SERVICE_TYPE } from './enums.js';

const ENVIRONMENT_PARENT = { type: 'Environment', filter: 'environment' } as const;

export const backups: ResourceDescription = {
  group: 'backups',
  type: 'DivioBackup',
  plural: 'divioBackups',
  description: 'A backup of some or all of an environment\'s service instances, taken at one moment.',
  operations: { list: 'ListBackups', get: 'GetBackup', create: 'CreateBackup' },
  batch: 'each',
  ttlMs: 5_000,
  parent: { ...ENVIRONMENT_PARENT, field: 'backups', description: 'Backups of this environment, newest first.' },
  filters: [{ key: 'environment', type: { ref: 'Environment' }, description: 'Only backups of this environment.' }],
  fields: [
    { key: 'environment', type: { ref: 'Environment' }, description: 'The environment that was backed up.' },
    { key: 'org_membership', type: 'DivioId', name: 'organizationMembershipId', description: 'The membership of the person who started it.' },
    { key: 'tags', type: 'JSON', description: 'Labels attached to the backup (free-form JSON: the API documents no shape).' },
    { key: 'created', type: 'DateTime', description: 'When the backup was requested.' },
    { key: 'trigger', type: BACKUP_TRIGGER, description: 'Why the backup was taken.' },
    { key: 'notes', type: 'String', description: 'Free text the requester attached.' },
    { key: 'state', type: 'String', description: 'Where the work stands: WORKING, then COMPLETED (whatever the outcome: see outcome).' },
    { key: 'size', type: 'SafeInt', description: 'Bytes over all its service instance backups.' },
    { key: 'meta_information', type: 'JSON', description: 'Extra facts the platform records about the backup (free-form JSON: the API documents no shape).' },
    {
      key: 'service_instance_backups',
      type: { refs: 'ServiceInstanceBackup' },
      description: 'The copy of each service instance the backup covers.',
    },
    { key: 'scheduled_for_deletion_at', type: 'DateTime', description: 'When the backup will be deleted.' },
    { key: 'success', type: 'String', description: 'The outcome once completed, as the upstream wrote it (SUCCESS, FAILURE, PARTIAL); null while it runs.' },
    { key: 'success', name: 'outcome', type: BACKUP_OUTCOME, description: 'How it ended once completed; null while it runs; UNKNOWN for an outcome this gateway does not know yet (see success).' },
  ],
  create: [
    { key: 'environment', type: { ref: 'Environment' }, required: true, description: 'The environment to back up.' },
    { key: 'notes', type: 'String', maxLength: 255, description: 'Free text to keep with the backup.' },
    {
      key: 'services',
      name: 'serviceInstanceIds',
      type: { refs: 'ServiceInstance' },
      required: true,
      description: 'The service instances of the environment to include.',
    },
    { key: 'scheduled_for_deletion_at', type: 'DateTime', nullable: true, description: 'When to delete the backup; default: the retention policy decides.' },
  ],
  actions: [
    {
      operation: 'UploadBackups',
      path: 'upload',
      onCollection: true,
      description: 'Asks where to upload local backups of some service instances: one upload target per service instance.',
      input: [
        { key: 'services', name: 'serviceInstanceIds', type: { refs: 'ServiceInstance' }, required: true, description: 'The service instances to upload backups for.' },
        { key: 'environment', type: { ref: 'Environment' }, required: true, description: 'The environment the backups belong to.' },
        { key: 'notes', type: 'String', maxLength: 255, description: 'Free text to keep with the backup.' },
        { key: 'scheduled_for_deletion_at', type: 'DateTime', description: 'When to delete the uploaded backup.' },
      ],
      result: [
        { key: 'uuid', name: 'backupId', type: 'DivioId', description: 'The backup the uploads will form.' },
        {
          key: 'results',
          type: {
            objects: 'BackupUploadTarget',
            description: 'Where to upload the backup of one service instance, and how to say it is done.',
            keyedBy: { key: 'service_instance', type: { ref: 'ServiceInstance' }, description: 'The service instance this upload is for.' },
            fields: [
              { key: 'handler', type: 'String', description: 'The upload protocol, e.g. s3-sts-v1 (temporary S3 credentials).' },
              { key: 'upload_parameters', type: 'JSON', description: 'What the handler needs to upload, e.g. bucket, key and temporary credentials (free-form JSON: its shape depends on the handler).' },
              { key: 'finish_url', type: 'String', description: 'The URL to call once the file is uploaded.' },
            ],
          },
          description: 'One upload target per service instance (the upstream answers them keyed by service instance id).',
        },
      ],
      invalidates: ['backups'],
    },
  ],
  // Ended whatever the outcome: COMPLETED comes with SUCCESS, FAILURE or PARTIAL, and an outcome alone says it ended too.
  progress: { subscription: 'divioBackupUpdated', doneWhen: [{ key: 'state', values: ['COMPLETED', 'FAILED'] }, { key: 'success' }] },
};

export const serviceInstanceBackups: ResourceDescription = {
  group: 'service-instance-backups',
  type: 'ServiceInstanceBackup',
  plural: 'serviceInstanceBackups',
  description: 'The copy of one service instance (a database, a storage bucket) within a backup.',
  operations: { list: 'ListServiceInstanceBackups', get: 'GetServiceInstanceBackup' },
  batch: 'filter',
  ttlMs: 5_000,
  filters: [{ key: 'uuid', type: 'DivioId', name: 'ids', many: true, description: 'Only these service instance backups.' }],
  fields: [
    { key: 'backup', type: { ref: 'DivioBackup' }, description: 'The backup this copy belongs to.' },
    { key: 'service', type: { ref: 'DivioService' }, description: 'The kind of service that was copied.' },
    { key: 'service_instance', type: { ref: 'ServiceInstance' }, description: 'The service instance that was copied.' },
    { key: 'service_type', type: SERVICE_TYPE, description: 'The kind of service, as recorded with the copy.' },
    { key: 'service_prefix', type: 'String', description: 'The prefix of the service instance (e.g. DEFAULT).' },
    { key: 'size', type: 'SafeInt', description: 'Bytes of the copy.' },
    { key: 'errors', type: 'JSON', description: 'What went wrong, if anything (free-form JSON: the API documents no shape).' },
    { key: 'queued_at', type: 'DateTime', description: 'When the copy was queued.' },
    { key: 'started_at', type: 'DateTime', description: 'When copying started.' },
    { key: 'ended_at', type: 'DateTime', description: 'When copying ended.' },
    { key: 'taken_at', type: 'DateTime', description: 'The moment of the data the copy holds.' },
  ],
};

export const serviceInstances: ResourceDescription = {
  group: 'service-instances',
  type: 'ServiceInstance',
  plural: 'serviceInstances',
  description: 'One backing service (a database, storage, ...) attached to an environment.',
  operations: {
    list: 'ListServiceInstances',
    get: 'GetServiceInstance',
    create: 'CreateServiceInstance',
    update: 'UpdateServiceInstance',
    partialUpdate: 'PartialUpdateServiceInstance',
    destroy: 'DestroyServiceInstance',
  },
  batch: 'each',
  // Short: provisioning moves service_status along within seconds.
  ttlMs: 2_000,
  parent: { ...ENVIRONMENT_PARENT, field: 'serviceInstances', description: 'The backing services of this environment.' },
  filters: [{ key: 'environment', type: { ref: 'Environment' }, description: 'Only service instances of this environment.' }],
  fields: [
    { key: 'environment', type: { ref: 'Environment' }, description: 'The environment the instance serves.' },
    { key: 'region', type: { ref: 'Region' }, description: 'Where the instance runs.' },
    { key: 'service', type: { ref: 'DivioService' }, description: 'What kind of service this is an instance of.' },
    { key: 'service_status', type: 'String', description: 'Provisioning status, e.g. NEW, PROVISIONING, READY.' },
    { key: 'last_status_update', type: 'DateTime', description: 'When the status last changed.' },
    { key: 'prefix', type: 'String', description: 'Prefix of the environment variables that point at it (e.g. DEFAULT).' },
    { key: 'type', type: SERVICE_TYPE, description: 'The kind of service.' },
    { key: 'last_config_update', type: 'DateTime', description: 'When its configuration last changed.' },
    { key: 'environment_variables', type: 'JSON', description: 'The environment variables it provides (free-form JSON: the API documents no shape).' },
  ],
  create: [
    { key: 'environment', type: { ref: 'Environment' }, required: true, description: 'The environment to add the service to.' },
    { key: 'prefix', type: 'String', required: true, maxLength: 32, description: 'Prefix of its environment variables, e.g. DEFAULT.' },
    { key: 'service', type: { ref: 'DivioService' }, required: true, description: 'The kind of service to add.' },
  ],
  update: [{ key: 'prefix', type: 'String', maxLength: 32, description: 'New prefix of its environment variables.' }],
  actions: [
    { operation: 'AttachServiceInstance', path: 'attach', description: 'Attaches the instance to its environment.', guessed: true },
    { operation: 'DetachServiceInstance', path: 'detach', description: 'Detaches the instance from its environment, keeping its data.', guessed: true },
    { operation: 'ProvisionServiceInstance', path: 'provision', description: 'Provisions the service so the environment can use it.', guessed: true },
  ],
  invalidates: ['environments'],
};
