/**
 * Launches Chromium headless with flags that keep a closed network quiet (no background
 * services phoning home) and with the --resolve host mapping applied as host-resolver rules.
 */
import { chromium, type Browser } from 'playwright';
import { chromiumHostResolverRules, type ResolveRule } from '../hostMapping.ts';
import { findBrowser, type FoundBrowser } from './findBrowser.ts';

export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints,Translate',
  '--no-default-browser-check',
  '--mute-audio',
  // Autoplay as a visitor's browser allows it, so the autoplay probe sees media that start by themselves.
  '--autoplay-policy=no-user-gesture-required',
];

export interface LaunchedBrowser {
  browser: Browser;
  found: FoundBrowser;
  version: string;
}

export async function launchBrowser(opts: { browserPath?: string | null; resolve?: ResolveRule[] }): Promise<LaunchedBrowser> {
  const found = findBrowser(opts.browserPath);
  const args = [...QUIET_CHROMIUM_ARGS];
  const rules = chromiumHostResolverRules(opts.resolve ?? []);
  if (rules) args.push(`--host-resolver-rules=${rules}`);
  try {
    const browser = await chromium.launch({
      headless: true,
      args,
      ...(found.executablePath ? { executablePath: found.executablePath } : {}),
    });
    return { browser, found, version: browser.version() };
  } catch (err) {
    const where = found.executablePath ?? "Playwright's Chromium";
    throw new Error(`Could not start the browser (${where}): ${(err as Error).message.split('\n')[0]}\n` +
      'Check that it runs (e.g. `/usr/lib/chromium/chromium --version`), or pass another with --browser-path.');
  }
}
