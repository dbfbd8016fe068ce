/** A4-2.10 (hyperlinks), A4-4.1 (feedback), A4-4.3 (FAQ), A4-4.4 (English version) on hand-made snapshots. */
import { describe, expect, it } from 'vitest';
import type { LinkRecord, PageRecord } from '../../crawler/snapshot/schema.ts';
import { runEnglishVersion } from '../../rules/annex4/structure/englishVersionRule.ts';
import { runFaq } from '../../rules/annex4/structure/faqRule.ts';
import { runFeedback } from '../../rules/annex4/structure/feedbackRule.ts';
import { runHyperlinks } from '../../rules/annex4/structure/hyperlinksRule.ts';
import { HOME, check, link, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const EXT_OK = link({ url: 'https://egov.kz/', text: 'Электронное правительство (откроется в новом окне)', target: '_blank' });
function pair(slug: string, over: { switchTo?: string; ext?: LinkRecord[]; extra?: LinkRecord[] } = {}): PageRecord[] {
  return [
    page({ url: `${HOME}/kk/${slug}`, lang: 'kk', links: [link({ url: over.switchTo ?? `${HOME}/ru/${slug}`, text: 'РУС', switchesTo: 'ru' }), ...(over.ext ?? [EXT_OK]), ...(over.extra ?? [])] }),
    page({ url: `${HOME}/ru/${slug}`, lang: 'ru', links: [link({ url: `${HOME}/kk/${slug}`, text: 'ҚАЗ', switchesTo: 'kk' }), ...(over.ext ?? [EXT_OK])] }),
  ];
}
const counterparts = (slugs: string[]) => Object.fromEntries(slugs.flatMap((s) => [[`${HOME}/kk/${s}`, { ru: `${HOME}/ru/${s}` }], [`${HOME}/ru/${s}`, { kk: `${HOME}/kk/${s}` }]]));

describe('A4-2.10 hyperlinks', () => {
  it('no broken links, switch to the same page, external links in a new tab with notice → 0.6; unreachable hosts are not broken', () => {
    const probes = [probeRecord({ probe: 'site-link-check', url: `${HOME}/kk`, data: { skipped: 0, checked: [
      { url: 'https://egov.kz/', finalUrl: 'https://egov.kz/', internal: false, status: null, errorCode: 'dns', error: 'ENOTFOUND', from: `${HOME}/kk/a`, text: 'egov', selector: 'a' },
      { url: `${HOME}/kk/b`, finalUrl: `${HOME}/kk/b`, internal: true, status: 200, errorCode: null, error: null, from: `${HOME}/kk/a`, text: 'b', selector: 'a' },
    ] } })];
    const [r] = runHyperlinks(snapshot({ pages: [...pair('a'), ...pair('c')], probes, site: { counterparts: counterparts(['a', 'c']) } }));
    expect(r).toMatchObject({ id: 'A4-2.10', points: 0.6, status: 'pass' });
  });

  it('(1) a 404 link, a soft 404 and an under-construction page; −0.2 once', () => {
    const broken = link({ url: `${HOME}/kk/gone`, text: 'Gone' });
    const building = page({ url: `${HOME}/ru/building`, text: 'Меню\nРаздел в разработке\n', lang: 'ru' });
    const probes = [probeRecord({ probe: 'site-link-check', url: `${HOME}/kk`, data: { skipped: 0, checked: [{ url: `${HOME}/kk/gone`, finalUrl: `${HOME}/kk/gone`, internal: true, status: 404, errorCode: null, error: null, from: `${HOME}/kk/a`, text: 'Gone', selector: '#g' }] } })];
    const [r] = runHyperlinks(snapshot({ pages: [...pair('a', { extra: [broken] }), building], probes, site: { counterparts: counterparts(['a']) } }));
    expect(r?.points).toBe(0.4);
    expect(r?.deductions[0]?.reason).toMatch(/^\(1\).*1 inactive link\(s\), 1 unused page/);
    expect(r?.evidence.some((e) => e.url === `${HOME}/kk/gone` && e.selector === '#g')).toBe(true);
  });

  it('(1) broken document checks count; an external 403 does not', () => {
    const doc = link({ url: `${HOME}/files/x.pdf`, text: 'x' });
    const ext = link({ url: 'https://other.kz/', text: 'Other (в новом окне)', target: '_blank' });
    const [r] = runHyperlinks(snapshot({
      pages: pair('a', { extra: [doc, ext] }),
      checks: [check({ url: `${HOME}/files/x.pdf`, purpose: 'document', status: 404 })],
      probes: [probeRecord({ probe: 'site-link-check', url: `${HOME}/kk`, data: { skipped: 0, checked: [{ url: 'https://other.kz/', finalUrl: 'https://other.kz/', internal: false, status: 403, errorCode: null, error: null, from: `${HOME}/kk/a`, text: 'Other', selector: 'a' }] } })],
      site: { counterparts: counterparts(['a']) },
    }));
    expect(r?.deductions.map((d) => d.reason)).toEqual([expect.stringMatching(/^\(1\).*1 inactive link/)]);
  });

  it('(2) the switch to the other language\'s home page fails', () => {
    const pages = [...pair('a', { switchTo: `${HOME}/ru` }), ...pair('c', { switchTo: `${HOME}/ru` }), page({ url: `${HOME}/ru`, lang: 'ru' })];
    const [r] = runHyperlinks(snapshot({ pages, site: { counterparts: counterparts(['a', 'c']), languages: [{ lang: 'kk', homeUrl: `${HOME}/kk`, source: 'start' }, { lang: 'ru', homeUrl: `${HOME}/ru`, source: 'switcher' }] } }));
    expect(r?.points).toBe(0.4);
    expect(r?.deductions[0]?.reason).toMatch(/^\(2\).*2 of 4.*home page/);
  });

  it('(3) same tab, or a new tab without notice, fails', () => {
    const sameTab = link({ url: 'https://egov.kz/', text: 'Электронное правительство' });
    const silent = link({ url: 'https://akorda.kz/', text: 'Акорда', target: '_blank' });
    const [r] = runHyperlinks(snapshot({ pages: pair('a', { ext: [sameTab, silent] }), site: { counterparts: counterparts(['a']) } }));
    expect(r?.points).toBe(0.4);
    expect(r?.deductions[0]?.reason).toMatch(/^\(3\).*2 of 2/);
    const titled = link({ url: 'https://akorda.kz/', text: 'Акорда', target: '_blank', title: 'Жаңа терезеде ашылады' });
    expect(runHyperlinks(snapshot({ pages: pair('a', { ext: [titled] }), site: { counterparts: counterparts(['a']) } }))[0]?.points).toBe(0.6);
  });
});

const form = (fields: { tag: string; name: string }[], isSearch = false) => ({
  action: `${HOME}/ru/feedback`, method: 'post', isSearch, selector: 'form',
  fields: fields.map((f) => ({ tag: f.tag, type: f.tag === 'input' ? 'text' : null, name: f.name, id: null, label: null, placeholder: null, maxLength: null, required: true, selector: `[name=${f.name}]` })),
});

describe('A4-4.1 feedback', () => {
  it('a form with a message field → 0.3', () => {
    expect(runFeedback(snapshot({ pages: [page({ url: `${HOME}/ru/feedback`, forms: [form([{ tag: 'input', name: 'name' }, { tag: 'textarea', name: 'message' }])] })] }))[0]).toMatchObject({ points: 0.3, status: 'pass' });
  });
  it('a link to eOtinish counts', () => {
    expect(runFeedback(snapshot({ pages: [page({ url: `${HOME}/ru`, links: [link({ url: 'https://eotinish.kz/', text: 'Подать обращение' })] })] }))[0]?.points).toBe(0.3);
  });
  it('only a search form → 0; a feedback link to an uncrawled page → not checked', () => {
    expect(runFeedback(snapshot({ pages: [page({ url: `${HOME}/ru`, forms: [form([{ tag: 'input', name: 'q' }], true)] })] }))[0]).toMatchObject({ points: 0, status: 'fail' });
    expect(runFeedback(snapshot({ pages: [page({ url: `${HOME}/ru`, links: [link({ url: `${HOME}/ru/feedback`, text: 'Обратная связь' })] })] }))[0]?.status).toBe('not-checked');
  });
});

describe('A4-4.3 FAQ', () => {
  const faq = (text: string) => page({ url: `${HOME}/ru/faq`, title: 'Часто задаваемые вопросы', text });
  it('an FAQ page with questions and answers → 0.3', () => {
    expect(runFaq(snapshot({ pages: [faq('Как получить справку?\nЧерез портал egov.kz.\nГде подать обращение?\nНа eotinish.kz.')] }))[0]).toMatchObject({ points: 0.3, status: 'pass' });
  });
  it('an FAQ page without questions, or none → 0', () => {
    expect(runFaq(snapshot({ pages: [faq('Раздел наполняется')] }))[0]).toMatchObject({ points: 0, status: 'fail' });
    expect(runFaq(snapshot({ pages: [page({ url: `${HOME}/ru/about` })] }))[0]?.deductions[0]?.reason).toBe('No FAQ section found');
  });
});

describe('A4-4.4 English version', () => {
  const en = (slug: string, text = 'Public procurement plan for the year') => page({ url: `${HOME}/en/${slug}`, lang: 'en', title: 'Official site', text, links: [link({ url: `${HOME}/en/about`, text: 'About', regions: ['nav'] })] });
  const ru = (slug: string) => page({ url: `${HOME}/ru/${slug}`, lang: 'ru', text: 'План закупок' });
  const languages = [{ lang: 'ru' as const, homeUrl: `${HOME}/ru`, source: 'start' as const }, { lang: 'en' as const, homeUrl: `${HOME}/en`, source: 'switcher' as const }];
  const cp = (slugs: string[]) => Object.fromEntries(slugs.map((s) => [`${HOME}/ru/${s}`, { en: `${HOME}/en/${s}` }]));
  it('every material translated → 0.5', () => {
    const [r] = runEnglishVersion(snapshot({ pages: [ru('news/1'), ru('about'), en('news/1'), en('about')], site: { languages, counterparts: cp(['news/1', 'about']) } }));
    expect(r).toMatchObject({ id: 'A4-4.4', points: 0.5, status: 'pass' });
  });
  it('interface and news translated but not every material → 0.25', () => {
    const gone = page({ url: `${HOME}/en/about`, lang: 'en', status: 404 });
    const [r] = runEnglishVersion(snapshot({ pages: [ru('news/1'), ru('about'), en('news/1'), en('home'), gone], site: { languages, counterparts: cp(['news/1']) } }));
    expect(r).toMatchObject({ points: 0.25, status: 'partial' });
  });
  it('a material whose English page was not crawled is left out of the share', () => {
    const [r] = runEnglishVersion(snapshot({ pages: [ru('news/1'), ru('about'), en('news/1'), en('home')], site: { languages, counterparts: cp(['news/1']) } }));
    expect(r?.points).toBe(0.5);
    expect(r?.evidence.some((e) => /did not reach/.test(e.label))).toBe(true);
  });
  it('an "English" page in Russian is not a translation; only the home page → 0', () => {
    const [r] = runEnglishVersion(snapshot({ pages: [ru('news/1'), en('news/1', 'План закупок на год'), en('home')], site: { languages, counterparts: cp(['news/1']) } }));
    expect(r?.points).toBe(0);
    expect(r?.evidence.some((e) => /text is not English/.test(e.label))).toBe(true);
  });
  it('no English version → 0', () => {
    expect(runEnglishVersion(snapshot({ pages: [ru('about')] }))[0]).toMatchObject({ points: 0, status: 'fail' });
  });
});
