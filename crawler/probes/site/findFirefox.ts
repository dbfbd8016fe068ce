/**
 * Firefox discovery for the cross-browser probe (A4-2.1), in one place. Order: an explicit path
 * (option) or TEKSER_FIREFOX_PATH, Playwright's own Firefox build, then a system Firefox
 * (Debian's firefox-esr first). A system Firefox is driven over WebDriver-BiDi
 * (`channel: 'moz-firefox'`); Playwright's own build over its Juggler protocol.
 */
import { existsSync } from 'node:fs';
import { firefox, type Browser } from 'playwright';

export interface FoundFirefox {
  executablePath: string;
  source: 'option' | 'env' | 'playwright' | 'system';
}

export const SYSTEM_FIREFOX_PATHS: readonly string[] = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function playwrightFirefox(): string | null {
  try {
    const path = firefox.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Firefox to use, or null when none is installed (then Firefox is "not checked", never failed). */
export function findFirefox(
  explicitPath?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = SYSTEM_FIREFOX_PATHS,
  playwrightPath: () => string | null = playwrightFirefox,
): FoundFirefox | null {
  if (explicitPath) return existsSync(explicitPath) ? { executablePath: explicitPath, source: 'option' } : null;
  const fromEnv = env.TEKSER_FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'env' } : null;
  const own = playwrightPath();
  if (own) return { executablePath: own, source: 'playwright' };
  const system = candidates.find((p) => existsSync(p));
  return system ? { executablePath: system, source: 'system' } : null;
}

/**
 * Launches the found Firefox headless. `forceAddress` sends every host name to one address (the
 * audit's --resolve mapping when all its rules share one address, as in tests on 127.0.0.1).
 */
export async function launchFirefox(found: FoundFirefox, forceAddress: string | null = null): Promise<Browser> {
  const prefs: Record<string, string | number | boolean> = {
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    // Memory: one content process instead of one per site and a spare (Fission), no
    // pre-launched process. The probe renders a few pages of one site, one at a time.
    'fission.autostart': false,
    'dom.ipc.processCount': 1,
    'dom.ipc.processPrelaunch.enabled': false,
    'extensions.webextensions.remote': false,
    'browser.sessionhistory.max_total_viewers': 0,
  };
  if (forceAddress) prefs['network.dns.forceResolve'] = forceAddress;
  return firefox.launch({
    headless: true,
    executablePath: found.executablePath,
    firefoxUserPrefs: prefs,
    ...(found.source === 'playwright' ? {} : { channel: 'moz-firefox' }),
    timeout: 30_000,
  });
}
