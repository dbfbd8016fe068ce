/**
 * A4-3.3 — moving, blinking or scrolling content that starts by itself for more than 3 s can be
 * stopped (0.2, all or nothing; heuristic). From the motion probe: carousels and tickers that
 * changed while watched, <marquee>/<blink>, and running animations that loop or last more than
 * 3 s need a pause/stop control near them. Video is judged by A4-3.2.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { MotionDataSchema, WATCH_MS } from '../../../crawler/probes/accessibility/motionProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, ELEMENTS_PER_PAGE, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.3');
const ID = 'A4-3.3';

const KIND: Record<string, string> = {
  changes: 'a carousel/slider/ticker changed by itself',
  marquee: 'a <marquee> scrolls',
  blink: 'a <blink> element blinks',
  animation: 'an animation runs (infinite or longer than 3 s)',
};

export const MOTION_INTERPRETATION = `Interpretation (heuristic): each sampled page is watched for ${WATCH_MS / 1000} s after loading — except a page where nothing can change by itself (no video or audio, no carousel, slider or ticker, no request in flight, and no timer, interval or animation frame scheduled by its scripts), which is read at once. Moving content is a carousel, slider or ticker (found by its role or class name) whose content or position changed by itself, a <marquee> or <blink>, or a running CSS/Web animation that loops or lasts more than 3 s on a visible element (loading spinners excluded). Each needs a pause/stop control near it (a button or control named «Тоқтату», «Кідірту», «Пауза», «Остановить», "Pause", "Stop"…). Pausing on mouse hover does not count. Video and audio are judged by 3.2.`;

export function runMotion(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'motion', MotionDataSchema);
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const url = record.url;
    const uncontrolled = data.moving.filter((m) => m.control === null);
    const evidence: Evidence[] = data.moving.slice(0, ELEMENTS_PER_PAGE).map((m) => ({
      kind: 'element' as const,
      label: `${KIND[m.kind] ?? m.kind}; ${m.control ? `control «${m.control.text}»` : 'no pause/stop control'}`,
      url,
      selector: m.selector,
      html: m.html,
    }));
    if (uncontrolled.length > 0 && data.screenshot) evidence.push({ kind: 'screenshot', label: 'The page after watching', url, value: data.screenshot });
    return {
      url,
      lang: record.lang,
      passes: uncontrolled.length > 0 ? false : data.moving.length > 0 ? true : null,
      reasons: uncontrolled.length > 0 ? [`${plural(uncontrolled.length, 'moving element')} without a pause/stop control (${[...new Set(uncontrolled.map((m) => m.kind))].join(', ')})`] : [],
      evidence,
    };
  });
  const moving = verdicts.filter((v) => v.passes !== null).length;
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['motion'],
      interpretation: MOTION_INTERPRETATION,
      what: 'motion',
      verdicts,
      failed: runs.failed,
      extra: [{ kind: 'value', label: 'Sampled pages with content that moves by itself', value: moving }],
      passSummary: moving === 0 ? `Nothing moves by itself on ${plural(verdicts.length, 'sampled page')}` : `Moving content on ${plural(moving, 'page')} can be paused`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages have moving content without a pause/stop control`,
    }),
  ];
}

export const motionRule: Rule = { id: ID, run: runMotion };
