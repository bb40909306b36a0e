/**
 * Values shaped by the spec's schemas, for whatever the simulator answers without a hand-written
 * shape: a schema's default value (its const or first enum value; null where it may be null; the
 * minimum, 0, false, [] or `minItems` items; a string its format, pattern and length take; an
 * object's required members and those of one possible value, and for a made-up answer every plain
 * member where it names none required), whether a value
 * fits a schema, which variant of a oneOf a value is, and a value cut down to a schema's members.
 * Each is written once and driven by the schema alone.
 */
import { randomUUID } from 'node:crypto';
import { resolved, SPEC_OPERATIONS, type SchemaObject } from '../../resources/clickhouse/spec.js';
import type { ResourceDescription } from '../../resources/types.js';
import { isoSeconds } from './dto.js';

export type Json = Record<string, unknown>;

/** Keywords the spec uses that the extract's type leaves out. */
interface Schema extends SchemaObject {
  const?: unknown;
  default?: unknown;
  exclusiveMinimum?: number;
  multipleOf?: number;
  minItems?: number;
  minProperties?: number;
  additionalProperties?: boolean | SchemaObject;
}

/** Deep enough for every schema of the spec; deeper recursion is a schema that contains itself. */
const MAX_DEPTH = 10;
const full = (schema: SchemaObject): Schema => resolved(schema) as Schema;
export const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (schema: SchemaObject): string[] => (schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type]);
const isNullSchema = (schema: Schema): boolean => typesOf(schema).length === 1 && typesOf(schema)[0] === 'null';
const nullable = (schema: Schema): boolean => typesOf(schema).includes('null') || (schema.oneOf ?? schema.anyOf ?? []).some((variant) => isNullSchema(full(variant)));

/** The variants of a oneOf/anyOf other than null, or undefined for a schema of one shape. */
function variantsOf(schema: Schema): Schema[] | undefined {
  const variants = schema.oneOf ?? schema.anyOf;
  return variants?.map(full).filter((variant) => !isNullSchema(variant));
}

/** An allOf as one schema: its parts' members, requirements and patterns together. */
function merged(schema: Schema): Schema {
  const parts = (schema.allOf ?? []).map(full);
  return {
    ...Object.assign({}, ...parts),
    ...schema,
    allOf: undefined,
    properties: Object.assign({}, ...parts.map((part) => part.properties), schema.properties),
    required: [...parts.flatMap((part) => part.required ?? []), ...(schema.required ?? [])],
  };
}

function inRange(value: number, schema: Schema): boolean {
  return !(schema.minimum !== undefined && value < schema.minimum) && !(schema.maximum !== undefined && value > schema.maximum) && !(schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum);
}

function fitsObject(value: Json, schema: Schema, depth: number): boolean {
  const properties = schema.properties ?? {};
  if ((schema.required ?? []).some((key) => value[key] === undefined)) return false;
  if (schema.additionalProperties === false && Object.keys(value).some((key) => properties[key] === undefined)) return false;
  return Object.entries(value).every(([key, member]) => properties[key] === undefined || fits(member, properties[key], depth + 1));
}

function fitsType(value: unknown, type: string, schema: Schema, depth: number): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value) && inRange(value as number, schema);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && inRange(value, schema);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && (schema.items === undefined || value.every((item) => fits(item, schema.items!, depth + 1)));
    default:
      return isJson(value) && fitsObject(value, schema, depth);
  }
}

/** Whether a value has the schema's shape: types, consts, enums, ranges, required and closed members (formats and patterns aside). */
export function fits(value: unknown, raw: SchemaObject, depth = 0): boolean {
  const schema = full(raw);
  if (depth > MAX_DEPTH) return true;
  if ('const' in schema) return value === schema.const;
  if (schema.enum) return schema.enum.includes(value) || (value === null && nullable(schema));
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.some((variant) => fits(value, variant, depth + 1));
  if (schema.allOf) return fits(value, merged(schema), depth + 1);
  const types = typesOf(schema);
  if (types.length === 0) return schema.properties === undefined || (isJson(value) && fitsObject(value, schema, depth));
  return types.some((type) => fitsType(value, type, schema, depth));
}

