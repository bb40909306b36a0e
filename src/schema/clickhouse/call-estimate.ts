/**
 * The ClickHouse calls a query's *addressed* lookups need, estimated from the document and its
 * variables before anything runs: the objects the client names by id (`organization(uuid:)`,
 * `service(uuid:)`, `backup(uuid:)`, `node(id:)`, `nodes(ids:)`, aliases of them) and what is
 * asked of each (its backups, its backup configuration, ...), counted as the list loaders would
 * call (loaders/clickhouse.ts): the key's organization list, and one list per parent of each
 * group on the object's path, deduplicated. The graph's shape is the descriptions' (parent
 * connections and lookups, links, views). An upper bound: it counts the organization list wherever
 * a loader may read it, and the costliest organization as if it were the key's one.
 *
 * What only the data decides is not counted: the objects a list returns, and everything asked of
 * each of them (a dashboard's backups per service). That fan-out is the budget's to queue.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { isAbstractType, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { argumentsOf, fieldsOf, type Operation } from '../../limits/operation.js';
import { CLICKHOUSE_RESOURCES, clickhouseResource } from '../../resources/clickhouse/index.js';
import type { ResourceDescription } from '../../resources/types.js';
import { isUuid } from '../../ids.js';
import { lowerFirst } from '../resources/names.js';
import { pathOfKey } from './addresses.js';

/** An object of the request, as far as the estimate knows it: its type and path ids. */
interface Addressed {
  type: string;
  ids: readonly string[];
}

/** The calls found so far, one key per distinct upstream path: `group` or `group org [parent...]`. */
type Calls = Set<string>;

/** What asking a field of an object costs, and the objects it addresses (to walk into). */
type Step = (object: Addressed, args: Record<string, unknown>, calls: Calls) => Addressed[];

const uuidOf = (value: unknown): string | null => (typeof value === 'string' && isUuid(value) ? value.toLowerCase() : null);

/** The groups from the top-level one down to `resource`. */
function chainOf(resource: ResourceDescription): ResourceDescription[] {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  return parent ? [...chainOf(parent), resource] : [resource];
}

/** The list call of `resource` under the parent path `ids`. */
const listCall = (resource: ResourceDescription, ids: readonly string[]): string => [resource.group, ...ids].join(' ');

/** A lookup reads the list of every group on the object's path, each under its parent. */
function lookup(resource: ResourceDescription, ids: readonly string[], calls: Calls): Addressed {
  chainOf(resource).forEach((group, level) => calls.add(listCall(group, ids.slice(0, level))));
  return { type: resource.type, ids };
}

/** The ClickHouse object a global id names; none for malformed ids (refused without a call) or Divio ones. */
function fromGlobalId(value: unknown, calls: Calls): Addressed[] {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(value));
  } catch {
    return [];
  }
  const resource = CLICKHOUSE_RESOURCES.find((candidate) => candidate.type === decoded.typename);
  const ids = resource && pathOfKey(resource, decoded.id);
  return resource && ids ? [lookup(resource, ids, calls)] : [];
}

/** Fields that cost calls or lead to addressed objects, by type, from the descriptions; others cost none. */
function stepsOf(): Record<string, Record<string, Step>> {
  const steps: Record<string, Record<string, Step>> = {
    Query: {
      node: (_object, { id }, calls) => fromGlobalId(id, calls),
      nodes: (_object, { ids }, calls) => (Array.isArray(ids) ? ids : [ids]).flatMap((id) => fromGlobalId(id, calls)),
    },
  };
  const on = (type: string) => (steps[type] ??= {});
  const list = (resource: ResourceDescription): Step => (object, _args, calls) => (calls.add(listCall(resource, object.ids)), []);
  for (const resource of CLICKHOUSE_RESOURCES) {
    const one: Step = (object, { uuid }, calls) => {
      const id = uuidOf(uuid);
      return id ? [lookup(resource, [...object.ids, id], calls)] : [];
    };
    const parent = resource.parent && clickhouseResource(resource.parent.type);
    const holder = on(parent ? parent.type : 'Query');
    if (!parent) Object.assign(holder, { [resource.plural]: list(resource), [lowerFirst(resource.type)]: one });
    else {
      holder[resource.parent!.field] = list(resource);
      if (resource.parent!.one) holder[resource.parent!.one.field] = one;
      if (resource.parent!.first) holder[resource.parent!.first.field] = list(resource);
      if (resource.parent!.link) on(resource.type)[resource.parent!.link.field] = (object, _args, calls) => [lookup(parent, object.ids.slice(0, -1), calls)];
    }
    for (const view of resource.views ?? []) on(resource.type)[view.field] = (object, _args, calls) => (calls.add([view.path, ...object.ids].join(' ')), []);
  }
  return steps;
}

const STEPS = stepsOf();

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
 * organization that is not the key's (loaders/clickhouse.ts): of the per-organization calls, only
 * those of one organization can happen. The bound is the key-wide calls plus the costliest organization.
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
  walk(schema, operation, operation.definition.selectionSet, [{ type: 'Query', ids: [] }], calls);
  return boundForOneOrganization(calls);
}
