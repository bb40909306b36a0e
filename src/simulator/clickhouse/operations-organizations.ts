/**
 * What the organization operations do: the key's one organization (listed and read), its PATCH,
 * and the organization-wide Prometheus endpoint. Inputs arrive checked against the description.
 */
import { badRequest } from '../core/error.js';
import { found, inputOf, TextResult, type Behaviour, type OperationContext } from './context.js';
import { organizationDto } from './dto.js';
import type { ListPatch } from './input.js';
import { PROMETHEUS_CONTENT_TYPE, organizationMetrics } from './prometheus.js';
import { servicesOf } from './state.js';
import type { OrgPrivateEndpoint } from './types.js';
import { validateRegion } from './validation.js';

type EndpointInput = Partial<OrgPrivateEndpoint> & { id: string };

interface OrganizationInput {
  name?: string;
  enableCoreDumps?: boolean;
  privateEndpoints?: ListPatch<EndpointInput>;
}

/** Every entry's region must be the provider's; one to add must name both. */
function endpointsToAdd(patch: ListPatch<EndpointInput>): OrgPrivateEndpoint[] {
  for (const entry of [...patch.add, ...patch.remove]) {
    if (entry.region !== undefined) validateRegion(entry.region, entry.cloudProvider);
  }
  return patch.add.map((entry) => {
    if (entry.cloudProvider === undefined || entry.region === undefined) {
      throw badRequest('privateEndpoints.add entries must name their cloudProvider and region');
    }
    return { id: entry.id, description: entry.description ?? '', cloudProvider: entry.cloudProvider, region: entry.region };
  });
}

function updateOrganization(ctx: OperationContext) {
  const organization = found(ctx, 'organizations');
  const { name, enableCoreDumps, privateEndpoints } = inputOf<OrganizationInput>(ctx);
  const added = privateEndpoints === undefined ? undefined : endpointsToAdd(privateEndpoints);

  // Everything is validated before anything changes, so a 400 leaves no partial update.
  if (name !== undefined) organization.name = name;
  if (enableCoreDumps !== undefined) organization.enableCoreDumps = enableCoreDumps;
  if (privateEndpoints !== undefined && added !== undefined) {
    const removed = new Set(privateEndpoints.remove.map((entry) => entry.id));
    const kept = organization.privateEndpoints.filter((entry) => !removed.has(entry.id));
    for (const entry of added) {
      const index = kept.findIndex((existing) => existing.id === entry.id);
      if (index === -1) kept.push(entry);
      else kept[index] = entry;
    }
    organization.privateEndpoints = kept;
  }
  return organizationDto(organization);
}

export const ORGANIZATION_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  organizationGetList: (ctx) => [organizationDto(ctx.organization)],
  organizationGet: (ctx) => organizationDto(found(ctx, 'organizations')),
  organizationUpdate: updateOrganization,
  organizationPrometheusGet: (ctx) => {
    const organization = found(ctx, 'organizations');
    return new TextResult(PROMETHEUS_CONTENT_TYPE, organizationMetrics(organization, servicesOf(ctx.store, organization.id), ctx.now));
  },
};
