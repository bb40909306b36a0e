/**
 * The ClickHouse calls a query's *addressed* lookups need, estimated from the document and its
 * variables before anything runs: the objects the client names by id (`organization(uuid:)`,
 * `service(uuid:)`, `backup(uuid:)`, `node(id:)`, `nodes(ids:)`, aliases of them) and what is
 * asked of each (its backups, its backup configuration, ...), counted as the loaders would call
 * (loaders.ts): one organization list, one service list per organization, one backup list per
 * service, deduplicated. An upper bound: it counts the organization list wherever a loader may
 * read it, and the costliest organization as if it were the key's one.
 *
 * What only the data decides is not counted: the services a list returns, and everything asked of
 * each of them (a dashboard's backups per service). That fan-out is the budget's to queue.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { isAbstractType, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { argumentsOf, fieldsOf, type Operation } from '../../limits/operation.js';
import { splitKey } from '../node-ids.js';
import { isUuid } from '../../ids.js';

/** An object of the request, as far as the estimate knows it. */
type Addressed =
  | { type: 'Query' }
  | { type: 'Organization'; organization: string }
  | { type: 'Service'; organization: string; service: string }
  | { type: 'Backup'; organization: string; service: string; backup: string };

/** The calls found so far, one key per distinct upstream path. */
type Calls = Set<string>;

/** What asking a field of an object costs, and the objects it addresses (to walk into). */
type Step = (object: Addressed, args: Record<string, unknown>, calls: Calls) => Addressed[];

const uuidOf = (value: unknown): string | null => (typeof value === 'string' && isUuid(value) ? value.toLowerCase() : null);

function organization(organizationId: string, calls: Calls): Addressed {
  calls.add('organizations');
  return { type: 'Organization', organization: organizationId };
}

/** A service lookup reads its organization's list, and the key's organizations when that is refused. */
function service(organizationId: string, serviceId: string, calls: Calls): Addressed {
  calls.add('organizations').add(`services ${organizationId}`);
  return { type: 'Service', organization: organizationId, service: serviceId };
}

/** A backup lookup reads its service's backup list, after the service's existence (loaders.ts). */
function backup(organizationId: string, serviceId: string, backupId: string, calls: Calls): Addressed {
  service(organizationId, serviceId, calls);
  calls.add(`backups ${organizationId} ${serviceId}`);
  return { type: 'Backup', organization: organizationId, service: serviceId, backup: backupId };
}

/** The ClickHouse object a global id names; none for malformed ids (refused without a call) or Divio ones. */
function fromGlobalId(value: unknown, calls: Calls): Addressed[] {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(value));
  } catch {
    return [];
  }
  const parts = splitKey(decoded.id, decoded.typename === 'Organization' ? 1 : decoded.typename === 'Service' ? 2 : 3);
  if (!parts) return [];
  const [organizationId = '', serviceId = '', backupId = ''] = parts;
  if (decoded.typename === 'Organization') return [organization(organizationId, calls)];
  if (decoded.typename === 'Service') return [service(organizationId, serviceId, calls)];
  if (decoded.typename === 'Backup') return [backup(organizationId, serviceId, backupId, calls)];
  return [];
}

/** A call per object that needs it, named by its path under the service. */
function perService(path: string): Step {
  return (object, _args, calls) => {
    if (object.type === 'Service') calls.add(`${path} ${object.organization} ${object.service}`);
    return [];
  };
}

/** Fields that cost calls or lead to addressed objects, by type; every other field costs none. */
const STEPS: Record<string, Record<string, Step>> = {
  Query: {
    organizations: (_object, _args, calls) => {
      calls.add('organizations');
      return [];
    },
    organization: (_object, { uuid }, calls) => {
      const id = uuidOf(uuid);
      return id ? [organization(id, calls)] : [];
    },
    node: (_object, { id }, calls) => fromGlobalId(id, calls),
    nodes: (_object, { ids }, calls) => (Array.isArray(ids) ? ids : [ids]).flatMap((id) => fromGlobalId(id, calls)),
  },
  Organization: {
    services: (object, _args, calls) => {
      if (object.type === 'Organization') calls.add(`services ${object.organization}`);
      return [];
    },
    service: (object, { uuid }, calls) => {
      const id = uuidOf(uuid);
      return object.type === 'Organization' && id ? [service(object.organization, id, calls)] : [];
    },
  },
  Service: {
    organization: (object, _args, calls) => (object.type === 'Service' ? [organization(object.organization, calls)] : []),
    backups: perService('backups'),
    latestBackup: perService('backups'),
    backup: (object, { uuid }, calls) => {
      const id = uuidOf(uuid);
      return object.type === 'Service' && id ? [backup(object.organization, object.service, id, calls)] : [];
    },
    backupConfiguration: perService('backupConfiguration'),
    privateEndpointConfig: perService('privateEndpointConfig'),
    prometheusMetrics: perService('prometheus'),
  },
  Backup: {
    service: (object, _args, calls) => (object.type === 'Backup' ? [service(object.organization, object.service, calls)] : []),
  },
};

/** Whether a fragment's type condition holds for an object of `type`. */
function conditionHolds(schema: GraphQLSchema, type: string, condition: string | undefined): boolean {
  if (condition === undefined || condition === type) return true;
  const abstract = schema.getType(condition);
  const object = schema.getType(type);
  return abstract !== undefined && object !== undefined && isAbstractType(abstract) && 'getInterfaces' in object && schema.isSubType(abstract, object);
}

function walk(schema: GraphQLSchema, operation: Operation, selectionSet: SelectionSetNode, objects: Addressed[], calls: Calls): void {
  const byType = new Map<string, Addressed[]>();
  for (const object of objects) byType.set(object.type, [...(byType.get(object.type) ?? []), object]);
  for (const [type, ofType] of byType) {
    const steps = STEPS[type] ?? {};
    for (const field of fieldsOf(selectionSet, operation.fragments, (condition) => conditionHolds(schema, type, condition))) {
      const step = steps[field.name.value];
      if (!step) continue;
      const args = argumentsOf(field, operation.variables);
      const addressed = ofType.flatMap((object) => step(object, args, calls));
      if (field.selectionSet && addressed.length > 0) walk(schema, operation, field.selectionSet, addressed, calls);
    }
  }
}

/**
 * A key belongs to exactly one organization (UPSTREAMS.md), and the loaders call nothing under an
 * organization that is not the key's (loaders.ts): of the per-organization calls, only those of
 * one organization can happen. The bound is the organization list plus the costliest organization.
 */
function boundForOneOrganization(calls: Calls): number {
  const perOrganization = new Map<string, number>();
  let keyWide = 0;
  for (const call of calls) {
    const [, organizationId] = call.split(' ');
    if (organizationId === undefined) keyWide += 1;
    else perOrganization.set(organizationId, (perOrganization.get(organizationId) ?? 0) + 1);
  }
  return keyWide + Math.max(0, ...perOrganization.values());
}

/** ClickHouse calls the query's addressed lookups need at most (0 for mutations and subscriptions). */
export function estimateClickHouseCalls(schema: GraphQLSchema, operation: Operation): number {
  if (operation.definition.operation !== 'query') return 0;
  const calls: Calls = new Set();
  walk(schema, operation, operation.definition.selectionSet, [{ type: 'Query' }], calls);
  return boundForOneOrganization(calls);
}
