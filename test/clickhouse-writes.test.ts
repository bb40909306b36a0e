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
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { startStack, type Stack } from './support/stack.js';

const ORGANIZATION = CLICKHOUSE_SEED.organizations.acme.id;

/** A value of the type that passes GraphQL coercion (and, for most inputs, the described checks). */
function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues().find((value) => value.name !== 'UNKNOWN')!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && depth < 4)
        .map((field) => [field.name, sample(field.type, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    return ({ String: 'sample', Int: 1, Float: 1, Boolean: true, ID: randomUUID(), DateTime: '2030-01-01T00:00:00Z', Date: '2030-01-01', UUID: randomUUID(), SafeInt: 1, JSON: {} } as Record<string, unknown>)[type.name] ?? 'sample';
  }
  return null;
}

/** Every mutation whose description names a ClickHouse operation. */
const writes = Object.values(schema.getMutationType()!.getFields()).filter((field) => /\(ClickHouse: /.test(field.description ?? ''));

/** The input field naming what the write addresses, and the type it names. */
function addressOf(field: GraphQLField<unknown, unknown>): { name: string; type: string } | undefined {
  const input = getNamedType(field.args[0]!.type);
  if (!isInputObjectType(input)) return undefined;
  const fields = input.getFields();
  if (fields.id) {
    const type = field.name.replace(/^(create|update|delete|upsert|start|stop|resync|restart|promote|switchover|reset|restore|discover|validate)/, '');
    return { name: 'id', type };
  }
  const parent = Object.keys(fields).find((name) => name.endsWith('Id') && isNonNullType(fields[name]!.type));
  return parent ? { name: parent, type: parent.replace(/Id$/, '').replace(/^./, (char) => char.toUpperCase()) } : undefined;
}

/** A well-formed global id of an object of `type` that does not exist, under the key's organization. */
function missingId(typeName: string): string {
  const resource = CLICKHOUSE_RESOURCES.find((candidate) => candidate.type === typeName) ?? CLICKHOUSE_RESOURCES.find((candidate) => typeName.startsWith(candidate.type));
  if (!resource) return encodeGlobalID('Organization', randomUUID());
  const depth = (resource.path ?? '').split('{').length;
  const ids = [ORGANIZATION, ...Array.from({ length: depth - 1 }, () => randomUUID())];
  return encodeGlobalID(resource.type, ids.join(':'));
}

const documentOf = (field: GraphQLField<unknown, unknown>) =>
  parse(`mutation Test${field.name}($input: ${String(field.args[0]!.type)}) { ${field.name}(input: $input) { __typename ... on Error { message } ... on ValidationError { fields { field messages } } } }`) as unknown as TypedDocumentNode<Record<string, { __typename: string; fields?: { field: string }[] }>, Record<string, unknown>>;

describe('every ClickHouse write', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('is found in the schema', () => {
    expect(writes.length).toBeGreaterThan(60);
  });

  it.each(writes.map((field) => [field.name, field] as const))('%s refuses a malformed address before any upstream call', async (_name, field) => {
    const address = addressOf(field)!;
    expect(address, `${field.name} names no address`).toBeDefined();
    const input = { ...(sample(field.args[0]!.type) as Record<string, unknown>), [address.name]: 'not an id!' };
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
    const id = address.name === 'id' || address.type !== 'Organization' ? missingId(address.name === 'id' ? resourceTypeOf(field) : address.type) : encodeGlobalID('Organization', randomUUID());
    const input = { ...(sample(field.args[0]!.type) as Record<string, unknown>), [address.name]: id };
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
