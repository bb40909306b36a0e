/**
 * Compiles the spec's operations into resource descriptions, as GraphQL Mesh compiles a source
 * into one neutral operation list: a group is named by its collection path and type (groups.ts);
 * everything else is read from the spec. Its parent is the group whose object path its path
 * continues; list, create, get, update and delete are the methods on its collection and object
 * paths; the other paths under its object are commands (writes) and one-per-object views (reads,
 * with their own writes); a POST on a path under its collection is a collection command. Fields,
 * inputs, enums and bounds are the spec schemas' (spec-types.ts).
 */
import type { ActionSpec, FieldSpec, FilterSpec, InputSpec, ResourceDescription, ViewSpec } from '../types.js';
import { inputSpecs, outputFields, typeName } from './spec-types.js';
import { refName, resolved, SPEC_OPERATIONS, type SchemaObject, type SpecOperation } from './spec.js';

export interface GroupOverlay {
  /** GraphQL type name (API.md: the spec's schema name minus wire-only suffixes). */
  type: string;
  /** The collection path, after the prefix. */
  path: string;
  /** The connection on the parent, where not the type's camelCase plural. */
  plural?: string;
  idKey?: string;
  listKey?: string;
  ttlMs?: number;
  inMotion?: ResourceDescription['inMotion'];
  live?: ResourceDescription['live'];
  /** GraphQL names where the rule's would mislead: sub-path or operationId -> field or mutation name. */
  names?: Readonly<Record<string, string>>;
  /** Raw id fields that name another group's object: key -> that type (`serviceId` -> Service). */
  links?: Readonly<Record<string, string>>;
  description: string;
}

/** Keys that hold secrets: shown in a write's answer once, never cached, never in a kept answer. */
const SECRET = /password|secret|connectionString/i;

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const camel = (segment: string): string => segment.replace(/[-_/]([a-zA-Z])/g, (_, char: string) => char.toUpperCase());
const plural = (type: string): string => lowerFirst(type).replace(/y$/, 'ie').replace(/s$/, 'se') + 's';

const operationsAt = (path: string): SpecOperation[] => [...SPEC_OPERATIONS.values()].filter((operation) => operation.path === path);

/** The object schema a result holds (an array's items, or a list answer's `listKey`). */
function objectSchema(result: SchemaObject | undefined, listKey?: string): SchemaObject | undefined {
  if (!result) return undefined;
  const target = resolved(result);
  if (target.items) return target.items;
  if (listKey && target.properties?.[listKey]?.items) return target.properties[listKey]!.items;
  return result;
}

const isList = (result: SchemaObject | undefined): boolean => result !== undefined && resolved(result).items !== undefined;

function resultFields(operation: SpecOperation, owner: string): FieldSpec[] {
  const schema = operation.result && objectSchema(operation.result);
  return schema ? outputFields(schema, owner) : [];
}

/** Marks the fields (nested ones too) holding another group's raw id, as the overlay names them. */
function linked(field: FieldSpec, links: Readonly<Record<string, string>>): FieldSpec {
  const type = field.type;
  const nested = typeof type === 'object' && 'objects' in type ? { type: { ...type, fields: type.fields.map((inner) => linked(inner, links)) } } : {};
  return { ...field, ...nested, ...(links[field.key] ? { link: links[field.key] } : {}) };
}

/** A one-per-object path: a view (its GET) and the writes on the same path. */
function viewOf(group: GroupOverlay, segment: string, operations: readonly SpecOperation[]): ViewSpec | undefined {
  const read = operations.find((operation) => operation.method === 'GET');
  if (!read) return undefined;
  const field = group.names?.[segment] ?? camel(segment);
  const schemaName = read.result && refName(read.result);
  const objects = schemaName ? typeName(schemaName) : `${group.type}${upperFirst(field)}`;
  const fields = read.text ? [] : resultFields(read, objects);
  const writes = operations
    .filter((operation) => operation.method !== 'GET')
    .map((operation) => {
      const verb = operation.method === 'POST' ? 'upsert' : operation.method === 'DELETE' ? 'delete' : 'update';
      // A write answering with another shape than the view's (settings as text, with warnings) says so.
      const answered = operation.result && refName(operation.result);
      const own = answered && answered !== schemaName && operation.method !== 'DELETE' ? { result: { objects: typeName(answered), description: `${typeName(answered)}, as the ClickHouse Cloud API gives it.`, fields: resultFields(operation, typeName(answered)) } } : {};
      return {
        ...own,
        operation: operation.operationId,
        mutation: group.names?.[operation.operationId] ?? `${verb}${objects}`,
        method: operation.method as 'POST' | 'PATCH' | 'PUT' | 'DELETE',
        description: `${upperFirst(verb)}s the ${lowerFirst(objects)} of a ${lowerFirst(group.type)}.`,
        input: operation.body ? inputSpecs(operation.body, objects) : [],
        deprecated: operation.deprecated ? 'Deprecated by the ClickHouse Cloud API.' : undefined,
      };
    });
  return {
    operation: read.operationId,
    path: segment,
    field,
    ...(read.deprecated ? { deprecated: 'Deprecated by the ClickHouse Cloud API.' } : {}),
    description: `The ${lowerFirst(objects)} of the ${lowerFirst(group.type)}.`,
    // An object the spec gives no shape for is JSON (an object answer without a result type).
    answer: read.text ? 'text' : isList(read.result) ? 'list' : 'object',
    ...(fields.length > 0 ? { result: { objects, description: `${objects}, as the ClickHouse Cloud API gives it.`, fields: fields.map((field) => linked(field, group.links ?? {})) } } : {}),
    ...(read.query.length > 0 ? { arguments: read.query.map((query) => queryInput(query, objects)) } : {}),
    ...(writes.length > 0 ? { writes } : {}),
    ttlMs: group.ttlMs ?? 30_000,
  };
}

