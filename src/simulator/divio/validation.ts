/**
 * Serializer-style field validation with DRF's wording: every field is checked, all errors
 * are collected into one field map, and only then does the request fail with a 400. Unknown
 * body fields are ignored, as DRF does.
 */
import { invalidFields } from '../core/error.js';
import { isUuid } from '../../ids.js';

export type Body = Record<string, unknown>;


/** The real API's ids: 26 characters of lowercase base32 (`bagztldeadfdhlilnmpzx3twly`). */
const BASE32_ID_PATTERN = /^[a-z2-7]{26}$/i;
/**
 * Either form the API's ids take: base32 (every object the simulator makes) or a hyphenated UUID
 * (what the seed's renderer shows). Id fields and id filters take only these: no object has any other id.
 */
export const isIdForm = (value: string): boolean => isUuid(value) || BASE32_ID_PATTERN.test(value);

/**
 * Anything that could be an opaque id (what the gateway's DivioId scalar accepts): a path segment
 * of this form is looked up (and a miss is a 404); any other is no route at all.
 */
const OPAQUE_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
export const isOpaqueId = (value: string): boolean => OPAQUE_ID_PATTERN.test(value);

/** DRF's default messages for the field types the simulator uses. */
export const MESSAGES = {
  required: 'This field is required.',
  null: 'This field may not be null.',
  blank: 'This field may not be blank.',
  string: 'Not a valid string.',
  integer: 'A valid integer is required.',
  number: 'A valid number is required.',
  boolean: 'Must be a valid boolean.',
  url: 'Enter a valid URL.',
  maxLength: (n: number) => `Ensure this field has no more than ${n} characters.`,
  minLength: (n: number) => `Ensure this field has at least ${n} characters.`,
  minValue: (n: number) => `Ensure this value is greater than or equal to ${n}.`,
  maxValue: (n: number) => `Ensure this value is less than or equal to ${n}.`,
  maxItems: (n: number) => `Ensure this field has no more than ${n} elements.`,
  notAList: (value: unknown) => `Expected a list of items but got type "${pythonType(value)}".`,
  notADict: (value: unknown) => `Invalid data. Expected a dictionary, but got ${pythonType(value)}.`,
  choice: (value: unknown) => `"${String(value)}" is not a valid choice.`,
  /** Django's form-field wording, which django-filter reports for query parameters. */
  invalidChoice: (value: string) => `Select a valid choice. ${value} is not one of the available choices.`,
  pkType: (value: unknown) => `Incorrect type. Expected pk value, received ${pythonType(value)}.`,
  pkMissing: (value: string) => `Invalid pk "${value}" - object does not exist.`,
  /** A malformed id in an id field or filter (Django's wording for its UUIDField, with the API's ids). */
  invalidId: (value: unknown) => `“${String(value)}” is not a valid id.`,
  emptyList: 'This list may not be empty.',
  dateTime: 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
  json: 'Value must be valid JSON.',
  slug: 'Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.',
  pattern: 'This value does not match the required pattern.',
} as const;

/** The Python type name DRF puts into its messages for a JSON value. */
export function pythonType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return 'dict';
}

export class FieldErrors {
  private readonly errors: Record<string, unknown> = {};

  add(field: string, message: string): void {
    const list = this.errors[field];
    if (Array.isArray(list)) list.push(message);
    else this.errors[field] = [message];
  }

  /** A nested error structure (one entry per list item), as DRF's ListSerializer reports. */
  set(field: string, detail: unknown): void {
    this.errors[field] = detail;
  }

  /** The field map so far, or undefined when nothing failed (for nesting one map in another). */
  detail(): Record<string, unknown> | undefined {
    return Object.keys(this.errors).length > 0 ? { ...this.errors } : undefined;
  }

  throwIfAny(): void {
    const detail = this.detail();
    if (detail !== undefined) throw invalidFields(detail);
  }
}

export interface FieldOptions {
  required?: boolean;
  nullable?: boolean;
}

/** Parses a present, non-null value; records its own errors and answers undefined on failure. */
type Parse<T, O> = (raw: unknown, field: string, errors: FieldErrors, options: O) => T | undefined;

