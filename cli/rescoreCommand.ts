/**
 * `tekser rescore <report.json> --verdicts <file> [--out DIR]`: applies a reviewer's verdicts,
 * recomputes the scores with the report's k, link penalty and deficiencies, and writes every
 * chosen format again (by default beside the input report).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AuditError } from '../crawler/auditError.ts';
import { ReportSchema, type Report } from '../reports/reportSchema.ts';
import { rescoreReport } from '../reports/rescoreReport.ts';
import { gateFailures, GATE_EXIT_CODE } from '../reports/scoreGate.ts';
import { terminalSummary } from '../reports/terminalSummary.ts';
import { writeReports } from '../reports/writeReports.ts';
import { parseVerdictsFile, VerdictsError } from '../rules/verdicts.ts';
import { thresholdsOf, type ReportCliOptions } from './reportOptions.ts';

export interface RescoreCliOptions extends ReportCliOptions {
  verdicts: string;
  out?: string;
  allowOtherAudit: boolean;
}

function readReport(path: string): Report {
  if (!existsSync(path)) throw new AuditError(`${path}: no such file. Give the report.json written by tekser audit.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AuditError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  - ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new AuditError(`${path} is not a tekser report.json of this version:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export async function runRescore(reportPath: string, o: RescoreCliOptions): Promise<number> {
  const input = resolve(reportPath);
  const report = readReport(input);
  const verdictsPath = resolve(o.verdicts);
  if (!existsSync(verdictsPath)) throw new AuditError(`${verdictsPath}: no such verdicts file.`);
  let rescored: Report;
  try {
    const file = parseVerdictsFile(readFileSync(verdictsPath, 'utf8'), verdictsPath);
    rescored = rescoreReport(report, file, { allowOtherAudit: o.allowOtherAudit });
  } catch (err) {
    if (err instanceof VerdictsError) throw new AuditError(err.message);
    throw err;
  }
  const outDir = resolve(o.out ?? dirname(input));
  const written = await writeReports(rescored, outDir, { formats: o.format, lang: o.reportLang });
  process.stdout.write(`${terminalSummary(rescored)}\nApplied ${rescored.review?.verdicts ?? 0} verdicts. Total ${report.scores.total} → ${rescored.scores.total}.\n${written.map((p) => `Wrote ${p}`).join('\n')}\n`);
  const failures = gateFailures(rescored, thresholdsOf(o));
  if (failures.length > 0) {
    process.stderr.write(`tekser: score gate failed: ${failures.join('; ')}\n`);
    return GATE_EXIT_CODE;
  }
  return 0;
}