/** The variant a value is (the first it fits, else the one naming most of its members), or the first. */
function variantFor(variants: readonly Schema[], like: unknown): Schema {
  const fitting = variants.find((variant) => like !== undefined && fits(like, variant));
  if (fitting || !isJson(like)) return fitting ?? variants[0]!;
  const named = (variant: Schema) => Object.keys(like).filter((key) => variant.properties?.[key] !== undefined).length;
  return [...variants].sort((a, b) => named(b) - named(a))[0]!;
}

/** A oneOf's shapes (a request body the descriptions cannot list inputs for), or undefined for a schema of one shape. */
export const shapesOf = (raw: SchemaObject): readonly SchemaObject[] | undefined => variantsOf(full(raw));

/** Candidate strings, tried in order against a pattern and bounds. */
const CANDIDATES = ['', 'example', 'Example1', 'example_1', 'a', '0', 'example.com'];
const FORMATS: Readonly<Record<string, (now: number) => string>> = {
  'date-time': (now) => isoSeconds(now),
  date: (now) => isoSeconds(now).slice(0, 10),
  uuid: () => randomUUID(),
  email: () => 'user@example.com',
  uri: () => 'https://example.com',
  ipv4: () => '192.0.2.1',
};

function pattern(source: string | undefined): RegExp | undefined {
  try {
    return source === undefined ? undefined : new RegExp(source);
  } catch {
    return undefined;
  }
}

/** A string its format takes, else a candidate its patterns and bounds take; an id-named string is a UUID. */
function stringValue(schema: Schema, now: number, key: string | undefined): string {
  const format = schema.format === undefined ? undefined : FORMATS[schema.format];
  if (format) return format(now);
  if (key !== undefined && /(^id|Id)$/.test(key) && schema.pattern === undefined) return randomUUID();
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((part) => full(part).pattern)].map(pattern).filter((regex) => regex !== undefined);
  const min = schema.minLength ?? 0;
  for (const candidate of CANDIDATES) {
    const text = candidate.padEnd(min, 'x');
    if (text.length <= (schema.maxLength ?? Infinity) && patterns.every((regex) => regex.test(text))) return text;
  }
  return 'x'.repeat(min);
}

function numberValue(schema: Schema, integer: boolean): number {
  let value = schema.minimum ?? (schema.exclusiveMinimum === undefined ? 0 : schema.exclusiveMinimum + 1);
  if (schema.maximum !== undefined && value > schema.maximum) value = schema.maximum;
  if (schema.multipleOf !== undefined) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.ceil(value) : value;
}

/** Filled (with `fill`) on an object naming no requirement: plain, current members (not optional timestamps). */
function plainMember(raw: SchemaObject): boolean {
  const schema = full(raw);
  if (schema.deprecated === true || schema.format === 'date-time' || schema.oneOf || schema.anyOf) return false;
  return typesOf(schema).some((type) => ['string', 'number', 'integer', 'boolean', 'array'].includes(type));
}

/** How a default is made: `like` picks a oneOf's variant (the one a body is); `fill` adds every plain member where an object names none required. */
export interface ValueOptions {
  like?: unknown;
  fill?: boolean;
}

/** A member of one possible value (a const, a one-value enum): what tells a oneOf's variants apart, always filled. */
function fixedMember(raw: SchemaObject): boolean {
  const schema = full(raw);
  return 'const' in schema || (schema.enum?.length === 1 && !nullable(schema));
}

function objectValue(schema: Schema, now: number, options: ValueOptions, depth: number): Json {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const filled = (key: string) => required.has(key) || fixedMember(properties[key]!) || (options.fill === true && schema.required === undefined && plainMember(properties[key]!));
  const keys = Object.keys(properties).filter(filled);
  const missing = Math.max(0, (schema.minProperties ?? 0) - keys.length);
  keys.push(...Object.keys(properties).filter((key) => !keys.includes(key)).slice(0, missing));
  const inner = { fill: options.fill };
  const value: Json = Object.fromEntries(keys.map((key) => [key, valueOf(properties[key]!, now, inner, depth + 1, key)]));
  if (Object.keys(value).length < (schema.minProperties ?? 0) && isJson(schema.additionalProperties)) {
    value.key = valueOf(schema.additionalProperties, now, inner, depth + 1);
  }
  return value;
}