/**
 * Wraps a parser with the presence rules every field shares: absent is fine unless required,
 * null only when nullable. The reader answers undefined for absent or invalid, null for null.
 */
export function fieldReader<T, O extends FieldOptions>(parse: Parse<T, O>) {
  return (body: Body, field: string, errors: FieldErrors, options: O = {} as O): T | null | undefined => {
    const value = body[field];
    if (value === undefined) {
      if (options.required === true) errors.add(field, MESSAGES.required);
      return undefined;
    }
    if (value === null) {
      if (options.nullable === true) return null;
      errors.add(field, MESSAGES.null);
      return undefined;
    }
    return parse(value, field, errors, options);
  };
}

export interface StringOptions extends FieldOptions {
  maxLength?: number;
  minLength?: number;
  allowBlank?: boolean;
  pattern?: RegExp;
  patternMessage?: string;
}

export function checkString(value: string, field: string, errors: FieldErrors, options: StringOptions): string | undefined {
  if (value === '' && options.allowBlank !== true) {
    errors.add(field, MESSAGES.blank);
    return undefined;
  }
  const failures: string[] = [];
  if (options.maxLength !== undefined && value.length > options.maxLength) failures.push(MESSAGES.maxLength(options.maxLength));
  if (options.minLength !== undefined && value.length < options.minLength) failures.push(MESSAGES.minLength(options.minLength));
  if (options.pattern !== undefined && !options.pattern.test(value)) failures.push(options.patternMessage ?? MESSAGES.pattern);
  for (const failure of failures) errors.add(field, failure);
  return failures.length === 0 ? value : undefined;
}

/** CharField: numbers are coerced, whitespace is trimmed, then blank/length/pattern checks. */
export const readString = fieldReader<string, StringOptions>((raw, field, errors, options) => {
  if (typeof raw === 'string' || typeof raw === 'number') return checkString(String(raw).trim(), field, errors, options);
  errors.add(field, MESSAGES.string);
  return undefined;
});

/** Accepts the integral JSON numbers and numeric strings DRF's IntegerField accepts. */
export function parseInteger(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined;
  if (typeof raw === 'string' && /^\s*[-+]?\d+(\.0*)?\s*$/.test(raw)) return Number.parseInt(raw, 10);
  return undefined;
}

export function checkRange(value: number, field: string, errors: FieldErrors, min?: number, max?: number): number | undefined {
  if (min !== undefined && value < min) errors.add(field, MESSAGES.minValue(min));
  else if (max !== undefined && value > max) errors.add(field, MESSAGES.maxValue(max));
  else return value;
  return undefined;
}

export const readInteger = fieldReader<number, FieldOptions & { min?: number; max?: number }>((raw, field, errors, options) => {
  const value = parseInteger(raw);
  if (value !== undefined) return checkRange(value, field, errors, options.min, options.max);
  errors.add(field, MESSAGES.integer);
  return undefined;
});

const TRUE_VALUES = new Set<unknown>([true, 1, 't', 'T', 'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON', '1']);
const FALSE_VALUES = new Set<unknown>([false, 0, 'f', 'F', 'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF', '0']);

export const readBoolean = fieldReader<boolean, FieldOptions>((raw, field, errors) => {
  if (TRUE_VALUES.has(raw)) return true;
  if (FALSE_VALUES.has(raw)) return false;
  errors.add(field, MESSAGES.boolean);
  return undefined;
});

export function readChoice<T extends string>(
  body: Body,
  field: string,
  errors: FieldErrors,
  choices: readonly T[],
  options: FieldOptions = {},
): T | null | undefined {
  return fieldReader<T, FieldOptions>((raw) => {
    const match = choices.find((choice) => choice === raw);
    if (match === undefined) errors.add(field, MESSAGES.choice(raw));
    return match;
  })(body, field, errors, options);
}

export const readUrl = fieldReader<string, FieldOptions>((raw, field, errors, options) => {
  const value = readString({ [field]: raw }, field, errors, options);
  if (typeof value !== 'string') return undefined;
  if (/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(value)) return value;
  errors.add(field, MESSAGES.url);
  return undefined;
});
