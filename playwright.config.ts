/**
 * Playwright Test runs the browser-level checks of generated reports (test/e2e). It uses the
 * same browser discovery as the crawler, so Debian's Chromium works where Playwright's own
 * download is not possible.
 */
import { defineConfig } from '@playwright/test';
import { findBrowser } from './crawler/browser/findBrowser.ts';
import { QUIET_CHROMIUM_ARGS } from './crawler/browser/launchBrowser.ts';

const { executablePath } = findBrowser();

export default defineConfig({
  testDir: './test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      args: [...QUIET_CHROMIUM_ARGS],
      ...(executablePath ? { executablePath } : {}),
    },
  },
});
