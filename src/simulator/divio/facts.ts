/**
 * Constants the seed and the behaviour must agree on: the states work moves through, the sizes and
 * hosts the simulator makes up, the pace of a deployment. They live here, not in the behaviour
 * modules, so that seed data imports constants and never behaviour.
 */

/** Where backup work stands (WORKING -> COMPLETED, as divio-cli polls it), and how finished work ended. */
export const BACKUP_STATE = { working: 'WORKING', completed: 'COMPLETED' } as const;
export const SUCCESS = 'SUCCESS';
/** How a completed backup ended (its `success`): every copy taken, none, or some. */
export const BACKUP_OUTCOME = { success: SUCCESS, failure: 'FAILURE', partial: 'PARTIAL' } as const;
export type BackupOutcome = (typeof BACKUP_OUTCOME)[keyof typeof BACKUP_OUTCOME];
/**
 * The failure paths of backups, chosen by the requester's notes so tests pick an outcome and
 * demos mostly succeed: notes starting with `fail` end FAILURE (no copy taken), with `partial`
 * end PARTIAL (only the first service instance copied); any other notes end SUCCESS. Case and
 * leading spaces do not matter. (Deployments have the same kind of rule: a `fail*` branch.)
 */
export const FAILING_BACKUP_NOTES_PREFIX = 'fail';
export const PARTIAL_BACKUP_NOTES_PREFIX = 'partial';
export function backupOutcome(notes: unknown): BackupOutcome {
  const text = typeof notes === 'string' ? notes.trim().toLowerCase() : '';
  if (text.startsWith(FAILING_BACKUP_NOTES_PREFIX)) return BACKUP_OUTCOME.failure;
  if (text.startsWith(PARTIAL_BACKUP_NOTES_PREFIX)) return BACKUP_OUTCOME.partial;
  return BACKUP_OUTCOME.success;
}
/** What a copy that was not taken says in its `errors` (the API documents no shape: a list of messages). */
export const COPY_FAILED = 'The service did not answer while it was being copied.';
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
