/**
 * A4-3.2 — media that plays automatically for more than 3 s can be stopped, paused or muted
 * (0.2, all or nothing). From the motion probe: an audio or video element that played by itself
 * while watched (and loops or lasts more than 3 s) needs native controls or a pause/stop control
 * near it; for media with sound a mute control also counts. An embedded player asked to
 * autoplay with its controls hidden (controls=0) needs a control next to it.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { MotionDataSchema, WATCH_MS } from '../../../crawler/probes/accessibility/motionProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.2');
const ID = 'A4-3.2';

export const AUTOPLAY_INTERPRETATION = `Interpretation: each sampled page is watched for ${WATCH_MS / 1000} s after loading. An audio or video element that plays by itself during that time (currentTime advancing, not paused) and loops or lasts more than 3 s must offer a way to stop it: native controls, or a pause/stop/mute button next to it (words in Kazakh, Russian, English). A muted video is moving content and still needs a pause control; a video that starts muted and is unmuted by the page counts as sound. Media with the autoplay attribute that the headless browser did not start is started by the probe, as a browser that allows autoplay would. An embedded player (iframe) asked to autoplay with its controls hidden (controls=0) needs a control next to it.`;

export function runAutoplayMedia(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'motion', MotionDataSchema);
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const url = record.url;
    const reasons: string[] = [];
    const evidence: Evidence[] = [];
    const played = data.media.filter((m) => m.playing && m.longerThan3s);
    for (const m of played) {
      const sound = !m.muted && m.volume > 0;
      const label = `${m.tag} plays by itself (${m.loop ? 'loops' : m.duration !== null ? `${m.duration.toFixed(1)} s` : 'stream'}, ${sound ? (m.startedMuted ? 'unmuted by the page — with sound' : 'with sound') : 'muted'})`;
      if (m.control) evidence.push({ kind: 'element', label: `${label}; control: «${m.control.text}»`, url, selector: m.selector, html: m.html });
      else {
        reasons.push(`${label} without a stop, pause or mute control`);
        evidence.push({ kind: 'element', label: `${label}, no stop/pause/mute control`, url, selector: m.selector, html: m.html });
      }
    }
    for (const f of data.iframes) {
      const hidden = /[?&]controls=0/i.test(f.src);
      if (hidden && !f.control) {
        reasons.push('an embedded player autoplays with its controls hidden');
        evidence.push({ kind: 'element', label: `Embedded player autoplays with controls=0 (${f.muted ? 'muted' : 'sound'}), no control`, url, selector: f.selector, value: f.src });
      } else evidence.push({ kind: 'element', label: `Embedded player asked to autoplay (${hidden ? 'control next to it' : "the player's own controls"})`, url, selector: f.selector, value: f.src });
    }
    if (reasons.length > 0 && data.screenshot) evidence.push({ kind: 'screenshot', label: 'The page while playing', url, value: data.screenshot });
    return { url, lang: record.lang, passes: reasons.length > 0 ? false : played.length + data.iframes.length > 0 ? true : null, reasons, evidence };
  });
  const playing = verdicts.filter((v) => v.passes !== null).length;
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['motion'],
      interpretation: AUTOPLAY_INTERPRETATION,
      what: 'motion',
      verdicts,
      failed: runs.failed,
      extra: [{ kind: 'value', label: 'Sampled pages with media that plays by itself', value: playing }],
      passSummary: playing === 0 ? `No media plays by itself on ${plural(verdicts.length, 'sampled page')}` : `Autoplaying media on ${plural(playing, 'page')} can be stopped`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages autoplay media that cannot be stopped`,
    }),
  ];
}

export const autoplayMediaRule: Rule = { id: ID, run: runAutoplayMedia };
