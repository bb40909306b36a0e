/**
 * Reads from descriptions: the root connection (`domains(filter:)`) and get field
 * (`domain(uuid:)`) of every group, and the connection its parent gets (`Environment.domains`).
 * Every list the upstream answers primes the node loader, so objects seen in a list cost no
 * second call when the same request asks for them by id.
 */
import DataLoader from 'dataloader';
import { createContextCache } from '@pothos/core';
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import type { FilterSpec, ResourceDescription } from '../../resources/types.js';
import type { Query } from '../../upstream/divio/client.js';
import type { ResourceRecord } from '../../upstream/resources.js';
import { connectionFromArray } from '../connections.js';
import { badUserInput } from '../../graphql-errors.js';
import { divioIdFromInput } from '../divio/ids.js';
import { readId } from './coerce.js';
import { argumentName, loadOperation, typeFieldName } from './names.js';
import { divioCalls } from '../operation-names.js';
import { connectionRef, enumRef, nodeRef, resourceClient } from './nodes.js';

type FilterValue = string | number | boolean | readonly string[] | null | undefined;

/** A filter argument -> the query parameter; ids accept global ids or raw ids. */
function queryValue(spec: FilterSpec, value: unknown): FilterValue {
  if (value === null || value === undefined) return undefined;
  const toId = (item: unknown) => {
    const type = typeof spec.type === 'object' && 'ref' in spec.type ? spec.type.ref : null;
    if (type === null) return String(item);
    try {
      return divioIdFromInput(String(item), type, argumentName(spec));
    } catch (error) {
      throw badUserInput((error as Error).message.replace(/^Invalid input: /, 'filter.'));
    }
  };
  if (spec.many) return (value as unknown[]).map(toId);
  if (typeof spec.type === 'object' && 'ref' in spec.type) return toId(value);
  return value as FilterValue;
}

/** The list query from a connection's arguments: `filter` fields, and top-level ones (orderBy). */
export function filterQuery(resource: ResourceDescription, args: Record<string, unknown>): Query {
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const query: Query = {};
  for (const spec of resource.filters ?? []) query[spec.key] = queryValue(spec, (spec.argument ? args : filter)[argumentName(spec)]);
  return query;
}

function filterFieldType(spec: FilterSpec) {
  const type = spec.type;
  const item = typeof type === 'string' ? type : 'enum' in type ? enumRef(type) : 'ID';
  return (spec.many ? [item] : item) as 'String';
}

/** Remembers listed objects for the rest of the request (`replace`: over what it knew before). */
export function primeNodes(type: string, records: readonly ResourceRecord[], context: Context, replace = false): void {
  const loader = nodeRef(type).getDataloader(context);
  for (const record of records) {
    if (replace) loader.clear(record.uuid);
    loader.prime(record.uuid, record);
  }
}

const filterInputs = new Map<string, ReturnType<typeof builder.inputType>>();

/** The `<Type>Filter` input of a group's root list, for hand-written connections that take it too. */
export function filterInputRef(type: string): ReturnType<typeof builder.inputType> {
  const ref = filterInputs.get(type);
  if (!ref) throw new Error(`${type} has no filter input (it has no filters, or its root fields are not defined yet)`);
  return ref;
}

