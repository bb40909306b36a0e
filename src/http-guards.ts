/**
 * The doors in front of yoga, checked on every transport before any GraphQL work: POST, GET, SSE,
 * multipart and the WebSocket upgrade all pass through `guardGraphqlRequest`.
 *
 * - The Host must be one this gateway answers to (ALLOWED_HOSTS): a page on evil.example whose
 *   name was rebound to 127.0.0.1 sends `Host: evil.example`, which a loopback gateway refuses
 *   (DNS rebinding).
 * - A browser's Origin must be the gateway's own or one of CORS_ORIGINS: a foreign page can open
 *   a WebSocket (no CORS applies to it) or send a simple request, and would otherwise use the
 *   server-held credentials (cross-site WebSocket hijacking). Clients without Origin (servers,
 *   the CLI) are unaffected.
 * - With GATEWAY_TOKENS, the bearer token, except for the GraphiQL page itself (it holds no data)
 *   and CORS preflights (a browser never sends credentials on one).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AllowedHost, Config } from './config.js';

export function tokenMatches(presented: string, tokens: readonly string[]): boolean {
  const given = Buffer.from(presented);
  let matched = false;
  // Compare against every token in constant time so timing reveals neither which nor how much.
  for (const token of tokens) {
    const expected = Buffer.from(token);
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
  }
  return matched;
}

/** True when no tokens are configured, or `authorization` is `Bearer <one of them>`. */
export function bearerAccepted(authorization: string | null | undefined, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match !== null && tokenMatches(match[1]!, tokens);
}

/** The one GraphQL endpoint: every transport is served on exactly this path. */
export const GRAPHQL_PATH = '/graphql';

/** A refusal, answered as a GraphQL-over-HTTP error body with a code. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** `host[:port]` of a Host header or origin, split; IPv6 literals keep their brackets. */
function splitHost(host: string): { name: string; port: string | null } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.toLowerCase());
  return match ? { name: match[1]!, port: match[2] ?? null } : { name: host.toLowerCase(), port: null };
}

export function hostAllowed(host: string | undefined, allowed: Config['allowedHosts']): boolean {
  if (allowed === '*') return true;
  if (host === undefined) return false;
  const { name, port } = splitHost(host);
  return allowed.some((entry: AllowedHost) => entry.name === name && (entry.port === null || entry.port === port));
}

/** Same origin (the Origin names the Host the request was sent to) or listed in CORS_ORIGINS. */
export function originAllowed(origin: string | undefined, host: string | undefined, corsOrigins: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (corsOrigins.includes('*') || corsOrigins.includes(origin)) return true;
  if (host === undefined || !URL.canParse(origin)) return false;
  // Scheme is not compared: behind a TLS-terminating proxy the page is https and the hop is http.
  return new URL(origin).host === host.toLowerCase();
}

/** Requests yoga answers with the GraphiQL page (GET asking for HTML) hold no data. */
function isGraphiqlPage(req: IncomingMessage, config: Config): boolean {
  return config.graphiql && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

export const HOST_REFUSAL: Refusal = {
  status: 421,
  code: 'HOST_NOT_ALLOWED',
  message: 'This gateway does not answer to that Host; add it to ALLOWED_HOSTS',
};

const NOT_FOUND: Refusal = { status: 404, code: 'NOT_FOUND', message: `Not found: the GraphQL endpoint is ${GRAPHQL_PATH}` };

/**
 * Why a request is refused before yoga, or null when it may pass: its Host, then its path (yoga
 * alone would answer any path ending in /graphql), its Origin and its token.
 */
export function guardGraphqlRequest(req: IncomingMessage, config: Config, { upgrade = false } = {}): Refusal | null {
  const { host, origin, authorization } = req.headers;
  if (!hostAllowed(host, config.allowedHosts)) return HOST_REFUSAL;
  if ((req.url ?? '/').split('?')[0] !== GRAPHQL_PATH) return NOT_FOUND;
  if (!originAllowed(origin, host, config.corsOrigins)) {
    return { status: 403, code: 'ORIGIN_NOT_ALLOWED', message: 'Cross-origin requests need their origin in CORS_ORIGINS' };
  }
  // Over WebSocket the token travels in connection_init (browsers cannot set headers on an upgrade).
  if (upgrade || req.method === 'OPTIONS' || isGraphiqlPage(req, config)) return null;
  if (bearerAccepted(authorization, config.gatewayTokens)) return null;
  return { status: 401, code: 'UNAUTHENTICATED', message: 'A valid gateway bearer token is required', headers: { 'www-authenticate': 'Bearer' } };
}

/** The refusal as the JSON body every GraphQL client can read. */
export function refusalBody(refusal: Refusal): string {
  return JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
}
