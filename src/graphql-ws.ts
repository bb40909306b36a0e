/**
 * graphql-ws on the gateway's port and path. The upgrade passes the same doors as HTTP
 * (http-guards.ts); each operation runs through yoga's envelop pipeline (getEnveloped), so
 * plugins, context and error masking are the same as over HTTP.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayDeps } from './gateway-types.js';
import { bearerAccepted, guardGraphqlRequest, refusalBody, type Refusal } from './http-guards.js';
import { expandSharedPayload, isSharedResult, sharedPayloadReplacer } from './live/shared-results.js';
import { paramsTooDeep } from './plugins/use-client-errors.js';
import type { Gateway } from './yoga.js';

/**
 * Operations one WebSocket may hold at once. A dashboard subscribes to a few dozen things; ten
 * thousand on one socket is a client bug or an attack on the pollers' bookkeeping.
 * @default 100
 */
export const MAX_OPERATIONS_PER_SOCKET = 100;

interface YogaRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

function refuseUpgrade(socket: Duplex, refusal: Refusal, deps: GatewayDeps): void {
  const body = refusalBody(refusal);
  deps.logger.info({ msg: 'websocket upgrade refused', status: refusal.status, code: refusal.code });
  socket.end(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/**
 * A socket as graphql-ws gets it. A shared result travels as a token in graphql-ws's message; its
 * JSON, written once for every subscriber of the event, replaces the token as the message leaves.
 * ws reports a client's protocol violation (a message over maxPayload, bad UTF-8) as an 'error'
 * and closes the socket itself (1009, 1007); graphql-ws would print each one to stderr as an
 * internal error. It is the client's mistake: one line at info, by code.
 */
function prepareClient(client: WebSocket, deps: GatewayDeps): void {
  const send = client.send.bind(client);
  client.send = ((data: unknown, ...rest: unknown[]) =>
    (send as (...args: unknown[]) => void)(typeof data === 'string' ? expandSharedPayload(data) : data, ...rest)) as typeof client.send;
  const emit = client.emit.bind(client);
  client.emit = ((event: string, ...args: unknown[]) => {
    const code = (args[0] as { code?: unknown } | undefined)?.code;
    if (event === 'error' && typeof code === 'string' && code.startsWith('WS_ERR_')) {
      deps.logger.info({ msg: 'websocket closed: client protocol error', code });
      return true;
    }
    return emit(event, ...args);
  }) as typeof client.emit;
}

const tooManyOperations = () =>
  new GraphQLError(`A WebSocket holds at most ${MAX_OPERATIONS_PER_SOCKET} operations at once; complete one or open another socket`, {
    extensions: { code: 'TOO_MANY_OPERATIONS', limit: MAX_OPERATIONS_PER_SOCKET },
  });

/** One AbortController per running operation, aborted when the client completes it or the socket closes. */
class SocketOperations {
  private readonly bySocket = new WeakMap<object, Map<string, AbortController>>();

  of(ctx: object): Map<string, AbortController> {
    let map = this.bySocket.get(ctx);
    if (!map) this.bySocket.set(ctx, (map = new Map()));
    return map;
  }

  complete(ctx: object, id: string): void {
    this.of(ctx).get(id)?.abort();
    this.of(ctx).delete(id);
  }

  close(ctx: object): void {
    for (const controller of this.of(ctx).values()) controller.abort();
    this.bySocket.delete(ctx);
  }
}

/** graphql-ws's server options: the token on connect, and each operation through yoga's pipeline. */
function serverOptions(gateway: Gateway, deps: GatewayDeps): ServerOptions {
  const operations = new SocketOperations();
  return {
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
      if (operations.of(ctx).size >= MAX_OPERATIONS_PER_SOCKET) return [tooManyOperations()];
      const tooDeep = paramsTooDeep(payload);
      if (tooDeep) return [tooDeep];
      const controller = new AbortController();
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
      // Counted once it runs: a refused operation never completes, and would hold its place.
      operations.of(ctx).set(id, controller);
      const root: YogaRoot = { execute, subscribe };
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: await contextFactory(), rootValue: root };
    },
    onComplete: (ctx, id) => operations.complete(ctx, id),
    onClose: (ctx) => operations.close(ctx),
  };
}

export function attachGraphqlWs(server: Server, gateway: Gateway, deps: GatewayDeps) {
  // noServer: ws attached to the server would re-emit its errors (a busy port, say) to graphql-ws,
  // which prints them as a stack trace; start() reports those itself.
  // One message is bounded like one HTTP body (ws would take 100 MiB); a larger one closes with 1009.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: deps.config.maxBodyBytes });
  server.on('upgrade', (request, socket, head) => {
    // The same doors as HTTP: Host, path, Origin (the token comes in connection_init).
    const refusal = guardGraphqlRequest(request, deps.config, { upgrade: true });
    if (refusal) return refuseUpgrade(socket, refusal, deps);
    wsServer.handleUpgrade(request, socket, head, (client) => {
      prepareClient(client, deps);
      wsServer.emit('connection', client, request);
    });
  });
  const disposable = useServer(serverOptions(gateway, deps), wsServer);
  return { wsServer, disposable };
}
