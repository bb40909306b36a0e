/**
 * ClickHouse Cloud organizations: the key's own organization(s), read from one cached list, and
 * their settings. An organization the key does not own is simply not found.
 */
import type { ObjectListType, ResourceDescription } from '../types.js';
import { CLOUD_PROVIDER } from './enums.js';

/** Organization names are shown in the console; the API documents no rule, so keep them sane. */
export const ORGANIZATION_NAME = { minLength: 1, maxLength: 255 } as const;

const PRIVATE_ENDPOINT: ObjectListType = {
  objects: 'OrganizationPrivateEndpoint',
  description: 'A private endpoint registered with the organization.',
  fields: [
    { key: 'id', type: 'String', nonNull: true, description: "The endpoint's id at the cloud provider (e.g. an AWS VPC endpoint id, vpce-...)." },
    { key: 'description', type: 'String', description: 'What the endpoint is for, as its creator wrote it; null when none was given.' },
    { key: 'cloudProvider', type: CLOUD_PROVIDER, description: 'The cloud provider the endpoint is in; null when the upstream does not say.' },
    { key: 'region', type: 'String', description: "The provider's region the endpoint is in, e.g. us-east-1; null when the upstream does not say." },
  ],
};

export const organizations: ResourceDescription = {
  api: 'clickhouse',
  group: 'organizations',
  path: 'organizations',
  idParam: 'organizationId',
  type: 'Organization',
  plural: 'organizations',
  description: 'A ClickHouse Cloud organization.',
  operations: { list: 'organizationGetList', get: 'organizationGet', update: 'organizationUpdate' },
  // A key sees one organization (rarely a few): the whole list answers every lookup by id.
  batch: 'catalog',
  ttlMs: 60_000,
  fields: [
    { key: 'name', type: 'String', nonNull: true, description: 'Display name of the organization.' },
    { key: 'createdAt', type: 'DateTime', description: 'When the organization was created; null when the upstream does not say.' },
    {
      key: 'privateEndpoints',
      type: PRIVATE_ENDPOINT,
      nonNull: true,
      description: 'Private endpoints registered with the organization, which its services can attach; empty when none.',
    },
    {
      key: 'enableCoreDumps',
      type: 'Boolean',
      description: "Whether crash reports (core dumps) are collected for the organization's services; when off, no service can turn them on. Null when the upstream does not say.",
    },
  ],
  update: [
    { key: 'name', type: 'String', ...ORGANIZATION_NAME, description: 'New display name (surrounding spaces are trimmed).' },
    {
      key: 'privateEndpoints',
      type: {
        patch: 'OrganizationPrivateEndpointsPatch',
        description: 'Private endpoints to remove, then to add.',
        of: {
          inputObjects: 'OrganizationPrivateEndpointInput',
          description: 'A private endpoint of the organization, to register or to remove.',
          fields: [
            { key: 'id', type: 'String', required: true, description: "The endpoint's id at the cloud provider (e.g. an AWS VPC endpoint id)." },
            { key: 'description', type: 'String', description: 'What the endpoint is for, free text.' },
            { key: 'cloudProvider', type: CLOUD_PROVIDER, description: 'The cloud provider the endpoint is in (needed to add one).' },
            { key: 'region', type: 'String', description: "The provider's region the endpoint is in, e.g. us-east-1 (needed to add one)." },
          ],
        },
      },
      description: 'Private endpoints to unregister and register.',
    },
    { key: 'enableCoreDumps', type: 'Boolean', description: "Turn collecting crash reports (core dumps) of the organization's services on or off." },
  ],
  writeDescriptions: {
    update: "Renames an organization, registers or unregisters its private endpoints, or turns its services' crash reports on or off.",
  },
  views: [
    {
      operation: 'organizationPrometheusGet',
      path: 'prometheus',
      field: 'prometheusMetrics',
      description: 'Prometheus exposition text of all services of the organization (fetched on demand, cached briefly).',
      answer: 'text',
      ttlMs: 10_000,
    },
  ],
};
