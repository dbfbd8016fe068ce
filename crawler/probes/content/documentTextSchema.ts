/** The data the documentText probe stores for one PDF: whether it has a text layer, and a sample of it. */
import { z } from 'zod';

export const DocumentTextDataSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().nullable(),
  contentType: z.string().nullable(),
  bytes: z.number(),
  /** The download was cut at the byte cap: the text layer was not read. */
  truncated: z.boolean(),
  pages: z.number().nullable(),
  /** Characters of text found in the text layer (whitespace excluded); null when not read. */
  textLength: z.number().nullable(),
  /** The first characters of the text layer. */
  sample: z.string(),
  error: z.string().nullable(),
});
export type DocumentTextData = z.infer<typeof DocumentTextDataSchema>;
