/**
 * Committees for `tekser audit`: `--committee URL=form` audits each committee's site with the
 * same options (into <out>/committees/<host>/), `--committees FILE` takes committees already
 * audited (a JSON list of {url, form, reportPath}); their A and C are then combined with the
 * body's as paras 15–17 say (rules/committees.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AuditError } from '../crawler/auditError.ts';
import type { Report } from '../reports/reportSchema.ts';
import {
  combineCommittees, committeeScoresFromReport, parseCommitteesFile,
  type CommitteeScores, type CommitteeSpec,
} from '../rules/committees.ts';

export type CommitteeMember = CommitteeScores & { report: string | null };

function readScores(reportPath: string): { accessibility: number; completeness: number } {
  if (!existsSync(reportPath)) throw new AuditError(`The committee report ${reportPath} does not exist. Audit the committee first, or fix reportPath.`);
  try {
    return committeeScoresFromReport(JSON.parse(readFileSync(reportPath, 'utf8')), reportPath);
  } catch (err) {
    throw new AuditError(`Cannot use ${reportPath}: ${(err as Error).message}`);
  }
}

/** Committees listed in a committees file, with the scores of their reports. */
export function committeesFromFile(file: string): CommitteeMember[] {
  const path = resolve(file);
  if (!existsSync(path)) throw new AuditError(`--committees ${file}: no such file.`);
  let entries;
  try {
    entries = parseCommitteesFile(readFileSync(path, 'utf8'), file);
  } catch (err) {
    throw new AuditError((err as Error).message);
  }
  return entries.map((e) => {
    const report = resolve(dirname(path), e.reportPath);
    return { url: e.url, form: e.form, report, ...readScores(report) };
  });
}

/** Where a committee's own audit goes inside the body's output folder. */
export function committeeOutDir(outDir: string, spec: CommitteeSpec): string {
  const u = new URL(spec.url);
  return join(outDir, 'committees', `${u.host}${u.pathname}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/_+$/, ''));
}

/** Audits each committee with `audit` (the same command, other URL and folder) and reads its scores. */
export async function auditCommittees(
  specs: readonly CommitteeSpec[],
  outDir: string,
  audit: (url: string, out: string) => Promise<number>,
): Promise<CommitteeMember[]> {
  const members: CommitteeMember[] = [];
  for (const spec of specs) {
    const out = committeeOutDir(outDir, spec);
    process.stderr.write(`tekser: auditing committee ${spec.url} (form ${spec.form}) into ${out}\n`);
    const code = await audit(spec.url, out);
    if (code !== 0 && code !== 3) throw new AuditError(`The audit of committee ${spec.url} ended with exit code ${code}; the body's audit was not started.`);
    const report = join(out, 'report.json');
    members.push({ ...spec, report, ...readScores(report) });
  }
  return members;
}

/** The report's committees block: the members and the body's scores combined with theirs. */
export function committeesBlock(scores: Report['scores'], members: readonly CommitteeMember[]): NonNullable<Report['committees']> {
  const combined = combineCommittees(scores, members);
  return {
    members: members.map((m) => ({ url: m.url, form: m.form, accessibility: m.accessibility, completeness: m.completeness, report: m.report })),
    combined: { accessibility: combined.accessibility, completeness: combined.completeness, mobile: combined.mobile, total: combined.total, text: combined.text },
  };
}
