/**
 * The schema interpreter of the ClickHouse descriptions, for reading: each group is a Node whose
 * global id is its path (`org:service:backup`), loaded from its parent's list (the per-request
 * list loaders, then the shared cache), with its described fields, the link to its parent, the
 * connection and the lookup by id on its parent, its one-per-object views and, for a top-level
 * group, the root fields. The group's list filter is applied here: the API lists have no query.
 */
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import type { EnumType, FilterSpec, InputSpec, ResourceDescription, ViewSpec } from '../../resources/types.js';
import { coerceEnum, coerceScalar } from '../resources/coerce.js';
import { pathParams, type ClickHouseRecord, type PathIds } from '../../upstream/clickhouse/client.js';
import { notFoundError } from '../../graphql-errors.js';
import { connectionFromArray } from '../connections.js';
import { clickhouseCalls } from '../operation-names.js';
import { argumentName, fieldName, lowerFirst } from '../resources/names.js';
import { connectionRef, enumRef, fieldEntries, interpretLinks, nodeRef, objectRef, plainRaw, registerNode, type AnyNodeRef } from '../resources/nodes.js';
import { describe, inputType, toBody } from '../resources/inputs.js';
import { FieldErrors, throwIfBadArguments } from '../errors.js';
import { UUID_PARAMETERS } from '../../resources/clickhouse/spec.js';
import { underOrganization } from '../../loaders/visibility.js';
import { NotFoundError } from '../../upstream/errors.js';
import { pathKey, pathOfKey } from './addresses.js';

/** The path ids of a record: its ancestors' (kept on it by the client) and its own. */
export function idsOf(resource: ResourceDescription, record: ClickHouseRecord): string[] {
  return [...pathParams(resource).map((param) => String(record[param])), record.id];
}

/**
 * A record's path key (its global id's key), worked out once per record: records are the shared
 * cache's objects, read by every request until the cache replaces them, and each is keyed several
 * times a request (its id, the node loader's prime, its children's lists).
 */
const recordKeys = new WeakMap<ResourceDescription, WeakMap<ClickHouseRecord, string>>();

