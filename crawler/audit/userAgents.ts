/** The user agents of the audit: a real browser's, marked with Tekser's product token for robots.txt and logs. */
import { devices } from 'playwright';

export const TEKSER_TOKEN = 'Tekser/0.1 (state website audit; honours robots.txt)';

export function desktopUserAgent(browserVersion: string): string {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browserVersion} Safari/537.36 ${TEKSER_TOKEN}`;
}

export function phoneUserAgent(browserVersion: string): string {
  return `Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browserVersion} Mobile Safari/537.36 ${TEKSER_TOKEN}`;
}

/** The phone the mobile version is judged on: Pixel 7 metrics (412×839 CSS px, touch). */
export function phoneContextOptions(browserVersion: string) {
  const pixel = devices['Pixel 7'];
  return {
    viewport: pixel?.viewport ?? { width: 412, height: 839 },
    deviceScaleFactor: pixel?.deviceScaleFactor ?? 2.625,
    isMobile: true,
    hasTouch: true,
    userAgent: phoneUserAgent(browserVersion),
  };
}
