/**
 * Organization: the ClickHouse Cloud organization(s) of the caller's key, their queries and the
 * updateOrganization mutation. An organization is served from the key's organization list (one
 * cached call), so `organizations`, `organization(uuid)` and `Service.organization` share it and an
 * organization the key does not own is simply not found, without asking the upstream.
 */
import { organizations as described } from '../../resources/clickhouse/index.js';
import { builder } from '../../builder.js';
import type { OrganizationDto } from '../../upstream/clickhouse/types.js';
import { FieldErrors, invalidField, typedResult, withTypedErrors } from '../errors.js';
import { notFoundError } from '../../graphql-errors.js';
import { decodeIdOf } from '../node-ids.js';
import { isUuid } from '../../ids.js';
import { CloudProviderEnum, UNKNOWN, toUpstreamValue } from './enums.js';
import { clickhouseCalls } from '../operation-names.js';

export const OrganizationRef = builder.loadableNodeRef('Organization', {
  id: { resolve: (organization: OrganizationDto) => organization.id },
  toKey: (organization: OrganizationDto) => organization.id,
  cacheResolved: true,
  load: async (ids: string[], context) => {
    let organizations: OrganizationDto[];
    try {
      organizations = await context.clickhouse().list<OrganizationDto>(described);
    } catch (error) {
      return ids.map(() => error as Error);
    }
    return ids.map(
      (id) => organizations.find((organization) => organization.id === id.toLowerCase()) ?? notFoundError('Organization', id),
    );
  },
});

const PrivateEndpointRef = builder
  .objectRef<NonNullable<OrganizationDto['privateEndpoints']>[number]>('OrganizationPrivateEndpoint')
  .implement({
    description: 'A private endpoint registered with the organization.',
    fields: (t) => ({
      id: t.exposeString('id', { description: "The endpoint's id at the cloud provider (e.g. an AWS VPC endpoint id, vpce-...)." }),
      description: t.exposeString('description', { nullable: true, description: 'What the endpoint is for, as its creator wrote it; null when none was given.' }),
      cloudProvider: t.field({
        type: CloudProviderEnum.ref,
        nullable: true,
        description: 'The cloud provider the endpoint is in; null when the upstream does not say.',
        resolve: (endpoint) => (endpoint.cloudProvider === undefined ? null : CloudProviderEnum.fromUpstream(endpoint.cloudProvider)),
      }),
      region: t.exposeString('region', { nullable: true, description: "The provider's region the endpoint is in, e.g. us-east-1; null when the upstream does not say." }),
    }),
  });

OrganizationRef.implement({
  description: 'A ClickHouse Cloud organization.',
  fields: (t) => ({
    uuid: t.field({ type: 'UUID', description: 'The ClickHouse Cloud organization id, as the console and the REST API show it.', resolve: (organization) => organization.id }),
    name: t.exposeString('name', { description: 'Display name of the organization.' }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the organization was created; null when the upstream does not say.',
      resolve: (organization) => organization.createdAt ?? null,
    }),
    privateEndpoints: t.field({
      type: [PrivateEndpointRef],
      description: 'Private endpoints registered with the organization, which its services can attach; empty when none.',
      resolve: (organization) => organization.privateEndpoints ?? [],
    }),
    enableCoreDumps: t.exposeBoolean('enableCoreDumps', {
      nullable: true,
      description: "Whether crash reports (core dumps) are collected for the organization's services; when off, no service can turn them on. Null when the upstream does not say.",
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.field({
    type: [OrganizationRef],
    extensions: clickhouseCalls('organizationGetList'),
    // Root fields are nullable: a failing ClickHouse must not null the Divio half of a query.
    nullable: true,
    description: 'The ClickHouse Cloud organization(s) of the key in use; null (with a coded error) when ClickHouse fails.',
    resolve: (_root, _args, context) => context.clickhouse().list<OrganizationDto>(described),
  }),
  organization: t.field({
    type: OrganizationRef,
    extensions: clickhouseCalls('organizationGetList'),
    nullable: true,
    description: 'One organization of the key in use; null with a NOT_FOUND error for any other.',
    args: { uuid: t.arg({ type: 'UUID', required: true, description: 'The ClickHouse Cloud organization id (Organization.uuid).' }) },
    resolve: (_root, args) => args.uuid,
  }),
}));

/** Resolves `input.organizationId`: an Organization global id or a bare UUID. */
export function organizationIdFromInput(value: string, field = 'organizationId'): string {
  if (isUuid(value)) return value.toLowerCase();
  let key: string | undefined;
  try {
    key = decodeIdOf(value, ['Organization'], field).key;
  } catch {
    // reported below, as a field of the input
  }
  if (key === undefined || !isUuid(key)) {
    throw invalidField(field, 'must be the id of an Organization (or its UUID)');
  }
  return key.toLowerCase();
}

const PrivateEndpointInput = builder.inputType('OrganizationPrivateEndpointInput', {
  description: 'A private endpoint of the organization, to register or to remove.',
  fields: (t) => ({
    id: t.string({ required: true, description: "The endpoint's id at the cloud provider (e.g. an AWS VPC endpoint id)." }),
    description: t.string({ description: 'What the endpoint is for, free text.' }),
    cloudProvider: t.field({ type: CloudProviderEnum.ref, description: 'The cloud provider the endpoint is in (needed to add one).' }),
    region: t.string({ description: "The provider's region the endpoint is in, e.g. us-east-1 (needed to add one)." }),
  }),
});

const PrivateEndpointsPatchInput = builder.inputType('OrganizationPrivateEndpointsPatch', {
  description: 'Private endpoints to remove, then to add.',
  fields: (t) => ({
    add: t.field({ type: [PrivateEndpointInput], description: 'Endpoints to register, after the removals (deprecated upstream: prefer updateService privateEndpointIds).' }),
    remove: t.field({ type: [PrivateEndpointInput], description: 'Endpoints to unregister, matched by id; done before the additions.' }),
  }),
});

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  description: 'The organization and the settings to change; settings left out stay as they are (give at least one).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or UUID) of the organization.' }),
    name: t.string({ description: 'New display name, 1 to 255 characters (surrounding spaces are trimmed).' }),
    privateEndpoints: t.field({ type: PrivateEndpointsPatchInput, description: 'Private endpoints to unregister and register.' }),
    enableCoreDumps: t.boolean({ description: "Turn collecting crash reports (core dumps) of the organization's services on or off." }),
  }),
});

