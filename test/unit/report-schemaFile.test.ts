/** reports/report.schema.json is generated from the zod schema and up to date; the schema accepts every report the tests produce. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/buildReport.ts';
import { ReportSchema } from '../../reports/reportSchema.ts';
import { rescoreReport } from '../../reports/rescoreReport.ts';
import { REPORT_SCHEMA_PATH, reportSchemaText } from '../../reports/writeReportSchema.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { parseVerdictsFile } from '../../rules/verdicts.ts';
import { hostileSnapshot, ordinarySnapshot } from '../e2e/reportInputs.ts';

describe('report.schema.json', () => {
  it('is what `node reports/writeReportSchema.ts` writes from the zod schema (run it after changing reportSchema.ts)', () => {
    expect(readFileSync(REPORT_SCHEMA_PATH, 'utf8')).toBe(reportSchemaText());
  });

  it('carries the schema version and the new optional parts', () => {
    const schema = JSON.parse(reportSchemaText());
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['depthSummary', 'review', 'indicators']));
    expect(Object.keys(schema.properties.indicators.items.properties)).toContain('verdict');
  });

  it('validates every report the tests produce (ordinary, hostile, re-scored), as JSON', () => {
    for (const snap of [ordinarySnapshot(), hostileSnapshot()]) {
      const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
      const report = buildReport(snap, results, scores, { mobile, deficiencies, period: 'P' });
      expect(() => ReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
      expect(report.depthSummary).toEqual(snap.site.depthSummary);
      const file = parseVerdictsFile(JSON.stringify({
        format: 'tekser-verdicts', version: 1, report: { url: report.site.url, auditedAt: report.auditedAt },
        verdicts: [{ id: 'A4-1.1', lang: null, outcome: 'pass', reason: 'r', reviewer: 'n', decidedAt: '2025-12-21T09:00:00Z' }],
      }));
      const rescored = rescoreReport(report, file);
      expect(() => ReportSchema.parse(JSON.parse(JSON.stringify(rescored)))).not.toThrow();
    }
  });
});
