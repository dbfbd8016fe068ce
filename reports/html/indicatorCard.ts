/** One indicator row as an HTML card: status, points/max, deductions, evidence, verdict and the verdict form. */
import type { ReportIndicator } from '../reportSchema.ts';
import { fmt, kindText, statusText, type Catalogue, type ReportLang } from '../i18n/catalogue.ts';
import { dateText } from './dateText.ts';
import { esc, linkOrText, screenshotHref } from './escapeHtml.ts';

type Evidence = ReportIndicator['evidence'][number];

export function rowAnchor(indicator: Pick<ReportIndicator, 'id' | 'lang'>): string {
  return indicator.lang ? `${indicator.id}-${indicator.lang}` : indicator.id;
}

export function annexOf(id: string): string {
  return id.slice(1, 2);
}

function evidenceItem(item: Evidence, t: Catalogue): string {
  const parts: string[] = [`<span class="label">${esc(item.label)}</span>`];
  if (item.kind === 'screenshot') {
    const path = typeof item.value === 'string' ? item.value : item.url;
    const href = screenshotHref(path);
    if (href) {
      parts.push(
        ` <a class="thumb" href="${esc(href)}" target="_blank" title="${esc(t.openLarge)}"><img src="${esc(href)}" alt="${esc(`${t.screenshot}: ${item.label}`)}" loading="lazy"></a>`,
      );
    } else if (path) parts.push(` <span class="url">${esc(path)}</span>`);
    if (item.url && item.url !== path) parts.push(` ${linkOrText(item.url)}`);
    return `<li class="ev ev-screenshot">${parts.join('')}</li>`;
  }
  if (item.url) parts.push(` — ${linkOrText(item.url)}`);
  if (item.value !== undefined) parts.push(`: <b class="value">${esc(item.value === null ? '—' : String(item.value))}</b>`);
  if (item.selector) parts.push(` <code class="selector">${esc(item.selector)}</code>`);
  if (item.html) parts.push(`<pre><code>${esc(item.html)}</code></pre>`);
  return `<li class="ev ev-${esc(item.kind)}">${parts.join('')}</li>`;
}

function searchText(indicator: ReportIndicator): string {
  const bits = [indicator.id, indicator.title.kk, indicator.title.ru, indicator.title.en, indicator.summary, indicator.status];
  for (const e of indicator.evidence) bits.push(e.label, e.url ?? '', e.selector ?? '');
  for (const d of indicator.deductions) bits.push(d.reason);
  return bits.join(' ').toLowerCase().slice(0, 4000);
}

function verdictForm(indicator: ReportIndicator, t: Catalogue): string {
  return (
    `<div class="vform" data-id="${esc(indicator.id)}" data-lang="${esc(indicator.lang ?? '')}" data-max="${indicator.max}">` +
    `<label>${esc(t.verdict)}: <select class="v-outcome" aria-label="${esc(`${t.verdict} ${rowAnchor(indicator)}`)}">` +
    `<option value="">${esc(t.verdictNone)}</option><option value="pass">${esc(t.verdictPass)}</option>` +
    `<option value="fail">${esc(t.verdictFail)}</option><option value="points">${esc(t.verdictPoints)}</option></select></label>` +
    `<input class="v-points" type="number" min="0" max="${indicator.max}" step="0.001" disabled aria-label="${esc(t.points)}">` +
    `<input class="v-reason" type="text" placeholder="${esc(t.reason)}" aria-label="${esc(t.reason)}"></div>`
  );
}

function appliedVerdict(indicator: ReportIndicator, t: Catalogue): string {
  const v = indicator.verdict;
  if (!v) return '';
  return (
    `<div class="verdict"><b>${esc(t.personDecided)}</b> — ${esc(fmt(t.decidedBy, { reviewer: v.reviewer, date: dateText(v.decidedAt), reason: v.reason }))}<br>` +
    `<span class="meta">${esc(fmt(t.toolFound, { status: statusText(t, v.tool.status), points: v.tool.points, max: indicator.max }))}</span></div>`
  );
}

export function indicatorCard(indicator: ReportIndicator, t: Catalogue, lang: ReportLang): string {
  const anchor = rowAnchor(indicator);
  const where = [indicator.lang ?? t.siteWide, indicator.device === 'mobile' ? t.phone : indicator.device === 'desktop' ? t.desktop : null].filter(Boolean).join(' · ');
  const deductions =
    indicator.deductions.length === 0
      ? `<p class="meta">${esc(t.noDeductions)}</p>`
      : `<ul class="deductions">${indicator.deductions.map((d) => `<li>−${d.points}: ${esc(d.reason)}</li>`).join('')}</ul>`;
  const evidence =
    indicator.evidence.length === 0
      ? `<p class="meta">${esc(t.noEvidence)}</p>`
      : `<ul class="evidence">${indicator.evidence.map((e) => evidenceItem(e, t)).join('')}</ul>`;
  return (
    `<article class="ind st-${esc(indicator.status)}${indicator.verdict ? ' decided' : ''}" id="${esc(anchor)}" data-id="${esc(indicator.id)}" data-annex="${esc(annexOf(indicator.id))}" ` +
    `data-lang="${esc(indicator.lang ?? 'site')}" data-status="${esc(indicator.status)}" data-points="${indicator.points}" data-max="${indicator.max}" data-search="${esc(searchText(indicator))}">` +
    `<div class="head"><a class="anchor" href="#${esc(anchor)}">${esc(indicator.id)}</a> <h3>${esc(indicator.title[lang])}</h3> ` +
    `<span class="badge ${esc(indicator.status)}">${esc(statusText(t, indicator.status))}</span>` +
    `<span class="pts"><span class="points">${indicator.points}</span> / <span class="max">${indicator.max}</span></span></div>` +
    `<div class="meta">${esc(where)} · ${esc(kindText(t, indicator.kind))} · ${esc(t.toolSummary)}: ${esc(indicator.summary)}</div>` +
    appliedVerdict(indicator, t) +
    `<h4>${esc(t.deductions)}</h4>${deductions}<h4>${esc(t.evidence)}</h4>${evidence}` +
    verdictForm(indicator, t) +
    `</article>`
  );
}
