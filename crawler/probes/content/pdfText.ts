/** Reading the text layer of a PDF held in memory (pdfjs-dist, legacy build for Node). */

export interface PdfText {
  pages: number;
  /** The text of the pages read, whitespace collapsed. */
  text: string;
}

interface TextItemLike {
  str?: unknown;
}

/** Reads at most `maxPages` pages; throws when the bytes are not a readable PDF. */
export async function pdfText(bytes: Uint8Array, maxPages = 20): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const parts: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItemLike[]) if (typeof item.str === 'string') parts.push(item.str);
      page.cleanup();
    }
    return { pages: doc.numPages, text: parts.join(' ').replace(/\s+/g, ' ').trim() };
  } finally {
    await task.destroy();
  }
}
