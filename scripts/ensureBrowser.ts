/**
 * Makes sure a browser exists: one already found (option, env, Playwright's, system), else
 * Playwright's own download, else a clear message saying how to get one (exit code 1).
 */
import { spawnSync } from 'node:child_process';
import { BrowserNotFoundError, findBrowser } from '../crawler/browser/findBrowser.ts';

function report(): boolean {
  try {
    const found = findBrowser();
    console.log(`tekser setup: browser ready (${found.source}: ${found.executablePath ?? "Playwright's Chromium"})`);
    return true;
  } catch (err) {
    if (err instanceof BrowserNotFoundError) return false;
    throw err;
  }
}

if (!report()) {
  console.log('tekser setup: no browser found; trying Playwright\'s download (npx playwright install chromium)…');
  const run = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000, env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '' } });
  if (run.status !== 0 || !report()) {
    try {
      findBrowser();
    } catch (err) {
      console.error(`tekser setup: ${(err as Error).message}`);
    }
    process.exit(1);
  }
}
