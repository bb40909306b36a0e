/**
 * Serializer-style validation of a described write: every InputSpec of the operation is read from
 * the body with DRF's wording (required, null, length, choices, references, lists, date-times), all
 * errors are collected into one field map, and the valid values come back normalised (trimmed
 * strings, lower-cased ids, DRF-printed date-times). Unknown body fields are ignored, as DRF does.
 */
import type { EnumType, InputObjectListType, InputSpec, ScalarType } from '../../resources/types.js';
import { isoDateTime } from './wire.js';
import {
  FieldErrors,
  MESSAGES,
  fieldReader,
  isIdForm,
  isOpaqueId,
  readBoolean,
  readChoice,
  readInteger,
  readString,
  readUrl,
  type Body,
  type FieldOptions,
} from './validation.js';

/** Validated values by upstream key; `*` holds a whole open-object body. */
export type Input = Record<string, unknown>;

/** The key of an input that takes the whole body as an open JSON object (AdditionalDomainAction). */
export const OPEN_BODY_KEY = '*';

export interface InputRules {
  /** Whether `id` names an object of GraphQL type `type` the token may see. */
  exists: (type: string, id: string) => boolean;
  /** Whether an absent field is an error (create, PUT's required fields); PATCH requires none. */
  required: (spec: InputSpec) => boolean;
}

type RefOptions = FieldOptions & { exists: (id: string) => boolean };

/** A PrimaryKeyRelatedField over opaque ids: any string is looked up, and must name a visible object. */
function checkRef(raw: unknown, exists: (id: string) => boolean): { id: string } | { error: string } {
  if (typeof raw !== 'string') return { error: MESSAGES.pkType(raw) };
  const id = raw.toLowerCase();
  return isOpaqueId(raw) && exists(id) ? { id } : { error: MESSAGES.pkMissing(raw) };
}

const readRef = fieldReader<string, RefOptions>((raw, field, errors, options) => {
  const checked = checkRef(raw, options.exists);
  if ('id' in checked) return checked.id;
  errors.add(field, checked.error);
  return undefined;
});

/** ManyRelatedField: a list (not empty when required) whose first bad id is reported. */
const readRefList = fieldReader<string[], RefOptions>((raw, field, errors, options) => {
  if (!Array.isArray(raw)) {
    errors.add(field, MESSAGES.notAList(raw));
    return undefined;
  }
  if (raw.length === 0 && options.required === true) {
    errors.add(field, MESSAGES.emptyList);
    return undefined;
  }
  const ids: string[] = [];
  for (const item of raw) {
    const checked = checkRef(item, options.exists);
    if ('error' in checked) {
      errors.add(field, checked.error);
      return undefined;
    }
    if (!ids.includes(checked.id)) ids.push(checked.id);
  }
  return ids;
});

/** django.utils.dateparse's datetime_re: date, `T` or space, time, optional fraction and offset. */
const DATE_TIME_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d*)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const MINUTE_MS = 60_000;
const MICROSECOND_DIGITS = 6;
const MICROSECONDS_PER_MS = 1000;

/** Epoch millis of an ISO 8601 date-time as DRF reads it; naive times are UTC (the API's zone). */
export function parseDateTime(text: string): number | undefined {
  const match = DATE_TIME_PATTERN.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const micros = Number((match[7] ?? '').padEnd(MICROSECOND_DIGITS, '0'));
  const local = Date.UTC(year!, month! - 1, day!, hour, minute, second, Math.floor(micros / MICROSECONDS_PER_MS));
  const check = new Date(local);
  // Date.UTC rolls 31 February into March; Django refuses it.
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour || check.getUTCMinutes() !== minute) {
    return undefined;
  }
  const zone = match[8];
  if (zone === undefined || zone === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return local - sign * offsetMinutes * MINUTE_MS;
}

const readDateTime = fieldReader<string, FieldOptions>((raw, field, errors) => {
  const ms = typeof raw === 'string' ? parseDateTime(raw) : undefined;
  if (ms !== undefined) return isoDateTime(ms);
  errors.add(field, MESSAGES.dateTime);
  return undefined;
});

/** A JSONField: any JSON value, copied so later changes to the record never reach the caller. */
const readJson = fieldReader<unknown, FieldOptions>((raw) => structuredClone(raw));

const readNumber = fieldReader<number, FieldOptions>((raw, field, errors) => {
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  errors.add(field, MESSAGES.number);
  return undefined;
});

/** An id field that names no object it checks (a region, a plan group): any well-formed id. */
const readId = fieldReader<string, FieldOptions>((raw, field, errors) => {
  if (typeof raw === 'string' && isIdForm(raw)) return raw.toLowerCase();
  errors.add(field, MESSAGES.invalidId(raw));
  return undefined;
});