export function defineRootFields(resource: ResourceDescription): void {
  const filters = (resource.filters ?? []).filter((spec) => !spec.argument);
  const topLevel = (resource.filters ?? []).filter((spec) => spec.argument);
  const FilterInput =
    filters.length === 0
      ? null
      : builder.inputType(`${resource.type}Filter`, {
          description: `Narrows a list of ${resource.type} objects; every given field must match.`,
          fields: (t) =>
            Object.fromEntries(filters.map((spec) => [argumentName(spec), t.field({ type: filterFieldType(spec), description: spec.description })])),
        });
  if (FilterInput) filterInputs.set(resource.type, FilterInput);
  builder.queryFields((t) => ({
    [resource.plural]: t.connection(
      {
        type: nodeRef(resource.type),
        nullable: true,
        description: `${resource.description} Every page of the upstream list.`,
        extensions: divioCalls(resource.operations.list!),
        args: {
          ...(FilterInput ? { filter: t.arg({ type: FilterInput, description: 'Only objects matching all of these.' }) } : {}),
          ...Object.fromEntries(topLevel.map((spec) => [argumentName(spec), t.arg({ type: filterFieldType(spec), description: spec.description })])),
        },
        resolve: async (_root, args, context) => {
          const list = await resourceClient(context).list(resource, filterQuery(resource, args as Record<string, unknown>));
          const items = list?.items ?? [];
          primeNodes(resource.type, items, context);
          return connectionFromArray(items, args) as never;
        },
      },
      connectionRef(resource.type) as never,
    ),
    [typeFieldName(resource)]: t.field({
      type: nodeRef(resource.type),
      nullable: true,
      description: `One ${resource.type} by its Divio id.`,
      extensions: divioCalls(loadOperation(resource)),
      args: { uuid: t.arg({ type: 'DivioId', required: true, description: 'The Divio id.' }) },
      resolve: (_root, args) => args.uuid as never,
    }),
  }));
}

/** Per request and group: parent id -> its children, one upstream list per parent (or per 50 parents when the filter repeats). */
const childLoaders = createContextCache((context: Context) => new Map<string, DataLoader<string, ResourceRecord[]>>());

function childLoader(resource: ResourceDescription, context: Context): DataLoader<string, ResourceRecord[]> {
  const loaders = childLoaders(context);
  let loader = loaders.get(resource.group);
  if (!loader) {
    const parent = resource.parent!;
    const many = resource.filters?.find((spec) => spec.key === parent.filter)?.many === true;
    loader = new DataLoader<string, ResourceRecord[]>(async (parentIds) => {
      const client = resourceClient(context);
      try {
        if (many) {
          const list = await client.list(resource, { [parent.filter]: [...parentIds] });
          const items = list?.items ?? [];
          primeNodes(resource.type, items, context);
          return parentIds.map((id) => items.filter((item) => readId(item.raw[parent.filter]) === id));
        }
      } catch (error) {
        return parentIds.map(() => error as Error);
      }
      return Promise.all(
        parentIds.map(async (id) => {
          try {
            const items = (await client.list(resource, { [parent.filter]: id }))?.items ?? [];
            primeNodes(resource.type, items, context);
            return items;
          } catch (error) {
            return error as Error;
          }
        }),
      );
    }, { maxBatchSize: 50 });
    loaders.set(resource.group, loader);
  }
  return loader;
}

export function children(resource: ResourceDescription, parentId: string, context: Context): Promise<ResourceRecord[]> {
  return childLoader(resource, context).load(parentId);
}

/** Replaces what this request knows of a parent's children (a subscription's newest poll). */
export function primeChildren(resource: ResourceDescription, parentId: string, records: ResourceRecord[], context: Context): void {
  childLoader(resource, context).clear(parentId).prime(parentId, records);
  primeNodes(resource.type, records, context, true);
}

export function defineParentConnection(resource: ResourceDescription): void {
  const parent = resource.parent;
  if (!parent || parent.handWritten) return;
  builder.objectField(nodeRef(parent.type) as never, parent.field, (t) =>
    (t as unknown as { connection: (options: object, ref: unknown) => unknown }).connection(
      {
        type: nodeRef(resource.type),
        nullable: true,
        description: `${parent.description} Null (with a coded error) only when the upstream list fails.`,
        extensions: divioCalls(resource.operations.list!),
        resolve: async (object: { uuid: string }, args: object, context: Context) =>
          connectionFromArray(await children(resource, object.uuid, context), args),
      },
      connectionRef(resource.type),
    ) as never,
  );
}

