/**
 * Work an environment runs on a schedule: cron jobs, with the log of their runs.
 */
import type { EnumType, ResourceDescription } from '../types.js';

export const CRONJOB_FREQUENCY: EnumType = {
  enum: 'CronjobFrequency',
  values: ['DAILY', 'HOURLY', 'EVERY10MIN'],
  names: { EVERY10MIN: 'EVERY_10_MINUTES' },
  description: 'How often a cron job runs.',
  meanings: {
    DAILY: 'Once a day, at its time.',
    HOURLY: 'Once an hour, at its minute.',
    EVERY10MIN: 'Every ten minutes.',
  },
};

export const cronjobs: ResourceDescription = {
  group: 'cronjobs',
  type: 'Cronjob',
  plural: 'cronjobs',
  description: "A command an environment's containers run on a schedule.",
  operations: {
    list: 'ListCronjobs',
    get: 'GetCronjob',
    create: 'CreateCronjob',
    update: 'UpdateCronjob',
    partialUpdate: 'PartialUpdateCronjob',
    destroy: 'DestroyCronjob',
  },
  batch: 'each',
  ttlMs: 15_000,
  parent: { type: 'Environment', filter: 'environment', field: 'cronjobs', description: 'The cron jobs this environment runs.' },
  filters: [
    { key: 'environment', type: { ref: 'Environment' }, description: 'Only cron jobs of this environment.' },
    { key: 'limit', type: 'Int', description: 'At most this many cron jobs (the upstream pages by limit and offset).' },
    { key: 'offset', type: 'Int', description: 'Skip this many cron jobs first.' },
  ],
  fields: [
    { key: 'environment', type: { ref: 'Environment' }, description: 'The environment that runs it.' },
    { key: 'command', type: 'String', description: 'The shell command it runs.' },
    { key: 'frequency', type: CRONJOB_FREQUENCY, description: 'How often it runs.' },
    { key: 'time', type: 'String', description: 'When in the period it runs (HH:MM for daily jobs, MM for hourly ones).' },
    { key: 'custom_timeout', type: 'Int', description: 'Seconds a run may take before it is stopped; null for the default.' },
  ],
  create: [
    { key: 'command', type: 'String', required: true, maxLength: 10_000, description: 'The shell command to run.' },
    { key: 'frequency', type: CRONJOB_FREQUENCY, required: true, description: 'How often to run it.' },
    { key: 'time', type: 'String', maxLength: 16, description: 'When in the period to run it (HH:MM daily, MM hourly).' },
    { key: 'environment', type: { ref: 'Environment' }, required: true, description: 'The environment to run it in.' },
    { key: 'custom_timeout', type: 'Int', min: 0, max: 2_147_483_647, nullable: true, description: 'Seconds a run may take; null for the default.' },
  ],
  update: [
    { key: 'command', type: 'String', maxLength: 10_000, description: 'The shell command to run.' },
    { key: 'frequency', type: CRONJOB_FREQUENCY, description: 'How often to run it.' },
    { key: 'time', type: 'String', maxLength: 16, description: 'When in the period to run it.' },
    { key: 'custom_timeout', type: 'Int', min: 0, max: 2_147_483_647, nullable: true, description: 'Seconds a run may take; null for the default.' },
  ],
  views: [
    {
      operation: 'GetCronjobLogs',
      path: 'logs',
      field: 'logs',
      description: 'Its recent runs, newest first: when each started and ended, and how.',
      answer: 'list',
      result: {
        objects: 'CronjobRun',
        description: 'One run of a cron job.',
        fields: [
          { key: 'started_at', type: 'DateTime', description: 'When it started.' },
          { key: 'finished_at', type: 'DateTime', description: 'When it ended; null while running.' },
          { key: 'exit_code', type: 'Int', description: 'Its exit code (0: success); null while running.' },
        ],
      },
      ttlMs: 10_000,
      guessed: true,
    },
  ],
};
