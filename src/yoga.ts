/**
 * createGateway(deps): the yoga instance (schema, context, plugins). It never listens; app.ts
 * mounts it on node:http, tests may call `gateway.fetch` directly.
 */
import { GraphQLError, type DocumentNode } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { PothosSchemaError, PothosValidationError } from '@pothos/core';
import type { Context, GatewayDeps, HeaderSource } from './gateway-types.js';
import { createContext } from './context.js';
import { GRAPHQL_PATH } from './http-guards.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { useGraphiqlOffPage } from './plugins/use-graphiql-off-page.js';
import { useEventScopedCaches } from './plugins/use-event-scoped-caches.js';
import { yogaLogger } from './observability/logger.js';
import { requestIdOf } from './observability/requests.js';
import { useRequestObservability } from './plugins/use-request-observability.js';
import { corsOption, DOCUMENT_LIMITS, securityPlugins } from './security.js';
import { schema } from './schema/index.js';
import { useResultCache } from './plugins/use-result-cache.js';
import { useClientErrors } from './plugins/use-client-errors.js';
import { useStaleMarker } from './plugins/use-stale-marker.js';
import { useCompiledQueries } from './plugins/use-compiled-queries.js';
import { preparesRequests, usePreparedRequests, type MaskErrors } from './prepared-requests.js';
import { useCostExtension } from './plugins/use-cost-extension.js';
import { useTracing } from './plugins/use-tracing.js';
import { tracing } from './observability/tracing.js';


export type Gateway = YogaServerInstance<Record<string, never>, Context>;

/**
 * Pothos reports malformed arguments (bad global ids, negative `first`) as plain GraphQL errors;
 * give them the BAD_USER_INPUT code clients branch on. A global id naming no type of this graph
 * fails inside Pothos' node resolution as "<Type> has not been implemented": that too is the
 * client's mistake. These are changed in place: yoga logs every error its mask replaces at error
 * level, with its message, and a client's typo is neither an error of ours nor ours to log.
 * Everything unexpected stays masked.
 */
function maskWithCodes(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof PothosValidationError || error instanceof PothosValidationError) {
    (error as GraphQLError).extensions.code = 'BAD_USER_INPUT';
    return error as GraphQLError;
  }
  if (error instanceof GraphQLError && original instanceof PothosSchemaError && isNodeLookup(error.path)) {
    error.message = 'The global id names no type of this graph';
    error.extensions.code = 'BAD_USER_INPUT';
    return error;
  }
  return maskError(error, message, isDev);
}

/** yoga's default message for what its mask hides. */
const MASKED_MESSAGE = 'Unexpected error.';

/**
 * The errors of a result masked as yoga masks them (its message, and its error line for each
 * error the mask replaces): for answers given without yoga's pipeline (prepared-requests.ts).
 */
export function maskResultErrors(deps: GatewayDeps): MaskErrors {
  const log = yogaLogger(deps.logger);
  return (errors) =>
    errors.map((error) => {
      const masked = maskWithCodes(error, MASKED_MESSAGE) as GraphQLError;
      if (masked !== error) log.error(error);
      return masked;
    });
}

function isNodeLookup(path: readonly (string | number)[] | undefined): boolean {
  return path !== undefined && (path[0] === 'node' || path[0] === 'nodes');
}

/**
 * Reads connection_init payload keys like headers, case-insensitive. A key that is present but not
 * a string reads as an empty value, which no credential parses: it is UNAUTHENTICATED as the same
 * mistake in a header is, never a silent fall-back to the server-held credentials.
 */
export function paramsAsHeaders(params: Record<string, unknown>): HeaderSource {
  const lowered = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) lowered.set(name.toLowerCase(), typeof value === 'string' ? value : '');
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
        ? createContext(deps, paramsAsHeaders(connectionParams), { signal: operationSignal, recordReads: true })
        : createContext(deps, request!.headers, { signal: request!.signal, requestId: requestIdOf(request!), recordReads: true }),
    graphiql: deps.config.graphiql ? graphiqlOptions(deps.config) : false,
    renderGraphiQL,
    maskedErrors: { maskError: maskWithCodes, errorMessage: MASKED_MESSAGE },
    landingPage: false,
    // http-handler.ts enforces MAX_BODY_BYTES while reading, before yoga sees a body; yoga's own
    // limit would stream every body through a second, redundant counter.
    maxRequestBodySize: false,
    parserAndValidationCache: deps.parseCache.yogaOption(),
    cors: corsOption(deps.config),
    logging: yogaLogger(deps.logger),
    plugins: [
      ...(tracing.on ? [useTracing()] : []),
      useRequestObservability(deps.logger, deps.metrics, (text) => deps.parseCache.documentCache.get(text) as DocumentNode | undefined),
      ...(deps.config.graphiql ? [] : [useGraphiqlOffPage(GRAPHQL_PATH)]),
      ...securityPlugins(deps.config),
      useClientErrors({ hideSuggestions: !deps.config.introspection }),
      ...deps.persistedOperations.plugins,
      useEventScopedCaches(),
      useStaleMarker(),
      useCompiledQueries(),
      ...(preparesRequests(deps) ? [usePreparedRequests()] : []),
      // Last: it looks requests up once every other plugin has checked them.
      ...(deps.resultCache ? [useResultCache(deps, deps.resultCache)] : []),
      // After it: a result is kept without the cost of the request that built it.
      useCostExtension({ ...DOCUMENT_LIMITS, rateLimit: deps.config.clickhouse.rateLimit, resultCache: deps.resultCache }),
    ],
  });
}
