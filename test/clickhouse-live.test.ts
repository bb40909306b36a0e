/**
 * ClickPipes and Postgres services are live as services are: `clickPipeUpdated` and
 * `postgresServiceUpdated` come from the same shared pollers (one ClickPipe list per service, one
 * Postgres list per organization), and a command shows at once, then each state it passes through.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { subscribeSse, subscribeWs, wsClient } from './support/live-clients.js';
import { startStack, type Stack } from './support/stack.js';

const typed = <T>(text: string) => parse(text) as unknown as TypedDocumentNode<T, { id: string }>;
const PipeUpdated = typed<{ clickPipeUpdated: { name: string; state: string } }>('subscription TestPipeUpdated($id: ID!) { clickPipeUpdated(id: $id) { name state } }');
const StopPipe = typed<{ stopClickPipe: { __typename: string } }>('mutation TestStopPipe($id: ID!) { stopClickPipe(input: { id: $id }) { __typename } }');
const PostgresUpdated = typed<{ postgresServiceUpdated: { name: string; state: string } }>('subscription TestPostgresUpdated($id: ID!) { postgresServiceUpdated(id: $id) { name state } }');
const RestartPostgres = typed<{ restartPostgresService: { __typename: string } }>('mutation TestRestartPostgres($id: ID!) { restartPostgresService(input: { id: $id }) { __typename } }');

const SEED = CLICKHOUSE_SEED;
const PIPE = encodeGlobalID('ClickPipe', [SEED.organizations.acme.id, SEED.services.acmeProduction.id, SEED.objects.clickPipe].join(':'));
const POSTGRES = encodeGlobalID('PostgresService', [SEED.organizations.acme.id, SEED.objects.postgres].join(':'));

describe('ClickHouse pipelines and Postgres services, live', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ transitionMs: 150, env: { LIVE_POLL_FAST_MS: '100', LIVE_POLL_SLOW_MS: '400' } });
  });
  afterAll(() => stack.close());

  it('a stopClickPipe is seen by every subscriber (WebSocket and SSE) as Stopping, then Stopped, from one poller', async () => {
    const client = wsClient(stack.wsUrl);
    const subscribers = [subscribeWs(client, PipeUpdated, { id: PIPE }), subscribeWs(client, PipeUpdated, { id: PIPE }), subscribeSse(stack.url, PipeUpdated, { id: PIPE })];
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1)));
    expect(stack.deps.live.stats().pollers).toBe(1);
    expect((await stack.execute(StopPipe, { id: PIPE })).data!.stopClickPipe.__typename).toBe('StopClickPipePayload');
    const states = (subscriber: (typeof subscribers)[number]) => subscriber.events.map((event) => event.data!.clickPipeUpdated.state);
    await Promise.all(subscribers.map((subscriber) => subscriber.until(() => states(subscriber).includes('STOPPED'))));
    for (const subscriber of subscribers) expect(states(subscriber)).toEqual(['RUNNING', 'STOPPING', 'STOPPED']);
    for (const subscriber of subscribers) subscriber.stop();
    await client.dispose();
  });

  it('postgresServiceUpdated follows a restart to running again', async () => {
    const client = wsClient(stack.wsUrl);
    const subscriber = subscribeWs(client, PostgresUpdated, { id: POSTGRES });
    await subscriber.until((events) => events.length >= 1);
    expect((await stack.execute(RestartPostgres, { id: POSTGRES })).data!.restartPostgresService.__typename).toBe('RestartPostgresServicePayload');
    const states = () => subscriber.events.map((event) => event.data!.postgresServiceUpdated.state);
    await subscriber.until(() => states().includes('RESTARTING') && states().at(-1) === 'RUNNING');
    expect(states()).toEqual(['RUNNING', 'RESTARTING', 'RUNNING']);
    subscriber.stop();
    await client.dispose();
  });
});
