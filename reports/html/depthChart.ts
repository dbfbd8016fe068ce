/** The click-depth histogram of one language version as an inline SVG bar chart (no script, no external files). */
import type { Report } from '../reportSchema.ts';
import type { Catalogue } from '../i18n/catalogue.ts';
import { esc } from './escapeHtml.ts';

type DepthSummary = NonNullable<Report['depthSummary']>[number];

export function depthChart(summary: DepthSummary, t: Catalogue): string {
  const bars: { label: string; count: number; cls: string }[] = Object.entries(summary.histogram)
    .map(([depth, count]) => ({ depth: Number(depth), count }))
    .filter((b) => Number.isFinite(b.depth))
    .sort((a, b) => a.depth - b.depth)
    .map((b) => ({ label: String(b.depth), count: b.count, cls: b.depth > 5 ? 'deep' : 'ok' }));
  if (summary.unreachable > 0) bars.push({ label: '∅', count: summary.unreachable, cls: 'deep' });
  if (summary.beyondMaxDepth > 0) bars.push({ label: '>', count: summary.beyondMaxDepth, cls: 'deep' });
  const top = Math.max(1, ...bars.map((b) => b.count));
  const barWidth = 34;
  const gap = 8;
  const height = 120;
  const width = Math.max(1, bars.length) * (barWidth + gap) + gap;
  const rects = bars
    .map((b, i) => {
      const h = Math.round((b.count / top) * (height - 20));
      const x = gap + i * (barWidth + gap);
      const y = height - h;
      return (
        `<g class="bar ${b.cls}" data-depth="${esc(b.label)}" data-count="${b.count}"><rect x="${x}" y="${y}" width="${barWidth}" height="${h}"></rect>` +
        `<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${b.count}</text>` +
        `<text x="${x + barWidth / 2}" y="${height + 14}" text-anchor="middle">${esc(b.label)}</text></g>`
      );
    })
    .join('');
  const legend = [`${esc(t.depth)} 0…n`, `∅ ${esc(t.unreachable)}`, `&gt; ${esc(t.beyondMaxDepth)}`].join(' · ');
  return (
    `<figure class="depth" data-lang="${esc(summary.lang)}"><figcaption>${esc(summary.lang)} — ${summary.total} ${esc(t.pages)}</figcaption>` +
    `<svg role="img" aria-label="${esc(`${t.depthTitle} (${summary.lang})`)}" width="${width}" height="${height + 20}" viewBox="0 0 ${width} ${height + 20}">${rects}</svg>` +
    `<p class="legend">${legend}</p></figure>`
  );
}
