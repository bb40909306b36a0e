/**
 * The records of the simulator's store, as the wire shows them (snake_case objects keyed by `uuid`),
 * and the shapes of the groups whose objects the simulator makes itself: an application, an
 * environment, a deployment and the build it runs. Pure, so the seed and the behaviour build the
 * same objects. Keys a description does not list stay on the record, hidden from every answer.
 */
import { seededId } from './ids.js';
import {
  BUILT_IN_VARIABLE_NAMES,
  COMPLETE_PERCENT,
  DEFAULT_BRANCH,
  DEPLOYMENT_DONE,
  FAILING_BRANCH_PREFIX,
  FAILURE_PERCENT,
} from './facts.js';
import { isoDateTime, sha1 } from './wire.js';

/** One object of a group, keyed as on the wire. */
export interface WireRecord {
  uuid: string;
  [key: string]: unknown;
}

/** What the user may do on an application; the gateway shows these as JSON. */
const APPLICATION_PERMISSIONS = ['view_application', 'change_application', 'delete_application', 'deploy_environment'];
const SUPPORT_LEVEL = 'standard';

export interface ApplicationFacts {
  uuid: string;
  slug: string;
  name: string;
  organisation: string;
  region: string;
  repository: string | null;
  createdAt: number;
  activeSubscription: string;
}

/** A new application: the given facts, and the defaults of everything else (the seed gives only ranges). */
export function applicationRecord(app: ApplicationFacts): WireRecord {
  return {
    uuid: app.uuid, slug: app.slug, name: app.name, organisation: app.organisation, region: app.region, repository: app.repository,
    branch: DEFAULT_BRANCH, screenshots: {}, custom_screenshots: {}, avatars: {}, is_suspended: false, suspended_reason: '',
    is_undergoing_maintenance: false, maintenance_reason: '', copy_type: null, is_repository_read_only: false, release_commands: [],
    has_annotations: false, updates_available: false, created_at: isoDateTime(app.createdAt), active_subscription: app.activeSubscription,
    tags: [], on_free_trial: false, free_trial_days_left: 0, copied_from: null, screenshot_taken_at: null, maintenance_window_start: 0,
    maintenance_window_duration: 3600, unconfirmed_subscription: null, support_level: SUPPORT_LEVEL, mirrors_count: 0,
    upcoming_maintenances_count: 0, port: 80, startup_probe_max_retries: 30, startup_probe_request_timeout: 5,
    startup_probe_retry_timeout: 10, requires_migration: false, requires_migration_to: null, is_locked: false, features: [],
    permissions: [...APPLICATION_PERMISSIONS], can_add_environment: true,
    // Hidden: what CreateApplication answers besides the object, and when it was archived (then it vanishes).
    app_template: null, repository_prepopulated: false, disk: 0, transfer: 0, archived_at: null,
  };
}

export interface EnvironmentFacts {
  uuid: string;
  application: string;
  slug: string;
  branch: string;
  isProductionGrade: boolean;
  alternativeDockerfile: string | null;
  pendingCommitCount: number;
  createdAt: number;
}

/**
 * A new environment. What derives from its deployments, domains and application (the deployed
 * URL, the embedded deployments, the pending commits range, the hostnames) is computed when it is
 * answered, never stored.
 */
export function environmentRecord(env: EnvironmentFacts): WireRecord {
  return {
    uuid: env.uuid, application: env.application, slug: env.slug, branch: env.branch, is_production_grade: env.isProductionGrade,
    pending_commits_lookup: null, alternative_dockerfile: env.alternativeDockerfile, application_config: null,
    ondemand_backup_retention_config: null, scheduled_backup_config: null, next_scheduled_backup_occurence: null,
    pending_commit_count: env.pendingCommitCount, has_pending_changes: false, pending_changes: [], running_tasks: [],
    built_in_environment_variables: [...BUILT_IN_VARIABLE_NAMES], created_at: isoDateTime(env.createdAt),
    // Hidden: set by StopEnvironment; the environment serves nothing until a deployment succeeds after it.
    stopped_at: null,
  };
}

/** The variables the platform injects into a deployment, derived from its id (so each deployment keeps its own secret). */
function builtInVariables(app: WireRecord, env: WireRecord, deployment: string): Record<string, string> {
  const name = `${String(app.slug)}-${String(env.slug)}`.replace(/-/g, '_');
  const secret = sha1(`${deployment}:secret`);
  return {
    DEFAULT_DATABASE_DSN: `postgres://${name}:${secret.slice(0, 16)}@postgres.divio.internal:5432/${name}`,
    DEFAULT_STORAGE_DSN: `s3://${secret.slice(16, 28)}@${String(app.slug)}-${String(env.slug)}-media.s3.divio.internal/`,
    GIT_BRANCH: String(env.branch),
    SECRET_KEY: secret,
    STAGE: String(env.slug),
  };
}

export interface DeploymentFacts {
  uuid: string;
  application: WireRecord;
  environment: WireRecord;
  orgMembership: string;
  startedAt: number;
}

/** A queued deployment of an environment as it is right now (branch, Dockerfile, variables). */
export function deploymentRecord({ uuid, application, environment, orgMembership, startedAt }: DeploymentFacts): WireRecord {
  const variables = builtInVariables(application, environment, uuid);
  return {
    uuid, environment: environment.uuid, region: application.region, org_membership: orgMembership, started_at: isoDateTime(startedAt),
    ended_at: null, duration: null, status: 'queued', is_usable: false, success: null, git_commit: sha1(uuid),
    alternative_dockerfile: environment.alternative_dockerfile, copy_from: null, environment_variables: Object.keys(variables), percent: 0,
    // Hidden: the variables' values (their own endpoint answers them), how it was asked for, and how it will end.
    variables, build_mode: 'AUTO', adopt_deployment: null, provision_services: true,
    fails_at_end: String(environment.branch).startsWith(FAILING_BRANCH_PREFIX), forced_status: null,
  };
}

/**
 * The status word a deployment shows: a word a test forced on it (forceDeploymentStatus in
 * server.ts), else the platform's own. Real clients never read the verdict from it.
 */
export const statusWord = (deployment: WireRecord, own: string): string =>
  typeof deployment.forced_status === 'string' ? deployment.forced_status : own;

/**
 * Ends a deployment: a success at 100 %, a failure where it stopped (75 % on a `fail*` branch).
 * Either way its status reads `done`, the one final status real clients have seen; the verdict is
 * `success`, and `ended_at` says it has ended.
 */
export function endDeployment(deployment: WireRecord, success: boolean, endedAt: number): void {
  Object.assign(deployment, {
    ended_at: isoDateTime(endedAt), duration: (endedAt - Date.parse(String(deployment.started_at))) / 1000,
    status: statusWord(deployment, DEPLOYMENT_DONE), percent: success ? COMPLETE_PERCENT : FAILURE_PERCENT, success, is_usable: success,
  });
}

/**
 * The build a deployment runs (GetBuild): made when the deployment starts, ended with it. Its id
 * derives from the deployment's, so a deployment always finds its own build.
 */
export function buildRecord(application: WireRecord, deployment: WireRecord): WireRecord {
  const commit = String(deployment.git_commit);
  return {
    uuid: seededId(`build/${deployment.uuid}`), repository: application.repository, website: application.uuid, build_type: 'DOCKER',
    start: deployment.started_at, end: deployment.ended_at, git_commit: commit,
    docker_image: `registry.divio-simulator.invalid/${String(application.slug)}:${commit.slice(0, 12)}`,
  };
}
