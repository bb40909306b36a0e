/**
 * createService, updateService and deleteService. Each validates its whole input first (every
 * problem reported at once, no upstream call), then makes exactly one upstream write.
 */
import { services } from '../../resources/clickhouse/index.js';
import { readRecord } from '../../upstream/clickhouse/client.js';
import { UpstreamProtocolError } from '../../upstream/errors.js';
import { builder } from '../../builder.js';
import { liveKeys } from '../../live/registry.js';
import type { Context, ServiceRecord } from '../../gateway-types.js';
import type { ServiceCreateBody, ServiceDto, ServicePatchBody } from '../../upstream/clickhouse/types.js';
import { FieldErrors, typedResult, StateConflictError, withTypedErrors } from '../errors.js';
import { serviceKey } from '../node-ids.js';
import { CloudProviderEnum, ServiceTierEnum, UNKNOWN, toUpstreamValue } from './enums.js';
import { organizationIdFromInput, stripNulls } from './organization.js';
import { ServiceRef } from './service.js';
import { backupIdFromInput, resolveService, serviceReference, type ServiceAddress } from './service-input.js';
import type { ClickHouseClient } from '../../upstream/clickhouse/client.js';
import { clickhouseCalls } from '../operation-names.js';
import {
  checkIpAccessList,
  checkPrivateEndpointIds,
  checkRegion,
  checkScaling,
  checkServiceName,
  hasMemorySettings,
} from './validation.js';
import { MIN_IDLE_TIMEOUT_MINUTES, NUM_REPLICAS, REPLICA_MEMORY_GB, TOTAL_MEMORY_GB } from '../../resources/clickhouse/input-rules.js';

export const IpAccessListEntryInput = builder.inputType('IpAccessListEntryInput', {
  description: 'An IP address or CIDR range allowed to reach a service, to add or to remove.',
  fields: (t) => ({
    source: t.string({ required: true, description: 'IP address or CIDR range.' }),
    description: t.string({ description: 'What the entry is for, up to 255 characters.' }),
  }),
});

const IpAccessListPatchInput = builder.inputType('IpAccessListPatch', {
  description: 'Entries to remove, then entries to add.',
  fields: (t) => ({
    add: t.field({ type: [IpAccessListEntryInput], description: 'Entries to allow, after the removals.' }),
    remove: t.field({ type: [IpAccessListEntryInput], description: 'Entries to stop allowing, done before the additions.' }),
  }),
});

const PrivateEndpointIdsPatchInput = builder.inputType('PrivateEndpointIdsPatch', {
  description: 'Private endpoint ids to remove, then ids to add.',
  fields: (t) => ({
    add: t.stringList({ description: 'Ids of private endpoints to attach, after the removals.' }),
    remove: t.stringList({ description: 'Ids of private endpoints to detach, done before the additions.' }),
  }),
});

/** Records a write's result and drops this request's now-stale list for the organization. */
export function afterServiceWrite(context: Context, organizationId: string, service: ServiceDto): ServiceRecord {
  context.loaders.servicesByOrganization.clear(organizationId);
  // Subscribers of this organization see the change now, not at the next interval.
  context.live.nudge(liveKeys.services(context.clickhouse().fingerprint, organizationId));
  return { ...service, organizationId };
}

/**
 * The shape every single-service write shares: decode `input.id`, validate (all problems at once,
 * before any upstream call), make the one upstream write, return the service it answered with.
 */
export function writeService(
  context: Context,
  globalId: string | number,
  validate: (errors: FieldErrors) => void,
  write: (client: ClickHouseClient, address: ServiceAddress) => Promise<ServiceDto>,
): Promise<{ service: ServiceRecord }> {
  return withTypedErrors(async () => {
    const reference = serviceReference(String(globalId));
    const errors = new FieldErrors();
    validate(errors);
    errors.throwIfAny();
    const address = await resolveService(context, reference);
    const service = await write(context.clickhouse(), address);
    return { service: afterServiceWrite(context, address.organizationId, service) };
  });
}

const ServicePayload = builder.objectRef<{ service: ServiceRecord }>('ServicePayload').implement({
  description: 'The service as the upstream returned it after the change.',
  fields: (t) => ({ service: t.field({ type: ServiceRef, description: 'The service after the change.', resolve: (payload) => payload.service }) }),
});

const CreateServicePayload = builder
  .objectRef<{ service: ServiceRecord; password: string }>('CreateServicePayload')
  .implement({
    description: 'What createService did: the new service, and its password, shown only this once.',
    fields: (t) => ({
      service: t.field({ type: ServiceRef, description: 'The new service, usually still PROVISIONING.', resolve: (payload) => payload.service }),
      password: t.exposeString('password', { description: 'The default user password; shown only this once.' }),
    }),
  });

const DeleteServicePayload = builder
  .objectRef<{ deletedServiceId: string; deletedServiceUuid: string }>('DeleteServicePayload')
  .implement({
    description: 'What deleteService did: which service is being deleted.',
    fields: (t) => ({
      deletedServiceId: t.exposeID('deletedServiceId', { description: 'Global id of the deleted service.' }),
      deletedServiceUuid: t.field({ type: 'UUID', description: 'ClickHouse Cloud id of the deleted service.', resolve: (payload) => payload.deletedServiceUuid }),
    }),
  });

