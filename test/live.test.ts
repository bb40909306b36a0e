/**
 * Subscriptions with real clients (graphql-ws over WebSocket, and SSE) against the simulators:
 * shared pollers, change-only events, completion, credential errors and poller shutdown.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedResultStats } from '../src/live/shared-results.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { seedService, serviceGlobalId, sleep } from './support/ids.js';
import { subscribeSse, subscribeWs, wsClient } from './support/live-clients.js';
import { GLOBEX_KEY, keyHeader, startStack, type Stack } from './support/stack.js';

const FAST_MS = 150;
const SLOW_MS = 300;
const TRANSITION_MS = 400;

const ServiceUpdated = graphql(/* GraphQL */ `
  subscription TestServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid name state } }
`);

const OrganizationServices = graphql(/* GraphQL */ `
  subscription TestOrganizationServices($organizationId: ID!) { organizationServicesUpdated(organizationId: $organizationId) { uuid state } }
`);

const ServiceUpdatedWithSiblings = graphql(/* GraphQL */ `
  subscription TestServiceUpdatedWithSiblings($id: ID!) {
    serviceUpdated(id: $id) { uuid state organization { services(first: 50) { edges { node { uuid state } } } } }
  }
`);

const BackupUpdated = graphql(/* GraphQL */ `
  subscription TestBackupUpdated($serviceId: ID!) { backupUpdated(serviceId: $serviceId) { uuid status } }
`);

const DeploymentUpdated = graphql(/* GraphQL */ `
  subscription TestDeploymentUpdated($id: ID!) { deploymentUpdated(id: $id) { uuid status percent success } }
`);

const EnvironmentUpdated = graphql(/* GraphQL */ `
  subscription TestEnvironmentUpdated($id: ID!) { environmentUpdated(id: $id) { uuid currentlyRunningDeployment { uuid } } }
`);

const Stop = graphql(/* GraphQL */ `
  mutation TestLiveStop($id: ID!) { stopService(input: { id: $id }) { __typename } }
`);

const Start = graphql(/* GraphQL */ `
  mutation TestLiveStart($id: ID!) { startService(input: { id: $id }) { __typename } }
`);

const Deploy = graphql(/* GraphQL */ `
  mutation TestLiveDeploy($id: ID!) { deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } } }
`);

const servicesList = (path: string) => path.endsWith('/services');

