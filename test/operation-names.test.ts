/**
 * Every field that calls an upstream says which operation, at the end of its description, so
 * GraphiQL's docs show the REST call behind each name (API.md, "Every field names its upstream
 * operation"): `(ClickHouse: instanceGetList)`, `(Divio: ListDomains)`, several in call order.
 * Upstream-backed means: every root field, mutation and subscription, every connection, every
 * field that returns a Node, and every field with arguments on a Node type; the few that call
 * nothing say why in `extensions.callsNothing` (printed here). Each named operation must exist in
 * the committed extracts of the two APIs.
 */
import { readFileSync } from 'node:fs';
import { getNamedType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const clickhouse = JSON.parse(readFileSync(new URL('./contracts/clickhouse-openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};
const divio = JSON.parse(readFileSync(new URL('./contracts/divio-seed.json', import.meta.url), 'utf8')) as { operations: { name: string }[] };

const KNOWN = {
  ClickHouse: new Set(Object.values(clickhouse.paths).flatMap((item) => Object.values(item).map((op) => op.operationId))),
  Divio: new Set(divio.operations.map((op) => op.name)),
};


const SUFFIX = /\((ClickHouse|Divio): ([A-Za-z_]+(?:, [A-Za-z_]+)*)\)(?: \((ClickHouse|Divio): ([A-Za-z_]+(?:, [A-Za-z_]+)*)\))?$/;

function upstreamBacked(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  if (['Query', 'Mutation', 'Subscription'].includes(type.name)) return true;
  // A payload carries what its mutation's call answered: the mutation names that call.
  if (type.name.endsWith('Payload')) return false;
  const returned = getNamedType(field.type);
  if (returned.name.endsWith('Connection')) return true;
  const isNode = (candidate: unknown) => isObjectType(candidate) && candidate.getInterfaces().some((face) => face.name === 'Node');
  if (isObjectType(returned) && isNode(returned) && field.name !== 'node') return true;
  if (isInterfaceType(returned) && returned.name === 'Node') return true;
  return isNode(type) && field.args.length > 0;
}

function fieldsOf(): Array<{ coordinate: string; description: string }> {
  const found: Array<{ coordinate: string; description: string }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (upstreamBacked(type, field) && !('callsNothing' in (field.extensions ?? {}))) found.push({ coordinate, description: field.description ?? '' });
    }
  }
  return found;
}

describe('every upstream-backed field names its operation', () => {
  it('ends its description with (ClickHouse: ...) or (Divio: ...), naming real operations', () => {
    const fields = fieldsOf();
    const missing = fields.filter(({ description }) => !SUFFIX.test(description)).map(({ coordinate }) => coordinate);
    expect(missing, `${missing.length} of ${fields.length} fields do not name their operation`).toEqual([]);
    const unknown: string[] = [];
    for (const { coordinate, description } of fields) {
      const match = SUFFIX.exec(description)!;
      for (const [api, names] of [[match[1], match[2]], [match[3], match[4]]] as const) {
        if (!api || !names) continue;
        for (const name of names.split(', ')) if (!KNOWN[api as keyof typeof KNOWN].has(name)) unknown.push(`${coordinate}: ${api} ${name}`);
      }
    }
    expect(unknown).toEqual([]);
    console.log(`${fields.length} upstream-backed fields, each naming its operation`);
  });
});
