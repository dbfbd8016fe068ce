/** report.csv (RFC 4180, BOM, CRLF, formula-safe) and report.xlsx (read back with exceljs) hold the report's rows. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/buildReport.ts';
import type { Report } from '../../reports/reportSchema.ts';
import { csvField, renderCsv } from '../../reports/tables/renderCsv.ts';
import { renderXlsx } from '../../reports/tables/renderXlsx.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { ordinarySnapshot } from '../e2e/reportInputs.ts';

function report(): Report {
  const snap = ordinarySnapshot();
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
  const r = buildReport(snap, results, scores, { mobile, deficiencies, period: '2025-H2' });
  // A row with text that needs quoting and an element to fix, as a rule could report them.
  const first = r.indicators[0]!;
  r.indicators[0] = {
    ...first,
    status: 'partial',
    deductions: [{ reason: 'Title "Главная", with a comma\nand a line', points: 0.1 }],
    evidence: [{ kind: 'element', label: '=HYPERLINK("http://evil")', url: 'https://www.example.gov.kz/kk/a', selector: 'img.logo', html: '<img src="logo.png">' }],
  };
  r.deficiencies = [{ indicator: 'C', reason: 'Устаревший акт', type: 'outdated-act', lang: 'ru', section: 'A5-1.4', evidence: [{ kind: 'page', label: 'act', url: 'https://www.example.gov.kz/ru/act' }] }];
  return r;
}

/** A small RFC 4180 reader, to check that what we write reads back exactly. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

describe('report.csv', () => {
  it('starts with a BOM, ends lines with CRLF and reads back to the indicator rows', () => {
    const r = report();
    const csv = renderCsv(r, { lang: 'ru' });
    expect(csv.startsWith('\uFEFFНомер,Название,Язык')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(r.indicators.length + 1);
    expect(rows.every((row) => row.length === 11)).toBe(true);
    const first = rows[1]!;
    expect(first[0]).toBe(r.indicators[0]!.id);
    expect(first[5]).toBe(String(r.indicators[0]!.points));
    expect(first[6]).toBe('частично');
    expect(first[8]).toBe('−0.1: Title "Главная", with a comma\nand a line');
    expect(first[9]).toBe('https://www.example.gov.kz/kk/a');
    const byId = new Map(rows.slice(1).map((row) => [`${row[0]}|${row[2]}`, row]));
    for (const i of r.indicators) expect(byId.get(`${i.id}|${i.lang ?? ''}`)?.[4]).toBe(String(i.max));
  });

  it('quotes only what needs it and keeps formulas from becoming formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('uses the report language for headers and statuses', () => {
    expect(renderCsv(report(), { lang: 'en' })).toMatch(/^\uFEFFId,Title,Language,Device,Max,Points,Status/);
    expect(renderCsv(report(), { lang: 'kk' })).toMatch(/^\uFEFFНөмір,Атауы,Тіл/);
  });
});

describe('report.xlsx', () => {
  it('has summary, indicators, deficiencies and failing-elements sheets with the report values', async () => {
    const r = report();
    const book = new ExcelJS.Workbook();
    const data = await renderXlsx(r, { lang: 'en' });
    await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Indicators', 'Deficiencies', 'Failing elements']);

    const summary = book.getWorksheet('Summary')!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('A — Accessibility')).toBe(r.scores.accessibility);
    expect(values.get('C — Completeness and currency')).toBe(r.scores.completeness);
    expect(values.get('M — Mobile version')).toBe(r.scores.mobile);
    expect(values.get('Total')).toBe(r.scores.total);
    expect(values.get('Period')).toBe('2025-H2');

    const indicators = book.getWorksheet('Indicators')!;
    expect(indicators.rowCount).toBe(r.indicators.length + 1);
    expect((indicators.getRow(1).values as unknown[]).slice(1)).toEqual(['Id', 'Title', 'Language', 'Device', 'Max', 'Points', 'Status', 'Kind', 'Deductions', 'First evidence URL', 'Reviewer verdict']);
    r.indicators.forEach((i, n) => {
      const row = indicators.getRow(n + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value || null, row.getCell(5).value, row.getCell(6).value]).toEqual([i.id, i.title.en, i.lang, i.max, i.points]);
    });

    const deficiencies = book.getWorksheet('Deficiencies')!;
    expect((deficiencies.getRow(2).values as unknown[]).slice(1)).toEqual(['C', 'A5-1.4', 'ru', 'outdated-act', 'Устаревший акт', 'https://www.example.gov.kz/ru/act']);

    const elements = book.getWorksheet('Failing elements')!;
    const expected = r.indicators.filter((i) => i.status === 'fail' || i.status === 'partial').flatMap((i) => i.evidence.filter((e) => e.kind === 'element'));
    expect(elements.rowCount).toBe(expected.length + 1);
    // Rows that did not lose points contribute no elements.
    const passing = new Set(r.indicators.filter((i) => i.status === 'pass').map((i) => i.id));
    elements.eachRow((row, n) => { if (n > 1) expect(passing.has(String(row.getCell(1).value))).toBe(false); });
    const el = elements.getRow(2);
    expect(el.getCell(1).value).toBe(r.indicators[0]!.id);
    // Site text that looks like a formula stays a text cell, not a formula.
    expect(el.getCell(4).value).toBe('=HYPERLINK("http://evil")');
    expect(el.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(el.getCell(4).formula).toBeUndefined();
    expect(el.getCell(6).value).toBe('img.logo');
    expect(el.getCell(7).value).toBe('<img src="logo.png">');
  });
});
