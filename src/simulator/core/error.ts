/**
 * The one error a simulator handler throws, whichever API it simulates: an HTTP status, a message,
 * headers to send with it, and (for validation failures) a field map. How it reads on the wire is
 * the API's dialect (dialect-envelope.ts for ClickHouse, dialect-drf.ts for Divio), so handlers and
 * the shared parts of the simulators never format an error body themselves.
 */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';

  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** Per-field messages (DRF's serializer errors); absent when the message alone is the error. */
    readonly fields?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/** The message of a field map, for logs: DRF itself sends only the map. */
const INVALID_FIELDS = 'Invalid input.';

export const notFound = (message = 'Not found.'): SimulatorError => new SimulatorError(404, message);
export const badRequest = (message: string): SimulatorError => new SimulatorError(400, message);
/** A 400 carrying a field map, as DRF's serializers report every invalid field at once. */
export const invalidFields = (fields: Record<string, unknown>): SimulatorError => new SimulatorError(400, INVALID_FIELDS, {}, fields);
/** A 400 about the object as a whole rather than one field (DRF's `non_field_errors`). */
export const nonFieldError = (message: string): SimulatorError => invalidFields({ non_field_errors: [message] });

/** Whole seconds to wait, at least one: what Retry-After and the messages that quote it say. */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));