/** A ListField of scalars or choices: a list of at most `maxItems` whose items are kept (choices checked). */
function readList(body: Body, spec: InputSpec, item: ScalarType | EnumType, errors: FieldErrors, options: FieldOptions) {
  return fieldReader<unknown[], FieldOptions>((raw, field) => {
    if (!Array.isArray(raw)) {
      errors.add(field, MESSAGES.notAList(raw));
      return undefined;
    }
    if (spec.maxItems !== undefined && raw.length > spec.maxItems) {
      errors.add(field, MESSAGES.maxItems(spec.maxItems));
      return undefined;
    }
    const invalid = typeof item === 'object' ? raw.find((value) => !item.values.includes(value as string)) : undefined;
    if (invalid === undefined) return structuredClone(raw);
    errors.add(field, MESSAGES.choice(invalid));
    return undefined;
  })(body, spec.key, errors, options);
}

/** A nested many=True serializer: each item checked against its own specs, errors per item. */
function readObjectList(body: Body, spec: InputSpec, type: InputObjectListType, errors: FieldErrors, rules: InputRules) {
  return fieldReader<Input[], FieldOptions>((raw, field) => {
    if (!Array.isArray(raw)) {
      errors.set(field, { non_field_errors: [MESSAGES.notAList(raw)] });
      return undefined;
    }
    const items = raw.map((item) => {
      const itemErrors = new FieldErrors();
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        itemErrors.add('non_field_errors', MESSAGES.notADict(item));
        return { value: {}, errors: itemErrors.detail() };
      }
      const value = readInputs(type.fields, item as Body, itemErrors, { ...rules, required: (inner) => inner.required === true });
      return { value, errors: itemErrors.detail() };
    });
    if (items.every((item) => item.errors === undefined)) return items.map((item) => item.value);
    errors.set(field, items.map((item) => item.errors ?? {}));
    return undefined;
  })(body, spec.key, errors, {});
}

/** Django's SlugField pattern, which its own message explains. */
const SLUG_SOURCE = '[-a-zA-Z0-9_]+';

/**
 * What the upstream says when a string misses its pattern: Django's words (its SlugField's, else
 * RegexValidator's), not the description's, which are the gateway's words for its own users.
 */
const patternMessage = (source: string): string => (source === SLUG_SOURCE ? MESSAGES.slug : MESSAGES.pattern);

function readOne(body: Body, spec: InputSpec, errors: FieldErrors, rules: InputRules): unknown {
  const options: FieldOptions = { required: rules.required(spec), nullable: spec.nullable === true };
  const { type, key } = spec;
  if (typeof type === 'object') {
    if ('enum' in type) return readChoice(body, key, errors, type.values, options);
    if ('ref' in type) return readRef(body, key, errors, { ...options, exists: (id) => rules.exists(type.ref, id) });
    if ('refs' in type) return readRefList(body, key, errors, { ...options, exists: (id) => rules.exists(type.refs, id) });
    if ('list' in type) return readList(body, spec, type.list, errors, options);
    if ('patch' in type) throw new Error(`${key}: Divio takes no list patches`);
    return readObjectList(body, spec, type, errors, rules);
  }
  switch (type) {
    case 'String': {
      if (spec.url === true) return readUrl(body, key, errors, options);
      const pattern = spec.pattern === undefined ? {} : { pattern: new RegExp(`^(?:${spec.pattern.source})$`), patternMessage: patternMessage(spec.pattern.source) };
      return readString(body, key, errors, { ...options, maxLength: spec.maxLength, ...pattern });
    }
    case 'Boolean':
      return readBoolean(body, key, errors, options);
    case 'Int':
    case 'SafeInt':
      return readInteger(body, key, errors, { ...options, min: spec.min, max: spec.max });
    case 'Float':
      return readNumber(body, key, errors, options);
    case 'DateTime':
      return readDateTime(body, key, errors, options);
    case 'DivioId':
      return readId(body, key, errors, options);
    case 'JSON':
      return readJson(body, key, errors, options);
  }
}

/** Reads every spec; the result holds only the fields that were given and valid (null included). */
export function readInputs(specs: readonly InputSpec[], body: Body, errors: FieldErrors, rules: InputRules): Input {
  const input: Input = {};
  for (const spec of specs) {
    if (spec.key === OPEN_BODY_KEY) {
      input[OPEN_BODY_KEY] = structuredClone(body);
      continue;
    }
    const value = readOne(body, spec, errors, rules);
    if (value !== undefined) input[spec.key] = value;
  }
  return input;
}
