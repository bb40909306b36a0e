/**
 * Protections against hostile documents and browsers, as yoga/envelop plugins so they apply to
 * HTTP, SSE and WebSocket operations alike (graphql-ws runs through getEnveloped).
 *
 * Why graphql-armor rather than Pothos' complexity plugin: armor works on the parsed document
 * before execution, including limits Pothos cannot express (token count, which stops parser
 * abuse before a tree is even built; directives; aliases), and its rules are plain validation
 * rules, so one set covers every transport. Cost is bounded too, with weights per object field.
 */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';
import { CSRF_HEADERS, useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useDocumentErrorCodes, withCode } from './plugins/use-document-error-codes.js';
import { useCallEstimate } from './plugins/use-call-estimate.js';
import { useListLimits } from './plugins/use-list-limits.js';
import { REQUEST_ID_HEADER } from './observability/requests.js';
import { COST_HEADER } from './upstream/cost-log.js';

/**
 * Limits on one document. The deepest useful operation (applications -> environments ->
 * deployments -> fields, through connections) is 10 levels; dashboards alias a handful of fields.
 */
export const DOCUMENT_LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  /**
   * armor's cost multiplies each connection's cost by its `first`/`last`, i.e. it estimates the
   * objects a query can return. The dashboard (100 services x 100 backups) costs ~142k and the
   * Divio overview (50 x 50 x 5) ~200k; a million leaves room for real screens and refuses
   * 1000 x 1000 fan-outs.
   */
  maxCost: 1_000_000,
  /** Linear per level: the `first` multipliers already account for fan-out. */
  depthCostFactor: 1,
} as const;

/**
 * armor throws from inside validation by default, which yoga answers as an execution failure
 * (HTTP 200); reporting through the validation context makes it a proper validation error (400).
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(withCode(error, 'QUERY_TOO_COMPLEX'))],
};

export function securityPlugins(config: Config): Plugin[] {
  const plugins: Plugin[] = [
    // Tokens are counted while parsing (no validation context yet): that one still throws.
    maxTokensPlugin({ n: DOCUMENT_LIMITS.maxTokens }) as Plugin,
    maxDepthPlugin({ n: DOCUMENT_LIMITS.maxDepth, flattenFragments: true, ...reportAsValidationError }) as Plugin,
    maxAliasesPlugin({ n: DOCUMENT_LIMITS.maxAliases, ...reportAsValidationError }) as Plugin,
    maxDirectivesPlugin({ n: DOCUMENT_LIMITS.maxDirectives, ...reportAsValidationError }) as Plugin,
    costLimitPlugin({
      maxCost: DOCUMENT_LIMITS.maxCost,
      depthCostFactor: DOCUMENT_LIMITS.depthCostFactor,
      ...reportAsValidationError,
    }) as Plugin,
    useCsrfPrevention(),
    useDocumentErrorCodes(),
    // As an operation starts, with its variables: lists and budget windows (armor cannot see them).
    useListLimits({ maxCost: DOCUMENT_LIMITS.maxCost, depthCostFactor: DOCUMENT_LIMITS.depthCostFactor }),
    useCallEstimate(config),
  ];
  // Without introspection, "Did you mean ...?" would still spell the schema out field by field.
  if (!config.introspection) plugins.push(useDisableIntrospection(), blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

/**
 * The request headers a cross-origin page may send (API.md and README "Use it from a frontend"):
 * the body's type, the gateway token, per-request credentials, a request id, the CSRF headers,
 * `x-opsgraph-cost` (the `cost` extension), Apollo Client's client-awareness headers and the W3C
 * trace context.
 */
export const CORS_ALLOWED_HEADERS: readonly string[] = [
  'content-type',
  'accept',
  'authorization',
  'x-clickhouse-key',
  'x-divio-token',
  REQUEST_ID_HEADER,
  ...CSRF_HEADERS,
  COST_HEADER,
  'apollographql-client-name',
  'apollographql-client-version',
  // W3C trace context: a browser's trace continues through the gateway (README "Tracing").
  'traceparent',
  'tracestate',
  'baggage',
];

/** CORS_ORIGINS -> yoga's cors option: none (same-origin only), any, or an allowlist. */
export function corsOption(config: Config): false | { origin: string | string[]; credentials: boolean; allowedHeaders: string[] } {
  if (config.corsOrigins.length === 0) return false;
  const allowedHeaders = [...CORS_ALLOWED_HEADERS];
  if (config.corsOrigins.includes('*')) return { origin: '*', credentials: false, allowedHeaders };
  return { origin: [...config.corsOrigins], credentials: true, allowedHeaders };
}
