/**
 * A4-3.8 — text can be enlarged to 200 % without loss of content or function and without
 * horizontal scrolling (0.2, all or nothing). From the zoom probe: browser zoom 200 % (a 1280 px
 * window = 640 CSS px at device scale 2) and text-only enlargement to 200 %; a page fails on
 * horizontal scrolling, text cut by its box or overlapping text, or a viewport meta that forbids
 * zooming (user-scalable=no, maximum-scale < 2).
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { ZoomDataSchema, type LayoutIssues, type ZoomView } from '../../../crawler/probes/accessibility/zoomProbe.ts';
import { viewportForbidsZoom } from '../../../crawler/probes/accessibility/viewportMeta.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, ELEMENTS_PER_PAGE, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.8');
const ID = 'A4-3.8';

export const ZOOM_INTERPRETATION =
  'Interpretation: measured as browser zoom to 200 % (a 1280 px window at 200 % = a 640 CSS px viewport at device scale 2) and as text-only enlargement to 200 % (every font size doubled at the desktop width, as a browser\'s "zoom text only" does). A page fails on horizontal scrolling (the document is wider than the window), on text cut by a box that hides overflow, or on text lines of different elements that overlap — text already cut or overlapping at 100 % is lost at 200 % as well and counts (the evidence says so). A viewport meta that forbids zoom (user-scalable=no, maximum-scale < 2) also fails.';

function viewProblems(name: string, view: ZoomView, baseline: LayoutIssues, url: string): { reasons: string[]; evidence: Evidence[] } {
  const reasons: string[] = [];
  const evidence: Evidence[] = [];
  const issues = view.issues;
  if (!issues) return { reasons, evidence };
  if (issues.horizontalScroll) {
    reasons.push(`${name}: horizontal scrolling (document ${issues.scrollWidth} px wide in a ${issues.clientWidth} px window)`);
    evidence.push({ kind: 'value', label: `${name}: document width / window width (CSS px)`, url, value: `${issues.scrollWidth} / ${issues.clientWidth}` });
  }
  if (issues.clippedCount > 0) {
    reasons.push(`${name}: ${plural(issues.clippedCount, 'box', 'boxes')} cut their text`);
    const before = new Set(baseline.clipped.map((c) => c.selector));
    for (const c of issues.clipped.slice(0, ELEMENTS_PER_PAGE)) evidence.push({ kind: 'element', label: `${name}: text cut by its box «${c.text}»${before.has(c.selector) ? ' (also at 100 %)' : ''}`, url, selector: c.selector });
  }
  if (issues.overlapCount > 0) {
    reasons.push(`${name}: ${plural(issues.overlapCount, 'pair')} of overlapping text`);
    const before = new Set(baseline.overlaps.map((o) => `${o.selector}|${o.other}`));
    for (const o of issues.overlaps.slice(0, ELEMENTS_PER_PAGE)) evidence.push({ kind: 'element', label: `${name}: overlapping text «${o.text}» (with ${o.other})${before.has(`${o.selector}|${o.other}`) ? ' (also at 100 %)' : ''}`, url, selector: o.selector });
  }
  if (reasons.length > 0 && view.screenshot) evidence.push({ kind: 'screenshot', label: `${name}: screenshot`, url, value: view.screenshot });
  return { reasons, evidence };
}

export function runZoom(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'zoom', ZoomDataSchema);
  const failed = [...runs.failed];
  const verdicts: PageVerdict[] = [];
  for (const { record, data } of runs.ok) {
    if (data.zoom.issues === null && data.textOnly.issues === null) {
      failed.push({ record, error: data.zoom.error ?? data.textOnly.error ?? 'no view could be measured' });
      continue;
    }
    const reasons: string[] = [];
    const evidence: Evidence[] = [];
    const meta = viewportForbidsZoom(data.viewportMeta);
    if (meta.forbids) {
      reasons.push(`the viewport meta forbids zooming (${meta.reason})`);
      evidence.push({ kind: 'value', label: 'Viewport meta', url: record.url, value: data.viewportMeta });
    }
    for (const [name, view] of [['Zoom 200 %', data.zoom], ['Text only 200 %', data.textOnly]] as const) {
      const p = viewProblems(name, view, data.baseline, record.url);
      reasons.push(...p.reasons);
      evidence.push(...p.evidence);
      if (view.error) evidence.push({ kind: 'note', label: `${name} could not be measured: ${view.error}`, url: record.url });
    }
    verdicts.push({ url: record.url, lang: record.lang, passes: reasons.length === 0, reasons, evidence });
  }
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['zoom'],
      interpretation: ZOOM_INTERPRETATION,
      what: 'zoom',
      verdicts,
      failed,
      passSummary: `${plural(verdicts.length, 'sampled page')} stay usable at 200 % (zoom and text only)`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages lose content or scroll sideways at 200 %`,
    }),
  ];
}

export const zoomRule: Rule = { id: ID, run: runZoom };
