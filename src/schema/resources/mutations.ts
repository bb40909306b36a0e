/**
 * Mutations from descriptions: create, update (only the given fields, sent as PATCH), delete and
 * every action, each with one `input`, a typed payload and the typed expected failures
 * (ValidationError, NotFoundError, ConflictError). Inputs are checked before any upstream call.
 */
import type { Query } from '../../upstream/divio/client.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import type { ActionSpec, FieldSpec, InputSpec, ResourceDescription } from '../../resources/types.js';
import { FieldErrors, typedResult } from '../errors.js';
import { withDivioTypedErrors } from '../divio/ids.js';
import { readId } from './coerce.js';
import { checkId, inputAliases, inputFields, toBody } from './inputs.js';
import { nudgeWatchers } from './live.js';
import { argumentName, fieldName, loadOperation, mutationName, operationName, typeFieldName } from './names.js';
import { divioCalls } from '../operation-names.js';
import { fieldEntries, nodeRef, resourceClient } from './nodes.js';

/** What a mutation resolves to: the object for the payload (by id), the subject, the upstream answer. */
interface Outcome {
  id: string | null;
  subject: string | null;
  raw: Record<string, unknown>;
}

type PayloadObject = NonNullable<ActionSpec['payloadObject']>;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `collection`: an action on no object; its payload is only what the upstream answered. */
function payloadType(resource: ResourceDescription, operation: string, result: readonly FieldSpec[] = [], object: PayloadObject | 'deleted' | 'collection' = 'subject') {
  return builder.objectRef<Outcome>(`${operation}Payload`).implement({
    description: `What ${mutationName(operation)} did.`,
    fields: (t) => ({
      ...(object === 'subject' || object === 'response'
        ? {
            [typeFieldName(resource)]: t.field({
              type: nodeRef(resource.type),
              nullable: true,
              description: object === 'response' ? `The ${resource.type} the operation made.` : `The ${resource.type} as it is now.`,
              resolve: (outcome) => outcome.id as never,
            }),
          }
        : {}),
      // Named for the type: a bare `id` would clash with NotFoundError.id in the result union.
      ...(object === 'none'
        ? {
            [`${typeFieldName(resource)}Id`]: t.id({ description: `The global id of the ${resource.type}.`, resolve: (outcome) => encodeGlobalID(resource.type, outcome.subject!) }),
            [`${typeFieldName(resource)}Uuid`]: t.field({ type: 'DivioId', description: `The Divio id of the ${resource.type}.`, resolve: (outcome) => outcome.subject! }),
          }
        : {}),
      ...(object === 'deleted'
        ? {
            deletedId: t.id({ description: 'The global id the object had.', resolve: (outcome) => encodeGlobalID(resource.type, outcome.subject!) }),
            deletedUuid: t.field({ type: 'DivioId', description: 'The Divio id the object had.', resolve: (outcome) => outcome.subject! }),
          }
        : {}),
      // Response fields are read like object fields, from the upstream answer.
      ...(Object.fromEntries(result.flatMap((spec) => fieldEntries(t as never, spec, (outcome: Outcome) => outcome.raw))) as Record<string, never>),
    }),
  });
}

interface MutationOptions {
  description: string;
  /** The seed operation it sends. */
  calls: string;
  specs: readonly InputSpec[];
  mode: 'create' | 'update';
  /** The input names an existing object as `id`. */
  addressesObject: boolean;
  pathArgument?: InputSpec;
  confirms?: ActionSpec['confirms'];
  payload: ReturnType<typeof payloadType>;
  send: (context: Context, id: string | null, body: Record<string, unknown>, input: Record<string, unknown>) => Promise<unknown>;
  /** Which object the payload shows once the upstream answered. */
  object: PayloadObject | 'deleted';
}

