/**
 * Relay connections over lists the upstream returns whole. Every item the upstream has is
 * reachable: without `first`/`last` a connection returns all of them (up to MAX_PAGE_SIZE),
 * and `totalCount` always tells the full size.
 */
import { resolveArrayConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';

/** Largest page one connection field returns; protects the response size, not the upstream. */
export const MAX_PAGE_SIZE = 1000;

export function connectionFromArray<T>(items: readonly T[], args: DefaultConnectionArguments) {
  const connection = resolveArrayConnection(
    { args, defaultSize: Math.max(1, Math.min(items.length, MAX_PAGE_SIZE)), maxSize: MAX_PAGE_SIZE },
    items as T[],
  );
  return { ...connection, totalCount: items.length };
}

/** Connection-object options adding `totalCount` (pass as the second argument of t.connection). */
export const withTotalCount = {
  fields: <F>(t: { int: (options: { resolve: (connection: object) => number; description: string }) => F }) => ({
    totalCount: t.int({
      description: 'Number of items in the whole collection (after filters), not just this page.',
      resolve: (connection) => (connection as { totalCount: number }).totalCount,
    }),
  }),
};
