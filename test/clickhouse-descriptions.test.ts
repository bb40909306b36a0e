/**
 * Every ClickHouse Cloud resource description (src/resources/clickhouse/: the hand-described groups
 * and those compiled from the spec) against the committed facts-only extract of the real OpenAPI
 * spec (test/contracts/clickhouse-openapi.json, made by scripts/extract-contracts.ts): each
 * operation it names is the spec's, at the method and path its interpreters call, and every
 * operation of the spec is named exactly once; its output fields are in the spec's answers (the
 * get's, the list's items, under `listKey` where the list is an object, and the answers of a
 * view's writes) with compatible types and the spec's enum values; its inputs, query arguments and upstream filters are the spec's request body
 * properties and query parameters, required only where the spec (or the allow-list below) says
 * so; its views answer text, a list or an object as the spec's do; and it marks deprecated exactly
 * what the spec deprecates. Only what is described is checked: a property of the spec no
 * description reads (a secret, kept out of objects) is no problem. That the extract is current
 * and holds no prose is checked in contracts-extract.test.ts; the extract is read by
 * test/support/clickhouse-spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_RESOURCES } from '../src/resources/clickhouse/index.js';
import { CLICKHOUSE_PROFILE } from '../src/resources/profile.js';
import type { InputSpec, ResourceDescription } from '../src/resources/types.js';
import { answer, checkFields, checkInputs, checkQuery, checkType, type Json, jsonTypes, type Report, report, shape, shapes, SPEC_OPERATIONS, specOperation } from './support/clickhouse-spec.js';

/**
 * Inputs a description requires though the spec does not. The spec's request bodies for these
 * operations list no `required` properties at all (its reference pages mark none either), so each
 * entry is what the upstream cannot act on without, checked by the gateway before any call (and
 * refused by the simulator, as the upstream does). An entry no description needs any more fails.
 */
const REQUIRED_BEYOND_SPEC: Readonly<Record<string, string>> = {
  // A service cannot be placed without a provider and region, nor shown without a name.
  'instanceCreate.name': 'a service is created under a name',
  'instanceCreate.provider': 'a service runs on one cloud provider',
  'instanceCreate.region': "a service runs in one of its provider's regions",
  // An IP access list entry *is* its source; a description alone allows nothing.
  'instanceCreate.ipAccessList[].source': 'an entry is its IP address or CIDR range',
  'instanceUpdate.ipAccessList.add[].source': 'an entry is its IP address or CIDR range',
  'instanceUpdate.ipAccessList.remove[].source': 'entries are removed by their IP address or CIDR range',
  // A private endpoint is named by its id at the cloud provider, to register it or to remove it.
  'organizationUpdate.privateEndpoints.add[].id': "an endpoint is its provider's endpoint id",
  'organizationUpdate.privateEndpoints.remove[].id': "endpoints are removed by their provider's endpoint id",
};

/** One place a description names an operation: the methods and path its interpreters call, and its deprecation mark. */
interface Place { operation: string; methods: string[]; path: string; where: string; deprecated: boolean; command?: string }

function places(resource: ResourceDescription): Place[] {
  const collection = `${CLICKHOUSE_PROFILE.prefix}${resource.path ?? resource.group}`;
  const one = `${collection}/{${resource.idParam}}`;
  const after = (argument?: InputSpec) => (argument ? `/{${argument.key}}` : '');
  const place = (operation: string | undefined, methods: string[], path: string, where: string, deprecated?: string, command?: string): Place[] =>
    operation === undefined ? [] : [{ operation, methods, path, where: `${resource.type} ${where}`, deprecated: deprecated !== undefined, ...(command ? { command } : {}) }];
  const { list, get, create, update, partialUpdate, destroy } = resource.operations;
  return [
    ...place(list, ['GET'], collection, 'list'),
    ...place(get, ['GET'], one, 'get'),
    ...place(create, ['POST'], collection, 'create'),
    // An update names no method: the spec's update of the object is a PATCH, or a PUT (a replacement).
    ...place(update, ['PATCH', 'PUT'], one, 'update'),
    ...place(partialUpdate, ['PATCH'], one, 'partialUpdate'),
    ...place(destroy, ['DELETE'], one, 'destroy'),
    ...(resource.actions ?? []).flatMap((action) =>
      place(action.operation, [action.method ?? 'POST'], `${action.onCollection ? collection : one}/${action.path}${after(action.pathArgument)}`, `action ${action.mutation ?? action.operation}`, action.deprecated, action.fixedBody && JSON.stringify(action.fixedBody)),
    ),
    ...(resource.views ?? []).flatMap((view) => [
      ...place(view.operation, ['GET'], `${one}/${view.path}${after(view.pathArgument)}`, `view ${view.field}`, view.deprecated),
      // A view's writes go to its own path: the client adds no path argument to them.
      ...place(view.update?.operation, ['PATCH'], `${one}/${view.path}`, `view ${view.field} update`),
      ...(view.writes ?? []).flatMap((write) => place(write.operation, [write.method], `${one}/${view.path}`, `view ${view.field} ${write.mutation}`, write.deprecated)),
    ]),
  ];
}

