/**
 * Maps store records to the wire shapes of the seed reference (GetApplication,
 * CreateApplication, GetEnvironment, GetDeployment, ...). An environment's `application`
 * is a uuid string in lists and an object in the detail view, as upstream does.
 */
import { primaryDomainOf } from './resources-store.js';
import { BUILT_IN_VARIABLE_NAMES, type DivioStore } from './store.js';
import type { ApplicationRecord, DeploymentRecord, EnvironmentRecord } from './types.js';
import { appName, divioDomain, isoDateTime, regionLabel } from './wire.js';

const orNull = (ms: number | null): string | null => (ms === null ? null : isoDateTime(ms));

/** What the user may do on a seeded application; the gateway shows these as JSON. */
const APPLICATION_PERMISSIONS = ['view_application', 'change_application', 'delete_application', 'deploy_environment'];
const SUPPORT_LEVEL = 'standard';

export function applicationDto(app: ApplicationRecord) {
  return {
    uuid: app.uuid,
    slug: app.slug,
    name: app.name,
    organisation: app.organisation,
    region: app.region,
    repository: app.repository,
    screenshots: {},
    custom_screenshots: app.screenshot === undefined ? {} : { original: app.screenshot },
    avatars: app.avatar === undefined ? {} : { original: app.avatar },
    is_suspended: false,
    suspended_reason: '',
    is_undergoing_maintenance: false,
    maintenance_reason: '',
    copy_type: app.copyType ?? null,
    is_repository_read_only: false,
    release_commands: app.releaseCommands,
    has_annotations: false,
    updates_available: false,
    created_at: isoDateTime(app.createdAt),
    active_subscription: app.activeSubscription,
    tags: app.tags,
    on_free_trial: false,
    free_trial_days_left: 0,
    copied_from: app.copiedFrom ?? null,
    screenshot_taken_at: null,
    maintenance_window_start: app.maintenanceWindowStart,
    maintenance_window_duration: app.maintenanceWindowDuration,
    unconfirmed_subscription: null,
    support_level: SUPPORT_LEVEL,
    mirrors_count: 0,
    upcoming_maintenances_count: 0,
    port: app.port,
    startup_probe_max_retries: app.startupProbeMaxRetries,
    startup_probe_request_timeout: app.startupProbeRequestTimeout,
    startup_probe_retry_timeout: app.startupProbeRetryTimeout,
    requires_migration: false,
    requires_migration_to: null,
    is_locked: false,
    features: [],
    permissions: APPLICATION_PERMISSIONS,
    can_add_environment: true,
  };
}

export function applicationCreateDto(app: ApplicationRecord) {
  return {
    uuid: app.uuid,
    name: app.name,
    region: app.region,
    app_template: app.appTemplate,
    organisation: app.organisation,
    repository: app.repository,
    branch: app.branch,
    repository_prepopulated: app.repositoryPrepopulated,
    release_commands: app.releaseCommands,
    tags: app.tags,
    disk: app.disk,
    transfer: app.transfer,
  };
}

export function applicationUpdateDto(app: ApplicationRecord) {
  return {
    uuid: app.uuid,
    name: app.name,
    maintenance_window_start: app.maintenanceWindowStart,
    maintenance_window_duration: app.maintenanceWindowDuration,
    release_commands: app.releaseCommands,
    port: app.port,
    startup_probe_max_retries: app.startupProbeMaxRetries,
    startup_probe_request_timeout: app.startupProbeRequestTimeout,
    startup_probe_retry_timeout: app.startupProbeRetryTimeout,
    tags: app.tags,
  };
}

function deploymentBase(deployment: DeploymentRecord) {
  return {
    uuid: deployment.uuid,
    environment: deployment.environment,
    region: deployment.region,
    org_membership: deployment.orgMembership,
    started_at: isoDateTime(deployment.startedAt),
    ended_at: orNull(deployment.endedAt),
    duration: deployment.endedAt === null ? null : (deployment.endedAt - deployment.startedAt) / 1000,
    status: deployment.status,
    is_usable: deployment.isUsable,
    success: deployment.success,
    git_commit: deployment.gitCommit,
    alternative_dockerfile: deployment.alternativeDockerfile,
    copy_from: deployment.copyFrom,
  };
}

/** GetDeployment: the variables are listed by name only; their values have their own endpoint. */
export function deploymentDto(deployment: DeploymentRecord) {
  return {
    ...deploymentBase(deployment),
    environment_variables: Object.keys(deployment.environmentVariables),
    percent: deployment.percent,
  };
}

export function deploymentVariablesDto(deployment: DeploymentRecord) {
  return { ...deploymentBase(deployment), environment_variables: { ...deployment.environmentVariables } };
}

export function deploymentCreateDto(deployment: DeploymentRecord) {
  return {
    uuid: deployment.uuid,
    environment: deployment.environment,
    build_mode: deployment.buildMode,
    copy_from: deployment.copyFrom,
    adopt_deployment: deployment.adoptDeployment,
    provision_services: deployment.provisionServices,
  };
}

export function environmentDto(store: DivioStore, env: EnvironmentRecord, form: 'list' | 'detail') {
  const app = store.applicationOf(env);
  const deployments = store.deploymentsOf(env.uuid);
  const running = deployments.find((deployment) => deployment.endedAt === null);
  const lastFinished = deployments.find((deployment) => deployment.endedAt !== null);
  const released = deployments.find((deployment) => deployment.success === true);
  // Stopping takes the site down until a deployment succeeds after the stop.
  const serving = released !== undefined && (env.stoppedAt === null || (released.endedAt ?? 0) > env.stoppedAt);
  const domain = divioDomain(app, env);
  return {
    uuid: env.uuid,
    application:
      form === 'list' ? app.uuid : { uuid: app.uuid, slug: app.slug, name: app.name, organisation: app.organisation },
    slug: env.slug,
    branch: env.branch,
    is_production_grade: env.isProductionGrade,
    pending_commits_lookup: 'done',
    has_pending_commits: env.pendingCommitCount > 0,
    alternative_dockerfile: env.alternativeDockerfile,
    deployed_url: serving ? `https://${domain}/` : null,
    last_finished_deployment: lastFinished === undefined ? null : deploymentDto(lastFinished),
    currently_running_deployment: running === undefined ? null : deploymentDto(running),
    currently_released_deployment: released === undefined ? null : deploymentDto(released),
    app_name: appName(app, env),
    primary_domain: primaryDomainOf(store.resources, env.uuid),
    divio_domain: domain,
    application_config: null,
    ssh_endpoint: { host: `ssh.${regionLabel(app.region)}.aldryn.io`, port: 22, user: appName(app, env) },
    ondemand_backup_retention_config: null,
    scheduled_backup_config: null,
    next_scheduled_backup_occurence: null,
    pending_commit_count: env.pendingCommitCount,
    has_pending_changes: false,
    pending_changes: [],
    running_tasks: [],
    built_in_environment_variables: [...BUILT_IN_VARIABLE_NAMES],
    created_at: isoDateTime(env.createdAt),
  };
}

export function environmentCreateDto(env: EnvironmentRecord) {
  return {
    uuid: env.uuid,
    application: env.application,
    slug: env.slug,
    branch: env.branch,
    alternative_dockerfile: env.alternativeDockerfile,
  };
}

export function environmentUpdateDto(env: EnvironmentRecord) {
  return { uuid: env.uuid, branch: env.branch, alternative_dockerfile: env.alternativeDockerfile };
}
