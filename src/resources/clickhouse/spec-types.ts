/**
 * GraphQL-ready field and input descriptions from the spec's schemas: properties become fields,
 * `$ref`s objects of the schema's name (minus wire-only suffixes), string enums enums named for
 * their owner and property, and what the spec gives no single shape for (oneOf of several
 * objects, free-form objects) JSON. Bounds, patterns and requiredness come along for inputs.
 */
import type { EnumType, FieldSpec, FieldType, InputObjectListType, InputSpec, ObjectListType, ScalarType } from '../types.js';
import { refName, resolved, shapeOf, type SchemaObject } from './spec.js';
import { DIVIO_RESOURCES } from '../divio/index.js';

const pascal = (name: string): string => name.replace(/(^|[_\s-])([a-z0-9])/g, (_, _sep: string, char: string) => char.toUpperCase()).replace(/^[a-z]/, (char) => char.toUpperCase());

/** Type names a Divio type already holds: a ClickHouse type of that name takes the prefix `ClickHouse` (API.md). */
const TAKEN_BY_DIVIO: ReadonlySet<string> = new Set(DIVIO_RESOURCES.map((resource) => resource.type));

/** A spec schema's GraphQL name: wire-only parts dropped (`RBACRole` -> `Role`, `…Response`, `…APIEndpoint`). */
export function typeName(schemaName: string): string {
  const name = schemaName
    .replace(/^RBAC/, '')
    .replace(/APIEndpoint$/, 'Endpoint')
    .replace(/Response$/, '')
    .replace(/^pg/, 'Postgres');
  const cased = pascal(name);
  return TAKEN_BY_DIVIO.has(cased) ? `ClickHouse${cased}` : cased;
}

/** A GraphQL name for a property the spec spells otherwise (`exponential histogram`). */
const graphqlName = (key: string): { name?: string } => {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return {};
  const name = key.replace(/[^A-Za-z0-9]+(.)?/g, (_, char: string | undefined) => (char ? char.toUpperCase() : '')).replace(/^(\d)/, '_$1');
  return { name };
};

const types = (schema: SchemaObject): string[] => (schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type]);

/** `oneOf`/`anyOf` of one schema and null reads as that schema; several shapes have none. */
function single(schema: SchemaObject): SchemaObject | undefined {
  const variants = schema.oneOf ?? schema.anyOf;
  if (!variants) return schema;
  const shapes = variants.filter((variant) => !types(variant).includes('null') || types(variant).length > 1);
  return shapes.length === 1 ? shapes[0] : undefined;
}

const enums = new Map<string, EnumType>();

function enumOf(name: string, values: readonly unknown[]): EnumType {
  const strings = values.filter((value): value is string => typeof value === 'string');
  const existing = enums.get(name);
  // One name, one set of values: a request taking fewer values than the answer gives has its own enum.
  if (existing && existing.values.join() === strings.join()) return existing;
  if (existing) return enumOf(`${name}Input`, values);
  const type: EnumType = { enum: name, description: `A ${name} value of the ClickHouse Cloud API.`, values: strings, meanings: {} };
  enums.set(name, type);
  return type;
}

function scalarOf(schema: SchemaObject): ScalarType | undefined {
  const kind = types(schema).find((type) => type !== 'null');
  if (kind === 'string') return schema.format === 'date-time' ? 'DateTime' : schema.format === 'date' ? 'Date' : 'String';
  if (kind === 'integer') return 'SafeInt';
  if (kind === 'number') return 'Float';
  if (kind === 'boolean') return 'Boolean';
  return undefined;
}

/** The output type of one property of `owner` (a GraphQL type name). */
function outputType(raw: SchemaObject, owner: string, property: string): FieldType {
  const schema = single(raw) ?? raw;
  const target = shapeOf(schema);
  if (target.enum && types(target).includes('string')) return enumOf(`${owner}${pascal(property)}`, target.enum);
  if (target.properties && Object.keys(target.properties).length > 0) {
    const name = refName(schema) ? typeName(refName(schema)!) : `${owner}${pascal(property)}`;
    return objectType(name, target);
  }
  if (types(target).includes('array') && target.items) {
    const item = outputType(target.items, owner, property);
    if (typeof item === 'object' && 'objects' in item) return { ...item, single: false };
    if (typeof item === 'string' && item !== 'JSON') return { list: item };
    if (typeof item === 'object' && 'enum' in item) return { list: item };
    return 'JSON';
  }
  return scalarOf(target) ?? 'JSON';
}