/** The items of a group's list: the answer's array or, with `listKey`, the array under that key of the answer's object. */
function listItems(resource: ResourceDescription, list: string, out: Report): Json {
  const { kind, object } = answer(list);
  if (resource.listKey === undefined) {
    if (kind !== 'list') out.problems.push(`${list}: the spec's list answers ${kind} and the description gives no listKey`);
    return object;
  }
  const held = kind === 'object' ? shape(shape(object)?.properties?.[resource.listKey]) : undefined;
  if (held && jsonTypes(held).includes('array')) return held.items;
  out.problems.push(`${list}: the spec's list answer holds no array under ${resource.listKey}`);
  return {};
}

/** Every write of a description: its operation, inputs and fixed body members. */
function writes(resource: ResourceDescription): { operation: string | undefined; inputs: readonly InputSpec[]; fixed?: Readonly<Record<string, string>> }[] {
  return [
    { operation: resource.operations.create, inputs: resource.create ?? [] },
    { operation: resource.operations.update ?? resource.operations.partialUpdate, inputs: resource.update ?? [] },
    ...(resource.actions ?? []).map((action) => ({ operation: action.operation, inputs: action.input ?? [], fixed: action.fixedBody })),
    ...(resource.views ?? []).flatMap((view) => [
      ...(view.update ? [{ operation: view.update.operation, inputs: view.update.input }] : []),
      ...(view.writes ?? []).map((write) => ({ operation: write.operation, inputs: write.input })),
    ]),
  ];
}

function checkWrites(resource: ResourceDescription, out: Report): void {
  for (const { operation, inputs, fixed } of writes(resource)) {
    if (operation === undefined) {
      if (inputs.length > 0) out.problems.push(`${resource.type}: describes inputs [${inputs.map((i) => i.key).join(', ')}] for an operation it does not name`);
      continue;
    }
    const schema = specOperation(operation).op.requestBody?.content?.['application/json']?.schema;
    if (schema === undefined) {
      if (inputs.length > 0 || fixed) out.problems.push(`${operation}: described with a body, the spec takes no JSON body`);
    } else checkInputs(inputs, schema, operation, out, fixed);
  }
}

/** Whether every shape the object may have holds its id (each of a ClickStack source's five kinds does). */
const holdsId = (object: Json, idKey: string): boolean => shapes(object).length > 0 && shapes(object).every((one) => one.properties?.[idKey] !== undefined);

/** The object's fields and id in its get's answer and its list's items; what a creation answers besides the object. */
function checkObject(resource: ResourceDescription, out: Report): void {
  const { get, list, create } = resource.operations;
  const idKey = resource.idKey ?? CLICKHOUSE_PROFILE.idKey;
  // The list's items as well as the get's answer: lists, the parent's connection and live updates read the object from them.
  const objects: [string, Json][] = [...(get ? [[get, answer(get).object] as [string, Json]] : []), ...(list ? [[list, listItems(resource, list, out)] as [string, Json]] : [])];
  for (const [operation, object] of objects) {
    // A `detail` field is read from the get's answer for an object a list gave: the list need not carry it.
    checkFields(operation === list ? resource.fields.filter((field) => !field.detail) : resource.fields, object, operation, out);
    if (!holdsId(object, idKey)) out.problems.push(`${operation}: the spec's object has no id property ${idKey}`);
  }
  if (resource.fields.some((field) => field.key === idKey)) out.problems.push(`${resource.type}.${idKey}: the id is described as a field too`);
  if (!resource.createResult) return;
  if (!create) return void out.problems.push(`${resource.type}: a createResult without a create operation`);
  // The object created is under `objectKey`, or (without one) the answer itself; the fields are the answer's other properties.
  const { objectKey, fields } = resource.createResult;
  const { object: answered } = answer(create);
  if (!holdsId(objectKey === undefined ? answered : (shape(answered)?.properties?.[objectKey] ?? {}), idKey)) {
    out.problems.push(`${create}: ${objectKey === undefined ? 'the answer is' : `under ${objectKey} is`} no object with an ${idKey}`);
  }
  checkFields(fields, answered, create, out);
}

