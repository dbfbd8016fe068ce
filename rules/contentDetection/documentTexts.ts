/** The text layers the documentText probe read, by document URL (requested and final). */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { DocumentTextDataSchema, type DocumentTextData } from '../../crawler/probes/content/documentTextSchema.ts';

export function documentTexts(snapshot: Snapshot): Map<string, DocumentTextData> {
  const out = new Map<string, DocumentTextData>();
  for (const record of snapshot.probes) {
    if (record.probe !== 'documentText' || record.error !== null) continue;
    const parsed = DocumentTextDataSchema.safeParse(record.data);
    if (!parsed.success) continue;
    out.set(parsed.data.url, parsed.data);
    out.set(parsed.data.finalUrl, parsed.data);
  }
  return out;
}