const objectTypes = new Map<string, ObjectListType | 'building'>();

/** One nested object type per name; a schema that contains itself is JSON where it recurs. */
function objectType(name: string, schema: SchemaObject): FieldType {
  const known = objectTypes.get(name);
  if (known === 'building') return 'JSON';
  if (known) return known;
  objectTypes.set(name, 'building');
  const type: ObjectListType = { objects: name, description: `${name}, as the ClickHouse Cloud API gives it.`, fields: outputFields(schema, name), single: true };
  objectTypes.set(name, type);
  return type;
}

/** Every property of an object schema, as fields of the GraphQL type `owner`. */
export function outputFields(schema: SchemaObject, owner: string): FieldSpec[] {
  const target = shapeOf(schema);
  return Object.entries(target.properties ?? {}).map(([key, property]) => ({
    key,
    ...graphqlName(key),
    type: outputType(property, owner, key),
    description: `${pascal(key).replace(/([a-z])([A-Z])/g, "$1 $2")}, as the spec's ${owner}.${key} gives it.`,
  }));
}

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const inputTypes = new Map<string, InputObjectListType | 'building'>();

/** The input type of one property; nested objects are input objects named `<Name>Input`. */
function inputOf(raw: SchemaObject, owner: string, property: string): InputSpec['type'] {
  const schema = single(raw) ?? raw;
  const target = shapeOf(schema);
  if (target.enum && types(target).includes('string')) return enumOf(`${owner}${pascal(property)}`, target.enum);
  if (target.properties && Object.keys(target.properties).length > 0) {
    const name = `${refName(schema) ? typeName(refName(schema)!) : `${owner}${pascal(property)}`}Input`;
    const known = inputTypes.get(name);
    if (known === 'building') return 'JSON';
    if (known) return known;
    inputTypes.set(name, 'building');
    const type = { inputObjects: name, description: `${name.replace(/Input$/, '')}, as the ClickHouse Cloud API takes it.`, fields: inputSpecs(target, name.replace(/Input$/, '')), single: true };
    inputTypes.set(name, type);
    return type;
  }
  if (types(target).includes('array') && target.items) {
    const item = inputOf(target.items, owner, property);
    if (typeof item === 'object' && 'inputObjects' in item) return { ...item, single: false };
    if (typeof item === 'string' && item !== 'JSON' && item !== 'File') return { list: item as ScalarType };
    if (typeof item === 'object' && 'enum' in item) return { list: item };
    return 'JSON';
  }
  const scalar = scalarOf(target);
  return scalar === 'SafeInt' ? 'Int' : (scalar ?? 'JSON');
}

/** Every property of a request schema, with the spec's requiredness, bounds and patterns. */
export function inputSpecs(schema: SchemaObject, owner: string): InputSpec[] {
  const target = shapeOf(schema);
  const required = new Set(target.required ?? []);
  return Object.entries(target.properties ?? {}).map(([key, raw]) => {
    const property = resolved(single(raw) ?? raw);
    const pattern = property.pattern ?? (property.format === 'uuid' ? UUID_PATTERN : undefined);
    return {
      key,
      ...graphqlName(key),
      type: inputOf(raw, owner, key),
      description: `${pascal(key).replace(/([a-z])([A-Z])/g, "$1 $2")}, as the spec's ${owner}.${key} gives it.`,
      ...(required.has(key) ? { required: true } : {}),
      ...(types(property).includes('null') ? { nullable: true } : {}),
      ...(property.minimum !== undefined ? { min: property.minimum } : {}),
      ...(property.maximum !== undefined ? { max: property.maximum } : {}),
      ...(property.minLength !== undefined ? { minLength: property.minLength } : {}),
      ...(property.maxLength !== undefined ? { maxLength: property.maxLength } : {}),
      ...(property.maxItems !== undefined ? { maxItems: property.maxItems } : {}),
      ...(pattern ? { pattern: { source: pattern, message: property.format === 'uuid' ? 'must be a UUID' : `must match ${pattern}` } } : {}),
    };
  });
}

export type { ObjectListType };
