/**
 * The committed facts-only extract of ClickHouse Cloud's OpenAPI spec
 * (test/contracts/clickhouse-openapi.json), read as the description contract test needs it: its
 * operations, the one shape a schema gives, what an operation answers, and whether a description's
 * field, input or query argument fits the schema the spec gives for it.
 */
import { readFileSync } from 'node:fs';
import { CLICKHOUSE_EXTRACT } from '../../scripts/extract-contracts.js';
import type { FieldSpec, FieldType, InputSpec } from '../../src/resources/types.js';

// The extract is walked key by key; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
const spec: Json = JSON.parse(readFileSync(CLICKHOUSE_EXTRACT, 'utf8'));

export interface SpecOperation { method: string; path: string; op: Json }
export const SPEC_OPERATIONS: SpecOperation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
);

export function specOperation(id: string): SpecOperation {
  const found = SPEC_OPERATIONS.filter((candidate) => candidate.op.operationId === id);
  if (found.length !== 1) throw new Error(`${found.length} operations of the spec have the operationId ${id}`);
  return found[0]!;
}

/** A schema with its `$ref`s followed (`{}` when there is none). */
export function resolve(schema: Json): Json {
  while (schema?.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    schema = spec.components.schemas[name];
    if (!schema) throw new Error(`the extract has no schema ${name}`);
  }
  return schema ?? {};
}

/** The JSON types a schema allows other than null; untyped, it is an object if it has properties (an array if items). */
export function jsonTypes(schema: Json): string[] {
  const types = [schema.type ?? []].flat().filter((type: string) => type !== 'null');
  return types.length > 0 ? types : schema.properties ? ['object'] : schema.items ? ['array'] : [];
}

const notNull = (variant: Json) => [resolve(variant).type].flat().some((type) => type !== 'null');

/**
 * The one shape a schema gives: `oneOf`/`anyOf` of one schema and null is that schema; of several
 * objects, one object holding all their properties (a tag's `const` one value of an enum; a
 * property whose variants differ in type has no shape); of several other things, none (undefined).
 */
export function shape(schema: Json): Json | undefined {
  const target = resolve(schema);
  const variants = target.oneOf ?? target.anyOf;
  if (!variants) return 'const' in target ? { type: 'string', enum: [target.const] } : target;
  const shapes = variants.filter(notNull);
  if (shapes.length === 1) return shape(shapes[0]);
  const objects = shapes.map(resolve);
  if (!objects.every((variant: Json) => variant.properties)) return undefined;
  const properties: Json = {};
  for (const variant of objects) {
    for (const [key, raw] of Object.entries(variant.properties as Json)) {
      const property = shape(raw);
      const known = properties[key];
      if (known === undefined) properties[key] = property ?? raw;
      else if (known.enum && property?.enum) properties[key] = { ...known, enum: [...new Set([...known.enum, ...property.enum])] };
      else if (JSON.stringify(known) !== JSON.stringify(property)) properties[key] = { oneOf: [known, raw] };
    }
  }
  return { type: 'object', properties };
}

/** Every shape an object may have: its one shape, or each of a `oneOf`'s (a ClickStack source is one of five kinds). */
export function shapes(schema: Json): Json[] {
  const one = shape(schema);
  if (one) return [one];
  const target = resolve(schema);
  return (target.oneOf ?? target.anyOf).filter(notNull).flatMap(shapes);
}

export const queryParameters = (id: string): Json[] => (specOperation(id).op.parameters ?? []).filter((parameter: Json) => parameter.in === 'query');

/** What a successful answer carries: text (anything but JSON), or the envelope's `result` (its items when it is a list). */
export function answer(id: string): { kind: 'text' | 'object' | 'list'; object: Json } {
  const [, response] = Object.entries(specOperation(id).op.responses as Json).find(([status]) => /^2\d\d$/.test(status))!;
  const content = (response as Json).content ?? {};
  if (Object.keys(content).length > 0 && !content['application/json']) return { kind: 'text', object: {} };
  const result = resolve(content['application/json']?.schema).properties?.result;
  const one = result === undefined ? undefined : shape(result);
  return one && jsonTypes(one).includes('array') ? { kind: 'list', object: one.items } : { kind: 'object', object: result ?? {} };
}

/** Problems found; inputs required beyond the spec, each with its reason; and those entries that excused one. */
export interface Report { problems: string[]; beyond: Readonly<Record<string, string>>; allowed: Set<string> }
export const report = (beyond: Readonly<Record<string, string>> = {}): Report => ({ problems: [], beyond, allowed: new Set() });

const SCALARS: Readonly<Record<string, readonly string[]>> = {
  String: ['string'], DateTime: ['string'], Date: ['string'], UUID: ['string'], DivioId: ['string'], File: ['string'],
  Int: ['integer', 'number'], SafeInt: ['integer', 'number'], Float: ['number', 'integer'], Boolean: ['boolean'],
};
const PLAIN = ['string', 'integer', 'number', 'boolean'];
export type AnyType = FieldType | InputSpec['type'];
const typeName = (type: AnyType) => (typeof type === 'string' ? type : 'enum' in type ? `enum ${type.enum}` : Object.keys(type)[0]!);