describe('subscriptions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gatewayRateLimit: '0',
      transitionMs: TRANSITION_MS,
      deploymentStepMs: 100,
      // A short open period, so a tripped breaker (the failure test) probes again quickly.
      env: { LIVE_POLL_FAST_MS: String(FAST_MS), LIVE_POLL_SLOW_MS: String(SLOW_MS), CIRCUIT_OPEN_MS: '300' },
    });
  });
  afterAll(() => stack.close());

  it('70 subscribers in one organization share one poller: at most one service-list call per interval', async () => {
    const acmeServices = ['acmeProduction', 'acmeAnalyticsDev', 'acmeReporting', 'acmeEventIngest', 'acmeSandbox', 'acmeRealtime', 'acmeFeatureStore'] as const;
    const clients = Array.from({ length: 7 }, () => wsClient(stack.wsUrl));
    const subscriptions = [
      ...Array.from({ length: 50 }, (_, i) => subscribeWs(clients[i % 7]!, ServiceUpdated, { id: serviceGlobalId('acmeProduction') })),
      ...Array.from({ length: 20 }, (_, i) =>
        subscribeWs(clients[i % 7]!, ServiceUpdated, { id: serviceGlobalId(acmeServices[1 + (i % 6)]!) }),
      ),
    ];
    await Promise.all(subscriptions.map((subscription) => subscription.until((events) => events.length >= 1)));
    for (const subscription of subscriptions) expect(subscription.events[0]!.errors).toBeUndefined();
    expect(subscriptions[0]!.events[0]!.data!.serviceUpdated).toMatchObject({ uuid: seedService('acmeProduction').id });
    expect(stack.deps.live.stats()).toEqual({ pollers: 1, subscribers: 70 });

    stack.resetUpstreamCalls();
    const windowMs = 1_500;
    await sleep(windowMs);
    const calls = stack.simulator.requests.filter((request) => servicesList(request.path)).map((request) => request.at);
    // Realtime Metrics is still PROVISIONING, so the organization polls at the fast interval.
    expect(calls.length).toBeGreaterThanOrEqual(Math.floor(windowMs / SLOW_MS) - 1);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(windowMs / FAST_MS) + 1);
    for (let i = 1; i < calls.length; i++) expect(calls[i]! - calls[i - 1]!).toBeGreaterThanOrEqual(FAST_MS - 20);
    // Acme Production did not change: none of its 50 subscribers got a second event.
    expect(subscriptions.slice(0, 50).every((subscription) => subscription.events.length === 1)).toBe(true);

    for (const subscription of subscriptions) subscription.stop();
    await Promise.all(clients.map((client) => client.dispose()));
    await sleep(50);
    expect(stack.deps.live.stats()).toEqual({ pollers: 0, subscribers: 0 });
  });

  it('a stopService is seen by every subscriber (WebSocket and SSE) as STOPPING, then STOPPED', async () => {
    const id = serviceGlobalId('acmeEventIngest');
    const client = wsClient(stack.wsUrl);
    const subscribers = [
      ...Array.from({ length: 3 }, () => subscribeWs(client, ServiceUpdated, { id })),
      ...Array.from({ length: 2 }, () => subscribeSse(stack.url, ServiceUpdated, { id })),
    ];
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1)));
    expect((await stack.execute(Stop, { id })).data!.stopService.__typename).toBe('ServicePayload');
    const states = (subscriber: (typeof subscribers)[number]) => subscriber.events.map((event) => event.data!.serviceUpdated.state);
    await Promise.all(subscribers.map((subscriber) => subscriber.until(() => states(subscriber).includes('STOPPED'))));
    for (const subscriber of subscribers) expect(states(subscriber)).toEqual(['RUNNING', 'STOPPING', 'STOPPED']);
    for (const subscriber of subscribers) subscriber.stop();
    await client.dispose();
  });

  it("each event is a request of its own: what it reads beside the event is read afresh, not an earlier event's copy", async () => {
    const id = serviceGlobalId('acmeEventIngest');
    const uuid = seedService('acmeEventIngest').id;
    const client = wsClient(stack.wsUrl);
    const subscriber = subscribeWs(client, ServiceUpdatedWithSiblings, { id });
    await subscriber.until((events) => events.length >= 1);
    const stateOf = (event: (typeof subscriber.events)[number]) => event.data!.serviceUpdated.state;
    // Whatever an earlier test left it in, move it to the other end.
    const target = stateOf(subscriber.events[0]!) === 'RUNNING' ? 'STOPPED' : 'RUNNING';
    const moved = target === 'STOPPED' ? await stack.execute(Stop, { id }) : await stack.execute(Start, { id });
    expect(moved.errors).toBeUndefined();
    await subscriber.until((events) => events.some((event) => stateOf(event) === target));
    expect(subscriber.events.length).toBeGreaterThanOrEqual(3);
    // The organization's list, read beside each event, agrees with the event itself.
    for (const event of subscriber.events) {
      const sibling = event.data!.serviceUpdated.organization.services!.edges.find((edge) => edge.node.uuid === uuid);
      expect(sibling?.node.state).toBe(stateOf(event));
    }
    subscriber.stop();
    await client.dispose();
  });

  it('subscribers of one change share one result, serialised once, and each receives it whole', async () => {
    const id = serviceGlobalId('acmeEventIngest');
    const clients = [wsClient(stack.wsUrl), wsClient(stack.wsUrl)];
    const subscribers = Array.from({ length: 20 }, (_, index) => subscribeWs(clients[index % 2]!, ServiceUpdated, { id }));
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1)));
    const stateOf = (event: (typeof subscribers)[number]['events'][number]) => event.data!.serviceUpdated.state;
    const target = stateOf(subscribers[0]!.events[0]!) === 'RUNNING' ? 'STOPPED' : 'RUNNING';
    const before = { ...sharedResultStats };
    const moved = target === 'STOPPED' ? await stack.execute(Stop, { id }) : await stack.execute(Start, { id });
    expect(moved.errors).toBeUndefined();
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.some((event) => stateOf(event) === target))));
    const changes = subscribers[0]!.events.length - 1;
    expect(changes).toBeGreaterThanOrEqual(2);
    for (const subscriber of subscribers) expect(subscriber.events).toEqual(subscribers[0]!.events);
    expect(sharedResultStats.serialised - before.serialised).toBe(changes);
    expect(sharedResultStats.shared - before.shared).toBe(changes * (subscribers.length - 1));
    for (const subscriber of subscribers) subscriber.stop();
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('when the first subscriber leaves, the others keep their stream; every poll has its own request id', async () => {
    const id = serviceGlobalId('acmeSandbox');
    const client = wsClient(stack.wsUrl);
    const first = subscribeWs(client, ServiceUpdated, { id });
    await first.until((events) => events.length >= 1);
    const second = subscribeSse(stack.url, ServiceUpdated, { id });
    await second.until((events) => events.length >= 1);
    // The poller was started for the first subscriber, whose operation now ends.
    first.stop();
    const idsBefore = stack.proxy.requestIds.length;
    const start = parse('mutation Start($id: ID!) { startService(input: { id: $id }) { __typename } }') as TypedDocumentNode<{ startService: { __typename: string } }, { id: string }>;
    expect((await stack.execute(start, { id })).data!.startService.__typename).toBe('ServicePayload');
    const states = () => second.events.map((event) => event.data!.serviceUpdated.state);
    await second.until(() => states().includes('RUNNING'));
    expect(states()).toEqual(['STOPPED', 'STARTING', 'RUNNING']);
    const pollIds = stack.proxy.requestIds.slice(idsBefore).filter((requestId) => requestId.startsWith('poll-'));
    expect(pollIds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pollIds).size).toBe(pollIds.length);
    second.stop();
    await client.dispose();
  });

  it('organizationServicesUpdated starts with every service; backupUpdated starts with the latest backup', async () => {
    const client = wsClient(stack.wsUrl);
    const organization = subscribeWs(client, OrganizationServices, { organizationId: seedService('acmeProduction').organizationId });
    const backups = subscribeWs(client, BackupUpdated, { serviceId: serviceGlobalId('acmeProduction') });
    await organization.until((events) => events.length >= 7);
    await backups.until((events) => events.length >= 1);
    expect(new Set(organization.events.map((event) => event.data!.organizationServicesUpdated.uuid)).size).toBe(7);
    expect(backups.events[0]!.data!.backupUpdated.uuid).toBe(seedService('acmeProduction').backupIds[0]);
    organization.stop();
    backups.stop();
    await client.dispose();
  });

  it('deploymentUpdated streams rising percent and completes after the deployment finishes', async () => {
    const deployed = await stack.execute(Deploy, { id: DIVIO_SEED.environments.shopStage.id });
    const payload = deployed.data!.deployEnvironment;
    if (payload.__typename !== 'DeployEnvironmentPayload') throw new Error(JSON.stringify(deployed));
    const client = wsClient(stack.wsUrl);
    const environment = subscribeWs(client, EnvironmentUpdated, { id: DIVIO_SEED.environments.shopStage.id });
    const deployment = subscribeWs(client, DeploymentUpdated, { id: payload.deployment!.uuid });
    await deployment.until(() => deployment.completed, 15_000);
    const updates = deployment.events.map((event) => event.data!.deploymentUpdated);
    const percents = updates.map((update) => update.percent!);
    expect(percents.length).toBeGreaterThanOrEqual(3);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(new Set(percents).size).toBe(percents.length);
    expect(updates.at(-1)).toMatchObject({ percent: 100, success: true });
    await environment.until((events) => events.some((event) => event.data!.environmentUpdated.currentlyRunningDeployment === null));
    environment.stop();
    await client.dispose();
  });

  it('a subscriber with another organization\'s key gets an error, not data', async () => {
    const client = wsClient(stack.wsUrl, keyHeader(GLOBEX_KEY));
    const foreign = subscribeWs(client, ServiceUpdated, { id: serviceGlobalId('acmeProduction') });
    await foreign.until(() => foreign.completed);
    expect(foreign.events).toHaveLength(1);
    expect(foreign.events[0]!.data ?? null).toBeNull();
    expect(foreign.events[0]!.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    await client.dispose();
  });

  it('after the last subscriber disconnects, no more upstream calls are made', async () => {
    const client = wsClient(stack.wsUrl);
    const subscribers = Array.from({ length: 3 }, () => subscribeWs(client, ServiceUpdated, { id: serviceGlobalId('acmeReporting') }));
    await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1)));
    expect(stack.deps.live.stats().pollers).toBe(1);
    for (const subscriber of subscribers) subscriber.stop();
    await client.dispose();
    await sleep(50);
    expect(stack.deps.live.stats()).toEqual({ pollers: 0, subscribers: 0 });
    stack.resetUpstreamCalls();
    await sleep(SLOW_MS * 4);
    expect(stack.upstreamCalls() + stack.divioCalls()).toBe(0);
  });

  it('upstream failures do not end a subscription: the poller backs off, resumes and reports the change', async () => {
    const id = serviceGlobalId('acmeProduction');
    const client = wsClient(stack.wsUrl);
    const subscriber = subscribeWs(client, ServiceUpdated, { id });
    await subscriber.until((events) => events.length >= 1);
    // More consecutive 503s than one poll retries: at least two polls fail outright.
    stack.proxy.failNext(/\/services$/, 6);
    expect((await stack.execute(Stop, { id })).data!.stopService.__typename).toBe('ServicePayload');
    await subscriber.until((events) => events.some((event) => event.data?.serviceUpdated.state === 'STOPPED'), 15_000);
    expect(stack.proxy.injectedFailures).toBe(6);
    expect(subscriber.completed).toBe(false);
    expect(subscriber.events.every((event) => event.errors === undefined)).toBe(true);
    subscriber.stop();
    await client.dispose();
  });

  it('bad ids are refused with BAD_USER_INPUT before any poller starts', async () => {
    const client = wsClient(stack.wsUrl);
    const bad = subscribeWs(client, ServiceUpdated, { id: 'not-a-service' });
    await bad.until(() => bad.completed);
    expect(JSON.stringify(bad.events)).toContain('BAD_USER_INPUT');
    expect(stack.deps.live.stats().pollers).toBe(0);
    await client.dispose();
  });
});

