/**
 * Relay connections over lists the upstream returns whole. Every item the upstream has is
 * reachable: without `first`/`last` a connection returns all of them (up to MAX_PAGE_SIZE),
 * and `totalCount` always tells the full size.
 */
import { offsetForArgs, offsetToCursor, type DefaultConnectionArguments } from '@pothos/plugin-relay';

/** Largest page one connection field returns; protects the response size, not the upstream. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Offset cursors of the first offsets, encoded once: every page of every list starts at 0, and
 * each edge would otherwise encode its cursor afresh on every request, asked for or not.
 */
const CURSORS: string[] = [];
const CACHED_CURSORS = 4 * MAX_PAGE_SIZE;

function cursorOf(offset: number): string {
  if (offset < 0 || offset >= CACHED_CURSORS) return offsetToCursor(offset);
  return (CURSORS[offset] ??= offsetToCursor(offset));
}

/** Pothos' resolveArrayConnection (the same page, edges and cursors), with cursors remembered. */
export function connectionFromArray<T>(items: readonly T[], args: DefaultConnectionArguments) {
  const { limit, offset, expectedSize, hasPreviousPage, hasNextPage } = offsetForArgs({
    args,
    totalCount: items.length,
    defaultSize: Math.max(1, Math.min(items.length, MAX_PAGE_SIZE)),
    maxSize: MAX_PAGE_SIZE,
  });
  const nodes = items.slice(offset, offset + limit);
  const edges: ({ cursor: string; node: T } | null)[] = [];
  const count = Math.min(nodes.length, expectedSize);
  for (let index = 0; index < count; index++) {
    const node = nodes[index];
    edges.push(node == null ? null : { cursor: cursorOf(offset + index), node });
  }
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      startCursor: cursorOf(offset),
      endCursor: cursorOf(offset + edges.length - 1),
      hasPreviousPage,
      hasNextPage: hasNextPage(nodes.length),
    },
  };
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
