/**
 * A4-2.10 — hyperlinks (0.6; −0.2 each): (1) no inactive links and no links to unused pages
 * (broken links among the crawled pages, the HTTP checks and the link-check probe; soft 404s
 * and "under construction" pages); (2) the language switch of inner pages opens the same page in
 * the other language, not its home page; (3) external links open in a new tab (target=_blank)
 * and the user is told so (text, title or label).
 */
import type { LinkRecord, PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { LINK_CHECK_PROBE_ID, LinkCheckProbeDataSchema } from '../../../crawler/probes/site/linkCheckProbe.ts';
import { saysNotFound, saysUnderConstruction, tellsNewWindow } from '../../../lexicon/structureTerms.ts';
import { note, percent, scoredResult, unscoredResult } from '../../result.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EVERY_PAGE_SHARE, EXAMPLES, homeKeys, isHomePage, judgedPages, perItem } from './structurePages.ts';

const ID = 'A4-2.10';

export const HYPERLINKS_INTERPRETATION = `Interpretation: (1) fails on any link of the site that answers HTTP 400 or more (crawled pages, documents, links checked over HTTP), and on any crawled page that says it was not found or is under construction («Бөлім әзірленуде», «Раздел в разработке», «Страница в стадии наполнения» …) although it answered 200; an external link whose host cannot be resolved or reached is "not checked", never broken, and only 404/410 count for external links. (2) judged on the crawled inner pages that have a counterpart in the other language: the switch must lead to that counterpart (≥ ${EVERY_PAGE_SHARE * 100} % of them), not to the other language's home page. (3) external links (another host than the site's) must have target=_blank and tell the user (text, title or aria-label such as «жаңа терезеде ашылады», «откроется в новом окне», «opens in a new window»), for ≥ ${EVERY_PAGE_SHARE * 100} % of them.`;

interface Broken { url: string; why: string; from?: string; selector?: string }

function brokenLinks(snapshot: Snapshot, evidence: Evidence[]): Broken[] {
  const out = new Map<string, Broken>();
  const linkedFrom = new Map<string, { from: string; selector: string }>();
  for (const p of snapshot.pages) for (const l of p.links) if (l.url && !linkedFrom.has(looseUrlKey(l.url))) linkedFrom.set(looseUrlKey(l.url), { from: p.finalUrl, selector: l.selector });
  const add = (url: string, why: string) => {
    const k = looseUrlKey(url);
    const from = linkedFrom.get(k);
    if (!out.has(k) && from) out.set(k, { url, why, from: from.from, selector: from.selector });
  };
  for (const p of snapshot.pages) if (p.status !== null && p.status >= 400) add(p.url, `HTTP ${p.status}`);
  for (const c of snapshot.checks) if (c.status !== null && c.status >= 400) add(c.url, `HTTP ${c.status} (${c.purpose} check)`);
  let notChecked = 0;
  let checked = 0;
  for (const r of snapshot.probes.filter((x) => x.probe === LINK_CHECK_PROBE_ID)) {
    const parsed = LinkCheckProbeDataSchema.safeParse(r.data);
    if (r.error || !parsed.success) { evidence.push(note(`The link-check probe failed: ${r.error ?? 'unreadable data'}`)); continue; }
    for (const c of parsed.data.checked) {
      checked += 1;
      const broken = c.internal ? (c.status !== null && c.status >= 400) || (c.status === null && c.errorCode !== null && c.errorCode !== 'timeout') : c.status === 404 || c.status === 410;
      if (broken) {
        const k = looseUrlKey(c.url);
        if (!out.has(k)) out.set(k, { url: c.url, why: c.status !== null ? `HTTP ${c.status}` : (c.error ?? c.errorCode ?? 'no answer'), from: c.from, selector: c.selector });
      } else if (c.status === null || (!c.internal && c.status >= 400)) notChecked += 1;
    }
    if (parsed.data.skipped > 0) evidence.push(note(`${parsed.data.skipped} further links were not checked (bound of the link check).`));
    if (parsed.data.robotsDisallowed > 0) evidence.push(note(`${parsed.data.robotsDisallowed} in-scope links were not requested: robots.txt disallows them.`));
  }
  evidence.push({ kind: 'value', label: `Links checked over HTTP by the link check: ${checked}; not checked (host unreachable, timeout or refused for a robot): ${notChecked}`, value: checked });
  return [...out.values()];
}

const switchFailures = (snapshot: Snapshot, pages: readonly PageRecord[]) => {
  const homes = homeKeys(snapshot);
  const judged: { page: PageRecord; link: LinkRecord; expected: string; ok: boolean; toHome: boolean }[] = [];
  for (const p of pages) {
    if (isHomePage(p, homes)) continue;
    const pairs = snapshot.site.counterparts[p.finalUrl] ?? snapshot.site.counterparts[p.url];
    for (const other of ['kk', 'ru'] as const) {
      if (other === p.lang) continue;
      const expected = pairs?.[other];
      const link = p.links.find((l) => l.switchesTo === other && l.url);
      if (!expected || !link?.url) continue;
      const ok = looseUrlKey(link.url) === looseUrlKey(expected);
      judged.push({ page: p, link, expected, ok, toHome: homes.has(looseUrlKey(link.url)) });
    }
  }
  return judged;
};

export function isExternal(url: string, hosts: ReadonlySet<string>): boolean {
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return false;
    const host = u.host.toLowerCase();
    return ![...hosts].some((h) => host === h || host === `m.${h}` || `m.${host}` === h);
  } catch {
    return false;
  }
}
export const tellsUser = (l: LinkRecord) => tellsNewWindow(l.text) || tellsNewWindow(l.title) || tellsNewWindow(l.ariaLabel);

