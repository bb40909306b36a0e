/**
 * Deployment behaviour beyond its description: the build log and the variables it ran with, each
 * read from its own upstream view.
 */
import { builder } from '../../builder.js';
import { DeploymentRef } from './nodes.js';

builder.objectFields(DeploymentRef, (t) => ({
  logs: t.string({
    nullable: true,
    description: 'The deployment log text (GetDeploymentLogs).',
    resolve: (deployment, _args, context) => context.divio().deploymentLogs(deployment.uuid),
  }),
  environmentVariables: t.field({
    type: 'JSON',
    nullable: true,
    description: 'The environment variables the deployment ran with, as a JSON object of name -> value: the names are arbitrary, so no type can list them (GetDeploymentEnvironmentVariables).',
    resolve: (deployment, _args, context) => context.divio().deploymentEnvironmentVariables(deployment.uuid),
  }),
}));
