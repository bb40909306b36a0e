/**
 * createService, updateService and deleteService. Each validates its whole input first (every
 * problem reported at once, no upstream call), then makes exactly one upstream write.
 */
import { builder } from '../../builder.js';
import { liveKeys } from '../../live/registry.js';
import type { Context, ServiceRecord } from '../../context.js';
import type { ServiceCreateBody, ServiceDto, ServicePatchBody } from '../../upstream/clickhouse/types.js';
import { FieldErrors, typedResult, StateConflictError, withTypedErrors } from '../errors.js';
import { serviceKey } from '../node-ids.js';
import { CloudProviderEnum, ServiceTierEnum, UNKNOWN, toUpstreamValue } from './enums.js';
import { organizationIdFromInput, stripNulls } from './organization.js';
import { ServiceRef } from './service.js';
import { backupIdFromInput, resolveService, serviceReference, type ServiceAddress } from './service-input.js';
import type { ClickHouseClient } from '../../upstream/clickhouse/client.js';
import {
  checkIpAccessList,
  checkPrivateEndpointIds,
  checkRegion,
  checkScaling,
  checkServiceName,
  hasMemorySettings,
} from './validation.js';

export const IpAccessListEntryInput = builder.inputType('IpAccessListEntryInput', {
  fields: (t) => ({
    source: t.string({ required: true, description: 'IP address or CIDR range.' }),
    description: t.string(),
  }),
});

const IpAccessListPatchInput = builder.inputType('IpAccessListPatch', {
  description: 'Entries to remove, then entries to add.',
  fields: (t) => ({
    add: t.field({ type: [IpAccessListEntryInput] }),
    remove: t.field({ type: [IpAccessListEntryInput] }),
  }),
});

const PrivateEndpointIdsPatchInput = builder.inputType('PrivateEndpointIdsPatch', {
  description: 'Private endpoint ids to remove, then ids to add.',
  fields: (t) => ({ add: t.stringList(), remove: t.stringList() }),
});

/** Records a write's result and drops this request's now-stale list for the organization. */
export function afterServiceWrite(context: Context, organizationId: string, service: ServiceDto): ServiceRecord {
  context.loaders.servicesByOrganization.clear(organizationId);
  // Subscribers of this organization see the change now, not at the next interval.
  context.live.nudge(liveKeys.services(context.clickhouse().scope, organizationId));
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
  fields: (t) => ({ service: t.field({ type: ServiceRef, resolve: (payload) => payload.service }) }),
});

const CreateServicePayload = builder
  .objectRef<{ service: ServiceRecord; password: string }>('CreateServicePayload')
  .implement({
    fields: (t) => ({
      service: t.field({ type: ServiceRef, resolve: (payload) => payload.service }),
      password: t.exposeString('password', { description: 'The default user password; shown only this once.' }),
    }),
  });

const DeleteServicePayload = builder
  .objectRef<{ deletedServiceId: string; deletedServiceUuid: string }>('DeleteServicePayload')
  .implement({
    fields: (t) => ({
      deletedServiceId: t.exposeID('deletedServiceId', { description: 'Global id of the deleted service.' }),
      deletedServiceUuid: t.field({ type: 'UUID', resolve: (payload) => payload.deletedServiceUuid }),
    }),
  });

export { ServicePayload };

const CreateServiceInput = builder.inputType('CreateServiceInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'Global id (or UUID) of the owning organization.' }),
    name: t.string({ required: true, description: 'Letters, digits and spaces, up to 50 characters.' }),
    provider: t.field({ type: CloudProviderEnum.ref, required: true }),
    region: t.string({ required: true }),
    tier: t.field({ type: ServiceTierEnum.ref }),
    ipAccessList: t.field({ type: [IpAccessListEntryInput] }),
    minTotalMemoryGb: t.int(),
    maxTotalMemoryGb: t.int(),
    minReplicaMemoryGb: t.int(),
    maxReplicaMemoryGb: t.int(),
    numReplicas: t.int(),
    idleScaling: t.boolean(),
    idleTimeoutMinutes: t.int(),
    backupId: t.id({ description: 'Backup (global id or UUID) to restore into the new service.' }),
    encryptionKey: t.string(),
    encryptionAssumedRoleIdentifier: t.string(),
    privateEndpointIds: t.stringList(),
    privatePreviewTermsChecked: t.boolean(),
  }),
});

builder.mutationField('createService', (t) =>
  t.field({
    type: CreateServicePayload,
    description: 'Creates a service; it starts asynchronously (PROVISIONING, then RUNNING).',
    errors: typedResult('CreateServiceResult'),
    args: { input: t.arg({ type: CreateServiceInput, required: true }) },
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
        const created = await context.clickhouse().createService(organizationId, body);
        return { service: afterServiceWrite(context, organizationId, created.service), password: created.password };
      }),
  }),
);

const UpdateServiceInput = builder.inputType('UpdateServiceInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    name: t.string(),
    ipAccessList: t.field({ type: IpAccessListPatchInput }),
    privateEndpointIds: t.field({ type: PrivateEndpointIdsPatchInput }),
  }),
});

builder.mutationField('updateService', (t) =>
  t.field({
    type: ServicePayload,
    description: 'Renames a service and/or edits its IP access list and private endpoints.',
    errors: typedResult('UpdateServiceResult'),
    args: { input: t.arg({ type: UpdateServiceInput, required: true }) },
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
          client.updateService(address.organizationId, address.serviceId, {
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
  fields: (t) => ({ id: t.id({ required: true, description: 'Global id of the service (must be STOPPED).' }) }),
});

builder.mutationField('deleteService', (t) =>
  t.field({
    type: DeleteServicePayload,
    description: 'Deletes a stopped service (asynchronously upstream). A service in any other state is a ConflictError.',
    errors: typedResult('DeleteServiceResult'),
    args: { input: t.arg({ type: DeleteServiceInput, required: true }) },
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
        await context.clickhouse().deleteService(address.organizationId, address.serviceId);
        context.loaders.servicesByOrganization.clear(address.organizationId);
        context.live.nudge(liveKeys.services(context.clickhouse().scope, address.organizationId));
        return { deletedServiceId: String(input.id), deletedServiceUuid: address.serviceId };
      }),
  }),
);
