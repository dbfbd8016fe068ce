/**
 * report.html in Chromium: the scores shown are report.json's, filters and deep links work, a
 * verdict set in the page is exported and `tekser rescore` applies it, a hostile site renders
 * inert, and opening the report makes no request but for the file itself (and its own screenshots).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ReportSchema } from '../../reports/reportSchema.ts';
import { generateReport, hostileSnapshot, ordinarySnapshot, removeGeneratedReports, XSS, type GeneratedReport } from './reportInputs.ts';

const REPO = new URL('../..', import.meta.url).pathname;
let ordinary: GeneratedReport;
let hostile: GeneratedReport;

test.beforeAll(async () => {
  ordinary = await generateReport(ordinarySnapshot());
  hostile = await generateReport(hostileSnapshot(), {
    // A rule reporting a javascript: link as evidence (as a link checker would): it must stay text.
    mutate: (report) => ({
      ...report,
      deficiencies: [...report.deficiencies, { indicator: 'C', reason: `Broken link ${XSS.attr}`, evidence: [{ kind: 'page', label: XSS.script, url: XSS.jsUrl }] }],
    }),
  });
});

test.afterAll(() => removeGeneratedReports());

function open(page: Page, report: GeneratedReport, hash = ''): Promise<unknown> {
  return page.goto(`${pathToFileURL(report.html).href}${hash}`);
}

test('the scores and every row shown equal report.json', async ({ page }) => {
  await open(page, ordinary);
  const s = ordinary.report.scores;
  for (const [key, value] of Object.entries({ accessibility: s.accessibility, completeness: s.completeness, mobile: s.mobile, total: s.total })) {
    await expect(page.locator(`.score[data-score="${key}"] .num`)).toHaveText(String(value));
  }
  const cards = page.locator('article.ind');
  await expect(cards).toHaveCount(ordinary.report.indicators.length);
  const shown = await cards.evaluateAll((els) => els.map((el) => [el.id, el.querySelector('.points')?.textContent, el.querySelector('.max')?.textContent, el.getAttribute('data-status')]));
  expect(shown).toEqual(ordinary.report.indicators.map((i) => [i.lang ? `${i.id}-${i.lang}` : i.id, String(i.points), String(i.max), i.status]));
  // Annex 5 sections: kk and ru side by side.
  await expect(page.locator('section.pair#A5-1\\.1 .cols > article')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.depth')).toHaveCount(2);
  await expect(page.locator('.depth[data-lang="kk"] .bar[data-depth="2"]')).toHaveAttribute('data-count', '5');
});

test('filters, search and deep links', async ({ page }) => {
  await open(page, ordinary);
  const visible = () => page.locator('article.ind:not(.hidden)');
  const rows = ordinary.report.indicators;
  await page.locator('#f-failed').check();
  await expect(visible()).toHaveCount(rows.filter((r) => r.status === 'fail' || r.status === 'partial').length);
  await expect(page.locator('article.ind.st-pass:not(.hidden)')).toHaveCount(0);
  await page.locator('#f-failed').uncheck();
  await page.locator('#f-annex').selectOption('4');
  await expect(visible()).toHaveCount(rows.filter((r) => r.id.startsWith('A4-')).length);
  await page.locator('#f-annex').selectOption('');
  await page.locator('#f-lang').selectOption('kk');
  await expect(visible()).toHaveCount(rows.filter((r) => r.lang === 'kk').length);
  await expect(page.locator('#annex-4')).toBeHidden();
  await page.locator('#f-lang').selectOption('');
  await page.locator('#f-search').fill('A4-2.5');
  await expect(visible()).toHaveCount(1);
  await expect(page.locator('#f-count')).toHaveText('1');
  // A deep link to a row the filters hide clears the filters and shows it.
  await page.evaluate(() => { location.hash = '#A4-2.12'; });
  await expect(page.locator('#A4-2\\.12')).toBeVisible();
  await expect(page.locator('#A4-2\\.12')).toHaveClass(/targeted/);
  await expect(page.locator('#f-search')).toHaveValue('');

  const fresh = await page.context().newPage();
  await open(fresh, ordinary, '#A5-1.3-ru');
  await expect(fresh.locator('#A5-1\\.3-ru')).toBeInViewport();
  await expect(fresh.locator('#A5-1\\.3-ru')).toHaveClass(/targeted/);
});

test('a verdict set in the page is exported and tekser rescore applies it', async ({ page }) => {
  await open(page, ordinary);
  const before = ordinary.report;
  const row = before.indicators.find((i) => i.id === 'A4-1.1');
  if (!row) throw new Error('the report has no A4-1.1 row');
  expect(row.kind).toBe('manual');
  const form = page.locator('#A4-1\\.1 .vform');
  await form.locator('.v-outcome').selectOption('points');
  await form.locator('.v-points').fill('0.5');
  await form.locator('.v-reason').fill('Found 3rd in Yandex, 15th in Google');
  // Without a name the export is refused.
  await page.locator('#v-export').click();
  await expect(page.locator('#v-error')).toBeVisible();
  await page.locator('#v-reviewer').fill('Aigerim S.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#v-export').click()]);
  const verdictsPath = join(ordinary.dir, 'verdicts.json');
  await download.saveAs(verdictsPath);
  const file = JSON.parse(readFileSync(verdictsPath, 'utf8'));
  expect(file).toMatchObject({ format: 'tekser-verdicts', version: 1, report: { url: before.site.url, auditedAt: before.auditedAt } });
  expect(file.verdicts).toEqual([expect.objectContaining({ id: 'A4-1.1', lang: null, points: 0.5, reviewer: 'Aigerim S.' })]);

  execFileSync(process.execPath, [join(REPO, 'cli/tekser.js'), 'rescore', join(ordinary.dir, 'report.json'), '--verdicts', verdictsPath], { cwd: REPO, stdio: 'pipe', env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'FORCE_COLOR')), NO_COLOR: '1' } });
  const after = ReportSchema.parse(JSON.parse(readFileSync(join(ordinary.dir, 'report.json'), 'utf8')));
  // A = Annex 4 sum / 10 × 5: the row going from its tool points to 0.5 moves A and the total by (0.5 − tool) / 10 × 5.
  const delta = ((0.5 - row.points) / 10) * 5;
  expect(after.scores.accessibility).toBeCloseTo(before.scores.accessibility + delta, 3);
  expect(after.scores.total).toBeCloseTo(before.scores.total + delta, 3);
  expect(after.formula.accessibility.annexSum).toBeCloseTo(before.formula.accessibility.annexSum + 0.5 - row.points, 3);
  expect(after.indicators.find((i) => i.id === 'A4-1.1')).toMatchObject({ points: 0.5, status: 'partial', verdict: { reviewer: 'Aigerim S.', tool: { status: row.status, points: row.points } } });
  expect(after.review).toMatchObject({ verdicts: 1, reviewers: ['Aigerim S.'] });

  await page.reload();
  await expect(page.locator('.score[data-score="total"] .num')).toHaveText(String(after.scores.total));
  // The reviewer's work in progress survived the reload (kept in the browser for this audit).
  await expect(page.locator('#v-reviewer')).toHaveValue('Aigerim S.');
  await expect(form.locator('.v-points')).toHaveValue('0.5');
  await expect(form.locator('.v-reason')).toHaveValue('Found 3rd in Yandex, 15th in Google');
  const card = page.locator('#A4-1\\.1');
  await expect(card.locator('.verdict')).toContainText('Aigerim S.');
  await expect(card.locator('.verdict')).toContainText('Found 3rd in Yandex');
  await expect(page.locator('#needs-reviewer')).not.toContainText('A4-1.1 ');
});

test('a hostile site renders inert: no dialog, no script, text shown literally', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const file of [hostile.html, join(hostile.dir, 'report-conclusion.html')]) {
    await page.goto(pathToFileURL(file).href);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[onerror], [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  }
  await page.goto(pathToFileURL(hostile.html).href);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // Only the report's own script element exists.
  await expect(page.locator('script')).toHaveCount(1);
  const text = await page.locator('body').innerText();
  expect(text).toContain(XSS.script);
  expect(text).toContain(XSS.attr);
  expect(text).toContain(XSS.closeScript);
  expect(text).toContain(XSS.jsUrl);
  // axe's node HTML (with the payloads in its attributes) is shown as code, not markup.
  await expect(page.locator('#A4-3\\.1 pre code').first()).toContainText(`<img src="${XSS.jsUrl}" title="${XSS.attr}">`);
  // The page still works (the report's script ran).
  await page.locator('#f-search').fill('A4-2.5');
  await expect(page.locator('article.ind:not(.hidden)')).toHaveCount(1);
});

test('opening the report makes no request but for the file itself and its screenshots', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await open(page, ordinary);
  // Scroll the screenshot into view so that its lazy image loads.
  const thumb = page.locator('a.thumb img').first();
  await thumb.scrollIntoViewIfNeeded();
  await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
  // The thumbnail opens large over the page, and closes on a click.
  await page.locator('a.thumb').first().click();
  await expect(page.locator('#lightbox')).toBeVisible();
  await expect.poll(() => page.locator('#lightbox img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
  await page.locator('#lightbox').click();
  await expect(page.locator('#lightbox')).toBeHidden();
  await page.locator('#f-failed').check();
  await page.goto(pathToFileURL(join(ordinary.dir, 'report-conclusion.html')).href);
  const dir = pathToFileURL(ordinary.dir).href;
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(url.startsWith(`${dir}/report`) || url.startsWith(`${dir}/snapshot/screenshots/`), url).toBe(true);
  expect(requests).toContain(`${dir}/snapshot/screenshots/start.png`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
});

test('prints cleanly: no controls on paper, and a PDF can be saved', async ({ page }) => {
  await open(page, ordinary);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('.vform').first()).toBeHidden();
  await expect(page.locator('#verdicts')).toBeHidden();
  await expect(page.locator('.score[data-score="total"]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the report speaks Kazakh and English when asked', async ({ page }) => {
  for (const [lang, word] of [['kk', 'Қолжетімділік'], ['en', 'Accessibility']] as const) {
    const generated = await generateReport(ordinarySnapshot(), { lang });
    await page.goto(pathToFileURL(generated.html).href);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.score[data-score="accessibility"]')).toContainText(word);
    const a41 = generated.report.indicators.find((i) => i.id === 'A4-1.1');
    await expect(page.locator('#A4-1\\.1 h3')).toHaveText(a41?.title[lang] ?? '');
  }
});
