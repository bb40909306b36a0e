/**
 * ClickHouse's reading of a described write. The members of the body that the operation's
 * InputSpecs name are checked in the description's order: presence (`required`; null counts as
 * absent there), null (`nullable`), type (strings, booleans, numbers, date-times, enums, UUID refs,
 * lists, one object or lists of objects, `{add, remove}` patches; JSON takes any value), then the
 * stated bounds (`minLength`/`maxLength`, `pattern`, `min`/`max`, `maxItems`). The first failure is
 * a 400 in the upstream's words (wording.ts). Undescribed members are dropped, as the upstream
 * ignores them. What InputSpecs cannot state (steps, plan-bound ceilings, tiers, rules across
 * fields) is the behaviours' to check. Query parameters are read the same way, from their text.
 */
import type { EnumType, InputObjectListType, InputPatchType, InputSpec, ScalarType } from '../../resources/types.js';
import { isUuid } from '../../ids.js';
import { badRequest } from '../core/error.js';
import type { Body } from './context.js';
import { wordingOf } from './wording.js';

/** An `{add, remove}` patch as read: both lists present, removals to apply first. */
export interface ListPatch<T> {
  add: T[];
  remove: T[];
}

const SCALARS: ReadonlySet<string> = new Set<ScalarType>(['String', 'Boolean', 'Int', 'SafeInt', 'Float', 'UUID', 'DateTime', 'Date', 'JSON']);

const isObject = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);

const patternOf = (spec: InputSpec): RegExp | undefined => (spec.pattern === undefined ? undefined : new RegExp(`^(?:${spec.pattern.source})$`));

/**
 * Lengths as ClickHouse states them (`1 to 50`): in a string of bounded length, a pattern that
 * refuses '' makes the floor 1 (an empty name is too short rather than ill-formed).
 */
function readString(spec: InputSpec, raw: unknown, name: string): string {
  if (typeof raw !== 'string') throw badRequest(`${name} must be a string`);
  const pattern = patternOf(spec);
  const ceiling = spec.maxLength;
  const floor = spec.minLength ?? (ceiling !== undefined && pattern !== undefined && !pattern.test('') ? 1 : 0);
  // A blank string is as empty as '' wherever a string may not be empty.
  if (raw.length < floor || (floor > 0 && raw.trim() === '') || (ceiling !== undefined && raw.length > ceiling)) {
    const rule = ceiling === undefined ? `at least ${floor}` : floor === 0 ? `at most ${ceiling}` : `${floor} to ${ceiling}`;
    throw badRequest(`${name} must be ${rule} characters long`);
  }
  if (pattern !== undefined && !pattern.test(raw)) throw badRequest(`${name} ${wordingOf(spec.key).pattern ?? spec.pattern?.message}`);
  return raw;
}

/** The bound a number missed, as the upstream words it (an integer's sole minimum of 1 reads "positive"). */
function rangeRule(spec: InputSpec): string {
  const { min, max } = spec;
  const own = wordingOf(spec.key).range;
  if (own !== undefined) return own(spec);
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  if (min === 1) return 'must be a positive integer';
  return min === undefined ? `must be lower than or equal to ${max}` : `must be greater than or equal to ${min}`;
}

function readNumber(spec: InputSpec, raw: unknown, name: string, integer: boolean): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw badRequest(`${name} must be a number`);
  if (integer && !Number.isInteger(raw)) throw badRequest(`${name} must be an integer`);
  if ((spec.min !== undefined && raw < spec.min) || (spec.max !== undefined && raw > spec.max)) throw badRequest(`${name} ${rangeRule(spec)}`);
  return raw;
}

function readChoice(type: EnumType, raw: unknown, name: string): string {
  if (typeof raw !== 'string' || !type.values.includes(raw)) throw badRequest(`${name} must be one of: ${type.values.join(', ')}`);
  return raw;
}

function readUuid(raw: unknown, name: string): string {
  if (typeof raw !== 'string' || !isUuid(raw)) throw badRequest(`${name} must be a UUID`);
  return raw;
}

function readScalar(spec: InputSpec, type: ScalarType, raw: unknown, name: string): unknown {
  switch (type) {
    case 'String':
      return readString(spec, raw, name);
    case 'Boolean':
      if (typeof raw !== 'boolean') throw badRequest(`${name} must be a boolean`);
      return raw;
    case 'UUID':
      return readUuid(raw, name);
    case 'DateTime':
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw badRequest(`${name} must be an ISO 8601 date-time`);
      return raw;
    case 'Date':
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw badRequest(`${name} must be a date, YYYY-MM-DD`);
      return raw;
    case 'JSON':
      // What the spec gives no single shape for (oneOf several objects, free-form maps): any value.
      return raw;
    default:
      return readNumber(spec, raw, name, type !== 'Float');
  }
}

