/**
 * Mutation inputs from descriptions: the GraphQL input fields of a write operation, and the
 * checks that turn a given input into the upstream body (ids decoded, lengths and emptiness
 * checked) before any upstream call. Every problem is collected into one ValidationError.
 */
import { builder } from '../../builder.js';
import type { InputPatchType, InputSpec } from '../../resources/types.js';
import type { FieldErrors } from '../errors.js';
import { divioIdFromInput } from '../divio/ids.js';
import { isDivioId } from '../../ids.js';
import { argumentName } from './names.js';
import { enumRef } from './nodes.js';

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>;

const inputObjectRefs = new Map<string, ReturnType<typeof builder.inputType>>();

export function inputType(spec: InputSpec): unknown {
  const type = spec.type;
  // Ids arrive as ID and are checked with the other fields, so one ValidationError lists them all.
  if (type === 'DivioId') return 'ID';
  if (typeof type === 'string') return type;
  if ('enum' in type) return enumRef(type);
  if ('ref' in type) return 'ID';
  if ('refs' in type) return ['ID'];
  if ('list' in type) return [typeof type.list === 'string' ? type.list : enumRef(type.list)];
  if ('patch' in type) return patchInputType(type);
  let ref = inputObjectRefs.get(type.inputObjects);
  if (!ref) {
    const fields = type.fields;
    ref = builder.inputType(type.inputObjects, { description: type.description, fields: (t) => inputFields(t, fields, 'create') });
    inputObjectRefs.set(type.inputObjects, ref);
  }
  return type.single ? ref : [ref];
}

/** `{ add, remove }` of the patched list's items (ClickHouse applies the removals first). */
function patchInputType(type: InputPatchType): unknown {
  let ref = inputObjectRefs.get(type.patch);
  if (!ref) {
    const item = typeof type.of === 'string' ? [type.of] : inputType({ key: 'item', type: type.of, description: type.of.description });
    ref = builder.inputType(type.patch, {
      description: type.description,
      fields: (t) => ({
        add: t.field({ type: item as never, description: 'Items to add, after the removals.' }),
        remove: t.field({ type: item as never, description: 'Items to remove, done before the additions.' }),
      }),
    });
    inputObjectRefs.set(type.patch, ref);
  }
  return ref;
}

/** The input's description and its described limits; `ids` says which ids a reference takes. */
export function describe(spec: InputSpec, ids = 'Global ids or Divio ids.'): string {
  let limits = spec.maxLength === undefined ? '' : ` At most ${spec.maxLength} characters.`;
  if (spec.minLength !== undefined) limits += ` At least ${spec.minLength} characters.`;
  if (spec.min !== undefined && spec.max !== undefined) limits += ` From ${spec.min} to ${spec.max}.`;
  else if (spec.min !== undefined) limits += ` At least ${spec.min}.`;
  else if (spec.max !== undefined) limits += ` At most ${spec.max}.`;
  if (spec.pattern) limits += ` Matches ${spec.pattern.source}.`;
  if (spec.maxItems !== undefined) limits += ` At most ${spec.maxItems} items.`;
  if (spec.mediaTypes) limits += ` One of ${spec.mediaTypes.join(', ')}, at most MAX_UPLOAD_BYTES.`;
  const references = typeof spec.type === 'object' && ('ref' in spec.type || 'refs' in spec.type) ? ` ${ids}` : '';
  return `${spec.description}${limits}${references}`;
}

/** Fields of an input object; on `update` nothing is required (only given fields change). */
export function inputFields(t: InputFieldBuilder, specs: readonly InputSpec[], mode: 'create' | 'update'): Record<string, never> {
  return Object.fromEntries(
    specs.map((spec) => [
      argumentName(spec),
      t.field({ type: inputType(spec) as 'String', required: mode === 'create' && spec.required === true, description: describe(spec) }),
    ]),
  ) as Record<string, never>;
}

/**
 * `{ add, remove }` with both lists present, items read like inputs; a patch that changes nothing
 * is left out (undefined), so "nothing to update" can tell.
 */
function patchBody(type: InputPatchType, value: Record<string, unknown[] | null | undefined>, errors: FieldErrors, options: BodyOptions) {
  const lists = Object.fromEntries(
    (['add', 'remove'] as const).map((list) => {
      const items = value[list] ?? [];
      const where = `${options.path}.${list}`;
      if (typeof type.of === 'string') return [list, items];
      const objects = type.of;
      return [list, items.map((item, index) => toBody(objects.fields, item as Record<string, unknown>, errors, { ...options, path: `${where}.${index}.` }))];
    }),
  ) as { add: unknown[]; remove: unknown[] };
  return lists.add.length + lists.remove.length > 0 ? lists : undefined;
}

/** Upstream key -> input field name, to name DRF field errors the way the input does. */
export function inputAliases(specs: readonly InputSpec[]): Record<string, string> {
  return Object.fromEntries(specs.map((spec) => [spec.key, argumentName(spec)]));
}

