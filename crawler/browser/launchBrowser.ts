/**
 * Launches Chromium headless with flags that keep a closed network quiet (no background
 * services phoning home) and with the --resolve host mapping applied as host-resolver rules.
 */
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright';
import { chromiumHostResolverRules, type ResolveRule } from '../hostMapping.ts';
import { chromiumRequestGuard } from './chromiumRequestGuard.ts';
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
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints,Translate,DeferRendererTasksAfterInput',
  '--no-default-browser-check',
  '--mute-audio',
  // Autoplay as a visitor's browser allows it, so the autoplay probe sees media that start by themselves.
  '--autoplay-policy=no-user-gesture-required',
];

export interface LaunchedBrowser {
  browser: Browser;
  found: FoundBrowser;
  version: string;
  /** The remote debugging port on 127.0.0.1 (for Lighthouse), when asked for; null otherwise. */
  debuggingPort: number | null;
}

/** A port free on 127.0.0.1 right now: the OS picks it for a server that is closed at once. */
export function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Waits until the browser answers on its debugging port (http://127.0.0.1:port/json/version). */
async function debuggingPortAnswers(port: number): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Which browser to launch and how it reaches the audited site. */
export interface BrowserLaunch {
  browserPath?: string | null;
  resolve?: ResolveRule[];
  /**
   * Accept invalid TLS certificates in every tab (`--insecure`). The crawl's contexts do it per
   * context; a tool driving the browser over its debugging port (Lighthouse) needs the flag.
   */
  ignoreCertificateErrors?: boolean;
}

/**
 * debuggingPort: also open a remote debugging port on 127.0.0.1 (Playwright itself talks over a
 * pipe); the port is picked free beforehand and checked to answer after launch.
 */
export async function launchBrowser(opts: BrowserLaunch & { debuggingPort?: boolean }): Promise<LaunchedBrowser> {
  const found = findBrowser(opts.browserPath);
  const args = [...QUIET_CHROMIUM_ARGS];
  const rules = chromiumHostResolverRules(opts.resolve ?? []);
  if (rules) args.push(`--host-resolver-rules=${rules}`);
  if (opts.ignoreCertificateErrors) args.push('--ignore-certificate-errors');
  const port = opts.debuggingPort ? await freeLocalPort() : null;
  if (port !== null) args.push(`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1');
  try {
    const browser = await chromium.launch({
      headless: true,
      args,
      ...(found.executablePath ? { executablePath: found.executablePath } : {}),
    });
    await chromiumRequestGuard(browser); // before any context exists: nothing but GET/HEAD leaves it
    const debuggingPort = port !== null && (await debuggingPortAnswers(port)) ? port : null;
    return { browser, found, version: browser.version(), debuggingPort };
  } catch (err) {
    const where = found.executablePath ?? "Playwright's Chromium";
    throw new Error(`Could not start the browser (${where}): ${(err as Error).message.split('\n')[0]}\n` +
      'Check that it runs (e.g. `/usr/lib/chromium/chromium --version`), or pass another with --browser-path.');
  }
}
