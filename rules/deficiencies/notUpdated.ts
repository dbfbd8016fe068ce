/**
 * Deficiency "information materials not updated in time" (Annex 5 note 3, Annex 6 note): per
 * language, the newest date on the news pages (news list and items, named «Жаңалықтар» /
 * «Новости» or /news) is older than `maxAgeDays` (default 30) at the audit date. Judged on the
 * desktop pages for C and on the phone pages for M. No dated news found → nothing is concluded.
 */
import type { Device, Snapshot } from '../../crawler/snapshot/schema.ts';
import { ITEM_TOPICS } from '../../lexicon/sections/topics.ts';
import { contentPages } from '../contentDetection/contentPages.ts';
import { pageNamedBy } from '../contentDetection/sectionPages.ts';
import { RESULT_LANGS } from '../methodology/catalogue.ts';
import { mobileCoefficient } from '../mobile/mobileCoefficient.ts';
import type { Deficiency } from '../scoring.ts';

export const DEFAULT_MAX_AGE_DAYS = 30;

const DAY_MS = 86400000;

export interface NotUpdatedOptions {
  maxAgeDays?: number;
  /** ISO date of the audit; default: the day the crawl started. */
  auditDate?: string;
}

/** The newest date on the news pages that is not after the audit date (a news text may mention a future date). */
function newestNews(snapshot: Snapshot, lang: 'kk' | 'ru', device: Device, auditDate: string): { iso: string; url: string } | null {
  let best: { iso: string; url: string } | null = null;
  for (const page of contentPages(snapshot, lang, device)) {
    if (!pageNamedBy(page, ITEM_TOPICS.news, lang)) continue;
    for (const d of page.dates) {
      if (d.iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.iso) && d.iso <= auditDate && (best === null || d.iso > best.iso)) best = { iso: d.iso, url: page.url };
    }
  }
  return best;
}

export function findNotUpdated(snapshot: Snapshot, options: NotUpdatedOptions = {}): Deficiency[] {
  const maxAge = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const auditDate = (options.auditDate ?? snapshot.site.startedAt).slice(0, 10);
  const auditMs = Date.parse(`${auditDate}T00:00:00Z`);
  const out: Deficiency[] = [];
  const devices: { device: Device; indicator: 'C' | 'M'; section: (t: string) => string }[] = [
    { device: 'desktop', indicator: 'C', section: (t) => (t === 'omo' ? 'A5-1.12' : 'A5-1.12') },
  ];
  if (mobileCoefficient(snapshot).k > 0) devices.push({ device: 'mobile', indicator: 'M', section: (t) => (t === 'omo' ? 'A6-1.5' : 'A6-1.6') });
  for (const { device, indicator, section } of devices) {
    for (const lang of RESULT_LANGS) {
      const newest = newestNews(snapshot, lang, device, auditDate);
      if (!newest) continue;
      const age = Math.floor((auditMs - Date.parse(`${newest.iso}T00:00:00Z`)) / DAY_MS);
      if (age <= maxAge) continue;
      out.push({
        indicator,
        type: 'not-updated',
        lang,
        section: section(snapshot.site.config.type),
        reason: `${lang} ${device}: the newest news is dated ${newest.iso}, ${age} days before the audit (${auditDate}); more than ${maxAge} days`,
        evidence: [{ kind: 'value', label: 'newest news date', url: newest.url, value: newest.iso }],
      });
    }
  }
  return out;
}
