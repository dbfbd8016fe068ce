/**
 * Parsing what the CLI is told about committees: `--committee URL=form` (repeatable; form 1 = own
 * site, 2 = fourth-level domain, 3 = section of the body's site), a committees file (a JSON list of
 * {url, form, reportPath}), and a committee's report.json (its scores). Pure: the caller reads files.
 */
import { z } from 'zod';

export const CommitteeFormSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CommitteeForm = z.infer<typeof CommitteeFormSchema>;

export interface CommitteeSpec {
  url: string;
  form: CommitteeForm;
}

export const CommitteeFileEntrySchema = z.object({
  url: z.string().url(),
  form: CommitteeFormSchema,
  /** The committee's report.json (relative paths are relative to the committees file). */
  reportPath: z.string().min(1),
});
export type CommitteeFileEntry = z.infer<typeof CommitteeFileEntrySchema>;

/** 'https://salyk.gov.kz=1' → { url, form: 1 }. The last '=' separates the form (URLs may contain '='). */
export function parseCommitteeSpec(spec: string): CommitteeSpec {
  const at = spec.lastIndexOf('=');
  if (at <= 0) throw new Error(`--committee "${spec}": expected URL=form, e.g. https://salyk.gov.kz=1 (form 1: own site, 2: fourth-level domain, 3: section of the body's site)`);
  const url = spec.slice(0, at).trim();
  const formText = spec.slice(at + 1).trim();
  try {
    new URL(url);
  } catch {
    throw new Error(`--committee "${spec}": "${url}" is not a URL`);
  }
  const form = CommitteeFormSchema.safeParse(Number(formText));
  if (!/^[123]$/.test(formText) || !form.success) throw new Error(`--committee "${spec}": the form must be 1, 2 or 3, not "${formText}"`);
  return { url, form: form.data };
}

/** The contents of a committees file (already read): a JSON list of {url, form, reportPath}. */
export function parseCommitteesFile(jsonText: string, fileName = 'committees file'): CommitteeFileEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (err) {
    throw new Error(`${fileName}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = z.array(CommitteeFileEntrySchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${fileName}: expected a list of {url, form (1|2|3), reportPath}; ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

const ReportScoresSchema = z.object({
  site: z.object({ url: z.string() }).passthrough().optional(),
  scores: z.object({ accessibility: z.number(), completeness: z.number(), mobile: z.number() }).passthrough(),
});

/** A committee's scores from its report.json (already read and JSON-parsed). */
export function committeeScoresFromReport(report: unknown, fileName = 'report.json'): { accessibility: number; completeness: number; mobile: number } {
  const parsed = ReportScoresSchema.safeParse(report);
  if (!parsed.success) throw new Error(`${fileName}: not a Tekser report (no scores.accessibility/completeness/mobile)`);
  const { accessibility, completeness, mobile } = parsed.data.scores;
  return { accessibility, completeness, mobile };
}
