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

export const COPY_TYPE: EnumType = {
  enum: 'ApplicationCopyType',
  values: ['COPY', 'FORK', 'MIRROR'],
  description: 'How an application came from another: a one-off copy, a fork, or a mirror kept in step.',
};

export const APPLICATION_ORDER: EnumType = {
  enum: 'ApplicationOrder',
  values: ['name', '-name', 'created_at', '-created_at'],
  names: { name: 'NAME_ASC', '-name': 'NAME_DESC', created_at: 'CREATED_AT_ASC', '-created_at': 'CREATED_AT_DESC' },
  inputOnly: true,
  description: 'How the upstream orders applications.',
};

export const ENVIRONMENT_ORDER: EnumType = {
  enum: 'EnvironmentOrder',
  values: ['application', '-application'],
  names: { application: 'APPLICATION_ASC', '-application': 'APPLICATION_DESC' },
  inputOnly: true,
  description: 'How the upstream orders environments.',
};

export const BUILD_MODE: EnumType = {
  enum: 'BuildMode',
  values: ['AUTO', 'ADOPT', 'FORCE'],
  description: 'How a deployment gets its image: build if there are new commits (AUTO), reuse the latest (ADOPT), or always build (FORCE).',
  inputOnly: true,
};
