/**
 * Every read of the ClickHouse spec runs through the gateway against the simulator: each field of
 * Organization and Service (and of the groups under them) is asked for, its arguments filled from
 * the seed, with every scalar of what it answers selected; then each GET operation of the spec must
 * have reached the simulator at least once, and nothing may have answered with an error.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getNamedType, isEnumType, isInterfaceType, isNonNullType, isObjectType, isScalarType, parse, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { SPEC_OPERATIONS } from '../src/resources/clickhouse/spec.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { startStack, type Stack } from './support/stack.js';

const SEED = CLICKHOUSE_SEED;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Arguments by name, where a field requires one (or a seeded object to look up). */
const ARGUMENTS: Readonly<Record<string, string>> = {
  from: `"${day(-30)}"`,
  to: `"${day(0)}"`,
  cloudProvider: '"aws"',
  regionId: '"us-east-1"',
  settingName: '"max_threads"',
  queryId: '"query-1"',
  dbName: '"orders"',
  dbUser: '"app"',
  dbOperation: '"SELECT"',
  fresh: 'true',
};
const LOOKUPS: Readonly<Record<string, string>> = {
  'Organization.service': `uuid: "${SEED.services.acmeProduction.id}", fresh: true`,
  'Service.backup': `uuid: "${SEED.services.acmeProduction.backupIds[0]}", fresh: true`,
  'Organization.member': `uuid: "${SEED.objects.members.grace}"`,
  'Organization.quota': `quotaCode: "${SEED.objects.quotaCodes[0]}"`,
  'Organization.udf': `functionName: "${SEED.objects.udf.functionName}"`,
};

/** A field's arguments: its lookup, else every required one from ARGUMENTS (a DateTime `from` as a date-time). */
function argumentsOf(owner: string, field: GraphQLField<unknown, unknown>): string | null {
  if (LOOKUPS[`${owner}.${field.name}`]) return `(${LOOKUPS[`${owner}.${field.name}`]})`;
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  if (required.some((arg) => ARGUMENTS[arg.name] === undefined)) return null;
  const given = required.map((arg) => `${arg.name}: ${getNamedType(arg.type).name === 'DateTime' ? `"${day(arg.name === 'from' ? -7 : 0)}T00:00:00Z"` : ARGUMENTS[arg.name]}`);
  return given.length > 0 ? `(${given.join(', ')})` : '';
}

/** Every scalar and enum of a type, objects' scalars one level down, connections' nodes' ids. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named) && !named.getInterfaces().length && !/Connection$/.test(named.name)) parts.push(`${field.name} { ${selection(named, depth - 1) || '__typename'} }`);
  }
  return parts.join(' ');
}

/** The query of one field of `owner` reached through `path` (`organizations { services { edges { node { % } } } }`). */
function queriesOf(owner: GraphQLObjectType, path: string, depth: number): string[] {
  const queries: string[] = [];
  for (const field of Object.values(owner.getFields())) {
    if (!/\(ClickHouse: /.test(field.description ?? '')) continue;
    const args = argumentsOf(owner.name, field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      queries.push(path.replace('%', `${field.name}${args}`));
      continue;
    }
    const connection = /Connection$/.test(named.name) ? (getNamedType(named.getFields().edges!.type) as GraphQLObjectType).getFields().node : undefined;
    const target = connection ? (getNamedType(connection.type) as GraphQLObjectType) : named;
    const inner = connection ? `${field.name}${args} { edges { node { % } } }` : `${field.name}${args} { % }`;
    queries.push(path.replace('%', inner.replace('%', selection(target, 2) || '__typename')));
    if (connection && depth > 0 && target.name !== owner.name && target.getInterfaces().some((i) => isInterfaceType(i))) queries.push(...queriesOf(target, path.replace('%', inner), depth - 1));
  }
  return queries;
}

const QUERIES = [
  ...queriesOf(schema.getType('Organization') as GraphQLObjectType, 'query { organizations { % } }', 2),
  `query { node(id: "${encodeGlobalID('Organization', SEED.organizations.acme.id)}") { id } organization(uuid: "${SEED.organizations.acme.id}", fresh: true) { name } }`,
];

/** The spec operation a request is, by method and path template. */
function operationOf(method: string, path: string): string | undefined {
  const plain = path.split('?')[0]!.replace(/\/$/, '');
  for (const operation of SPEC_OPERATIONS.values()) {
    if (operation.method !== method) continue;
    const pattern = new RegExp(`^/v1/${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    if (pattern.test(plain)) return operation.operationId;
  }
  return undefined;
}

describe('every ClickHouse read through the gateway', () => {
  let stack: Stack;
  const ids = new Set<string>();
  beforeAll(async () => {
    // The budget is tested on its own; here it would only make the hundred reads wait their turn.
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('answers every field of the organization and what is under it without an error', { timeout: 120_000 }, async () => {
    expect(QUERIES.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const query of QUERIES) {
      const result = await stack.execute(parse(query) as unknown as TypedDocumentNode<unknown, Record<string, never>>);
      // A lookup by key (a backup, a setting) is asked of every service, and only one has it: NOT_FOUND elsewhere.
      const unexpected = (result.errors ?? []).filter((error) => !(error.extensions?.code === 'NOT_FOUND' && /\((uuid|settingName|queryId|quotaCode|functionName):/.test(query)));
      if (unexpected.length > 0) failures.push(`${query.slice(0, 160)}: ${JSON.stringify(unexpected).slice(0, 300)}`);
      for (const match of JSON.stringify(result.data ?? {}).matchAll(/"id":"([A-Za-z0-9+/=]{20,})"/g)) ids.add(match[1]!);
    }
    expect(failures).toEqual([]);
  });

  it('finds every object it listed again by its global id (one GET each where the API has one)', async () => {
    expect(ids.size).toBeGreaterThan(20);
    const result = await stack.execute(parse('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }') as unknown as TypedDocumentNode<{ nodes: ({ id: string } | null)[] }, { ids: string[] }>, { ids: [...ids] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes.map((node) => node?.id)).toEqual([...ids]);
  });

  it('has called every GET operation of the spec', () => {
    const called = new Set(stack.simulator.requests.map((request) => operationOf(request.method, request.path)));
    const reads = [...SPEC_OPERATIONS.values()].filter((operation) => operation.method === 'GET').map((operation) => operation.operationId);
    console.log(`ClickHouse reads called through the gateway: ${reads.filter((id) => called.has(id)).length} of ${reads.length}`);
    expect(reads.filter((id) => !called.has(id))).toEqual([]);
  });
});
