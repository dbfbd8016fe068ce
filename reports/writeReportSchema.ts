/**
 * Writes reports/report.schema.json from the zod schema that validates report.json
 * (`node reports/writeReportSchema.ts`). test/unit/report-schemaFile.test.ts fails when the
 * committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from './reportSchema.ts';

export const REPORT_SCHEMA_PATH = fileURLToPath(new URL('./report.schema.json', import.meta.url));

/** The file's text: the JSON Schema with a title, two-space indented. */
export function reportSchemaText(): string {
  const schema = { title: 'Tekser report.json', ...reportJsonSchema() };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REPORT_SCHEMA_PATH, reportSchemaText());
  process.stdout.write(`Wrote ${REPORT_SCHEMA_PATH}\n`);
}
