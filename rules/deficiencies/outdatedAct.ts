/**
 * Deficiency "outdated normative acts posted" (Annex 5 note 2): a page links to an act whose page
 * the crawl read and which is marked repealed («күші жойылды», «утратил силу») in its heading or
 * the start of its text, or to a PDF whose text layer starts with such a mark. Only pages and
 * documents the crawl has are judged (external legal sites are not fetched).
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { REPEALED_PATTERNS } from '../../lexicon/sections/patterns.ts';
import { contentPages } from '../contentDetection/contentPages.ts';
import { documentTexts } from '../contentDetection/documentTexts.ts';
import { RESULT_LANGS } from '../methodology/catalogue.ts';
import type { Deficiency } from '../scoring.ts';

const HEAD_CHARS = 600;

export function findOutdatedActs(snapshot: Snapshot): Deficiency[] {
  const repealed = new Map<string, string>();
  for (const lang of RESULT_LANGS) {
    for (const page of contentPages(snapshot, lang, 'desktop')) {
      const head = `${page.title}\n${page.headings.join('\n')}\n${page.mainText.slice(0, HEAD_CHARS)}`;
      const m = REPEALED_PATTERNS.map((re) => re.exec(head)).find((x) => x !== null);
      if (m) repealed.set(page.url, m[0]);
    }
  }
  for (const [url, doc] of documentTexts(snapshot)) {
    const m = REPEALED_PATTERNS.map((re) => re.exec(doc.sample.slice(0, HEAD_CHARS))).find((x) => x !== null);
    if (m) repealed.set(url, m[0]);
  }
  const out: Deficiency[] = [];
  for (const lang of RESULT_LANGS) {
    for (const page of contentPages(snapshot, lang, 'desktop')) {
      const link = page.links.find((l) => l.main && l.url !== null && l.url !== page.url && repealed.has(l.url));
      if (!link || !link.url) continue;
      out.push({
        indicator: 'C',
        type: 'outdated-act',
        lang,
        section: null,
        reason: `${page.url} links to a repealed act: ${link.url} («${repealed.get(link.url) ?? ''}»)`,
        evidence: [
          { kind: 'element', label: 'link to the act', url: page.url, html: `<a href="${link.rawHref}">${link.text}</a>` },
          { kind: 'page', label: 'act page marked repealed', url: link.url },
        ],
      });
    }
  }
  return out;
}
