/**
 * Service: a ClickHouse Cloud service, its fields, and how it is reached from an organization.
 * Services are always read from their organization's service list (one upstream call per
 * organization per cache TTL), so any number of services asked for by id, alias or node(id) in one
 * operation cost that single call.
 */
import { services } from '../../resources/clickhouse/index.js';
import { builder } from '../../builder.js';
import type { ServiceRecord } from '../../gateway-types.js';
import type { IpAccessListEntryDto, ServiceEndpointDto } from '../../upstream/clickhouse/types.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { notFoundError } from '../../graphql-errors.js';
import { serviceKey, splitKey } from '../node-ids.js';
import {
  CloudProviderEnum,
  EndpointProtocolEnum,
  ReleaseChannelEnum,
  ServiceStateEnum,
  ServiceTierEnum,
  toUpstreamValue,
} from './enums.js';
import { OrganizationRef } from './organization.js';
import { clickhouseCalls } from '../operation-names.js';

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
    protocol: t.field({
      type: EndpointProtocolEnum.ref,
      description: 'What the endpoint speaks: HTTPS, NATIVESECURE or MYSQL; UNKNOWN for a protocol this gateway does not know yet.',
      resolve: (endpoint) => EndpointProtocolEnum.fromUpstream(endpoint.protocol),
    }),
    host: t.exposeString('host', { description: 'Host name to connect to.' }),
    port: t.exposeInt('port', { description: 'TCP port to connect to.' }),
    username: t.exposeString('username', {
      nullable: true,
      description: 'User name to connect as on this endpoint; null when the endpoint names none.',
    }),
  }),
});

export const IpAccessListEntryRef = builder.objectRef<IpAccessListEntryDto>('IpAccessListEntry').implement({
  description: 'An IP address or CIDR range allowed to reach a service.',
  fields: (t) => ({
    source: t.exposeString('source', { description: 'The IP address or CIDR range, e.g. 203.0.113.7 or 10.0.0.0/8.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the entry is for, as its creator wrote it; null when none was given.' }),
  }),
});

