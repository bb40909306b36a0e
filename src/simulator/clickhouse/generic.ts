/**
 * The behaviours written once for every group the simulator has no hand-written behaviour for,
 * chosen by the operation's role in its description (endpoints.ts) and shaped by the spec's
 * schemas (spec-values.ts): list (an array, or `{items, pagination}` for a `listKey` group), get,
 * create (the body's described members on the spec's defaults, a fresh id, timestamps, the path's
 * ids), update (PATCH merges, PUT replaces; a PUT on a group without a create makes the object),
 * delete; generic-views.ts has the views', view writes' and actions', roles.ts picks one by role.
 */
import { randomUUID } from 'node:crypto';
import { specOperation, type SchemaObject, type SpecOperation } from '../../resources/clickhouse/spec.js';
import type { ResourceDescription } from '../../resources/types.js';
import { badRequest, SimulatorError } from '../core/error.js';
import type { OperationContext } from './context.js';
import { isoSeconds } from './dto.js';
import { born, createdMembers, retire } from './machines.js';
import type { StoredObject } from './objects.js';
import { isJson, itemSchema, memberNames, memberOf, objectSchemaOf, shapeTo, specValue, type Json } from './spec-values.js';

/** The UDF lists' page size when the request names none, and the largest (the spec's default and maximum). */
const PAGE_LIMIT = 100;

/** The ids of the operation's path, outermost first. */
/** The ids of the objects the path names (a path argument, such as a setting's name, is not one). */
export const pathIds = (ctx: OperationContext): string[] => ctx.endpoint.params.filter((param) => param !== ctx.endpoint.argument).map((param) => ctx.params[param] ?? '');
export const specOf = (ctx: OperationContext): SpecOperation => specOperation(ctx.endpoint.operation);

const idKeyOf = (resource: ResourceDescription): string => resource.idKey ?? 'id';

/** The object of the operation's own group the path names. */
export function subjectOf(ctx: OperationContext): StoredObject {
  const subject = ctx.stored[ctx.endpoint.resource.type];
  if (subject === undefined) throw new Error(`${ctx.endpoint.operation}: the path names no ${ctx.endpoint.resource.type}`);
  return subject;
}

/** An answer in the shape of the operation's result (the object itself where the spec has no result). */
export function answer(ctx: OperationContext, value: unknown, result: SchemaObject | undefined = specOf(ctx).result): unknown {
  return result === undefined ? value : shapeTo(value, result, ctx.now);
}