describe.each(CLICKHOUSE_RESOURCES.map((resource) => [resource.type, resource] as [string, ResourceDescription]))('%s', (_type, resource) => {
  it('names operations of the spec, at the method and path its interpreters call', () => {
    // A ClickHouse object is only addressable under its ancestors: the path and the id are given.
    expect([resource.path, resource.idParam].every(Boolean), resource.group).toBe(true);
    const wrong = places(resource).flatMap(({ operation, methods, path }) => {
      const found = SPEC_OPERATIONS.find((candidate) => candidate.op.operationId === operation);
      if (!found) return [`${operation}: the spec has no such operation`];
      return methods.includes(found.method) && path === found.path ? [] : [`${operation}: described ${methods.join('|')} ${path}, the spec has ${found.method} ${found.path}`];
    });
    expect(wrong).toEqual([]);
  });

  it("reads only fields the spec's answers carry, with compatible types and the spec's enum values", () => {
    const out = report(REQUIRED_BEYOND_SPEC);
    checkObject(resource, out);
    for (const action of resource.actions ?? []) if (action.result) checkFields(action.result, answer(action.operation).object, action.operation, out);
    for (const view of resource.views ?? []) {
      const { kind, object } = answer(view.operation);
      if (kind !== view.answer) out.problems.push(`${view.operation}: described as answering ${view.answer}, the spec answers ${kind}`);
      if (!view.result) {
        // Without a result the answer is JSON as received: the spec must give it no object shape.
        const keys = view.answer === 'text' ? [] : Object.keys(shape(object)?.properties ?? {});
        if (keys.length > 0) out.problems.push(`${view.operation}: described without a result, the spec's answer has [${keys.join(', ')}]`);
        continue;
      }
      // The view's writes (but a DELETE) answer the view anew, read with the same fields, or with their own `result`.
      const rewrites = [...(view.update ? [view.update.operation] : []), ...(view.writes ?? []).filter((write) => write.method !== 'DELETE' && !write.result).map((write) => write.operation)];
      for (const operation of [view.operation, ...rewrites]) checkFields(view.result.fields, answer(operation).object, operation, out);
      for (const write of (view.writes ?? []).filter((candidate) => candidate.result)) checkFields(write.result!.fields, answer(write.operation).object, write.operation, out);
    }
    expect(out.problems).toEqual([]);
  });

  it("takes only inputs the spec's request bodies have, with compatible types and the spec's requiredness", () => {
    const out = report(REQUIRED_BEYOND_SPEC);
    checkWrites(resource, out);
    expect(out.problems).toEqual([]);
  });

  it("sends only the spec's query parameters, and filters in the gateway only on properties of the spec's objects", () => {
    const out = report(REQUIRED_BEYOND_SPEC);
    for (const view of resource.views ?? []) checkQuery(view.arguments ?? [], view.operation, out, true);
    const filters = resource.filters ?? [];
    const list = resource.operations.list;
    if (filters.length > 0 && !list) out.problems.push(`${resource.type}: filters without a list`);
    if (list) {
      checkQuery(filters.filter((filter) => filter.upstream), list, out, false);
      const items = shape(listItems(resource, list, report(REQUIRED_BEYOND_SPEC)))?.properties ?? {};
      for (const filter of filters.filter((f) => !f.upstream)) {
        if (items[filter.key] === undefined) out.problems.push(`${list}: filtered on ${filter.key}, which the spec's items do not have`);
        else checkType(filter.type, items[filter.key], `${list} filter ${filter.key}`, out);
      }
    }
    expect(out.problems).toEqual([]);
  });
});

describe('the ClickHouse descriptions together', () => {
  const all = CLICKHOUSE_RESOURCES.flatMap(places);

  it('name every operation of the spec exactly once (an operation split by command once per fixed body)', () => {
    const ids: string[] = SPEC_OPERATIONS.map((operation) => operation.op.operationId);
    expect(ids).toHaveLength(142);
    const duplicated = ids.flatMap((id) => {
      const at = all.filter((place) => place.operation === id);
      const commands = new Set(at.map((place) => place.command));
      const split = at.every((place) => place.command !== undefined) && commands.size === at.length;
      return at.length > 1 && !split ? [`${id}: ${at.map((place) => place.where).join('; ')}`] : [];
    });
    const missing = ids.filter((id) => !all.some((place) => place.operation === id));
    const unknown = [...new Set(all.map((place) => place.operation))].filter((operation) => !ids.includes(operation));
    expect({ missing, duplicated, unknown }).toEqual({ missing: [], duplicated: [], unknown: [] });
  });

  it('mark deprecated exactly the operations the spec deprecates', () => {
    // Only actions, views and view writes can say they are deprecated: any other place must name an operation the spec does not deprecate.
    const wrong = all.flatMap(({ operation, where, deprecated }) => {
      const deprecates = specOperation(operation).op.deprecated === true;
      return deprecated === deprecates ? [] : [`${where} (${operation}): the spec ${deprecates ? 'deprecates' : 'does not deprecate'} it, the description ${deprecated ? 'marks' : 'does not mark'} it`];
    });
    expect(wrong).toEqual([]);
  });

  it('keep no stale entry in REQUIRED_BEYOND_SPEC', () => {
    const out = report(REQUIRED_BEYOND_SPEC);
    for (const resource of CLICKHOUSE_RESOURCES) checkWrites(resource, out);
    expect(Object.keys(REQUIRED_BEYOND_SPEC).filter((entry) => !out.allowed.has(entry))).toEqual([]);
  });
});
