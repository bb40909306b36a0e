/**
 * Credentials as the gateway holds them: the secret material plus a fingerprint. Everything shared
 * across requests (budget, cache, pollers) is keyed by the fingerprint, a one-way hash, so a secret
 * never becomes a map key, a log field or a metric label.
 */
import { createHash } from 'node:crypto';

/** Hex characters of SHA-256 kept in a fingerprint: 64 bits, ample to keep credentials apart. */
const FINGERPRINT_LENGTH = 16;

export function fingerprint(kind: string, secretMaterial: string): string {
  return createHash('sha256').update(`${kind}\0${secretMaterial}`).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

export interface ClickHouseCredential {
  readonly keyId: string;
  readonly keySecret: string;
  readonly fingerprint: string;
}

export function clickHouseCredential(keyId: string, keySecret: string): ClickHouseCredential {
  return { keyId, keySecret, fingerprint: fingerprint('clickhouse', `${keyId}:${keySecret}`) };
}

/** Longest credential header accepted; real key ids and secrets are far shorter. */
export const MAX_CREDENTIAL_LENGTH = 512;
/** Visible ASCII only: no whitespace or control characters can reach an upstream header. */
const CREDENTIAL_PART = /^[\x21-\x7e]+$/;

export type CredentialParseResult =
  | { ok: true; credential: ClickHouseCredential }
  | { ok: false; reason: string };

/** Parses `x-clickhouse-key: <keyId>:<keySecret>`. The reason never repeats the header's value. */
export function parseClickHouseKeyHeader(value: string): CredentialParseResult {
  const trimmed = value.trim();
  if (trimmed.length > MAX_CREDENTIAL_LENGTH) {
    return { ok: false, reason: `x-clickhouse-key is longer than ${MAX_CREDENTIAL_LENGTH} characters` };
  }
  const separator = trimmed.indexOf(':');
  if (separator <= 0 || separator === trimmed.length - 1) {
    return { ok: false, reason: 'x-clickhouse-key must be "<keyId>:<keySecret>"' };
  }
  const keyId = trimmed.slice(0, separator);
  const keySecret = trimmed.slice(separator + 1);
  if (!CREDENTIAL_PART.test(keyId) || !CREDENTIAL_PART.test(keySecret)) {
    return { ok: false, reason: 'x-clickhouse-key may contain only visible ASCII characters' };
  }
  return { ok: true, credential: clickHouseCredential(keyId, keySecret) };
}

export interface DivioCredential {
  readonly token: string;
  readonly fingerprint: string;
}

export function divioCredential(token: string): DivioCredential {
  return { token, fingerprint: fingerprint('divio', token) };
}

export type DivioCredentialParseResult = { ok: true; credential: DivioCredential } | { ok: false; reason: string };

/**
 * Divio's own Authorization scheme is `Token <token>`; people paste that whole value, so the
 * scheme word is accepted and dropped.
 */
const DIVIO_SCHEME = /^Token\s+/i;

/** Parses `x-divio-token: <token>` (or `Token <token>`); the reason never repeats the header's value. */
export function parseDivioTokenHeader(value: string): DivioCredentialParseResult {
  const token = value.trim().replace(DIVIO_SCHEME, '');
  if (token.length === 0) return { ok: false, reason: 'x-divio-token is empty' };
  if (token.length > MAX_CREDENTIAL_LENGTH) {
    return { ok: false, reason: `x-divio-token is longer than ${MAX_CREDENTIAL_LENGTH} characters` };
  }
  if (/\s/.test(token)) return { ok: false, reason: 'x-divio-token must be the bare token ("x-divio-token: <token>"), without spaces' };
  if (!CREDENTIAL_PART.test(token)) return { ok: false, reason: 'x-divio-token may contain only visible ASCII characters' };
  return { ok: true, credential: divioCredential(token) };
}
