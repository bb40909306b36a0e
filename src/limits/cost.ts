/**
 * The cost of an operation as graphql-armor's cost rule computes it (2 per object, 1 per scalar,
 * the children of a field multiplied by its `first`/`last`), with what that rule cannot see: the
 * values of variables (`first: $n` counts n, not 1) and the length of list arguments (`nodes(ids:)`
 * returns one object per id, a batch input makes one per item). The larger of the two multiplies.
 */
import { Kind, valueFromASTUntyped, type FieldNode, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { Operation } from './operation.js';

/** graphql-armor's defaults, which our DOCUMENT_LIMITS keep. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;

export interface CostWeights {
  /** Each level's children cost this much more than their own sum (DOCUMENT_LIMITS.depthCostFactor). */
  depthCostFactor: number;
}

/**
 * How deep lists are looked for inside an argument: our inputs nest a few levels; a variable
 * nested deeper than any input type is refused by graphql's coercion anyway, and must not
 * exhaust the stack here first.
 */
const MAX_INPUT_DEPTH = 16;

/** The longest list anywhere in a value (a list inside an input object counts too); 0 for none. */
export function longestList(value: unknown, depth = 0): number {
  // Loops, not Math.max(...items): a body can hold a list of a quarter of a million items.
  let longest = Array.isArray(value) ? value.length : 0;
  if (value && typeof value === 'object' && depth < MAX_INPUT_DEPTH) {
    for (const item of Object.values(value)) longest = Math.max(longest, longestList(item, depth + 1));
  }
  return longest;
}

/** How many times a field's children count: its `first`/`last`, or its longest list argument. */
function multiplierOf(field: FieldNode, variables: Operation['variables']): number {
  let multiplier = 1;
  for (const argument of field.arguments ?? []) {
    const value = valueFromASTUntyped(argument.value, variables);
    const name = argument.name.value;
    if ((name === 'first' || name === 'last') && typeof value === 'number') multiplier = Math.max(multiplier, value);
    multiplier = Math.max(multiplier, longestList(value));
  }
  return multiplier;
}

export function operationCost(operation: Operation, weights: CostWeights): number {
  const { fragments, variables } = operation;
  // A fragment costs the same wherever it is spread (variables are the operation's): count it once.
  const fragmentCosts = new Map<string, number>();
  const childrenCost = (selectionSet: SelectionSetNode) =>
    selectionSet.selections.reduce((sum, child) => sum + weights.depthCostFactor * cost(child), 0);
  const cost = (node: SelectionNode): number => {
    if (node.kind === Kind.FIELD) {
      if (node.name.value === '__schema') return 0; // introspection is armor's to ignore too
      if (!node.selectionSet) return SCALAR_COST;
      return (OBJECT_COST + childrenCost(node.selectionSet)) * multiplierOf(node, variables);
    }
    if (node.kind === Kind.INLINE_FRAGMENT) return OBJECT_COST + childrenCost(node.selectionSet);
    const name = node.name.value;
    let spread = fragmentCosts.get(name);
    if (spread === undefined) {
      const fragment = fragments.get(name);
      spread = fragment ? OBJECT_COST + childrenCost(fragment.selectionSet) : 0;
      fragmentCosts.set(name, spread);
    }
    return SCALAR_COST + weights.depthCostFactor * spread;
  };
  return operation.definition.selectionSet.selections.reduce((sum, child) => sum + cost(child), 0);
}
