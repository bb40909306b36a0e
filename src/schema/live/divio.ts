/**
 * environmentUpdated: the environment now, then on every change (deployments starting and
 * finishing, branch, ...), fed by one poller per (token, environment) whatever the number of
 * clients, and nudged by every write to it. Deployments, backups, downloads and restores are
 * subscribable through their descriptions' progress (src/schema/resources/live.ts).
 */
import { ResourceClient } from '../../upstream/resources.js';
import { builder } from '../../builder.js';
import { changeStream, identifyByUuid } from '../../live/change-stream.js';
import type { LiveStreamError } from '../../live/event-queue.js';
import { environments } from '../../resources/divio/environments.js';
import type { EnvironmentDto } from '../../upstream/divio/types.js';
import { EnvironmentRef } from '../divio/nodes.js';
import { divioIdArgument } from '../divio/ids.js';
import { progressKey } from '../resources/live.js';
import { resourceClient } from '../resources/nodes.js';
import { unwrapLiveEvent } from './clickhouse.js';
import { divioCalls } from '../operation-names.js';

builder.subscriptionFields((t) => ({
  environmentUpdated: t.field({
    type: EnvironmentRef,
    extensions: divioCalls('GetEnvironment'),
    description: 'The environment now, then on every change (deployments starting and finishing, branch, ...).',
    args: { id: t.arg.id({ required: true, description: 'The environment: its global id or its Divio id.' }) },
    subscribe: (_root, args, context) => {
      const uuid = divioIdArgument(String(args.id), 'Environment');
      const client = resourceClient(context);
      return changeStream<EnvironmentDto, EnvironmentDto>(context.live, {
        key: progressKey(client.fingerprint, environments, uuid),
        source: () => ({
          read: async (maxAgeMs) => (await new ResourceClient(context.forPolling.divio()).get(environments, uuid, { maxAgeMs })) as EnvironmentDto,
          isBusy: (environment) => Boolean(environment.raw.currently_running_deployment),
        }),
        select: (environment) => [environment],
        identify: identifyByUuid,
        signal: context.signal,
      });
    },
    resolve: (event: EnvironmentDto | LiveStreamError, _args, context) => unwrapLiveEvent(event, context),
  }),
}));
