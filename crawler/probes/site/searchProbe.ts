/**
 * The search probe (A4-2.6): on each home page (kk, ru) it finds the site search form, types 25
 * characters to see how many the field keeps, takes a distinctive phrase from the text of a deep
 * crawled page, and — only when the form's method is GET — opens the results URL the form would
 * navigate to (a GET navigation on the audited site's hosts; a POST form is never submitted, a
 * form leading to another host is not followed). On the results page it reads
 * whether the query is still in the field, whether the deep page is among the results, and the
 * signs of advanced search (filters by section, type or date).
 */
import { z } from 'zod';
import { isHtmlPage } from '../../extract/toPageRecord.ts';
import type { PageRecord, Snapshot } from '../../snapshot/schema.ts';
import type { Probe } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';
import { FIND_SEARCH_FORM_JS, READ_RESULTS_JS, SEARCH_URL_JS } from './searchInPage.ts';

export const SEARCH_PROBE_ID = 'site-search';
/** How many characters are typed to test the field's capacity. */
export const TYPED_CHARS = 25;

export const SearchProbeDataSchema = z.object({
  formFound: z.boolean(),
  method: z.string().nullable(),
  action: z.string().nullable(),
  formSelector: z.string().nullable(),
  maxLengthAttr: z.number().nullable(),
  /** How many of TYPED_CHARS typed characters the field kept. */
  typedKept: z.number().nullable(),
  /** Why typing into the field failed, when it did. */
  typingError: z.string().nullable().optional(),
  phrase: z.string().nullable(),
  deepPageUrl: z.string().nullable(),
  submitted: z.boolean(),
  notSubmittedReason: z.string().nullable(),
  resultsUrl: z.string().nullable(),
  resultsStatus: z.number().nullable(),
  /** The results came on another page than the one with the form. */
  separatePage: z.boolean(),
  queryKept: z.boolean(),
  deepPageFound: z.boolean(),
  resultLinkCount: z.number(),
  advancedSigns: z.array(z.string()),
});
export type SearchProbeData = z.infer<typeof SearchProbeDataSchema>;

const stripHash = (u: string) => u.split('#')[0] ?? u;

/** A phrase of 2–3 words from a line of the deep page's own text that the home page does not show. */
export function distinctivePhrase(deep: PageRecord, others: readonly PageRecord[]): string | null {
  const common = new Set(others.flatMap((p) => p.text.split('\n').map((l) => l.trim())));
  const lines = deep.text.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 5 && !common.has(l) && !/\d{2}[.:]\d{2}/.test(l));
  for (const line of lines) {
    const words = line.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w.length >= 4);
    if (words.length < 3) continue;
    const phrase = words.slice(1, 3).join(' ');
    if (!others.some((p) => p.text.toLowerCase().includes(phrase.toLowerCase()))) return phrase;
  }
  return null;
}

/** The deepest page of the language reached by links (not the home page, not a search page). */
export function deepPageFor(snapshot: Snapshot, lang: string, homeUrl: string): PageRecord | null {
  const pages = snapshot.pages
    .filter((p) => p.device === 'desktop' && p.lang === lang && isHtmlPage(p) && p.discoveredVia === 'link' && p.finalUrl !== homeUrl && !/search|izdeu|poisk/i.test(p.finalUrl))
    .sort((a, b) => b.crawlLevel - a.crawlLevel || b.textLength - a.textLength || a.finalUrl.localeCompare(b.finalUrl));
  return pages[0] ?? null;
}

const empty = (): SearchProbeData => ({
  formFound: false, method: null, action: null, formSelector: null, maxLengthAttr: null, typedKept: null, phrase: null, deepPageUrl: null,
  submitted: false, notSubmittedReason: null, resultsUrl: null, resultsStatus: null, separatePage: false, queryKept: false, deepPageFound: false,
  resultLinkCount: 0, advancedSigns: [],
});

export const searchProbe: Probe<SearchProbeData> = {
  id: SEARCH_PROBE_ID,
  device: 'desktop',
  timeoutMs: 60_000,
  targets: (snapshot) => homeTargets(snapshot, ['kk', 'ru']),
  async run(page, target, ctx) {
    const data = empty();
    const form = (await page.evaluate(FIND_SEARCH_FORM_JS)) as { action: string; method: string; fieldName: string | null; maxLengthAttr: number | null; selector: string } | null;
    if (!form) return { ...data, notSubmittedReason: 'no search form on the page' };
    Object.assign(data, { formFound: true, method: form.method, action: form.action, formSelector: form.selector, maxLengthAttr: form.maxLengthAttr });
    const field = page.locator('[data-tekser-q]').first();
    try {
      // Generous timeouts: one key press is a round trip, slow on a loaded machine.
      await field.fill('', { timeout: 20_000 });
      await field.pressSequentially('a'.repeat(TYPED_CHARS), { delay: 0, timeout: 30_000 });
      data.typedKept = (await field.inputValue()).length;
    } catch (err) {
      data.typedKept = null;
      data.typingError = (err as Error).message.split('\n')[0] ?? 'typing failed';
    }
    const home = target.page ?? ctx.snapshot.pages.find((p) => p.finalUrl === target.url) ?? null;
    const deep = deepPageFor(ctx.snapshot, target.lang ?? '', target.url);
    if (deep) {
      data.deepPageUrl = deep.finalUrl;
      data.phrase = distinctivePhrase(deep, home ? [home] : []);
    }
    if (form.method !== 'get') return { ...data, notSubmittedReason: `the form's method is ${form.method.toUpperCase()}; the tool never submits such a form` };
    if (!data.phrase) return { ...data, notSubmittedReason: 'no deep page with a distinctive phrase to search for' };
    const url = (await page.evaluate(`${SEARCH_URL_JS}(${JSON.stringify(data.phrase)})`)) as string | null;
    if (!url) return { ...data, notSubmittedReason: 'the search URL could not be built from the form' };
    if (!ctx.snapshot.site.scope.hosts.includes(new URL(url).host)) return { ...data, notSubmittedReason: `the search form leads to another host (${new URL(url).host}); the tool only searches the audited site` };
    const rendered = await ctx.render(page, url);
    data.submitted = true;
    data.resultsUrl = rendered.finalUrl || url;
    data.resultsStatus = rendered.status ?? null;
    data.separatePage = stripHash(data.resultsUrl) !== stripHash(target.url);
    const read = (await page.evaluate(READ_RESULTS_JS)) as { values: string[]; links: string[]; signs: string[] };
    const phrase = data.phrase.toLowerCase();
    data.queryKept = read.values.some((v) => v.toLowerCase().includes(phrase));
    const deepKeys = new Set([deep?.url, deep?.finalUrl].filter((u): u is string => !!u).map((u) => stripHash(u).replace(/\/$/, '')));
    data.deepPageFound = read.links.some((l) => deepKeys.has(stripHash(l).replace(/\/$/, '')));
    data.resultLinkCount = read.links.length;
    data.advancedSigns = read.signs;
    return data;
  },
};
