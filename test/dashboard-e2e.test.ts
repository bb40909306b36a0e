/**
 * The example dashboard (examples/dashboard) end to end, in real headless Chromium: the simulators
 * and the gateway (startStack), the app built by Vite and served by `vite preview` with its
 * /graphql proxy (HTTP and WebSocket) to the gateway, and a page driven with playwright-core.
 *
 * It reads the seeded services and applications, stops a running service and watches STOPPING
 * then STOPPED arrive over the subscription (no reload), deploys an environment and watches the
 * progress until the deployment ends, and saves screenshots to test/artifacts/ (dashboard.png, the
 * page; dashboard-deploy.png, the deployed application).
 * A second run serves the app built with VITE_PERSISTED_OPERATIONS=only to a gateway with
 * PERSISTED_OPERATIONS=only and the app's codegen manifest: every operation goes by hash.
 *
 * Needs Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides; nothing is downloaded). Without
 * it the file is skipped with one line, except under CI, where it fails.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIds } from '../examples/dashboard/src/testids.js';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { launchChromium, requireChromium } from './support/browser.js';
import { DASHBOARD_MANIFEST, startDashboard, type Dashboard } from './support/dashboard-app.js';
import { startStack, type Stack, type StackOptions } from './support/stack.js';

const SCREENSHOT = fileURLToPath(new URL('./artifacts/dashboard.png', import.meta.url));
const DEPLOY_SCREENSHOT = fileURLToPath(new URL('./artifacts/dashboard-deploy.png', import.meta.url));

/** Generous: two cores build the app, run Chromium, the gateway and the simulators at once. */
const STEP_MS = 30_000;

const STACK: StackOptions = {
  gatewayRateLimit: '0',
  // Slow enough that STOPPING is on screen for a while; polls fast enough to show every step.
  transitionMs: 1_500,
  deploymentStepMs: 400,
  env: { LIVE_POLL_FAST_MS: '250', LIVE_POLL_SLOW_MS: '1000' },
};

const ACME = CLICKHOUSE_SEED.organizations.acme;
const services = CLICKHOUSE_SEED.services;
const acmeServices = Object.values(services).filter((service) => service.organizationId === ACME.id);
const { acmeShop, acmeWebsite, acmeLabs } = DIVIO_SEED.applications;
const { shopStage, shopLive } = DIVIO_SEED.environments;

const byTestId = (id: string) => `[data-testid="${id}"]`;

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.locator(byTestId(testId)).first().textContent({ timeout: STEP_MS }))?.trim() ?? '';
}

/** Waits until the element's text (or attribute) satisfies `expected` (a string: equality). */
async function waitFor(page: Page, testId: string, expected: string | RegExp, attribute?: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, source, flags, exact, attribute }) => {
      const element = document.querySelector(selector);
      if (!element) return false;
      const value = (attribute ? element.getAttribute(attribute) : element.textContent)?.trim() ?? '';
      return exact !== null ? value === exact : new RegExp(source, flags).test(value);
    },
    {
      selector: byTestId(testId),
      source: expected instanceof RegExp ? expected.source : '',
      flags: expected instanceof RegExp ? expected.flags : '',
      exact: typeof expected === 'string' ? expected : null,
      attribute: attribute ?? null,
    },
    { timeout: STEP_MS, polling: 50 },
  );
}

/**
 * Records, inside the page, every distinct successive value the element (by test id) shows: its
 * text, or an attribute. Read them back with `recorded`.
 */