/** Query parameters named as a user reads them (API.md: `usageCost(from:, to:)`, `activities(filter: { from, to })`). */
const QUERY_NAMES: Readonly<Record<string, string>> = { from_date: 'from', to_date: 'to' };

function queryInput(query: SpecOperation['query'][number], owner: string): InputSpec {
  const [spec] = inputSpecs({ type: 'object', properties: { [query.name]: query.schema }, required: query.required ? [query.name] : [] }, owner);
  return { ...spec!, name: QUERY_NAMES[query.name] ?? camel(query.name) };
}

/** Writes on paths under the object that are not views: commands (`state` one per command value). */
function commandsOf(group: GroupOverlay, segment: string, operation: SpecOperation): ActionSpec[] {
  const body = operation.body ? resolved(operation.body) : undefined;
  const returnsObject = operation.result !== undefined && refName(objectSchema(operation.result)!) !== undefined && typeName(refName(objectSchema(operation.result)!)!) === group.type;
  const base = {
    operation: operation.operationId,
    method: operation.method === 'GET' ? 'POST' : (operation.method as ActionSpec['method']),
    path: segment,
    ...(operation.deprecated ? { deprecated: 'Deprecated by the ClickHouse Cloud API.' } : {}),
    ...(returnsObject || !operation.result ? {} : { result: resultFields(operation, `${group.type}${upperFirst(camel(segment))}Result`) }),
  };
  const commands = body?.properties?.command?.enum;
  if (segment === 'state' && commands) {
    return commands.map((command) => ({
      ...base,
      mutation: `${String(command)}${group.type}`,
      fixedBody: { command: String(command) },
      description: `Sends the ${String(command)} command to a ${lowerFirst(group.type)}.`,
    }));
  }
  const mutation = group.names?.[operation.operationId] ?? `${operation.method === 'POST' ? 'create' : 'update'}${group.type}${upperFirst(camel(segment))}`;
  return [{ ...base, mutation, description: `${upperFirst(mutation.replace(/([A-Z])/g, ' $1').toLowerCase())}.`, input: operation.body ? inputSpecs(operation.body, upperFirst(mutation)) : [] }];
}

/**
 * Paths under `base` without parameters of their own, grouped by the rest of the path. A POST
 * under another group's collection (`clickpipes/schemaDiscovery`) is that group's collection
 * command, not this one's; a GET there (`postgres/prometheus`) reads about all of them, here.
 */
function childPaths(base: string, taken: ReadonlySet<string>): Map<string, SpecOperation[]> {
  const children = new Map<string, SpecOperation[]>();
  for (const operation of SPEC_OPERATIONS.values()) {
    if (!operation.path.startsWith(`${base}/`) || taken.has(operation.path)) continue;
    const rest = operation.path.slice(base.length + 1);
    if (rest.includes('{')) continue;
    const segments = rest.split('/');
    const underGroup = segments.slice(1).some((_, index) => taken.has(`${base}/${segments.slice(0, index + 1).join('/')}`));
    if (underGroup && operation.method !== 'GET') continue;
    children.set(rest, [...(children.get(rest) ?? []), operation]);
  }
  return children;
}

/**
 * Paths `segment/{param}` under `base` that no group owns (`clickhouseSettings/{settingName}`):
 * one object among several, named by that parameter. Its GET is a view taking the parameter as
 * an argument; its writes are commands taking it as an input.
 */
