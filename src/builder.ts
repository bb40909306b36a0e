/**
 * The Pothos SchemaBuilder: plugins, scalar typings and options only. Types live in src/schema/.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './gateway-types.js';
import { MAX_NODE_IDS } from './limits/node-ids.js';
import { callsNothing } from './schema/operation-names.js';
import { encodeGlobalIdCached } from './schema/global-id-cache.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: string };
    UUID: { Input: string; Output: string };
    DivioId: { Input: string; Output: string };
    SafeInt: { Input: number; Output: number };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  // Non-null unless a field says otherwise: a null must mean something (missing upstream data).
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  // Errors first so that it wraps the resolvers the other plugins produce.
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  relay: {
    cursorType: 'String',
    // The default encoding, remembered per id: a warm read shows the same ids on every request.
    encodeGlobalID: encodeGlobalIdCached,
    // Node ids must not be guessable across types; the default base64 "Type:id" encoding is opaque
    // enough for clients and reversible for us.
    // node and nodes call what the type an id names calls (each type's fields say it).
    nodeQueryOptions: {
      description: 'Fetches any object of this graph by its global id.',
      args: { id: { description: 'A global id, as any `id` field returns it.' } },
      extensions: callsNothing('dispatches to the loader of the type the id names'),
    },
    nodesQueryOptions: {
      extensions: callsNothing('dispatches each id to the loader of the type it names'),
      description: 'Fetches several objects by global id, in order; null for each miss.',
      args: { ids: { description: `Global ids, as \`id\` fields return them: at most ${MAX_NODE_IDS} (more is refused with QUERY_TOO_COMPLEX).` } },
    },
    // Every connection, edge and paging argument documents itself (a test fails on any gap).
    nodeTypeOptions: { description: 'An object with a global id: node(id:) fetches it again.' },
    idFieldOptions: { description: 'The global id: opaque, stable, accepted by node(id:) and by mutation inputs.' },
    pageInfoTypeOptions: { description: 'Where this page lies in the whole list (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'More items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page: pass it as `after` for the next page.' },
    cursorFieldOptions: { description: 'Where this item is in the list: pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The item.', nullable: false },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.', nullable: { list: false, items: false } },
    pageInfoFieldOptions: { description: 'How to page on from here.' },
    firstArgOptions: { description: 'At most this many items from the start (or after `after`).' },
    lastArgOptions: { description: 'At most this many items from the end (or before `before`).' },
    afterArgOptions: { description: 'Only items after this cursor.' },
    beforeArgOptions: { description: 'Only items before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with Relay cursors and the total count.' },
    defaultEdgeTypeOptions: { description: 'One item of a page and its cursor.' },
  },
  errors: {
    // Nothing is caught implicitly: each field lists the expected failures it turns into results.
    defaultTypes: [],
  },
});
