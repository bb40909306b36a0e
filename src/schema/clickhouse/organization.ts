/**
 * Organization: the ClickHouse Cloud organization(s) of the caller's key, their queries and the
 * updateOrganization mutation. An organization is served from the key's organization list (one
 * cached call), so `organizations`, `organization(uuid)` and `Service.organization` share it and an
 * organization the key does not own is simply not found, without asking the upstream.
 */
import { builder } from '../../builder.js';
import type { OrganizationDto } from '../../upstream/clickhouse/types.js';
import { FieldErrors, invalidField, typedResult, withTypedErrors } from '../errors.js';
import { decodeIdOf, notFoundError } from '../node-ids.js';
import { isUuid } from '../scalars.js';

export const OrganizationRef = builder.loadableNodeRef('Organization', {
  id: { resolve: (organization: OrganizationDto) => organization.id },
  toKey: (organization: OrganizationDto) => organization.id,
  cacheResolved: true,
  load: async (ids: string[], context) => {
    let organizations: OrganizationDto[];
    try {
      organizations = await context.clickhouse().listOrganizations();
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
      id: t.exposeString('id'),
      description: t.exposeString('description', { nullable: true }),
      cloudProvider: t.exposeString('cloudProvider', { nullable: true }),
      region: t.exposeString('region', { nullable: true }),
    }),
  });

OrganizationRef.implement({
  description: 'A ClickHouse Cloud organization.',
  fields: (t) => ({
    uuid: t.field({ type: 'UUID', resolve: (organization) => organization.id }),
    name: t.exposeString('name'),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (organization) => organization.createdAt ?? null }),
    privateEndpoints: t.field({
      type: [PrivateEndpointRef],
      resolve: (organization) => organization.privateEndpoints ?? [],
    }),
    enableCoreDumps: t.exposeBoolean('enableCoreDumps', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.field({
    type: [OrganizationRef],
    // Root fields are nullable: a failing ClickHouse must not null the Divio half of a query.
    nullable: true,
    description: 'The ClickHouse Cloud organization(s) of the key in use; null (with a coded error) when ClickHouse fails.',
    resolve: (_root, _args, context) => context.clickhouse().listOrganizations(),
  }),
  organization: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'One organization of the key in use; null with a NOT_FOUND error for any other.',
    args: { uuid: t.arg({ type: 'UUID', required: true }) },
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
  fields: (t) => ({
    id: t.string({ required: true }),
    description: t.string(),
    cloudProvider: t.string(),
    region: t.string(),
  }),
});

const PrivateEndpointsPatchInput = builder.inputType('OrganizationPrivateEndpointsPatch', {
  description: 'Private endpoints to remove, then to add.',
  fields: (t) => ({
    add: t.field({ type: [PrivateEndpointInput] }),
    remove: t.field({ type: [PrivateEndpointInput] }),
  }),
});

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or UUID) of the organization.' }),
    name: t.string(),
    privateEndpoints: t.field({ type: PrivateEndpointsPatchInput }),
    enableCoreDumps: t.boolean(),
  }),
});

const UpdateOrganizationPayload = builder.objectRef<{ organization: OrganizationDto }>('UpdateOrganizationPayload').implement({
  fields: (t) => ({ organization: t.field({ type: OrganizationRef, resolve: (payload) => payload.organization }) }),
});

/** Organization names are shown in the console; the API documents no rule, so keep them sane. */
const MAX_ORGANIZATION_NAME = 255;

builder.mutationField('updateOrganization', (t) =>
  t.field({
    type: UpdateOrganizationPayload,
    errors: typedResult('UpdateOrganizationResult'),
    args: { input: t.arg({ type: UpdateOrganizationInput, required: true }) },
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
        errors.throwIfAny();
        const organization = await context.clickhouse().updateOrganization(organizationId, {
          ...(input.name == null ? {} : { name: input.name.trim() }),
          ...(input.enableCoreDumps == null ? {} : { enableCoreDumps: input.enableCoreDumps }),
          ...(input.privateEndpoints
            ? {
                privateEndpoints: {
                  add: (input.privateEndpoints.add ?? []).map(stripNulls),
                  remove: (input.privateEndpoints.remove ?? []).map(stripNulls),
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
