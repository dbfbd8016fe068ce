/**
 * The documentText probe: downloads PDFs linked from the Kazakh and Russian pages (over plain
 * HTTP GET, capped at DOCUMENT_BYTE_CAP bytes) and reads their text layer, so the rules can tell a
 * machine-readable document from a scan (Annex 5 items marked *). Opens nothing in the browser.
 */
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
import type { DocumentTextData } from './documentTextSchema.ts';
import { pdfText } from './pdfText.ts';

export const DOCUMENT_BYTE_CAP = 8 * 1024 * 1024;
export const DOCUMENTS_PER_LANG = 15;
const SAMPLE_CHARS = 500;
const PDF_LINK = /\.pdf(\?|#|$)/i;

export function documentTextTargets(snapshot: Snapshot, perLang = DOCUMENTS_PER_LANG): ProbeTarget[] {
  const pdfChecks = new Set(snapshot.checks.filter((c) => c.contentType?.includes('pdf')).map((c) => c.url));
  const seen = new Set<string>();
  const targets: ProbeTarget[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    let count = 0;
    for (const page of snapshot.pages) {
      if (page.device !== 'desktop' || page.lang !== lang) continue;
      for (const link of page.links) {
        if (count >= perLang) break;
        const url = link.url;
        if (!url || seen.has(url) || !(PDF_LINK.test(url) || pdfChecks.has(url))) continue;
        seen.add(url);
        targets.push({ url, lang, page: null });
        count++;
      }
    }
  }
  return targets;
}

export const documentTextProbe: Probe<DocumentTextData> = {
  id: 'documentText',
  device: 'desktop',
  navigate: false,
  timeoutMs: 30000,
  targets: (snapshot) => documentTextTargets(snapshot),
  async run(_page, target, ctx) {
    const res = await ctx.http.get(target.url, { maxBytes: DOCUMENT_BYTE_CAP });
    const base = {
      url: target.url,
      finalUrl: res.finalUrl,
      status: res.status,
      contentType: res.contentType,
      bytes: res.body.length,
      truncated: res.truncated,
    };
    if (res.error) return { ...base, pages: null, textLength: null, sample: '', error: `${res.error.code}: ${res.error.message}` };
    if (res.status === null || res.status >= 400) return { ...base, pages: null, textLength: null, sample: '', error: `HTTP ${res.status ?? 'no answer'}` };
    if (res.truncated) return { ...base, pages: null, textLength: null, sample: '', error: `larger than ${DOCUMENT_BYTE_CAP} bytes: text layer not read` };
    try {
      const { pages, text } = await pdfText(new Uint8Array(res.body));
      return { ...base, pages, textLength: text.replace(/\s/g, '').length, sample: text.slice(0, SAMPLE_CHARS), error: null };
    } catch (err) {
      return { ...base, pages: null, textLength: null, sample: '', error: `not a readable PDF: ${err instanceof Error ? err.message : String(err)}` };
    }
  },
};