/** The members of a group's objects named like its path's parameters (a ClickPipe's `serviceId`), from `parentIds`. */
function pathMembers(resource: ResourceDescription, parentIds: readonly string[]): Json {
  const names = memberNames(objectSchemaOf(resource));
  const params = [...(resource.path ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return Object.fromEntries(params.map((param, index) => [param, parentIds[index]]).filter(([param]) => names.includes(param!)));
}

/** A new object's id: the one given (a UDF's function name, an upsert's path), the next number, or a UUID. */
function newId(ctx: OperationContext, resource: ResourceDescription, parentIds: readonly string[], given: unknown): string | number {
  if (typeof given === 'string' || typeof given === 'number') return given;
  if (typeof specValue(memberOf(objectSchemaOf(resource), idKeyOf(resource)), ctx.now) === 'number') {
    const taken = ctx.objects.list(resource.path!, parentIds).map((object) => Number(object.value[idKeyOf(resource)]));
    return Math.max(0, ...taken) + 1;
  }
  return randomUUID();
}

/**
 * Files a new object of `resource` under `parentIds`: the spec's defaults, the path's ids,
 * timestamps, `fields` and the id (given, or made). A 409 when the id is taken.
 */
export function fileObject(ctx: OperationContext, resource: ResourceDescription, parentIds: readonly string[], fields: Json, id?: string): StoredObject {
  const schema = objectSchemaOf(resource);
  const idKey = idKeyOf(resource);
  const own = newId(ctx, resource, parentIds, id ?? fields[idKey]);
  const stamp = isoSeconds(ctx.now);
  const value: Json = { ...(specValue(schema, ctx.now, { like: fields }) as Json), ...pathMembers(resource, parentIds), createdAt: stamp, updatedAt: stamp, ...createdMembers(resource.type), ...fields, [idKey]: own };
  const object: StoredObject = { path: resource.path!, ids: [...parentIds, String(own)], value: shapeTo(value, schema, ctx.now) as Json };
  if (ctx.objects.get(object.path, object.ids)) throw new SimulatorError(409, `${resource.type} ${String(own)} already exists`);
  ctx.objects.put(object);
  born(ctx, resource.type, object);
  return object;
}

/** Files a new object of the operation's group from the body (and `extra`), under the path's collection. */
export function createObject(ctx: OperationContext, extra: Json = {}, id?: string): StoredObject {
  const ids = pathIds(ctx);
  const parentIds = ctx.endpoint.role.kind === 'create' ? ids : ids.slice(0, -1);
  return fileObject(ctx, ctx.endpoint.resource, parentIds, { ...ctx.input, ...extra }, id);
}

/** PATCH merges the body into the object; PUT replaces all but its id, parents and creation time. */
export function updateObject(ctx: OperationContext, subject: StoredObject): StoredObject {
  const schema = objectSchemaOf(ctx.endpoint.resource);
  const idKey = idKeyOf(ctx.endpoint.resource);
  const kept = { [idKey]: subject.value[idKey], createdAt: subject.value.createdAt, ...pathMembers(ctx.endpoint.resource, subject.ids.slice(0, -1)) };
  const base = ctx.endpoint.method === 'PUT' ? { ...(specValue(schema, ctx.now, { like: ctx.input }) as Json), ...kept } : subject.value;
  subject.value = shapeTo({ ...base, ...ctx.input, updatedAt: isoSeconds(ctx.now) }, schema, ctx.now) as Json;
  return subject;
}

/** Removes the operation's object, at once or after its deleting state. */
export function destroyObject(ctx: OperationContext): undefined {
  retire(ctx, ctx.endpoint.resource.type, subjectOf(ctx));
  return undefined;
}

/** Updates the operation's object, or (a PUT on a group without a create: an upsert) makes it. */
export function upsertObject(ctx: OperationContext): StoredObject {
  const subject = ctx.stored[ctx.endpoint.resource.type];
  return subject === undefined ? createObject(ctx, {}, ctx.params[ctx.endpoint.resource.idParam!]) : updateObject(ctx, subject);
}

/** A `{items, pagination}` page: `cursor` is the offset of the page's first item, `limit` at most 100. */
function page(ctx: OperationContext, items: readonly unknown[], listKey: string): Json {
  const limit = Number(ctx.query.get('limit') ?? PAGE_LIMIT);
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_LIMIT) throw badRequest(`limit must be an integer from 1 to ${PAGE_LIMIT}`);
  const cursor = ctx.query.get('cursor');
  const offset = cursor === null ? 0 : Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw badRequest(`cursor ${cursor} is not a cursor this list gave`);
  const next = offset + limit < items.length ? String(offset + limit) : null;
  const shape = specValue(specOf(ctx).result ?? {}, ctx.now);
  return { ...(isJson(shape) ? shape : {}), [listKey]: items.slice(offset, offset + limit), pagination: { totalRecords: items.length, currentCursor: cursor, nextCursor: next, limit } };
}

/** The objects of a collection, in the list's item shape (filtered by `keep`). */
export function listObjects(ctx: OperationContext, keep: (value: Json) => boolean = () => true): unknown {
  const { resource } = ctx.endpoint;
  const result = specOf(ctx).result ?? {};
  const items = ctx.objects
    .list(resource.path!, pathIds(ctx))
    .filter((object) => keep(object.value))
    .map((object) => shapeTo(object.value, itemSchema(result, resource.listKey), ctx.now));
  return resource.listKey === undefined ? items : page(ctx, items, resource.listKey);
}
