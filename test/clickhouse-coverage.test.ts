/**
 * The whole ClickHouse Cloud API is reachable: every operationId of the committed facts-only
 * extract of the spec (142) is named, under API.md's rules, by the description of some field,
 * mutation or subscription of the served schema, as GraphiQL's docs show it.
 */
import { readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const extract = JSON.parse(readFileSync(new URL('./contracts/clickhouse-openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const SPEC_OPERATIONS = Object.values(extract.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId).filter((id): id is string => typeof id === 'string'));

/** Every `(ClickHouse: a, b)` in the schema's field descriptions. */
function namedOperations(): Set<string> {
  const named = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const match of (field.description ?? '').matchAll(/\(ClickHouse: ([^)]+)\)/g)) for (const id of match[1]!.split(', ')) named.add(id);
    }
  }
  return named;
}

describe('the ClickHouse Cloud API in the schema', () => {
  it('names every operation of the spec', () => {
    const named = namedOperations();
    const missing = SPEC_OPERATIONS.filter((id) => !named.has(id));
    const share = ((SPEC_OPERATIONS.length - missing.length) / SPEC_OPERATIONS.length) * 100;
    console.log(`ClickHouse operations named in the schema: ${SPEC_OPERATIONS.length - missing.length} of ${SPEC_OPERATIONS.length} (${share.toFixed(0)}%)`);
    expect(SPEC_OPERATIONS.length).toBe(142);
    expect(missing).toEqual([]);
  });

  it('names no operation the spec does not have', () => {
    const known = new Set(SPEC_OPERATIONS);
    expect([...namedOperations()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('marks the deprecated operations @deprecated', () => {
    const mutation = schema.getMutationType()!.getFields();
    expect(mutation.updateServiceScaling!.deprecationReason).toBeTruthy();
    expect(schema.getType('Organization') && isObjectType(schema.getType('Organization')) && (schema.getType('Organization') as { getFields(): Record<string, { deprecationReason?: string | null }> }).getFields().privateEndpointConfig!.deprecationReason).toBeTruthy();
  });
});
