/**
 * Divio ids in mutation inputs: a global id of the expected type or a bare UUID; anything else is
 * a ValidationError naming the field, before any upstream call. DRF field names in upstream
 * errors are mapped back to the input's camelCase names.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError, invalidField, toTypedError } from '../errors.js';
import { isUuid } from '../scalars.js';

export function divioIdFromInput(value: string | number, typename: string, field: string): string {
  const text = String(value);
  if (isUuid(text)) return text.toLowerCase();
  try {
    const decoded = decodeGlobalID(text);
    if (decoded.typename === typename && isUuid(decoded.id)) return decoded.id.toLowerCase();
  } catch {
    // fall through to the validation error
  }
  throw invalidField(field, `must be the id of a ${typename} (or its UUID)`);
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

export function inputFieldName(upstreamField: string): string {
  return FIELD_ALIASES[upstreamField] ?? upstreamField.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/** Like withTypedErrors, and renames DRF fields to the input's names. */
export async function withDivioTypedErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const typed = toTypedError(error);
    if (typed instanceof InputValidationError && typed.source === 'divio') {
      throw new InputValidationError(
        typed.message,
        typed.fields.map((entry) => ({ ...entry, field: inputFieldName(entry.field) })),
        'divio',
      );
    }
    throw typed;
  }
}
