/**
 * Constants the seed and the behaviour must agree on: the states work moves through, the sizes and
 * hosts the simulator makes up, the pace of a deployment. They live here, not in the behaviour
 * modules, so that seed data imports constants and never behaviour.
 */

/** Where backup work stands (WAITING -> RUNNING -> COMPLETED), and how finished work ended. */
export const BACKUP_STATE = { waiting: 'WAITING', running: 'RUNNING', completed: 'COMPLETED' } as const;
export const SUCCESS = 'SUCCESS';
/** BackupRestore's `trigger` is an integer code; the seed does not say which means what (guessed). */
export const RESTORE_TRIGGER_MANUAL = 1;
/** Bytes a copy of each kind of service takes in the simulator. */
export const COPY_BYTES: Readonly<Record<string, number>> = { DATABASE: 48_234_496, STORAGE: 512_458_752, SEARCH: 8_388_608, AMQP: 1_048_576 };
/** Where prepared downloads and uploads point: a reserved host, so nothing real is ever reached. */
export const TRANSFER_HOST = 'https://backups.divio-simulator.invalid';

/** A service instance is NEW until provisioned, then READY after one step. */
export const SERVICE_STATUS = { new: 'NEW', provisioning: 'PROVISIONING', ready: 'READY' } as const;
/** The variable a service instance provides once ready, e.g. DEFAULT_DATABASE_DSN. */
export const serviceVariable = (prefix: string, type: string): string => `${prefix}_${type}_DSN`;
/** What a domain's one seeded extra action is called, and what it does: check the DNS record. */
export const VERIFY_DNS_ACTION = 'verify-dns';
export const setupInstructions = (name: string, target: string | null): string =>
  `<p>Add a CNAME record for <code>${name}</code> pointing to <code>${target ?? 'your environment'}</code>.</p>`;

/** Metrics every environment reports (the identifiers environment-metric-metadata lists), with their ceilings. */
export const ENVIRONMENT_METRICS: Readonly<Record<string, { max: number }>> = {
  cpu_usage: { max: 100 },
  memory_usage: { max: 512 },
  requests_per_minute: { max: 1_200 },
  response_time_p95: { max: 900 },
};

/** Progress gained per step; a deployment succeeds at 100, and one of a `fail*` branch fails at 75. */
export const PERCENT_PER_STEP = 25;
export const FAILURE_PERCENT = 75;
export const COMPLETE_PERCENT = 100;
/** The deployment running at start-up has already made this much progress. */
export const RUNNING_SEED_PERCENT = 50;
/** The status of every ended deployment, successful or not (the only status seen in the wild). */
export const DEPLOYMENT_DONE = 'done';
/** Branches starting with this fail their deployments (the failure path of the simulator). */
export const FAILING_BRANCH_PREFIX = 'fail';
/** What the platform injects into every deployment; environments list these names. */
export const BUILT_IN_VARIABLE_NAMES = ['DEFAULT_DATABASE_DSN', 'DEFAULT_STORAGE_DSN', 'GIT_BRANCH', 'SECRET_KEY', 'STAGE'] as const;
export const DEFAULT_BRANCH = 'main';
