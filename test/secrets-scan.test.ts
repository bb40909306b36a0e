/**
 * No credential ever leaves the gateway: a broad workload (good, foreign, wrong and malformed
 * credentials; queries, mutations, subscriptions; upstream 401/403) and then a scan of every
 * response body, every log line and the whole /metrics text for any secret that was used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { serviceGlobalId } from './support/ids.js';
import { subscribeSse, subscribeWs, wsClient } from './support/live-clients.js';
import { startStack, type Stack } from './support/stack.js';

const GATEWAY_TOKEN = 'gateway-bearer-0123456789abcdef';
const WRONG_SECRET = 'definitely-wrong-secret-value-42';
const WRONG_TOKEN = 'f00dfacef00dfacef00dfacef00dfacef00dface';

const Everything = graphql(/* GraphQL */ `
  query TestScanEverything {
    organizations { name services { edges { node { name backups(first: 2) { edges { node { status } } } } } } }
    applications(first: 3) { edges { node { name environments(first: 2) { edges { node { slug } } } } } }
  }
`);

const Rename = graphql(/* GraphQL */ `
  mutation TestScanRename($id: ID!, $name: String!) {
    updateService(input: { id: $id, name: $name }) { __typename ... on Error { message } }
  }
`);

const Watch = graphql(/* GraphQL */ `
  subscription TestScanWatch($id: ID!) { serviceUpdated(id: $id) { state } }
`);

const secrets = [
  GATEWAY_TOKEN,
  WRONG_SECRET,
  WRONG_TOKEN,
  ...CLICKHOUSE_SEED.keys.flatMap((key) => [key.keySecret, Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')]),
  ...DIVIO_SEED.tokens.map((token) => token.token),
];

describe('secret scan', () => {
  let stack: Stack;
  const seen: string[] = [];
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { GATEWAY_TOKENS: GATEWAY_TOKEN, LOG_LEVEL: 'debug' } });
  });
  afterAll(() => stack.close());

  it('runs a workload with every kind of credential', async () => {
    const auth = { authorization: `Bearer ${GATEWAY_TOKEN}` };
    const credentialSets: Record<string, string>[] = [
      {},
      ...CLICKHOUSE_SEED.keys.map((key) => ({ 'x-clickhouse-key': `${key.keyId}:${key.keySecret}` })),
      ...DIVIO_SEED.tokens.map((token) => ({ 'x-divio-token': token.token })),
      { 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[0]!.keyId}:${WRONG_SECRET}`, 'x-divio-token': WRONG_TOKEN },
      { 'x-clickhouse-key': WRONG_SECRET, 'x-divio-token': `${WRONG_TOKEN} with spaces` },
    ];
    for (const headers of credentialSets) {
      const result = await stack.execute(Everything, undefined, { ...auth, ...headers });
      expect(result.status).toBe(200);
      await stack.execute(Rename, { id: serviceGlobalId('acmeProduction'), name: 'Acme Production' }, { ...auth, ...headers });
      await stack.execute(Rename, { id: serviceGlobalId('acmeProduction'), name: 'bad name!' }, { ...auth, ...headers });
    }
    const unauthorized = await stack.execute(Everything, undefined, { authorization: `Bearer ${WRONG_SECRET}` });
    expect(unauthorized.status).toBe(401);

    const client = wsClient(stack.wsUrl, { ...auth, 'x-clickhouse-key': `${CLICKHOUSE_SEED.keys[2]!.keyId}:${CLICKHOUSE_SEED.keys[2]!.keySecret}` });
    const foreign = subscribeWs(client, Watch, { id: serviceGlobalId('acmeProduction') });
    await foreign.until(() => foreign.completed);
    seen.push(JSON.stringify(foreign.events));
    const wrong = wsClient(stack.wsUrl, { ...auth, 'x-clickhouse-key': `x:${WRONG_SECRET}` });
    const refused = subscribeWs(wrong, Watch, { id: serviceGlobalId('acmeProduction') });
    await refused.until(() => refused.completed);
    seen.push(JSON.stringify(refused.events));
    const sse = subscribeSse(stack.url, Watch, { id: serviceGlobalId('acmeProduction') }, { ...auth, 'x-clickhouse-key': `x:${WRONG_SECRET}` });
    await sse.until(() => sse.completed);
    seen.push(JSON.stringify(sse.events));
    await Promise.all([client.dispose(), wrong.dispose()]);
    expect(stack.responses.length).toBeGreaterThan(20);
  });

  it('finds no credential in any response, log line or metric', async () => {
    const metrics = await (await fetch(new URL('/metrics', stack.url), { headers: { authorization: `Bearer ${GATEWAY_TOKEN}` } })).text();
    expect(metrics).toContain('opsgraph_upstream_calls_total');
    expect(stack.logs.length).toBeGreaterThan(20);
    const haystacks = { responses: [...stack.responses, ...seen], logs: stack.logs, metrics: [metrics] };
    const leaks: string[] = [];
    for (const [where, texts] of Object.entries(haystacks)) {
      for (const text of texts) for (const secret of secrets) if (text.includes(secret)) leaks.push(`${where}: ${secret.slice(0, 6)}…`);
    }
    expect(leaks).toEqual([]);
  });
});