const UpdateOrganizationPayload = builder.objectRef<{ organization: OrganizationDto }>('UpdateOrganizationPayload').implement({
  description: 'What updateOrganization did.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, description: 'The organization as the upstream returned it after the change.', resolve: (payload) => payload.organization }),
  }),
});

/** Organization names are shown in the console; the API documents no rule, so keep them sane. */
const MAX_ORGANIZATION_NAME = 255;

builder.mutationField('updateOrganization', (t) =>
  t.field({
    type: UpdateOrganizationPayload,
    extensions: clickhouseCalls('organizationUpdate'),
    description: "Renames an organization, registers or unregisters its private endpoints, or turns its services' crash reports on or off.",
    errors: typedResult('UpdateOrganizationResult'),
    args: { input: t.arg({ type: UpdateOrganizationInput, required: true, description: 'The organization and the settings to change.' }) },
    resolve: (_root, { input }, context) =>
      withTypedErrors(async () => {
        const organizationId = organizationIdFromInput(String(input.id), 'id');
        const errors = new FieldErrors();
        if (input.name !== undefined && input.name !== null) {
          const name = input.name.trim();
          if (name.length === 0 || name.length > MAX_ORGANIZATION_NAME) {
            errors.add('name', `must be 1 to ${MAX_ORGANIZATION_NAME} characters`);
          }
        }
        if (input.name == null && !input.privateEndpoints && input.enableCoreDumps == null) {
          errors.add('input', 'nothing to update: give name, privateEndpoints or enableCoreDumps');
        }
        for (const list of ['add', 'remove'] as const) {
          input.privateEndpoints?.[list]?.forEach((endpoint, index) => {
            if (endpoint.cloudProvider === UNKNOWN) errors.add(`privateEndpoints.${list}.${index}.cloudProvider`, 'must be AWS, GCP or AZURE');
          });
        }
        errors.throwIfAny();
        const toUpstream = <T extends { cloudProvider?: string | null }>(endpoint: T) =>
          stripNulls({ ...endpoint, cloudProvider: endpoint.cloudProvider == null ? null : toUpstreamValue(endpoint.cloudProvider) });
        const organization = await context.clickhouse().update<OrganizationDto>(described, [organizationId], {
          ...(input.name == null ? {} : { name: input.name.trim() }),
          ...(input.enableCoreDumps == null ? {} : { enableCoreDumps: input.enableCoreDumps }),
          ...(input.privateEndpoints
            ? {
                privateEndpoints: {
                  add: (input.privateEndpoints.add ?? []).map(toUpstream),
                  remove: (input.privateEndpoints.remove ?? []).map(toUpstream),
                },
              }
            : {}),
        });
        return { organization };
      }),
  }),
);

/** GraphQL gives absent optional input fields as null/undefined; the upstream wants them omitted. */
export function stripNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
