/**
 * Whose request it is: the per-request credential headers (or connection_init keys) over the
 * server-held ones, resolved lazily per upstream, so a bad ClickHouse key fails only the
 * ClickHouse fields of a request that also asks Divio.
 */
import { GraphQLError } from 'graphql';
import type { GatewayDeps, HeaderSource } from './gateway-types.js';
import { parseClickHouseKeyHeader, parseDivioTokenHeader } from './upstream/credentials.js';

/** Header names of API.md. */
export const CLICKHOUSE_KEY_HEADER = 'x-clickhouse-key';
export const DIVIO_TOKEN_HEADER = 'x-divio-token';

/** A credential, or the coded error every use of it throws (`malformed`: a bad header, not a missing one). */
export type Resolved<C> = { credential: C } | { error: GraphQLError; malformed: boolean };

function unauthenticated(upstream: 'clickhouse' | 'divio', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', upstream } });
}

/**
 * A per-request credential header wins over the server-held one. Resolution is lazy per upstream,
 * so a bad ClickHouse key fails only the ClickHouse fields of a request that also asks Divio.
 */
function resolveCredential<C>(
  upstream: 'clickhouse' | 'divio',
  header: string | null | undefined,
  parse: (value: string) => { ok: true; credential: C } | { ok: false; reason: string },
  serverHeld: C | null,
  missing: string,
): Resolved<C> {
  if (header !== null && header !== undefined) {
    const parsed = parse(header);
    return parsed.ok ? { credential: parsed.credential } : { error: unauthenticated(upstream, parsed.reason), malformed: true };
  }
  return serverHeld ? { credential: serverHeld } : { error: unauthenticated(upstream, missing), malformed: false };
}

/** Both credentials of a request, resolved from its headers or held by the server. */
export function requestCredentials(deps: GatewayDeps, headers: HeaderSource) {
  return {
    clickhouse: resolveCredential(
      'clickhouse',
      headers.get(CLICKHOUSE_KEY_HEADER),
      parseClickHouseKeyHeader,
      deps.serverCredentials.clickhouse,
      'No ClickHouse Cloud credentials: send the x-clickhouse-key header ("<keyId>:<keySecret>") or configure CLICKHOUSE_API_KEY_ID and CLICKHOUSE_API_KEY_SECRET',
    ),
    divio: resolveCredential(
      'divio',
      headers.get(DIVIO_TOKEN_HEADER),
      parseDivioTokenHeader,
      deps.serverCredentials.divio,
      'No Divio credentials: send the x-divio-token header or configure DIVIO_API_TOKEN',
    ),
  };
}

/** Both credentials' fingerprints ("-" for none): what results may be shared within. */
export function fingerprintsOf(clickhouse: Resolved<{ fingerprint: string }>, divio: Resolved<{ fingerprint: string }>): string {
  const fingerprintOf = (resolved: Resolved<{ fingerprint: string }>) => ('credential' in resolved ? resolved.credential.fingerprint : '-');
  return `${fingerprintOf(clickhouse)}:${fingerprintOf(divio)}`;
}

/**
 * Both credentials of a request as fingerprints ("-" for none), as createContext would resolve
 * them; null when a credential header is malformed (such a request is never answered from a kept
 * result). Keys of reused results.
 */
export function requestFingerprints(deps: GatewayDeps, headers: HeaderSource): string | null {
  const { clickhouse, divio } = requestCredentials(deps, headers);
  if (('malformed' in clickhouse && clickhouse.malformed) || ('malformed' in divio && divio.malformed)) return null;
  return fingerprintsOf(clickhouse, divio);
}
