import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, parseContentRangeTotal, parseRetryAfter, type HttpClient } from '../../crawler/http/httpClient.ts';

const methods: string[] = [];
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const method = req.method ?? '?';
  methods.push(method);
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  const count = (hits.get(path) ?? 0) + 1;
  hits.set(path, count);

  if (path === '/redirect/a') return void res.writeHead(301, { location: '/redirect/b' }).end();
  if (path === '/redirect/b') return void res.writeHead(302, { location: 'c?x=1' }).end('moved');
  if (path === '/redirect/c') return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('done');
  if (path === '/loop/1') return void res.writeHead(302, { location: '/loop/2' }).end();
  if (path === '/loop/2') return void res.writeHead(302, { location: '/loop/1' }).end();
  if (path.startsWith('/chain/')) {
    const n = Number(path.slice('/chain/'.length));
    return void res.writeHead(302, { location: `/chain/${n + 1}` }).end();
  }
  if (path === '/rate') {
    if (count === 1) return void res.writeHead(429, { 'retry-after': '1' }).end('slow down');
    return void res.writeHead(200).end('ok after wait');
  }
  if (path === '/busy') return void res.writeHead(503, { 'retry-after': '0' }).end('busy');
  if (path === '/busy-nohdr') return void res.writeHead(503).end('busy');
  if (path === '/big') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 200) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
    return;
  }
  if (path === '/gzip') {
    const body = zlib.gzipSync(Buffer.from('Жаңалықтар — новости'.repeat(100)));
    return void res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(body);
  }
  if (path === '/host') return void res.writeHead(200).end(req.headers.host ?? '');
  if (path === '/headers') return void res.writeHead(200).end(JSON.stringify(req.headers));
  if (path === '/doc-no-head.pdf') {
    if (method === 'HEAD') return void res.writeHead(405, { allow: 'GET' }).end();
    if (req.headers.range === 'bytes=0-2047') {
      return void res
        .writeHead(206, { 'content-type': 'application/pdf', 'content-range': 'bytes 0-2047/100000', 'content-length': '2048' })
        .end(Buffer.alloc(2048, 0x25));
    }
    return void res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '100000' }).end(Buffer.alloc(100000));
  }
  if (path === '/doc-head.pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '12345' });
    return void res.end(method === 'HEAD' ? undefined : Buffer.alloc(12345));
  }
  if (path === '/doc-no-length.docx') {
    // chunked, no Content-Length, ignores Range
    res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    if (method === 'HEAD') return void res.end();
    res.write(Buffer.alloc(1000));
    return void res.end(Buffer.alloc(2000));
  }
  if (path === '/doc-huge-no-length.zip') {
    res.writeHead(200, { 'content-type': 'application/zip' });
    if (method === 'HEAD') return void res.end();
    res.on('error', () => undefined);
    for (let i = 0; i < 20; i++) res.write(Buffer.alloc(16 * 1024));
    return void res.end();
  }
  if (path === '/missing.pdf') return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
  if (path === '/slow') return; // never answers
  if (path === '/reset') return void req.socket.destroy();
  if (path === '/concurrent') {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200).end('c');
    }, 80);
    return;
  }
  res.writeHead(404).end('not found');
}

let server: http.Server;
let base = '';
let port = 0;
let client: HttpClient;

beforeAll(async () => {
  server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  client = createHttpClient({ userAgent: 'TekserTest/1.0', timeoutMs: 2000 });
});

