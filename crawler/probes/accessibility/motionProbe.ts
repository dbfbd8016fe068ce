/**
 * The motion probe (A4-3.2 autoplaying media, A4-3.3 moving content): the page's media
 * elements, animations and carousel-like blocks are sampled right after load and again after
 * WATCH_MS (at once on a page where nothing can move by itself: QUIET_SAMPLE — most pages; a
 * watched page keeps the browser painting, which slows every other page's frames and input
 * beside it); what played or moved in between is recorded with the pause/stop/mute control found
 * near it (native controls, or a button named in the lexicon). The browser runs with
 * --mute-audio, so nothing is heard, but `muted` and `volume` still tell whether a page plays sound.
 */
import { z } from 'zod';
import { evaluateJson } from '../../browser/evaluateJson.ts';
import type { Probe } from '../probeTypes.ts';
import { sampleTargets } from '../sampleTargets.ts';
import { ACCESSIBILITY_PATTERNS } from '../../../lexicon/accessibilityTerms.ts';
import { MOTION_JS } from './inpageScripts.ts';

/** A little longer than the methodology's 3 seconds. */
export const WATCH_MS = 3500;

const ControlSchema = z.object({ text: z.string(), selector: z.string() }).nullable();
export const PlayedMediaSchema = z.object({
  tag: z.string(),
  selector: z.string(),
  html: z.string(),
  src: z.string().nullable(),
  /** Not paused, and played more than half a second while watched. */
  playing: z.boolean(),
  /** Seconds played while watched (loops counted through the wrap). */
  advanced: z.number(),
  /** Loops, has no known end, or lasts more than 3 s. */
  longerThan3s: z.boolean(),
  muted: z.boolean(),
  volume: z.number(),
  startedMuted: z.boolean(),
  controls: z.boolean(),
  autoplay: z.boolean(),
  loop: z.boolean(),
  duration: z.number().nullable(),
  shown: z.boolean(),
  control: ControlSchema,
});
export type PlayedMedia = z.infer<typeof PlayedMediaSchema>;
export const MovingSchema = z.object({
  kind: z.enum(['changes', 'marquee', 'blink', 'animation']),
  selector: z.string(),
  html: z.string(),
  control: ControlSchema,
});
export type Moving = z.infer<typeof MovingSchema>;
export const MotionDataSchema = z.object({
  watchedMs: z.number(),
  /** Nothing could move by itself (see QUIET_SAMPLE): read at once instead of watched. */
  quiet: z.boolean().default(false),
  media: z.array(PlayedMediaSchema),
  /** Embedded players whose URL asks for autoplay (their state cannot be read across origins). */
  iframes: z.array(z.object({ selector: z.string(), src: z.string(), muted: z.boolean(), control: ControlSchema })),
  moving: z.array(MovingSchema),
  /** Media with the autoplay attribute that the headless browser had not started and the probe started. */
  startedByProbe: z.number(),
  screenshot: z.string().nullable(),
});
export type MotionData = z.infer<typeof MotionDataSchema>;

/**
 * Samples the page and tells whether it is quiet: no video or audio, no carousel-like block, no
 * fetch/XHR in flight, and nothing its scripts have scheduled (timers due within 10 s, intervals,
 * animation frames; the render-state script counts them). Nothing on such a page changes until
 * a visitor acts, so watching it would find what reading it now finds (running CSS animations
 * and <marquee> are read either way). A document without the render-state script is watched.
 */
const QUIET_SAMPLE = `(() => {
  const found = window.__tekserMotion.sample();
  const s = window.__tekserState ? window.__tekserState() : null;
  return found === 0 && s !== null && typeof s.scheduled === 'number' && s.scheduled === 0 && s.pendingFetches === 0;
})()`;

export const motionProbe: Probe<MotionData> = {
  id: 'motion',
  device: 'desktop',
  lane: 'watch',
  timeoutMs: 45_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 6 }),
  async run(page, _target, ctx) {
    await page.evaluate(MOTION_JS);
    const kicked = Number(await page.evaluate('window.__tekserMotion.kick()'));
    if (kicked > 0) await page.waitForTimeout(300);
    const quiet = (await page.evaluate(QUIET_SAMPLE)) === true;
    const started = Date.now();
    if (!quiet) await page.waitForTimeout(WATCH_MS);
    const raw = await evaluateJson(page, `window.__tekserMotion.compare(${JSON.stringify(ACCESSIBILITY_PATTERNS)})`);
    const watchedMs = Date.now() - started;
    const data = MotionDataSchema.omit({ screenshot: true, watchedMs: true, startedByProbe: true, quiet: true }).parse(raw);
    const active = data.media.some((m) => m.playing) || data.moving.length > 0;
    return { ...data, watchedMs, quiet, startedByProbe: kicked, screenshot: active ? await ctx.screenshot(page, 'motion') : null };
  },
};
