/**
 * The gateway's own graphql-transport-ws server (src/graphql-ws.ts): the protocol as graphql-ws
 * speaks it (close codes, ping/pong, errors per operation), subscriptions set up the lean way
 * (src/graphql-ws-subscribe.ts), and a completed or abandoned subscription letting go of its poller.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanSubscribeStats } from '../src/graphql-ws-subscribe.js';
import { serviceGlobalId, sleep } from './support/ids.js';
import { messagesOf, openSocket } from './support/raw-http.js';
import { startStack, type Stack } from './support/stack.js';

const SERVICE_UPDATED = `subscription { serviceUpdated(id: "${serviceGlobalId('acmeProduction')}") { uuid state } }`;

async function socketOf(wsUrl: string): Promise<WebSocket> {
  const opened = await openSocket(wsUrl);
  if (!('socket' in opened)) throw new Error(`upgrade refused with ${opened.refusedWith}`);
  return opened.socket;
}

async function acknowledged(stack: Stack) {
  const socket = await socketOf(stack.wsUrl);
  const received = messagesOf(socket);
  received.send({ type: 'connection_init', payload: {} });
  await received.message((message) => message.type === 'connection_ack');
  return { socket, received };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('the graphql-transport-ws server', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('closes a socket without the graphql-transport-ws subprotocol with 4406', async () => {
    // No subprotocol offered: the server picks none, and graphql-ws's rule closes the socket.
    const socket = new WebSocket(stack.wsUrl);
    const received = messagesOf(socket);
    expect((await received.closed()).code).toBe(4406);
  });

  it('answers ping with pong (payload echoed) and closes on a second connection_init with 4429', async () => {
    const { received } = await acknowledged(stack);
    received.send({ type: 'ping', payload: { at: 1 } });
    expect(await received.message((message) => message.type === 'pong')).toEqual({ type: 'pong', payload: { at: 1 } });
    received.send({ type: 'connection_init' });
    expect((await received.closed()).code).toBe(4429);
  });

  it('closes on a subscribe before connection_ack with 4401, and on an invalid message with 4400', async () => {
    const early = messagesOf(await socketOf(stack.wsUrl));
    early.send({ id: '1', type: 'subscribe', payload: { query: '{ organizations { name } }' } });
    expect((await early.closed()).code).toBe(4401);
    const { socket, received } = await acknowledged(stack);
    socket.send('{"type":"subscribe","id":1}');
    expect((await received.closed()).code).toBe(4400);
  });

  it('closes on a second operation with a running id with 4409', async () => {
    const { received } = await acknowledged(stack);
    received.send({ id: 'same', type: 'subscribe', payload: { query: SERVICE_UPDATED } });
    await received.message((message) => message.type === 'next' && message.id === 'same');
    received.send({ id: 'same', type: 'subscribe', payload: { query: SERVICE_UPDATED } });
    expect((await received.closed()).code).toBe(4409);
  });

  it('answers a document that does not parse with an error for that operation, and keeps the socket', async () => {
    const { socket, received } = await acknowledged(stack);
    received.send({ id: 'bad', type: 'subscribe', payload: { query: 'subscription {' } });
    const refused = await received.message((message) => message.id === 'bad');
    expect(refused.type).toBe('error');
    received.send({ id: 'good', type: 'subscribe', payload: { query: '{ organizations { name } }' } });
    expect((await received.message((message) => message.id === 'good')).type).toBe('next');
    await received.message((message) => message.id === 'good' && message.type === 'complete');
    socket.close();
  });

  it('sets subscriptions up the lean way; a completed one lets go of its poller at once', async () => {
    const before = { ...leanSubscribeStats };
    const subscribers = () => stack.deps.live.stats().subscribers;
    const { socket, received } = await acknowledged(stack);
    const base = subscribers();
    received.send({ id: 'a', type: 'subscribe', payload: { query: SERVICE_UPDATED } });
    received.send({ id: 'b', type: 'subscribe', payload: { query: SERVICE_UPDATED } });
    await received.message((message) => message.type === 'next' && message.id === 'a');
    await received.message((message) => message.type === 'next' && message.id === 'b');
    expect(leanSubscribeStats.lean - before.lean).toBe(2);
    expect(leanSubscribeStats.fallback).toBe(before.fallback);
    expect(subscribers()).toBe(base + 2);
    received.send({ id: 'a', type: 'complete' });
    await until(() => subscribers() === base + 1);
    socket.close();
    await until(() => subscribers() === base);
    // No complete is sent for an operation the client completed itself.
    expect(received.messages.filter((message) => message.type === 'complete')).toEqual([]);
  });
});
