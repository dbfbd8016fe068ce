import { describe, expect, it } from 'vitest';
import { combineCommittees, committeeScoresFromReport, parseCommitteeSpec, parseCommitteesFile } from '../../rules/committees.ts';

const BODY = { accessibility: 4, completeness: 8, mobile: 3 };

describe('committees (paras 15–17)', () => {
  it('form 1: the body A and C are the means with the committee; M is the body own', () => {
    const r = combineCommittees(BODY, [{ url: 'https://salyk.gov.kz', form: 1, accessibility: 3, completeness: 6 }]);
    expect(r).toMatchObject({ accessibility: 3.5, completeness: 7, mobile: 3, total: 13.5 });
    expect(r.text).toContain('A = (4 + 3) / 2 = 3.5');
  });

  it('forms 2 and 3: only C is averaged; A stays the body own', () => {
    const r = combineCommittees(BODY, [
      { url: 'https://aerospace.mid.gov.kz/ru', form: 2, accessibility: 1, completeness: 5 },
      { url: 'https://www.gov.kz/memleket/entities/kgd', form: 3, accessibility: 0, completeness: 6.5 },
    ]);
    expect(r.accessibility).toBe(4);
    expect(r.completeness).toBe(6.5); // (8 + 5 + 6.5) / 3
    expect(r.mobile).toBe(3);
  });

  it('mixed forms: A over the body and form-1 committees, C over all', () => {
    const r = combineCommittees(BODY, [
      { url: 'https://a.gov.kz', form: 1, accessibility: 2, completeness: 9 },
      { url: 'https://b.mid.gov.kz', form: 2, accessibility: 5, completeness: 4 },
    ]);
    expect(r.accessibilityFrom).toEqual([4, 2]);
    expect(r.accessibility).toBe(3);
    expect(r.completeness).toBe(7);
  });

  it('no committees: the body own scores', () => {
    expect(combineCommittees(BODY, [])).toMatchObject({ accessibility: 4, completeness: 8, mobile: 3, total: 15 });
  });

  it('parses --committee URL=form', () => {
    expect(parseCommitteeSpec('https://salyk.gov.kz=1')).toEqual({ url: 'https://salyk.gov.kz', form: 1 });
    expect(parseCommitteeSpec('https://www.gov.kz/memleket/entities/kgd?lang=ru=3')).toEqual({ url: 'https://www.gov.kz/memleket/entities/kgd?lang=ru', form: 3 });
    expect(() => parseCommitteeSpec('https://salyk.gov.kz')).toThrow(/URL=form/);
    expect(() => parseCommitteeSpec('https://salyk.gov.kz=4')).toThrow(/1, 2 or 3/);
    expect(() => parseCommitteeSpec('salyk=1')).toThrow(/not a URL/);
  });

  it('parses a committees file and a committee report', () => {
    const entries = parseCommitteesFile(JSON.stringify([{ url: 'https://salyk.gov.kz', form: 1, reportPath: 'salyk/report.json' }]));
    expect(entries).toEqual([{ url: 'https://salyk.gov.kz', form: 1, reportPath: 'salyk/report.json' }]);
    expect(() => parseCommitteesFile('[{"url":"https://x.gov.kz","form":5,"reportPath":"r.json"}]')).toThrow(/form/);
    expect(() => parseCommitteesFile('{')).toThrow(/not valid JSON/);
    expect(committeeScoresFromReport({ scores: { accessibility: 2, completeness: 6, mobile: 1, total: 9 } })).toEqual({ accessibility: 2, completeness: 6, mobile: 1 });
    expect(() => committeeScoresFromReport({})).toThrow(/not a Tekser report/);
  });
});