/** A list of strings or of an enum's values, or of another scalar (each item read as that scalar). */
function readList(spec: InputSpec, item: ScalarType | EnumType, raw: unknown, name: string): unknown[] {
  if (Array.isArray(raw) && spec.maxItems !== undefined && raw.length > spec.maxItems) throw badRequest(`${name} must have at most ${spec.maxItems} items`);
  if (typeof item === 'string' && item !== 'String') {
    if (!Array.isArray(raw)) throw badRequest(`${name} must be an array`);
    return raw.map((value) => readScalar({ key: spec.key, type: item, description: '' }, item, value, `${name} entries`));
  }
  if (!Array.isArray(raw) || !raw.every((value) => typeof value === 'string')) throw badRequest(`${name} must be an array of strings`);
  if (typeof item === 'object') raw.forEach((value) => readChoice(item, value, `${name} entries`));
  return [...raw] as string[];
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/**
 * One object (`single`), read member by member; or a list of objects each holding its required
 * String members as non-empty strings (the upstream's words), the rest read as inputs.
 */
function readObjects(type: InputObjectListType, raw: unknown, name: string): Body | Body[] {
  if (type.single === true) {
    if (!isObject(raw)) throw badRequest(`${name} must be an object`);
    return readInputs(type.fields, raw, `${name}.`);
  }
  if (!Array.isArray(raw)) throw badRequest(`${name} must be an array`);
  const required = type.fields.filter((field) => field.required === true && field.type === 'String');
  return raw.map((item) => {
    if (!isObject(item)) throw badRequest(`${name} entries must be objects${required[0] === undefined ? '' : ` with ${article(required[0].key)} '${required[0].key}' string`}`);
    for (const { key } of required) {
      const value = item[key];
      if (typeof value !== 'string' || value.trim() === '') {
        throw badRequest(`${name} entries must have a non-empty '${key}' string${wordingOf(key).hint ?? ''}`);
      }
    }
    return readInputs(type.fields, item);
  });
}

function readPatch(type: InputPatchType, raw: unknown, name: string): ListPatch<unknown> {
  if (!isObject(raw)) throw badRequest(`${name} must be an object with 'add' and/or 'remove' arrays`);
  const items: InputSpec = { key: name, description: type.description, type: typeof type.of === 'string' ? { list: type.of } : type.of };
  const part = (member: 'add' | 'remove'): unknown[] => (raw[member] === undefined ? [] : (readValue(items, raw[member], `${name}.${member}`) as unknown[]));
  return { add: part('add'), remove: part('remove') };
}

function readValue(spec: InputSpec, raw: unknown, name: string): unknown {
  const { type } = spec;
  if (typeof type === 'string') return readScalar(spec, type as ScalarType, raw, name);
  if ('enum' in type) return readChoice(type, raw, name);
  if ('ref' in type) return readUuid(raw, name);
  if ('list' in type) return readList(spec, type.list, raw, name);
  if ('patch' in type) return readPatch(type, raw, name);
  if ('inputObjects' in type) return readObjects(type, raw, name);
  throw new Error(`${name}: the ClickHouse simulator cannot read ${JSON.stringify(type)}`);
}

/** The described members of `body`, checked; the first failure throws the upstream's 400 (nested members named after `prefix`). */
export function readInputs(specs: readonly InputSpec[], body: Body, prefix = ''): Body {
  const input: Body = {};
  for (const spec of specs) {
    const raw = body[spec.key];
    if (raw === undefined || (raw === null && spec.required === true)) {
      if (spec.required === true) throw badRequest(`${prefix}${spec.key} is required`);
      continue;
    }
    input[spec.key] = raw === null && spec.nullable === true ? null : readValue(spec, raw, `${prefix}${spec.key}`);
  }
  return input;
}

const NUMBERS: ReadonlySet<unknown> = new Set(['Int', 'SafeInt', 'Float']);

/** Query parameters read as inputs: numbers and booleans from their text, a list from every value given. */
export function readQuery(specs: readonly InputSpec[], query: URLSearchParams): Body {
  const given: Body = {};
  for (const spec of specs) {
    const values = query.getAll(spec.key).filter((value) => value !== '');
    if (values.length === 0) continue;
    const raw = values.at(-1)!;
    if (typeof spec.type === 'object' && 'list' in spec.type) given[spec.key] = values;
    else if (NUMBERS.has(spec.type) && raw.trim() !== '' && Number.isFinite(Number(raw))) given[spec.key] = Number(raw);
    else if (spec.type === 'Boolean' && (raw === 'true' || raw === 'false')) given[spec.key] = raw === 'true';
    else given[spec.key] = raw;
  }
  return readInputs(specs, given);
}

/** Fixed body members (a state command): each must be one of the values the described commands send. */
export function readFixed(fixed: Readonly<Record<string, readonly string[]>>, body: Body): Body {
  const input: Body = {};
  for (const [key, values] of Object.entries(fixed)) {
    const raw = body[key];
    if (typeof raw !== 'string' || !values.includes(raw)) throw badRequest(`${key} must be one of: ${values.map((value) => `'${value}'`).join(', ')}`);
    input[key] = raw;
  }
  return input;
}

/** Throws, naming the input, for any InputSpec the reader above cannot check (at start-up, not per request). */
export function assertReadable(specs: readonly InputSpec[], where: string): void {
  for (const spec of specs) {
    const { type } = spec;
    const name = `${where}: input ${spec.key}`;
    const fail = (what: string) => new Error(`${name}: the ClickHouse simulator cannot read ${what}`);
    if (spec.key === '*') throw fail('an open body');
    if (typeof type === 'string') {
      if (!SCALARS.has(type)) throw fail(type);
    } else if ('refs' in type) {
      throw fail('a list of references');
    } else if ('list' in type) {
      if (typeof type.list === 'string' && !SCALARS.has(type.list)) throw fail(`a list of ${type.list}`);
    } else if ('patch' in type) {
      if (typeof type.of !== 'string') assertObjects(type.of, name);
      else if (type.of !== 'String') throw fail(`a patch of ${type.of}`);
    } else if ('inputObjects' in type) {
      assertObjects(type, name);
    }
  }
}

function assertObjects(type: InputObjectListType, where: string): void {
  assertReadable(type.fields, where);
}
