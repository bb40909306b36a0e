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

const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** What a write resolves to: the object (as answered, or by its path key) and the rest of the answer. */
interface Outcome {
  key: string;
  record?: ClickHouseRecord;
  answer: Record<string, unknown>;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface Write {
  mutation: string;
  description: string;
  deprecated?: string;
  calls: readonly string[];
  specs: readonly InputSpec[];
  /** `create`: the input names the parent (and required inputs are required); else the object. */
  mode: 'create' | 'update' | 'command';
  payload: ObjectRef<Types, Outcome>;
  send(context: Context, ids: PathIds, body: Record<string, unknown>): Promise<Outcome>;
}

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

const payloads = new Map<string, ObjectRef<Types, Outcome>>();

/** A payload: the object, then `extra` fields read from the answer (a password, a view). */
function payloadType(name: string, resource: ResourceDescription, extra: readonly FieldSpec[] = [], view?: { field: string; result: Parameters<typeof objectRef>[0] }) {
  let ref = payloads.get(name);
  if (ref) return ref;
  const mutation = lowerFirst(name.replace(/Payload$/, ''));
  ref = builder.objectRef<Outcome>(name).implement({
    description: resource.objectPayload === name ? `The ${lowerFirst(resource.type)} as the upstream returned it after the change.` : `What ${mutation} did.`,
    fields: (t) => ({
      [lowerFirst(resource.type)]: t.field({
        type: nodeRef(resource.type) as never,
        description: `The ${lowerFirst(resource.type)} after the change.`,
        resolve: (outcome) => (outcome.record ?? outcome.key) as never,
      }),
      ...(view ? { [view.field]: t.field({ type: objectRef(view.result), description: `The ${view.field} as the upstream returned it after the change.`, resolve: (outcome) => outcome.answer }) } : {}),
      ...(Object.fromEntries(extra.flatMap((spec) => fieldEntries(t as never, spec, (outcome: Outcome) => outcome.answer))) as Record<string, never>),
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
        const record = readRecord(resource, result ? answer[result.objectKey] : answer, parentIds);
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
      mode: 'update',
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
      specs: action.input ?? [],
      mode: action.input?.length && !action.result ? 'update' : 'command',
      payload: action.result ? payloadType(`${upperFirst(mutation)}Payload`, resource, action.result) : objectPayload(resource, mutation),
      send: async (context, ids, body) => {
        const answer = await context.clickhouse().action(resource, action, ids, body);
        return action.result ? { key: pathKey(ids), answer: asObject(answer) } : asRecord(ids, answer);
      },
    };
  });
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
  return [...actions, ...views];
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
  const target = write.mode === 'create' ? parent : resource;
  if (!target) return { target: resource, reference: { ids: [] } };
  const field = write.mode === 'create' ? `${lowerFirst(target.type)}Id` : 'id';
  try {
    return { target, reference: referenceOf(target, String(input[field]), field) };
  } catch (error) {
    const fields = (error as { fields?: { messages: string[] }[] }).fields;
    errors.add(field, fields?.[0]?.messages[0] ?? `must be the id of a ${target.type} (or its UUID)`);
    return { target };
  }
}

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
  const outcome = await write.send(context, ids, body);
  // This request's copy of the list is stale now, and the list's subscribers see the change at once.
  const parentKey = pathKey(write.mode === 'create' ? ids : ids.slice(0, -1));
  context.loaders.list(resource).clear(parentKey);
  context.live.nudge(liveKeys.clickhouse(context.clickhouse().fingerprint, resource.group, parentKey));
  return outcome;
}

function inputTypeOf(resource: ResourceDescription, write: Write) {
  const parent = resource.parent && clickhouseResource(resource.parent.type);
  const own = write.mode === 'create' ? parent : resource;
  const address = own ? (write.mode === 'create' ? `${lowerFirst(own.type)}Id` : 'id') : undefined;
  return builder.inputType(`${upperFirst(write.mutation)}Input`, {
    description: `What ${write.mutation} takes: the ${lowerFirst(own?.type ?? resource.type)}${write.specs.length ? ' and the settings' : ''}.`,
    fields: (t) => ({
      ...(address ? { [address]: t.id({ required: true, description: `Global id (or UUID) of the ${write.mode === 'create' ? 'owning ' : ''}${lowerFirst(own!.type)}.` }) } : {}),
      ...Object.fromEntries(
        write.specs.map((spec) => [argumentName(spec), t.field({ type: inputType(spec) as 'String', required: write.mode === 'create' && spec.required === true, description: describe(spec, 'A global id or a UUID.') })]),
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
