/**
 * Serve stale rather than fail (STALE_IF_ERROR_S): a read whose fresh answer cannot be had (the
 * upstream answers 503, its circuit opens) is answered with the last good answer of the same
 * credential and path, marked in `extensions.stale`; never after a write, never across credentials,
 * never with STALE_IF_ERROR_S=0. Real gateway over the simulators, faults injected over HTTP.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { RedisUnavailableError } from '../src/redis/connection.js';
import { clickHouseCredential } from '../src/upstream/credentials.js';
import { CircuitOpenError, errorForStatus, GatewayTimeoutError, UpstreamProtocolError } from '../src/upstream/errors.js';
import { staleReason } from '../src/upstream/stale.js';
import { queuedTooLong } from '../src/upstream/waiters.js';
import { seedService, serviceGlobalId, sleep } from './support/ids.js';
import { subscribeSse, subscribeWs, wsClient } from './support/live-clients.js';
import { ACME_SECOND_KEY, errorCodes, keyHeader, startStack, type Stack } from './support/stack.js';

const OPEN_MS = 200;
const ENV = { UPSTREAM_TIMEOUT_MS: '400', CIRCUIT_OPEN_MS: String(OPEN_MS), CIRCUIT_FAILURE_THRESHOLD: '3' };
const ACME = CLICKHOUSE_SEED.organizations.acme.id;
const PRODUCTION = seedService('acmeProduction');

interface StaleMark {
  path: string;
  ageMs: number;
  reason: string;
}
type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[]; extensions?: { stale?: StaleMark[] } };
const doc = (text: string) => parse(text) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

/** Both objects read afresh from their own endpoints (`fresh: true`): no cache TTL to wait out. */
const FreshDashboard = doc(`query TestStaleDashboard {
  organization(uuid: "${ACME}", fresh: true) { name service(uuid: "${PRODUCTION.id}", fresh: true) { name state } }
}`);
const ServiceNames = doc(`query TestStaleServiceNames { organizations { services { edges { node { uuid name } } } } }`);
const Stop = doc(`mutation TestStaleStop($input: StopServiceInput!) { stopService(input: $input) { __typename } }`);
const Start = doc(`mutation TestStaleStart($input: StartServiceInput!) { startService(input: $input) { __typename } }`);
const Rename = doc(`mutation TestStaleRename($input: UpdateServiceInput!) { updateService(input: $input) { __typename } }`);

const STALE_REASONS = ['UPSTREAM_UNAVAILABLE', 'CIRCUIT_OPEN'];

function flushCache(stack: Stack): void {
  for (const key of CLICKHOUSE_SEED.keys) stack.deps.clickhouse.cache.invalidate(clickHouseCredential(key.keyId, key.keySecret).fingerprint, '');
}

function failEveryRead(stack: Stack): void {
  stack.simulator.faults.inject({ method: 'GET', status: 503 });
}

async function staleMetric(stack: Stack): Promise<number> {
  const text = await stack.deps.metrics.registry.getSingleMetricAsString('opsgraph_cache_stale_total');
  return Number(/opsgraph_cache_stale_total\{upstream="clickhouse"\} (\d+)/.exec(text)?.[1] ?? NaN);
}

async function execute(stack: Stack, document: ReturnType<typeof doc>, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Result> {
  return (await stack.execute(document, variables, headers)) as Result;
}

describe('stale-if-error (default STALE_IF_ERROR_S)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: ENV });
  });
  afterEach(async () => {
    stack.simulator.faults.clear();
    await sleep(OPEN_MS + 50);
  });
  afterAll(() => stack.close());

  it('answers a failing read with the last good answer, marked in extensions.stale and counted', async () => {
    flushCache(stack);
    const fresh = await execute(stack, FreshDashboard);
    expect(fresh.errors).toBeUndefined();
    expect(fresh.extensions?.stale).toBeUndefined();
    const before = await staleMetric(stack);
    await sleep(20);
    failEveryRead(stack);
    const stale = await execute(stack, FreshDashboard);
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual(fresh.data);
    const marks = stale.extensions!.stale!;
    expect(marks.map((mark) => mark.path).sort()).toEqual([`/v1/organizations/${ACME}`, `/v1/organizations/${ACME}/services/${PRODUCTION.id}`]);
    for (const mark of marks) {
      expect(mark.ageMs).toBeGreaterThan(0);
      expect(STALE_REASONS).toContain(mark.reason);
    }
    expect(await staleMetric(stack)).toBe(before + 2);
  });

  it('never answers another credential with stale data it did not read itself', async () => {
    flushCache(stack);
    expect((await execute(stack, FreshDashboard)).errors).toBeUndefined();
    failEveryRead(stack);
    const other = await execute(stack, FreshDashboard, undefined, keyHeader(ACME_SECOND_KEY));
    expect(other.extensions?.stale).toBeUndefined();
    expect(other.data?.organization ?? null).toBeNull();
    expect(errorCodes(other).length).toBeGreaterThan(0);
    // The credential that did read it still gets it stale.
    expect((await execute(stack, FreshDashboard)).extensions?.stale).toHaveLength(2);
  });

  it('never answers stale data from before a write made through the gateway', async () => {
    flushCache(stack);
    const oldName = PRODUCTION.name;
    const listed = JSON.stringify((await execute(stack, ServiceNames)).data);
    expect(listed).toContain(oldName);
    const newName = 'Acme Production Renamed';
    const renamed = await execute(stack, Rename, { input: { id: serviceGlobalId('acmeProduction'), name: newName } });
    expect(renamed.data).toEqual({ updateService: { __typename: 'ServicePayload' } });
    failEveryRead(stack);
    const after = await execute(stack, ServiceNames);
    expect(JSON.stringify(after.data ?? null)).not.toContain(`"${oldName}"`);
    expect(errorCodes(after).length > 0 || JSON.stringify(after.data ?? null).includes(newName)).toBe(true);
    expect(after.extensions?.stale ?? []).toEqual([]);
    stack.simulator.faults.clear();
    await sleep(OPEN_MS + 50);
    await execute(stack, Rename, { input: { id: serviceGlobalId('acmeProduction'), name: oldName } });
  });
});

