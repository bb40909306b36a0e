/**
 * The shapes of upstream ids, as pure checks: the scalars, the global-id keys and the loaders all
 * ask them, and none of those should load the schema builder to do so.
 */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Divio ids are opaque: the real API answers 26-character base32 ids and the seed hyphenated UUIDs.
 * Anything of id characters up to 64 long is accepted; only what could never be an id is refused,
 * so a forged value never reaches a URL.
 */
const DIVIO_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function isDivioId(value: string): boolean {
  return DIVIO_ID_PATTERN.test(value);
}
