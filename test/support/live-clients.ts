/**
 * Real subscription clients for tests: graphql-ws over a WebSocket, and GraphQL over SSE with
 * fetch. Each collects events and can be awaited until a condition holds or the stream ends.
 */
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Collected<T> {
  events: ExecutionResult<T>[];
  completed: boolean;
  /** Resolves when `predicate` holds for the events so far (rejects after timeoutMs). */
  until(predicate: (events: ExecutionResult<T>[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Stops listening (the client unsubscribes). */
  stop(): void;
}

const DEFAULT_WAIT_MS = 10_000;

function collector<T>(stop: () => void): Collected<T> & { notify(): void } {
  const waiters: (() => void)[] = [];
  const collected: Collected<T> & { notify(): void } = {
    events: [],
    completed: false,
    stop,
    notify() {
      for (const waiter of waiters.splice(0)) waiter();
    },
    until(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`condition not met in ${timeoutMs} ms; events: ${JSON.stringify(collected.events)}`)),
          timeoutMs,
        );
        const check = () => {
          if (predicate(collected.events)) {
            clearTimeout(timer);
            resolve();
          } else if (collected.completed) {
            clearTimeout(timer);
            reject(new Error(`stream completed first; events: ${JSON.stringify(collected.events)}`));
          } else waiters.push(check);
        };
        check();
      });
    },
  };
  return collected;
}

export function wsClient(url: string, connectionParams: Record<string, string> = {}): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

export function subscribeWs<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Collected<T> {
  let dispose: () => void = () => {};
  const collected = collector<T>(() => dispose());
  dispose = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (event) => {
        collected.events.push(event as ExecutionResult<T>);
        collected.notify();
      },
      error: (error) => {
        collected.events.push({ errors: [{ message: String((error as Error)?.message ?? error) }] } as never);
        collected.completed = true;
        collected.notify();
      },
      complete: () => {
        collected.completed = true;
        collected.notify();
      },
    },
  );
  return collected;
}

/** GraphQL over SSE (distinct connections mode) as yoga serves it. */
export function subscribeSse<T, V>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
  headers: Record<string, string> = {},
): Collected<T> {
  const controller = new AbortController();
  const collected = collector<T>(() => controller.abort());
  void (async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
        signal: controller.signal,
      });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (event === 'complete') collected.completed = true;
          else if (data) collected.events.push(JSON.parse(data) as ExecutionResult<T>);
          collected.notify();
        }
      }
    } catch {
      // aborted by stop(), or the server went away
    }
    collected.completed = true;
    collected.notify();
  })();
  return collected;
}
