/**
 * Divio ids in inputs: a global id of the expected type or the bare upstream id (base32 or UUID);
 * anything else is a ValidationError naming the field, before any upstream call. DRF field names
 * in upstream errors are mapped back to the input's camelCase names.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError, invalidField, ResourceNotFoundError, toTypedError } from '../errors.js';
import { badUserInput } from '../../graphql-errors.js';
import { isDivioId } from '../../ids.js';

const TYPE_NAME = /^[A-Z][A-Za-z]*$/;

/** The global id's parts when `value` is one (a raw base32 id also decodes, but to no type name). */
function decodedGlobalId(value: string): { typename: string; id: string } | null {
  try {
    const decoded = decodeGlobalID(value);
    return TYPE_NAME.test(decoded.typename) && isDivioId(decoded.id) ? decoded : null;
  } catch {
    return null;
  }
}

export function divioIdFromInput(value: string | number, typename: string, field: string): string {
  const text = String(value);
  const decoded = decodedGlobalId(text);
  if (decoded?.typename === typename) return decoded.id.toLowerCase();
  if (decoded === null && isDivioId(text)) return text.toLowerCase();
  throw invalidField(field, `must be the id of a ${typename} (its global id or its Divio id)`);
}

/** A subscription's id argument: the same rule, but a bad one is BAD_USER_INPUT before anything runs. */
export function divioIdArgument(value: string | number, typename: string, argument = 'id'): string {
  try {
    return divioIdFromInput(value, typename, argument);
  } catch (error) {
    throw badUserInput((error as Error).message.replace(/^Invalid input: /, ''));
  }
}

/** Upstream (snake_case, DRF) field -> the mutation input's field. */
const FIELD_ALIASES: Record<string, string> = {
  non_field_errors: 'input',
  organisation: 'organizationId',
  application: 'applicationId',
  environment: 'environmentId',
  new_slug: 'newSlug',
  verify_name: 'verifyName',
};

export function inputFieldName(upstreamField: string, aliases: Readonly<Record<string, string>> = FIELD_ALIASES): string {
  return aliases[upstreamField] ?? FIELD_ALIASES[upstreamField] ?? upstreamField.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/** Like withTypedErrors, and renames DRF fields to the input's names (`aliases` first). */
/** DRF's answer for a reference to an object that does not exist (or is not visible). */
const MISSING_REFERENCE = /^Invalid pk "([^"]*)" - object does not exist\.$/;

/**
 * A DRF 400 whose only complaint is that referenced objects do not exist is a NotFoundError to the
 * caller (the input was well-formed; the object it names is not there), naming the input field.
 */
function missingReference(error: InputValidationError, aliases?: Readonly<Record<string, string>>): ResourceNotFoundError | null {
  const misses = error.fields.flatMap((entry) => entry.messages.map((message) => ({ field: entry.field, match: MISSING_REFERENCE.exec(message) })));
  if (misses.length === 0 || misses.some((miss) => miss.match === null)) return null;
  const first = misses[0]!;
  const field = inputFieldName(first.field, aliases);
  return new ResourceNotFoundError(`${field}: no object ${first.match![1]} exists, or it is not visible to these credentials`, first.match![1] ?? null);
}

export async function withDivioTypedErrors<T>(run: () => Promise<T>, aliases?: Readonly<Record<string, string>>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const typed = toTypedError(error);
    if (typed instanceof InputValidationError && typed.source === 'divio') {
      const notFound = missingReference(typed, aliases);
      if (notFound) throw notFound;
      throw new InputValidationError(
        typed.message,
        typed.fields.map((entry) => ({ ...entry, field: inputFieldName(entry.field, aliases) })),
        'divio',
      );
    }
    throw typed;
  }
}
