/**
 * node:http + the yoga gateway + graphql-ws on one port and path -> { start, stop }.
 * WebSocket operations run through yoga's envelop pipeline (getEnveloped), so plugins, context
 * and error masking are the same as over HTTP. stop() drains: it stops accepting, completes every
 * open subscription, stops the pollers, closes sockets, then closes the upstream transports.
 */
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayDeps } from './gateway-types.js';
import { expandSharedPayload, isSharedResult, sharedPayloadReplacer } from './live/shared-results.js';
import { createRequestHandler } from './http-handler.js';
import { bearerAccepted, guardGraphqlRequest, refusalBody, type Refusal } from './http-guards.js';
import { paramsTooDeep } from './plugins/use-client-errors.js';
import { createGateway, GRAPHQL_PATH, type Gateway } from './yoga.js';

/**
 * Operations one WebSocket may hold at once. A dashboard subscribes to a few dozen things; ten
 * thousand on one socket is a client bug or an attack on the pollers' bookkeeping.
 * @default 100
 */
export const MAX_OPERATIONS_PER_SOCKET = 100;

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

interface YogaRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

function attachGraphqlWs(server: Server, gateway: Gateway, deps: GatewayDeps) {
  // noServer: ws attached to the server would re-emit its errors (a busy port, say) to graphql-ws,
  // which prints them as a stack trace; start() reports those itself.
  // One message is bounded like one HTTP body (ws would take 100 MiB); a larger one closes with 1009.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: deps.config.maxBodyBytes });
  server.on('upgrade', (request, socket, head) => {
    const refusal: Refusal | null =
      (request.url ?? '').split('?')[0] !== GRAPHQL_PATH
        ? { status: 404, code: 'NOT_FOUND', message: `Not found: the GraphQL endpoint is ${GRAPHQL_PATH}` }
        : guardGraphqlRequest(request, deps.config, { upgrade: true });
    if (refusal) {
      const body = refusalBody(refusal);
      deps.logger.info({ msg: 'websocket upgrade refused', status: refusal.status, code: refusal.code });
      socket.end(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (client) => {
      // A shared result travels as a token in graphql-ws's message; its JSON, written once for
      // every subscriber of the event, replaces the token as the message leaves.
      const send = client.send.bind(client);
      client.send = ((data: unknown, ...rest: unknown[]) =>
        (send as (...args: unknown[]) => void)(typeof data === 'string' ? expandSharedPayload(data) : data, ...rest)) as typeof client.send;
      // ws reports a client's protocol violation (a message over maxPayload, bad UTF-8) as an
      // 'error' and closes the socket itself (1009, 1007); graphql-ws would print each one to
      // stderr as an internal error. It is the client's mistake: one line at info, by code.
      const emit = client.emit.bind(client);
      client.emit = ((event: string, ...args: unknown[]) => {
        const code = (args[0] as { code?: unknown } | undefined)?.code;
        if (event === 'error' && typeof code === 'string' && code.startsWith('WS_ERR_')) {
          deps.logger.info({ msg: 'websocket closed: client protocol error', code });
          return true;
        }
        return emit(event, ...args);
      }) as typeof client.emit;
      wsServer.emit('connection', client, request);
    });
  });
  // One AbortController per operation, aborted when the client completes it or the socket closes.
  const operations = new WeakMap<object, Map<string, AbortController>>();
  const operationsOf = (ctx: object) => {
    let map = operations.get(ctx);
    if (!map) operations.set(ctx, (map = new Map()));
    return map;
  };
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as YogaRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as YogaRoot).subscribe(args) as never,
      // A shared result is sent as it is (no per-subscriber copy), its payload as a token.
      onNext: (_ctx, _id, _payload, _args, result) => (isSharedResult(result) ? (result as never) : undefined),
      jsonMessageReplacer: sharedPayloadReplacer,
      // GATEWAY_TOKENS over WebSocket: the bearer token travels in the connection_init payload.
      onConnect: (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = params.authorization ?? params.Authorization;
        return bearerAccepted(typeof authorization === 'string' ? authorization : null, deps.config.gatewayTokens);
      },
      onSubscribe: async (ctx, id, payload) => {
        if (operationsOf(ctx).size >= MAX_OPERATIONS_PER_SOCKET) {
          return [
            new GraphQLError(`A WebSocket holds at most ${MAX_OPERATIONS_PER_SOCKET} operations at once; complete one or open another socket`, {
              extensions: { code: 'TOO_MANY_OPERATIONS', limit: MAX_OPERATIONS_PER_SOCKET },
            }),
          ];
        }
        const tooDeep = paramsTooDeep(payload);
        if (tooDeep) return [tooDeep];
        const controller = new AbortController();
        operationsOf(ctx).set(id, controller);
        const { schema, execute, subscribe, contextFactory, parse, validate } = gateway.getEnveloped({
          ...ctx,
          connectionParams: ctx.connectionParams ?? {},
          operationSignal: controller.signal,
          params: payload,
        });
        let query: string | undefined;
        try {
          query = deps.persistedOperations.queryFor(payload);
        } catch (error) {
          return [error as GraphQLError];
        }
        const document = parse(query ?? payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const root: YogaRoot = { execute, subscribe };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: root,
        };
      },
      onComplete: (ctx, id) => {
        operationsOf(ctx).get(id)?.abort();
        operationsOf(ctx).delete(id);
      },
      onClose: (ctx) => {
        for (const controller of operationsOf(ctx).values()) controller.abort();
        operations.delete(ctx);
      },
    },
    wsServer,
  );
  return { wsServer, disposable };
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
