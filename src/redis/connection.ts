/**
 * The one Redis connection of a replica (REDIS_URL), shared by the budget, the cache and the live
 * bus. It knows whether Redis answers: `healthy` flips on the client's own events and on commands
 * that fail or time out; every change is logged and counted, and the users of the connection fall back
 * to in-process state while it is false.
 *
 * No caller waits longer than the command timeout (REDIS_COMMAND_TIMEOUT_MS) for a reply: ioredis
 * rejects a command unanswered by then, a Redis that keeps its socket but answers nothing (frozen,
 * swapping, stuck in a long script) counts as lost exactly like a closed connection, and a probe
 * finds it again when it answers. ioredis reconnects with the backoff below; commands fail fast
 * while it is away (no offline queue), so a lost Redis costs a request one failed command, never a
 * hang.
 *
 * Keys hold no secret: they are built from credential fingerprints and upstream paths only.
 */
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { Logger } from '../observability/logger.js';

/** Every key this gateway writes starts with this, so one Redis can serve other things too. */
export const KEY_PREFIX = 'opsgraph:';
/** How long start-up waits for the first connection before it gives up with a clear message. */
export const CONNECT_TIMEOUT_MS = 3_000;
/**
 * How long a Redis command may go unanswered before Redis counts as lost (REDIS_COMMAND_TIMEOUT_MS).
 * A healthy Redis answers in about a millisecond; half a second is long enough not to mistake a
 * busy moment for an outage, short enough that a request never feels it much.
 */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;
const MAX_BACKOFF_MS = 5_000;
/**
 * Once Redis is back, how long until every replica that can reach it is on it again: its next
 * reconnect attempt comes within MAX_BACKOFF_MS and connecting takes at most CONNECT_TIMEOUT_MS (a
 * Redis that kept its socket is found sooner, by the probe).
 */
export const RECONNECT_WITHIN_MS = MAX_BACKOFF_MS + CONNECT_TIMEOUT_MS;
/** Pause between two PINGs to a Redis that stopped answering on an open connection. */
const PROBE_INTERVAL_MS = 250;

/** Query parameters whose values are secrets: ioredis reads `password` (and `sentinelPassword`) there. */
const SECRET_PARAMETER = /pass|secret|token|auth/i;
const HIDDEN = '***';

/**
 * REDIS_URL as it may be shown (start-up line, health log lines, error messages): every password
 * replaced by `***`, in the userinfo (`redis://:pw@host`, `redis://user:pw@host`) or in the query
 * (`?password=`, `?pass=`). A URL that does not parse is not shown at all.
 */
