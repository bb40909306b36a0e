/**
 * Environment behaviour beyond its description: its deployments and Application.environments
 * through the organization-wide list economy (loaders.ts), `environment(slug)`, and its logs,
 * gathered across upstream pages.
 */
import { builder } from '../../builder.js';
import { deployments } from '../../resources/divio/environments.js';
import type { EnvironmentLogsResult } from '../../upstream/divio/types.js';
import { connectionFromArray } from '../connections.js';
import { notFoundError } from '../../graphql-errors.js';
import { filterQuery, filterInputRef } from '../resources/lists.js';
import { connectionRef, resourceClient } from '../resources/nodes.js';
import { environmentLogsQuery, LOG_LIMIT, SEARCH_QUERY } from './environment-logs.js';
import { divioLoaders } from './loaders.js';
import { ApplicationRef, DeploymentRef, EnvironmentRef } from './nodes.js';
import { divioCalls } from '../operation-names.js';

const EnvironmentLogPage = builder.objectRef<EnvironmentLogsResult>('EnvironmentLogPage').implement({
  description: 'Log records, newest first, gathered across as many upstream pages as `limit` needs.',
  fields: (t) => ({
    entries: t.field({ type: ['JSON'], description: 'The records as the API sends them, e.g. with timestamp, message, service and container (JSON: the API documents no shape).', resolve: (page) => page.results }),
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

builder.objectFields(EnvironmentRef, (t) => ({
  deployments: t.connection(
    {
      type: DeploymentRef,
      extensions: divioCalls('ListDeployments'),
      nullable: true,
      description: 'Deployments of this environment, newest first; null (with a coded error) only when the upstream list fails.',
      args: { filter: t.arg({ type: filterInputRef('Deployment') as never, description: 'Only deployments matching all of these.' }) },
      resolve: async (environment, args, context) => {
        const filter = (args.filter ?? {}) as Record<string, unknown>;
        const { isSuccess, ...others } = filter;
        // Only isSuccess: filter the shared per-environment list; anything more: ask the upstream.
        if (Object.values(others).every((value) => value == null)) {
          const all = await divioLoaders(context).deploymentsByEnvironment.load(environment.uuid);
          return connectionFromArray(isSuccess == null ? all : all.filter((deployment) => deployment.raw.success === isSuccess), args) as never;
        }
        const query = { ...filterQuery(deployments, { filter }), environment: environment.uuid };
        return connectionFromArray((await resourceClient(context).list(deployments, query))?.items ?? [], args) as never;
      },
    },
    connectionRef('Deployment') as never,
  ),
  logs: t.field({
      type: EnvironmentLogPage,
      extensions: divioCalls('GetEnvironmentLogs'),
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
}));

builder.objectFields(ApplicationRef, (t) => ({
  environments: t.connection(
    {
      type: EnvironmentRef,
      extensions: divioCalls('ListEnvironments'),
      nullable: true,
      description: 'Every environment of the application, however many pages upstream; null (with a coded error) only when the upstream list fails.',
      resolve: async (application, args, context) =>
        connectionFromArray(await divioLoaders(context).environmentsByApplication.load(application.uuid), args) as never,
    },
    connectionRef('Environment') as never,
  ),
  environment: t.field({
    type: EnvironmentRef,
    extensions: divioCalls('ListEnvironments'),
    nullable: true,
    description: 'The environment with this slug; null with NOT_FOUND when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The environment slug, exactly as Environment.slug gives it (e.g. live).' }) },
    resolve: async (application, args, context) => {
      const environments = await divioLoaders(context).environmentsByApplication.load(application.uuid);
      const found = environments.find((environment) => environment.slug === args.slug);
      if (!found) throw notFoundError('Environment', args.slug);
      return found;
    },
  }),
}));
