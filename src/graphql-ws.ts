/**
 * The graphql-transport-ws protocol (graphql-ws's, unchanged on the wire) on the gateway's port and
 * path. The upgrade passes the same doors as HTTP (http-guards.ts); each operation runs through
 * yoga's envelop pipeline (getEnveloped), so plugins, context and error masking are the same as
 * over HTTP.
 *
 * Our own server rather than graphql-ws's: that one holds, for every running subscription, a
 * suspended message handler (the subscribe message and its query text, the raw frame, an emitter
 * of three closures, the execution arguments, a for-await loop and its promises), and we added an
 * AbortController each. A gateway holds ten thousand subscriptions and more: here a running one is
 * an entry in its connection's map and one small object that pulls its stream (`Operation`).
 * Messages are parsed and validated by graphql-ws's own parseMessage, and answered with its
 * message types and close codes.
 */
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, MessageType, parseMessage, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { GatewayDeps } from './gateway-types.js';
import { bearerAccepted, guardGraphqlRequest, refusalBody, type Refusal } from './http-guards.js';
import { leanSubscribe, type LeanSubscribe } from './graphql-ws-subscribe.js';
import { sharedResultJson } from './live/shared-results.js';
import { paramsTooDeep } from './plugins/use-client-errors.js';
import { traceSocketOperation } from './plugins/use-tracing.js';
import { tracing } from './observability/tracing.js';
import type { Gateway } from './yoga.js';

/**
 * Operations one WebSocket may hold at once. A dashboard subscribes to a few dozen things; ten
 * thousand on one socket is a client bug or an attack on the pollers' bookkeeping.
 * @default 100
 */
export const MAX_OPERATIONS_PER_SOCKET = 100;

/** graphql-ws's defaults: connection_init within 3 s; a ping every 12 s, answered within 12 s. */
const CONNECTION_INIT_WAIT_MS = 3_000;
const KEEP_ALIVE_MS = 12_000;

