/**
 * Inputs for the browser tests of generated reports: hand-made snapshots (test/unit/snapshotBuilder.ts)
 * run through the real rules/scoreSnapshot, buildReport and the renderers into a temp folder.
 * One snapshot is ordinary; one is hostile (script tags, attribute breakouts, javascript: URLs
 * in titles, texts, link URLs and alt texts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { buildReport } from '../../reports/buildReport.ts';
import type { ReportLang } from '../../reports/i18n/catalogue.ts';
import type { Report } from '../../reports/reportSchema.ts';
import { writeReports } from '../../reports/writeReports.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { feed, HOME, link, mobileProbe, page, probeRecord, snapshot, startProbe } from '../unit/snapshotBuilder.ts';

/** A 1×1 PNG, standing in for a screenshot the crawler took. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export function ordinarySnapshot(): Snapshot {
  const base = snapshot();
  return snapshot({
    site: {
      config: { ...base.site.config, type: 'zhao', screenshots: true },
      start: startProbe({ screenshot: 'screenshots/start.png', title: 'Әкімдік ресми сайты' }),
      feeds: [feed({ url: `${HOME}/rss/news`, title: 'Жаңалықтар' })],
      depthSummary: [
        { lang: 'kk', homeUrl: `${HOME}/kk`, histogram: { '0': 1, '1': 3, '2': 5, '6': 2 }, unreachable: 1, beyondMaxDepth: 0, total: 12 },
        { lang: 'ru', homeUrl: `${HOME}/ru`, histogram: { '0': 1, '1': 4 }, unreachable: 0, beyondMaxDepth: 2, total: 5 },
      ],
      mobile: [mobileProbe({ lang: 'kk' }), mobileProbe({ lang: 'ru', requestedUrl: `${HOME}/ru`, finalUrl: `${HOME}/ru` })],
    },
    pages: [
      page({ url: `${HOME}/kk`, lang: 'kk', links: [link({ url: `${HOME}/kk/sitemap`, text: 'Сайт картасы', regions: ['footer'] })] }),
      page({ url: `${HOME}/kk/sitemap`, lang: 'kk', links: [link({ url: `${HOME}/kk`, text: 'x' }), link({ url: `${HOME}/kk/a`, text: 'a' })] }),
      page({ url: `${HOME}/kk/a`, lang: 'kk' }),
      page({ url: `${HOME}/ru`, lang: 'ru' }),
    ],
  });
}

export const XSS = {
  script: '<script>window.__pwned = 1; alert("script")</script>',
  attr: '"><img src=x onerror="window.__pwned=2;alert(2)">',
  closeScript: '</script><script>window.__pwned=3;alert(3)</script>',
  jsUrl: 'javascript:window.__pwned=4;alert(4)',
};

export function hostileSnapshot(): Snapshot {
  const base = snapshot();
  const title = `${XSS.script} Ministry ${XSS.attr}`;
  return snapshot({
    site: {
      config: { ...base.site.config, type: 'omo' },
      start: startProbe({ title: `${XSS.closeScript}${title}` }),
      warnings: [`robots.txt said ${XSS.script}`, `odd link ${XSS.jsUrl}`],
      depthSummary: [{ lang: 'kk', homeUrl: XSS.jsUrl, histogram: { '0': 1 }, unreachable: 0, beyondMaxDepth: 0, total: 1 }],
    },
    pages: [
      page({
        url: `${HOME}/kk`,
        lang: 'kk',
        title,
        text: `${XSS.closeScript} ${XSS.attr}`,
        links: [
          link({ url: `${HOME}/kk/sitemap`, text: `Сайт картасы ${XSS.attr}`, regions: ['footer'] }),
          link({ url: null, rawHref: XSS.jsUrl, text: XSS.script }),
        ],
        images: [{ src: XSS.jsUrl, alt: XSS.attr, role: null, inLink: false, width: 100, height: 50, selector: `img[alt="${XSS.attr}"]` }],
      }),
      page({
        url: `${HOME}/kk/sitemap`,
        lang: 'kk',
        title: XSS.closeScript,
        links: [link({ url: `${HOME}/kk/${encodeURIComponent(XSS.attr)}`, text: XSS.attr }), link({ url: null, rawHref: XSS.jsUrl, text: 'js' })],
      }),
    ],
    // axe found an image whose markup carries the payloads (alt text, src): its node HTML and selector become evidence.
    probes: [
      probeRecord({
        probe: 'axe',
        url: `${HOME}/kk`,
        lang: 'kk',
        data: {
          axeVersion: '4.14.1',
          rules: [{
            id: 'image-alt', impact: 'critical', violations: 1, passes: 0, incomplete: 0,
            nodes: [{ target: `img[title="${XSS.attr}"]`, html: `<img src="${XSS.jsUrl}" title="${XSS.attr}">${XSS.closeScript}`, summary: XSS.script, contrast: null }],
          }],
          inapplicable: [],
          screenshot: null,
        },
      }),
    ],
  });
}

const created: string[] = [];

/** Removes the folders generateReport made in this process. */
export function removeGeneratedReports(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface GeneratedReport {
  dir: string;
  report: Report;
  html: string;
}

/** Scores a snapshot with the real rules and writes every format into a new temp folder (with a screenshot in snapshot/). */
export async function generateReport(snap: Snapshot, options: { lang?: ReportLang; mutate?: (report: Report) => Report } = {}): Promise<GeneratedReport> {
  const dir = mkdtempSync(join(tmpdir(), 'tekser-e2e-'));
  created.push(dir);
  mkdirSync(join(dir, 'snapshot', 'screenshots'), { recursive: true });
  writeFileSync(join(dir, 'snapshot', 'screenshots', 'start.png'), PNG);
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
  let report = buildReport(snap, results, scores, { mobile, deficiencies, period: '2025-H2' });
  if (options.mutate) report = options.mutate(report);
  await writeReports(report, dir, { lang: options.lang ?? 'ru' });
  return { dir, report, html: join(dir, 'report.html') };
}
