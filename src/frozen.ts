/**
 * Frozen values: the configuration, and results that answer many requests, where nothing may
 * change one after it is shared.
 */
import type { ExecutionResult } from 'graphql';

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Freezes a result that answers many requests, serialised once: yoga's result processor uses a
 * result's own `stringify` when it has one (not enumerable, so not part of the JSON). Returns the
 * JSON.
 */
export function freezeWithOwnJson(result: ExecutionResult): string {
  const json = JSON.stringify(result);
  Object.defineProperty(result, 'stringify', { value: () => json, enumerable: false });
  deepFreeze(result);
  return json;
}
