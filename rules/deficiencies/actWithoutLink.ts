/**
 * Deficiency "a material cites a law or normative act without a way to open its text" (Annex 5
 * note 5): a Kazakh or Russian page whose main text cites an act («Қазақстан Республикасының …
 * Заңы», «Закон Республики Казахстан от … №», «… бұйрығы … №», «приказ … от … №») and whose main
 * content links neither to a legal-acts site (adilet.zan.kz, legalacts.egov.kz …) nor to a document.
 * One deficiency per page.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { ACT_CITATION_PATTERNS, LEGAL_ACT_HOSTS } from '../../lexicon/sections/patterns.ts';
import { contentPages, type ContentPage } from '../contentDetection/contentPages.ts';
import { RESULT_LANGS } from '../methodology/catalogue.ts';
import type { Deficiency } from '../scoring.ts';

const DOC = /\.(pdf|docx?|rtf|odt|txt|zip)(\?|#|$)/i;

function linksToActText(page: ContentPage): boolean {
  return page.links.some((l) => {
    if (!l.main || !l.url) return false;
    if (DOC.test(l.url)) return true;
    try {
      const host = new URL(l.url).hostname.toLowerCase();
      return LEGAL_ACT_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
    } catch {
      return false;
    }
  });
}

export function findActsWithoutLink(snapshot: Snapshot): Deficiency[] {
  const out: Deficiency[] = [];
  for (const lang of RESULT_LANGS) {
    for (const page of contentPages(snapshot, lang, 'desktop')) {
      let citation: string | null = null;
      for (const re of ACT_CITATION_PATTERNS) {
        const m = re.exec(page.mainText);
        if (m) {
          citation = m[0].replace(/\s+/g, ' ').trim();
          break;
        }
      }
      if (citation === null || linksToActText(page)) continue;
      out.push({
        indicator: 'C',
        type: 'act-without-link',
        lang,
        section: null,
        reason: `${page.url} cites an act without a link to its text: «${citation.slice(0, 120)}»`,
        evidence: [{ kind: 'element', label: 'cited act', url: page.url, html: citation.slice(0, 300) }],
      });
    }
  }
  return out;
}
