/**
 * Mutations from descriptions: create, update (only the given fields, sent as PATCH), delete and
 * every action, each with one `input`, a typed payload and the typed expected failures
 * (ValidationError, NotFoundError, ConflictError). Inputs are checked before any upstream call.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { ActionSpec, FieldSpec, InputSpec, ResourceDescription } from '../../resources/types.js';
import { FieldErrors, typedResult } from '../errors.js';
import { divioIdFromInput, withDivioTypedErrors } from '../divio/ids.js';
import { readId } from './coerce.js';
import { inputAliases, inputFields, toBody } from './inputs.js';
import { fieldName, mutationName, typeFieldName } from './names.js';
import { fieldEntries, nodeRef, resourceClient } from './nodes.js';
import { nudgeProgress } from './live.js';

/** What a mutation resolves to: the object it touched (by id) and the upstream answer. */
interface Outcome {
  id: string | null;
  raw: Record<string, unknown>;
}

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function payloadType(resource: ResourceDescription, operation: string, result: readonly FieldSpec[] = [], withObject = true) {
  return builder.objectRef<Outcome>(`${operation}Payload`).implement({
    description: `What ${mutationName(operation)} did.`,
    fields: (t) => ({
      ...(withObject
        ? {
            [typeFieldName(resource)]: t.field({
              type: nodeRef(resource.type),
              nullable: true,
              description: `The ${resource.type} as it is now.`,
              resolve: (outcome) => outcome.id as never,
            }),
          }
        : {}),
      // Response fields are read like object fields, from the upstream answer.
      ...(Object.fromEntries(result.flatMap((spec) => fieldEntries(t as never, spec))) as Record<string, never>),
    }),
  });
}

/** Declares one mutation: `input` of `fields` (+ `id` when it addresses an object), run, payload. */
function defineMutation(
  resource: ResourceDescription,
  operation: string,
  options: {
    description: string;
    specs: readonly InputSpec[];
    mode: 'create' | 'update';
    addressesObject: boolean;
    pathArgument?: InputSpec;
    payload: ReturnType<typeof payloadType>;
    run: (context: Context, id: string | null, body: Record<string, unknown>, input: Record<string, unknown>) => Promise<Outcome>;
  },
): void {
  const name = mutationName(operation);
  const extra = options.pathArgument ? [options.pathArgument] : [];
  const Input = builder.inputType(`${operation}Input`, {
    description: `The input of ${name}.`,
    fields: (t) => ({
      ...(options.addressesObject ? { id: t.id({ required: true, description: `The ${resource.type}: its global id or its Divio id.` }) } : {}),
      ...inputFields(t, [...extra, ...options.specs], options.mode),
    }),
  });
  const aliases = inputAliases(options.specs);
  builder.mutationField(name, (t) =>
    t.field({
      type: options.payload,
      description: options.description,
      errors: typedResult(`${operation}Result`),
      args: { input: t.arg({ type: Input, required: true, description: `What to ${name}.` }) },
      resolve: (_root, args, context) =>
        withDivioTypedErrors(async () => {
          const input = args.input as Record<string, unknown>;
          const errors = new FieldErrors();
          let id: string | null = null;
          if (options.addressesObject) {
            try {
              id = divioIdFromInput(String(input.id), resource.type, 'id');
            } catch (error) {
              errors.add('id', (error as { fields?: { messages: string[] }[] }).fields?.[0]?.messages[0] ?? 'is not a valid id');
            }
          }
          const body = toBody(options.specs, input, errors);
          if (options.pathArgument) toBody(extra, input, errors);
          if (options.mode === 'update' && Object.keys(body).length === 0) errors.add('input', 'nothing to update: give at least one field');
          errors.throwIfAny();
          const outcome = await options.run(context, id, body, input);
          if (outcome.id !== null) {
            nodeRef(resource.type).getDataloader(context).clear(outcome.id);
            nudgeProgress(resource, outcome.id, context);
          }
          return outcome;
        }, aliases) as never,
    }),
  );
}

export function defineMutations(resource: ResourceDescription): void {
  const ops = resource.operations;
  if (ops.create && resource.create) {
    defineMutation(resource, ops.create, {
      description: `Creates a ${resource.type} (${ops.create}).`,
      specs: resource.create,
      mode: 'create',
      addressesObject: false,
      payload: payloadType(resource, ops.create),
      run: async (context, _id, body) => {
        const response = asObject(await resourceClient(context).create(resource, body));
        return { id: readId(response.uuid), raw: response };
      },
    });
  }
  if (ops.update && resource.update) {
    const operation = ops.update;
    defineMutation(resource, operation, {
      description: `Changes the given fields of a ${resource.type}; the others stay as they are (${[ops.update, ops.partialUpdate].filter(Boolean).join(', ')}).`,
      specs: resource.update,
      mode: 'update',
      addressesObject: true,
      payload: payloadType(resource, operation),
      run: async (context, id, body) => ({ id, raw: asObject(await resourceClient(context).update(resource, id!, body)) }),
    });
  }
  if (ops.destroy) {
    const operation = ops.destroy.replace(/^Destroy/, 'Delete');
    const payload = builder.objectRef<Outcome>(`${operation}Payload`).implement({
      description: `What ${mutationName(operation)} did.`,
      fields: (t) => ({
        deletedId: t.id({ description: 'The global id the object had.', resolve: (outcome) => encodeGlobalID(resource.type, outcome.id!) }),
        deletedUuid: t.field({ type: 'DivioId', description: 'The Divio id the object had.', resolve: (outcome) => outcome.id! }),
      }),
    });
    defineMutation(resource, operation, {
      description: `Deletes a ${resource.type} (${ops.destroy}).`,
      specs: [],
      mode: 'create',
      addressesObject: true,
      payload,
      run: async (context, id) => {
        await resourceClient(context).destroy(resource, id!);
        return { id, raw: {} };
      },
    });
  }
  for (const action of resource.actions ?? []) defineAction(resource, action);
}

function defineAction(resource: ResourceDescription, action: ActionSpec): void {
  const onObject = action.onCollection !== true;
  defineMutation(resource, action.operation, {
    description: `${action.description} (${action.operation}${action.guessed ? '; the upstream path follows the DRF action pattern' : ''}).`,
    specs: action.input ?? [],
    mode: 'create',
    addressesObject: onObject,
    ...(action.pathArgument ? { pathArgument: action.pathArgument } : {}),
    payload: payloadType(resource, action.operation, action.result, onObject),
    run: async (context, id, body, input) => {
      const argument = action.pathArgument ? String(input[fieldName(action.pathArgument)]) : undefined;
      const response = asObject(await resourceClient(context).action(resource, action, onObject ? id : null, body, argument));
      return { id, raw: response };
    },
  });
}
