/**
 * Every ClickHouse Cloud resource description (src/resources/clickhouse/) against the committed
 * facts-only extract of the real OpenAPI spec (test/contracts/clickhouse-openapi.json, made by
 * scripts/extract-contracts.ts): the operations it names are the spec's, at the method and path the
 * interpreters call; the gateway's 19 operations are all named; its output fields are in the
 * spec's answers with compatible types (enums with the spec's values); its inputs are in the
 * spec's request bodies, required only where the spec (or the allow-list below) says so; and it
 * marks deprecated exactly what the spec deprecates. That the extract is current and holds no
 * prose is checked in contracts-extract.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_EXTRACT } from '../scripts/extract-contracts.js';
import { CLICKHOUSE_RESOURCES, describedOperations } from '../src/resources/clickhouse/index.js';
import { CLICKHOUSE_PROFILE } from '../src/resources/profile.js';
import type { FieldSpec, FieldType, InputSpec, ResourceDescription } from '../src/resources/types.js';

// The extract is walked key by key; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const spec: Json = JSON.parse(readFileSync(CLICKHOUSE_EXTRACT, 'utf8'));

/** The operations the gateway covers: the descriptions name exactly these. */
const COVERED = [
  'organizationGetList', 'organizationGet', 'organizationUpdate', 'organizationPrometheusGet',
  'instanceGetList', 'instanceGet', 'instanceCreate', 'instanceUpdate', 'instanceDelete',
  'instanceStateUpdate', 'instanceScalingUpdate', 'instanceReplicaScalingUpdate', 'instancePasswordUpdate',
  'instancePrometheusGet', 'instancePrivateEndpointConfigGet',
  'backupGetList', 'backupGet', 'backupConfigurationGet', 'backupConfigurationUpdate',
];

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

interface SpecOperation { method: string; path: string; op: Json }
const SPEC_OPERATIONS: SpecOperation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
);

function specOperation(id: string): SpecOperation {
  const found = SPEC_OPERATIONS.filter((candidate) => candidate.op.operationId === id);
  if (found.length !== 1) throw new Error(`${found.length} operations of the spec have the operationId ${id}`);
  return found[0]!;
}

/** A schema with its `$ref`s followed (`{}` when there is none). */
function resolve(schema: Json): Json {
  while (schema?.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    schema = spec.components.schemas[name];
    if (!schema) throw new Error(`the extract has no schema ${name}`);
  }
  return schema ?? {};
}

/** The JSON types a schema allows other than null (`["string", "null"]` is a nullable string). */
const jsonTypes = (schema: Json): string[] => [schema.type ?? []].flat().filter((type: string) => type !== 'null');
const normalised = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

/** What a successful answer carries: text, or the envelope's `result` (one item of it when it is a list). */
function answer(id: string): { kind: 'text' | 'object' | 'list'; object: Json } {
  const [, response] = Object.entries(specOperation(id).op.responses as Json).find(([status]) => /^2\d\d$/.test(status))!;
  const content = (response as Json).content ?? {};
  if (content['text/plain']) return { kind: 'text', object: {} };
  const result = resolve(resolve(content['application/json']?.schema).properties?.result);
  return result.type === 'array' ? { kind: 'list', object: resolve(result.items) } : { kind: 'object', object: result };
}

/** Every operation a description names, with the method and path its interpreters call. */
function endpoints(resource: ResourceDescription): { operation: string; method: string; path: string }[] {
  const collection = `${CLICKHOUSE_PROFILE.prefix}${resource.path ?? resource.group}`;
  const one = `${collection}/{${resource.idParam}}`;
  const { list, get, create, update, partialUpdate, destroy } = resource.operations;
  const named: [string | undefined, string, string][] = [
    [list, 'GET', collection], [get, 'GET', one], [create, 'POST', collection],
    [update, 'PATCH', one], [partialUpdate, 'PATCH', one], [destroy, 'DELETE', one],
    ...(resource.actions ?? []).map((action): [string, string, string] => [action.operation, action.method ?? 'POST', `${action.onCollection ? collection : one}/${action.path}`]),
    ...(resource.views ?? []).flatMap((view): [string, string, string][] => [
      [view.operation, 'GET', `${one}/${view.path}`],
      ...(view.update ? [[view.update.operation, 'PATCH', `${one}/${view.path}`] as [string, string, string]] : []),
    ]),
  ];
  return named.filter(([operation]) => operation !== undefined).map(([operation, method, path]) => ({ operation: operation!, method, path }));
}

