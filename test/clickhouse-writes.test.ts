/**
 * Every ClickHouse write refuses bad input before anything goes upstream, and answers a typed
 * NotFoundError for an object that is not there. The writes are read from the served schema (every
 * mutation naming a ClickHouse operation), their inputs filled from their GraphQL types: a
 * malformed address is a ValidationError naming it with no upstream call; a well-formed address
 * of nothing (a random id under the key's own organization, or another organization) is a
 * NotFoundError.
 */
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { CLICKHOUSE_RESOURCES } from '../src/resources/clickhouse/index.js';
import { UUID_PARAMETERS } from '../src/resources/clickhouse/spec.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { startStack, type Stack } from './support/stack.js';

const ORGANIZATION = CLICKHOUSE_SEED.organizations.acme.id;

/** A value of the type that passes GraphQL coercion (and, for most inputs, the described checks). */
function sample(type: GraphQLInputType, name = '', depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, depth);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues().find((value) => value.name !== 'UNKNOWN')!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && depth < 4)
        .map((field) => [field.name, sample(field.type, field.name, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'String' && /Id$/.test(name)) return randomUUID();
    return ({ String: 'sample', Int: 1, Float: 1, Boolean: true, ID: randomUUID(), DateTime: '2030-01-01T00:00:00Z', Date: '2030-01-01', UUID: randomUUID(), SafeInt: 1, JSON: {} } as Record<string, unknown>)[type.name] ?? 'sample';
  }
  return null;
}

/**
 * One optional setting a write that needs at least one can take: a Boolean or an enum where it has
 * one (no bounds to meet), else a name, else a number at its described least.
 */
function oneSetting(type: GraphQLInputType): Record<string, unknown> {
  const input = getNamedType(type);
  if (!isInputObjectType(input)) return {};
  const optional = Object.values(input.getFields()).filter((field) => !isNonNullType(field.type) && (isListType(field.type) || !isInputObjectType(getNamedType(field.type))));
  const rank = (field: (typeof optional)[number]) => {
    const named = getNamedType(field.type);
    if (isListType(field.type)) return 5;
    return named.name === 'Boolean' ? 0 : isEnumType(named) ? 1 : named.name === 'String' && field.name === 'name' ? 2 : named.name === 'Int' ? 3 : 4;
  };
  const chosen = optional.sort((a, b) => rank(a) - rank(b))[0];
  if (!chosen) return {};
  if (isListType(chosen.type)) return { [chosen.name]: [] };
  const least = /(?:At least|From) (\d+)/.exec(chosen.description ?? '')?.[1];
  return { [chosen.name]: getNamedType(chosen.type).name === 'Int' ? Number(least ?? 1) : sample(chosen.type, chosen.name) };
}

/** Every mutation whose description names a ClickHouse operation. */
const writes = Object.values(schema.getMutationType()!.getFields()).filter((field) => /\(ClickHouse: /.test(field.description ?? ''));

/** The input field naming what the write addresses (the object's `id`, or its parent's), and the type it names. */
function addressOf(field: GraphQLField<unknown, unknown>): { name: string; type: string } | undefined {
  const input = getNamedType(field.args[0]!.type);
  if (!isInputObjectType(input)) return undefined;
  const resource = CLICKHOUSE_RESOURCES.find((candidate) => candidate.type === resourceTypeOf(field))!;
  // A create names its parent (a body may have an `id` of its own: a ClickStack source's).
  if (input.getFields().id && field.name !== `create${resource.type}`) return { name: 'id', type: resource.type };
  const parent = resource.parent?.type ?? 'Organization';
  return { name: `${parent.charAt(0).toLowerCase()}${parent.slice(1)}Id`, type: parent };
}

/** A well-formed global id of an object of `type` that does not exist, under the key's organization. */
function missingId(typeName: string): string {
  const resource = CLICKHOUSE_RESOURCES.find((candidate) => candidate.type === typeName)!;
  if (resource.type === 'Organization') return encodeGlobalID('Organization', randomUUID());
  const params = [...(resource.path ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).slice(1).concat(resource.idParam ?? 'id');
  const ids = params.map((param) => (UUID_PARAMETERS.has(param) ? randomUUID() : param === 'version' ? '987654' : `missing_${param}`));
  return encodeGlobalID(resource.type, [ORGANIZATION, ...ids].join(':'));
}

const documentOf = (field: GraphQLField<unknown, unknown>) =>
  parse(`mutation Test${field.name}($input: ${String(field.args[0]!.type)}) { ${field.name}(input: $input) { __typename ... on Error { message } ... on ValidationError { fields { field messages } } } }`) as unknown as TypedDocumentNode<Record<string, { __typename: string; fields?: { field: string }[] }>, Record<string, unknown>>;

describe('every ClickHouse write', () => {
  let stack: Stack;
  beforeAll(async () => {
    // About ninety writes reach the upstream here; the call budget (tested on its own elsewhere)
    // would only make every tenth wait out a window.
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('is found in the schema', () => {
    expect(writes.length).toBeGreaterThan(60);
  });

  it.each(writes.map((field) => [field.name, field] as const))('%s refuses a malformed address before any upstream call', async (_name, field) => {
    const address = addressOf(field)!;
    expect(address, `${field.name} names no address`).toBeDefined();
    const input = { ...(sample(field.args[0]!.type) as Record<string, unknown>), ...(field.name.startsWith('update') ? oneSetting(field.args[0]!.type) : {}), [address.name]: 'not an id!' };
    stack.resetUpstreamCalls();
    const result = await stack.execute(documentOf(field), { input });
    expect(result.errors).toBeUndefined();
    const payload = result.data![field.name]!;
    expect(payload.__typename).toBe('ValidationError');
    expect(payload.fields!.map((entry) => entry.field)).toContain(address.name);
    expect(stack.upstreamCalls()).toBe(0);
  });

  it.each(writes.map((field) => [field.name, field] as const))('%s answers NotFoundError for an address of nothing', async (_name, field) => {
    const address = addressOf(field)!;
    const input = { ...(sample(field.args[0]!.type) as Record<string, unknown>), ...(field.name.startsWith('update') ? oneSetting(field.args[0]!.type) : {}), [address.name]: missingId(address.type) };
    const result = await stack.execute(documentOf(field), { input });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data![field.name]!.__typename, JSON.stringify(result.data)).toBe('NotFoundError');
  });
});

/** The type a write's `id` names: the payload's object field, else the mutation's noun. */
function resourceTypeOf(field: GraphQLField<unknown, unknown>): string {
  for (const resource of CLICKHOUSE_RESOURCES) {
    const mutations = [
      `create${resource.type}`,
      `update${resource.type}`,
      `delete${resource.type}`,
      ...(resource.actions ?? []).map((action) => action.mutation),
      ...(resource.views ?? []).flatMap((view) => [...(view.writes ?? []).map((write) => write.mutation), ...(view.update ? [view.update.mutation] : [])]),
    ];
    if (mutations.includes(field.name)) return resource.type;
  }
  return 'Service';
}
