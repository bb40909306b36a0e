/**
 * Global ids, encoded as Pothos encodes them (base64 of `Type:key`), remembered: a warm read
 * answers the same objects again and again, and every one of them shows its `id`. Bounded: past
 * GLOBAL_ID_CACHE_ENTRIES ids the remembered ones are dropped and remembering starts afresh.
 */

/**
 * Global ids remembered, all types together.
 * @default 10_000
 */
export const GLOBAL_ID_CACHE_ENTRIES = 10_000;

const encoded = new Map<string, Map<string, string>>();
let size = 0;

/** Pothos' encoding (`encodeGlobalID` of @pothos/plugin-relay), byte for byte. */
export function encodeGlobalIdCached(typename: string, id: string | number | bigint): string {
  const key = String(id);
  let ofType = encoded.get(typename);
  const known = ofType?.get(key);
  if (known !== undefined) return known;
  const globalId = Buffer.from(`${typename}:${key}`).toString('base64');
  if (size >= GLOBAL_ID_CACHE_ENTRIES) {
    encoded.clear();
    size = 0;
    ofType = undefined;
  }
  if (!ofType) encoded.set(typename, (ofType = new Map()));
  ofType.set(key, globalId);
  size++;
  return globalId;
}