export { ServicePayload };

const CreateServiceInput = builder.inputType('CreateServiceInput', {
  description: 'The new service: where it runs, its size and who may reach it; settings left out take the upstream defaults.',
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'Global id (or UUID) of the owning organization.' }),
    name: t.string({ required: true, description: 'Letters, digits and spaces, up to 50 characters.' }),
    provider: t.field({ type: CloudProviderEnum.ref, required: true, description: 'The cloud provider to run it on.' }),
    region: t.string({ required: true, description: "The provider's region id, e.g. us-east-1 or europe-west4." }),
    tier: t.field({ type: ServiceTierEnum.ref, description: 'Size class (DEVELOPMENT is not available on Azure); deprecated upstream for BASIC, SCALE and ENTERPRISE organizations.' }),
    ipAccessList: t.field({ type: [IpAccessListEntryInput], description: 'IP addresses and CIDR ranges allowed to connect.' }),
    minTotalMemoryGb: t.int({ description: `Least memory of all replicas together while autoscaling, in GB: a multiple of ${TOTAL_MEMORY_GB.step}, at least ${TOTAL_MEMORY_GB.min} (PRODUCTION only).` }),
    maxTotalMemoryGb: t.int({ description: `Most memory of all replicas together while autoscaling, in GB: a multiple of ${TOTAL_MEMORY_GB.step}, at most ${TOTAL_MEMORY_GB.max.unpaid} (unpaid) or ${TOTAL_MEMORY_GB.max.paid} (paid) (PRODUCTION only).` }),
    minReplicaMemoryGb: t.int({ description: `Least memory of each replica while autoscaling, in GB: a multiple of ${REPLICA_MEMORY_GB.step}, at least ${REPLICA_MEMORY_GB.min} (PRODUCTION only).` }),
    maxReplicaMemoryGb: t.int({ description: `Most memory of each replica while autoscaling, in GB: a multiple of ${REPLICA_MEMORY_GB.step}, at most ${REPLICA_MEMORY_GB.max.unpaid} (unpaid) or ${REPLICA_MEMORY_GB.max.paid} (paid) (PRODUCTION only).` }),
    numReplicas: t.int({ description: `How many replicas to run, ${NUM_REPLICAS.min} to ${NUM_REPLICAS.max}.` }),
    idleScaling: t.boolean({ description: 'Let the service scale down to zero (IDLE) when unused; upstream default true.' }),
    idleTimeoutMinutes: t.int({ description: `Minutes without work before it goes IDLE, at least ${MIN_IDLE_TIMEOUT_MINUTES}.` }),
    backupId: t.id({ description: 'Backup (global id or UUID) to restore into the new service.' }),
    encryptionKey: t.string({ description: 'A customer-provided key to encrypt its disks with.' }),
    encryptionAssumedRoleIdentifier: t.string({ description: 'The role ClickHouse Cloud assumes to use that encryption key.' }),
    privateEndpointIds: t.stringList({ description: 'Private endpoints to attach (deprecated upstream: prefer updateService after creation).' }),
    privatePreviewTermsChecked: t.boolean({ description: "Accepts the private preview terms, needed only for an organization's first service during a private preview." }),
  }),
});

builder.mutationField('createService', (t) =>
  t.field({
    type: CreateServicePayload,
    extensions: clickhouseCalls('instanceCreate'),
    description: 'Creates a service; it starts asynchronously (PROVISIONING, then RUNNING).',
    errors: typedResult('CreateServiceResult'),
    args: { input: t.arg({ type: CreateServiceInput, required: true, description: 'The organization and the settings of the new service.' }) },
    resolve: (_root, { input }, context) =>
      withTypedErrors(async () => {
        const organizationId = organizationIdFromInput(String(input.organizationId));
        const errors = new FieldErrors();
        checkServiceName(errors, input.name);
        checkRegion(errors, input.region);
        if (input.provider === UNKNOWN) errors.add('provider', 'must be AWS, GCP or AZURE');
        if (input.tier === UNKNOWN) errors.add('tier', 'must be a known tier');
        if (input.provider === 'AZURE' && input.tier === 'DEVELOPMENT') {
          errors.add('tier', 'Azure services do not support the DEVELOPMENT tier');
        }
        if (input.tier != null && input.tier !== 'PRODUCTION' && hasMemorySettings(input)) {
          errors.add('tier', 'memory settings are available only for PRODUCTION services');
        }
        checkScaling(errors, input);
        checkIpAccessList(errors, 'ipAccessList', input.ipAccessList);
        checkPrivateEndpointIds(errors, 'privateEndpointIds', input.privateEndpointIds);
        let backupId: string | undefined;
        try {
          backupId = input.backupId == null ? undefined : backupIdFromInput(String(input.backupId));
        } catch {
          errors.add('backupId', 'must be a Backup id or a backup UUID');
        }
        errors.throwIfAny();
        const body: ServiceCreateBody = stripNulls({
          ...input,
          organizationId: undefined,
          provider: toUpstreamValue(input.provider),
          tier: input.tier == null ? undefined : toUpstreamValue(input.tier),
          ipAccessList: input.ipAccessList?.map(stripNulls),
          backupId,
        }) as ServiceCreateBody;
        const created = await context.clickhouse().create(services, [organizationId], body);
        const answer = created !== null && typeof created === 'object' ? (created as { service?: unknown; password?: unknown }) : {};
        if (typeof answer.password !== 'string') throw new UpstreamProtocolError('clickhouse', 'an unexpected service creation result (missing password)');
        const service = readRecord(services, answer.service, [organizationId]) as unknown as ServiceDto;
        return { service: afterServiceWrite(context, organizationId, service), password: answer.password };
      }),
  }),
);

