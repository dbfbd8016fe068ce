import { describe, expect, it } from 'vitest';
import { coefficientOfKind, mobileCoefficient } from '../../rules/mobile/mobileCoefficient.ts';
import { HOME, mobileProbe, snapshot } from './snapshotBuilder.ts';

const run = (probes: ReturnType<typeof mobileProbe>[]) => mobileCoefficient(snapshot({ site: { mobile: probes } }));

describe('mobile coefficient k', () => {
  it('is 5 for a redirect or a responsive page, 3 for a link, 0 for none', () => {
    expect(coefficientOfKind('redirect')).toBe(5);
    expect(coefficientOfKind('responsive')).toBe(5);
    expect(coefficientOfKind('link')).toBe(3);
    expect(coefficientOfKind('none')).toBe(0);
    expect(run([mobileProbe({ kind: 'redirect', finalUrl: 'https://m.example.gov.kz/kk', mobileHomeUrl: 'https://m.example.gov.kz/kk', linkBack: { url: `${HOME}/kk`, text: 'Толық нұсқа' } })])).toMatchObject({ k: 5, linkPenalty: 0, probed: true });
    expect(run([mobileProbe({ kind: 'responsive' })])).toMatchObject({ k: 5, linkPenalty: 0 });
    expect(run([mobileProbe({ kind: 'link', mobileLink: { url: 'https://m.example.gov.kz', text: 'Мобильная версия' }, mobileHomeUrl: 'https://m.example.gov.kz', linkBack: { url: HOME, text: 'Полная версия' } })])).toMatchObject({ k: 3, linkPenalty: 0 });
    expect(run([mobileProbe({ kind: 'none', viewportMeta: null, scrollWidths: [{ width: 360, scrollWidth: 1200 }] })])).toMatchObject({ k: 0, linkPenalty: 0 });
  });

  it('charges the link penalty when a separate mobile version has no link back', () => {
    const result = run([mobileProbe({ kind: 'redirect', mobileHomeUrl: 'https://m.example.gov.kz/kk', linkBack: null })]);
    expect(result).toMatchObject({ k: 5, linkPenalty: 1 });
    expect(result.evidence.some((e) => /Link penalty 1/.test(e.label) && e.url === 'https://m.example.gov.kz/kk')).toBe(true);
  });

  it('no penalty for a responsive site (no separate mobile version)', () => {
    expect(run([mobileProbe({ kind: 'responsive', linkBack: null, mobileHomeUrl: null })]).linkPenalty).toBe(0);
  });

  it('takes the best k when the language versions disagree, and says so', () => {
    const result = run([mobileProbe({ lang: 'kk', kind: 'none' }), mobileProbe({ lang: 'ru', kind: 'responsive', requestedUrl: `${HOME}/ru`, finalUrl: `${HOME}/ru` })]);
    expect(result.k).toBe(5);
    expect(result.evidence.some((e) => /disagree.*start language \(kk\) gives k = 0, the best k = 5/.test(e.label))).toBe(true);
  });

  it('is 0 when the snapshot has no probe', () => {
    expect(run([])).toMatchObject({ k: 0, linkPenalty: 0, probed: false });
  });

  it('shows the measured widths as evidence', () => {
    const result = run([mobileProbe({ kind: 'none', scrollWidths: [{ width: 360, scrollWidth: 980 }] })]);
    expect(result.evidence.find((e) => /360 px phone \(scrolls horizontally\)/.test(e.label))?.value).toBe(980);
  });
});