function keyedChildren(group: GroupOverlay, base: string, taken: ReadonlySet<string>): { views: ViewSpec[]; actions: ActionSpec[] } {
  const byPath = new Map<string, SpecOperation[]>();
  for (const operation of SPEC_OPERATIONS.values()) {
    const rest = operation.path.startsWith(`${base}/`) ? operation.path.slice(base.length + 1) : '';
    const match = /^([A-Za-z-]+)\/\{(\w+)\}$/.exec(rest);
    if (!match || taken.has(`${base}/${match[1]}`)) continue;
    byPath.set(rest, [...(byPath.get(rest) ?? []), operation]);
  }
  const views: ViewSpec[] = [];
  const actions: ActionSpec[] = [];
  for (const [rest, operations] of byPath) {
    const [segment, param] = [rest.split('/')[0]!, rest.match(/\{(\w+)\}/)![1]!];
    const argument: InputSpec = { key: param, type: 'String', required: true, pattern: { source: '[A-Za-z0-9_.-]{1,128}', message: 'must be a plain name or id' }, description: `The ${param} of the one to address.` };
    const singular = group.names?.[rest] ?? camel(segment).replace(/s$/, '');
    const view = viewOf(group, segment, operations.filter((operation) => operation.method === 'GET'));
    if (view) views.push({ ...view, field: singular, pathArgument: argument });
    for (const operation of operations.filter((candidate) => candidate.method !== 'GET')) {
      const verb = operation.method === 'DELETE' ? 'delete' : 'update';
      const mutation = group.names?.[operation.operationId] ?? `${verb}${upperFirst(singular)}`;
      actions.push({
        operation: operation.operationId,
        method: operation.method as ActionSpec['method'],
        path: segment,
        pathArgument: argument,
        mutation,
        description: `${upperFirst(verb)}s one ${singular} of a ${lowerFirst(group.type)}.`,
        input: operation.body ? inputSpecs(operation.body, upperFirst(mutation)) : [],
        result: operation.result ? resultFields(operation, `${upperFirst(mutation)}Result`) : [],
      });
    }
  }
  return { views, actions };
}

/**
 * The one-per-object views and commands under a hand-described group's object path that its
 * description leaves out (Service.scalingSchedule, upgradeWindow, ...): compiled like a group's.
 */
export function compileExtras(resource: ResourceDescription, overlay: Pick<GroupOverlay, 'type' | 'names' | 'ttlMs' | 'links'>, taken: ReadonlySet<string>): Pick<ResourceDescription, 'views' | 'actions'> {
  const objectPath = `${resource.path}/{${resource.idParam}}`;
  const described = new Set([...(resource.views ?? []).map((view) => view.path), ...(resource.actions ?? []).map((action) => action.path)]);
  const group = { ...overlay, path: resource.path!, description: resource.description };
  const views: ViewSpec[] = [];
  const actions: ActionSpec[] = [];
  for (const [segment, operations] of childPaths(objectPath, taken)) {
    if (described.has(segment)) continue;
    const view = viewOf(group, segment, operations);
    if (view) views.push(view);
    else actions.push(...operations.flatMap((operation) => commandsOf(group, segment, operation)));
  }
  const keyed = keyedChildren(group, objectPath, taken);
  return { views: [...(resource.views ?? []), ...views, ...keyed.views], actions: [...(resource.actions ?? []), ...actions, ...keyed.actions] };
}

/**
 * A creation that answers with more than the object (`{ key: ApiKey, keyId, keySecret }`): the
 * property holding the object, and the rest, shown once in the payload.
 */
function createdWith(result: SchemaObject, object: SchemaObject, owner: string): ResourceDescription['createResult'] {
  const answer = resolved(result);
  const objectKey = Object.entries(answer.properties ?? {}).find(([, property]) => property.$ref !== undefined && property.$ref === object.$ref)?.[0];
  if (!objectKey) return undefined;
  const rest = Object.fromEntries(Object.entries(answer.properties ?? {}).filter(([key]) => key !== objectKey));
  return { objectKey, fields: outputFields({ properties: rest }, owner).map((field) => ({ ...field, nonNull: true })) };
}