/** The Divio id an input names (global or raw); a malformed one is recorded against `path`. */
export function checkId(errors: FieldErrors, type: string, value: unknown, path: string): string | undefined {
  try {
    return divioIdFromInput(String(value), type, path);
  } catch (error) {
    const fields = (error as { fields?: { messages: string[] }[] }).fields;
    errors.add(path, fields?.[0]?.messages[0] ?? 'is not a valid id');
    return undefined;
  }
}

/** What is wrong with a given value by the seed's constraints (lengths, patterns, ranges). */
function problems(spec: InputSpec, value: unknown): string[] {
  const found: string[] = [];
  if (typeof value === 'string') {
    if (spec.required && value.trim() === '') found.push('must not be empty');
    else if (spec.maxLength !== undefined && value.length > spec.maxLength) found.push(`must be at most ${spec.maxLength} characters`);
    else if (spec.minLength !== undefined && value.length < spec.minLength) found.push(`must be at least ${spec.minLength} characters`);
    else if (spec.pattern && !new RegExp(`^(?:${spec.pattern.source})$`).test(value)) found.push(spec.pattern.message);
    if (spec.url && !URL.canParse(value)) found.push('must be an absolute URL');
  }
  if (typeof value === 'number') {
    if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
      if (spec.max === undefined) found.push(`must be at least ${spec.min}`);
      else if (spec.min === undefined) found.push(`must be at most ${spec.max}`);
      else found.push(`must be between ${spec.min} and ${spec.max}`);
    }
  }
  if (typeof spec.type === 'object' && 'enum' in spec.type && !spec.type.values.includes(value as string)) {
    found.push(`must be one of ${spec.type.values.join(', ')}`);
  }
  if (Array.isArray(value) && spec.maxItems !== undefined && value.length > spec.maxItems) found.push(`must hold at most ${spec.maxItems} items`);
  return found;
}

/**
 * The upstream body for the given input fields (absent ones stay absent; null only where the
 * upstream accepts null). `path` prefixes field names in errors (`serviceInstanceRestores.0.`).
 */
export interface BodyOptions {
  /** Prefix of field names in errors (`serviceInstanceRestores.0.`). */
  path?: string;
  maxFileBytes?: number;
  /** Reads a reference (the id the upstream takes, or undefined after recording the problem); Divio ids by default. */
  readId?: (errors: FieldErrors, type: string, value: unknown, where: string) => string | undefined;
}

export function toBody(specs: readonly InputSpec[], input: Record<string, unknown>, errors: FieldErrors, options: BodyOptions = {}): Record<string, unknown> {
  const { path = '', maxFileBytes = Number.POSITIVE_INFINITY, readId = checkId } = options;
  const body: Record<string, unknown> = {};
  for (const spec of specs) {
    const name = argumentName(spec);
    const where = `${path}${name}`;
    const value = input[name];
    if (value === undefined) continue;
    if (value === null) {
      if (spec.nullable) body[spec.key] = null;
      else errors.add(where, 'must not be null');
      continue;
    }
    const type = spec.type;
    if (spec.key === '*') {
      if (typeof value === 'object' && !Array.isArray(value)) Object.assign(body, value);
      else errors.add(where, 'must be a JSON object');
    } else if (typeof type === 'object' && 'ref' in type) {
      body[spec.key] = readId(errors, type.ref, value, where);
    } else if (typeof type === 'object' && 'refs' in type) {
      const ids = value as unknown[];
      if (spec.required && ids.length === 0) errors.add(where, 'must name at least one');
      body[spec.key] = ids.map((id, index) => readId(errors, type.refs, id, `${where}.${index}`));
    } else if (typeof type === 'object' && 'inputObjects' in type) {
      body[spec.key] = type.single
        ? toBody(type.fields, value as Record<string, unknown>, errors, { ...options, path: `${where}.` })
        : (value as Record<string, unknown>[]).map((item, index) => toBody(type.fields, item, errors, { ...options, path: `${where}.${index}.` }));
    } else if (typeof type === 'object' && 'patch' in type) {
      const patch = patchBody(type, value as Record<string, unknown[] | null | undefined>, errors, { ...options, path: where });
      if (patch) body[spec.key] = patch;
    } else if (type === 'DivioId') {
      if (isDivioId(String(value))) body[spec.key] = String(value).toLowerCase();
      else errors.add(where, 'must be a Divio id (1 to 64 letters, digits or dashes)');
    } else if (type === 'File') {
      const file = value as File;
      if (file.size === 0) errors.add(where, 'must not be an empty file');
      if (file.size > maxFileBytes) errors.add(where, `must be at most ${maxFileBytes} bytes (MAX_UPLOAD_BYTES); this file has ${file.size}`);
      if (spec.mediaTypes && !spec.mediaTypes.includes(file.type)) errors.add(where, `must be one of ${spec.mediaTypes.join(', ')} (this file is ${file.type || 'untyped'})`);
      body[spec.key] = file;
    } else if (value instanceof Date) {
      body[spec.key] = value.toISOString();
    } else {
      for (const problem of problems(spec, value)) errors.add(where, problem);
      body[spec.key] = value;
    }
  }
  return body;
}