export function keyOf(resource: ResourceDescription, record: ClickHouseRecord): string {
  let keys = recordKeys.get(resource);
  if (!keys) recordKeys.set(resource, (keys = new WeakMap()));
  let key = keys.get(record);
  if (key === undefined) {
    key = pathKey(idsOf(resource, record));
    keys.set(record, key);
  }
  return key;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, ClickHouseRecord>;

const parentOf = (resource: ResourceDescription): ResourceDescription | undefined => resource.parent && clickhouseResource(resource.parent.type);

/** Loads records by their path keys, each from its parent's list; a malformed or unknown key is NOT_FOUND. */
function loadByPath(resource: ResourceDescription, keys: readonly string[], context: Context) {
  return Promise.all(
    keys.map(async (key) => {
      const ids = pathOfKey(resource, key);
      if (!ids) return notFoundError(resource.type, key);
      try {
        if (resource.batch === 'each' && resource.operations.get) return await context.clickhouse().get(resource, ids);
        const siblings = await context.loaders.list(resource).load(pathKey(ids.slice(0, -1)));
        return siblings.find((record) => record.id === ids[ids.length - 1]) ?? notFoundError(resource.type, ids[ids.length - 1]!);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

export function defineNode(resource: ResourceDescription): void {
  const key = (record: ClickHouseRecord) => keyOf(resource, record);
  const ref = builder.loadableNodeRef(resource.type, {
    id: { resolve: key },
    toKey: key,
    cacheResolved: true,
    load: (keys: string[], context: Context) => loadByPath(resource, keys, context),
  });
  registerNode(resource.type, ref as unknown as AnyNodeRef);
}

/** The operations a lookup by id may call: the usual one, and the object's own GET when asked `fresh`. */
const lookupOperations = (resource: ResourceDescription): string[] => [...new Set([listOperation(resource), ...(resource.operations.get ? [resource.operations.get] : [])])];

const freshArgument = (t: { arg: { boolean(options: object): unknown } }): never =>
  t.arg.boolean({
    defaultValue: false,
    description: "Read the object from its own endpoint now (one call, which also refreshes the shared cache) rather than from its parent's cached list: for the state a write is about to depend on.",
  }) as never;

/**
 * An object by its path: through the node loader (batched, cached), or afresh from its own
 * endpoint. The usual case answers the key at once (no promise of its own before the loader's).
 */
function lookUp(resource: ResourceDescription, ids: string[], fresh: boolean, context: Context): Promise<ClickHouseRecord | string> | string {
  if (!fresh || !resource.operations.get) return pathKey(ids);
  return underOrganization(() => context.clickhouse(), ids[0]!, () => context.clickhouse().get(resource, ids, { maxAgeMs: 0 }));
}

/** The operation a lookup of the group calls: one GET, or its list (objects read from their parent's list). */
const listOperation = (resource: ResourceDescription): string =>
  (resource.batch === 'each' ? resource.operations.get : undefined) ?? resource.operations.list ?? resource.operations.get!;

/** `uuid` for a UUID id; a group keyed otherwise (a quota code, a function name) shows that key as a String. */
function ownIdField(t: FieldBuilder, resource: ResourceDescription) {
  if (UUID_PARAMETERS.has(resource.idParam ?? '') || !resource.idKey) {
    return { uuid: t.field({ type: 'UUID', description: `The ClickHouse Cloud ${resource.type.toLowerCase()} id, as the console and the REST API show it.`, resolve: (record) => record.id }) };
  }
  return { [resource.idKey]: t.string({ description: `The ${lowerFirst(resource.type)}'s ${resource.idKey}, which the API addresses it by.`, resolve: (record) => record.id }) };
}

/**
 * A raw id naming another group's object (`Activity.serviceId`, `AssignedRole.roleId`) is that
 * object too (`service`, `role`), loaded by its path: the holder's ancestors' ids (the client
 * copies them into nested objects), then the raw id.
 */
interpretLinks((t, spec, raw) => {
  const target = clickhouseResource(spec.link!);
  if (!target) return [];
  return [
    [
      lowerFirst(target.type),
      t.field({
        type: nodeRef(target.type) as never,
        nullable: true,
        description: `The ${lowerFirst(target.type)} ${spec.key} names; null when it names none.`,
        extensions: clickhouseCalls(listOperation(target)),
        resolve: (holder: unknown) => {
          const record = raw(holder);
          const id = record[spec.key];
          if (typeof id !== 'string' || id === '') return null as never;
          return pathKey([...pathParams(target).map((param) => String(record[param] ?? '')), id]) as never;
        },
      }),
    ],
  ];
});

/**
 * A field only the object's own GET carries: read from the record when it came from there, else
 * from that GET (cached like any read, so a page of objects asks it once per object, in one batch).
 */
function detailFields(t: FieldBuilder, resource: ResourceDescription) {
  const get = resource.operations.get;
  if (!get) return {};
  return Object.fromEntries(
    resource.fields
      .filter((spec) => spec.detail && typeof spec.type === 'string' || (spec.detail && typeof spec.type === 'object' && 'enum' in spec.type))
      .map((spec) => [
        fieldName(spec),
        t.field({
          type: (typeof spec.type === 'string' ? spec.type : enumRef(spec.type as EnumType)) as never,
          nullable: true,
          description: spec.description,
          extensions: clickhouseCalls(get),
          resolve: async (record, _args, context: Context) => {
            const source = spec.key in record ? record : await context.clickhouse().get(resource, idsOf(resource, record));
            const value = (source as Record<string, unknown>)[spec.key];
            return (typeof spec.type === 'string' ? coerceScalar(value, spec.type) : coerceEnum(value, spec.type as EnumType)) as never;
          },
        }),
      ]),
  );
}

function implementNode(resource: ResourceDescription): void {
  const parent = parentOf(resource);
  const link = resource.parent?.link;
  (nodeRef(resource.type) as unknown as { implement(options: object): void }).implement({
    description: resource.description,
    fields: (t: FieldBuilder) => ({
      ...ownIdField(t, resource),
      ...(Object.fromEntries(resource.fields.filter((spec) => !spec.detail).flatMap((spec) => fieldEntries(t as never, spec, plainRaw))) as Record<string, never>),
      ...detailFields(t, resource),
      ...(parent && link
        ? {
            [link.field]: t.field({
              type: nodeRef(parent.type) as never,
              description: link.description,
              extensions: clickhouseCalls(listOperation(parent)),
              resolve: (record) => pathKey(idsOf(resource, record).slice(0, -1)) as never,
            }),
          }
        : {}),
    }),
  });
}

/** `<Type>Filter`: each described filter is a list of values, any of which matches. */
function filterInput(resource: ResourceDescription) {
  const filters = resource.filters ?? [];
  if (filters.length === 0) return undefined;
  return builder.inputType(`${resource.type}Filter`, {
    description: `Keeps ${resource.plural} matching every given criterion (each list matches any of its values).`,
    fields: (t) =>
      Object.fromEntries(
        filters.map((spec) => [
          argumentName(spec),
          spec.upstream
            ? t.field({ type: inputType(spec as InputSpec) as never, description: describe(spec as InputSpec) })
            : t.field({ type: [typeof spec.type === 'object' && 'enum' in spec.type ? enumRef(spec.type) : 'String'] as never, description: spec.description }),
        ]),
      ),
  });
}

/** The filters sent upstream as query parameters, checked like inputs; undefined when none is given. */
function upstreamQuery(resource: ResourceDescription, filter: Record<string, unknown> | null | undefined): Record<string, string | number | boolean> | undefined {
  const specs = (resource.filters ?? []).filter((spec) => spec.upstream) as InputSpec[];
  if (!filter || specs.length === 0) return undefined;
  const errors = new FieldErrors();
  const query = toBody(specs, filter, errors, { path: 'filter.' });
  throwIfBadArguments(errors, `${resource.plural} filter`);
  return Object.keys(query).length > 0 ? (query as Record<string, string | number | boolean>) : undefined;
}

/** The records a connection's filter keeps: all of them (the list itself) when it has none. */
function filtered(records: ClickHouseRecord[], filters: readonly FilterSpec[], filter: Record<string, unknown> | null | undefined): ClickHouseRecord[] {
  if (!filter) return records;
  return records.filter((item) => matchesFilter(item, filters, filter));
}

function matchesFilter(record: ClickHouseRecord, filters: readonly FilterSpec[], filter: Record<string, unknown> | null | undefined): boolean {
  return filters.filter((spec) => !spec.upstream).every((spec) => {
    const wanted = filter?.[argumentName(spec)] as readonly unknown[] | null | undefined;
    return !wanted || wanted.length === 0 || (record[spec.key] !== undefined && wanted.includes(record[spec.key]));
  });
}

/** The connection, the lookup by id and the first of the list, on the parent. */
function defineParentFields(resource: ResourceDescription): void {
  const parent = parentOf(resource);
  if (!parent || !resource.parent) return;
  const { field, description, one, first } = resource.parent;
  const Filter = filterInput(resource);
  const calls = clickhouseCalls(resource.operations.list ?? listOperation(resource));
  const lookupCalls = clickhouseCalls(...lookupOperations(resource));
  const idArgument = UUID_PARAMETERS.has(resource.idParam ?? '') || !resource.idKey ? 'uuid' : resource.idKey;
  const listOf = (record: ClickHouseRecord, context: Context) => context.loaders.list(resource).load(keyOf(parent, record));
  builder.objectFields(nodeRef(parent.type) as never, (t: FieldBuilder) => ({
    [field]: t.connection(
      {
        type: nodeRef(resource.type) as never,
        extensions: calls,
        nullable: true,
        description,
        args: Filter ? { filter: t.arg({ type: Filter, description: `Only ${resource.plural} matching all of these; all ${resource.plural} without it.` }) } : {},
        resolve: async (record, args, context: Context) => {
          const filter = (args as { filter?: Record<string, unknown> | null }).filter;
          const query = upstreamQuery(resource, filter);
          const records = query ? await context.clickhouse().list(resource, idsOf(parent, record), undefined, query) : await listOf(record, context);
          return connectionFromArray(filtered(records, resource.filters ?? [], filter), args) as never;
        },
      },
      connectionRef(resource.type) as never,
    ),
    ...(one
      ? {
          [one.field]: t.field({
            type: nodeRef(resource.type) as never,
            extensions: lookupCalls,
            nullable: true,
            description: one.description,
            args: {
              [idArgument]: t.arg({ type: idArgument === 'uuid' ? 'UUID' : 'String', required: true, description: `The ClickHouse Cloud ${resource.type.toLowerCase()} id (${resource.type}.${idArgument}).` }),
              ...((resource.operations.get ? { fresh: freshArgument(t) } : {}) as Record<string, never>),
            },
            resolve: (record, args, context: Context) => {
              const given = args as Record<string, unknown>;
              const id = String(given[idArgument]);
              return lookUp(resource, [...idsOf(parent, record), idArgument === 'uuid' ? id.toLowerCase() : id], given.fresh === true, context) as never;
            },
          }),
        }
      : {}),
    ...(first
      ? {
          [first.field]: t.field({
            type: nodeRef(resource.type) as never,
            extensions: calls,
            nullable: true,
            description: first.description,
            resolve: async (record, _args, context: Context) => ((await listOf(record, context))[0] ?? null) as never,
          }),
        }
      : {}),
  }));
}

/** A view's query parameters as field arguments, checked like inputs before the call. */
function viewArguments(t: FieldBuilder, view: ViewSpec) {
  return Object.fromEntries(
    [...(view.pathArgument ? [view.pathArgument] : []), ...(view.arguments ?? [])].map((spec) => [argumentName(spec), t.arg({ type: inputType(spec) as never, required: spec.required === true, description: describe(spec, 'A global id or a UUID.') })]),
  );
}

function viewQuery(view: ViewSpec, args: Record<string, unknown>): Record<string, string | number | boolean> {
  const errors = new FieldErrors();
  if (view.pathArgument) toBody([view.pathArgument], args, errors);
  const query = toBody(view.arguments ?? [], args, errors);
  throwIfBadArguments(errors, `${view.field} arguments`);
  return query as Record<string, string | number | boolean>;
}

const optional = (view: ViewSpec): boolean => !view.pathArgument && (view.writes ?? []).some((write) => write.method === 'DELETE');

function defineViews(resource: ResourceDescription): void {
  const viewType = (view: ViewSpec) => {
    if (view.answer === 'text') return 'String';
    const type = view.result ? objectRef(view.result) : 'JSON';
    return view.answer === 'list' ? [type] : type;
  };
  builder.objectFields(nodeRef(resource.type) as never, (t: FieldBuilder) =>
    Object.fromEntries(
      (resource.views ?? []).map((view) => [
        view.field,
        t.field({
          type: viewType(view) as never,
          nullable: true,
          description: view.description,
          extensions: clickhouseCalls(view.operation),
          ...(view.deprecated ? { deprecationReason: view.deprecated } : {}),
          ...(view.arguments?.length || view.pathArgument ? { args: viewArguments(t, view) } : {}),
          resolve: async (record, args, context: Context) => {
            const given = args as Record<string, unknown>;
            const argument = view.pathArgument ? String(given[argumentName(view.pathArgument)]) : undefined;
            const read = context.clickhouse().view(resource, view, idsOf(resource, record), viewQuery(view, given), argument);
            // A one-per-object thing that can be deleted (a scaling schedule) may simply not be there: null, not an error.
            return (optional(view) ? read.catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error))) : read) as never;
          },
        }),
      ]),
    ),
  );
}

/** A top-level group (organizations): the key's list, and one of it by id, at the root. */
function defineRootFields(resource: ResourceDescription): void {
  if (resource.parent) return;
  const singular = lowerFirst(resource.type);
  builder.queryFields((t) => ({
    [resource.plural]: t.field({
      type: [nodeRef(resource.type)] as never,
      extensions: clickhouseCalls(listOperation(resource)),
      // Root fields are nullable: a failing ClickHouse must not null the Divio half of a query.
      nullable: true,
      description: `The ClickHouse Cloud ${resource.plural} of the key in use; null (with a coded error) when ClickHouse fails.`,
      resolve: (_root, _args, context) => context.loaders.list(resource).load('') as never,
    }),
    [singular]: t.field({
      type: nodeRef(resource.type) as never,
      extensions: clickhouseCalls(...lookupOperations(resource)),
      nullable: true,
      description: `One ${singular} of the key in use; null with a NOT_FOUND error for any other.`,
      args: {
        uuid: t.arg({ type: 'UUID', required: true, description: `The ClickHouse Cloud ${singular} id (${resource.type}.uuid).` }),
        fresh: freshArgument(t),
      },
      resolve: (_root, args, context) => lookUp(resource, [String(args.uuid).toLowerCase()], args.fresh === true, context) as never,
    }),
  }));
}

/** Every described ClickHouse group: node types first, so links and connections can name each other. */
export function defineClickHouseNodes(resources: readonly ResourceDescription[]): void {
  for (const resource of resources) defineNode(resource);
  for (const resource of resources) {
    implementNode(resource);
    defineParentFields(resource);
    defineViews(resource);
    defineRootFields(resource);
  }
}

export type { PathIds };
