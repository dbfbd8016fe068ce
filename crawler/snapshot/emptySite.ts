/** A site snapshot with nothing found yet: the starting point of a crawl and of `tekser page`. */
import packageJson from '../../package.json' with { type: 'json' };
import { detectPlatform } from '../discovery/scope.ts';
import { SNAPSHOT_VERSION, type AuditConfig, type SiteSnapshot } from './schema.ts';

/** The tool's version, as package.json says. */
export const TOOL_VERSION: string = packageJson.version;

export function emptySite(config: AuditConfig, startUrl: string, startedAt: string): SiteSnapshot {
  const platform = detectPlatform(startUrl);
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'tekser', version: TOOL_VERSION },
    config,
    startedAt,
    finishedAt: null,
    status: 'running',
    platform: platform.platform,
    scope: { hosts: [new URL(startUrl).host], pathPrefix: platform.pathPrefix },
    start: null,
    languages: [],
    robots: { url: new URL('/robots.txt', startUrl).href, status: null, found: false, honoured: !config.ignoreRobots, sitemaps: [], crawlDelaySeconds: null, blockedUrls: [] },
    sitemaps: [],
    sitemapUrls: [],
    feeds: [],
    mobile: [],
    depths: {},
    depthSummary: [],
    counterparts: {},
    notFetched: [],
    browser: { name: 'chromium', version: '', executablePath: null },
    warnings: [],
  };
}