async function record(page: Page, key: string, testId: string, attribute?: string): Promise<void> {
  await page.evaluate(
    ({ key, selector, attribute }) => {
      const store = ((window as unknown as { __recorded?: Record<string, string[]> }).__recorded ??= {});
      const values: string[] = (store[key] = []);
      const read = () => {
        const element = document.querySelector(selector);
        if (!element) return;
        const value = (attribute ? element.getAttribute(attribute) : element.textContent)?.trim() ?? '';
        if (values.at(-1) !== value) values.push(value);
      };
      read();
      new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    { key, selector: byTestId(testId), attribute: attribute ?? null },
  );
}

async function recorded(page: Page, key: string): Promise<string[]> {
  return page.evaluate((key) => (window as unknown as { __recorded: Record<string, string[]> }).__recorded[key]!, key);
}

/** Console errors and uncaught exceptions of the page, for the failure message. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The service's state as the ClickHouse simulator has it (its raw, lower-case value). */
async function upstreamServiceState(stack: Stack, serviceId: string): Promise<string> {
  const key = CLICKHOUSE_SEED.keys[0]!;
  const response = await fetch(`${stack.simulator.url}/v1/organizations/${ACME.id}/services/${serviceId}`, {
    headers: { authorization: `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}` },
  });
  return ((await response.json()) as { result: { state: string } }).result.state;
}

const RUN = requireChromium('the dashboard e2e test');

describe.runIf(RUN)('dashboard end to end in headless Chromium', { timeout: 180_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(STEP_MS);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  describe('against the gateway with its defaults', () => {
    let stack: Stack;
    let dashboard: Dashboard;
    beforeAll(async () => {
      stack = await startStack(STACK);
      dashboard = await startDashboard({ gatewayUrl: stack.url });
    }, 120_000);
    afterAll(async () => {
      await dashboard?.close();
      await stack?.close();
    });

    it('shows services and applications, stops a service live and follows a deployment to its end', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
      const errors = watchErrors(page);
      try {
        await page.goto(dashboard.url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });

        // ClickHouse: the organization of the server-held key, every one of its services, backups.
        await waitFor(page, testIds.serviceName(services.acmeProduction.id), 'Acme Production');
        expect(await textOf(page, testIds.organization(ACME.id))).toContain(ACME.name);
        for (const service of acmeServices) {
          expect(await textOf(page, testIds.serviceName(service.id))).toBe(service.name);
        }
        expect(await textOf(page, testIds.serviceState(services.acmeProduction.id))).toBe('RUNNING');
        expect(await textOf(page, testIds.serviceState(services.acmeAnalyticsDev.id))).toBe('STOPPED');
        expect(await textOf(page, testIds.serviceBackup(services.acmeProduction.id))).toMatch(/^DONE /);
        expect(await textOf(page, testIds.serviceBackup(services.acmeEventIngest.id))).toMatch(/^IN_PROGRESS /);
        expect(await textOf(page, testIds.serviceBackup(services.acmeSandbox.id))).toBe('no backup');

        // Divio: applications of the server-held token, their environments, last deployments.
        await waitFor(page, testIds.applicationName(acmeShop.id), /^Acme Shop/);
        expect(await textOf(page, testIds.applicationName(acmeWebsite.id))).toMatch(/^Acme Website/);
        expect(await textOf(page, testIds.applicationName(acmeLabs.id))).toMatch(/^Acme Labs/);
        expect(await textOf(page, testIds.environmentSlug(shopLive.id))).toBe('live');
        expect(await textOf(page, testIds.environmentSlug(shopStage.id))).toBe('stage');
        expect(await textOf(page, testIds.deploymentStatus(shopLive.id))).toMatch(/^(SUCCESS|FAILURE)$/);

        // The organization's subscription is up before anything moves.
        await waitFor(page, testIds.organization(ACME.id), 'true', 'data-live');
        await waitFor(page, testIds.connection, 'live');
        await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

        // Stop: STOPPING (the mutation's answer and the first live event), then STOPPED (live only).
        const production = services.acmeProduction.id;
        await record(page, 'production', testIds.serviceState(production));
        expect(await page.locator(byTestId(testIds.startService(production))).isDisabled()).toBe(true);
        await page.locator(byTestId(testIds.stopService(production))).click({ timeout: STEP_MS });
        await waitFor(page, testIds.serviceState(production), 'STOPPING');
        await waitFor(page, testIds.serviceState(production), 'STOPPED');
        expect(await recorded(page, 'production')).toEqual(['RUNNING', 'STOPPING', 'STOPPED']);
        expect(await page.locator(byTestId(testIds.stopService(production))).isDisabled()).toBe(true);
        expect(await page.locator(byTestId(testIds.startService(production))).isEnabled()).toBe(true);
        expect(await textOf(page, testIds.serviceMessage(production))).toBe('');

        // Deploy: progress rises over deploymentUpdated until the deployment ends.
        await record(page, 'percent', testIds.deployProgress(shopStage.id), 'data-percent');
        await record(page, 'status', testIds.deploymentStatus(shopStage.id));
        await page.locator(byTestId(testIds.deployEnvironment(shopStage.id))).click({ timeout: STEP_MS });
        await waitFor(page, testIds.deployProgress(shopStage.id), 'true', 'data-done');
        const percents = (await recorded(page, 'percent')).filter((value) => value !== '').map(Number);
        expect(percents.at(-1)).toBe(100);
        expect(percents.length).toBeGreaterThanOrEqual(3);
        expect([...percents].sort((a, b) => a - b)).toEqual(percents);
        const statuses = await recorded(page, 'status');
        expect(statuses.at(-1)).toBe('SUCCESS');
        expect(statuses).toContain('RUNNING');
        expect(await page.locator(byTestId(testIds.deployEnvironment(shopStage.id))).isEnabled()).toBe(true);
        expect(await textOf(page, testIds.deployMessage(shopStage.id))).toBe('');

        // The same document all along: no reload, every change came over the subscriptions.
        expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
        // Upstream agrees: the service is stopped, and exactly one deployment was created.
        expect(await upstreamServiceState(stack, production)).toBe('stopped');
        expect(stack.divioCalls((path, method) => method === 'POST' && path === '/apps/v3/deployments/')).toBe(1);

        await mkdir(new URL('./artifacts/', import.meta.url), { recursive: true });
        await page.locator(byTestId(testIds.serviceRow(production))).scrollIntoViewIfNeeded();
        await page.screenshot({ path: SCREENSHOT, fullPage: false });
        await page.locator(byTestId(testIds.application(acmeShop.id))).screenshot({ path: DEPLOY_SCREENSHOT });
        expect(errors).toEqual([]);
      } catch (error) {
        if (errors.length > 0) (error as Error).message += `\npage errors:\n${errors.join('\n')}`;
        throw error;
      } finally {
        await page.close();
      }
    });
  });

  describe('trusted documents: PERSISTED_OPERATIONS=only with the codegen manifest', () => {
    let stack: Stack;
    let dashboard: Dashboard;
    beforeAll(async () => {
      stack = await startStack({
        ...STACK,
        env: { ...STACK.env, PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: DASHBOARD_MANIFEST },
      });
      dashboard = await startDashboard({ gatewayUrl: stack.url, env: { VITE_PERSISTED_OPERATIONS: 'only' } });
    }, 120_000);
    afterAll(async () => {
      await dashboard?.close();
      await stack?.close();
    });

    it('queries, subscribes and mutates by hash alone', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
      const errors = watchErrors(page);
      try {
        await page.goto(dashboard.url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
        await waitFor(page, testIds.serviceName(services.acmeProduction.id), 'Acme Production');
        await waitFor(page, testIds.applicationName(acmeShop.id), /^Acme Shop/);
        await waitFor(page, testIds.organization(ACME.id), 'true', 'data-live');

        const dev = services.acmeAnalyticsDev.id;
        await page.locator(byTestId(testIds.startService(dev))).click({ timeout: STEP_MS });
        await waitFor(page, testIds.serviceState(dev), 'STARTING');
        await waitFor(page, testIds.serviceState(dev), 'RUNNING');
        expect(await page.locator(byTestId(testIds.servicesError)).count()).toBe(0);
        expect(await page.locator(byTestId(testIds.applicationsError)).count()).toBe(0);
        expect(errors).toEqual([]);
      } catch (error) {
        if (errors.length > 0) (error as Error).message += `\npage errors:\n${errors.join('\n')}`;
        throw error;
      } finally {
        await page.close();
      }
    });
  });
});
