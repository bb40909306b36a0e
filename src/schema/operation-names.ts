/**
 * Every field that calls an upstream names the operation at the end of its description
 * (API.md), so GraphiQL's docs show the REST call behind each name. A field states the calls as a
 * fact, in its `extensions`; `nameOperations` writes them into the descriptions once the schema is
 * built, so the wording is the same everywhere and the fact is never retyped into prose.
 */
import { isObjectType, type GraphQLSchema } from 'graphql';

export type UpstreamApi = 'ClickHouse' | 'Divio';

/** The operations a field calls, per upstream, in the order they are called. */
export type UpstreamCalls = {
  upstreamCalls: ReadonlyArray<{ api: UpstreamApi; operations: readonly string[] }>;
} & Record<string, unknown>;

/** `extensions` of a field calling these ClickHouse operations (the spec's operationIds). */
export const clickhouseCalls = (...operations: string[]): UpstreamCalls => ({ upstreamCalls: [{ api: 'ClickHouse', operations }] });

/** `extensions` of a field calling these Divio operations (the seed's operation names). */
export const divioCalls = (...operations: string[]): UpstreamCalls => ({ upstreamCalls: [{ api: 'Divio', operations }] });

/** `extensions` of a field that looks upstream-backed but calls nothing, and why. */
export const callsNothing = (reason: string): Record<string, unknown> => ({ callsNothing: reason });

/** Appends `(ClickHouse: a, b)` / `(Divio: c)` to the description of every field that states its calls. */
export function nameOperations(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const calls = (field.extensions as Partial<UpstreamCalls>).upstreamCalls;
      if (!calls || calls.length === 0) continue;
      const suffix = calls.map(({ api, operations }) => `(${api}: ${operations.join(', ')})`).join(' ');
      field.description = field.description ? `${field.description} ${suffix}` : suffix;
    }
  }
  return schema;
}
