/**
 * Raw requests for tests that need what fetch will not send: any Host header, any path
 * (`//graphql`), and a WebSocket upgrade whose refusal is read as an HTTP answer.
 */
import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as JSON when it is JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] } | undefined;
}

export function rawRequest(
  gatewayUrl: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  const url = new URL(gatewayUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path ?? url.pathname, headers: options.headers, setHost: options.headers?.host === undefined },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawAnswer['json'];
          try {
            json = JSON.parse(text) as RawAnswer['json'];
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A POST of a GraphQL document as JSON to `path`, with extra headers. */
export function rawGraphql(gatewayUrl: string, path: string, query: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(gatewayUrl, { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}

/** Opens a graphql-ws socket with these upgrade headers: the open socket, or the HTTP refusal's status. */
export function openSocket(wsUrl: string, headers: Record<string, string> = {}): Promise<{ socket: WebSocket } | { refusedWith: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ refusedWith: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    socket.once('error', reject);
  });
}

/** The graphql-ws messages a socket receives, and a wait for one that matches. */
export function messagesOf(socket: WebSocket) {
  const messages: Record<string, unknown>[] = [];
  let closed: { code: number; reason: string } | undefined;
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as Record<string, unknown>);
    wake();
  });
  socket.on('close', (code, reason) => {
    closed = { code, reason: String(reason) };
    wake();
  });
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  const until = <T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not seen in ${timeoutMs} ms: ${JSON.stringify(messages.slice(-3))} closed=${JSON.stringify(closed)}`)), timeoutMs);
      const check = () => {
        const found = find();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  return {
    messages,
    send,
    closed: () => until(() => closed),
    message: (predicate: (message: Record<string, unknown>) => boolean) => until(() => messages.find(predicate)),
  };
}
