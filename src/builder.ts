/**
 * The Pothos SchemaBuilder: plugins, scalar typings and options only. Types live in src/schema/.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    UUID: { Input: string; Output: string };
    DivioId: { Input: string; Output: string };
    SafeInt: { Input: number; Output: number };
    JSON: { Input: unknown; Output: unknown };
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
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    // Node ids must not be guessable across types; the default base64 "Type:id" encoding is opaque
    // enough for clients and reversible for us.
    nodeQueryOptions: { description: 'Fetches any object of this graph by its global id.' },
    nodesQueryOptions: { description: 'Fetches several objects by global id, in order; null for each miss.' },
  },
  errors: {
    // Nothing is caught implicitly: each field lists the expected failures it turns into results.
    defaultTypes: [],
  },
});
