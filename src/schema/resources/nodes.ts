/**
 * Node types from descriptions: one loadable node per group, loaded in batches the group allows
 * (ResourceClient.getMany), with its fields, enums and references. Hand-written nodes
 * (Application, Environment, Deployment) register here too, so references can reach them.
 */
import { createContextCache } from '@pothos/core';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import type { EnumType, FieldSpec, ObjectListType, ResourceDescription } from '../../resources/types.js';
import type { ImplementableLoadableNodeRef } from '@pothos/plugin-dataloader';
import { divioResource } from '../../resources/divio/index.js';
import { readerOf, ResourceClient, type ResourceRecord } from '../../upstream/resources.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { notFoundError } from '../../graphql-errors.js';
import { isDivioId } from '../../ids.js';
import { coerceEnum, coerceScalar, enumValueName, readId, readIds, UNKNOWN_ENUM_VALUE } from './coerce.js';
import { fieldName, idFieldName, loadOperation } from './names.js';
import { divioCalls } from '../operation-names.js';

/** The operation that loads objects of a described type by id. */
function loadOperationOf(type: string): string {
  const resource = divioResource(type);
  if (!resource) throw new Error(`No description of ${type} (a reference names an unknown type)`);
  return loadOperation(resource);
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
// Node refs differ in shape; the interpreter only needs to name them as field types and load them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNodeRef = ObjectRef<Types, any> & { getDataloader(context: Context): { load(key: string): Promise<any>; loadMany(keys: readonly string[]): Promise<any[]>; clear(key: string): unknown; prime(key: string, value: any): unknown } };

const nodeRefs = new Map<string, AnyNodeRef>();
const connectionRefs = new Map<string, ObjectRef<Types, unknown>>();
const enumRefs = new Map<string, ReturnType<typeof builder.enumType>>();
const objectRefs = new Map<string, ObjectRef<Types, Record<string, unknown>>>();

/** The per-request resource client (one per request, bound to the request's Divio token). */
export const resourceClient = createContextCache((context: Context) => new ResourceClient(context.divio()));

export function registerNode(type: string, ref: AnyNodeRef): void {
  nodeRefs.set(type, ref);
}

export function nodeRef(type: string): AnyNodeRef {
  const ref = nodeRefs.get(type);
  if (!ref) throw new Error(`No node type ${type} is registered (a description references an unknown type)`);
  return ref;
}

/** One shared `<Type>Connection` per node type, with totalCount. */
export function connectionRef(type: string): ObjectRef<Types, unknown> {
  let ref = connectionRefs.get(type);
  if (!ref) {
    ref = builder.connectionObject(
      { type: nodeRef(type), name: `${type}Connection`, description: `A page of ${type} objects.`, ...withTotalCount },
      { name: `${type}Edge`, description: `One ${type} and its cursor.` },
    ) as unknown as ObjectRef<Types, unknown>;
    connectionRefs.set(type, ref);
  }
  return ref;
}

export function enumRef(type: EnumType) {
  let ref = enumRefs.get(type.enum);
  if (!ref) {
    const values: Record<string, { value: string; description: string }> = {};
    for (const value of type.values) {
      values[type.names?.[value] ?? enumValueName(value)] = { value, description: type.meanings[value] ?? `Upstream value ${value}.` };
    }
    if (!type.inputOnly) values[UNKNOWN_ENUM_VALUE] ??= { value: UNKNOWN_ENUM_VALUE, description: 'A value this gateway does not know yet (a newer upstream).' };
    ref = builder.enumType(type.enum, { description: type.description, values });
    enumRefs.set(type.enum, ref);
  }
  return ref;
}

/** Loads records by id in key order; a malformed or missing id is NOT_FOUND. */
async function loadRecords(resource: ResourceDescription, ids: readonly string[], context: Context) {
  const keys = ids.map((id) => id.toLowerCase());
  let found: Map<string, ResourceRecord | Error>;
  try {
    found = await resourceClient(context).getMany(resource, [...new Set(keys.filter(isDivioId))]);
  } catch (error) {
    return keys.map(() => error as Error);
  }
  return keys.map((key) => found.get(key) ?? notFoundError(resource.type, key));
}

/**
 * The group's Node type, loaded in the batches the group allows. Idempotent: hand-written modules
 * take their group's ref from here (typed by its record) before the interpreter implements it.
 */
export function defineNode<Record extends ResourceRecord = ResourceRecord>(resource: ResourceDescription) {
  const existing = nodeRefs.get(resource.type);
  if (existing) return existing as unknown as ImplementableLoadableNodeRef<Types, string | Record, Record, string, string, string>;
  const ref = builder.loadableNodeRef(resource.type, {
    id: { resolve: (record: Record) => record.uuid },
    toKey: (record: Record) => record.uuid,
    cacheResolved: true,
    load: (ids: string[], context: Context) => loadRecords(resource, ids, context) as Promise<(Record | Error)[]>,
  });
  registerNode(resource.type, ref as unknown as AnyNodeRef);
  return ref;
}

/** An embedded copy of a referenced object, read in place (with its back-reference restored). */
function embeddedRecord(spec: FieldSpec, raw: Readonly<Record<string, unknown>>, holderId: string): ResourceRecord | null {
  const value = raw[spec.key];
  const target = typeof spec.type === 'object' && 'ref' in spec.type ? divioResource(spec.type.ref) : undefined;
  if (!spec.embedded || !target || !value || typeof value !== 'object' || Array.isArray(value)) return null;
  const back = spec.embedded.backReference;
  const object = value as Record<string, unknown>;
  try {
    return readerOf(target)(back === undefined || object[back] !== undefined ? object : { ...object, [back]: holderId });
  } catch {
    // Not a readable copy: load it by its id instead.
    return null;
  }
}

/** Loads referenced objects, leaving out the ones that no longer exist (other errors fail the field). */
export async function loadExisting(type: string, ids: readonly string[], context: Context): Promise<unknown[]> {
  const loaded = await nodeRef(type).getDataloader(context).loadMany(ids);
  const failure = loaded.find((item) => item instanceof Error && (item as { extensions?: { code?: string } }).extensions?.code !== 'NOT_FOUND');
  if (failure) throw failure;
  return loaded.filter((item) => !(item instanceof Error));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, any>;

/**
 * Where a field reads its upstream object: a Divio node holds it as `raw` beside its id; a
 * ClickHouse record and the items of an object list are the object itself.
 */
export type RawOf = (source: never) => Readonly<Record<string, unknown>>;
export const wrappedRaw: RawOf = (record: ResourceRecord) => record.raw;
export const plainRaw: RawOf = (object: Record<string, unknown>) => object;

/** The object type of an ObjectListType; its items are the upstream objects, without an id. */
export function objectRef(type: ObjectListType): ObjectRef<Types, Record<string, unknown>> {
  let ref = objectRefs.get(type.objects);
  if (!ref) {
    const fields = type.keyedBy ? [type.keyedBy, ...type.fields] : type.fields;
    ref = builder.objectRef<Record<string, unknown>>(type.objects).implement({
      description: type.description,
      fields: (t) => Object.fromEntries(fields.flatMap((spec) => fieldEntries(t, spec, plainRaw))) as never,
    }) as never;
    objectRefs.set(type.objects, ref!);
  }
  return ref!;
}

/** Items of an ObjectListType value: an array as it is, or a keyed object with the key put inside. */
export function objectItems(type: ObjectListType, value: unknown): Record<string, unknown>[] | null {
  const asObject = (item: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    ...(item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {}),
    ...extra,
  });
  if (Array.isArray(value)) return value.map((item) => asObject(item));
  if (type.keyedBy && value && typeof value === 'object') {
    return Object.entries(value).map(([key, item]) => asObject(item, { [type.keyedBy!.key]: key }));
  }
  return null;
}

/**
 * The GraphQL fields for one described field: a reference gives the object and its raw id(s). A
 * non-null enum that is missing reads as UNKNOWN, a missing non-null list as empty.
 */
/** How a field holding another object's raw id (`link`) is also that object: the API's interpreter says. */
type LinkInterpreter = (t: FieldBuilder, spec: FieldSpec, raw: (source: unknown) => Readonly<Record<string, unknown>>) => [string, unknown][];
let linkInterpreter: LinkInterpreter | undefined;

export function interpretLinks(interpreter: LinkInterpreter): void {
  linkInterpreter = interpreter;
}

export function fieldEntries(t: FieldBuilder, spec: FieldSpec, rawOf: RawOf): [string, unknown][] {
  const entries = ownFieldEntries(t, spec, rawOf);
  return spec.link && linkInterpreter ? [...entries, ...linkInterpreter(t, spec, rawOf as (source: unknown) => Readonly<Record<string, unknown>>)] : entries;
}

function ownFieldEntries(t: FieldBuilder, spec: FieldSpec, rawOf: RawOf): [string, unknown][] {
  const { key, type, description } = spec;
  const name = fieldName(spec);
  const raw = rawOf as (source: unknown) => Readonly<Record<string, unknown>>;
  const nullable = !spec.nonNull;
  if (typeof type === 'string') {
    const read = (r: unknown) => (key === '*' ? raw(r) : raw(r)[key]);
    return [[name, t.field({ type: type as 'String', nullable, description, resolve: (r: unknown) => coerceScalar(read(r), type) as string })]];
  }
  if ('enum' in type) {
    const resolve = (r: unknown) => coerceEnum(raw(r)[key], type) ?? (nullable ? null : UNKNOWN_ENUM_VALUE);
    return [[name, t.field({ type: enumRef(type), nullable, description, resolve: resolve as never })]];
  }
  if ('list' in type) {
    const item = type.list;
    const read = (value: unknown) => (typeof item === 'string' ? coerceScalar(value, item) : coerceEnum(value, item));
    const listOf = [typeof item === 'string' ? item : enumRef(item)] as ['String'];
    const resolve = (r: unknown) => {
      const value = raw(r)[key];
      return Array.isArray(value) ? (value.map(read).filter((entry) => entry !== null) as string[]) : nullable ? null : [];
    };
    return [[name, t.field({ type: listOf, nullable, description, resolve })]];
  }
  if ('objects' in type) {
    if (type.single) {
      const one = (r: unknown) => {
        const value = raw(r)[key];
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
      };
      return [[name, t.field({ type: objectRef(type), nullable: true, description, resolve: one as never })]];
    }
    const resolve = (r: unknown) => objectItems(type, raw(r)[key]) ?? (nullable ? null : []);
    return [[name, t.field({ type: [objectRef(type)], nullable, description, resolve: resolve as never })]];
  }
  if ('ref' in type) {
    return [
      [
        name,
        t.field({
          type: nodeRef(type.ref),
          nullable: !spec.nonNull,
          description,
          // An embedded copy is read in place; an id alone is loaded by the target's loader.
          extensions: divioCalls(loadOperationOf(type.ref)),
          resolve: (r: { uuid?: string }) => (embeddedRecord(spec, raw(r), r.uuid ?? '') ?? readId(raw(r)[key])) as never,
        }),
      ],
      [idFieldName(spec), t.field({ type: 'DivioId', nullable: true, description: `The raw Divio id of ${name}.`, resolve: (r: unknown) => readId(raw(r)[key]) })],
    ];
  }
  const target = type.refs;
  return [
    [
      name,
      t.connection(
        {
          type: nodeRef(target),
          nullable: true,
          description,
          extensions: divioCalls(loadOperationOf(target)),
          resolve: async (r: unknown, args, context) => connectionFromArray(await loadExisting(target, readIds(raw(r)[key]), context), args) as never,
        },
        connectionRef(target) as never,
      ),
    ],
    [idFieldName(spec), t.field({ type: ['DivioId'], description: `The raw Divio ids of ${name}.`, resolve: (r: unknown) => readIds(raw(r)[key]) })],
  ];
}

export function implementNode(resource: ResourceDescription): void {
  const ref = nodeRef(resource.type) as unknown as { implement(options: object): void };
  ref.implement({
    description: resource.description,
    fields: (t: FieldBuilder) => ({
      uuid: t.field({ type: 'DivioId', description: 'The Divio id of the object.', resolve: (record) => record.uuid }),
      ...(Object.fromEntries(resource.fields.flatMap((spec) => fieldEntries(t, spec, wrappedRaw))) as Record<string, never>),
    }),
  });
}
