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
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from './config.js';
import { useCallEstimate } from './plugins/use-call-estimate.js';
import { useListLimits } from './plugins/use-list-limits.js';

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

/** Limits are validation rules; give their errors a code clients can branch on. */
const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

/** armor's cost rule words its refusal as a parse failure; the document parsed fine. */
const MISLEADING_PREFIX = /^Syntax Error: /;

function withCode(error: GraphQLError, fallback: string): GraphQLError {
  if (error.extensions.code) return error;
  const tooComplex = LIMIT_MESSAGE.test(error.message);
  const code = tooComplex ? 'QUERY_TOO_COMPLEX' : fallback;
  const message = tooComplex ? error.message.replace(MISLEADING_PREFIX, '') : error.message;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** Adds GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED / QUERY_TOO_COMPLEX to document errors. */
export function useDocumentErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
        else if (result instanceof Error) {
          replaceParseResult(new GraphQLError(result.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }));
        }
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
  };
}

/** Header a browser client must send on requests a form could forge (yoga's CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';
/**
 * Any of these proves a script set the request's headers, which a form cannot: yoga's own, and
 * the two Apollo Client sends by default (Apollo Server's CSRF rule accepts the same).
 */
export const CSRF_HEADERS = [CSRF_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** yoga's CSRF prevention, with a code on its refusal and the accepted headers in the message. */
function useCsrfPrevention(): Plugin {
  const yogaRule = useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] });
  return {
    onRequestParse(payload) {
      try {
        return yogaRule.onRequestParse!(payload);
      } catch {
        throw createGraphQLError(
          `Required CSRF header not present: a GET or a form-encoded POST needs one of ${CSRF_HEADERS.join(', ')} (any value), or send a JSON POST`,
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

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

/** CORS_ORIGINS -> yoga's cors option: none (same-origin only), any, or an allowlist. */
export function corsOption(config: Config): false | { origin: string | string[]; credentials: boolean } {
  if (config.corsOrigins.length === 0) return false;
  if (config.corsOrigins.includes('*')) return { origin: '*', credentials: false };
  return { origin: [...config.corsOrigins], credentials: true };
}
