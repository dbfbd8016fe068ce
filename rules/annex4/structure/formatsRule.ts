/**
 * A4-2.7 — formats (1; −0.25 for each requirement not met): (1) machine-readable text — pages in
 * UTF-8, documents in open formats; (2) format and size shown next to document links; (3) no
 * special software needed; (4) no authorisation needed. From the crawled pages (Content-Type,
 * document links and the text around them) and the HTTP checks of documents (purpose 'document').
 */
import type { LinkRecord, PageRecord, Snapshot, UrlCheck } from '../../../crawler/snapshot/schema.ts';
import { documentExtension } from '../../../crawler/url/normalizeUrl.ts';
import { LOGIN_PATH, showsDocFormat, showsDocSize } from '../../../lexicon/structureTerms.ts';
import { note, percent, scoredResult, unscoredResult } from '../../result.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EXAMPLES, judgedPages, perItem } from './structurePages.ts';

const ID = 'A4-2.7';
/** Requirement (2) is met when at least this share of document links show format and size. */
export const DOC_LABEL_MIN_SHARE = 0.5;
/** Legacy binary office formats: not the open, machine-readable forms of requirement (1). */
export const CLOSED_FORMATS: ReadonlySet<string> = new Set(['doc', 'xls', 'ppt']);
/** Formats that need software an ordinary computer or phone does not have (requirement 3). */
export const SPECIAL_SOFTWARE_FORMATS: ReadonlySet<string> = new Set(['rar', '7z', 'djvu', 'swf']);

export const FORMATS_INTERPRETATION = `Interpretation: (1) HTML pages must be served in UTF-8 (a charset other than UTF-8 in Content-Type fails; pages whose header declares none are not counted against), and documents must be in open, machine-readable formats: rtf, txt, HTML, XML, csv, zip as the original lists, and also pdf, docx/xlsx/pptx (ISO/IEC 29500) and odt/ods (ISO/IEC 26300), which keep text searchable and copyable; the legacy binary doc/xls/ppt fail (1). (2) met when at least ${DOC_LABEL_MIN_SHARE * 100} % of the document links show both the format and the size in the link text, its title or the text on the same line. (3) rar, 7z, djvu and Flash (swf) need special software and fail (3) (each file is counted under one requirement only). (4) a document answering 401/403 or redirecting to a sign-in page fails (4).`;

interface DocLink { url: string; ext: string; link: LinkRecord; page: PageRecord; around: string }

/** The line(s) of the page text where the link text appears: what a reader sees next to the link. */
export function textAround(page: PageRecord, link: LinkRecord): string {
  const label = link.text.trim();
  if (!label) return '';
  const lines = page.text.split('\n');
  const i = lines.findIndex((l) => l.includes(label));
  if (i < 0) return '';
  // The next line counts when it is a short note (a «PDF, 1 МБ» badge), not another link's label.
  const next = (lines[i + 1] ?? '').trim();
  const isOtherLink = next.length > 0 && page.links.some((l) => l !== link && l.text.trim() !== '' && next.includes(l.text.trim()));
  return [lines[i], next.length <= 40 && !isOtherLink ? next : ''].join(' ');
}

