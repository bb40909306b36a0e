/**
 * References held by the groups whose behaviour is still hand-written (applications, environments):
 * each id becomes the object it names, read through the described groups' loaders.
 */
import type { FieldSpec } from '../types.js';
import { DEPLOYMENT_STATUS } from './enums.js';

export const APPLICATION_REFERENCES: readonly FieldSpec[] = [
  { key: 'region', type: { ref: 'Region' }, description: 'The region the application is hosted in.' },
];

export const ENVIRONMENT_REFERENCES: readonly FieldSpec[] = [
  { key: 'primary_domain', type: { ref: 'Domain' }, description: 'The main domain the environment answers on.' },
  {
    key: 'scheduled_backup_config',
    name: 'scheduledBackupConfiguration',
    type: { ref: 'ScheduledBackupConfiguration' },
    description: 'When the environment is backed up automatically.',
  },
  {
    key: 'ondemand_backup_retention_config',
    name: 'ondemandBackupRetentionConfiguration',
    type: { ref: 'BackupRetentionConfiguration' },
    description: 'How long backups taken on demand are kept.',
  },
];

export const DEPLOYMENT_DESCRIBED_FIELDS: readonly FieldSpec[] = [
  { key: 'status', type: DEPLOYMENT_STATUS, description: 'Where the deployment stands; UNKNOWN for a state this gateway does not know yet (see statusText).' },
  { key: 'status', name: 'statusText', type: 'String', description: 'The status exactly as the upstream wrote it.' },
];
