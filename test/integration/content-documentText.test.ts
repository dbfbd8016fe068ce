/**
 * The documentText probe against PDFs served on 127.0.0.1: one with a text layer, one that is
 * only a drawing (like a scan: no text), one that is not a PDF, one over the byte cap.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchBrowser } from '../../crawler/browser/launchBrowser.ts';
import { createHttpClient, type HttpClient } from '../../crawler/http/httpClient.ts';
import { DOCUMENT_BYTE_CAP, documentTextProbe, documentTextTargets } from '../../crawler/probes/content/documentTextProbe.ts';
import type { ProbeContext } from '../../crawler/probes/probeTypes.ts';
import { buildPdf } from '../fixtures/files.ts';
import { HOME, link, page, snapshot } from '../unit/snapshotBuilder.ts';

/** A one-page PDF whose content stream draws a filled rectangle and has no text operator. */
function imageOnlyPdf(): Uint8Array {
  const content = '0.2 0.2 0.2 rg 56 56 480 700 re f\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const FILES: Record<string, { type: string; body: Uint8Array }> = {
  '/text.pdf': { type: 'application/pdf', body: buildPdf('Budget', ['Budget execution report 2026', 'Total 4.2 bn tenge'], 6000) },
  '/scan.pdf': { type: 'application/pdf', body: imageOnlyPdf() },
  '/broken.pdf': { type: 'application/pdf', body: new TextEncoder().encode('<html>not a pdf</html>') },
};

describe('documentText probe', () => {
  let server: Server;
  let base = '';
  let browser: Browser;
  let http: HttpClient;
  let blank: Page;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const f = FILES[req.url ?? ''];
      if (req.url === '/huge.pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(Buffer.alloc(DOCUMENT_BYTE_CAP + 1024, 32));
        return;
      }
      if (!f) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': f.type, 'content-length': String(f.body.length) });
      res.end(Buffer.from(f.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = (await launchBrowser({})).browser;
    blank = await browser.newPage();
    http = createHttpClient({ userAgent: 'tekser-test' });
  }, 30_000);

  afterAll(async () => {
    await http.close();
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const ctx = (): ProbeContext => ({
    browser,
    newContext: (o) => browser.newContext(o),
    http,
    snapshot: snapshot(),
    render: () => Promise.reject(new Error('not used')),
    hostSlot: (task) => task(),
    screenshot: () => Promise.resolve(null),
    debuggingBrowser: () => Promise.reject(new Error('not used')),
  });
  const run = (path: string) => documentTextProbe.run(blank, { url: `${base}${path}`, lang: 'ru', page: null }, ctx());

  it('reads the text layer of a PDF with text', async () => {
    const d = await run('/text.pdf');
    expect(d.error).toBeNull();
    expect(d.pages).toBe(1);
    expect(d.textLength).toBeGreaterThan(20);
    expect(d.sample).toContain('Budget execution report 2026');
  });

  it('finds no text in a PDF that is only a picture (a scan)', async () => {
    const d = await run('/scan.pdf');
    expect(d.error).toBeNull();
    expect(d.textLength).toBe(0);
    expect(d.sample).toBe('');
  });

  it('says so when the file is not a PDF, or is larger than the cap', async () => {
    const broken = await run('/broken.pdf');
    expect(broken.textLength).toBeNull();
    expect(broken.error).toMatch(/not a readable PDF/);
    const huge = await run('/huge.pdf');
    expect(huge.truncated).toBe(true);
    expect(huge.textLength).toBeNull();
    expect(huge.error).toMatch(/larger than/);
  });

  it('targets the PDFs linked from kk and ru pages, once each', () => {
    const snap = snapshot({
      pages: [
        page({ url: `${HOME}/ru/budget`, lang: 'ru', links: [link({ url: `${HOME}/files/a.pdf` }), link({ url: `${HOME}/files/b.docx` })] }),
        page({ url: `${HOME}/ru/npa`, lang: 'ru', links: [link({ url: `${HOME}/files/a.pdf` })] }),
        page({ url: `${HOME}/kk/budget`, lang: 'kk', links: [link({ url: `${HOME}/files/kk.pdf` })] }),
      ],
    });
    expect(documentTextTargets(snap).map((t) => [t.url, t.lang])).toEqual([
      [`${HOME}/files/kk.pdf`, 'kk'],
      [`${HOME}/files/a.pdf`, 'ru'],
    ]);
  });
});
