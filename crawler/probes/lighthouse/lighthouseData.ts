/**
 * Turns a Lighthouse result (lhr) into the probe's data: category scores, the worst failing
 * audits, and the viewport and console-error findings. Pure; the shape it reads is the part of
 * Lighthouse's result it needs, so it is tested with hand-made results too.
 */
import {
  LIGHTHOUSE_CATEGORIES, MAX_FAILING_AUDITS, type LighthouseAudit, type LighthouseCategory, type LighthouseData, type LighthouseFinding,
} from './lighthouseSchema.ts';

export interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  details?: { type?: string; items?: Array<Record<string, unknown>> };
}
export interface LighthouseResultLike {
  lighthouseVersion: string;
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  mainDocumentUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
  audits: Record<string, LhrAudit>;
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> } | undefined>;
}

/** Lighthouse's own line for a passed audit. */
const PASS = 0.9;
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);
export const VIEWPORT_AUDIT = 'viewport-insight';
export const META_VIEWPORT_AUDIT = 'meta-viewport';
export const CONSOLE_ERRORS_AUDIT = 'errors-in-console';

const isCategory = (c: string): c is LighthouseCategory => (LIGHTHOUSE_CATEGORIES as readonly string[]).includes(c);

function finding(lhr: LighthouseResultLike, id: string): LighthouseFinding {
  const a = lhr.audits[id];
  if (!a) return { id, title: id, score: null, passed: null, explanation: 'not run' };
  const scored = SCORED_MODES.has(a.scoreDisplayMode) && a.score !== null;
  return {
    id, title: a.title, score: scored ? a.score : null, passed: scored ? (a.score ?? 0) >= PASS : null,
    explanation: a.explanation ?? a.errorMessage ?? a.displayValue ?? null,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function lighthouseData(lhr: LighthouseResultLike, formFactor: 'desktop' | 'mobile', ms: number): LighthouseData {
  const weight = new Map<string, number>();
  const inCategories = new Map<string, LighthouseCategory[]>();
  for (const [cat, c] of Object.entries(lhr.categories)) {
    if (!c || !isCategory(cat)) continue;
    for (const ref of c.auditRefs) {
      weight.set(ref.id, Math.max(weight.get(ref.id) ?? 0, ref.weight));
      inCategories.set(ref.id, [...(inCategories.get(ref.id) ?? []), cat]);
    }
  }
  const failingAll: Array<LighthouseAudit & { weight: number }> = [];
  for (const [id, cats] of inCategories) {
    const a = lhr.audits[id];
    if (!a || !SCORED_MODES.has(a.scoreDisplayMode) || a.score === null || a.score >= PASS) continue;
    failingAll.push({ id, title: a.title, score: a.score, displayValue: a.displayValue ?? null, categories: cats, weight: weight.get(id) ?? 0 });
  }
  failingAll.sort((x, y) => Number(y.weight > 0) - Number(x.weight > 0) || (x.score ?? 0) - (y.score ?? 0) || y.weight - x.weight || x.id.localeCompare(y.id));
  const score = (c: LighthouseCategory) => lhr.categories[c]?.score ?? null;
  const consoleAudit = lhr.audits[CONSOLE_ERRORS_AUDIT];
  const consoleItems = (consoleAudit?.details?.items ?? []).map((it) => {
    const loc = it.sourceLocation as { url?: unknown } | undefined;
    return { source: str(it.source) ?? 'unknown', description: (str(it.description) ?? '').slice(0, 300), url: str(loc?.url) ?? str(it.url) };
  });
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor,
    requestedUrl: lhr.requestedUrl ?? '',
    finalUrl: lhr.finalDisplayedUrl ?? lhr.mainDocumentUrl ?? null,
    categories: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    failing: failingAll.slice(0, MAX_FAILING_AUDITS).map(({ weight: _w, ...a }) => a),
    failingTotal: failingAll.length,
    viewport: finding(lhr, VIEWPORT_AUDIT),
    metaViewport: finding(lhr, META_VIEWPORT_AUDIT),
    consoleErrors: { ...finding(lhr, CONSOLE_ERRORS_AUDIT), count: consoleItems.length, items: consoleItems.slice(0, 10) },
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    warnings: (lhr.runWarnings ?? []).slice(0, 10),
    benchmarkIndex: typeof lhr.environment?.benchmarkIndex === 'number' ? lhr.environment.benchmarkIndex : null,
    ms,
  };
}
