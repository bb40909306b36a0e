/**
 * deploymentUpdated as real clients read a deployment: it has ended when `ended_at` is set or
 * `success` is, never because of its status word. The API says `done` of every ended deployment,
 * and may say words this gateway does not know yet; the simulator's forceDeploymentStatus makes a
 * deployment say `done` while it still runs, or a new word, so the gateway is seen to ignore both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { subscribeWs, wsClient } from './support/live-clients.js';
import { startStack, type Stack } from './support/stack.js';

// Four steps of 150 ms: the poller (every 50 ms) sees each one, and a test still takes a second.
const STEP_MS = 150;
const POLL_MS = 50;
const { shopStage, websiteTest, labsExperiment } = DIVIO_SEED.environments;

const Deploy = graphql(/* GraphQL */ `
  mutation TestProgressDeploy($id: ID!) {
    deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } }
  }
`);

const DeploymentProgress = graphql(/* GraphQL */ `
  subscription TestDeploymentProgress($id: ID!) { deploymentUpdated(id: $id) { uuid status statusText percent success endedAt } }
`);

describe('deploymentUpdated ends on ended_at or success, whatever the status says', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gatewayRateLimit: '0',
      deploymentStepMs: STEP_MS,
      env: { LIVE_POLL_FAST_MS: String(POLL_MS), LIVE_POLL_SLOW_MS: String(POLL_MS) },
    });
  });
  afterAll(() => stack.close());

  /** Starts a deployment of `environment`, lets `word` (if any) stand as its status, and follows it to the end. */
  async function follow(environment: string, word: string | null) {
    const deployed = await stack.execute(Deploy, { id: environment });
    const payload = deployed.data!.deployEnvironment;
    if (payload.__typename !== 'DeployEnvironmentPayload') throw new Error(JSON.stringify(deployed));
    const uuid = payload.deployment!.uuid;
    if (word !== null) stack.divio.forceDeploymentStatus(uuid, word);
    stack.resetUpstreamCalls();
    const client = wsClient(stack.wsUrl);
    const updates = subscribeWs(client, DeploymentProgress, { id: uuid });
    await updates.until(() => updates.completed, 15_000);
    await client.dispose();
    const all = updates.events.map((event) => event.data!.deploymentUpdated);
    // The first event may still be the deployment as the mutation read it (queued, from the shared
    // cache), before the word was forced: from the first forced event on, every one says it.
    const forced = word === null ? all : all.slice(all.findIndex((event) => event.statusText === word));
    const reads = stack.divioCalls((path, method) => method === 'GET' && path === `/apps/v3/deployments/${uuid}/`);
    return { uuid, all, events: forced, reads };
  }

  /** Only the last event has ended; every one before it was still running and did not end the stream. */
  function expectEndsOnlyAtTheEnd(events: Array<{ percent: number | null; success: boolean | null; endedAt: unknown }>) {
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const event of events.slice(0, -1)) expect(event).toMatchObject({ success: null, endedAt: null });
    expect(events.at(-1)!.endedAt).toEqual(expect.any(String));
    const percents = events.map((event) => event.percent!);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
  }

  it('a deployment that says done from the start is followed until ended_at, then completes with its verdict', async () => {
    const { all, events, reads } = await follow(shopStage.id, 'done');
    expect(all.length - events.length).toBeLessThanOrEqual(1);
    expect(events.every((event) => event.status === 'DONE' && event.statusText === 'done')).toBe(true);
    expectEndsOnlyAtTheEnd(events);
    expect(events.at(-1)).toMatchObject({ percent: 100, success: true });
    // Several polls: the first `done` did not end it.
    expect(reads).toBeGreaterThanOrEqual(events.length);
  });

  it('a status word the gateway does not know is UNKNOWN (statusText keeps it), and the deployment is still followed to its end', async () => {
    const { all, events } = await follow(websiteTest.id, 'rolling');
    expect(all.length - events.length).toBeLessThanOrEqual(1);
    expect(events.every((event) => event.status === 'UNKNOWN' && event.statusText === 'rolling')).toBe(true);
    expectEndsOnlyAtTheEnd(events);
    expect(events.at(-1)).toMatchObject({ percent: 100, success: true });
  });

  it('left to its own words, a deployment runs, then ends as DONE with success false on a failure', async () => {
    const { events } = await follow(labsExperiment.id, null);
    expect(events.slice(0, -1).every((event) => event.status === 'QUEUED' || event.status === 'RUNNING')).toBe(true);
    expectEndsOnlyAtTheEnd(events);
    expect(events.at(-1)).toMatchObject({ status: 'DONE', statusText: 'done', percent: 75, success: false });
  });
});
