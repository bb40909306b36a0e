/**
 * ClickHouse subscriptions: serviceUpdated, organizationServicesUpdated and backupUpdated, all fed
 * by shared pollers. One service-list poller per (key, organization) serves every service
 * subscription in that organization; one backup-list poller per (key, service).
 */
import { builder } from '../../builder.js';
import type { BackupRecord, Context, ServiceRecord } from '../../gateway-types.js';
import { changeStream, identifyById } from '../../live/change-stream.js';
import { LiveStreamError } from '../../live/event-queue.js';
import { noteLiveEvent } from '../../live/shared-results.js';
import { liveKeys } from '../../live/registry.js';
import { backups, organizations, services } from '../../resources/clickhouse/index.js';
import type { ResourceDescription } from '../../resources/types.js';
import { meets } from '../../upstream/clickhouse/client.js';
import { underOrganization } from '../../loaders/visibility.js';
import { ownId, referenceOf, resolvePath } from '../clickhouse/addresses.js';
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
 * bare service UUID is looked up in the key's organization, as mutations do.
 */
async function pathArgument(context: Context, resource: ResourceDescription, id: string, argument: string): Promise<readonly string[]> {
  try {
    return await resolvePath(context, resource, referenceOf(resource, id, argument));
  } catch (error) {
    if (!(error instanceof InputValidationError)) throw error;
    throw badUserInput(`${argument}: ${error.fields[0]?.messages[0] ?? `is not a valid ${resource.type} id`}`);
  }
}

async function serviceArgument(context: Context, id: string, argument: string): Promise<{ organizationId: string; serviceId: string }> {
  const [organizationId, serviceId] = (await pathArgument(context, services, id, argument)) as [string, string];
  return { organizationId, serviceId };
}

function servicesStream(context: Context, organizationId: string, select: (services: ServiceRecord[]) => ServiceRecord[] | Error) {
  const client = context.clickhouse();
  return changeStream(context.live, {
    key: liveKeys.clickhouse(client.fingerprint, services.group, organizationId),
    source: () => ({
      read: async (maxAgeMs) => {
        const poll = context.forPolling.clickhouse();
        return underOrganization(() => poll, organizationId, () => poll.list<ServiceRecord>(services, [organizationId], { maxAgeMs }));
      },
      isBusy: (records) => records.some((service) => meets(service, services.inMotion!)),
    }),
    select,
    identify: identifyById,
    signal: context.signal,
  });
}

builder.subscriptionFields((t) => ({
  serviceUpdated: t.field({
    type: nodeRef('Service') as never,
    // One list per organization (per service for backups) is polled for every subscriber in it.
    extensions: clickhouseCalls('instanceGetList'),
    description: 'The service now, then again each time any of its fields changes.',
    args: { id: t.arg.id({ required: true, description: 'The service: its global id or its UUID.' }) },
    subscribe: async (_root, args, context) => {
      const { organizationId, serviceId } = await serviceArgument(context, String(args.id), 'id');
      return servicesStream(context, organizationId, (services) => {
        const service = services.find((candidate) => candidate.id === serviceId);
        return service ? [service] : notFoundError('Service', serviceId);
      });
    },
    resolve: (event: ServiceRecord | LiveStreamError, _args, context) => unwrapLiveEvent(event, context) as never,
  }),
  organizationServicesUpdated: t.field({
    type: nodeRef('Service') as never,
    // One list per organization (per service for backups) is polled for every subscriber in it.
    extensions: clickhouseCalls('instanceGetList'),
    description: 'Every service of the organization now, then each service whenever it changes or appears.',
    args: { organizationId: t.arg.id({ required: true, description: 'Global id (or UUID) of the organization.' }) },
    subscribe: (_root, args, context) => {
      let organizationId: string;
      try {
        organizationId = ownId(referenceOf(organizations, String(args.organizationId), 'organizationId'));
      } catch {
        throw badUserInput('organizationId must be the id of an Organization (or its UUID)');
      }
      return servicesStream(context, organizationId, (services) => services);
    },
    resolve: (event: ServiceRecord | LiveStreamError, _args, context) => unwrapLiveEvent(event, context) as never,
  }),
  backupUpdated: t.field({
    type: nodeRef('Backup') as never,
    // One list per organization (per service for backups) is polled for every subscriber in it.
    extensions: clickhouseCalls('backupGetList'),
    description: "The service's most recent backup now, then every new backup and every status change.",
    args: { serviceId: t.arg.id({ required: true, description: 'The service: its global id or its UUID.' }) },
    subscribe: async (_root, args, context) => {
      const { organizationId, serviceId } = await serviceArgument(context, String(args.serviceId), 'serviceId');
      const client = context.clickhouse();
      return changeStream<BackupRecord[], BackupRecord>(context.live, {
        key: liveKeys.clickhouse(client.fingerprint, backups.group, `${organizationId}:${serviceId}`),
        source: () => ({
          read: async (maxAgeMs) => {
            const poll = context.forPolling.clickhouse();
            return underOrganization(() => poll, organizationId, () => poll.list<BackupRecord>(backups, [organizationId, serviceId], { maxAgeMs }));
          },
          isBusy: (records) => records.some((backup) => meets(backup, backups.inMotion!)),
        }),
        select: (backups) => backups,
        identify: identifyById,
        signal: context.signal,
        initial: 'first',
      });
    },
    resolve: (event: BackupRecord | LiveStreamError, _args, context) => unwrapLiveEvent(event, context) as never,
  }),
}));
