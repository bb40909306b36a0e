/**
 * Closed value sets the Divio seed lists, shared by several resource groups.
 */
import type { EnumType } from '../types.js';

export const SERVICE_TYPE: EnumType = {
  enum: 'DivioServiceType',
  values: ['AMQP', 'DATABASE', 'SEARCH', 'STORAGE'],
  description: 'What kind of backing service: a message queue, a database, a search index or object storage.',
};

export const BACKUP_TRIGGER: EnumType = {
  enum: 'BackupTrigger',
  values: ['MANUAL', 'PULL'],
  description: 'Why the work was started: by a person (MANUAL) or to pull a copy to a local machine (PULL).',
};

/** Deployment states real clients see while polling (`done` was seen on a finished deployment). */
export const DEPLOYMENT_STATUS: EnumType = {
  enum: 'DeploymentStatus',
  values: ['queued', 'running', 'success', 'failure', 'done'],
  description: 'Where a deployment stands: waiting, running, or ended (success, failure, done).',
};
