/** The data the mobileSections probe stores for one section page opened on the phone. */
import { z } from 'zod';

export const MobileSectionDataSchema = z.object({
  requestedUrl: z.string(),
  finalUrl: z.string(),
  status: z.number().nullable(),
  title: z.string(),
  headings: z.array(z.string()),
  mainText: z.string(),
  links: z.array(z.object({ url: z.string().nullable(), text: z.string(), main: z.boolean() })),
  images: z.array(z.object({ src: z.string().nullable(), alt: z.string().nullable() })),
  media: z.array(z.string()),
});
export type MobileSectionData = z.infer<typeof MobileSectionDataSchema>;

