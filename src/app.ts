/**
 * node:http + the yoga gateway + graphql-ws on one port and path -> { start, stop }.
 * WebSocket operations run through yoga's envelop pipeline (getEnveloped), so plugins, context
 * and error masking are the same as over HTTP. stop() drains: it stops accepting, completes every
 * open subscription, stops the pollers, closes sockets, then closes the upstream transports.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayDeps } from './gateway-types.js';
import { attachGraphqlWs } from './graphql-ws.js';
import { createRequestHandler } from './http-handler.js';
import { GRAPHQL_PATH } from './http-guards.js';
import { createGateway, type Gateway } from './yoga.js';

export { MAX_OPERATIONS_PER_SOCKET } from './graphql-ws.js';

/** How long stop() waits for in-flight requests before closing their sockets. */
export const DRAIN_TIMEOUT_MS = 5_000;

/** listen() failed because another process holds the address: a message a person can act on. */
export class PortInUseError extends Error {
  constructor(port: number, host: string) {
    super(`port ${port} on ${host} is in use: stop the process that holds it, or set PORT to another port`);
    this.name = 'PortInUseError';
  }
}

export interface App {
  readonly gateway: Gateway;
  readonly server: Server;
  /** Listens; resolves with the GraphQL URL (port 0 picks a free port). */
  start(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

export function createApp(deps: GatewayDeps): App {
  const gateway = createGateway(deps);
  let started = false;
  let stopping: Promise<void> | undefined;
  const server = createServer(createRequestHandler(deps, gateway, { ready: () => started && !stopping }));
  const ws = attachGraphqlWs(server, gateway, deps);

  return {
    gateway,
    server,
    start(port, host) {
      return new Promise((resolve, reject) => {
        const failed = (error: NodeJS.ErrnoException) =>
          reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error);
        server.once('error', failed);
        server.listen(port, host, () => {
          server.off('error', failed);
          started = true;
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}${GRAPHQL_PATH}`);
        });
      });
    },
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Completing the streams lets graphql-ws send `complete` and SSE responses end cleanly.
        deps.live.close();
        await new Promise((resolve) => setImmediate(resolve));
        await ws.disposable.dispose();
        server.closeIdleConnections();
        const drainTimer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        drainTimer.unref();
        await closed;
        clearTimeout(drainTimer);
        await Promise.all([deps.clickhouse.close(), deps.divio.close()]);
      })();
      return stopping;
    },
  };
}
