/**
 * Every client mistake gets a code and a 400 where HTTP applies, before any GraphQL work:
 *
 * - A body yoga cannot read (malformed JSON, a multipart `operations` or `map` that is not JSON)
 *   is BAD_REQUEST / 400. yoga answers some of those 200 without a code, and echoes the body in
 *   `originalError`; neither happens here.
 * - Variables or extensions nested deeper than MAX_INPUT_DEPTH are BAD_REQUEST / 400: no input
 *   type of this schema nests that deep, and deeper values overflow the stack of recursive
 *   walkers (coercion, cache keys) into a 500.
 * - Request-level errors from graphql-js that carry no code (a variable that does not coerce, an
 *   unknown operation name) are BAD_USER_INPUT.
 * - With introspection off, "Did you mean ...?" is cut from those messages too (armor's
 *   block-field-suggestions covers validation), so enum values do not leak through coercion.
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import { recoded } from '../graphql-errors.js';

/**
 * Deepest variables or extensions accepted. Our deepest input (a filter inside an input inside a
 * list) is 4 levels; 32 leaves room for any JSON scalar a client sends.
 * @default 32
 */
export const MAX_INPUT_DEPTH = 32;

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function badRequest(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/** True when `value` nests deeper than `max` (iterative: the point is not to overflow the stack). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return false;
}

/** The coded refusal for params whose variables or extensions nest too deep, or null. */
export function paramsTooDeep(params: { variables?: unknown; extensions?: unknown }): GraphQLError | null {
  if (nestsDeeperThan(params.variables, MAX_INPUT_DEPTH) || nestsDeeperThan(params.extensions, MAX_INPUT_DEPTH)) {
    return badRequest(`Variables and extensions may nest at most ${MAX_INPUT_DEPTH} levels deep`);
  }
  return null;
}

/** The error, coded as the client's, and without suggestions when asked. */
const asUserInput = (error: GraphQLError, hideSuggestions: boolean): GraphQLError =>
  recoded(error, 'BAD_USER_INPUT', hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message);

/** Without a path an error came before execution: from the request itself (variables, operation name). */
const isUncodedRequestError = (error: GraphQLError) => error.path === undefined && error.extensions?.code === undefined;

/** Field errors are left to the error mask (yoga.ts), which codes the client's and hides the rest. */
function codedResult(result: ExecutionResult, hideSuggestions: boolean): ExecutionResult | undefined {
  if (!result.errors?.some(isUncodedRequestError)) return undefined;
  const errors = result.errors.map((error) => (isUncodedRequestError(error) ? asUserInput(error, hideSuggestions) : error));
  return { ...result, errors };
}

export function useClientErrors({ hideSuggestions }: { hideSuggestions: boolean }): Plugin {
  const onResult = ({ result, setResult }: { result: unknown; setResult: (result: ExecutionResult) => void }) => {
    if (isAsyncIterable(result)) return;
    const coded = codedResult(result as ExecutionResult, hideSuggestions);
    if (coded) setResult(coded);
  };
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser) {
        setRequestParser(async (request) => {
          try {
            return await requestParser(request);
          } catch (error) {
            // A client that left is yoga's to handle (it logs that at debug), not a bad request.
            if (error instanceof Error && error.name === 'AbortError') throw error;
            throw badRequest(error instanceof Error ? error.message : 'The request could not be read');
          }
        });
      }
      return {
        onRequestParseDone({ requestParserResult }) {
          for (const params of Array.isArray(requestParserResult) ? requestParserResult : [requestParserResult]) {
            const refusal = paramsTooDeep(params);
            if (refusal) throw refusal;
          }
        },
      };
    },
    onExecute: () => ({ onExecuteDone: onResult }),
    onSubscribe: () => ({ onSubscribeResult: onResult }),
  };
}
