/**
 * Scalars shared by both graphs. Each one validates what clients send, with a message that says
 * what was expected (GraphQL reports it as a coded BAD_USER_INPUT-style validation error).
 */
import { ClearingMemo } from '../lru.js';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from '../builder.js';
import { isDivioId, isUuid } from '../ids.js';


function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseUuid(value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value)) {
    throw badInput(`UUID must be a string like 123e4567-e89b-12d3-a456-426614174000`);
  }
  return value.toLowerCase();
}


function parseDivioId(value: unknown): string {
  if (typeof value !== 'string' || !isDivioId(value)) {
    throw badInput('DivioId must be 1 to 64 letters, digits or dashes, like bagztldeadfdhlilnmpzx3twly or a UUID');
  }
  return value.toLowerCase();
}

function literalString(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

builder.scalarType('UUID', {
  description: 'An RFC 4122 UUID, as the upstream APIs use for object ids.',
  serialize: (value) => String(value),
  parseValue: parseUuid,
  parseLiteral: (ast) => parseUuid(literalString(ast)),
});

builder.scalarType('DivioId', {
  description: 'A Divio object id: opaque, e.g. the 26-character base32 bagztldeadfdhlilnmpzx3twly or a UUID.',
  serialize: (value) => String(value),
  parseValue: parseDivioId,
  parseLiteral: (ast) => parseDivioId(literalString(ast)),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw badInput('DateTime must be an ISO-8601 string');
  return date;
}

/**
 * Upstream timestamps and days as answered before: a warm read serialises the same upstream
 * strings on every request. Valid ones only (an invalid one still throws every time); bounded,
 * emptied when full.
 * @default 10_000
 */
export const SERIALISED_SCALAR_CACHE_ENTRIES = 10_000;
const serialisedDateTimes = new ClearingMemo<string, string>(SERIALISED_SCALAR_CACHE_ENTRIES);
const validDates = new ClearingMemo<string, string>(SERIALISED_SCALAR_CACHE_ENTRIES);

function serialiseDateTime(value: unknown): string {
  if (typeof value === 'string') {
    const known = serialisedDateTimes.get(value);
    if (known !== undefined) return known;
  }
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
  const serialised = date.toISOString();
  if (typeof value === 'string') serialisedDateTimes.set(value, serialised);
  return serialised;
}

builder.scalarType('DateTime', {
  description: 'An ISO-8601 timestamp in UTC, e.g. 2024-05-01T12:00:00.000Z.',
  serialize: serialiseDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast)),
});

/** A calendar day, YYYY-MM-DD, that exists (2024-02-30 does not). */
function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput('Date must be a calendar day like 2024-05-01 (YYYY-MM-DD)');
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD, e.g. 2024-05-01 (as ClickHouse Cloud reports usage per day).',
  serialize: (value) => {
    const known = typeof value === 'string' ? validDates.get(value) : undefined;
    if (known !== undefined) return known;
    const day = parseDate(value);
    validDates.set(day, day);
    return day;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast)),
});

function parseSafeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw badInput('SafeInt must be an integer between -(2^53-1) and 2^53-1');
  }
  return value;
}

builder.scalarType('SafeInt', {
  description: 'An integer of up to 53 bits (byte sizes exceed the 32 bits of Int).',
  serialize: (value) => {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new GraphQLError('SafeInt cannot represent a non-integer or unsafe value');
    return number;
  },
  parseValue: parseSafeInt,
  parseLiteral: (ast) => parseSafeInt(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

function parseJsonLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(parseJsonLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, parseJsonLiteral(field.value)]));
    default:
      throw badInput('JSON literals cannot contain variables or enums');
  }
}

builder.scalarType('JSON', {
  description: 'Arbitrary JSON: an upstream structure whose shape the API does not document, passed through as the upstream sent it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: parseJsonLiteral,
});

/** yoga turns the files of a multipart request (the GraphQL multipart request spec) into File objects. */
function isFile(value: unknown): value is File {
  return typeof value === 'object' && value !== null && typeof (value as File).arrayBuffer === 'function' && typeof (value as File).size === 'number';
}

builder.scalarType('File', {
  description: 'A file sent with the request as a part of a multipart/form-data body (the GraphQL multipart request spec); input only.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar');
  },
  parseValue: (value) => {
    if (!isFile(value)) throw badInput('File must be a file part of a multipart request (the GraphQL multipart request spec)');
    return value;
  },
  parseLiteral: () => {
    throw badInput('File cannot be written in the document: send it as a multipart request variable');
  },
});
