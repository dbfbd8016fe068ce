/**
 * The axe-core probe (A4-3.1 text alternatives, A4-3.7 contrast, plus keyboard and skip-link
 * evidence): axe-core's minified build is injected into the page as a string and only the rules
 * the indicators need are run (3–5× faster than AxeBuilder with every rule; the minified build,
 * 0.65 MB against axe.source's 1.5 MB, costs 86 ms of CPU per page to inject instead of 123).
 * Colour contrast is asked at 4.5:1
 * for ALL text (the methodology has no large-text exception) by raising axe's large-text
 * threshold; each failing node keeps its ratio, colours, font size and weight, so the rule can
 * show the WCAG view (3:1 for large text) beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { evaluateJson } from '../../browser/evaluateJson.ts';
import type { Probe } from '../probeTypes.ts';
import { sampleTargets } from '../sampleTargets.ts';

/** Text alternatives for non-text content (3.1). */
export const TEXT_ALTERNATIVE_RULES = ['image-alt', 'input-image-alt', 'area-alt', 'object-alt', 'svg-img-alt', 'role-img-alt'] as const;
/** Evidence for keyboard use and skipping blocks (3.4, 3.5) and the names a screen reader needs. */
export const KEYBOARD_EVIDENCE_RULES = ['bypass', 'html-has-lang', 'html-lang-valid', 'document-title', 'link-name', 'button-name', 'label', 'frame-title', 'scrollable-region-focusable'] as const;
export const AXE_RULES: readonly string[] = [...TEXT_ALTERNATIVE_RULES, 'color-contrast', ...KEYBOARD_EVIDENCE_RULES];
/** The methodology's ratio for every text size. */
export const REQUIRED_CONTRAST = 4.5;
/** WCAG 1.4.3 for large text (≥ 18 pt, or ≥ 14 pt bold). */
export const WCAG_LARGE_TEXT_CONTRAST = 3;
/** Failing nodes kept per rule and page (the count is kept in full). */
export const NODES_KEPT = 25;

export const ContrastDataSchema = z.object({
  ratio: z.number().nullable(),
  fgColor: z.string().nullable(),
  bgColor: z.string().nullable(),
  fontSize: z.string().nullable(),
  fontWeight: z.string().nullable(),
  /** Large text in WCAG's sense (≥ 18 pt, or ≥ 14 pt bold). */
  large: z.boolean(),
  /** Below WCAG's own threshold (4.5:1, or 3:1 for large text). */
  wcagFail: z.boolean(),
});
export type ContrastData = z.infer<typeof ContrastDataSchema>;

export const AxeNodeSchema = z.object({
  target: z.string(),
  html: z.string(),
  summary: z.string(),
  contrast: ContrastDataSchema.nullable(),
});
export type AxeNode = z.infer<typeof AxeNodeSchema>;

export const AxeRuleOutcomeSchema = z.object({
  id: z.string(),
  impact: z.string().nullable(),
  violations: z.number(),
  passes: z.number(),
  incomplete: z.number(),
  nodes: z.array(AxeNodeSchema),
});
export type AxeRuleOutcome = z.infer<typeof AxeRuleOutcomeSchema>;

export const AxeDataSchema = z.object({
  axeVersion: z.string(),
  rules: z.array(AxeRuleOutcomeSchema),
  /** Rules that were asked but found nothing to test on the page. */
  inapplicable: z.array(z.string()),
  screenshot: z.string().nullable(),
});
export type AxeData = z.infer<typeof AxeDataSchema>;

const RUN_OPTIONS = {
  runOnly: { type: 'rule', values: AXE_RULES },
  iframes: false,
  checks: { 'color-contrast': { options: { contrastRatio: { normal: { expected: REQUIRED_CONTRAST }, large: { expected: REQUIRED_CONTRAST } } } } },
};

/** In-page: run axe and return plain data (colour data straight from the check results). */
const RUN_SCRIPT = `(async (opts, keep, large) => {
  const res = await window.axe.run(document, opts);
  const cut = (s, n) => (s || '').length > n ? s.slice(0, n - 1) + '…' : (s || '');
  const contrastOf = (node) => {
    const check = (node.any || []).find((c) => c.id === 'color-contrast');
    if (!check || !check.data) return null;
    const d = check.data;
    const px = /\\(([0-9.]+)px\\)/.exec(d.fontSize || '');
    const pt = px ? Number(px[1]) * 72 / 96 : null;
    const bold = d.fontWeight === 'bold';
    const isLarge = pt !== null && (pt >= 18 || (bold && pt >= 14));
    const ratio = typeof d.contrastRatio === 'number' ? d.contrastRatio : null;
    return { ratio, fgColor: d.fgColor || null, bgColor: d.bgColor || null, fontSize: d.fontSize || null, fontWeight: d.fontWeight || null,
      large: isLarge, wcagFail: ratio !== null && ratio < (isLarge ? large : 4.5) };
  };
  const byId = new Map();
  const get = (r) => { if (!byId.has(r.id)) byId.set(r.id, { id: r.id, impact: r.impact || null, violations: 0, passes: 0, incomplete: 0, nodes: [] }); return byId.get(r.id); };
  for (const r of res.violations) {
    const o = get(r);
    o.violations = r.nodes.length;
    o.nodes = r.nodes.slice(0, keep).map((n) => ({ target: (n.target || []).map(String).join(' >>> '), html: cut(n.html, 300), summary: cut(n.failureSummary, 400), contrast: r.id === 'color-contrast' ? contrastOf(n) : null }));
  }
  for (const r of res.passes || []) get(r).passes = r.nodes.length;
  for (const r of res.incomplete || []) get(r).incomplete = r.nodes.length;
  return { axeVersion: window.axe.version, rules: [...byId.values()], inapplicable: (res.inapplicable || []).map((r) => r.id) };
})`;

/** axe-core's own minified build (what axe.source holds, without comments and whitespace). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs the selected axe rules on the page as it is now; the page must be loaded. */
export async function runAxe(page: import('playwright').Page): Promise<Omit<AxeData, 'screenshot'>> {
  const loaded = await page.evaluate('typeof window.axe === "object" && typeof window.axe.run === "function"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const raw = await evaluateJson(page, `${RUN_SCRIPT}(${JSON.stringify(RUN_OPTIONS)}, ${NODES_KEPT}, ${WCAG_LARGE_TEXT_CONTRAST})`);
  return AxeDataSchema.omit({ screenshot: true }).parse(raw);
}

export const axeProbe: Probe<AxeData> = {
  id: 'axe',
  // Reads only: first on a shared load (then the keyboard walk, then the zoom).
  sharedRender: 1,
  device: 'desktop',
  timeoutMs: 60_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 8 }),
  async run(page, _target, ctx) {
    const data = await runAxe(page);
    const contrast = data.rules.find((r) => r.id === 'color-contrast');
    const screenshot = contrast && contrast.violations > 0 ? await ctx.screenshot(page, 'contrast') : null;
    return { ...data, screenshot };
  },
};
