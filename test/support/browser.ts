/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium (CHROMIUM_PATH overrides) driven
 * by playwright-core, which downloads nothing. Without it a test file skips with one line, except
 * under CI, where `requireChromium` makes it fail.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export function launchChromium(timeout = 30_000): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout });
}

/** Says why `what` is skipped, or (in CI) registers a failing test; returns whether to run. */
export function requireChromium(what: string): boolean {
  if (HAVE_CHROMIUM) return true;
  const how = 'install it with apt-get install -y chromium, or set CHROMIUM_PATH';
  if (!IN_CI) {
    console.warn(`${what} skipped: no Chromium at ${CHROMIUM} (${how})`);
    return false;
  }
  describe(`${what} (CI without Chromium)`, () => {
    it('needs Chromium', () => {
      throw new Error(`Chromium is required in CI for ${what}: ${CHROMIUM} does not exist (${how})`);
    });
  });
  return false;
}