/** Problems found, and the allow-list entries that excused one. */
interface Report { problems: string[]; allowed: Set<string> }
const report = (): Report => ({ problems: [], allowed: new Set() });

const SCALARS: Readonly<Record<string, readonly string[]>> = {
  String: ['string'], DateTime: ['string'], UUID: ['string'], DivioId: ['string'], File: ['string'],
  Int: ['integer', 'number'], SafeInt: ['integer', 'number'], Float: ['number', 'integer'], Boolean: ['boolean'],
};
type AnyType = FieldType | InputSpec['type'];
const typeName = (type: AnyType) => (typeof type === 'string' ? type : 'enum' in type ? `enum ${type.enum}` : Object.keys(type)[0]!);

/** Whether the spec's schema can carry what a field or input of this type holds. */
function checkType(type: AnyType, property: Json, where: string, out: Report): void {
  const schema = resolve(property);
  const types = jsonTypes(schema);
  const is = (...allowed: readonly string[]) => {
    const ok = allowed.some((t) => types.includes(t));
    if (!ok) out.problems.push(`${where}: described as ${typeName(type)}, the spec says ${types.join('|') || 'no type'}`);
    return ok;
  };
  if (typeof type === 'string') {
    if (type !== 'JSON') is(...SCALARS[type]!);
  } else if ('enum' in type) {
    if (!is('string')) return;
    const values: string[] = schema.enum ?? [];
    const onlySpec = values.filter((v) => !type.values.includes(v));
    const onlyDescribed = type.values.filter((v) => !values.includes(v));
    if (onlySpec.length > 0 || onlyDescribed.length > 0) {
      out.problems.push(`${where}: ${type.enum} differs from the spec's enum: only the spec has [${onlySpec.join(', ')}], only the description has [${onlyDescribed.join(', ')}]`);
    }
  } else if ('ref' in type) is('string');
  else if ('refs' in type) { if (is('array')) checkType('String', schema.items, `${where}[]`, out); }
  else if ('list' in type) { if (is('array')) checkType(type.list, schema.items, `${where}[]`, out); }
  else if ('objects' in type) { if (is('array')) checkFields(type.fields, schema.items, `${where}[]`, out); }
  else if ('inputObjects' in type) { if (is('array')) checkInputs(type.fields, schema.items, `${where}[]`, out); }
  else if ('patch' in type) {
    // `{ add: [...], remove: [...] }`, each a list of what `of` describes.
    for (const side of ['add', 'remove']) {
      const list = schema.properties?.[side];
      if (list === undefined) out.problems.push(`${where}: described as a patch, the spec's schema has no ${side}`);
      else checkType(typeof type.of === 'string' ? { list: type.of } : type.of, list, `${where}.${side}`, out);
    }
  } else out.problems.push(`${where}: ${typeName(type)} has no JSON counterpart here`);
}

function checkFields(fields: readonly FieldSpec[], schema: Json, where: string, out: Report): void {
  const properties = resolve(schema).properties ?? {};
  for (const field of fields.filter((f) => f.key !== '*')) {
    if (properties[field.key] === undefined) out.problems.push(`${where}.${field.key}: the spec's answer has no such property`);
    else checkType(field.type, properties[field.key], `${where}.${field.key}`, out);
  }
}

/** Inputs against a body schema: each a property of it, required only where the spec requires it, and every spec-required property a required input. */
function checkInputs(inputs: readonly InputSpec[], schema: Json, where: string, out: Report, fixed: Readonly<Record<string, string>> = {}): void {
  const body = resolve(schema);
  const required: string[] = body.required ?? [];
  for (const input of inputs.filter((i) => i.key !== '*')) {
    const at = `${where}.${input.key}`;
    if (body.properties?.[input.key] === undefined) {
      out.problems.push(`${at}: the spec's request body has no such property`);
      continue;
    }
    checkType(input.type, body.properties[input.key], at, out);
    if (input.required && !required.includes(input.key)) {
      if (REQUIRED_BEYOND_SPEC[at]) out.allowed.add(at);
      else out.problems.push(`${at}: described as required, the spec does not require it (and REQUIRED_BEYOND_SPEC gives no reason)`);
    }
  }
  for (const key of required.filter((k) => !(k in fixed) && !inputs.some((i) => i.key === k && i.required))) {
    out.problems.push(`${where}.${key}: required by the spec, not a required input`);
  }
  for (const [key, value] of Object.entries(fixed)) {
    const property = resolve(body.properties?.[key]);
    if (body.properties?.[key] === undefined) out.problems.push(`${where}.${key}: a fixed body member the spec's body has no property for`);
    else if (property.enum ? !property.enum.includes(value) : !jsonTypes(property).includes('string')) {
      out.problems.push(`${where}.${key}: the fixed value ${value} is not one the spec takes`);
    }
  }
}