ServiceRef.implement({
  description: 'A ClickHouse Cloud service.',
  fields: (t) => ({
    uuid: t.field({ type: 'UUID', description: 'The ClickHouse Cloud service id, as the console and the REST API show it.', resolve: (service) => service.id }),
    name: t.exposeString('name', { description: 'Display name: letters, digits and spaces, up to 50 characters.' }),
    provider: t.field({
      type: CloudProviderEnum.ref,
      description: 'The cloud provider the service runs on.',
      resolve: (service) => CloudProviderEnum.fromUpstream(service.provider),
    }),
    // A String, not an enum: the OpenAPI list of regions grows as ClickHouse Cloud opens new ones,
    // and an UNKNOWN would hide where a service runs.
    region: t.exposeString('region', { description: "The provider's region id, e.g. us-east-1 or europe-west4." }),
    state: t.field({
      type: ServiceStateEnum.ref,
      description: 'Where the service is in its lifecycle; UNKNOWN for a state this gateway does not know yet.',
      resolve: (service) => ServiceStateEnum.fromUpstream(service.state),
    }),
    tier: t.field({
      type: ServiceTierEnum.ref,
      nullable: true,
      description: 'Size class of the service (deprecated upstream for BASIC, SCALE and ENTERPRISE organizations, which use the replica memory settings); null when the upstream gives none.',
      resolve: (service) => (service.tier === undefined ? null : ServiceTierEnum.fromUpstream(service.tier)),
    }),
    clickhouseVersion: t.exposeString('clickhouseVersion', { nullable: true, description: 'The ClickHouse server version it runs; null when the upstream does not say.' }),
    endpoints: t.field({ type: [ServiceEndpointRef], description: 'The endpoints clients connect to, each with its protocol, host and port.', resolve: (service) => service.endpoints }),
    ipAccessList: t.field({
      type: [IpAccessListEntryRef],
      description: 'The IP addresses and CIDR ranges allowed to connect to it.',
      resolve: (service) => service.ipAccessList,
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the service was created; null when the upstream does not say.', resolve: (service) => service.createdAt ?? null }),
    minTotalMemoryGb: t.exposeInt('minTotalMemoryGb', {
      nullable: true,
      description: 'Least memory of all replicas together while autoscaling, in GB (PRODUCTION only; deprecated upstream for minReplicaMemoryGb); null when not set.',
    }),
    maxTotalMemoryGb: t.exposeInt('maxTotalMemoryGb', {
      nullable: true,
      description: 'Most memory of all replicas together while autoscaling, in GB (PRODUCTION only; deprecated upstream for maxReplicaMemoryGb); null when not set.',
    }),
    minReplicaMemoryGb: t.exposeInt('minReplicaMemoryGb', {
      nullable: true,
      description: 'Least memory of each replica while autoscaling, in GB (a multiple of 4, at least 8); null when not set.',
    }),
    maxReplicaMemoryGb: t.exposeInt('maxReplicaMemoryGb', {
      nullable: true,
      description: "Most memory of each replica while autoscaling, in GB (a multiple of 4; the ceiling depends on the organization's plan); null when not set.",
    }),
    numReplicas: t.exposeInt('numReplicas', { nullable: true, description: 'How many replicas the service runs; null when the upstream does not say.' }),
    idleScaling: t.exposeBoolean('idleScaling', {
      nullable: true,
      description: 'Whether the service scales down to zero (IDLE) when unused; null when the upstream does not say.',
    }),
    idleTimeoutMinutes: t.exposeInt('idleTimeoutMinutes', {
      nullable: true,
      description: 'Minutes without work before an idle-scaling service goes IDLE (at least 5); null when not set.',
    }),
    encryptionKey: t.exposeString('encryptionKey', { nullable: true, description: 'The customer-provided disk encryption key, if one was given at creation; else null.' }),
    encryptionAssumedRoleIdentifier: t.exposeString('encryptionAssumedRoleIdentifier', {
      nullable: true,
      description: 'The role ClickHouse Cloud assumes to use that disk encryption key; null without one.',
    }),
    iamRole: t.exposeString('iamRole', { nullable: true, description: 'The IAM role the service uses to read objects in S3; null when the upstream gives none.' }),
    privateEndpointIds: t.exposeStringList('privateEndpointIds', { description: 'Ids of the private endpoints attached to the service; empty when none.' }),
    dataWarehouseId: t.exposeString('dataWarehouseId', {
      nullable: true,
      description: 'The data warehouse (group of services sharing storage) it belongs to; null when the upstream does not say.',
    }),
    isPrimary: t.exposeBoolean('isPrimary', { nullable: true, description: 'It is the primary service of its data warehouse; null when the upstream does not say.' }),
    isReadonly: t.exposeBoolean('isReadonly', {
      nullable: true,
      description: 'It reads the data of its data warehouse without writing to it; null when the upstream does not say.',
    }),
    releaseChannel: t.field({
      type: ReleaseChannelEnum.ref,
      nullable: true,
      description: 'When it receives new ClickHouse releases (PRODUCTION only); null when the upstream does not say.',
      resolve: (service) => (service.releaseChannel === undefined ? null : ReleaseChannelEnum.fromUpstream(service.releaseChannel)),
    }),
    organization: t.field({ extensions: clickhouseCalls('organizationGetList'), type: OrganizationRef, description: 'The organization that owns the service.', resolve: (service) => service.organizationId }),
    prometheusMetrics: t.string({
      nullable: true,
      description: 'Prometheus exposition text of the service (fetched on demand, cached briefly).',
      extensions: clickhouseCalls('instancePrometheusGet'),
      resolve: (service, _args, context) =>
        context.clickhouse().view(services, services.views!.find((view) => view.path === 'prometheus')!, [service.organizationId, service.id]) as Promise<string>,
    }),
  }),
});

const ServiceFilter = builder.inputType('ServiceFilter', {
  description: 'Keeps services matching every given criterion (each list matches any of its values).',
  fields: (t) => ({
    state: t.field({ type: [ServiceStateEnum.ref], description: 'Only services in one of these states.' }),
    tier: t.field({ type: [ServiceTierEnum.ref], description: 'Only services of one of these tiers (services without a tier never match).' }),
    provider: t.field({ type: [CloudProviderEnum.ref], description: 'Only services on one of these cloud providers.' }),
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
      extensions: clickhouseCalls('instanceGetList'),
      nullable: true,
      description: 'Services of the organization; null (with a coded error) only when the upstream list call fails.',
      args: { filter: t.arg({ type: ServiceFilter, description: 'Only services matching all of these; all services without it.' }) },
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
    extensions: clickhouseCalls('instanceGetList'),
    nullable: true,
    description: 'One service of this organization; null with a NOT_FOUND error when it has no such service.',
    args: { uuid: t.arg({ type: 'UUID', required: true, description: 'The ClickHouse Cloud service id (Service.uuid).' }) },
    resolve: (organization, args) => serviceKey(organization.id, args.uuid),
  }),
}));