describe('STALE_IF_ERROR_S=0', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { ...ENV, STALE_IF_ERROR_S: '0' } });
  });
  afterAll(() => stack.close());

  it('a failing read is a coded error, as without stale answers', async () => {
    expect((await execute(stack, FreshDashboard)).errors).toBeUndefined();
    failEveryRead(stack);
    const failed = await execute(stack, FreshDashboard);
    stack.simulator.faults.clear();
    expect(failed.extensions?.stale).toBeUndefined();
    expect(failed.data?.organization ?? null).toBeNull();
    expect(errorCodes(failed)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(await staleMetric(stack)).toBe(0);
  });
});

describe('which failures a stale answer may stand in for', () => {
  it('upstream and gateway failures, never what the upstream said about the request', () => {
    expect(staleReason(errorForStatus('clickhouse', 503))).toBe('UPSTREAM_UNAVAILABLE');
    expect(staleReason(new GatewayTimeoutError('clickhouse', 400))).toBe('GATEWAY_TIMEOUT');
    expect(staleReason(new UpstreamProtocolError('clickhouse'))).toBe('UPSTREAM_ERROR');
    expect(staleReason(new CircuitOpenError('clickhouse', 1_000))).toBe('CIRCUIT_OPEN');
    expect(staleReason(queuedTooLong('clickhouse', 1_000))).toBe('RATE_LIMITED');
    expect(staleReason(new RedisUnavailableError('lost'))).toBe('REDIS_UNAVAILABLE');
    for (const status of [400, 401, 403, 404, 409, 429]) expect(staleReason(errorForStatus('clickhouse', status))).toBeUndefined();
    expect(staleReason(new Error('aborted'))).toBeUndefined();
  });
});

describe('stale answers in subscription events', () => {
  let stack: Stack;
  beforeAll(async () => {
    // The circuit stays closed (the poller's own reads must go on) and a failing read gives up fast.
    stack = await startStack({
      gatewayRateLimit: '0',
      transitionMs: 150,
      env: { UPSTREAM_TIMEOUT_MS: '500', CIRCUIT_FAILURE_THRESHOLD: '1000', LIVE_POLL_FAST_MS: '100', LIVE_POLL_SLOW_MS: '300' },
    });
  });
  afterAll(() => stack.close());

  it('an event built from a read served stale carries extensions.stale, over graphql-ws and SSE alike', async () => {
    const backupId = PRODUCTION.backupIds[0]!;
    const Watch = doc(`subscription TestStaleWatch($id: ID!) { serviceUpdated(id: $id) { state backup(uuid: "${backupId}", fresh: true) { uuid } } }`);
    type Event = { data?: { serviceUpdated: { state: string; backup: { uuid: string } | null } }; extensions?: { stale?: StaleMark[] } };
    const client = wsClient(stack.wsUrl);
    const subscribers = [subscribeWs(client, Watch, { id: serviceGlobalId('acmeProduction') }), subscribeSse(stack.url, Watch, { id: serviceGlobalId('acmeProduction') })];
    try {
      await Promise.all(subscribers.map((subscriber) => subscriber.until((events) => events.length >= 1)));
      for (const subscriber of subscribers) {
        const [first] = subscriber.events as Event[];
        expect(first!.data!.serviceUpdated.backup).toEqual({ uuid: backupId });
        expect(first!.extensions).toBeUndefined();
      }
      // The backup's own endpoint fails from now on; the service's reads (the poller's) do not.
      stack.simulator.faults.inject({ method: 'GET', path: new RegExp(`/backups/${backupId}$`), status: 503 });
      expect((await execute(stack, Stop, { input: { id: serviceGlobalId('acmeProduction') } })).errors).toBeUndefined();
      const states = (subscriber: (typeof subscribers)[number]) => (subscriber.events as Event[]).map((event) => event.data?.serviceUpdated.state);
      await Promise.all(subscribers.map((subscriber) => subscriber.until(() => states(subscriber).includes('STOPPED'))));
      for (const subscriber of subscribers) {
        const later = (subscriber.events as Event[]).slice(1);
        expect(later.length).toBeGreaterThan(0);
        for (const event of later) {
          expect(event.data!.serviceUpdated.backup).toEqual({ uuid: backupId });
          expect(event.extensions?.stale?.map((mark) => mark.path)).toEqual([`/v1/organizations/${ACME}/services/${PRODUCTION.id}/backups/${backupId}`]);
          expect(event.extensions!.stale![0]!.reason).toBe('UPSTREAM_UNAVAILABLE');
        }
      }
    } finally {
      stack.simulator.faults.clear();
      for (const subscriber of subscribers) subscriber.stop();
      await client.dispose();
      await execute(stack, Start, { input: { id: serviceGlobalId('acmeProduction') } });
    }
  });
});
