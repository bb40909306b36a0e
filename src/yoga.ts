/**
 * createGateway(deps): the yoga instance (schema, context, plugins). It never listens; app.ts
 * mounts it on node:http, tests may call `gateway.fetch` directly.
 */
import { timingSafeEqual } from 'node:crypto';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { createContext, renewRequestCaches, type Context, type GatewayDeps, type HeaderSource } from './context.js';
import { graphiqlOptions, renderGraphiQL, useGraphiqlOffPage } from './graphiql.js';
import { yogaLogger } from './observability/logger.js';
import { requestIdOf, useRequestObservability } from './observability/request-plugin.js';
import { corsOption, securityPlugins } from './security.js';
import { schema } from './schema/index.js';
import { useResultCache } from './result-cache.js';
import { shareEventResult } from './live/shared-results.js';

export const GRAPHQL_PATH = '/graphql';

export type Gateway = YogaServerInstance<Record<string, never>, Context>;

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

/** GATEWAY_TOKENS: every GraphQL request needs `Authorization: Bearer <one of them>`. */
function useGatewayTokens(tokens: readonly string[]): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (tokens.length === 0 || url.pathname !== GRAPHQL_PATH) return;
      if (bearerAccepted(request.headers.get('authorization'), tokens)) return;
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

/**
 * After each event of a subscription: its result is the one shared by every subscriber of that
 * event asking the same (shared-results.ts), and its per-request caches start afresh.
 */
const renewAfterEvent = {
  onNext({ args, result, setResult }: { args: ExecutionArgs; result: ExecutionResult; setResult: (result: ExecutionResult) => void }) {
    const context = args.contextValue as Context;
    setResult(shareEventResult(context, context.credentialScope, args.document, args.variableValues, result));
    renewRequestCaches(context);
  },
};
/** Once a subscription is set up; shared objects, so a subscription costs no closures here. */
const renewAfterSetUp = {
  onSubscribeResult({ args }: { args: { contextValue: unknown } }) {
    renewRequestCaches(args.contextValue as Context);
    return renewAfterEvent;
  },
};

/** A subscription's per-request caches are renewed once it is set up and after every event. */
function useEventScopedCaches(): Plugin<Context> {
  return { onSubscribe: () => renewAfterSetUp };
}

/** Reads connection_init payload keys like headers: case-insensitive, strings only. */
export function paramsAsHeaders(params: Record<string, unknown>): HeaderSource {
  const lowered = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') lowered.set(name.toLowerCase(), value);
  }
  return { get: (name) => lowered.get(name.toLowerCase()) ?? null };
}

export function createGateway(deps: GatewayDeps): Gateway {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Over HTTP the credentials are headers; over WebSocket they are connection_init payload keys.
    context: ({
      request,
      connectionParams,
      operationSignal,
    }: {
      request?: Request;
      connectionParams?: Record<string, unknown>;
      operationSignal?: AbortSignal;
    }) =>
      connectionParams
        ? createContext(deps, paramsAsHeaders(connectionParams), { signal: operationSignal })
        : createContext(deps, request!.headers, { signal: request!.signal, requestId: requestIdOf(request!), recordReads: true }),
    graphiql: deps.config.graphiql ? graphiqlOptions(deps.config) : false,
    renderGraphiQL,
    maskedErrors: { maskError: maskWithCodes },
    landingPage: false,
    // http-handler.ts enforces MAX_BODY_BYTES while reading, before yoga sees a body; yoga's own
    // limit would stream every body through a second, redundant counter.
    maxRequestBodySize: false,
    parserAndValidationCache: deps.parseCache.yogaOption(),
    cors: corsOption(deps.config),
    logging: yogaLogger(deps.logger),
    plugins: [
      useRequestObservability(deps.logger, deps.metrics),
      ...(deps.config.graphiql ? [] : [useGraphiqlOffPage(GRAPHQL_PATH)]),
      useGatewayTokens(deps.config.gatewayTokens),
      ...securityPlugins(deps.config),
      ...deps.persistedOperations.plugins,
      useEventScopedCaches(),
      // Last: it looks requests up once every other plugin has checked them.
      ...(deps.resultCache ? [useResultCache(deps, deps.resultCache)] : []),
    ],
  });
}
