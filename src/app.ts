/**
 * node:http + the yoga gateway on one port -> { start, stop }. stop() stops accepting, lets
 * in-flight requests finish (bounded), then closes what is left and the upstream transports.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayDeps } from './context.js';
import { createGateway, GRAPHQL_PATH, type Gateway } from './yoga.js';

/** How long stop() waits for in-flight requests before closing their sockets. */
export const DRAIN_TIMEOUT_MS = 5_000;

export interface App {
  readonly gateway: Gateway;
  readonly server: Server;
  /** Listens; resolves with the GraphQL URL (port 0 picks a free port). */
  start(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

export function createApp(deps: GatewayDeps): App {
  const gateway = createGateway(deps);
  const server = createServer(gateway);
  let stopping: Promise<void> | undefined;

  return {
    gateway,
    server,
    start(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}${GRAPHQL_PATH}`);
        });
      });
    },
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
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
