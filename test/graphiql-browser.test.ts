/**
 * GraphiQL in real headless Chromium with the internet cut off: every request that leaves loopback
 * is aborted and recorded. The page must render from the gateway alone, run a query, and stream a
 * subscription whose later events arrive while the page stays open.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedService } from './support/ids.js';
import { launchChromium, requireChromium } from './support/browser.js';
import { startStack, type Stack } from './support/stack.js';

const STEP_MS = 30_000;
const RUN = requireChromium('the GraphiQL browser test');

/** The result pane's text (GraphiQL 5 renders it in a read-only editor). */
async function resultText(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').first().innerText({ timeout: STEP_MS })).replace(/\s+/g, ' ');
}

/** Waits for text in the editors (Monaco renders spaces as no-break spaces). */
async function editorShows(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => document.body.innerText.replace(/\s+/g, ' ').includes(wanted), text, { timeout: STEP_MS });
}

async function waitForResult(page: Page, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + STEP_MS;
  let text = '';
  while (Date.now() < deadline) {
    text = await resultText(page).catch(() => '');
    if (pattern.test(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`GraphiQL never showed ${pattern}; last result: ${text.slice(0, 500)}`);
}

describe.runIf(RUN)('GraphiQL in headless Chromium, offline', { timeout: 120_000 }, () => {
  let browser: Browser;
  let stack: Stack;
  beforeAll(async () => {
    [browser, stack] = await Promise.all([
      launchChromium(STEP_MS),
      startStack({ transitionMs: 1_500, gatewayRateLimit: '0', env: { LIVE_POLL_FAST_MS: '250', LIVE_POLL_SLOW_MS: '500' } }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function openOffline(url: string): Promise<{ page: Page; leftLoopback: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const leftLoopback: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const target = new URL(route.request().url());
      if (['data:', 'blob:'].includes(target.protocol) || ['127.0.0.1', 'localhost'].includes(target.hostname)) return route.continue();
      leftLoopback.push(target.href);
      return route.abort('internetdisconnected');
    });
    page.on('requestfailed', (request: Request) => {
      if (!leftLoopback.includes(request.url())) errors.push(`request failed: ${request.url()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
    return { page, leftLoopback, errors };
  }

  it('renders from the gateway alone, opens on the ready-made operations and runs a query', async () => {
    const { page, leftLoopback, errors } = await openOffline(stack.url);
    try {
      await page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_MS });
      expect(await page.title()).toBe('opsgraph');
      await editorShows(page, 'query Dashboard');
      expect(leftLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
    const url = new URL(stack.url);
    url.searchParams.set('query', 'query Services {\n  organizations { name services { edges { node { name } } } }\n}\n');
    const second = await openOffline(url.href);
    // GraphiQL's POSTs of the query (not its schema's introspection), with their headers.
    const posted: Record<string, string>[] = [];
    second.page.on('request', (request: Request) => {
      if (request.method() === 'POST' && (request.postData() ?? '').includes('query Services')) posted.push(request.headers());
    });
    try {
      await second.page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_MS });
      await editorShows(second.page, 'query Services');
      await second.page.locator('.graphiql-execute-button').click();
      const text = await waitForResult(second.page, /Acme Production/);
      expect(text).toContain('"Acme Analytics"');
      // It asks for the cost by default, and shows it: in the response JSON and under it.
      expect(posted.map((headers) => headers['x-opsgraph-cost'])).toEqual(['1']);
      const panel = second.page.locator('#opsgraph-cost');
      await panel.locator('summary').waitFor({ timeout: STEP_MS });
      expect(await panel.locator('summary').innerText()).toMatch(/^cost: \d+ calls \(\d+ (miss|hit).*budget wait .* ms.*document cost \d+ of 1000000/);
      await panel.locator('summary').click();
      expect(await panel.locator('pre').innerText()).toContain('GET clickhouse /v1/organizations');
      expect(second.leftLoopback).toEqual([]);
      expect(second.errors).toEqual([]);
    } finally {
      await second.page.close();
    }
    // A short answer fits the response pane whole (its editor renders only the lines in view).
    url.searchParams.set('query', 'query Names {\n  organizations { name }\n}\n');
    const third = await openOffline(url.href);
    try {
      await third.page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_MS });
      await editorShows(third.page, 'query Names');
      await third.page.locator('.graphiql-execute-button').click();
      const text = await waitForResult(third.page, /"cost": ?\{/);
      expect(text).toMatch(/"extensions": ?\{ ?"cost": ?\{ ?"kept": ?false, ?"calls": ?\[ ?\{ ?"method": ?"GET", ?"path": ?"\/v1\/organizations"/);
      expect(third.errors).toEqual([]);
    } finally {
      await third.page.close();
    }
  });

  it('streams a subscription: the first event, then STOPPING and STOPPED without a reload', async () => {
    const service = seedService('acmeEventIngest');
    const url = new URL(stack.url);
    url.searchParams.set('query', `subscription Watch {\n  serviceUpdated(id: "${service.id}") { name state }\n}\n`);
    const { page, leftLoopback, errors } = await openOffline(url.href);
    try {
      await page.locator('.graphiql-execute-button').waitFor({ timeout: STEP_MS });
      await editorShows(page, 'subscription Watch');
      await page.locator('.graphiql-execute-button').click();
      await waitForResult(page, /"state": ?"RUNNING"/);
      const stop = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation Stop($id: ID!) { stopService(input: { id: $id }) { __typename } }', variables: { id: service.id } }),
      });
      expect(await stop.json()).toEqual({ data: { stopService: { __typename: 'ServicePayload' } } });
      await waitForResult(page, /"state": ?"STOPPING"/);
      await waitForResult(page, /"state": ?"STOPPED"/);
      expect(leftLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