const UpdateServiceInput = builder.inputType('UpdateServiceInput', {
  description: 'The service and what to change; settings left out stay as they are (give at least one).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    name: t.string({ description: 'New name: letters, digits and spaces, up to 50 characters.' }),
    ipAccessList: t.field({ type: IpAccessListPatchInput, description: 'IP access list entries to remove and to add.' }),
    privateEndpointIds: t.field({ type: PrivateEndpointIdsPatchInput, description: 'Private endpoints to detach and to attach.' }),
  }),
});

builder.mutationField('updateService', (t) =>
  t.field({
    type: ServicePayload,
    extensions: clickhouseCalls('instanceGetList', 'instanceUpdate'),
    description: 'Renames a service and/or edits its IP access list and private endpoints.',
    errors: typedResult('UpdateServiceResult'),
    args: { input: t.arg({ type: UpdateServiceInput, required: true, description: 'The service and what to change.' }) },
    resolve: (_root, { input }, context) => {
      const patch = (value: { add?: unknown[] | null; remove?: unknown[] | null } | null | undefined) =>
        value ? { add: value.add ?? [], remove: value.remove ?? [] } : undefined;
      return writeService(
        context,
        input.id,
        (errors) => {
          checkServiceName(errors, input.name);
          checkIpAccessList(errors, 'ipAccessList.add', input.ipAccessList?.add);
          checkIpAccessList(errors, 'ipAccessList.remove', input.ipAccessList?.remove);
          checkPrivateEndpointIds(errors, 'privateEndpointIds.add', input.privateEndpointIds?.add);
          checkPrivateEndpointIds(errors, 'privateEndpointIds.remove', input.privateEndpointIds?.remove);
          const changes = (patch: { add?: unknown[] | null; remove?: unknown[] | null } | null | undefined) =>
            Boolean(patch && ((patch.add?.length ?? 0) > 0 || (patch.remove?.length ?? 0) > 0));
          if (input.name == null && !changes(input.ipAccessList) && !changes(input.privateEndpointIds)) {
            errors.add('input', 'nothing to update: give name, ipAccessList or privateEndpointIds');
          }
        },
        (client, address) =>
          client.update<ServiceDto>(services, [address.organizationId, address.serviceId], {
            ...(input.name == null ? {} : { name: input.name }),
            ...(input.ipAccessList
              ? {
                  ipAccessList: patch({
                    add: input.ipAccessList.add?.map(stripNulls),
                    remove: input.ipAccessList.remove?.map(stripNulls),
                  }) as ServicePatchBody['ipAccessList'],
                }
              : {}),
            ...(input.privateEndpointIds
              ? { privateEndpointIds: patch(input.privateEndpointIds) as ServicePatchBody['privateEndpointIds'] }
              : {}),
          }),
      );
    },
  }),
);

const DeleteServiceInput = builder.inputType('DeleteServiceInput', {
  description: 'The service to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'Global id of the service (must be STOPPED).' }) }),
});

builder.mutationField('deleteService', (t) =>
  t.field({
    type: DeleteServicePayload,
    extensions: clickhouseCalls('instanceGetList', 'instanceDelete'),
    description: 'Deletes a stopped service (asynchronously upstream). A service in any other state is a ConflictError.',
    errors: typedResult('DeleteServiceResult'),
    args: { input: t.arg({ type: DeleteServiceInput, required: true, description: 'The (stopped) service to delete.' }) },
    resolve: (_root, { input }, context) =>
      withTypedErrors(async () => {
        const address = await resolveService(context, serviceReference(String(input.id)));
        const current = await ServiceRef.getDataloader(context).load(serviceKey(address.organizationId, address.serviceId));
        if (current.state !== 'stopped') {
          throw new StateConflictError(
            `Service ${address.serviceId} is ${current.state}; stop it before deleting it`,
            current.state.toUpperCase(),
          );
        }
        await context.clickhouse().destroy(services, [address.organizationId, address.serviceId]);
        context.loaders.servicesByOrganization.clear(address.organizationId);
        context.live.nudge(liveKeys.services(context.clickhouse().fingerprint, address.organizationId));
        return { deletedServiceId: String(input.id), deletedServiceUuid: address.serviceId };
      }),
  }),
);