/** Every write of a description: its operation, inputs and fixed body members. */
function writes(resource: ResourceDescription): { operation: string | undefined; inputs: readonly InputSpec[]; fixed?: Readonly<Record<string, string>> }[] {
  return [
    { operation: resource.operations.create, inputs: resource.create ?? [] },
    { operation: resource.operations.update ?? resource.operations.partialUpdate, inputs: resource.update ?? [] },
    ...(resource.actions ?? []).map((action) => ({ operation: action.operation, inputs: action.input ?? [], fixed: action.fixedBody })),
    ...(resource.views ?? []).flatMap((view) => (view.update ? [{ operation: view.update.operation, inputs: view.update.input }] : [])),
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

describe.each(CLICKHOUSE_RESOURCES.map((resource) => [resource.type, resource] as [string, ResourceDescription]))('%s', (_type, resource) => {
  it('names operations of the spec, at the method and path its interpreters call', () => {
    // A ClickHouse object is only addressable under its ancestors: the path and the id are given.
    expect([resource.path, resource.idParam].every(Boolean), resource.group).toBe(true);
    const wrong = endpoints(resource).flatMap(({ operation, method, path }) => {
      const found = specOperation(operation);
      const described = `${method} ${normalised(path)}`;
      const real = `${found.method} ${normalised(found.path)}`;
      return described === real ? [] : [`${operation}: described ${method} ${path}, the spec has ${found.method} ${found.path}`];
    });
    expect(wrong).toEqual([]);
  });

  it("reads only fields the spec's answers carry, with compatible types and the spec's enum values", () => {
    const out = report();
    const get = resource.operations.get ?? resource.operations.list!;
    checkFields(resource.fields, answer(get).object, get, out);
    for (const action of resource.actions ?? []) if (action.result) checkFields(action.result, answer(action.operation).object, action.operation, out);
    for (const view of resource.views ?? []) {
      const { kind, object } = answer(view.operation);
      if (kind !== view.answer) out.problems.push(`${view.operation}: described as answering ${view.answer}, the spec answers ${kind}`);
      if (view.result) checkFields(view.result.fields, object, view.operation, out);
    }
    expect(out.problems).toEqual([]);
  });

  it("takes only inputs the spec's request bodies have, with compatible types and the spec's requiredness", () => {
    const out = report();
    checkWrites(resource, out);
    expect(out.problems).toEqual([]);
  });
});

describe('the ClickHouse descriptions together', () => {
  it('name exactly the 19 operations the gateway covers', () => {
    const named = new Set(CLICKHOUSE_RESOURCES.flatMap(describedOperations));
    expect({ missing: COVERED.filter((op) => !named.has(op)), extra: [...named].filter((op) => !COVERED.includes(op)) }).toEqual({ missing: [], extra: [] });
    expect(COVERED).toHaveLength(19);
  });

  it('mark deprecated exactly the operations the spec deprecates', () => {
    const marks = new Map<string, boolean[]>();
    for (const resource of CLICKHOUSE_RESOURCES) {
      for (const operation of describedOperations(resource)) marks.set(operation, marks.get(operation) ?? []);
      for (const action of resource.actions ?? []) marks.get(action.operation)!.push(action.deprecated !== undefined);
    }
    const wrong = [...marks].flatMap(([operation, described]) => {
      const deprecated = specOperation(operation).op.deprecated === true;
      // Only an action can say it is deprecated: any other described operation must not be.
      const agrees = described.length === 0 ? !deprecated : described.every((mark) => mark === deprecated);
      return agrees ? [] : [`${operation}: the spec ${deprecated ? 'deprecates' : 'does not deprecate'} it, the description marks [${described.join(', ')}]`];
    });
    expect(wrong).toEqual([]);
  });

  it('keep no stale entry in REQUIRED_BEYOND_SPEC', () => {
    const out = report();
    for (const resource of CLICKHOUSE_RESOURCES) checkWrites(resource, out);
    expect(Object.keys(REQUIRED_BEYOND_SPEC).filter((entry) => !out.allowed.has(entry))).toEqual([]);
  });
});
