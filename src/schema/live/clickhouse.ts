/**
 * ClickHouse subscriptions from the descriptions' `live`: one object by id (`serviceUpdated`) or
 * every object of a parent (`organizationServicesUpdated`, `backupUpdated`), all fed by shared
 * pollers. One list poller per (key, parent) serves every subscription under that parent: one
 * service-list poller per organization, one backup-list poller per service.
 */
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import { changeStream, identifyById } from '../../live/change-stream.js';
import { LiveStreamError } from '../../live/event-queue.js';
import { noteLiveEvent } from '../../live/shared-results.js';
import { liveKeys } from '../../live/registry.js';
import { CLICKHOUSE_RESOURCES, clickhouseResource } from '../../resources/clickhouse/index.js';
import type { ResourceDescription } from '../../resources/types.js';
import { meets, type ClickHouseRecord, type PathIds } from '../../upstream/clickhouse/client.js';
import { underOrganization } from '../../loaders/visibility.js';
import { pathKey, referenceOf, resolvePath } from '../clickhouse/addresses.js';
import { lowerFirst } from '../resources/names.js';
import { nodeRef } from '../resources/nodes.js';
import { InputValidationError } from '../errors.js';
import { badUserInput, notFoundError } from '../../graphql-errors.js';
import { clickhouseCalls } from '../operation-names.js';

/**
 * Turns the stream's terminal error event into the field's (coded) GraphQL error, and records the
 * event its context is executing, so subscribers of the same event can share one result.
 */
export function unwrapLiveEvent<T>(event: T | LiveStreamError, context: object): T {
  if (event instanceof LiveStreamError) throw event.error;
  noteLiveEvent(context, event);
  return event;
}

/**
 * Input ids of subscriptions are arguments, so a bad one is BAD_USER_INPUT before anything runs; a
 * bare UUID is looked up in the key's lists, as mutations do.
 */
async function pathArgument(context: Context, resource: ResourceDescription, id: string, argument: string): Promise<PathIds> {
  try {
    return await resolvePath(context, resource, referenceOf(resource, id, argument));
  } catch (error) {
    if (!(error instanceof InputValidationError)) throw error;
    throw badUserInput(`${argument}: ${error.fields[0]?.messages[0] ?? `is not a valid ${resource.type} id`}`);
  }
}

/** The changes of one parent's list of `resource`, as `select` picks them, from the shared poller. */
function listStream(context: Context, resource: ResourceDescription, parentIds: PathIds, select: (records: ClickHouseRecord[]) => ClickHouseRecord[] | Error, initial?: 'first') {
  const client = context.clickhouse();
  return changeStream<ClickHouseRecord[], ClickHouseRecord>(context.live, {
    key: liveKeys.clickhouse(client.fingerprint, resource.group, pathKey(parentIds)),
    source: () => ({
      read: async (maxAgeMs) => {
        const poll = context.forPolling.clickhouse();
        return underOrganization(() => poll, parentIds[0]!, () => poll.list(resource, parentIds, { maxAgeMs }));
      },
      isBusy: (records) => resource.inMotion !== undefined && records.some((record) => meets(record, resource.inMotion!)),
    }),
    select,
    identify: identifyById,
    signal: context.signal,
    ...(initial ? { initial } : {}),
  });
}

function defineLive(resource: ResourceDescription): void {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  const { one, all } = resource.live ?? {};
  if (!parent || (!one && !all)) return;
  const type = nodeRef(resource.type) as never;
  // One list per parent is polled for every subscriber under it.
  const extensions = clickhouseCalls(resource.operations.list!);
  const resolve = (event: ClickHouseRecord | LiveStreamError, _args: unknown, context: Context) => unwrapLiveEvent(event, context) as never;
  const argument = `${lowerFirst(parent.type)}Id`;
  builder.subscriptionFields((t) => ({
    ...(one
      ? {
          [one.field]: t.field({
            type,
            extensions,
            description: one.description,
            args: { id: t.arg.id({ required: true, description: `The ${lowerFirst(resource.type)}: its global id or its UUID.` }) },
            subscribe: async (_root, args, context) => {
              const ids = await pathArgument(context, resource, String(args.id), 'id');
              const id = ids[ids.length - 1]!;
              return listStream(context, resource, ids.slice(0, -1), (records) => {
                const record = records.find((candidate) => candidate.id === id);
                return record ? [record] : notFoundError(resource.type, id);
              });
            },
            resolve,
          }),
        }
      : {}),
    ...(all
      ? {
          [all.field]: t.field({
            type,
            extensions,
            description: all.description,
            args: { [argument]: t.arg.id({ required: true, description: `The ${lowerFirst(parent.type)}: its global id or its UUID.` }) },
            subscribe: async (_root, args, context) => {
              const parentIds = await pathArgument(context, parent, String(args[argument]), argument);
              return listStream(context, resource, parentIds, (records) => records, all.initial);
            },
            resolve,
          }),
        }
      : {}),
  }));
}

/** Every described ClickHouse subscription (after the node types exist). */
export function defineClickHouseLive(): void {
  for (const resource of CLICKHOUSE_RESOURCES) defineLive(resource);
}
