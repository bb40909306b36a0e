/**
 * Subscriptions to long-running Divio work (a backup, a download, a restore), from the progress a
 * description declares: the object now, then on every change, completing once the work has
 * ended. One poller per (token, object) serves every subscriber; writes nudge it.
 */
import { ResourceClient } from '../../upstream/resources.js';
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import { changeStream, identifyByUuid } from '../../live/change-stream.js';
import { liveKeys } from '../../live/registry.js';
import type { LiveStreamError } from '../../live/event-queue.js';
import type { Condition, ProgressSpec, ResourceDescription } from '../../resources/types.js';
import type { ResourceRecord } from '../../upstream/resources.js';
import { divioResource } from '../../resources/divio/index.js';
import { divioIdArgument } from '../divio/ids.js';
import { unwrapLiveEvent } from '../live/clickhouse.js';
import { readerOf } from '../../upstream/resources.js';
import { primeChildren } from './lists.js';
import { nodeRef, resourceClient } from './nodes.js';
import { divioCalls } from '../operation-names.js';

/** A progress snapshot: the object, and its parts when the work is carried by child objects. */
interface ProgressRecord extends ResourceRecord {
  parts: readonly Readonly<Record<string, unknown>>[];
}

/** The poller key of one watched Divio object (never a secret: it holds the credential fingerprint). */
export const progressKey = (fingerprint: string, resource: Pick<ResourceDescription, 'group'>, id: string): string =>
  liveKeys.divio(fingerprint, resource.group, id);

function holds(raw: Readonly<Record<string, unknown>>, condition: Condition): boolean {
  const value = raw[condition.key];
  if (condition.values === undefined) return value !== null && value !== undefined && value !== '';
  return condition.values.includes(value as string | boolean);
}

function meets(raw: Readonly<Record<string, unknown>>, doneWhen: ProgressSpec['doneWhen']): boolean {
  return (Array.isArray(doneWhen) ? doneWhen : [doneWhen]).some((condition: Condition) => holds(raw, condition));
}

export function isDone(progress: ProgressSpec, record: ProgressRecord): boolean {
  if (progress.children) return record.parts.length > 0 && record.parts.every((part) => meets(part, progress.doneWhen));
  return meets(record.raw, progress.doneWhen);
}

/** A write touched this object: whoever watches it hears soon. */
export function nudgeWatchers(resource: Pick<ResourceDescription, 'group'>, id: string, context: Context): void {
  context.live.nudge(progressKey(resourceClient(context).fingerprint, resource, id));
}

export function defineProgressSubscription(resource: ResourceDescription): void {
  const progress = resource.progress;
  if (!progress) return;
  const childGroup = progress.children ? divioResource(progress.children.group) : undefined;
  builder.subscriptionField(progress.subscription, (t) =>
    t.field({
      type: nodeRef(resource.type),
      description: `The ${resource.type} now, then on every change; completes once its work has ended.`,
      // Each poll reads the object, and the list of its parts when its work is carried by them.
      extensions: divioCalls(resource.operations.get!, ...(childGroup?.operations.list ? [childGroup.operations.list] : [])),
      args: { id: t.arg.id({ required: true, description: `The ${resource.type}: its global id or its Divio id.` }) },
      subscribe: (_root, args, context) => {
        const id = divioIdArgument(String(args.id), resource.type);
        const { fingerprint } = resourceClient(context);
        const read = async (maxAgeMs: number): Promise<ProgressRecord> => {
          const client = new ResourceClient(context.forPolling.divio());
          const [record, parts] = await Promise.all([
            client.get(resource, id, { maxAgeMs }),
            childGroup && progress.children
              ? client.list(childGroup, { [progress.children.filter]: id }, undefined, { maxAgeMs }).then((list) => list?.items.map((item) => item.raw) ?? [])
              : Promise.resolve([]),
          ]);
          return { ...record, parts };
        };
        return changeStream<ProgressRecord, ProgressRecord>(context.live, {
          key: progressKey(fingerprint, resource, id),
          source: () => ({ read, isBusy: (record) => !isDone(progress, record) }),
          select: (record) => [record],
          identify: identifyByUuid,
          signal: context.signal,
          isFinal: (record) => isDone(progress, record),
        }) as never;
      },
      resolve: (event: ProgressRecord | LiveStreamError, _args, context) => {
        const record = unwrapLiveEvent(event, context);
        // A subscription keeps one context for all its events: its loaders must show this poll's
        // state, not the first one's.
        const loader = nodeRef(resource.type).getDataloader(context);
        loader.clear(record.uuid);
        loader.prime(record.uuid, record);
        if (childGroup) primeChildren(childGroup, record.uuid, record.parts.map(readerOf(childGroup)), context);
        return record as never;
      },
    }),
  );
}