export function runHyperlinks(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.10');
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(HYPERLINKS_INTERPRETATION)];
  if (pages.length === 0) return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  const deductions: Deduction[] = [];
  const title = (id: string) => items.find((i) => i.id === id)?.title.en ?? id;

  // (1)
  const broken = brokenLinks(snapshot, evidence);
  const unused = pages.filter((p) => saysUnderConstruction(p.text.slice(0, 4000)) || saysNotFound(p.title) || saysNotFound(p.headings.find((h) => h.level === 1)?.text));
  for (const b of broken.slice(0, EXAMPLES * 2)) evidence.push({ kind: 'element', label: `Inactive link (${b.why})${b.from ? ` on ${b.from}` : ''}`, url: b.url, ...(b.selector ? { selector: b.selector } : {}) });
  for (const p of unused.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `Unused page (not found / under construction) answering ${p.status}: ${p.title}`, url: p.finalUrl });
  if (broken.length || unused.length) deductions.push({ reason: `(1) ${title('1')}: ${broken.length} inactive link(s), ${unused.length} unused page(s)`, points: step });

  // (2)
  const switches = switchFailures(snapshot, pages);
  if (switches.length === 0) evidence.push(note('(2) No inner page with both a language switch and a crawled counterpart: not checked, no deduction.'));
  else {
    const ok = switches.filter((s) => s.ok).length;
    evidence.push({ kind: 'value', label: `(2) Language switches leading to the same page: ${ok} of ${switches.length} (${percent(ok / switches.length)})`, value: ok / switches.length });
    for (const s of switches.filter((x) => !x.ok).slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Switch «${s.link.text.trim()}» on ${s.page.finalUrl} leads to ${s.link.url}${s.toHome ? ' (the home page)' : ''} instead of ${s.expected}`, url: s.page.finalUrl, selector: s.link.selector });
    if (ok / switches.length < EVERY_PAGE_SHARE) deductions.push({ reason: `(2) ${title('2')}: ${switches.length - ok} of ${switches.length} switches lead elsewhere${switches.some((s) => s.toHome && !s.ok) ? ' (to the home page)' : ''}`, points: step });
  }

  // (3)
  const hosts = new Set(snapshot.site.scope.hosts.map((h) => h.toLowerCase()));
  const external = new Map<string, { page: PageRecord; link: LinkRecord }>();
  for (const p of pages) for (const l of p.links) if (l.url && isExternal(l.url, hosts)) external.set(`${l.url} ${l.text.trim()}`, { page: p, link: l });
  if (external.size === 0) evidence.push(note('(3) No external links on the crawled pages: nothing to judge.'));
  else {
    const all = [...external.values()];
    const bad = all.filter(({ link }) => link.target !== '_blank' || !tellsUser(link));
    const share = (all.length - bad.length) / all.length;
    evidence.push({ kind: 'value', label: `(3) External links opening in a new tab with a notice: ${all.length - bad.length} of ${all.length} (${percent(share)})`, value: share });
    for (const { page, link } of bad.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `«${link.text.trim()}» on ${page.finalUrl}: ${link.target === '_blank' ? 'new tab but no notice' : 'opens in the same tab'}`, url: link.url ?? undefined, selector: link.selector });
    if (share < EVERY_PAGE_SHARE) deductions.push({ reason: `(3) ${title('3')}: ${bad.length} of ${all.length} external links`, points: step });
  }
  const summary = deductions.length === 0 ? 'Hyperlinks: no inactive links, language switch to the same page, external links in a new tab with notice' : `Hyperlinks: ${deductions.length} requirement(s) not met`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const hyperlinksRule: Rule = { id: ID, run: runHyperlinks };
