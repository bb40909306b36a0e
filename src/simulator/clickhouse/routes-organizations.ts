/**
 * Organization routes: the key's one organization, its PATCH, and the
 * organization-wide Prometheus endpoint.
 */
import { organizationDto } from './dto.js';
import { badRequest } from '../core/error.js';
import { PROMETHEUS_CONTENT_TYPE, organizationMetrics } from './prometheus.js';
import { TextResult, type Route, type RouteContext } from './router.js';
import { servicesOf } from './state.js';
import type { OrgPrivateEndpoint } from './types.js';
import {
  optionalBoolean,
  optionalString,
  parseAddRemove,
  validateProvider,
  validateRegion,
  type Body,
} from './validation.js';

const ORGANIZATION_NAME_MAX_LENGTH = 50;

function parseEndpointList(value: unknown, field: string): Array<Partial<OrgPrivateEndpoint> & { id: string }> {
  if (!Array.isArray(value)) throw badRequest(`${field} must be an array`);
  return value.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw badRequest(`${field} entries must be objects with an 'id' string`);
    }
    const entry = item as Body;
    const id = optionalString(entry, 'id');
    if (id === undefined || id === '') throw badRequest(`${field} entries must have a non-empty 'id' string`);
    const description = optionalString(entry, 'description');
    const cloudProvider = entry.cloudProvider === undefined ? undefined : validateProvider(entry.cloudProvider);
    const region = entry.region === undefined ? undefined : validateRegion(entry.region, cloudProvider);
    return { id, description, cloudProvider, region };
  });
}

function patchOrganization(ctx: RouteContext) {
  const organization = ctx.organization;
  const name = optionalString(ctx.body, 'name');
  if (name !== undefined && (name.trim() === '' || name.length > ORGANIZATION_NAME_MAX_LENGTH)) {
    throw badRequest(`name must be a non-empty string of at most ${ORGANIZATION_NAME_MAX_LENGTH} characters`);
  }
  const enableCoreDumps = optionalBoolean(ctx.body, 'enableCoreDumps');
  const endpoints =
    ctx.body.privateEndpoints === undefined
      ? undefined
      : parseAddRemove(ctx.body.privateEndpoints, 'privateEndpoints', parseEndpointList);
  const added: OrgPrivateEndpoint[] = (endpoints?.add ?? []).map((entry) => {
    if (entry.cloudProvider === undefined || entry.region === undefined) {
      throw badRequest('privateEndpoints.add entries must name their cloudProvider and region');
    }
    return { id: entry.id, description: entry.description ?? '', cloudProvider: entry.cloudProvider, region: entry.region };
  });

  // Everything is validated before anything changes, so a 400 leaves no partial update.
  if (name !== undefined) organization.name = name;
  if (enableCoreDumps !== undefined) organization.enableCoreDumps = enableCoreDumps;
  if (endpoints !== undefined) {
    const removed = new Set(endpoints.remove.map((entry) => entry.id));
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

export const organizationRoutes: Route[] = [
  { pattern: '/v1/organizations', methods: { GET: (ctx) => [organizationDto(ctx.organization)] } },
  {
    pattern: '/v1/organizations/:organizationId',
    methods: { GET: (ctx) => organizationDto(ctx.organization), PATCH: patchOrganization },
  },
  {
    pattern: '/v1/organizations/:organizationId/prometheus',
    methods: {
      GET: (ctx) =>
        new TextResult(
          PROMETHEUS_CONTENT_TYPE,
          organizationMetrics(ctx.organization, servicesOf(ctx.store, ctx.organization.id), ctx.now),
        ),
    },
  },
];
