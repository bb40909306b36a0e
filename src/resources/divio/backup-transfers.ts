/**
 * Moving backups: downloads (a copy of some service instance backups, each part ending with a
 * download URL) and restores (a backup's service instance backups written back into an
 * environment). Both are long-running and subscribable.
 */
import type { ResourceDescription } from '../types.js';
import { BACKUP_TRIGGER } from './enums.js';

const PROGRESS_TIMES = [
  { key: 'queued_at', type: 'DateTime', description: 'When the work was queued.' },
  { key: 'started_at', type: 'DateTime', description: 'When the work started.' },
  { key: 'ended_at', type: 'DateTime', description: 'When the work ended; null while it runs.' },
  { key: 'errors', type: 'JSON', description: 'What went wrong, if anything (free-form JSON: the API documents no shape).' },
] as const;

export const backupDownloads: ResourceDescription = {
  group: 'backup-downloads',
  type: 'BackupDownload',
  plural: 'backupDownloads',
  description: 'A request to download some service instance backups of a backup.',
  operations: { list: 'ListBackupDownloads', get: 'GetBackupDownload', create: 'CreateBackupDownload' },
  batch: 'each',
  ttlMs: 2_000,
  fields: [
    { key: 'backup', type: { ref: 'DivioBackup' }, description: 'The backup being downloaded.' },
    { key: 'author', type: 'DivioId', name: 'authorId', description: 'The user who asked for the download.' },
    { key: 'started_at', type: 'DateTime', description: 'When the download was requested.' },
    { key: 'trigger', type: BACKUP_TRIGGER, description: 'Why the download was started.' },
  ],
  create: [
    { key: 'backup', type: { ref: 'DivioBackup' }, required: true, description: 'The backup to download from.' },
    { key: 'trigger', type: BACKUP_TRIGGER, required: true, description: 'Why: PULL to copy it to a local machine, MANUAL otherwise.' },
    {
      key: 'service_instance_backups',
      type: { refs: 'ServiceInstanceBackup' },
      required: true,
      description: 'The service instance backups of that backup to prepare for download.',
    },
  ],
  progress: {
    subscription: 'backupDownloadUpdated',
    doneWhen: { key: 'download_url' },
    children: { group: 'backup-download-service-instances', filter: 'backup_download' },
  },
};

export const backupDownloadServiceInstances: ResourceDescription = {
  group: 'backup-download-service-instances',
  type: 'BackupDownloadServiceInstance',
  plural: 'backupDownloadServiceInstances',
  description: 'One service instance backup of a download, with its URL once ready.',
  operations: { list: 'ListBackupDownloadServiceInstances', get: 'GetBackupDownloadServiceInstance' },
  batch: 'each',
  ttlMs: 2_000,
  parent: {
    type: 'BackupDownload',
    filter: 'backup_download',
    field: 'backupDownloadServiceInstances',
    description: 'The parts of this download, one per service instance backup.',
  },
  filters: [
    { key: 'backup_download', type: { ref: 'BackupDownload' }, description: 'Only the parts of this download.' },
    { key: 'service_instance_backup', type: { ref: 'ServiceInstanceBackup' }, description: 'Only parts for this service instance backup.' },
  ],
  fields: [
    { key: 'backup_download', type: { ref: 'BackupDownload' }, description: 'The download this part belongs to.' },
    { key: 'service_instance_backup', type: { ref: 'ServiceInstanceBackup' }, description: 'The service instance backup being prepared.' },
    { key: 'download_url', type: 'String', description: 'Where to download the file; null until it is ready.' },
    ...PROGRESS_TIMES,
  ],
};

export const backupRestores: ResourceDescription = {
  group: 'backup-restores',
  type: 'BackupRestore',
  plural: 'backupRestores',
  description: 'Writing a backup\'s service instance backups back into an environment.',
  operations: { list: 'ListBackupRestores', get: 'GetBackupRestore', create: 'CreateBackupRestore' },
  batch: 'each',
  ttlMs: 2_000,
  parent: { type: 'Environment', filter: 'environment', field: 'backupRestores', description: 'Restores into this environment, newest first.' },
  filters: [{ key: 'environment', type: { ref: 'Environment' }, description: 'Only restores into this environment.' }],
  fields: [
    { key: 'environment', type: { ref: 'Environment' }, description: 'The environment being restored.' },
    { key: 'backup', type: { ref: 'DivioBackup' }, description: 'The backup being restored.' },
    { key: 'org_membership', type: 'DivioId', name: 'organizationMembershipId', description: 'The membership of the person who started it.' },
    { key: 'started_at', type: 'DateTime', description: 'When the restore started.' },
    { key: 'trigger', type: 'Int', description: 'The upstream code for why the restore was started.' },
    { key: 'finished', type: 'Boolean', description: 'The restore has ended (see success).' },
    { key: 'success', type: 'String', description: 'The outcome once finished, e.g. SUCCESS; null while it runs.' },
    { key: 'notes', type: 'String', description: 'Free text the requester attached.' },
    {
      key: 'service_instance_backup_restores',
      type: { refs: 'ServiceInstanceBackupRestore' },
      description: 'The restore of each service instance backup.',
    },
  ],
  create: [
    { key: 'backup', type: { ref: 'DivioBackup' }, required: true, description: 'The backup to restore.' },
    {
      key: 'service_instance_restores',
      type: {
        inputObjects: 'ServiceInstanceRestoreInput',
        description: 'One service instance backup to restore.',
        fields: [
          {
            key: 'service_instance_backup',
            type: { ref: 'ServiceInstanceBackup' },
            required: true,
            description: 'The service instance backup to write back.',
          },
        ],
      },
      description: 'Which service instance backups to restore; default: all of the backup.',
    },
    { key: 'notes', type: 'String', maxLength: 255, description: 'Free text to keep with the restore.' },
  ],
  invalidates: ['service-instance-backup-restores'],
  progress: { subscription: 'backupRestoreUpdated', doneWhen: { key: 'finished', values: [true] } },
};

export const serviceInstanceBackupRestores: ResourceDescription = {
  group: 'service-instance-backup-restores',
  type: 'ServiceInstanceBackupRestore',
  plural: 'serviceInstanceBackupRestores',
  description: 'The restore of one service instance backup within a backup restore.',
  operations: { list: 'ListServiceInstanceBackupRestores', get: 'GetServiceInstanceBackupRestore' },
  batch: 'filter',
  ttlMs: 2_000,
  filters: [{ key: 'uuid', type: 'DivioId', name: 'ids', many: true, description: 'Only these restores.' }],
  fields: [
    { key: 'backup_restore', type: { ref: 'BackupRestore' }, description: 'The restore this part belongs to.' },
    { key: 'service_instance_backup', type: { ref: 'ServiceInstanceBackup' }, description: 'The service instance backup being written back.' },
    { key: 'service_instance', type: { ref: 'ServiceInstance' }, description: 'The service instance being restored.' },
    ...PROGRESS_TIMES,
  ],
};
