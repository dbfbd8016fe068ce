/**
 * A4-2.1 — the site displays correctly in Firefox, Internet Explorer, Chrome, Opera, Safari and on
 * Android, Windows Phone, iOS (0.25; −0.03 for each that does not), from the cross-browser probes
 * (crawler/probes/site/browsersProbe.ts: the Chromium engines and Firefox, a record each, their
 * engines merged per page). Chrome, Edge (for the retired Internet Explorer) and Opera are the
 * Chromium engine; Android is Chromium with a phone profile; iOS is iPhone emulation (Chromium
 * with an iPhone profile); Firefox is Firefox. Safari (WebKit) and the retired Windows
 * Phone are "not checked" and cost nothing, as does an engine that is not installed.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { BROWSERS_PROBE_IDS, BrowsersProbeDataSchema, type EngineRender } from '../../../crawler/probes/site/browsersProbe.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import { lighthouseConsoleEvidence } from '../../diagnostics/lighthouseEvidence.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { perItem } from './structurePages.ts';

const ID = 'A4-2.1';
/** An engine's main text may be this much shorter than the Chromium desktop baseline's. */
export const TEXT_MARGIN = 0.3;
/** Horizontal overflow beyond this many CSS px is a display fault. */
export const OVERFLOW_TOLERANCE_PX = 8;

export const BROWSERS_INTERPRETATION = `Interpretation: each page is rendered in every engine available and compared with Chromium on the desktop (the baseline): it displays correctly when it loads, shows its navigation when the baseline does, its main text is no more than ${TEXT_MARGIN * 100} % shorter than the baseline's, it does not scroll horizontally (over ${OVERFLOW_TOLERANCE_PX} px) and it throws no script error the baseline does not. Chrome, Edge (Internet Explorer is retired; Edge is Chromium) and Opera share the Chromium result; Android is Chromium with a phone profile; iOS is iPhone emulation — Chromium with an iPhone profile (its screen size, scale, touch and iOS Safari user agent), which shows the layout an iPhone gets but not WebKit's own rendering. Safari needs WebKit, which is not installed, and Windows Phone is retired: "not checked", no deduction. An engine that is not installed is never a failure.`;

const ITEM_ENGINE: Record<string, EngineRender['engine'] | null> = {
  firefox: 'firefox', ie: 'chromium-desktop', chrome: 'chromium-desktop', opera: 'chromium-desktop', android: 'chromium-android', safari: null, 'windows-phone': null, ios: 'chromium-iphone',
};
const NOT_CHECKED_WHY: Record<string, string> = {
  safari: 'WebKit (Safari) is not installed on the audit machine',
  'windows-phone': 'Windows Phone is retired; no browser engine of it can be run',
};

/** Why an engine's rendering is not correct compared with the baseline (empty = correct). */
export function displayProblems(r: EngineRender, baseline: EngineRender | undefined): string[] {
  if (r.state === 'error') return [`did not render: ${r.error ?? 'error'}`];
  if (r.state !== 'rendered') return [];
  const out: string[] = [];
  if (r.status !== null && r.status >= 400) out.push(`HTTP ${r.status}`);
  if (r.scrollWidth > r.clientWidth + OVERFLOW_TOLERANCE_PX) out.push(`horizontal scrolling (${r.scrollWidth} px content in ${r.clientWidth} px)`);
  if (baseline && baseline.state === 'rendered' && r.engine !== baseline.engine) {
    if (baseline.navPresent && !r.navPresent) out.push('navigation menu missing');
    if (baseline.mainTextLength > 0 && r.mainTextLength < baseline.mainTextLength * (1 - TEXT_MARGIN)) out.push(`main text ${r.mainTextLength} characters against ${baseline.mainTextLength} in Chromium`);
    const fresh = r.pageErrors.filter((e) => !baseline.pageErrors.includes(e));
    if (fresh.length > 0) out.push(`script errors: ${fresh.slice(0, 3).join('; ')}`);
  }
  return out;
}

export function runBrowsers(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.1');
  const evidence: Evidence[] = [note(BROWSERS_INTERPRETATION)];
  const records = snapshot.probes.filter((r) => BROWSERS_PROBE_IDS.includes(r.probe));
  const problems = new Map<EngineRender['engine'], string[]>();
  const rendered = new Set<EngineRender['engine']>();
  const notInstalled = new Map<EngineRender['engine'], string>();
  // The Chromium engines and Firefox come in records of their own: each page's engines, merged.
  const pages = new Map<string, EngineRender[]>();
  for (const r of records) {
    const parsed = BrowsersProbeDataSchema.safeParse(r.data);
    if (r.error || !parsed.success) {
      evidence.push({ kind: 'note', label: `The cross-browser probe failed on ${r.url}: ${r.error ?? 'unreadable data'}`, url: r.url });
      continue;
    }
    for (const pg of parsed.data.pages) pages.set(pg.url, [...(pages.get(pg.url) ?? []), ...pg.engines]);
  }
  for (const [url, engines] of pages) {
    const baseline = engines.find((e) => e.engine === 'chromium-desktop');
    for (const e of engines) {
      if (e.state === 'not-installed' || e.state === 'unavailable') { notInstalled.set(e.engine, e.error ?? 'not installed'); continue; }
      rendered.add(e.engine);
      const found = displayProblems(e, baseline);
      evidence.push({ kind: 'value', label: `${e.browserVersion ?? e.engine} on ${url}: ${found.length ? found.join('; ') : `correct (navigation ${e.navPresent ? 'present' : 'absent'}, main text ${e.mainTextLength} characters, width ${e.scrollWidth}/${e.clientWidth} px)`}`, url, value: found.length === 0 });
      if (e.screenshot) evidence.push({ kind: 'screenshot', label: `${e.engine} on ${url}`, url: e.screenshot });
      if (found.length) problems.set(e.engine, [...(problems.get(e.engine) ?? []), `${url}: ${found.join('; ')}`]);
    }
  }
  evidence.push(...lighthouseConsoleEvidence(snapshot));
  if (rendered.size === 0) {
    return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: the cross-browser probe did not run' })];
  }
  const deductions: Deduction[] = [];
  const notChecked: string[] = [];
  for (const item of items) {
    const engine = ITEM_ENGINE[item.id] ?? null;
    if (!engine || !rendered.has(engine)) {
      const why = engine ? (notInstalled.get(engine) ?? 'the engine did not run') : (NOT_CHECKED_WHY[item.id] ?? 'no engine');
      notChecked.push(item.title.en);
      evidence.push({ kind: 'note', label: `${item.title.en}: not checked — ${why}` });
      continue;
    }
    const found = problems.get(engine);
    if (engine === 'chromium-iphone') evidence.push({ kind: 'note', label: `${item.title.en}: checked as iPhone emulation (iOS) — Chromium with an iPhone profile, not WebKit` });
    if (found) deductions.push({ reason: `${item.title.en} (${engine === 'chromium-iphone' ? 'iPhone emulation' : engine}) does not display correctly: ${found.slice(0, 3).join(' | ')}`, points: step });
  }
  const summary = deductions.length === 0 ? `Displays correctly in every engine checked; not checked: ${notChecked.join(', ') || 'none'}` : `${deductions.length} browser(s)/platform(s) do not display correctly`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const browsersRule: Rule = { id: ID, run: runBrowsers };