/** Declares one mutation: `input` of `fields` (+ `id` when it addresses an object), checks, send, payload. */
function defineMutation(resource: ResourceDescription, operation: string, options: MutationOptions): void {
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
      extensions: divioCalls(...(options.confirms ? [loadOperation(resource)] : []), options.calls),
      errors: typedResult(`${operation}Result`),
      args: { input: t.arg({ type: Input, required: true, description: `What ${name} needs.` }) },
      resolve: (_root, args, context) =>
        withDivioTypedErrors(async () => {
          const input = args.input as Record<string, unknown>;
          const errors = new FieldErrors();
          const subject = options.addressesObject ? (checkId(errors, resource.type, input.id, 'id') ?? null) : null;
          const body = toBody(options.specs, input, errors, { maxFileBytes: context.maxUploadBytes });
          if (options.pathArgument) toBody(extra, input, errors);
          if (options.mode === 'update' && Object.keys(body).length === 0) errors.add('input', 'nothing to update: give at least one field');
          errors.throwIfAny();
          if (options.confirms && subject !== null) await confirm(resource, options, subject, input, context);
          const raw = asObject(await options.send(context, subject, body, input));
          if (subject !== null) {
            nodeRef(resource.type).getDataloader(context).clear(subject);
            nudgeWatchers(resource, subject, context);
          }
          const id = options.object === 'response' ? readId(raw.uuid) : subject;
          return { id, subject, raw };
        }, aliases) as never,
    }),
  );
}

/** A confirmation input must equal the object's field (e.g. its name), before anything is sent. */
async function confirm(resource: ResourceDescription, options: MutationOptions, subject: string, input: Record<string, unknown>, context: Context) {
  const { input: key, field } = options.confirms!;
  const spec = options.specs.find((candidate) => candidate.key === key)!;
  const object = (await nodeRef(resource.type).getDataloader(context).load(subject)) as { raw: Record<string, unknown> };
  if (input[argumentName(spec)] !== object.raw[field]) {
    const errors = new FieldErrors();
    errors.add(argumentName(spec), `does not match the ${resource.type}'s ${field}`);
    errors.throwIfAny();
  }
}

export function defineMutations(resource: ResourceDescription): void {
  const ops = resource.operations;
  const client = (context: Context) => resourceClient(context);
  if (ops.create && resource.create) {
    const operation = operationName(resource, ops.create);
    defineMutation(resource, operation, {
      description: `Creates a ${resource.type}.`,
      calls: ops.create,
      specs: resource.create,
      mode: 'create',
      addressesObject: false,
      object: 'response',
      payload: payloadType(resource, operation, [], 'response'),
      send: (context, _id, body) => client(context).create(resource, body),
    });
  }
  const update = ops.update ?? ops.partialUpdate;
  if (update && resource.update) {
    const operation = operationName(resource, update);
    defineMutation(resource, operation, {
      description: `Changes the given fields of a ${resource.type}; the others stay as they are.`,
      // Only the given fields are sent, as a PATCH: the partial update, where the seed has one.
      calls: ops.partialUpdate ?? update,
      specs: resource.update,
      mode: 'update',
      addressesObject: true,
      object: 'subject',
      payload: payloadType(resource, operation),
      send: (context, id, body) => client(context).update(resource, id!, body),
    });
  }
  if (ops.destroy) {
    const operation = operationName(resource, ops.destroy);
    defineMutation(resource, operation, {
      description: `Deletes a ${resource.type}.`,
      calls: ops.destroy,
      specs: [],
      mode: 'create',
      addressesObject: true,
      object: 'deleted',
      payload: payloadType(resource, operation, [], 'deleted'),
      send: (context, id) => client(context).destroy(resource, id!),
    });
  }
  for (const action of resource.actions ?? []) {
    const operation = operationName(resource, action.operation);
    const onObject = action.onCollection !== true;
    const object = onObject ? (action.payloadObject ?? 'subject') : 'none';
    defineMutation(resource, operation, {
      description: `${action.description.replace(/\.$/, '')}${action.guessed ? ' (its upstream path is a guess that follows the DRF action pattern)' : ''}.`,
      calls: action.operation,
      specs: [...(action.input ?? []), ...(action.query ?? [])],
      mode: 'create',
      addressesObject: onObject,
      ...(action.pathArgument ? { pathArgument: action.pathArgument } : {}),
      ...(action.confirms ? { confirms: action.confirms } : {}),
      object,
      payload: payloadType(resource, operation, action.result, onObject ? object : 'collection'),
      send: (context, id, body, input) => {
        const argument = action.pathArgument ? String(input[fieldName(action.pathArgument)]) : undefined;
        // Query inputs leave the body for the query string, as the upstream takes them.
        const query: Query = {};
        for (const spec of action.query ?? []) {
          if (spec.key in body) query[spec.key] = body[spec.key] as Query[string];
          delete body[spec.key];
        }
        return client(context).action(resource, action, onObject ? id : null, body, argument, query);
      },
    });
  }
}
