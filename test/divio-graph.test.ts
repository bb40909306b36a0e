/**
 * The Divio graph over the simulator through real HTTP: complete data across upstream pages, the
 * number of upstream calls it costs, batching of lookups, and token isolation.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { graphql } from './gql/index.js';
import { ACME_TOKEN, errorCodes, startStack, tokenHeader, UMBRELLA_TOKEN, type Stack } from './support/stack.js';

const PAGE_SIZE = 100;
const pages = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));
const acme = DIVIO_SEED.organisations.acme;
const { acmeShop } = DIVIO_SEED.applications;
const { shopLive, websiteLive } = DIVIO_SEED.environments;

const W2 = graphql(/* GraphQL */ `
  query TestW2 {
    applications(first: 50) {
      totalCount
      edges {
        node {
          uuid
          name
          organizationId
          environments(first: 50) {
            totalCount
            edges { node { uuid slug deployments(first: 5) { totalCount edges { node { uuid startedAt status success } } } } }
          }
        }
      }
    }
  }
`);

const AllShopEnvironments = graphql(/* GraphQL */ `
  query TestShopEnvironments($uuid: DivioId!) {
    application(uuid: $uuid) { environments(first: 500) { totalCount edges { node { slug } } } live: environment(slug: "live") { uuid isProductionGrade } }
  }
`);

const EightApplications = graphql(/* GraphQL */ `
  query TestEight($a: DivioId!, $b: DivioId!, $c: DivioId!, $d: DivioId!, $e: DivioId!, $f: DivioId!, $g: DivioId!, $h: DivioId!) {
    a: application(uuid: $a) { name } b: application(uuid: $b) { name } c: application(uuid: $c) { name }
    d: application(uuid: $d) { name } e: application(uuid: $e) { name } f: application(uuid: $f) { name }
    g: application(uuid: $g) { name } h: application(uuid: $h) { slug }
  }
`);

const ApplicationUuids = graphql(/* GraphQL */ `
  query TestApplicationUuids { applications(first: 8, orderBy: [NAME_DESC]) { edges { node { uuid name } } } }
`);

const Lookups = graphql(/* GraphQL */ `
  query TestLookups($app: DivioId!, $env: DivioId!, $deployment: DivioId!, $appId: ID!, $envId: ID!) {
    application(uuid: $app) { name }
    environment(uuid: $env) { slug application { uuid } }
    deployment(uuid: $deployment) { uuid environment { uuid } }
    appNode: node(id: $appId) { id }
    envNode: node(id: $envId) { id }
  }
`);

const EnvironmentDetails = graphql(/* GraphQL */ `
  query TestEnvironmentDetails($env: DivioId!) {
    environment(uuid: $env) {
      slug branch isProductionGrade deployedUrl
      application { slug }
      lastFinishedDeployment { uuid endedAt }
      currentlyRunningDeployment { uuid percent success }
      currentlyReleasedDeployment { uuid success }
      failed: deployments(filter: { isSuccess: false }) { totalCount }
      deployments(first: 3) { totalCount edges { node { uuid startedAt logs environmentVariables } } }
      logs(limit: 5) { previous entries }
    }
  }
`);

const LogWindow = graphql(/* GraphQL */ `
  query TestLogWindow($env: DivioId!, $from: DateTime!, $to: DateTime!, $limit: Int, $before: String) {
    environment(uuid: $env) { logs(fromTs: $from, toTs: $to, limit: $limit, searchBefore: $before) { previous next entries } }
  }
`);

const Filtered = graphql(/* GraphQL */ `
  query TestFilteredApps($org: DivioId!) {
    bySearch: applications(filter: { nameSearch: "shop" }) { totalCount edges { node { slug } } }
    bySlug: applications(filter: { slug: "acme-shop" }) { edges { node { uuid } } }
    byOrg: applications(filter: { organizationId: $org }) { totalCount }
  }
`);

