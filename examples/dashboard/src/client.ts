/**
 * The urql client of the dashboard: queries and mutations over HTTP (fetch), subscriptions over
 * graphql-ws on the same URL, and optionally nothing but trusted-document hashes.
 *
 * - VITE_GATEWAY_URL (build/dev time): the gateway's GraphQL URL; default `/graphql` on this
 *   origin (the Vite dev and preview servers proxy it, WebSocket included, to the gateway).
 * - VITE_PERSISTED_OPERATIONS=only: send each operation as the SHA-256 hash codegen wrote into
 *   src/gql/persisted-documents.json, never its text, for a gateway started with
 *   PERSISTED_OPERATIONS=only and that manifest. Unset: send the documents themselves.
 *
 * No credentials: the gateway holds them (npm start's simulators use demo ones).
 */
/// <reference types="vite/client" />
import { Client, fetchExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface DashboardClient {
  urql: Client;
  ws: WsClient;
  httpUrl: string;
  wsUrl: string;
  persisted: boolean;
}

/** Absolute http(s) and ws(s) URLs of the gateway, relative ones resolved against this page. */
export function gatewayUrls(configured: string | undefined, base: string): { httpUrl: string; wsUrl: string } {
  const http = new URL(configured && configured.trim() !== '' ? configured : '/graphql', base);
  const ws = new URL(http);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { httpUrl: http.href, wsUrl: ws.href };
}

/** The hash the client preset embedded in a generated document (`persistedDocuments: true`). */
function embeddedHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('This document has no persisted hash: run npm run codegen');
  return hash;
}

export function createDashboardClient(onConnection: (state: ConnectionState) => void): DashboardClient {
  const { httpUrl, wsUrl } = gatewayUrls(import.meta.env.VITE_GATEWAY_URL, window.location.href);
  const persisted = import.meta.env.VITE_PERSISTED_OPERATIONS === 'only';

  let everConnected = false;
  const ws = createWsClient({
    url: wsUrl,
    lazy: true,
    // Keep trying while the page is open: the gateway may restart under a running dashboard.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => onConnection(everConnected ? 'reconnecting' : 'connecting'),
      connected: () => {
        everConnected = true;
        onConnection('live');
      },
      closed: () => onConnection(everConnected ? 'reconnecting' : 'closed'),
    },
  });

  const exchanges: Exchange[] = [];
  if (persisted) {
    exchanges.push(
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        enableForSubscriptions: true,
        // POST: yoga's CSRF prevention refuses a GET without a preflighted header.
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => embeddedHash(document),
      }),
    );
  }
  exchanges.push(
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        // A persisted subscription has no text; graphql-ws still requires a query string.
        const payload = {
          query: request.query ?? '',
          operationName: request.operationName ?? null,
          variables: request.variables ?? null,
          extensions: request.extensions ?? null,
        };
        return {
          subscribe(sink) {
            return { unsubscribe: ws.subscribe(payload, sink) };
          },
        };
      },
    }),
  );

  const urql = new Client({
    url: httpUrl,
    exchanges,
    requestPolicy: 'network-only',
    preferGetMethod: false,
  });
  return { urql, ws, httpUrl, wsUrl, persisted };
}
