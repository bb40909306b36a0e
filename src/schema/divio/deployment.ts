/**
 * Deployment behaviour beyond its description: the build log and the variables it ran with, each
 * read from its own upstream view.
 */
import { builder } from '../../builder.js';
import { builds } from '../../resources/divio/maintenance.js';
import { nodeRef, resourceClient } from '../resources/nodes.js';
import { DeploymentRef, EnvironmentRef } from './nodes.js';
import { divioCalls } from '../operation-names.js';

builder.objectFields(DeploymentRef, (t) => ({
  build: t.field({
    type: nodeRef('Build') as never,
    extensions: divioCalls('GetBuild'),
    nullable: true,
    description:
      "The build whose image it runs: the application's build of the same commit. Builds are one list per credential (it takes no filter), read once and shared by every deployment of the request.",
    resolve: async (deployment, _args, context) => {
      const [environment, list] = await Promise.all([
        EnvironmentRef.getDataloader(context).load(String(deployment.raw.environment)),
        resourceClient(context).list(builds),
      ]);
      const found = list?.items.find((build) => build.raw.website === environment.application && build.raw.git_commit === deployment.raw.git_commit);
      return (found ?? null) as never;
    },
  }),
  logs: t.string({
    nullable: true,
    description: 'The deployment log text.',
    extensions: divioCalls('GetDeploymentLogs'),
    resolve: (deployment, _args, context) => context.divio().deploymentLogs(deployment.uuid),
  }),
  environmentVariables: t.field({
    type: 'JSON',
    nullable: true,
    description: 'The environment variables the deployment ran with, as a JSON object of name -> value: the names are arbitrary, so no type can list them.',
    extensions: divioCalls('GetDeploymentEnvironmentVariables'),
    resolve: (deployment, _args, context) => context.divio().deploymentEnvironmentVariables(deployment.uuid),
  }),
}));
