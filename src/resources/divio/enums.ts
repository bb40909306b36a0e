/**
 * Closed value sets the Divio seed lists, shared by several resource groups.
 */
import type { EnumType } from '../types.js';

export const SERVICE_TYPE: EnumType = {
  enum: 'DivioServiceType',
  values: ['AMQP', 'DATABASE', 'SEARCH', 'STORAGE'],
  description: 'What kind of backing service: a message queue, a database, a search index or object storage.',
  meanings: {
    AMQP: 'A message queue spoken to over AMQP (e.g. RabbitMQ).',
    DATABASE: 'A database (e.g. PostgreSQL, MySQL).',
    SEARCH: 'A search index (e.g. Elasticsearch).',
    STORAGE: 'Object storage for media and other files.',
  },
};

export const BACKUP_TRIGGER: EnumType = {
  enum: 'BackupTrigger',
  values: ['MANUAL', 'PULL'],
  description: 'Why the work was started: by a person (MANUAL) or to pull a copy to a local machine (PULL).',
  meanings: {
    MANUAL: 'Started on request by a person or a script.',
    PULL: 'Started to pull a copy to a local machine (e.g. by the Divio CLI).',
  },
};

/** How a completed backup ended (its `success`), as divio-cli reads it. */
export const BACKUP_OUTCOME: EnumType = {
  enum: 'BackupOutcome',
  values: ['SUCCESS', 'FAILURE', 'PARTIAL'],
  description: 'How a completed backup ended: every service instance copied, none, or only some.',
  meanings: {
    SUCCESS: 'Every service instance was copied.',
    FAILURE: 'No service instance was copied; its service instance backups say why.',
    PARTIAL: 'Some service instances were copied, others not; their service instance backups say which and why.',
  },
};

/**
 * Deployment states real clients see while polling. The API ends every deployment with `done`
 * (success and failure alike: `success` holds the verdict); `success` and `failure` are kept for
 * compatibility. Whether a deployment has ended is `ended_at` or `success`, never this word.
 */
export const DEPLOYMENT_STATUS: EnumType = {
  enum: 'DeploymentStatus',
  values: ['queued', 'running', 'success', 'failure', 'done'],
  description: 'Where a deployment stands, in the upstream\'s words (waiting, running, done). Not the verdict and not the end: read endedAt and success for those.',
  meanings: {
    queued: 'Waiting to start.',
    running: 'Building or releasing now.',
    success: 'Ended, and the new version is released (an older word; the API now says done).',
    failure: 'Ended without releasing (an older word; the API now says done).',
    done: 'What the API says of an ended deployment, successful or not: success tells the verdict.',
  },
};

export const COPY_TYPE: EnumType = {
  enum: 'ApplicationCopyType',
  values: ['COPY', 'FORK', 'MIRROR'],
  description: 'How an application came from another: a one-off copy, a fork, or a mirror kept in step.',
  meanings: {
    COPY: 'A one-off copy of another application.',
    FORK: 'A fork: a copy that goes its own way.',
    MIRROR: 'A mirror, kept in step with the application it mirrors.',
  },
};

export const APPLICATION_ORDER: EnumType = {
  enum: 'ApplicationOrder',
  values: ['name', '-name', 'created_at', '-created_at'],
  names: { name: 'NAME_ASC', '-name': 'NAME_DESC', created_at: 'CREATED_AT_ASC', '-created_at': 'CREATED_AT_DESC' },
  inputOnly: true,
  description: 'How the upstream orders applications.',
  meanings: {
    name: 'By name, A to Z.',
    '-name': 'By name, Z to A.',
    created_at: 'Oldest first.',
    '-created_at': 'Newest first.',
  },
};

export const ENVIRONMENT_ORDER: EnumType = {
  enum: 'EnvironmentOrder',
  values: ['application', '-application'],
  names: { application: 'APPLICATION_ASC', '-application': 'APPLICATION_DESC' },
  inputOnly: true,
  description: 'How the upstream orders environments.',
  meanings: {
    application: 'By application, ascending.',
    '-application': 'By application, descending.',
  },
};

export const BUILD_MODE: EnumType = {
  enum: 'BuildMode',
  values: ['AUTO', 'ADOPT', 'FORCE'],
  description: 'How a deployment gets its image: build if there are new commits (AUTO), reuse the latest (ADOPT), or always build (FORCE).',
  meanings: {
    AUTO: 'Build a new container image if there are new commits, otherwise reuse the latest one.',
    ADOPT: 'Use the latest container image.',
    FORCE: 'Build a new container image.',
  },
  inputOnly: true,
};

export const TIME_WINDOW_PRESET: EnumType = {
  enum: 'MetricsTimeWindow',
  values: ['1h', '6h', '12h', '24h', '7d'],
  names: { '1h': 'LAST_HOUR', '6h': 'LAST_6_HOURS', '12h': 'LAST_12_HOURS', '24h': 'LAST_24_HOURS', '7d': 'LAST_7_DAYS' },
  inputOnly: true,
  description: 'A metrics window that ends now.',
  meanings: {
    '1h': 'The last hour.',
    '6h': 'The last six hours.',
    '12h': 'The last twelve hours.',
    '24h': 'The last day.',
    '7d': 'The last seven days.',
  },
};

export const COPY_MODE: EnumType = {
  enum: 'ApplicationCopyMode',
  values: ['FORK', 'MIRROR'],
  inputOnly: true,
  description: 'How copyApplication copies: as a fork or as a mirror.',
  meanings: {
    FORK: 'A fork: a copy that goes its own way.',
    MIRROR: 'A mirror, kept in step with the application it mirrors.',
  },
};
