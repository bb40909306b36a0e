/**
 * The HTTP front both simulators share, in the order every request goes through it: the
 * `/__simulator/` fault control surface (answered before anything else, so a catch-all fault can
 * always be cleared), requests a front answers outside the API (Divio's media), the request log
 * (on arrival, so it keeps arrival order; with the `traceparent` a request carried), injected
 * faults (before authentication, so a faulted request costs no budget), then the API's own
 * `respond`. Whatever `respond` throws is answered in the API's dialect; anything but a
 * SimulatorError is a bug, logged and answered as a 500. Also listening on loopback and closing
 * without leaving a test process alive.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dialect } from './dialect.js';
import { SimulatorError } from './error.js';
import { FaultInjector, type FaultControl } from './faults.js';
import { isControlPath, serveFaultControl } from './faults-http.js';

/** What the shared front reads and fills in of a front's request record. */
export interface RequestRecord {
  method: string;
  /** Path without the query string. */
  path: string;
  status: number;
  at: number;
  /** The W3C `traceparent` the request carried (a gateway with tracing on sends one); absent without. */
  traceparent?: string;
}

export interface SimulatorFront<R extends RequestRecord> {
  /** Prefix of the console line a handler's bug is logged with, e.g. `[divio-simulator]`. */
  name: string;
  dialect: Dialect;
  host: string;
  port: number;
  /** The request as the log keeps it. */
  record(req: IncomingMessage): R;
  /** Answers a request outside the API (no log, no faults, no token); false to let it through. */
  bypass?(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  respond(req: IncomingMessage, res: ServerResponse, record: R): Promise<void>;
  /** Stops the store's timers. */
  close(): void;
}

/** The handle both simulators return: URL, request log, fault control, and a clean close. */
export interface SimulatorHandle<R> {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:43123. */
  url: string;
  requests: R[];
  clearRequests(): void;
  faults: FaultControl;
  close(): Promise<void>;
}

async function listen(server: Server, port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
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
      // Keep-alive connections would otherwise hold the server (and a test process) open.
      server.closeAllConnections();
      return closed;
    },
  };
}

export async function startSimulator<R extends RequestRecord>(front: SimulatorFront<R>): Promise<SimulatorHandle<R>> {
  const requests: R[] = [];
  const faults = new FaultInjector(front.dialect.sendFault);
  const fail = (res: ServerResponse, record: R, error: unknown): void => {
    const failure = error instanceof SimulatorError ? error : front.dialect.internalError();
    if (!(error instanceof SimulatorError)) console.error(front.name, error);
    record.status = failure.status;
    if (!res.headersSent) front.dialect.sendError(res, failure);
    else res.destroy();
  };
  const server = createServer((req, res) => {
    const record = front.record(req);
    if (isControlPath(record.path)) return serveFaultControl(req, res, record.path, faults);
    if (front.bypass?.(req, res, record.path) === true) return;
    const { traceparent } = req.headers;
    if (typeof traceparent === 'string') record.traceparent = traceparent;
    requests.push(record);
    faults.apply(req, res, record).then((done) => (done ? undefined : front.respond(req, res, record))).catch((error: unknown) => fail(res, record, error));
  });
  const listening = await listen(server, front.port, front.host);
  return {
    url: listening.url,
    requests,
    clearRequests: () => {
      // Emptied in place: callers may hold a reference to `requests`.
      requests.length = 0;
    },
    faults: faults.control,
    close: async () => {
      front.close();
      // Pending fault delays hold timers that closing the sockets would not clear.
      faults.dispose();
      await listening.close();
    },
  };
}
