/**
 * Billing and activity through the gateway: an organization's invoices with their lines and
 * charges (batched per invoice, invisible to another organization), licenses, the catalogs
 * (countries, app templates), the metrics an environment reports feeding Environment.metrics,
 * and an application's activity log.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { errorCodes, startStack, tokenHeader, UMBRELLA_TOKEN, type Stack } from './support/stack.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = (text: string) => parse(text) as TypedDocumentNode<any, any>;
const { billing, shopLive } = DIVIO_SEED.resources;
const acme = DIVIO_SEED.organisations.acme;

const INVOICES = document(`
  query Invoices($org: DivioId!) {
    invoices(filter: { organizationId: $org }) {
      totalCount
      edges { node { uuid number status chargeTotal billingCurrency
        items { totalCount edges { node { title total invoice { uuid } } } }
        charges { edges { node { amount status currency } } }
      } }
    }
  }
`);

describe('billing and activity through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it("lists an organization's invoices, newest first, with lines and charges: one list per level and invoice", async () => {
    stack.resetUpstreamCalls();
    const result = await stack.execute(INVOICES, { org: acme.id });
    expect(result.errors).toBeUndefined();
    const invoices = result.data.invoices.edges.map((edge: { node: unknown }) => edge.node);
    expect(invoices.map((invoice: { uuid: string }) => invoice.uuid)).toEqual(billing.invoices.acme.map((invoice) => invoice.id));
    expect(invoices[0]).toMatchObject({ status: 'open', billingCurrency: 'EUR', chargeTotal: '161.00' });
    for (const invoice of invoices) {
      expect(invoice.items.totalCount).toBe(2);
      expect(invoice.items.edges.every((edge: { node: { invoice: { uuid: string } } }) => edge.node.invoice.uuid === invoice.uuid)).toBe(true);
      expect(invoice.charges.edges).toHaveLength(1);
    }
    expect(stack.divioCalls((path) => path === '/apps/v3/invoices/')).toBe(1);
    expect(stack.divioCalls((path) => path === '/apps/v3/invoice-items/')).toBe(3);
    expect(stack.divioCalls((path) => path === '/apps/v3/charges/')).toBe(3);
  });

  it("another organization's invoice is NOT_FOUND, and its lists leave it out", async () => {
    const acmeInvoice = billing.invoices.acme[0]!.id;
    const one = await stack.execute(document('query One($id: DivioId!) { invoice(uuid: $id) { number } }'), { id: acmeInvoice }, tokenHeader(UMBRELLA_TOKEN));
    expect(one.data.invoice).toBeNull();
    expect(errorCodes(one)).toEqual(['NOT_FOUND']);
    const all = await stack.execute(document('query All { invoices { edges { node { uuid } } } }'), {}, tokenHeader(UMBRELLA_TOKEN));
    expect(all.data.invoices.edges.map((edge: { node: { uuid: string } }) => edge.node.uuid).sort()).toEqual(billing.invoices.umbrella.map((invoice) => invoice.id).sort());
  });

  it('filters invoices by number and by open', async () => {
    const open = await stack.execute(document('query Open { invoices(filter: { open: true }) { edges { node { uuid status } } } }'));
    expect(open.data.invoices.edges).toEqual([{ node: { uuid: billing.invoices.acme[0]!.id, status: 'open' } }]);
    const numbered = await stack.execute(document('query Numbered { invoices(filter: { number: 1000 }) { edges { node { uuid } } } }'));
    expect(numbered.data.invoices.edges).toEqual([{ node: { uuid: billing.invoices.acme.at(-1)!.id } }]);
  });

  it('the metrics an environment reports name what Environment.metrics reads', async () => {
    const result = await stack.execute(
      document(`query Metrics($id: DivioId!) {
        environment(uuid: $id) { metricMetadata { edges { node { identifier title unit } } } }
      }`),
      { id: shopLive.environment },
    );
    const identifiers = result.data.environment.metricMetadata.edges.map((edge: { node: { identifier: string } }) => edge.node.identifier);
    expect(identifiers.sort()).toEqual(['cpu_usage', 'memory_usage', 'requests_per_minute', 'response_time_p95']);
    const metrics = await stack.execute(document('query Read($id: DivioId!, $metrics: [String!]!) { environment(uuid: $id) { metrics(metrics: $metrics) { metrics } } }'), {
      id: shopLive.environment,
      metrics: identifiers,
    });
    expect(Object.keys(metrics.data.environment.metrics.metrics).sort()).toEqual(identifiers.sort());
    const entry = await stack.execute(document('query Entry($id: DivioId!) { environmentMetricMetadataEntry(uuid: $id) { identifier } }'), { id: billing.metricMetadata[0] });
    expect(entry.data.environmentMetricMetadataEntry.identifier).toBe('cpu_usage');
  });

  it("an application's activity log, newest first", async () => {
    const result = await stack.execute(
      document(`query Activities($slug: String!) {
        applications(filter: { slug: $slug }) { edges { node { activities { edges { node { uuid type description userName createdAt application { slug } } } } } } }
      }`),
      { slug: 'acme-shop' },
    );
    const activities = result.data.applications.edges[0].node.activities.edges.map((edge: { node: unknown }) => edge.node);
    expect(activities.map((activity: { uuid: string }) => activity.uuid)).toEqual(billing.activities);
    expect(activities[0]).toMatchObject({ type: 'deployment', userName: 'Olivia Ops', application: { slug: 'acme-shop' } });
  });

  it('catalogs and licenses', async () => {
    const result = await stack.execute(
      document('query Catalogs { countries { edges { node { shortName longName } } } appTemplates { edges { node { identifier isDefault services } } } licenses { edges { node { data } } } }'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.countries.edges.map((edge: { node: { shortName: string } }) => edge.node.shortName)).toEqual(['CH', 'DE', 'GB', 'US']);
    expect(result.data.appTemplates.edges[0].node).toEqual({ identifier: 'django', isDefault: true, services: ['postgres-15', 's3-storage'] });
    expect(result.data.licenses.edges[0].node.data).toMatchObject({ identifier: 'divio-cms' });
  });
});
