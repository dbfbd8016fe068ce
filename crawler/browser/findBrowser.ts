/**
 * Browser discovery, in one place. Order: an explicit path (--browser-path or
 * TEKSER_BROWSER_PATH), Playwright's own installed Chromium, then a system Chromium/Chrome.
 * Debian's real binary (/usr/lib/chromium/chromium) comes before its noisy wrapper script.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export interface FoundBrowser {
  /** null: let Playwright use its own installed build. */
  executablePath: string | null;
  source: 'option' | 'env' | 'playwright' | 'system';
}

export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nTekser needs a Chromium-based browser. Do one of:\n` +
        '  - npx playwright install chromium        (downloads Playwright\'s Chromium)\n' +
        '  - apt-get install chromium               (Debian/Ubuntu; found at /usr/lib/chromium/chromium)\n' +
        '  - pass --browser-path /path/to/chrome or set TEKSER_BROWSER_PATH',
    );
    this.name = 'BrowserNotFoundError';
  }
}

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findBrowser(
  explicitPath?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = SYSTEM_CHROMIUM_PATHS,
): FoundBrowser {
  if (explicitPath) {
    if (!existsSync(explicitPath)) throw new BrowserNotFoundError(`--browser-path ${explicitPath} does not exist.`);
    return { executablePath: explicitPath, source: 'option' };
  }
  const fromEnv = env.TEKSER_BROWSER_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFoundError(`TEKSER_BROWSER_PATH=${fromEnv} does not exist.`);
    return { executablePath: fromEnv, source: 'env' };
  }
  if (playwrightChromium()) return { executablePath: null, source: 'playwright' };
  const system = candidates.find((p) => existsSync(p));
  if (system) return { executablePath: system, source: 'system' };
  throw new BrowserNotFoundError('No browser found (looked for Playwright\'s Chromium and a system Chromium/Chrome).');
}
