/**
 * Divio environments (test, live, ...) of an application, and their deployments. An environment
 * embeds its application and its latest deployments, which the graph reads in place.
 */
import type { InputSpec, ResourceDescription } from '../types.js';
import { SLUG_PATTERN } from './applications.js';
import { BUILD_MODE, COPY_TYPE, DEPLOYMENT_STATUS, ENVIRONMENT_ORDER, TIME_WINDOW_PRESET } from './enums.js';

/** CopyEnvironment's new_slug: lowercase letters and digits, single inner dashes allowed. */
const COPY_SLUG_PATTERN = { source: '[0-9a-z](-*[0-9a-z])*', message: 'must be lowercase letters and digits, with dashes only between them' } as const;
const EMBEDDED_DEPLOYMENT = { ref: 'Deployment' } as const;

export const environments: ResourceDescription = {
  group: 'environments',
  type: 'Environment',
  plural: 'environments',
  description: 'A Divio environment (e.g. test, live) of an application: a branch deployed to its own URL.',
  operations: {
    list: 'ListEnvironments',
    get: 'GetEnvironment',
    create: 'CreateEnvironment',
    update: 'UpdateEnvironment',
    partialUpdate: 'PartialUpdateEnvironment',
    destroy: 'DestroyEnvironment',
  },
  batch: 'each',
  ttlMs: 15_000,
  parent: {
    type: 'Application',
    filter: 'application',
    field: 'environments',
    description: 'Every environment of the application, however many pages upstream.',
    handWritten: true,
  },
  filters: [
    { key: 'application', type: { ref: 'Application' }, description: 'Only environments of this application.' },
    { key: 'copy_type', type: COPY_TYPE, description: 'Only environments of copies of this kind.' },
    { key: 'deployed', type: 'Boolean', description: 'Only environments that are (or are not) deployed.' },
    { key: 'deploying', type: 'Boolean', description: 'Only environments with (or without) a deployment running.' },
    { key: 'is_mirror', type: 'Boolean', description: 'Only environments of mirrors (or of non-mirrors).' },
    { key: 'last_deployment_failed', type: 'Boolean', description: 'Only environments whose last deployment failed (or did not).' },
    { key: 'name_search', type: 'String', description: 'Case-insensitive part of the application name.' },
    { key: 'o', name: 'orderBy', type: ENVIRONMENT_ORDER, many: true, argument: true, description: 'Upstream ordering.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'Only environments of this Divio organization.' },
    { key: 'related_to_application', type: { ref: 'Application' }, description: 'Only environments related to this application (its copies).' },
    { key: 'slug', type: 'String', description: 'Only environments with this slug.' },
    { key: 'with_pending_commits', type: 'Boolean', description: 'Only environments with (or without) commits not deployed yet.' },
  ],
  fields: [
    { key: 'application', type: { ref: 'Application' }, nonNull: true, description: 'The application it belongs to.' },
    { key: 'slug', type: 'String', nonNull: true, description: 'Short name, e.g. live.' },
    { key: 'branch', type: 'String', description: 'The Git branch it deploys.' },
    { key: 'is_production_grade', type: 'Boolean', description: 'Runs with production resources and protections.' },
    { key: 'pending_commits_lookup', type: 'String', description: 'The commits not deployed yet, as a git revision range: the deployed commit .. the branch (e.g. 3de23bd4a1c0..develop).' },
    { key: 'has_pending_commits', type: 'Boolean', description: 'The branch has commits not deployed yet.' },
    { key: 'alternative_dockerfile', type: 'String', description: 'Path of the Dockerfile to build instead of the default.' },
    { key: 'deployed_url', type: 'String', description: 'Where it serves; null while it is not deployed.' },
    {
      key: 'last_finished_deployment',
      type: EMBEDDED_DEPLOYMENT,
      embedded: { backReference: 'environment' },
      description: 'The most recent deployment that ended.',
    },
    {
      key: 'currently_running_deployment',
      type: EMBEDDED_DEPLOYMENT,
      embedded: { backReference: 'environment' },
      description: 'The deployment in progress, if any.',
    },
    {
      key: 'currently_released_deployment',
      type: EMBEDDED_DEPLOYMENT,
      embedded: { backReference: 'environment' },
      description: 'The deployment serving traffic.',
    },
    { key: 'app_name', type: 'String', description: 'The name its containers run under.' },
    { key: 'primary_domain', type: { ref: 'Domain' }, description: 'The main domain it answers on.' },
    { key: 'divio_domain', type: 'String', description: 'The domain Divio gives it.' },
    { key: 'application_config', type: 'JSON', description: 'Configuration of the application in this environment (free-form JSON: the API documents no shape).' },
    { key: 'ssh_endpoint', type: 'JSON', description: 'How to reach its containers over SSH (free-form JSON: the API documents no shape).' },
    {
      key: 'ondemand_backup_retention_config',
      name: 'ondemandBackupRetentionConfiguration',
      type: { ref: 'BackupRetentionConfiguration' },
      description: 'How long backups taken on demand are kept.',
    },
    {
      key: 'scheduled_backup_config',
      name: 'scheduledBackupConfiguration',
      type: { ref: 'ScheduledBackupConfiguration' },
      description: 'When it is backed up automatically.',
    },
    { key: 'next_scheduled_backup_occurence', type: 'String', description: 'When the next scheduled backup runs.' },
    { key: 'pending_commit_count', type: 'Int', description: 'Commits on the branch not deployed yet.' },
    { key: 'has_pending_changes', type: 'Boolean', description: 'Settings changed since the last deployment.' },
    { key: 'pending_changes', type: 'JSON', description: 'The settings changed since the last deployment (free-form JSON: the API documents no shape).' },
    { key: 'running_tasks', type: 'JSON', description: 'Work running on it now (free-form JSON: the API documents no shape).' },
    { key: 'built_in_environment_variables', type: 'JSON', description: 'Variables the platform sets in every deployment (free-form JSON: the API documents no shape).' },
    { key: 'created_at', type: 'DateTime', description: 'When it was created.', beyondSeed: 'list and detail answers carry it' },
  ],
  create: [
    { key: 'application', type: { ref: 'Application' }, required: true, description: 'The application to add it to.' },
    { key: 'slug', type: 'String', required: true, maxLength: 255, pattern: SLUG_PATTERN, description: 'Short name, e.g. stage.' },
    { key: 'branch', type: 'String', required: true, maxLength: 255, description: 'The Git branch to deploy.' },
    { key: 'alternative_dockerfile', type: 'String', maxLength: 255, nullable: true, description: 'Path of a Dockerfile to build instead of the default.' },
  ],
  update: [
    { key: 'branch', type: 'String', maxLength: 255, description: 'The Git branch to deploy.' },
    { key: 'alternative_dockerfile', type: 'String', maxLength: 255, nullable: true, description: 'Path of a Dockerfile to build instead of the default; null for the default.' },
  ],
  invalidates: ['deployments'],
  actions: [
    {
      operation: 'CopyEnvironment',
      path: 'copy',
      description: 'Copies the environment into a new one of the same application; the payload is the copy.',
      input: [{ key: 'new_slug', type: 'String', required: true, maxLength: 255, pattern: COPY_SLUG_PATTERN, description: 'Slug of the copy.' }],
      payloadObject: 'response',
    },
    { operation: 'StopEnvironment', path: 'stop', description: 'Stops the environment: it serves nothing until its next deployment.', guessed: true },
  ],
  views: [
    {
      operation: 'GetEnvironmentMetrics',
      path: 'metrics',
      field: 'metrics',
      description: 'Time series of the named metrics (identifiers from environmentMetricMetadata) over a window.',
      arguments: [
        { key: 'metric', name: 'metrics', type: { list: 'String' }, required: true, maxItems: 20, description: 'Identifiers of the metrics to read, e.g. cpu_usage.' },
        { key: 'time_window_preset', type: TIME_WINDOW_PRESET, description: 'A window ending now (default: the last hour).' },
        { key: 'from_ts', type: 'String', maxLength: 64, description: 'Start of an explicit window (ISO 8601).' },
        { key: 'to_ts', type: 'String', maxLength: 64, description: 'End of an explicit window (ISO 8601).' },
      ],
      answer: 'object',
      result: {
        objects: 'EnvironmentMetrics',
        description: 'Metric time series of an environment over one window.',
        fields: [
          { key: 'metrics', type: 'JSON', description: 'Each metric identifier mapped to its [timestamp, value] points (free-form JSON: the API documents no shape).' },
          { key: 'from_ts', type: 'String', description: 'Start of the window read.' },
          { key: 'to_ts', type: 'String', description: 'End of the window read.' },
          { key: 'interval', type: 'Int', description: 'Seconds between two points.' },
        ],
      },
      ttlMs: 10_000,
      guessed: true,
    },
    {
      operation: 'GetEnvironmentLogsOccurrence',
      path: 'logs-occurrence',
      field: 'logOccurrences',
      description: 'How many log records match, in equal time buckets of the window: a histogram for a log view.',
      arguments: [
        { key: 'number_of_buckets', type: 'Int', min: 1, max: 30, description: 'Buckets to split the window into (default 30).' },
        { key: 'from_ts', type: 'DateTime', description: 'Oldest record time.' },
        { key: 'to_ts', type: 'DateTime', description: 'Newest record time.' },
        { key: 'search_query', type: 'String', minLength: 3, maxLength: 32, description: 'Text the records must contain.' },
        { key: 'service', type: 'String', maxLength: 255, description: 'Only this service (e.g. web).' },
        { key: 'container', type: 'String', maxLength: 255, description: 'Only this container.' },
        { key: 'action', type: 'String', maxLength: 255, description: 'Only this action.' },
        { key: 'version', type: 'String', maxLength: 255, description: 'Only this version.' },
      ],
      answer: 'object',
      result: {
        objects: 'EnvironmentLogOccurrences',
        description: 'Counts of matching log records per time bucket.',
        fields: [
          { key: 'occurrences', type: { list: 'JSON' }, description: 'One entry per bucket, oldest first (free-form JSON: the API documents no shape; the simulator answers from_ts, to_ts and count).' },
        ],
      },
      ttlMs: 10_000,
      guessed: true,
    },
  ],
};

/** Filters of the environments a bulk deployment deploys: the environment list's own, as the seed gives them. */
const BULK_FILTERS = ['application', 'organisation', 'slug', 'copy_type', 'deployed', 'deploying', 'is_mirror', 'last_deployment_failed', 'related_to_application', 'with_pending_commits'];

/** CreateDeploymentsInBulk's query parameters (the seed's; it takes no body). */
const BULK_DEPLOYMENT_QUERY: readonly InputSpec[] = [
  ...environments.filters!.filter((filter) => BULK_FILTERS.includes(filter.key)).map(({ key, type, description, name }): InputSpec => ({ key, type, description, ...(name ? { name } : {}) })),
  { key: 'o', name: 'orderBy', type: { list: ENVIRONMENT_ORDER }, description: 'The order in which the matching environments are deployed.' },
  { key: 'build_mode', type: BUILD_MODE, description: 'How each deployment builds (AUTO when not given).' },
  { key: 'adopt_deployment', type: { ref: 'Deployment' }, description: 'A deployment whose image the new deployments adopt (build mode ADOPT).' },
  { key: 'limit', type: 'Int', min: 1, description: 'Deploy at most this many of the matching environments.' },
];

export const deployments: ResourceDescription = {
  group: 'deployments',
  type: 'Deployment',
  plural: 'deployments',
  description: 'A deployment of a Divio environment: building and releasing one commit.',
  operations: { list: 'ListDeployments', get: 'GetDeployment', create: 'CreateDeployment', partialUpdate: 'PartialUpdateDeployment' },
  renamed: { CreateDeployment: 'DeployEnvironment' },
  batch: 'each',
  ttlMs: 2_000,
  order: { key: 'started_at', descending: true },
  parent: {
    type: 'Environment',
    filter: 'environment',
    field: 'deployments',
    description: 'Deployments of this environment, newest first.',
    handWritten: true,
  },
  filters: [
    { key: 'application', type: { ref: 'Application' }, description: 'Only deployments of this application.' },
    { key: 'environment', type: { ref: 'Environment' }, description: 'Only deployments of this environment.' },
    { key: 'is_success', type: 'Boolean', description: 'true: succeeded; false: failed (unfinished ones match neither).' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'Only deployments of this Divio organization.' },
    { key: 'task', type: 'String', description: 'Only deployments of this task.' },
  ],
  fields: [
    { key: 'environment', type: { ref: 'Environment' }, nonNull: true, description: 'The environment deployed to.' },
    { key: 'region', type: { ref: 'Region' }, description: 'The region it ran in.' },
    { key: 'org_membership', name: 'orgMembership', type: 'DivioId', description: 'The membership of the person who started it.' },
    { key: 'started_at', type: 'DateTime', description: 'When it started.' },
    { key: 'ended_at', type: 'DateTime', description: 'When it ended; null while it runs.' },
    { key: 'duration', type: 'Float', description: 'How long it took, in seconds.' },
    { key: 'status', type: DEPLOYMENT_STATUS, description: 'Where it stands; UNKNOWN for a state this gateway does not know yet (see statusText).' },
    { key: 'status', name: 'statusText', type: 'String', description: 'The status exactly as the upstream wrote it.' },
    { key: 'is_usable', type: 'Boolean', description: 'Its image can be released again.' },
    { key: 'success', type: 'Boolean', description: 'Whether it succeeded; null while it runs.' },
    { key: 'git_commit', type: 'String', description: 'The commit deployed.' },
    { key: 'alternative_dockerfile', type: 'String', description: 'The Dockerfile built instead of the default, if any.' },
    { key: 'copy_from', name: 'copyFrom', type: { ref: 'Environment' }, description: 'The environment whose content it copied, if any.' },
    { key: 'environment_variables', name: 'environmentVariableNames', type: 'JSON', description: 'Names of the variables it ran with; environmentVariables gives their values (free-form JSON: the API documents no shape).' },
    { key: 'percent', type: 'Int', description: 'Progress, 0 to 100.' },
  ],
  create: [
    { key: 'environment', type: { ref: 'Environment' }, required: true, description: 'The environment to deploy.' },
    { key: 'build_mode', type: BUILD_MODE, description: 'How to get the image; default AUTO.' },
    { key: 'copy_from', name: 'copyFrom', type: { ref: 'Environment' }, nullable: true, description: 'Environment to copy content (database, media) from.' },
    { key: 'adopt_deployment', name: 'adoptDeployment', type: { ref: 'Deployment' }, description: 'Deployment whose image to adopt.' },
    { key: 'provision_services', type: 'Boolean', description: 'Provision missing services first; default true.' },
  ],
  update: [
    { key: 'status', type: 'String', maxLength: 255, description: 'New status text.' },
    { key: 'is_usable', type: 'Boolean', description: 'Whether its image can be released again.' },
    { key: 'success', type: 'Boolean', nullable: true, description: 'The verdict; null while running.' },
  ],
  invalidates: ['environments'],
  actions: [
    {
      operation: 'CreateDeploymentsInBulk',
      path: 'bulk',
      onCollection: true,
      description: 'Deploys every environment the filters match (all the token may deploy when none is given); answers which started and which could not.',
      query: BULK_DEPLOYMENT_QUERY,
      result: [
        { key: 'deployed', type: 'JSON', description: 'Environment id -> the deployment started for it (free-form JSON: the API documents no shape).' },
        { key: 'errored', type: 'JSON', description: 'Environment id -> why it was not deployed (free-form JSON: the API documents no shape).' },
      ],
      invalidates: ['environments'],
      guessed: true,
    },
  ],
  progress: { subscription: 'deploymentUpdated', doneWhen: [{ key: 'ended_at' }, { key: 'success', values: [true, false] }] },
};
