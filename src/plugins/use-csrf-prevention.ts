/**
 * yoga's CSRF prevention: requests a browser form could forge (GET, form-encoded POST) must carry
 * a header only a script can set.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Header a browser client must send on requests a form could forge (yoga's CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';
/**
 * Any of these proves a script set the request's headers, which a form cannot: yoga's own, and
 * the two Apollo Client sends by default (Apollo Server's CSRF rule accepts the same).
 */
export const CSRF_HEADERS = [CSRF_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** yoga's CSRF prevention, with a code on its refusal and the accepted headers in the message. */
export function useCsrfPrevention(): Plugin {
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
