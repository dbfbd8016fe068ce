import { describe, expect, it } from 'vitest';
import { findDates } from '../../crawler/extract/datesInText.ts';

describe('findDates', () => {
  it('reads numeric dates', () => {
    expect(findDates('Жарияланды: 12.11.2026 10:15').map((d) => d.iso)).toEqual(['2026-11-12']);
    expect(findDates('Updated 2026-03-01').map((d) => d.iso)).toEqual(['2026-03-01']);
  });
  it('reads Russian dates with month names', () => {
    expect(findDates('Опубликовано 5 ноября 2026 г.').map((d) => d.iso)).toEqual(['2026-11-05']);
  });
  it('reads Kazakh dates with case endings', () => {
    expect(findDates('2026 жылғы 12 қарашадағы № 45 қаулысы').map((d) => d.iso)).toEqual(['2026-11-12']);
    expect(findDates('Жаңарту: 3 желтоқсан 2025').map((d) => d.iso)).toEqual(['2025-12-03']);
  });
  it('reads English dates', () => {
    expect(findDates('Published November 12, 2026').map((d) => d.iso)).toEqual(['2026-11-12']);
  });
  it('ignores impossible dates and phone-like numbers', () => {
    expect(findDates('31.02.2026 and 8 (7172) 74 11 11')).toEqual([]);
  });
  it('keeps context and order', () => {
    const found = findDates('Бірінші 01.01.2026, екінші 2 ақпан 2026');
    expect(found.map((d) => d.iso)).toEqual(['2026-01-01', '2026-02-02']);
    expect(found[0]?.context).toContain('Бірінші');
  });
});
