/**
 * Listening and closing, shared by both simulators: bind, report the base URL, and close with
 * every keep-alive connection dropped (a simulator must never keep a test process alive).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultControl, FaultInjector } from './core/faults.js';

export interface Listening {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:43123. */
  url: string;
  close(): Promise<void>;
}

export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () => {
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** The handle both simulators return: URL, request log, fault control, and a clean close. */
export function simulatorHandle<R>(
  listening: Listening,
  requests: R[],
  faults: FaultInjector,
  closeStore: () => void,
): { url: string; requests: R[]; faults: FaultControl; clearRequests(): void; close(): Promise<void> } {
  return {
    url: listening.url,
    requests,
    faults: faults.control,
    clearRequests: () => {
      // Emptied in place: callers may hold a reference to `requests`.
      requests.length = 0;
    },
    close: async () => {
      closeStore();
      // Pending fault delays hold timers that closing the sockets would not clear.
      faults.dispose();
      await listening.close();
    },
  };
}
