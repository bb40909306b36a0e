/**
 * Service: a ClickHouse Cloud service, its fields, and how it is reached from an organization.
 * Services are always read from their organization's service list (one upstream call per
 * organization per cache TTL), so any number of services asked for by id, alias or node(id) in one
 * operation cost that single call.
 */
import { builder } from '../../builder.js';
import type { ServiceRecord } from '../../context.js';
import type { IpAccessListEntryDto, ServiceEndpointDto } from '../../upstream/clickhouse/types.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { notFoundError, serviceKey, splitKey } from '../node-ids.js';
import { CloudProviderEnum, ServiceStateEnum, ServiceTierEnum, toUpstreamValue } from './enums.js';
import { OrganizationRef } from './organization.js';

export const ServiceRef = builder.loadableNodeRef('Service', {
  id: { resolve: (service: ServiceRecord) => serviceKey(service.organizationId, service.id) },
  toKey: (service: ServiceRecord) => serviceKey(service.organizationId, service.id),
  cacheResolved: true,
  load: async (keys: string[], context) => {
    // Group by organization: one (per-request, then shared-cache) list call answers them all.
    return Promise.all(
      keys.map(async (key) => {
        const parts = splitKey(key, 2);
        if (!parts) return notFoundError('Service', key);
        const [organizationId, serviceId] = parts as [string, string];
        try {
          const services = await context.loaders.servicesByOrganization.load(organizationId);
          return services.find((service) => service.id === serviceId) ?? notFoundError('Service', serviceId);
        } catch (error) {
          return error as Error;
        }
      }),
    );
  },
});

const ServiceEndpointRef = builder.objectRef<ServiceEndpointDto>('ServiceEndpoint').implement({
  description: 'A network endpoint of a service.',
  fields: (t) => ({
    protocol: t.exposeString('protocol', { description: 'https, nativesecure or mysql.' }),
    host: t.exposeString('host'),
    port: t.exposeInt('port'),
    username: t.exposeString('username', { nullable: true }),
  }),
});

export const IpAccessListEntryRef = builder.objectRef<IpAccessListEntryDto>('IpAccessListEntry').implement({
  description: 'An IP address or CIDR range allowed to reach a service.',
  fields: (t) => ({
    source: t.exposeString('source'),
    description: t.exposeString('description', { nullable: true }),
  }),
});

ServiceRef.implement({
  description: 'A ClickHouse Cloud service.',
  fields: (t) => ({
    uuid: t.field({ type: 'UUID', resolve: (service) => service.id }),
    name: t.exposeString('name'),
    provider: t.field({ type: CloudProviderEnum.ref, resolve: (service) => CloudProviderEnum.fromUpstream(service.provider) }),
    region: t.exposeString('region'),
    state: t.field({ type: ServiceStateEnum.ref, resolve: (service) => ServiceStateEnum.fromUpstream(service.state) }),
    tier: t.field({
      type: ServiceTierEnum.ref,
      nullable: true,
      resolve: (service) => (service.tier === undefined ? null : ServiceTierEnum.fromUpstream(service.tier)),
    }),
    clickhouseVersion: t.exposeString('clickhouseVersion', { nullable: true }),
    endpoints: t.field({ type: [ServiceEndpointRef], resolve: (service) => service.endpoints }),
    ipAccessList: t.field({ type: [IpAccessListEntryRef], resolve: (service) => service.ipAccessList }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (service) => service.createdAt ?? null }),
    minTotalMemoryGb: t.exposeInt('minTotalMemoryGb', { nullable: true }),
    maxTotalMemoryGb: t.exposeInt('maxTotalMemoryGb', { nullable: true }),
    minReplicaMemoryGb: t.exposeInt('minReplicaMemoryGb', { nullable: true }),
    maxReplicaMemoryGb: t.exposeInt('maxReplicaMemoryGb', { nullable: true }),
    numReplicas: t.exposeInt('numReplicas', { nullable: true }),
    idleScaling: t.exposeBoolean('idleScaling', { nullable: true }),
    idleTimeoutMinutes: t.exposeInt('idleTimeoutMinutes', { nullable: true }),
    encryptionKey: t.exposeString('encryptionKey', { nullable: true }),
    encryptionAssumedRoleIdentifier: t.exposeString('encryptionAssumedRoleIdentifier', { nullable: true }),
    iamRole: t.exposeString('iamRole', { nullable: true }),
    privateEndpointIds: t.exposeStringList('privateEndpointIds'),
    dataWarehouseId: t.exposeString('dataWarehouseId', { nullable: true }),
    isPrimary: t.exposeBoolean('isPrimary', { nullable: true }),
    isReadonly: t.exposeBoolean('isReadonly', { nullable: true }),
    releaseChannel: t.exposeString('releaseChannel', { nullable: true }),
    organization: t.field({ type: OrganizationRef, resolve: (service) => service.organizationId }),
    prometheusMetrics: t.string({
      nullable: true,
      description: 'Prometheus exposition text of the service (fetched on demand, cached briefly).',
      resolve: (service, _args, context) =>
        context.clickhouse().getPrometheusMetrics(service.organizationId, service.id),
    }),
  }),
});

const ServiceFilter = builder.inputType('ServiceFilter', {
  description: 'Keeps services matching every given criterion (each list matches any of its values).',
  fields: (t) => ({
    state: t.field({ type: [ServiceStateEnum.ref] }),
    tier: t.field({ type: [ServiceTierEnum.ref] }),
    provider: t.field({ type: [CloudProviderEnum.ref] }),
  }),
});

function matches(value: string | undefined, wanted: readonly string[] | null | undefined): boolean {
  if (!wanted || wanted.length === 0) return true;
  return value !== undefined && wanted.some((enumValue) => toUpstreamValue(enumValue) === value);
}

builder.objectFields(OrganizationRef, (t) => ({
  services: t.connection(
    {
      type: ServiceRef,
      nullable: true,
      description: 'Services of the organization; null (with a coded error) only when the upstream list call fails.',
      args: { filter: t.arg({ type: ServiceFilter }) },
      resolve: async (organization, args, context) => {
        const services = await context.loaders.servicesByOrganization.load(organization.id);
        const { filter } = args;
        const kept = services.filter(
          (service) =>
            matches(service.state, filter?.state) &&
            matches(service.tier, filter?.tier) &&
            matches(service.provider, filter?.provider),
        );
        return connectionFromArray(kept, args);
      },
    },
    { name: 'ServiceConnection', ...withTotalCount },
    { name: 'ServiceEdge' },
  ),
  service: t.field({
    type: ServiceRef,
    nullable: true,
    description: 'One service of this organization; null with a NOT_FOUND error when it has no such service.',
    args: { uuid: t.arg({ type: 'UUID', required: true }) },
    resolve: (organization, args) => serviceKey(organization.id, args.uuid),
  }),
}));
