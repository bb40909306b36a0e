/**
 * Backups of a ClickHouse Cloud service, most recent first, read from their service's list; a
 * running backup is in motion until it is done.
 */
import type { ResourceDescription } from '../types.js';
import { BACKUP_STATUS, BACKUP_TYPE } from './enums.js';

export const backups: ResourceDescription = {
  api: 'clickhouse',
  group: 'backups',
  path: 'organizations/{organizationId}/services/{serviceId}/backups',
  idParam: 'backupId',
  type: 'Backup',
  plural: 'backups',
  description: 'A backup of a ClickHouse Cloud service.',
  operations: { list: 'backupGetList', get: 'backupGet' },
  batch: 'catalog',
  ttlMs: 30_000,
  inMotion: { key: 'status', values: ['in_progress'] },
  live: {
    all: { field: 'backupUpdated', description: "The service's most recent backup now, then every new backup and every status change.", initial: 'first' },
  },
  order: { key: 'startedAt', descending: true },
  parent: {
    type: 'Service',
    filter: 'serviceId',
    field: 'backups',
    description: 'Backups of the service, most recent first; null (with a coded error) only when the upstream list call fails.',
    link: { field: 'service', description: 'The service this is a backup of.' },
    one: { field: 'backup', description: 'One backup of this service; null with a NOT_FOUND error when it has no such backup.' },
    first: { field: 'latestBackup', description: 'The most recent backup (possibly still in progress); null when there is none.' },
  },
  filters: [{ key: 'status', type: BACKUP_STATUS, many: true, description: 'Only backups with one of these statuses.' }],
  fields: [
    { key: 'status', type: BACKUP_STATUS, nonNull: true, description: 'Whether the backup is still running, done or failed; UNKNOWN for a status this gateway does not know yet.' },
    { key: 'type', type: BACKUP_TYPE, description: 'Full or incremental; null when the upstream does not say.' },
    { key: 'startedAt', type: 'DateTime', description: 'When the backup started; null when the upstream does not say.' },
    { key: 'finishedAt', type: 'DateTime', description: 'When the backup finished; null while it is in progress.' },
    { key: 'sizeInBytes', type: 'SafeInt', description: 'Size of the backup in bytes; null when the upstream does not say.' },
    {
      key: 'durationInSeconds',
      type: 'SafeInt',
      description: 'How long the backup took, in whole seconds (while in progress: time since it started); null when the upstream does not say.',
    },
  ],
};