export function compileGroup(group: GroupOverlay, parents: readonly ResourceDescription[], taken: ReadonlySet<string>): ResourceDescription {
  const collection = operationsAt(group.path);
  const itemPath = [...SPEC_OPERATIONS.values()].map((operation) => operation.path).find((path) => path.startsWith(`${group.path}/{`) && !path.slice(group.path.length + 1).includes('/'));
  const idParam = itemPath?.match(/\{(\w+)\}$/)?.[1];
  const item = itemPath ? operationsAt(itemPath) : [];
  const find = (operations: SpecOperation[], ...methods: string[]) => operations.find((operation) => methods.includes(operation.method))?.operationId;
  const read = item.find((operation) => operation.method === 'GET') ?? collection.find((operation) => operation.method === 'GET');
  const schema = objectSchema(read?.result, group.listKey);
  const all = (schema ? outputFields(schema, group.type) : []).filter((field) => field.key !== (group.idKey ?? 'id'));
  // Secrets (a Postgres password) are never part of the object, which is cached and kept: only the
  // answer of the write that made them shows them, once.
  // What only the object's own GET carries (a Postgres service's hostname) is read from there when a list gave the object.
  const listed = objectSchema(collection.find((operation) => operation.method === 'GET')?.result, group.listKey);
  const inList = new Set(listed ? outputFields(listed, group.type).map((field) => field.key) : all.map((field) => field.key));
  const fields = all.filter((field) => !SECRET.test(field.key)).map((field) => (inList.has(field.key) ? field : { ...field, detail: true }));
  const secrets = all.filter((field) => SECRET.test(field.key));
  const parent = parents.filter((candidate) => group.path.startsWith(`${candidate.path}/{${candidate.idParam}}/`)).sort((a, b) => b.path!.length - a.path!.length)[0];
  const views: ViewSpec[] = [];
  const actions: ActionSpec[] = [];
  for (const [segment, operations] of itemPath ? childPaths(itemPath, taken) : []) {
    const view = viewOf(group, segment, operations);
    if (view) views.push(view);
    else actions.push(...operations.flatMap((operation) => commandsOf(group, segment, operation)));
  }
  if (itemPath) {
    const keyed = keyedChildren(group, itemPath, taken);
    views.push(...keyed.views);
    actions.push(...keyed.actions);
  }
  for (const [segment, operations] of childPaths(group.path, taken)) {
    actions.push(...operations.filter((operation) => operation.method === 'POST').flatMap((operation) => commandsOf(group, segment, operation).map((action) => ({ ...action, onCollection: true }))));
  }
  const create = collection.find((operation) => operation.method === 'POST');
  // The list's own query parameters (activities from/to) filter upstream; paging cursors are the client's.
  const listQuery = (collection.find((operation) => operation.method === 'GET')?.query ?? [])
    .filter((query) => !['cursor', 'limit'].includes(query.name))
    .map((query) => ({ ...queryInput(query, group.type), upstream: true }) as FilterSpec);
  const createResult = (create?.result && schema ? createdWith(create.result, schema, group.type) : undefined) ?? (secrets.length > 0 ? { fields: secrets } : undefined);
  const update = item.find((operation) => operation.method === 'PATCH' || operation.method === 'PUT');
  return {
    api: 'clickhouse',
    group: group.path.split('/').slice(-1)[0]!,
    path: group.path,
    ...(idParam ? { idParam } : {}),
    ...(group.idKey ? { idKey: group.idKey } : {}),
    ...(group.listKey ? { listKey: group.listKey } : {}),
    type: group.type,
    plural: group.plural ?? plural(group.type),
    description: group.description,
    operations: {
      list: find(collection, 'GET'),
      get: find(item, 'GET'),
      create: create?.operationId,
      update: update?.operationId,
      destroy: find(item, 'DELETE'),
    },
    // A lookup by id is one GET where the API has one (a group's list can be long: activities).
    batch: find(item, 'GET') ? 'each' : 'catalog',
    ttlMs: group.ttlMs ?? 30_000,
    // A view of the same name is fresher and fuller than the copy inside the object, and the parent link is the object.
    fields: fields.filter((field) => !views.some((view) => view.field === field.key) && field.key !== (parent && lowerFirst(parent.type))).map((field) => linked(field, group.links ?? {})),
    ...(listQuery.length > 0 ? { filters: listQuery } : {}),
    ...(create?.body ? { create: inputSpecs(create.body, group.type) } : {}),
    ...(createResult ? { createResult } : {}),
    ...(update?.body ? { update: inputSpecs(update.body, group.type) } : {}),
    ...(update?.method === 'PUT' ? { updateMethod: 'PUT' as const } : {}),
    ...(parent ? { parent: { type: parent.type, filter: parent.idParam!, field: group.plural ?? plural(group.type), description: `The ${plural(group.type)} of this ${lowerFirst(parent.type)}.`, link: { field: lowerFirst(parent.type), description: `The ${lowerFirst(parent.type)} it belongs to.` }, ...(find(item, 'GET') ? { one: { field: (group.plural ?? plural(group.type)).replace(/ies$/, 'y').replace(/s$/, ''), description: `One ${lowerFirst(group.type)} of this ${lowerFirst(parent.type)}, by its id; null with a NOT_FOUND error when there is none.` } } : {}) } } : {}),
    ...(actions.length > 0 ? { actions } : {}),
    ...(views.length > 0 ? { views } : {}),
    ...(group.inMotion ? { inMotion: group.inMotion } : {}),
    ...(group.live ? { live: group.live } : {}),
  };
}