function valueOf(raw: SchemaObject, now: number, options: ValueOptions, depth: number, key?: string): unknown {
  const schema = full(raw);
  if ('const' in schema) return schema.const;
  if (schema.default !== undefined && fits(schema.default, schema)) return schema.default;
  if (nullable(schema) || depth > MAX_DEPTH) return null;
  if (schema.enum) return schema.enum[0];
  const variants = variantsOf(schema);
  if (variants) return variants.length === 0 ? null : valueOf(variantFor(variants, options.like), now, options, depth + 1, key);
  if (schema.allOf) return valueOf(merged(schema), now, options, depth + 1, key);
  const type = typesOf(schema).find((name) => name !== 'null') ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object':
      return objectValue(schema, now, options, depth);
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => valueOf(schema.items ?? {}, now, { fill: options.fill }, depth + 1));
    case 'string':
      return stringValue(schema, now, key);
    case 'integer':
    case 'number':
      return numberValue(schema, type === 'integer');
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** The schema's default value (see the file's comment); a member named `id` or `…Id` is a fresh UUID. */
export function specValue(raw: SchemaObject, now: number, options: ValueOptions = {}): unknown {
  return valueOf(raw, now, options, 0);
}

/** A member as its schema takes it: shaped (objects, lists of them), or undefined when it does not fit. */
function shapedMember(value: unknown, raw: SchemaObject, now: number, depth: number): unknown {
  const schema = full(raw);
  if (depth > MAX_DEPTH || fits(value, schema)) return value;
  const shaped = Array.isArray(value) && schema.items ? value.map((item) => shapedMember(item, schema.items!, now, depth + 1)) : isJson(value) ? shapeTo(value, schema, now, depth + 1) : undefined;
  return shaped !== undefined && fits(shaped, schema) ? shaped : undefined;
}

/**
 * A value as a schema answers it: an object keeps only the members the schema (or the variant it
 * is) names, each shaped the same way (dropped when it cannot fit), and gets the required ones it
 * lacks as their defaults (a new schedule entry its id).
 */
export function shapeTo(value: unknown, raw: SchemaObject, now: number, depth = 0): unknown {
  let schema = full(raw);
  if (schema.allOf) schema = merged(schema);
  const variants = variantsOf(schema);
  if (variants && variants.length > 0) schema = variantFor(variants, value);
  if (!isJson(value) || schema.properties === undefined) return value;
  const properties = schema.properties;
  const shaped: Json = {};
  for (const [key, property] of Object.entries(properties)) {
    const member = value[key] === undefined ? undefined : shapedMember(value[key], property, now, depth);
    if (member !== undefined) shaped[key] = member;
  }
  for (const key of schema.required ?? []) {
    if (shaped[key] === undefined) shaped[key] = valueOf(properties[key] ?? {}, now, {}, 1, key);
  }
  return shaped;
}

/** The items' schema of a list answer: an array's items, or those under the description's `listKey`. */
export function itemSchema(result: SchemaObject, listKey?: string): SchemaObject {
  const schema = full(result);
  if (schema.items) return schema.items;
  return (listKey === undefined ? undefined : full(schema.properties?.[listKey] ?? {}).items) ?? result;
}

const objectSchemas = new Map<ResourceDescription, SchemaObject>();

/** The schema of one object of a group: its get's answer, or its list's items. */
export function objectSchemaOf(resource: ResourceDescription): SchemaObject {
  const known = objectSchemas.get(resource);
  if (known) return known;
  const read = [resource.operations.get, resource.operations.list].map((id) => (id === undefined ? undefined : SPEC_OPERATIONS.get(id))).find((op) => op?.result);
  if (read?.result === undefined) throw new Error(`The ClickHouse spec gives no shape for a ${resource.type}`);
  const schema = read.operationId === resource.operations.get ? read.result : itemSchema(read.result, resource.listKey);
  objectSchemas.set(resource, schema);
  return schema;
}

/** The schema of one member of an object schema (any value's where it names none). */
export const memberOf = (raw: SchemaObject, key: string): SchemaObject => full(raw).properties?.[key] ?? {};

/** The members an object schema names (every variant's, for a oneOf). */
export function memberNames(raw: SchemaObject): string[] {
  const schema = full(raw);
  const parts = [schema, ...(variantsOf(schema) ?? []), ...(schema.allOf ?? []).map(full)];
  return [...new Set(parts.flatMap((part) => Object.keys(part.properties ?? {})))];
}

/** Whether two schemas are the same object of the spec (a command answering the object it changes). */
export const sameSchema = (a: SchemaObject | undefined, b: SchemaObject): boolean => a !== undefined && full(a) === full(b);
