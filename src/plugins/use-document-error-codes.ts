/**
 * Parse and validation failures carry a code clients can branch on: GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, or QUERY_TOO_COMPLEX for the document limits (security.ts).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { recoded } from '../graphql-errors.js';

/** Limits are validation rules; give their errors a code clients can branch on. */
const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

/** armor's cost rule words its refusal as a parse failure; the document parsed fine. */
const MISLEADING_PREFIX = /^Syntax Error: /;

export function withCode(error: GraphQLError, fallback: string): GraphQLError {
  if (error.extensions.code) return error;
  const tooComplex = LIMIT_MESSAGE.test(error.message);
  const code = tooComplex ? 'QUERY_TOO_COMPLEX' : fallback;
  const message = tooComplex ? error.message.replace(MISLEADING_PREFIX, '') : error.message;
  return recoded(error, code, message);
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