/** Whether the spec's schema can carry what a field or input of this type holds. */
export function checkType(type: AnyType, property: Json, where: string, out: Report): void {
  const schema = shape(property);
  if (schema === undefined) {
    // Several shapes (a oneOf of object types): only JSON holds any of them.
    if (type !== 'JSON') out.problems.push(`${where}: described as ${typeName(type)}, the spec gives several shapes`);
    return;
  }
  const types = jsonTypes(schema);
  const is = (...allowed: readonly string[]) => {
    const ok = allowed.some((t) => types.includes(t));
    if (!ok) out.problems.push(`${where}: described as ${typeName(type)}, the spec says ${types.join('|') || 'no type'}`);
    return ok;
  };
  if (type === 'JSON') {
    // JSON is for what the spec gives no single shape (free-form objects, untyped or nested values), never a plain scalar.
    if (types.length > 0 && types.every((t) => PLAIN.includes(t))) out.problems.push(`${where}: described as JSON, the spec says ${types.join('|')}`);
  } else if (typeof type === 'string') {
    if (is(...SCALARS[type]!) && type === 'Date' && schema.format !== 'date') out.problems.push(`${where}: described as Date, the spec's format is ${schema.format ?? 'none'}`);
  } else if ('enum' in type) {
    if (!is('string')) return;
    const values: string[] = (schema.enum ?? []).filter((value: unknown) => typeof value === 'string');
    const onlySpec = values.filter((v) => !type.values.includes(v));
    const onlyDescribed = type.values.filter((v) => !values.includes(v));
    if (onlySpec.length > 0 || onlyDescribed.length > 0) {
      out.problems.push(`${where}: ${type.enum} differs from the spec's enum: only the spec has [${onlySpec.join(', ')}], only the description has [${onlyDescribed.join(', ')}]`);
    }
  } else if ('ref' in type) is('string');
  else if ('refs' in type) { if (is('array')) checkType('String', schema.items, `${where}[]`, out); }
  else if ('list' in type) { if (is('array')) checkType(type.list, schema.items, `${where}[]`, out); }
  else if ('objects' in type) {
    if (type.single) { if (is('object')) checkFields(type.fields, schema, where, out); }
    else if (is('array')) checkFields(type.fields, schema.items, `${where}[]`, out);
  } else if ('inputObjects' in type) {
    if (type.single) { if (is('object')) checkInputs(type.fields, schema, where, out); }
    else if (is('array')) checkInputs(type.fields, schema.items, `${where}[]`, out);
  } else if ('patch' in type) {
    // `{ add: [...], remove: [...] }`, each a list of what `of` describes.
    for (const side of ['add', 'remove']) {
      const list = schema.properties?.[side];
      if (list === undefined) out.problems.push(`${where}: described as a patch, the spec's schema has no ${side}`);
      else checkType(typeof type.of === 'string' ? { list: type.of } : type.of, list, `${where}.${side}`, out);
    }
  } else out.problems.push(`${where}: ${typeName(type)} has no JSON counterpart here`);
}

/** Fields against an answer's object: each a property of it, of a compatible type (the spec's other properties may go unread). */
export function checkFields(fields: readonly FieldSpec[], schema: Json, where: string, out: Report): void {
  const properties = shape(schema)?.properties ?? {};
  for (const field of fields.filter((f) => f.key !== '*')) {
    if (properties[field.key] === undefined) out.problems.push(`${where}.${field.key}: the spec's answer has no such property`);
    else checkType(field.type, properties[field.key], `${where}.${field.key}`, out);
  }
}

/** Inputs against a body schema: each a property of it, required only where the spec requires it, and every spec-required property a required input. */
export function checkInputs(inputs: readonly InputSpec[], schema: Json, where: string, out: Report, fixed: Readonly<Record<string, string>> = {}): void {
  const body = shape(schema) ?? {};
  const required: string[] = body.required ?? [];
  for (const input of inputs.filter((i) => i.key !== '*')) {
    const at = `${where}.${input.key}`;
    if (body.properties?.[input.key] === undefined) {
      out.problems.push(`${at}: the spec's request body has no such property`);
      continue;
    }
    checkType(input.type, body.properties[input.key], at, out);
    if (input.required && !required.includes(input.key)) {
      if (out.beyond[at]) out.allowed.add(at);
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

/** Query arguments (or upstream filters) against the operation's query parameters: same names and types, and (`requiredness`) the spec's requiredness. */
export function checkQuery(inputs: readonly { key: string; type: AnyType; required?: boolean }[], operation: string, out: Report, requiredness: boolean): void {
  const parameters = queryParameters(operation);
  for (const input of inputs) {
    const parameter = parameters.find((candidate) => candidate.name === input.key);
    if (parameter === undefined) out.problems.push(`${operation}?${input.key}: the spec takes no such query parameter`);
    else {
      checkType(input.type, parameter.schema, `${operation}?${input.key}`, out);
      if (requiredness && Boolean(input.required) !== Boolean(parameter.required)) out.problems.push(`${operation}?${input.key}: required ${Boolean(input.required)} here, ${Boolean(parameter.required)} in the spec`);
    }
  }
  const missing = requiredness ? parameters.filter((parameter) => parameter.required && !inputs.some((input) => input.key === parameter.name)) : [];
  for (const parameter of missing) out.problems.push(`${operation}?${parameter.name}: required by the spec, not an argument`);
}
