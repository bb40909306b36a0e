/**
 * Divio ids in inputs: a global id of the expected type or the bare upstream id (base32 or UUID);
 * anything else is a ValidationError naming the field, before any upstream call. DRF field names
 * in upstream errors are mapped back to the input's camelCase names.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError, invalidField, toTypedError } from '../errors.js';
import { isDivioId } from '../scalars.js';

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
export async function withDivioTypedErrors<T>(run: () => Promise<T>, aliases?: Readonly<Record<string, string>>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const typed = toTypedError(error);
    if (typed instanceof InputValidationError && typed.source === 'divio') {
      throw new InputValidationError(
        typed.message,
        typed.fields.map((entry) => ({ ...entry, field: inputFieldName(entry.field, aliases) })),
        'divio',
      );
    }
    throw typed;
  }
}