function refuseUpgrade(socket: Duplex, refusal: Refusal, deps: GatewayDeps): void {
  const body = refusalBody(refusal);
  deps.logger.info({ msg: 'websocket upgrade refused', status: refusal.status, code: refusal.code });
  socket.end(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

const tooManyOperations = () =>
  new GraphQLError(`A WebSocket holds at most ${MAX_OPERATIONS_PER_SOCKET} operations at once; complete one or open another socket`, {
    extensions: { code: 'TOO_MANY_OPERATIONS', limit: MAX_OPERATIONS_PER_SOCKET },
  });

/** A close reason is at most 123 bytes (graphql-ws's limitCloseReason). */
const limitCloseReason = (reason: string, whenTooLong: string) => (reason.length < 124 ? reason : whenTooLong);

const isAsyncIterable = (value: unknown): value is AsyncIterable<ExecutionResult> =>
  value !== null && typeof value === 'object' && typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function';

/** A result's payload as graphql-ws writes it: errors as their JSON, absent when there are none. */
function resultPayload(result: ExecutionResult): unknown {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest;
}

/** What every connection shares: the gateway, its dependencies, the subscribe, whether in production. */
interface Server_ {
  readonly gateway: Gateway;
  readonly deps: GatewayDeps;
  readonly isProd: boolean;
  /** envelop's subscribe at the cost of one object per subscription (graphql-ws-subscribe.ts). */
  readonly subscribe: LeanSubscribe;
}

/**
 * One running subscription: it pulls the next result only once the previous one is written, so a
 * slow client holds its events in its stream's bounded queue rather than in the socket's buffer.
 * Three callbacks made once, not closures per event.
 */
class Operation {
  private readonly iterator: AsyncIterator<ExecutionResult>;
  private finished = false;
  private readonly onResult: (result: IteratorResult<ExecutionResult>) => void;
  private readonly onFailure: (error: unknown) => void;
  private readonly onWritten: (error?: Error) => void;

  constructor(
    private readonly connection: Connection,
    readonly id: string,
    iterable: AsyncIterable<ExecutionResult>,
  ) {
    this.iterator = iterable[Symbol.asyncIterator]();
    this.onResult = (result) => {
      if (this.finished) return;
      if (result.done) return this.connection.finish(this, true);
      try {
        if (!this.connection.sendResult(this.id, result.value, this.onWritten)) this.pull();
      } catch (error) {
        this.connection.fail(error);
      }
    };
    this.onFailure = (error) => {
      if (this.finished) return;
      const original = error instanceof Error ? error : new Error(String(error));
      this.connection.sendErrors(this.id, [new GraphQLError(original.message, { originalError: original })]);
      this.connection.finish(this, false);
    };
    this.onWritten = (error) => {
      // A write that failed because the socket closed meanwhile: onClose stops the operation.
      if (!error) this.pull();
      else if (this.connection.open) this.connection.fail(error);
    };
  }

  pull(): void {
    if (this.finished) return;
    this.iterator.next().then(this.onResult, this.onFailure);
  }

  /** The client completed it, or the connection closed: the stream lets go of its poller. */
  stop(): void {
    if (this.finished) return;
    this.finished = true;
    void this.iterator.return?.()?.catch(() => {});
  }

  /** It ended on its own (done or failed). */
  ended(): void {
    this.finished = true;
  }
}

/** One WebSocket connection speaking graphql-transport-ws. */
class Connection {
  private initReceived = false;
  private acknowledged = false;
  private connectionParams: Record<string, unknown> = {};
  /**
   * Operations by id: null while one is being set up, its Operation once it streams. Counted
   * against MAX_OPERATIONS_PER_SOCKET from the moment it passed validation.
   */
  private readonly operations = new Map<string, Operation | null>();
  /**
   * One signal for every operation of the connection (their upstream calls stop when it closes);
   * a completed subscription lets go of its stream through return(), which needs no signal.
   */
  private readonly closed = new AbortController();
  private initTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private pongTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly server: Server_,
    private readonly socket: WebSocket,
  ) {
    socket.once('close', () => this.onClose());
    socket.on('error', (error) => this.onSocketError(error));
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    this.initTimer = setTimeout(() => {
      if (!this.initReceived) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, CONNECTION_INIT_WAIT_MS);
    this.pingTimer = setInterval(() => this.keepAlive(), KEEP_ALIVE_MS);
    socket.on('message', (data: RawData) => this.onMessage(data));
  }

  private keepAlive(): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.pongTimer = setTimeout(() => this.socket.terminate(), KEEP_ALIVE_MS);
    this.socket.once('pong', () => {
      clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    });
    this.socket.ping();
  }

  /**
   * ws reports a client's protocol violation (a message over maxPayload, bad UTF-8) as an 'error'
   * and closes the socket itself (1009, 1007): the client's mistake, one line at info, by code.
   */
  private onSocketError(error: Error): void {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('WS_ERR_')) {
      this.server.deps.logger.info({ msg: 'websocket closed: client protocol error', code });
      return;
    }
    this.fail(error);
  }

  /** Something of ours went wrong: closed with 4500, the reason only outside production. */
  fail(error: unknown): void {
    this.server.deps.logger.error({ msg: 'websocket internal error', err: error instanceof Error ? error.message : String(error) });
    const reason = this.server.isProd ? 'Internal server error' : limitCloseReason(error instanceof Error ? error.message : String(error), 'Internal server error');
    this.socket.close(CloseCode.InternalServerError, reason);
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  private send(message: string, written?: (error?: Error) => void): boolean {
    if (this.socket.readyState !== this.socket.OPEN) return false;
    this.socket.send(message, written);
    return written !== undefined;
  }

  private onMessage(data: RawData): void {
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(String(data));
    } catch {
      this.socket.close(CloseCode.BadRequest, 'Invalid message received');
      return;
    }
    try {
      switch (message.type) {
        case MessageType.ConnectionInit:
          return this.init(message.payload);
        case MessageType.Ping:
          this.send(JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong }));
          return;
        case MessageType.Pong:
          return;
        case MessageType.Subscribe:
          return this.subscribe(message.id, message.payload);
        case MessageType.Complete: {
          const operation = this.operations.get(message.id);
          this.operations.delete(message.id);
          operation?.stop();
          return;
        }
        default:
          throw new Error(`Unexpected message of type ${message.type} received`);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private init(payload: unknown): void {
    if (this.initReceived) {
      this.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
      return;
    }
    this.initReceived = true;
    clearTimeout(this.initTimer);
    this.initTimer = undefined;
    if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) this.connectionParams = payload as Record<string, unknown>;
    // GATEWAY_TOKENS over WebSocket: the bearer token travels in the connection_init payload.
    const authorization = this.connectionParams.authorization ?? this.connectionParams.Authorization;
    if (!bearerAccepted(typeof authorization === 'string' ? authorization : null, this.server.deps.config.gatewayTokens)) {
      this.socket.close(CloseCode.Forbidden, 'Forbidden');
      return;
    }
    this.acknowledged = true;
    this.send(JSON.stringify({ type: MessageType.ConnectionAck }));
  }

  private subscribe(id: string, payload: SubscribePayload): void {
    if (!this.acknowledged) {
      this.socket.close(CloseCode.Unauthorized, 'Unauthorized');
      return;
    }
    if (this.operations.has(id)) {
      this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
      return;
    }
    if (this.operations.size >= MAX_OPERATIONS_PER_SOCKET) return this.sendErrors(id, [tooManyOperations()]);
    const tooDeep = paramsTooDeep(payload);
    if (tooDeep) return this.sendErrors(id, [tooDeep]);
    if (tracing.on) void traceSocketOperation(this.connectionParams, () => this.start(id, payload));
    else void this.start(id, payload);
  }

  /** Parses, validates and runs an operation the socket may hold; settles once it is answered or set up. */
  private start(id: string, payload: SubscribePayload): Promise<void> | void {
    const { gateway, deps } = this.server;
    const { schema, execute, subscribe, contextFactory, parse, validate } = gateway.getEnveloped({
      connectionParams: this.connectionParams,
      operationSignal: this.closed.signal,
    });
    let document;
    try {
      document = parse(deps.persistedOperations.queryFor(payload) ?? payload.query);
    } catch (error) {
      if (error instanceof GraphQLError) return this.sendErrors(id, [error]);
      throw error;
    }
    const errors = validate(schema, document);
    if (errors.length > 0) return this.sendErrors(id, errors);
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return this.sendErrors(id, [new GraphQLError('Unable to identify operation')]);
    // Counted once it runs: a refused operation never completes, and would hold its place.
    this.operations.set(id, null);
    const run = async () => {
      const args = {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: await contextFactory(),
      };
      const result = (await (operation.operation === 'subscription' ? this.server.subscribe(args, subscribe) : execute(args))) as ExecutionResult | AsyncIterable<ExecutionResult>;
      if (this.operations.get(id) !== null) {
        // Completed (or the connection closed) while it was set up.
        if (isAsyncIterable(result)) void result[Symbol.asyncIterator]().return?.()?.catch(() => {});
        return;
      }
      if (isAsyncIterable(result)) {
        const running = new Operation(this, id, result);
        this.operations.set(id, running);
        running.pull();
        return;
      }
      this.operations.delete(id);
      this.sendResult(id, result);
      this.sendComplete(id);
    };
    return run().catch((error: unknown) => {
      this.operations.delete(id);
      this.fail(error);
    });
  }

  /** Writes a Next message; with `written`, returns true when `written` will be called. */
  sendResult(id: string, result: ExecutionResult, written?: (error?: Error) => void): boolean {
    // A shared result's JSON was written once for every subscriber of its event.
    const shared = sharedResultJson(result);
    const payload = shared ?? JSON.stringify(resultPayload(result));
    return this.send(`{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":${payload}}`, written);
  }

  sendErrors(id: string, errors: readonly GraphQLError[]): void {
    this.send(JSON.stringify({ id, type: MessageType.Error, payload: errors.map((error) => error.toJSON()) }));
  }

  private sendComplete(id: string): void {
    this.send(JSON.stringify({ id, type: MessageType.Complete }));
  }

  /** A stream ended (done, or failed after its error was sent): completed, when the client still has it. */
  finish(operation: Operation, notify: boolean): void {
    operation.ended();
    if (this.operations.get(operation.id) !== operation) return;
    this.operations.delete(operation.id);
    if (notify) this.sendComplete(operation.id);
  }

  private onClose(): void {
    clearTimeout(this.initTimer);
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    const operations = [...this.operations.values()];
    this.operations.clear();
    for (const operation of operations) operation?.stop();
    this.closed.abort();
  }
}

export function attachGraphqlWs(server: Server, gateway: Gateway, deps: GatewayDeps) {
  // noServer: ws attached to the server would re-emit its errors (a busy port, say); start()
  // reports those itself. One message is bounded like one HTTP body (ws would take 100 MiB); a
  // larger one closes with 1009.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: deps.config.maxBodyBytes, handleProtocols });
  // yoga keeps the plugin list of its envelop instance, added plugins included (getEnveloped._plugins).
  const plugins = (gateway as unknown as { plugins: Parameters<typeof leanSubscribe>[0] }).plugins;
  const shared: Server_ = { gateway, deps, isProd: process.env.NODE_ENV === 'production', subscribe: leanSubscribe(plugins) };
  wsServer.on('error', (error) => deps.logger.error({ msg: 'websocket server error', err: error.message }));
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // The same doors as HTTP: Host, path, Origin (the token comes in connection_init).
    const refusal = guardGraphqlRequest(request, deps.config, { upgrade: true });
    if (refusal) return refuseUpgrade(socket, refusal, deps);
    wsServer.handleUpgrade(request, socket, head, (client) => {
      new Connection(shared, client);
    });
  });
  const disposable = {
    dispose: async () => {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return { wsServer, disposable };
}
