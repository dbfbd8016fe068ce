/**
 * robots.txt evaluation on top of robots-parser.
 *
 * robots-parser matches a group's `User-agent` by exact equality with the
 * lowercased text before the first '/', so a full browser-like UA string
 * ('Mozilla/5.0 (compatible; Tekser/0.1; +https://…)') would be looked up as
 * "mozilla". We therefore derive the product token ('tekser') first.
 * A URL on another origin (scheme/host/port) than robots.txt is not governed
 * by it and is reported as allowed. Null or empty text allows everything
 * (the caller decides what a 5xx on robots.txt means).
 */

import robotsParserModule from 'robots-parser';

// The package is CommonJS (`module.exports = function …`) but its typings
// declare an ES default export: under Node ESM the default import *is* the
// function, while the types describe a namespace. Accept both shapes.
type RobotsParserFn = typeof robotsParserModule.default;
const robotsParser: RobotsParserFn =
  typeof robotsParserModule === 'function'
    ? (robotsParserModule as unknown as RobotsParserFn)
    : robotsParserModule.default;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our group (or '*'), seconds; null when absent or invalid. */
  crawlDelaySeconds: number | null;
  /** Absolute sitemap URLs (resolved against robots.txt), de-duplicated, in order. */
  sitemaps: string[];
}

const BROWSER_TOKENS = new Set([
  'mozilla', 'applewebkit', 'chrome', 'chromium', 'headlesschrome', 'safari', 'gecko', 'firefox',
  'version', 'khtml', 'edg', 'mobile', 'opr', 'like',
]);

/** The product token robots.txt groups are matched against ('Tekser/0.1 (…)' → 'tekser'). */
export function robotsProductToken(userAgent: string): string {
  const compatible = /compatible;\s*([A-Za-z][\w.-]*)/i.exec(userAgent);
  if (compatible?.[1] !== undefined) return compatible[1].toLowerCase();
  for (const m of userAgent.matchAll(/([A-Za-z][\w.-]*)\/[\w.]+/g)) {
    const token = (m[1] ?? '').toLowerCase();
    if (!BROWSER_TOKENS.has(token)) return token;
  }
  const first = /[A-Za-z][\w.-]*/.exec(userAgent)?.[0];
  return first === undefined ? '*' : first.toLowerCase();
}

export function parseRobots(robotsUrl: string, text: string | null, userAgent: string): RobotsRules {
  if (text === null || text.trim() === '') {
    return { isAllowed: () => true, crawlDelaySeconds: null, sitemaps: [] };
  }
  const robot = robotsParser(robotsUrl, text.replace(/^\uFEFF/, ''));
  const token = robotsProductToken(userAgent);
  const delay = robot.getCrawlDelay(token);
  const sitemaps: string[] = [];
  for (const raw of robot.getSitemaps()) {
    let abs: string;
    try {
      abs = new URL(raw.trim(), robotsUrl).href;
    } catch {
      continue;
    }
    if (!sitemaps.includes(abs)) sitemaps.push(abs);
  }
  return {
    isAllowed: (url) => robot.isAllowed(url, token) !== false,
    crawlDelaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? delay : null,
    sitemaps,
  };
}
