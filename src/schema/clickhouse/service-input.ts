/**
 * Reading service references out of inputs: a service, its parent and its backups may each be
 * given as a global id or a bare UUID. Malformed ids are BAD_USER_INPUT-typed
 * validation errors before any upstream call.
 */
import { organizations as described } from '../../resources/clickhouse/index.js';
import type { Context } from '../../gateway-types.js';
import { invalidField, ResourceNotFoundError } from '../errors.js';
import { decodeIdOf, splitKey } from '../node-ids.js';
import { isUuid } from '../../ids.js';

export interface ServiceAddress {
  organizationId: string;
  serviceId: string;
}

/**
 * A Service named by its global id (which carries its organization) or by its bare UUID (whose
 * organization is looked up when needed: `organizationId` null). Malformed values throw the
 * field's ValidationError here, before anything goes upstream.
 */
export function serviceReference(value: string, field = 'id'): ServiceAddress | { organizationId: null; serviceId: string } {
  if (isUuid(value)) return { organizationId: null, serviceId: value.toLowerCase() };
  return serviceFromInput(value, field);
}

/**
 * The organization a bare service UUID belongs to: a key belongs to one organization (the
 * organizations list is cached), and where it had several, the one whose (cached) service list
 * holds the service. None: NotFoundError.
 */
export async function resolveService(
  context: Context,
  reference: ServiceAddress | { organizationId: null; serviceId: string },
): Promise<ServiceAddress> {
  if (reference.organizationId !== null) return reference as ServiceAddress;
  const { serviceId } = reference;
  const organizations = await context.clickhouse().list(described);
  if (organizations.length === 1) return { organizationId: organizations[0]!.id, serviceId };
  for (const organization of organizations) {
    const services = await context.loaders.servicesByOrganization.load(organization.id);
    if (services.some((service) => service.id === serviceId)) return { organizationId: organization.id, serviceId };
  }
  throw new ResourceNotFoundError(`Service ${serviceId} was not found`, serviceId);
}

/** Decodes a Service global id (as returned in `Service.id`). */
export function serviceFromInput(globalId: string, field = 'id'): ServiceAddress {
  let key: string;
  try {
    key = decodeIdOf(globalId, ['Service'], field).key;
  } catch (error) {
    throw invalidField(field, (error as Error).message.replace(`${field} `, ''));
  }
  const parts = splitKey(key, 2);
  if (!parts) throw invalidField(field, 'is not a valid Service id');
  const [organizationId, serviceId] = parts as [string, string];
  return { organizationId, serviceId };
}

/** A Backup global id or a bare backup UUID, as createService's `backupId` accepts. */
export function backupIdFromInput(value: string, field = 'backupId'): string {
  if (isUuid(value)) return value.toLowerCase();
  let key: string;
  try {
    key = decodeIdOf(value, ['Backup'], field).key;
  } catch {
    throw invalidField(field, 'must be a Backup id or a backup UUID');
  }
  const parts = splitKey(key, 3);
  if (!parts) throw invalidField(field, 'must be a Backup id or a backup UUID');
  return parts[2]!;
}