describe('Divio graph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', deploymentStepMs: 60_000 });
  });
  afterAll(() => stack.close());

  it('W2: every application, every environment, five newest deployments each, in 1 + env pages + deployment pages calls', async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(W2);
    expect(result.errors).toBeUndefined();
    const applications = result.data!.applications!.edges.map((edge) => edge.node);
    expect(result.data!.applications!.totalCount).toBe(DIVIO_SEED.counts.applicationsByOrganisation[acme.id]);
    expect(applications).toHaveLength(DIVIO_SEED.counts.applicationsByOrganisation[acme.id]!);

    const shop = applications.find((application) => application.uuid === acmeShop.id)!;
    expect(shop.environments!.totalCount).toBe(acmeShop.environmentCount);
    expect(acmeShop.environmentCount).toBeGreaterThan(PAGE_SIZE);
    expect(shop.environments!.edges).toHaveLength(50);
    const environmentsSeen = applications.reduce((sum, application) => sum + application.environments!.totalCount, 0);
    expect(environmentsSeen).toBe(DIVIO_SEED.counts.environmentsByOrganisation[acme.id]);

    const live = shop.environments!.edges.find((edge) => edge.node.uuid === shopLive.id)!.node;
    expect(live.deployments!.totalCount).toBe(shopLive.deploymentCount);
    expect(live.deployments!.edges).toHaveLength(5);
    const started = live.deployments!.edges.map((edge) => edge.node.startedAt!);
    expect([...started].sort().reverse()).toEqual(started);

    // One application page, the organisation's environments and deployments walked page by page.
    const expected =
      1 +
      pages(DIVIO_SEED.counts.environmentsByOrganisation[acme.id]!) +
      pages(DIVIO_SEED.counts.deploymentsByOrganisation[acme.id]!);
    expect(stack.divioCalls()).toBe(expected);
    expect(stack.divioCalls((path) => path === '/apps/v3/applications/')).toBe(1);
    expect(stack.divioCalls((_p, _m, query) => !query.includes('page_size=100'))).toBe(0);
  });

  it('returns every environment of the application that spans more than one upstream page', async () => {
    const result = await stack.execute(AllShopEnvironments, { uuid: acmeShop.id });
    expect(result.errors).toBeUndefined();
    const slugs = result.data!.application!.environments!.edges.map((edge) => edge.node.slug);
    expect(slugs).toHaveLength(acmeShop.environmentCount);
    expect(new Set(slugs).size).toBe(acmeShop.environmentCount);
    expect(result.data!.application!.live).toEqual({ uuid: shopLive.id, isProductionGrade: true });
  });

  it('eight application(uuid:) lookups in one operation cost one upstream call', async () => {
    const listed = await stack.execute(ApplicationUuids);
    const uuids = listed.data!.applications!.edges.map((edge) => edge.node.uuid);
    expect(uuids).toHaveLength(8);
    stack.resetUpstreamCalls();
    const [a, b, c, d, e, f, g, h] = uuids as [string, string, string, string, string, string, string, string];
    const result = await stack.execute(EightApplications, { a, b, c, d, e, f, g, h });
    expect(result.errors).toBeUndefined();
    expect(result.data!.a!.name).toBe(listed.data!.applications!.edges[0]!.node.name);
    expect(Object.values(result.data!).every((value) => value !== null)).toBe(true);
    expect(stack.divioCalls()).toBe(1);
    expect(stack.divio.requests[0]!.query.match(/uuid=/g)).toHaveLength(8);
  });

  it('filters applications by name, slug and organisation', async () => {
    const result = await stack.execute(Filtered, { org: acme.id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.bySearch!.edges.every((edge) => edge.node.slug.includes('shop'))).toBe(true);
    expect(result.data!.bySearch!.totalCount).toBeGreaterThan(0);
    expect(result.data!.bySlug!.edges).toEqual([{ node: { uuid: acmeShop.id } }]);
    expect(result.data!.byOrg!.totalCount).toBe(DIVIO_SEED.counts.applicationsByOrganisation[acme.id]);
  });

  it('reads environments defensively and exposes its deployments, logs and variables', async () => {
    const result = await stack.execute(EnvironmentDetails, { env: websiteLive.id });
    expect(result.errors).toBeUndefined();
    const environment = result.data!.environment!;
    expect(environment.application.slug).toBe(DIVIO_SEED.applications.acmeWebsite.slug);
    expect(environment.currentlyRunningDeployment).toMatchObject({ uuid: DIVIO_SEED.runningDeployment.id, success: null });
    expect(environment.currentlyRunningDeployment!.percent).toBeGreaterThan(0);
    expect(environment.lastFinishedDeployment!.endedAt).toBeTruthy();
    expect(environment.currentlyReleasedDeployment!.success).toBe(true);
    expect(environment.deployments!.totalCount).toBe(websiteLive.deploymentCount);
    const [newest] = environment.deployments!.edges;
    expect(newest!.node.uuid).toBe(DIVIO_SEED.runningDeployment.id);
    expect(typeof newest!.node.logs).toBe('string');
    expect(newest!.node.environmentVariables).toBeTypeOf('object');
    expect(environment.logs.entries.length).toBeGreaterThan(0);
    expect(environment.logs.entries.length).toBeLessThanOrEqual(5);
  });

  it('gathers environment logs across upstream pages, following previous links, and gives cursors onwards', async () => {
    const to = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);
    const from = new Date(to.getTime() - 2 * 3_600_000);
    stack.resetUpstreamCalls();
    const first = await stack.execute(LogWindow, { env: shopLive.id, from: from.toISOString(), to: to.toISOString(), limit: 250 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.environment!.logs;
    const stamps = page.entries.map((entry) => (entry as { timestamp: string }).timestamp);
    expect(stamps).toHaveLength(250);
    expect(new Set(stamps).size).toBe(250);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    // The simulator holds at most 100 lines a page: three pages, each asked by its previous link.
    expect(stack.divioCalls((path) => path.endsWith('/logs/'))).toBe(3);
    expect(stack.divioCalls((_p, _m, query) => query.includes('search_before='))).toBe(2);
    expect(page.previous).toBe(stamps.at(-1));
    expect(page.next).toBeNull();

    const older = await stack.execute(LogWindow, { env: shopLive.id, from: from.toISOString(), to: to.toISOString(), limit: 10, before: page.previous! });
    const olderPage = older.data!.environment!.logs;
    const olderStamps = olderPage.entries.map((entry) => (entry as { timestamp: string }).timestamp);
    expect(olderStamps).toHaveLength(10);
    expect(olderStamps[0]! < stamps.at(-1)!).toBe(true);
    expect(olderPage.next).toBe(olderStamps[0]);
  });

  it('an unknown uuid is null plus NOT_FOUND for every type', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await stack.execute(Lookups, {
      app: missing,
      env: missing,
      deployment: missing,
      appId: encodeGlobalID('Application', missing),
      envId: encodeGlobalID('Environment', missing),
    });
    expect(result.data).toEqual({ application: null, environment: null, deployment: null, appNode: null, envNode: null });
    expect(errorCodes(result)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('another token sees nothing of this organisation', async () => {
    const umbrella = tokenHeader(UMBRELLA_TOKEN);
    const apps = await stack.execute(Filtered, { org: acme.id }, umbrella);
    expect(apps.data!.byOrg!.totalCount).toBe(0);
    expect(apps.data!.bySlug!.edges).toEqual([]);
    const all = await stack.execute(W2, undefined, umbrella);
    expect(all.data!.applications!.edges.every((edge) => edge.node.organizationId === DIVIO_SEED.organisations.umbrella.id)).toBe(true);

    const deployment = DIVIO_SEED.runningDeployment.id;
    const result = await stack.execute(
      Lookups,
      {
        app: acmeShop.id,
        env: shopLive.id,
        deployment,
        appId: encodeGlobalID('Application', acmeShop.id),
        envId: encodeGlobalID('Environment', shopLive.id),
      },
      umbrella,
    );
    expect(result.data).toEqual({ application: null, environment: null, deployment: null, appNode: null, envNode: null });
    expect(new Set(errorCodes(result))).toEqual(new Set(['NOT_FOUND']));
    expect(JSON.stringify(result)).not.toContain('acme');
  });

  it('a missing or malformed Divio token is UNAUTHENTICATED', async () => {
    const wrong = await stack.execute(Filtered, { org: acme.id }, { 'x-divio-token': 'not-a-real-token' });
    expect(errorCodes(wrong)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(wrong)).not.toContain('not-a-real-token');
    const malformed = await stack.execute(Filtered, { org: acme.id }, { 'x-divio-token': 'two words' });
    expect(errorCodes(malformed)).toContain('UNAUTHENTICATED');
    expect(malformed.errors?.[0]?.message).toContain('must be the bare token');
  });

  it("accepts Divio's own `Token <token>` form in x-divio-token", async () => {
    const result = await stack.execute(Filtered, { org: acme.id }, { 'x-divio-token': `Token ${ACME_TOKEN.token}` });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(await stack.execute(Filtered, { org: acme.id }, tokenHeader(ACME_TOKEN)).then((plain) => plain.data));
  });
});
