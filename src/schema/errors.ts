/**
 * Expected failures of mutations, as typed results (the `Error` interface and its object types),
 * and the conversion of upstream errors into them. Transport failures (auth, rate limit, timeouts,
 * unavailability) stay GraphQL errors with `extensions.code`.
 */
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UpstreamError,

  type FieldError,
} from '../upstream/errors.js';

/** Input that failed validation, before the upstream was called or as the upstream reported it. */
export class InputValidationError extends Error {
  override name = 'InputValidationError';
  constructor(
    message: string,
    readonly fields: FieldError[],
    /** `gateway` when caught before any upstream call, else the upstream that refused it. */
    readonly source: 'gateway' | 'clickhouse' | 'divio' = 'gateway',
  ) {
    super(message);
  }
}

/** The object a mutation names does not exist (or is not visible to these credentials). */
export class ResourceNotFoundError extends Error {
  override name = 'ResourceNotFoundError';
  constructor(
    message: string,
    readonly resourceId: string | null = null,
  ) {
    super(message);
  }
}

/** The object exists but its current state forbids the operation (e.g. deleting a running service). */
export class StateConflictError extends Error {
  override name = 'StateConflictError';
  constructor(
    message: string,
    readonly currentState: string | null = null,
  ) {
    super(message);
  }
}

/** The expected-failure classes every mutation lists in its `errors.types`. */
export const MUTATION_ERROR_TYPES = [InputValidationError, ResourceNotFoundError, StateConflictError];

/**
 * The `errors` option of a mutation field: its payload type or one of the expected failures, as
 * a union named `union` (e.g. CreateServiceResult), described after the mutation it belongs to.
 */
export function typedResult(union: string) {
  const mutation = union.charAt(0).toLowerCase() + union.slice(1).replace(/Result$/, '');
  const description = `What ${mutation} returns: its payload, or the ValidationError, NotFoundError or ConflictError saying why nothing was done.`;
  return { types: MUTATION_ERROR_TYPES, directResult: true, union: { name: union, description } } as const;
}

/** One invalid input field, as a ValidationError (the single-field case of FieldErrors). */
export function invalidField(field: string, message: string): InputValidationError {
  return new InputValidationError(`Invalid input: ${field}: ${message}`, [{ field, messages: [message] }]);
}

/** Collects field errors and throws one InputValidationError listing all of them. */
export class FieldErrors {
  private readonly errors = new Map<string, string[]>();

  add(field: string, message: string): void {
    const messages = this.errors.get(field) ?? [];
    messages.push(message);
    this.errors.set(field, messages);
  }

  throwIfAny(): void {
    if (this.errors.size === 0) return;
    const fields = [...this.errors].map(([field, messages]) => ({ field, messages }));
    const first = fields[0]!;
    const summary = fields.length === 1 ? `${first.field}: ${first.messages[0]}` : `${fields.length} fields are invalid`;
    throw new InputValidationError(`Invalid input: ${summary}`, fields);
  }
}

/**
 * Problems of a field's arguments (a view's query, a list's filter), every one at once, as one
 * BAD_USER_INPUT naming them: `Invalid <what>: ...`. Nothing is thrown when there are none.
 */
export function throwIfBadArguments(errors: FieldErrors, what: string): void {
  try {
    errors.throwIfAny();
  } catch (error) {
    if (!(error instanceof InputValidationError)) throw error;
    throw new GraphQLError(error.message.replace(/^Invalid input/, `Invalid ${what}`), { extensions: { code: 'BAD_USER_INPUT', fields: error.fields } });
  }
}

/** Turns the upstream's expected failures into the typed results above; rethrows the rest. */
export function toTypedError(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) {
    // Loaders report a missing object as a NOT_FOUND GraphQL error; in a mutation it is a result.
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') {
      return new ResourceNotFoundError(error.message);
    }
    return error;
  }
  if (error instanceof BadUserInputError) {
    const fields = error.fieldErrors.length > 0 ? error.fieldErrors : [{ field: 'input', messages: [error.message] }];
    return new InputValidationError(error.message, fields, error.upstream);
  }
  if (error instanceof NotFoundError) return new ResourceNotFoundError(error.message);
  // Another organization's object: to a mutation it simply does not exist for these credentials.
  if (error instanceof ForbiddenError) {
    return new ResourceNotFoundError('The object was not found, or is not visible to these credentials');
  }
  if (error instanceof ConflictError) return new StateConflictError(error.message);
  return error;
}

/** Runs a mutation body so that upstream validation/not-found/conflict become typed results. */
export async function withTypedErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toTypedError(error);
  }
}



const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a mutation. Query the concrete types for details.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, in English, for people (match on the type, not this text).' }) }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: 'What was wrong with one input field (dotted path from the mutation input).',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Path of the field in the input, dotted for nested fields and list positions (e.g. ipAccessList.add.0.source); `input` for the input as a whole.',
    }),
    messages: t.exposeStringList('messages', { description: 'Every problem found with that field, one sentence each.' }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'The input was invalid; nothing was changed. `fields` lists every problem found.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fields: t.field({ type: [FieldErrorRef], description: 'One entry per invalid input field.', resolve: (error) => error.fields }),
    source: t.exposeString('source', {
      description: '"gateway" when caught before any upstream call, else the upstream that refused it.',
    }),
  }),
});

builder.objectType(ResourceNotFoundError, {
  name: 'NotFoundError',
  description: 'The object named in the input does not exist or is not visible to these credentials.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    id: t.exposeID('resourceId', {
      nullable: true,
      description: 'The upstream id (UUID or Divio id) that was not found; null when the upstream did not say which.',
    }),
  }),
});

builder.objectType(StateConflictError, {
  name: 'ConflictError',
  description: 'The object is in a state that does not allow this operation.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentState: t.exposeString('currentState', {
      nullable: true,
      description: 'The state that forbade it, in the enum spelling of the object (e.g. RUNNING for a Service); null when unknown.',
    }),
  }),
});
