/**
 * Reading upstream values defensively: a value of the wrong type is null, never an error, so a
 * newer upstream that changes one field does not fail a whole query.
 */
import type { EnumType, ScalarType } from '../../resources/types.js';
import { isDivioId } from '../../ids.js';

const INT32_MAX = 2 ** 31 - 1;

export function coerceScalar(value: unknown, type: ScalarType): unknown {
  switch (type) {
    case 'String':
      return typeof value === 'string' ? value : null;
    case 'Boolean':
      return typeof value === 'boolean' ? value : null;
    case 'Int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT32_MAX ? value : null;
    case 'SafeInt':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'DateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
    case 'Date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    case 'DivioId':
      return readId(value);
    case 'JSON':
      return value === undefined ? null : value;
  }
}

/** A reference: an id string, or an object carrying `uuid` (the API embeds some). */
export function readId(value: unknown): string | null {
  const id = value && typeof value === 'object' && 'uuid' in value ? value.uuid : value;
  return typeof id === 'string' && isDivioId(id) ? id : null;
}

export function readIds(value: unknown): string[] {
  return Array.isArray(value) ? value.map(readId).filter((id): id is string => id !== null) : [];
}

/** Upstream enum text -> the GraphQL value (`in_progress` -> `IN_PROGRESS`); unknown -> UNKNOWN. */
export const UNKNOWN_ENUM_VALUE = 'UNKNOWN';

export function enumValueName(upstream: string): string {
  return upstream.replace(/[^A-Za-z0-9]+/g, '_').replace(/^(\d)/, '_$1').toUpperCase();
}

export function coerceEnum(value: unknown, type: EnumType): string | null {
  if (typeof value !== 'string') return null;
  return type.values.includes(value) ? value : UNKNOWN_ENUM_VALUE;
}