afterAll(async () => {
  await client.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('httpClient', () => {
  it('follows a redirect chain and records it', async () => {
    const r = await client.get(`${base}/redirect/a#frag`);
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.url).toBe(`${base}/redirect/a#frag`);
    expect(r.finalUrl).toBe(`${base}/redirect/c?x=1`);
    expect(r.redirectChain).toEqual([
      { url: `${base}/redirect/a`, status: 301 },
      { url: `${base}/redirect/b`, status: 302 },
    ]);
    expect(r.body.toString()).toBe('done');
    expect(r.contentType).toBe('text/plain');
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.timingMs).toBeGreaterThanOrEqual(0);
  });

  it('detects redirect loops and too many redirects', async () => {
    const loop = await client.get(`${base}/loop/1`);
    expect(loop.error?.code).toBe('too-many-redirects');
    expect(loop.error?.message).toMatch(/loop/);
    expect(loop.status).toBe(302);

    const c = createHttpClient({ userAgent: 'T', maxRedirects: 3 });
    const chain = await c.get(`${base}/chain/0`);
    await c.close();
    expect(chain.error?.code).toBe('too-many-redirects');
    expect(chain.redirectChain).toHaveLength(4);
    expect(chain.error?.message).toContain(`${base}/chain/0`);
  });

  it('waits for Retry-After on 429 and retries', async () => {
    const t0 = Date.now();
    const r = await client.get(`${base}/rate`);
    const elapsed = Date.now() - t0;
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('ok after wait');
    expect(hits.get('/rate')).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(2500);
  });

  it('gives up on 503 after maxRetries and returns the last response', async () => {
    const r = await client.get(`${base}/busy`);
    expect(r.status).toBe(503);
    expect(r.error).toBeNull();
    expect(r.body.toString()).toBe('busy');
    expect(hits.get('/busy')).toBe(3); // 1 + maxRetries (2)
  });

  it('backs off 1 s × 2^attempt without Retry-After', async () => {
    const c = createHttpClient({ userAgent: 'T', maxRetries: 1 });
    const t0 = Date.now();
    const r = await c.get(`${base}/busy-nohdr`);
    await c.close();
    expect(r.status).toBe(503);
    expect(hits.get('/busy-nohdr')).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('truncates the body at maxBytes and stops reading', async () => {
    const r = await client.get(`${base}/big`, { maxBytes: 1000 });
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(1000);
    const full = await client.get(`${base}/big`);
    expect(full.truncated).toBe(false);
    expect(full.body.length).toBe(200 * 16 * 1024);
  });

  it('decodes a gzip body', async () => {
    const r = await client.get(`${base}/gzip`);
    expect(r.error).toBeNull();
    expect(r.body.toString('utf8')).toBe('Жаңалықтар — новости'.repeat(100));
  });

  it('sends the user agent and extra headers', async () => {
    const r = await client.get(`${base}/headers`, { headers: { 'Accept-Language': 'kk' } });
    const h = JSON.parse(r.body.toString()) as Record<string, string>;
    expect(h['user-agent']).toBe('TekserTest/1.0');
    expect(h['accept-language']).toBe('kk');
  });

  it('head() sends HEAD and returns no body', async () => {
    const r = await client.head(`${base}/doc-head.pdf`);
    expect(r.status).toBe(200);
    expect(r.headers['content-length']).toBe('12345');
    expect(r.body.length).toBe(0);
    expect(methods.at(-1)).toBe('HEAD');
  });

  it('probeDocument uses HEAD when it gives a Content-Length', async () => {
    const p = await client.probeDocument(`${base}/doc-head.pdf`);
    expect(p).toEqual({
      url: `${base}/doc-head.pdf`,
      finalUrl: `${base}/doc-head.pdf`,
      status: 200,
      contentType: 'application/pdf',
      size: 12345,
      method: 'HEAD',
      error: null,
    });
  });

  it('probeDocument falls back to a ranged GET when HEAD is not allowed', async () => {
    const p = await client.probeDocument(`${base}/doc-no-head.pdf`);
    expect(p.method).toBe('GET-range');
    expect(p.status).toBe(206);
    expect(p.size).toBe(100000);
    expect(p.contentType).toBe('application/pdf');
    expect(p.error).toBeNull();
  });

  it('probeDocument without any length reads a small body fully, a large one not at all', async () => {
    const small = await client.probeDocument(`${base}/doc-no-length.docx`);
    expect(small.method).toBe('GET-range');
    expect(small.status).toBe(200);
    expect(small.size).toBe(3000);
    const large = await client.probeDocument(`${base}/doc-huge-no-length.zip`);
    expect(large.status).toBe(200);
    expect(large.size).toBeNull();
  });

  it('probeDocument reports a missing document', async () => {
    const p = await client.probeDocument(`${base}/missing.pdf`);
    expect(p.status).toBe(404);
    expect(p.size).toBeNull();
  });

  it('reaches a mapped hostname through resolve, with the original Host header', async () => {
    const c = createHttpClient({
      userAgent: 'T',
      resolve: [{ host: 'www.example-akimat.kz', port, address: '127.0.0.1' }],
    });
    const r = await c.get(`http://www.example-akimat.kz:${port}/host`);
    await c.close();
    expect(r.error).toBeNull();
    expect(r.body.toString()).toBe(`www.example-akimat.kz:${port}`);
  });

  it('reports a refused connection as error.code "refused" without throwing', async () => {
    const tmp = http.createServer();
    await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', r));
    const deadPort = (tmp.address() as AddressInfo).port;
    await new Promise<void>((r) => tmp.close(() => r()));
    const r = await client.get(`http://127.0.0.1:${deadPort}/x`);
    expect(r.status).toBeNull();
    expect(r.error?.code).toBe('refused');
    expect(r.error?.message).toContain(`http://127.0.0.1:${deadPort}/x`);
  });

  it('reports timeouts, resets and TLS failures', async () => {
    const c = createHttpClient({ userAgent: 'T', timeoutMs: 300 });
    const slow = await c.get(`${base}/slow`);
    expect(slow.error?.code).toBe('timeout');
    expect(slow.error?.message).toContain('/slow');
    const reset = await c.get(`${base}/reset`);
    expect(reset.error?.code).toBe('reset');
    expect(hits.get('/reset')).toBe(2); // retried once
    const tls = await c.get(`https://127.0.0.1:${port}/redirect/c`);
    expect(tls.error?.code).toBe('tls');
    await c.close();
  });

  it('rejects non-http URLs without throwing', async () => {
    expect((await client.get('mailto:x@y.kz')).error?.code).toBe('other');
    expect((await client.get('not a url')).error?.code).toBe('other');
  });

  it('limits concurrency per host', async () => {
    const c = createHttpClient({ userAgent: 'T', perHostConcurrency: 2 });
    maxInFlight = 0;
    await Promise.all(Array.from({ length: 8 }, () => c.get(`${base}/concurrent`)));
    await c.close();
    expect(maxInFlight).toBe(2);
  });
});

// Throwaway self-signed test certificate for www.example-akimat.kz (valid until 2126); test use only.
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgy3pcnrbMHt36i86K
6wVczE3RSxQHJQmZfXw1/Kgh+/6hRANCAARYt1eYInCacPVhw4pkxzm0KzWkBKbh
R85xDykt8ltOLO73LXB/TgiuxLeYLDG8D95NNPXhXp+WW333wd0mUPkF
-----END PRIVATE KEY-----`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBuTCCAV+gAwIBAgIUTB2rz1hkgdQ263/gLUZmhgeSHBEwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVd3d3LmV4YW1wbGUtYWtpbWF0Lmt6MCAXDTI2MTEyNTA3MTIz
MVoYDzIxMjYxMTAxMDcxMjMxWjAgMR4wHAYDVQQDDBV3d3cuZXhhbXBsZS1ha2lt
YXQua3owWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARYt1eYInCacPVhw4pkxzm0
KzWkBKbhR85xDykt8ltOLO73LXB/TgiuxLeYLDG8D95NNPXhXp+WW333wd0mUPkF
o3UwczAdBgNVHQ4EFgQUQmyDuDEmVtsJiNHZWMt176ecRj8wHwYDVR0jBBgwFoAU
QmyDuDEmVtsJiNHZWMt176ecRj8wDwYDVR0TAQH/BAUwAwEB/zAgBgNVHREEGTAX
ghV3d3cuZXhhbXBsZS1ha2ltYXQua3owCgYIKoZIzj0EAwIDSAAwRQIgEUMtX67I
5kIrL/eL+NvbEvuiMDIA4Jboi1LkRIVfcSMCIQCaM0wEwWWmFg+mVTIohZDZ8ErZ
UHHFU4I3yDf6pbxhvA==
-----END CERTIFICATE-----`;

describe('https to a staging copy with a self-signed certificate', () => {
  let tlsServer: https.Server;
  let tlsPort = 0;
  beforeAll(async () => {
    tlsServer = https.createServer({ key: TEST_KEY, cert: TEST_CERT }, (req, res) => {
      methods.push(req.method ?? '?');
      const sni = (req.socket as TLSSocket).servername;
      res.writeHead(200).end(`${req.headers.host ?? ''} ${typeof sni === 'string' ? sni : ''}`);
    });
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
    tlsPort = (tlsServer.address() as AddressInfo).port;
  });
  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise<void>((r) => tlsServer.close(() => r()));
  });

  it('rejects the certificate by default and accepts it with insecure', async () => {
    const resolve = [{ host: 'www.example-akimat.kz', port: tlsPort, address: '127.0.0.1' }];
    const url = `https://www.example-akimat.kz:${tlsPort}/`;
    const strict = createHttpClient({ userAgent: 'T', resolve });
    const r1 = await strict.get(url);
    await strict.close();
    expect(r1.error?.code).toBe('tls');
    expect(r1.error?.message).toContain(url);

    const lax = createHttpClient({ userAgent: 'T', resolve, insecure: true });
    const r2 = await lax.get(url);
    await lax.close();
    expect(r2.error).toBeNull();
    expect(r2.body.toString()).toBe(`www.example-akimat.kz:${tlsPort} www.example-akimat.kz`);
  });
});

describe('methods seen by the server (runs after the tests above)', () => {
  it('were only GET and HEAD', () => {
    expect(methods.length).toBeGreaterThan(20);
    expect(new Set(methods)).toEqual(new Set(['GET', 'HEAD']));
  });
});

describe('header parsers', () => {
  it('parseRetryAfter', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(undefined)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
  });

  it('parseContentRangeTotal', () => {
    expect(parseContentRangeTotal('bytes 0-2047/100000')).toBe(100000);
    expect(parseContentRangeTotal('bytes */0')).toBe(0);
    expect(parseContentRangeTotal('bytes 0-2047/*')).toBeNull();
    expect(parseContentRangeTotal(undefined)).toBeNull();
  });
});