function documentLinks(pages: readonly PageRecord[]): DocLink[] {
  const out: DocLink[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const link of page.links) {
      if (!link.url) continue;
      const ext = documentExtension(link.url) ?? (/\.swf($|\?)/i.test(link.url) ? 'swf' : null);
      if (!ext) continue;
      const key = `${page.finalUrl} ${link.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ url: link.url, ext, link, page, around: textAround(page, link) });
    }
  }
  return out;
}

const charsetOf = (contentType: string | null) => /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;

export function runFormats(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.7');
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(FORMATS_INTERPRETATION)];
  if (pages.length === 0) return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  const deductions: Deduction[] = [];
  const title = (id: string) => items.find((i) => i.id === id)?.title.en ?? id;
  const docs = documentLinks(pages);
  const docChecks = new Map<string, UrlCheck>();
  for (const c of snapshot.checks) if (c.purpose === 'document') docChecks.set(looseUrlKey(c.url), c);

  // (1) UTF-8 and open formats.
  const nonUtf8 = pages.filter((p) => { const cs = charsetOf(p.contentType); return cs !== null && cs !== 'utf-8' && cs !== 'utf8'; });
  const undeclared = pages.filter((p) => charsetOf(p.contentType) === null).length;
  const closed = [...new Map(docs.filter((d) => CLOSED_FORMATS.has(d.ext)).map((d) => [d.url, d])).values()];
  evidence.push({ kind: 'value', label: `Pages served in UTF-8: ${pages.length - nonUtf8.length - undeclared} of ${pages.length}${undeclared ? ` (${undeclared} declare no charset in Content-Type; not counted against)` : ''}`, value: pages.length - nonUtf8.length });
  for (const p of nonUtf8.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `Not UTF-8: ${p.contentType}`, url: p.finalUrl });
  for (const d of closed.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Document in a closed binary format (.${d.ext}) on ${d.page.finalUrl}: «${d.link.text.trim()}»`, url: d.url, selector: d.link.selector });
  if (nonUtf8.length || closed.length) deductions.push({ reason: `(1) ${title('1')}: ${[nonUtf8.length ? `${nonUtf8.length} page(s) not in UTF-8` : '', closed.length ? `${closed.length} document(s) in doc/xls/ppt` : ''].filter(Boolean).join(', ')}`, points: step });

  // (2) format and size next to document links.
  if (docs.length === 0) {
    evidence.push(note('(2) No document links on the crawled pages: nothing to label; requirement (2) is not counted against.'));
  } else {
    const labelled = docs.filter((d) => { const t = `${d.link.text} ${d.link.title ?? ''} ${d.around}`; return showsDocFormat(t) && showsDocSize(t); });
    const share = labelled.length / docs.length;
    evidence.push({ kind: 'value', label: `(2) Document links showing format and size: ${labelled.length} of ${docs.length} (${percent(share)}; met when ≥ ${DOC_LABEL_MIN_SHARE * 100} %)`, value: share });
    const without = docs.filter((d) => !labelled.includes(d));
    for (const d of without.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `No format/size shown: «${d.link.text.trim()}» on ${d.page.finalUrl}`, url: d.url, selector: d.link.selector });
    if (share < DOC_LABEL_MIN_SHARE) deductions.push({ reason: `(2) ${title('2')}: ${without.length} of ${docs.length} document links show no format and size`, points: step });
  }

  // (3) special software.
  const special = [...new Map(docs.filter((d) => SPECIAL_SOFTWARE_FORMATS.has(d.ext)).map((d) => [d.url, d])).values()];
  const flash = pages.flatMap((p) => p.media.filter((m) => (m.kind === 'object' || m.kind === 'embed') && /\.swf($|\?)|flash/i.test(m.src ?? '')).map((m) => ({ page: p, m })));
  for (const d of special.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Needs special software (.${d.ext}): «${d.link.text.trim()}» on ${d.page.finalUrl}`, url: d.url, selector: d.link.selector });
  for (const f of flash.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Flash content on ${f.page.finalUrl}`, url: f.m.src ?? f.page.finalUrl, selector: f.m.selector });
  if (special.length || flash.length) deductions.push({ reason: `(3) ${title('3')}: ${special.length} file(s) in ${[...new Set(special.map((d) => d.ext))].join(', ') || '—'}${flash.length ? `, ${flash.length} Flash object(s)` : ''}`, points: step });

  // (4) no authorisation.
  const checked = [...docChecks.values()];
  const locked = checked.filter((c) => c.status === 401 || c.status === 403 || (c.finalUrl !== c.url && LOGIN_PATH.test(c.finalUrl)));
  evidence.push({ kind: 'value', label: `(4) Documents checked over HTTP: ${checked.length}; behind authorisation: ${locked.length}`, value: locked.length });
  for (const c of locked.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Needs authorisation: HTTP ${c.status ?? '—'}${c.finalUrl !== c.url ? ` → ${c.finalUrl}` : ''}`, url: c.url, value: c.status });
  if (locked.length) deductions.push({ reason: `(4) ${title('4')}: ${locked.length} document(s) need authorisation`, points: step });

  const summary = deductions.length === 0 ? `Formats: UTF-8, open formats, labelled documents, no special software or sign-in (${docs.length} document links)` : `Formats: ${deductions.length} requirement(s) not met`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const formatsRule: Rule = { id: ID, run: runFormats };
