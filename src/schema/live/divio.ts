/**
 * Divio subscriptions: deploymentUpdated (completes once the deployment has finished) and
 * environmentUpdated, each fed by one poller per (token, object) whatever the number of clients.
 */
import { builder } from '../../builder.js';
import { changeStream } from '../../live/change-stream.js';
import type { LiveStreamError } from '../../live/event-queue.js';
import { liveKeys } from '../../live/registry.js';
import type { DeploymentDto, EnvironmentDto } from '../../upstream/divio/types.js';
import { DeploymentRef } from '../divio/deployment-node.js';
import { EnvironmentRef } from '../divio/environment-node.js';
import { divioIdFromInput } from '../divio/ids.js';
import { badUserInput } from '../node-ids.js';
import { unwrapLiveEvent } from './clickhouse.js';

/** A deployment has finished once it has an end time or a verdict. */
export function deploymentFinished(deployment: DeploymentDto): boolean {
  return typeof deployment.raw.ended_at === 'string' || typeof deployment.raw.success === 'boolean';
}

function uuidArgument(id: string, typename: string): string {
  try {
    return divioIdFromInput(id, typename, 'id');
  } catch {
    throw badUserInput(`id must be the id of a ${typename} (or its Divio id)`);
  }
}

builder.subscriptionFields((t) => ({
  deploymentUpdated: t.field({
    type: DeploymentRef,
    description: 'The deployment now, then on every change (status, percent, ...); completes after it finishes.',
    args: { id: t.arg.id({ required: true, description: 'Global id (or Divio id) of the deployment.' }) },
    subscribe: (_root, args, context) => {
      const uuid = uuidArgument(String(args.id), 'Deployment');
      const client = context.divio();
      return changeStream<DeploymentDto, DeploymentDto>(context.live, {
        key: liveKeys.deployment(client.scope, uuid),
        source: () => ({
          read: (maxAgeMs) => client.getDeployment(uuid, { maxAgeMs }),
          isBusy: (deployment) => !deploymentFinished(deployment),
        }),
        select: (deployment) => [deployment],
        identify: (deployment) => deployment.uuid,
        signal: context.signal,
        isFinal: deploymentFinished,
      });
    },
    resolve: (event: DeploymentDto | LiveStreamError) => unwrapLiveEvent(event),
  }),
  environmentUpdated: t.field({
    type: EnvironmentRef,
    description: 'The environment now, then on every change (deployments starting and finishing, branch, ...).',
    args: { id: t.arg.id({ required: true, description: 'Global id (or Divio id) of the environment.' }) },
    subscribe: (_root, args, context) => {
      const uuid = uuidArgument(String(args.id), 'Environment');
      const client = context.divio();
      return changeStream<EnvironmentDto, EnvironmentDto>(context.live, {
        key: liveKeys.environment(client.scope, uuid),
        source: () => ({
          read: (maxAgeMs) => client.getEnvironment(uuid, { maxAgeMs }),
          isBusy: (environment) => Boolean(environment.raw.currently_running_deployment),
        }),
        select: (environment) => [environment],
        identify: (environment) => environment.uuid,
        signal: context.signal,
      });
    },
    resolve: (event: EnvironmentDto | LiveStreamError) => unwrapLiveEvent(event),
  }),
}));
