/**
 * GraphiQL as a newcomer meets it: served entirely from npm (@graphql-yoga/render-graphiql inlines
 * its scripts, styles and workers, so the page works offline and behind proxies), opening on the
 * ready-made operations, with subscriptions working over SSE and a hint when GATEWAY_TOKENS is on.
 * With GRAPHIQL=false a browser gets a plain page saying how to reach the API instead.
 */
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Config } from './config.js';
import { GRAPHIQL_DEFAULT_DOCUMENT } from './examples.js';
import { CSRF_HEADER } from './plugins/use-csrf-prevention.js';
import { COST_HEADER } from './upstream/cost-log.js';

import { renderGraphiQL as renderYogaGraphiQL } from '@graphql-yoga/render-graphiql';
import { withCostPanel } from './graphiql-cost-panel.js';

/** yoga's GraphiQL page, with the cost of the last answer shown under the response (graphiql-cost-panel.ts). */
export function renderGraphiQL(options: Parameters<typeof renderYogaGraphiQL>[0]): string {
  return withCostPanel(renderYogaGraphiQL(options));
}

/** A small node-and-edges mark, inline so that the favicon needs no request either. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#1f2937"/>' +
  '<path d="M9 22 16 9l7 13Z" fill="none" stroke="#facc15" stroke-width="2"/>' +
  '<circle cx="16" cy="9" r="3.5" fill="#facc15"/><circle cx="9" cy="22" r="3.5" fill="#38bdf8"/>' +
  '<circle cx="23" cy="22" r="3.5" fill="#38bdf8"/></svg>';
export const FAVICON = `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`;

const TOKEN_HINT = `# This gateway requires a bearer token (GATEWAY_TOKENS is set).
# Open "Headers" below and replace the placeholder with one of the tokens:
#   { "Authorization": "Bearer <token>" }
# Until then every request answers UNAUTHENTICATED (HTTP 401).

`;

/** What the page is rendered with; the token hint only tells how, it never holds a token. */
export function graphiqlOptions(config: Config): GraphiQLOptions {
  const tokensRequired = config.gatewayTokens.length > 0;
  return {
    title: 'opsgraph',
    favicon: FAVICON,
    defaultQuery: tokensRequired ? TOKEN_HINT + GRAPHIQL_DEFAULT_DOCUMENT : GRAPHIQL_DEFAULT_DOCUMENT,
    // Editable in the Headers tab: every answer shows its `extensions.cost` until it is removed.
    headers: JSON.stringify({ ...(tokensRequired ? { Authorization: 'Bearer <token>' } : {}), [COST_HEADER]: '1' }, null, 2),
    // GraphiQL subscribes with graphql-sse; the CSRF header lets its GET streams through.
    subscriptionsProtocol: 'GRAPHQL_SSE',
    additionalHeaders: { [CSRF_HEADER]: 'graphiql' },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function graphiqlOffPage(endpoint: string): string {
  const shown = escapeHtml(endpoint);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>opsgraph: GraphiQL is off</title><link rel="icon" href="${FAVICON}"></head>
<body style="font-family: system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; line-height: 1.5">
<h1>opsgraph</h1>
<p>This is the GraphQL API of opsgraph. The in-browser IDE (GraphiQL) is turned off on this
gateway: its operator set <code>GRAPHIQL=false</code>.</p>
<p>Send operations with <code>POST ${shown}</code> and <code>content-type: application/json</code>,
for example:</p>
<pre>curl -s ${shown} -H 'content-type: application/json' \\
  -d '{"query":"query Hello { __typename }"}'</pre>
<p>Subscriptions use graphql-ws (WebSocket) or server-sent events on the same path.</p>
</body>
</html>
`;
}
