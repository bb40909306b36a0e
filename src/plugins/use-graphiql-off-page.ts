/**
 * GRAPHIQL=false: the page a browser gets on the endpoint instead of GraphiQL.
 */
import type { Plugin } from 'graphql-yoga';
import { graphiqlOffPage } from '../graphiql.js';

/** GRAPHIQL=false: a browser opening the endpoint gets an explanation rather than a GraphQL error. */
export function useGraphiqlOffPage(graphqlPath: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== graphqlPath) return;
      if (!request.headers.get('accept')?.includes('text/html') || url.searchParams.has('query')) return;
      endResponse(
        new fetchAPI.Response(graphiqlOffPage(new URL(graphqlPath, url).href), {
          status: 404,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
      );
    },
  };
}
