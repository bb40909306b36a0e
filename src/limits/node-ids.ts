/**
 * How many objects one `nodes(ids:)` fetches. Each id may need an upstream lookup of its own (a
 * Divio object fetched one by one, a ClickHouse service in an organization nothing else asked
 * for), so the length of the list is a limit in itself, checked before anything is loaded.
 */
import { argumentsOf, fieldsOf, queryTooComplex, type Operation } from './operation.js';

/**
 * Ids one `nodes(ids:)` takes: a screen's worth of objects (a page of a connection is at most 100
 * too). More is refused with QUERY_TOO_COMPLEX before any upstream call.
 * @default 100
 */
export const MAX_NODE_IDS = 100;

/** The refusal for the first root `nodes` (or alias of it) given more than MAX_NODE_IDS ids. */
export function nodesOverLimit({ definition, fragments, variables }: Operation) {
  if (definition.operation !== 'query') return undefined;
  // Fragments spread at the root are on Query (validation checked that).
  for (const field of fieldsOf(definition.selectionSet, fragments, () => true)) {
    if (field.name.value !== 'nodes') continue;
    const { ids } = argumentsOf(field, variables);
    const count = Array.isArray(ids) ? ids.length : 1;
    if (count > MAX_NODE_IDS) {
      return queryTooComplex(`nodes(ids:) takes at most ${MAX_NODE_IDS} ids, got ${count}`, { argument: 'ids', ids: count, limit: MAX_NODE_IDS });
    }
  }
  return undefined;
}