describe('graceful shutdown', () => {
  it('completes open subscriptions, stops pollers and closes sockets', async () => {
    const stack = await startStack({ gatewayRateLimit: '0', env: { LIVE_POLL_FAST_MS: '100', LIVE_POLL_SLOW_MS: '200' } });
    const client = wsClient(stack.wsUrl);
    const ws = subscribeWs(client, ServiceUpdated, { id: serviceGlobalId('acmeProduction') });
    const sse = subscribeSse(stack.url, ServiceUpdated, { id: serviceGlobalId('acmeProduction') });
    await ws.until((events) => events.length >= 1);
    await sse.until((events) => events.length >= 1);
    await stack.close();
    await ws.until(() => ws.completed);
    await sse.until(() => sse.completed);
    expect(ws.events.every((event) => event.errors === undefined)).toBe(true);
    expect(stack.deps.live.stats()).toEqual({ pollers: 0, subscribers: 0 });
    await client.dispose();
  });
});

describe('gateway bearer tokens', () => {
  it('are required over HTTP (401) and in the WebSocket connection_init payload', async () => {
    const stack = await startStack({ gatewayRateLimit: '0', env: { GATEWAY_TOKENS: 'first-token,second-token' } });
    try {
      const anonymous = await stack.execute(ServiceUpdated as never, { id: 'x' } as never);
      expect(anonymous.status).toBe(401);
      expect(JSON.stringify(anonymous)).toContain('UNAUTHENTICATED');

      const refused = wsClient(stack.wsUrl, { authorization: 'Bearer wrong-token' });
      const denied = subscribeWs(refused, ServiceUpdated, { id: serviceGlobalId('acmeProduction') });
      await denied.until(() => denied.completed);
      expect(denied.events.some((event) => event.data)).toBe(false);
      await refused.dispose();

      const allowed = wsClient(stack.wsUrl, { authorization: 'Bearer second-token' });
      const subscriber = subscribeWs(allowed, ServiceUpdated, { id: serviceGlobalId('acmeProduction') });
      await subscriber.until((events) => events.length >= 1);
      expect(subscriber.events[0]!.data!.serviceUpdated.uuid).toBe(seedService('acmeProduction').id);
      subscriber.stop();
      await allowed.dispose();
    } finally {
      await stack.close();
    }
  });
});
