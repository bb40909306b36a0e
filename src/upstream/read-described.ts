/**
 * Reads an upstream object by its description, defensively: a value of the wrong type is left
 * out (a newer upstream that changes one field must not fail a query), while a missing id or a
 * missing non-null field is an UPSTREAM_ERROR, never a crash in a resolver. Older shapes the
 * description names (a field's `olderKeys`, list items given as bare strings) are read here, once,
 * so everything past this point sees the newest shape.
 */
import type { FieldSpec, ObjectListType } from '../resources/types.js';
import { UpstreamProtocolError, type UpstreamName } from './errors.js';

type Json = Record<string, unknown>;

export class DescribedReader {
  constructor(private readonly upstream: UpstreamName) {}

  fail(what: string): never {
    throw new UpstreamProtocolError(this.upstream, `an unexpected ${what}`);
  }

  object(value: unknown, what: string): Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(what);
    return value as Json;
  }

  array(value: unknown, what: string): unknown[] {
    if (!Array.isArray(value)) this.fail(what);
    return value;
  }

  /** An object with an id (`idKey`) and its described fields; what the description leaves out is dropped. */
  /** `id` is the object's id, read from `idKey` (a number id, such as a UDF version, as its text). */
  record(value: unknown, fields: readonly FieldSpec[], what: string, idKey = 'id'): Json {
    const object = this.object(value, what);
    const raw = object[idKey];
    const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
    if (typeof id !== 'string' || id === '') this.fail(`${what} (missing ${idKey})`);
    return { ...this.fields(object, fields, what), id };
  }

  fields(object: Json, fields: readonly FieldSpec[], what: string): Json {
    const read: Json = {};
    for (const spec of fields) {
      const raw = [spec.key, ...(spec.olderKeys ?? [])].map((key) => object[key]).find((candidate) => candidate !== undefined);
      const value = this.value(raw, spec, what);
      if (value !== undefined) read[spec.key] = value;
      else if (spec.nonNull && typeof spec.type === 'string') this.fail(`${what} (missing ${spec.key})`);
    }
    return read;
  }

  private value(raw: unknown, spec: FieldSpec, what: string): unknown {
    const type = spec.type;
    if (typeof type === 'string') return scalar(raw, type);
    if ('enum' in type) return typeof raw === 'string' ? raw : undefined;
    if ('list' in type) {
      const item = type.list;
      return Array.isArray(raw) ? raw.map((entry) => (typeof item === 'string' ? scalar(entry, item) : typeof entry === 'string' ? entry : undefined)).filter((entry) => entry !== undefined) : undefined;
    }
    if ('objects' in type) {
      if (type.single) return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? this.item(raw, type, what) : undefined;
      return Array.isArray(raw) ? raw.map((entry) => this.item(entry, type, what)) : undefined;
    }
    return raw;
  }

  /** One item of an object list; a bare string is its `fromString` field (older payloads listed bare IPs). */
  private item(entry: unknown, type: ObjectListType, what: string): Json {
    if (typeof entry === 'string' && type.fromString) return { [type.fromString]: entry };
    return this.fields(this.object(entry, `${what} ${type.objects}`), type.fields, `${what} ${type.objects}`);
  }
}

function scalar(value: unknown, type: string): unknown {
  switch (type) {
    case 'String':
    case 'DateTime':
    case 'Date':
    case 'UUID':
    case 'DivioId':
      return typeof value === 'string' ? value : undefined;
    case 'Int':
    case 'SafeInt':
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'Boolean':
      // The oldest ClickHouse seed documents isPrimary as a string: "true"/"false" read as booleans.
      if (value === 'true' || value === 'false') return value === 'true';
      return typeof value === 'boolean' ? value : undefined;
    default:
      return value ?? undefined;
  }
}
