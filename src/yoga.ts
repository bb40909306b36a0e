/**
 * createGateway(deps): the yoga instance (schema, context, plugins). It never listens; app.ts
 * mounts it on node:http, tests may call `gateway.fetch` directly.
 */
import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { createContext, type Context, type GatewayDeps } from './context.js';
import { GRAPHIQL_DEFAULT_DOCUMENT } from './examples.js';
import { schema } from './schema/index.js';

export const GRAPHQL_PATH = '/graphql';

export type Gateway = YogaServerInstance<Record<string, never>, Context>;

function tokenMatches(presented: string, tokens: readonly string[]): boolean {
  const given = Buffer.from(presented);
  let matched = false;
  // Compare against every token in constant time so timing reveals neither which nor how much.
  for (const token of tokens) {
    const expected = Buffer.from(token);
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
  }
  return matched;
}

/** GATEWAY_TOKENS: every GraphQL request needs `Authorization: Bearer <one of them>`. */
function useGatewayTokens(tokens: readonly string[]): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (tokens.length === 0 || url.pathname !== GRAPHQL_PATH) return;
      const header = request.headers.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (match && tokenMatches(match[1]!, tokens)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: 'A valid gateway bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
          { status: 401, headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' } },
        ),
      );
    },
  };
}

/**
 * Pothos reports malformed arguments (bad global ids, negative `first`) as plain GraphQL errors;
 * give them the BAD_USER_INPUT code clients branch on. Everything unexpected stays masked.
 */
function maskWithCodes(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof PothosValidationError || error instanceof PothosValidationError) {
    const source = error as GraphQLError;
    return new GraphQLError(source.message, {
      nodes: source.nodes,
      path: source.path,
      extensions: { ...source.extensions, code: 'BAD_USER_INPUT' },
    });
  }
  return maskError(error, message, isDev);
}

export function createGateway(deps: GatewayDeps): Gateway {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext(deps, request.headers),
    graphiql: { title: 'opsgraph', defaultQuery: GRAPHIQL_DEFAULT_DOCUMENT },
    maskedErrors: { maskError: maskWithCodes },
    landingPage: false,
    logging: 'warn',
    plugins: [useGatewayTokens(deps.config.gatewayTokens)],
  });
}
