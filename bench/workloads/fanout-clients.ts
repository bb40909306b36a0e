/**
 * Client side of the fan-out workload: a fixed set of graphql-ws connections and many
 * `serviceUpdated` subscriptions spread over them. Kept light on purpose (one small closure per
 * subscription, typed arrays for the timestamps, no per-event allocation beyond the parsed
 * message), so 10,000 subscriptions fit beside the driver without skewing what the child measures.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const SERVICE_UPDATED = /* GraphQL */ `
  subscription FanoutServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid state } }
`;

interface ServiceUpdatedData {
  serviceUpdated?: { uuid: string; state: string } | null;
}

/** Opens `count` eager connections and resolves once every one is acknowledged (connection_ack). */
export async function openConnections(wsUrl: string, count: number, timeoutMs: number): Promise<Client[]> {
  const clients: Client[] = [];
  const acknowledged: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    acknowledged.push(
      new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
    );
    clients.push(
      createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        on: { connected: () => resolve() },
        onNonLazyError: (error) => reject(error instanceof Error ? error : new Error(describeClose(error))),
      }),
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${count} connections not acknowledged within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.all(acknowledged), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return clients;
}

function describeClose(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const { code, reason } = error as { code: unknown; reason?: unknown };
    return `socket closed (${String(code)}${reason ? `: ${String(reason)}` : ''})`;
  }
  return String(error);
}

/**
 * N subscriptions: subscriber i watches service i % services.length and rides connection
 * floor(i / (N / connections)), so every connection carries a mix of services and one service's
 * change fans out over many sockets.
 */
export class SubscriberFleet {
  /** performance.now() of each subscriber's first event (0: none yet). */
  readonly firstAt: Float64Array;
  /** performance.now() of each subscriber's first event in state STOPPING or STOPPED (0: none yet). */
  readonly stoppedAt: Float64Array;
  /** Index (into the service list) each subscriber watches. */
  readonly serviceOf: Uint16Array;
  /** Subscribers per service that have not seen STOPPING/STOPPED yet. */
  private readonly notStopped: Int32Array;
  private firstMissing: number;
  private readonly disposers: (() => void)[] = [];
  private readonly waiters = new Set<() => void>();
  errors = 0;
  completed = 0;
  firstError: string | undefined;

  constructor(
    readonly size: number,
    readonly serviceIds: readonly string[],
  ) {
    this.firstAt = new Float64Array(size);
    this.stoppedAt = new Float64Array(size);
    this.serviceOf = new Uint16Array(size);
    this.notStopped = new Int32Array(serviceIds.length);
    this.firstMissing = size;
  }

  /** Sends every subscribe message; returns the performance.now() just before the first. */
  subscribeAll(clients: readonly Client[]): number {
    const perClient = Math.max(1, Math.ceil(this.size / clients.length));
    const started = performance.now();
    for (let index = 0; index < this.size; index++) {
      const service = index % this.serviceIds.length;
      this.serviceOf[index] = service;
      this.notStopped[service]! += 1;
      const client = clients[Math.min(clients.length - 1, Math.floor(index / perClient))]!;
      this.disposers.push(
        client.subscribe<ServiceUpdatedData>(
          { query: SERVICE_UPDATED, variables: { id: this.serviceIds[service]! } },
          {
            next: (result) => this.onEvent(index, result.data?.serviceUpdated?.state, result.errors),
            error: (error) => this.onError(error),
            complete: () => {
              this.completed += 1;
            },
          },
        ),
      );
    }
    return started;
  }

  private onEvent(index: number, state: string | undefined, errors: readonly unknown[] | undefined): void {
    const now = performance.now();
    let settled = false;
    if (errors?.length) this.onError(errors[0]);
    if (this.firstAt[index] === 0) {
      this.firstAt[index] = now;
      this.firstMissing -= 1;
      settled = this.firstMissing === 0;
    }
    if ((state === 'STOPPING' || state === 'STOPPED') && this.stoppedAt[index] === 0) {
      this.stoppedAt[index] = now;
      const service = this.serviceOf[index]!;
      this.notStopped[service]! -= 1;
      settled ||= this.notStopped[service] === 0;
    }
    if (settled) for (const waiter of [...this.waiters]) waiter();
  }

  private onError(error: unknown): void {
    this.errors += 1;
    this.firstError ??=
      error instanceof Error ? error.message : error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : describeClose(error);
  }

  /** Subscribers of a service that have not seen it STOPPING/STOPPED. */
  pendingStops(service: number): number {
    return this.notStopped[service]!;
  }

  /** Waits until every subscriber has its first event; resolves with how many still lack one after timeoutMs. */
  untilAllFirst(timeoutMs: number): Promise<number> {
    return this.until(() => this.firstMissing === 0, timeoutMs, () => this.firstMissing);
  }

  /** Waits until every subscriber of `service` saw it STOPPING/STOPPED; resolves with how many did not. */
  untilStopped(service: number, timeoutMs: number): Promise<number> {
    return this.until(() => this.notStopped[service] === 0, timeoutMs, () => this.notStopped[service]!);
  }

  private until(done: () => boolean, timeoutMs: number, missing: () => number): Promise<number> {
    if (done()) return Promise.resolve(0);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(missing());
      };
      const check = () => {
        if (done()) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Delays (ms) from `changedAt` to each subscriber of `service` seeing STOPPING/STOPPED. */
  stopDelays(service: number, changedAt: number): number[] {
    const delays: number[] = [];
    for (let index = 0; index < this.size; index++) {
      if (this.serviceOf[index] === service && this.stoppedAt[index] !== 0) delays.push(this.stoppedAt[index]! - changedAt);
    }
    return delays;
  }

  /** The time the last first event arrived. */
  lastFirstAt(): number {
    let last = 0;
    for (const at of this.firstAt) if (at > last) last = at;
    return last;
  }

  /** Unsubscribes everything (sends `complete` for each operation). */
  unsubscribeAll(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
  }
}

export async function closeConnections(clients: readonly Client[]): Promise<void> {
  await Promise.all(clients.map((client) => client.dispose()));
}
