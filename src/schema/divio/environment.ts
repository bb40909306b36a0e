/**
 * Environment fields: its application, deployments (newest first), the deployments it reports
 * as last finished / currently running / currently released, and its logs; plus
 * Application.environments / environment(slug) and the `environment(uuid)` query.
 */
import { builder } from '../../builder.js';
import type { EnvironmentDto, EnvironmentLogsResult } from '../../upstream/divio/types.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { notFoundError } from '../node-ids.js';
import { ApplicationRef } from './application.js';
import { DeploymentRef, embeddedDeployment } from './deployment-node.js';
import { EnvironmentRef } from './environment-node.js';
import { divioLoaders } from './loaders.js';
import { rawFields, type RawField } from './raw-fields.js';
import { environmentLogsQuery, LOG_LIMIT, SEARCH_QUERY } from './environment-logs.js';

const ENVIRONMENT_FIELDS: readonly RawField[] = [
  ['branch', 'branch', 'String'],
  ['deployedUrl', 'deployed_url', 'String'],
  ['isProductionGrade', 'is_production_grade', 'Boolean'],
  ['hasPendingCommits', 'has_pending_commits', 'Boolean'],
  ['pendingCommitsLookup', 'pending_commits_lookup', 'String'],
  ['pendingCommitCount', 'pending_commit_count', 'Int'],
  ['hasPendingChanges', 'has_pending_changes', 'Boolean'],
  ['alternativeDockerfile', 'alternative_dockerfile', 'String'],
  ['appName', 'app_name', 'String'],
  ['divioDomain', 'divio_domain', 'String'],
  ['createdAt', 'created_at', 'DateTime'],
  ['nextScheduledBackupOccurence', 'next_scheduled_backup_occurence', 'String'],
  ['applicationConfig', 'application_config', 'JSON'],
  ['sshEndpoint', 'ssh_endpoint', 'JSON'],
  ['pendingChanges', 'pending_changes', 'JSON'],
  ['runningTasks', 'running_tasks', 'JSON'],
  ['builtInEnvironmentVariables', 'built_in_environment_variables', 'JSON'],
];

const DeploymentFilter = builder.inputType('DeploymentFilter', {
  fields: (t) => ({
    isSuccess: t.boolean({ description: 'true: succeeded; false: failed (unfinished ones match neither).' }),
  }),
});

const EnvironmentLogPage = builder.objectRef<EnvironmentLogsResult>('EnvironmentLogPage').implement({
  description: 'Log records, newest first, gathered across as many upstream pages as `limit` needs.',
  fields: (t) => ({
    entries: t.field({ type: ['JSON'], description: 'The records (timestamp, message, service, container).', resolve: (page) => page.results }),
    previous: t.exposeString('olderThan', {
      nullable: true,
      description: 'When older records exist: pass this as searchBefore to read them; else null.',
    }),
    next: t.exposeString('newerThan', {
      nullable: true,
      description: 'When the window holds newer records than these: pass this as searchAfter to read them; else null.',
    }),
  }),
});

function deploymentField(key: string, description: string) {
  return (t: PothosSchemaTypes.ObjectFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, EnvironmentDto>) =>
    t.field({
      type: DeploymentRef,
      nullable: true,
      description,
      resolve: (environment) => embeddedDeployment(environment.raw[key], environment.uuid),
    });
}

EnvironmentRef.implement({
  description: 'A Divio environment (e.g. test, live) of an application.',
  fields: (t) => ({
    uuid: t.field({ type: 'DivioId', resolve: (environment) => environment.uuid }),
    slug: t.exposeString('slug'),
    ...rawFields(t, ENVIRONMENT_FIELDS),
    application: t.field({ type: ApplicationRef, resolve: (environment) => environment.application }),
    deployments: t.connection(
      {
        type: DeploymentRef,
        nullable: true,
        description: 'Deployments of this environment, newest first; null (with a coded error) only when the upstream list fails.',
        args: { filter: t.arg({ type: DeploymentFilter }) },
        resolve: async (environment, args, context) => {
          const deployments = await divioLoaders(context).deploymentsByEnvironment.load(environment.uuid);
          const wanted = args.filter?.isSuccess;
          const kept = wanted == null ? deployments : deployments.filter((deployment) => deployment.raw.success === wanted);
          return connectionFromArray(kept, args);
        },
      },
      { name: 'DeploymentConnection', ...withTotalCount },
      { name: 'DeploymentEdge' },
    ),
    lastFinishedDeployment: deploymentField('last_finished_deployment', 'The most recent deployment that ended.')(t),
    currentlyRunningDeployment: deploymentField('currently_running_deployment', 'The deployment in progress, if any.')(t),
    currentlyReleasedDeployment: deploymentField('currently_released_deployment', 'The deployment serving traffic.')(t),
    logs: t.field({
      type: EnvironmentLogPage,
      description: 'Runtime logs (the upstream keeps them briefly; filters as the API takes them).',
      args: {
        limit: t.arg.int({ description: `Records to return, ${LOG_LIMIT.min} to ${LOG_LIMIT.max} (default ${LOG_LIMIT.max}).` }),
        fromTs: t.arg({ type: 'DateTime', description: 'Oldest record time.' }),
        toTs: t.arg({ type: 'DateTime', description: 'Newest record time.' }),
        searchQuery: t.arg.string({ description: `Text to find, ${SEARCH_QUERY.min} to ${SEARCH_QUERY.max} characters.` }),
        searchAfter: t.arg.string({ description: 'Paging token from a previous page.' }),
        searchBefore: t.arg.string({ description: 'Paging token from a previous page.' }),
        service: t.arg.string({ description: 'Only this service (e.g. web).' }),
        container: t.arg.string({ description: 'Only this container.' }),
        action: t.arg.string({ description: 'Only this action.' }),
        version: t.arg.string({ description: 'Only this version.' }),
      },
      resolve: (environment, args, context) =>
        context.divio().environmentLogs(environment.uuid, environmentLogsQuery(args), args.limit ?? LOG_LIMIT.max),
    }),
  }),
});

builder.objectFields(ApplicationRef, (t) => ({
  environments: t.connection(
    {
      type: EnvironmentRef,
      nullable: true,
      description: 'Every environment of the application, however many pages upstream; null (with a coded error) only when the upstream list fails.',
      resolve: async (application, args, context) =>
        connectionFromArray(await divioLoaders(context).environmentsByApplication.load(application.uuid), args),
    },
    { name: 'EnvironmentConnection', ...withTotalCount },
    { name: 'EnvironmentEdge' },
  ),
  environment: t.field({
    type: EnvironmentRef,
    nullable: true,
    description: 'The environment with this slug; null with NOT_FOUND when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (application, args, context) => {
      const environments = await divioLoaders(context).environmentsByApplication.load(application.uuid);
      const found = environments.find((environment) => environment.slug === args.slug);
      if (!found) throw notFoundError('Environment', args.slug);
      return found;
    },
  }),
}));

builder.queryFields((t) => ({
  environment: t.field({
    type: EnvironmentRef,
    nullable: true,
    args: { uuid: t.arg({ type: 'DivioId', required: true }) },
    resolve: (_root, args) => args.uuid,
  }),
}));
