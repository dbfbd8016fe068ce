/** Hand-made Lighthouse results (the part of lhr the probe reads) for the Lighthouse unit tests. */
import { lighthouseData, type LhrAudit, type LighthouseResultLike } from '../../crawler/probes/lighthouse/lighthouseData.ts';
import type { LighthouseData } from '../../crawler/probes/lighthouse/lighthouseSchema.ts';

const audit = (id: string, score: number | null, over: Partial<LhrAudit> = {}): LhrAudit => ({ id, title: `Title of ${id}`, score, scoreDisplayMode: 'binary', ...over });

export function lhr(over: { viewport?: number; consoleItems?: number; extraFailing?: number } = {}): LighthouseResultLike {
  const extra = Array.from({ length: over.extraFailing ?? 0 }, (_, i) => audit(`extra-${String(i).padStart(2, '0')}`, 0));
  const audits: LhrAudit[] = [
    audit('largest-contentful-paint', 0.4, { scoreDisplayMode: 'numeric', displayValue: '4.1 s' }),
    audit('color-contrast', 0),
    audit('image-alt', 1),
    audit('viewport-insight', over.viewport ?? 1, { scoreDisplayMode: 'metricSavings' }),
    audit('meta-viewport', 1),
    audit('errors-in-console', (over.consoleItems ?? 0) > 0 ? 0 : 1, {
      details: { type: 'table', items: Array.from({ length: over.consoleItems ?? 0 }, (_, i) => ({ source: 'exception', description: `Error ${i}`, sourceLocation: { url: 'http://x/app.js' } })) },
    }),
    audit('meta-description', 0),
    audit('diagnostics', null, { scoreDisplayMode: 'informative' }),
    audit('unused-weightless', 0.5, { scoreDisplayMode: 'numeric' }),
    ...extra,
  ];
  return {
    lighthouseVersion: '13.5.0',
    requestedUrl: 'http://site/kz/',
    finalDisplayedUrl: 'http://site/kz/',
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
    categories: {
      performance: { score: 0.55, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'viewport-insight', weight: 0 }, { id: 'unused-weightless', weight: 0 }, { id: 'diagnostics', weight: 0 }] },
      accessibility: { score: 0.81, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }, { id: 'meta-viewport', weight: 10 }, ...extra.map((a) => ({ id: a.id, weight: 1 }))] },
      'best-practices': { score: 0.9, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: 0.7, auditRefs: [{ id: 'meta-description', weight: 1 }] },
    },
  };
}

export const data = (over: Parameters<typeof lhr>[0] = {}, formFactor: 'desktop' | 'mobile' = 'desktop'): LighthouseData => lighthouseData(lhr(over), formFactor, 6000);
