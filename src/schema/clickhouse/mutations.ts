/**
 * The schema interpreter of the ClickHouse descriptions, for writing: create, update, delete, each
 * command (`startService`) and each writable view (`updateBackupConfiguration`), every one a
 * mutation with one `input`, a typed payload and the typed expected failures. The whole input is
 * checked first (the described constraints, then the rules of rules.ts), all problems at once and
 * before any upstream call; then the object's current state, where a rule asks; then one write.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import { liveKeys } from '../../live/registry.js';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import type { FieldSpec, InputSpec, ResourceDescription } from '../../resources/types.js';
import { readRecord, type ClickHouseRecord, type PathIds } from '../../upstream/clickhouse/client.js';
import { UpstreamProtocolError } from '../../upstream/errors.js';
import { FieldErrors, StateConflictError, typedResult, withTypedErrors } from '../errors.js';
import { clickhouseCalls } from '../operation-names.js';
import { describe, inputType, toBody } from '../resources/inputs.js';
import { argumentName, lowerFirst } from '../resources/names.js';
import { fieldEntries, nodeRef, objectRef } from '../resources/nodes.js';
import { ownId, pathKey, referenceOf, resolvePath, type Reference } from './addresses.js';
import { RULES } from './rules.js';
import { foreignAsNotFound } from '../../loaders/visibility.js';

const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** What a write resolves to: the object (as answered, or by its path key) and the rest of the answer. */
interface Outcome {
  key: string;
  record?: ClickHouseRecord;
  answer: Record<string, unknown>;
  /** A one-per-object view was deleted. */
  deleted?: boolean;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface Write {
  mutation: string;
  description: string;
  deprecated?: string;
  calls: readonly string[];
  specs: readonly InputSpec[];
  /**
   * `create` and `collection` name the parent, the others the object; `create`, `collection` and
   * `replace` (PUT, an upsert) require what the spec requires; `update` needs at least one input.
   */
  mode: 'create' | 'collection' | 'replace' | 'update' | 'command';
  payload: ObjectRef<Types, Outcome>;
  /** An input that names what is addressed (a path argument): required whatever the mode. */
  addresses?: string;
  send(context: Context, ids: PathIds, body: Record<string, unknown>): Promise<Outcome>;
}

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

const payloads = new Map<string, ObjectRef<Types, Outcome>>();

/** A payload: the object, then `extra` fields read from the answer (a password, a view). */
function payloadType(name: string, resource: ResourceDescription, extra: readonly FieldSpec[] = [], view?: { field: string; result?: Parameters<typeof objectRef>[0] }, object = true) {
  let ref = payloads.get(name);
  if (ref) return ref;
  const mutation = lowerFirst(name.replace(/Payload$/, ''));
  ref = builder.objectRef<Outcome>(name).implement({
    description: resource.objectPayload === name ? `The ${lowerFirst(resource.type)} as the upstream returned it after the change.` : `What ${mutation} did.`,
    fields: (t) => ({
      ...(object
        ? {
            [lowerFirst(resource.type)]: t.field({
              type: nodeRef(resource.type) as never,
              description: `The ${lowerFirst(resource.type)} after the change.`,
              resolve: (outcome) => (outcome.record ?? outcome.key) as never,
            }),
          }
        : {}),
      ...(view
        ? {
            [view.field]: t.field({
              type: (view.result ? objectRef(view.result) : 'JSON') as never,
              nullable: true,
              description: `The ${view.field} as the upstream returned it after the change; null once deleted.`,
              resolve: (outcome) => (outcome.deleted ? null : outcome.answer) as never,
            }),
          }
        : {}),
      ...(Object.fromEntries(extra.flatMap((spec) => fieldEntries(t as never, spec, (outcome: Outcome) => outcome.answer))) as Record<string, never>),
      ...(!object && !view && extra.length === 0 ? { result: t.field({ type: 'JSON', nullable: true, description: 'What the upstream answered.', resolve: (outcome) => outcome.answer as never }) } : {}),
    }),
  });
  payloads.set(name, ref);
  return ref;
}

function deletedPayload(resource: ResourceDescription) {
  const type = resource.type;
  return builder.objectRef<Outcome>(`Delete${type}Payload`).implement({
    description: `What delete${type} did: which ${lowerFirst(type)} is being deleted.`,
    fields: (t) => ({
      [`deleted${type}Id`]: t.id({ description: `Global id of the deleted ${lowerFirst(type)}.`, resolve: (outcome) => encodeGlobalID(type, outcome.key) }),
      [`deleted${type}Uuid`]: t.field({ type: 'UUID', description: `ClickHouse Cloud id of the deleted ${lowerFirst(type)}.`, resolve: (outcome) => outcome.key.split(':').at(-1)! }),
    }),
  }) as ObjectRef<Types, Outcome>;
}

const reads = (resource: ResourceDescription): string[] => (resource.parent ? [resource.operations.list!] : []);
const asRecord = (ids: PathIds, answer: unknown): Outcome => ({ key: pathKey(ids), record: answer as ClickHouseRecord, answer: {} });
const objectPayload = (resource: ResourceDescription, mutation: string) => payloadType(resource.objectPayload ?? `${upperFirst(mutation)}Payload`, resource);

/** POST to the parent's collection; a creation may answer with more than the object (a password). */
function createWrite(resource: ResourceDescription): Write[] {
  const operation = resource.operations.create;
  if (!operation || !resource.create) return [];
  const result = resource.createResult;
  return [
    {
      mutation: `create${resource.type}`,
      description: resource.writeDescriptions?.create ?? `Creates a ${lowerFirst(resource.type)}.`,
      calls: [operation],
      specs: resource.create,
      mode: 'create',
      payload: payloadType(`Create${resource.type}Payload`, resource, result?.fields),
      send: async (context, parentIds, body) => {
        const answer = asObject(await context.clickhouse().create(resource, parentIds, body));
        const record = readRecord(resource, result?.objectKey ? answer[result.objectKey] : answer, parentIds);
        for (const spec of result?.fields ?? []) {
          if (spec.nonNull && answer[spec.key] === undefined) throw new UpstreamProtocolError('clickhouse', `an unexpected ${operation} answer (missing ${spec.key})`);
        }
        return { key: pathKey([...parentIds, record.id]), record, answer };
      },
    },
  ];
}

/** PATCH and DELETE of one object. */
function objectWrites(resource: ResourceDescription): Write[] {
  const { update, destroy } = resource.operations;
  const type = resource.type;
  const writes: Write[] = [];
  if (update && resource.update) {
    writes.push({
      mutation: `update${type}`,
      description: resource.writeDescriptions?.update ?? `Changes the given settings of the ${lowerFirst(type)}; the others stay as they are.`,
      calls: [...reads(resource), update],
      specs: resource.update,
      mode: resource.updateMethod === 'PUT' ? 'replace' : 'update',
      payload: objectPayload(resource, `update${type}`),
      send: async (context, ids, body) => asRecord(ids, await context.clickhouse().update(resource, ids, body)),
    });
  }
  if (destroy) {
    writes.push({
      mutation: `delete${type}`,
      description: resource.writeDescriptions?.destroy ?? `Deletes the ${lowerFirst(type)}.`,
      calls: [...reads(resource), destroy],
      specs: [],
      mode: 'command',
      payload: deletedPayload(resource),
      send: async (context, ids) => {
        await context.clickhouse().destroy(resource, ids);
        return { key: pathKey(ids), answer: {} };
      },
    });
  }
  return writes;
}

/** Commands on one object (`PATCH …/state`), and the writable one-per-object views. */
function commandWrites(resource: ResourceDescription): Write[] {
  const actions = (resource.actions ?? []).map((action): Write => {
    const mutation = action.mutation ?? lowerFirst(action.operation);
    return {
      mutation,
      description: action.description,
      deprecated: action.deprecated,
      calls: [...reads(resource), action.operation],
      specs: [...(action.pathArgument ? [action.pathArgument] : []), ...(action.input ?? [])],
      addresses: action.pathArgument?.key,
      // A PATCH changes what it is given; a POST or PUT takes what the spec requires.
      mode: action.onCollection ? 'collection' : action.method === 'PATCH' && action.input?.length && !action.fixedBody && !action.result ? 'update' : action.input?.length && action.method !== 'PATCH' ? 'replace' : 'command',
      payload:
        action.result || action.onCollection
          ? payloadType(`${upperFirst(mutation)}Payload`, resource, action.result, undefined, !action.onCollection)
          : objectPayload(resource, mutation),
      send: async (context, ids, body) => {
        const { [action.pathArgument?.key ?? '']: argument, ...rest } = body;
        const answer = await context.clickhouse().action(resource, action, ids, action.pathArgument ? rest : body, argument === undefined ? undefined : String(argument));
        return action.result || action.onCollection ? { key: pathKey(ids), answer: asObject(answer) } : asRecord(ids, answer);
      },
    };
  });
  const writes = (resource.views ?? []).flatMap((view) =>
    (view.writes ?? []).map(
      (write): Write => ({
        mutation: write.mutation,
        description: write.description,
        deprecated: write.deprecated,
        calls: [...reads(resource), write.operation],
        specs: write.input,
        mode: write.method === 'PATCH' ? 'update' : write.method === 'DELETE' ? 'command' : 'replace',
        payload: payloadType(`${upperFirst(write.mutation)}Payload`, resource, [], { field: view.field, result: write.result ?? view.result }),
        send: async (context, ids, body) => {
          const answer = await context.clickhouse().writeView(resource, view, write, ids, body);
          return { key: pathKey(ids), answer: answer as Record<string, unknown>, deleted: write.method === 'DELETE' };
        },
      }),
    ),
  );
  const views = (resource.views ?? []).flatMap((view): Write[] =>
    view.update && view.result
      ? [
          {
            mutation: view.update.mutation,
            description: view.update.description,
            calls: [...reads(resource), view.update.operation],
            specs: view.update.input,
            mode: 'update',
            payload: payloadType(`${upperFirst(view.update.mutation)}Payload`, resource, [], { field: view.field, result: view.result }),
            send: async (context, ids, body) => ({ key: pathKey(ids), answer: asObject(await context.clickhouse().updateView(resource, view, ids, body)) }),
          },
        ]
      : [],
  );
  return [...actions, ...views, ...writes];
}

/** The writes a description declares, each with how it is sent and what it answers. */
const writesOf = (resource: ResourceDescription): Write[] => [...createWrite(resource), ...objectWrites(resource), ...commandWrites(resource)];

/** A ClickHouse id in an input: the object's own UUID, as the upstream takes it (`backupId`). */
function readClickHouseId(errors: FieldErrors, type: string, value: unknown, where: string): string | undefined {
  try {
    return ownId(referenceOf(clickhouseResource(type)!, String(value), where));
  } catch {
    errors.add(where, `must be a ${type} id or a ${lowerFirst(type)} UUID`);
    return undefined;
  }
}

/** Reads the input's address (the object, or the parent for a create); a malformed one is that field's problem. */
function addressOf(resource: ResourceDescription, write: Write, input: Record<string, unknown>, errors: FieldErrors): { target: ResourceDescription; reference?: Reference } {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  const target = addressesParent(write) ? parent : resource;
  if (!target) return { target: resource, reference: { ids: [] } };
  const field = addressesParent(write) ? `${lowerFirst(target.type)}Id` : 'id';
  try {
    return { target, reference: referenceOf(target, String(input[field]), field) };
  } catch (error) {
    const fields = (error as { fields?: { messages: string[] }[] }).fields;
    errors.add(field, fields?.[0]?.messages[0] ?? `must be the id of a ${target.type} (or its UUID)`);
    return { target };
  }
}

const addressesParent = (write: Write): boolean => write.mode === 'create' || write.mode === 'collection';
const requiresInputs = (write: Write): boolean => write.mode === 'create' || write.mode === 'collection' || write.mode === 'replace';

const listed = (names: string[]) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

async function runWrite(resource: ResourceDescription, write: Write, input: Record<string, unknown>, context: Context): Promise<Outcome> {
  const rules = RULES[write.mutation] ?? {};
  const errors = new FieldErrors();
  const { target, reference } = addressOf(resource, write, input, errors);
  const body = toBody(write.specs, input, errors, { readId: readClickHouseId });
  if (write.mode === 'update' && Object.keys(body).length === 0) errors.add('input', `nothing to update: give ${listed(write.specs.map(argumentName))}`);
  rules.validate?.(input, body, errors);
  errors.throwIfAny();
  const ids = await resolvePath(context, target, reference!);
  if (rules.conflict) {
    const current = (await nodeRef(resource.type).getDataloader(context).load(pathKey(ids))) as ClickHouseRecord;
    const conflict = rules.conflict(current);
    if (conflict) throw new StateConflictError(conflict, String(current.state ?? '').toUpperCase());
  }
  // Another organization's objects do not exist for this key: its 403 there is NOT_FOUND, as for reads.
  const outcome = await write.send(context, ids, body).catch(async (error: unknown) => {
    throw ids.length > 0 ? await foreignAsNotFound(error, () => context.clickhouse(), ids[0]!) : error;
  });
  // This request's copy of the list is stale now, and the list's subscribers see the change at once.
  const parentKey = pathKey(addressesParent(write) ? ids : ids.slice(0, -1));
  context.loaders.list(resource).clear(parentKey);
  context.live.nudge(liveKeys.clickhouse(context.clickhouse().fingerprint, resource.group, parentKey));
  return outcome;
}

function inputTypeOf(resource: ResourceDescription, write: Write) {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  const own = addressesParent(write) ? parent : resource;
  const address = own ? (addressesParent(write) ? `${lowerFirst(own.type)}Id` : 'id') : undefined;
  return builder.inputType(`${upperFirst(write.mutation)}Input`, {
    description: `What ${write.mutation} takes: the ${lowerFirst(own?.type ?? resource.type)}${write.specs.length ? ' and the settings' : ''}.`,
    fields: (t) => ({
      ...(address ? { [address]: t.id({ required: true, description: `Global id (or UUID) of the ${addressesParent(write) ? 'owning ' : ''}${lowerFirst(own!.type)}.` }) } : {}),
      ...Object.fromEntries(
        write.specs.map((spec) => [argumentName(spec), t.field({ type: inputType(spec) as 'String', required: spec.required === true && (requiresInputs(write) || spec.key === write.addresses), description: describe(spec, 'A global id or a UUID.') })]),
      ),
    }),
  });
}

export function defineClickHouseMutations(resource: ResourceDescription): void {
  for (const write of writesOf(resource)) {
    const Input = inputTypeOf(resource, write);
    builder.mutationField(write.mutation, (t) =>
      t.field({
        type: write.payload,
        description: write.description,
        deprecationReason: write.deprecated,
        extensions: clickhouseCalls(...write.calls),
        errors: typedResult(`${upperFirst(write.mutation)}Result`),
        args: { input: t.arg({ type: Input, required: true, description: `What ${write.mutation} takes.` }) },
        resolve: (_root, args, context) => withTypedErrors(() => runWrite(resource, write, args.input as Record<string, unknown>, context)),
      }),
    );
  }
}