export function displayRedisUrl(url: string): string {
  let shown: URL;
  try {
    shown = new URL(url);
  } catch {
    return '(REDIS_URL, not a valid URL)';
  }
  if (shown.password) shown.password = HIDDEN;
  for (const name of new Set(shown.searchParams.keys())) {
    if (SECRET_PARAMETER.test(name)) shown.searchParams.set(name, HIDDEN);
  }
  return shown.toString();
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface RedisConnectionOptions {
  logger?: Logger;
  /** Called with the new state on every change (metrics). */
  onHealthChange?: (healthy: boolean) => void;
  /**
   * Longest wait for any Redis reply, in ms; a command unanswered by then fails and Redis counts
   * as lost (REDIS_COMMAND_TIMEOUT_MS). @default DEFAULT_REDIS_COMMAND_TIMEOUT_MS (500)
   */
  commandTimeoutMs?: number;
}

export class RedisConnection extends EventEmitter<{ health: [healthy: boolean] }> {
  private isHealthy = false;
  private subscriberClient: Redis | undefined;
  private closed = false;
  private probing = false;
  private readonly commandTimeoutMs: number;

  private constructor(
    readonly client: Redis,
    private readonly url: string,
    private options: RedisConnectionOptions,
  ) {
    super();
    this.commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS;
    client.on('ready', () => this.setHealthy(true));
    client.on('close', () => this.setHealthy(false));
    client.on('end', () => this.setHealthy(false));
    // Errors surface through 'close' and failed commands; without a listener ioredis would print them.
    client.on('error', () => {});
  }

  /** Connects, or throws RedisUnavailableError with a message fit for a log line. */
  static async connect(url: string, options: RedisConnectionOptions = {}): Promise<RedisConnection> {
    const client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
      // A command its caller gave up on (timed out, fell back) must not run later on a Redis that
      // came back: a budget slot or a cache entry written then would act for nobody.
      autoResendUnfulfilledCommands: false,
      retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 6), MAX_BACKOFF_MS),
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
    } catch (error) {
      client.disconnect();
      const reason = error instanceof Error ? error.message : String(error);
      throw new RedisUnavailableError(`Redis at ${displayRedisUrl(url)} is unreachable (${reason}); start it, fix REDIS_URL, or unset REDIS_URL to keep all state in this process`);
    }
    const connection = new RedisConnection(client, url, options);
    connection.setHealthy(true);
    return connection;
  }

  /** Where state changes are logged (the gateway's logger, known once its deps exist). */
  logTo(logger: Logger): void {
    this.options.logger = logger;
  }

  get healthy(): boolean {
    return this.isHealthy && !this.closed;
  }

  /**
   * A second connection for SUBSCRIBE (a subscribed connection can run no other command). It
   * queues and resends commands while reconnecting, so channels survive a reconnect. It has no
   * command timeout: ioredis re-subscribes on its own after a reconnect and handles no failure of
   * that, so a timed-out re-subscribe would be an unhandled rejection (the process would exit).
   * Waits on it go through within() instead.
   */
  subscriber(): Redis {
    if (!this.subscriberClient) {
      this.subscriberClient = this.client.duplicate({
        enableOfflineQueue: true,
        maxRetriesPerRequest: null,
        commandTimeout: undefined,
        autoResendUnfulfilledCommands: true,
      });
      this.subscriberClient.on('error', () => {});
    }
    return this.subscriberClient;
  }

  /** `reply`, or a failure once the command timeout has passed (the reply may still come, unobserved). */
  within<T>(reply: Promise<T>): Promise<T> {
    reply.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisUnavailableError(`no reply from Redis within ${this.commandTimeoutMs} ms`)), this.commandTimeoutMs);
    });
    return Promise.race([reply, timedOut]).finally(() => clearTimeout(timer));
  }

  /** Marks Redis lost after a failed or timed-out command, before (or without) the socket closing. */
  reportFailure(error: unknown): void {
    if (this.isHealthy) this.options.logger?.warn({ msg: 'redis command failed', error: error instanceof Error ? error.message : String(error) });
    this.setHealthy(false);
    void this.probe();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscriberClient?.disconnect();
    this.client.disconnect();
  }

  /**
   * A Redis that stopped answering may keep its socket open (frozen, overloaded): no 'close' and no
   * new 'ready' will say when it is back. So PING it (each bounded by the command timeout) until
   * it answers; if the connection drops meanwhile, ioredis reconnects and 'ready' takes over.
   */
  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      while (!this.closed && !this.isHealthy && this.client.status === 'ready') {
        try {
          await this.client.ping();
          this.setHealthy(true);
        } catch {
          await delay(PROBE_INTERVAL_MS, undefined, { ref: false });
        }
      }
    } finally {
      this.probing = false;
    }
  }

  private setHealthy(healthy: boolean): void {
    if (this.closed || healthy === this.isHealthy) return;
    this.isHealthy = healthy;
    const where = displayRedisUrl(this.url);
    if (healthy) this.options.logger?.info({ msg: 'shared state on Redis', redis: where });
    else this.options.logger?.warn({ msg: 'Redis lost: falling back to in-process state until it is back', redis: where });
    this.options.onHealthChange?.(healthy);
    this.emit('health', healthy);
  }
}
