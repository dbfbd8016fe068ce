/**
 * The crawler's only plain-HTTP client (robots.txt, sitemaps, feeds, link
 * checks, document probes). Read-only by construction: it can send GET and
 * HEAD and nothing else — there is no method parameter.
 *
 * - Redirects are followed by hand (301/302/303/307/308 with Location), kept in
 *   `redirectChain`, with loop detection and a `maxRedirects` limit.
 * - Per-host concurrency (one p-limit limiter per hostname) and polite back-off:
 *   429/503 are retried after `Retry-After` (seconds or HTTP date, capped) or
 *   1 s × 2^attempt; while a host is backing off, no request is sent to it.
 *   Refused/reset connections are retried once after a short delay.
 * - Network failures never throw: they come back in `error` (the message names
 *   the method and URL).
 * - Bodies are read up to `maxBytes` (default 5 MB); the rest of the stream is
 *   aborted. `get` asks for gzip/deflate/br and returns the *decoded* body (the
 *   response headers are returned as received, Content-Encoding included).
 * - `--resolve` rules apply through undici's `connect.lookup`; the Host header
 *   and TLS SNI keep the URL's host.
 */

import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, request } from 'undici';
import { createLookup, type ResolveRule } from '../hostMapping.ts';

export type HttpErrorCode = 'dns' | 'refused' | 'timeout' | 'tls' | 'reset' | 'too-many-redirects' | 'other';

export interface HttpError {
  code: HttpErrorCode;
  message: string;
}

export interface RedirectHop {
  /** The URL that answered with a redirect. */
  url: string;
  status: number;
}

export interface HttpResult {
  /** The URL as requested. */
  url: string;
  /** The last URL requested (after redirects). */
  finalUrl: string;
  /** Status of the last response received; null when none was. */
  status: number | null;
  /** Response headers, lowercase names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Media type without parameters, lowercased ('text/html'); null when absent. */
  contentType: string | null;
  body: Buffer;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
  /** Each redirect followed, in order (the final response is not in it). */
  redirectChain: RedirectHop[];
  /** Wall time of the whole call, redirects and retries included. */
  timingMs: number;
  error: HttpError | null;
}

export interface DocumentProbe {
  url: string;
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  /** Size in bytes when known from a successful (2xx) answer. */
  size: number | null;
  method: 'HEAD' | 'GET-range';
  error: HttpError | null;
}

export interface HttpClientOptions {
  resolve?: ResolveRule[];
  userAgent: string;
  /** Concurrent requests per hostname. Default 4. */
  perHostConcurrency?: number;
  /** Per request (one hop: connect, headers and body). Default 15000. */
  timeoutMs?: number;
  /** Retries after 429/503. Default 2. */
  maxRetries?: number;
  /** Upper bound of one back-off wait. Default 60000. */
  retryAfterCapMs?: number;
  /** Default 10. */
  maxRedirects?: number;
  /** Accept invalid TLS certificates (staging copies). Default false. */
  insecure?: boolean;
}

export interface GetOptions {
  /** Body limit in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Extra request headers (e.g. Range, Accept-Language). */
  headers?: Record<string, string>;
}

export interface HttpClient {
  get(url: string, o?: GetOptions): Promise<HttpResult>;
  head(url: string): Promise<HttpResult>;
  probeDocument(url: string): Promise<DocumentProbe>;
  close(): Promise<void>;
}

type Method = 'GET' | 'HEAD';

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const PROBE_MAX_BYTES = 64 * 1024;
const CONNECTION_RETRY_DELAY_MS = 250;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const EMPTY = Buffer.alloc(0);

interface Hop {
  status: number | null;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
  error: HttpError | null;
}

interface HopRequest {
  method: Method;
  url: URL;
  headers: Record<string, string>;
  maxBytes: number;
  decode: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const perHostConcurrency = Math.max(1, opts.perHostConcurrency ?? 4);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxRetries = Math.max(0, opts.maxRetries ?? 2);
  const retryAfterCapMs = opts.retryAfterCapMs ?? 60_000;
  const maxRedirects = Math.max(0, opts.maxRedirects ?? 10);

  const agent = new Agent({
    connections: perHostConcurrency,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: {
      lookup: createLookup(opts.resolve ?? []),
      rejectUnauthorized: opts.insecure !== true,
      timeout: timeoutMs,
    },
  });

  const limiters = new Map<string, LimitFunction>();
  const pausedUntil = new Map<string, number>();

  const limiterFor = (host: string): LimitFunction => {
    let limit = limiters.get(host);
    if (limit === undefined) {
      limit = pLimit(perHostConcurrency);
      limiters.set(host, limit);
    }
    return limit;
  };

  const waitForHost = async (host: string): Promise<void> => {
    for (;;) {
      const wait = (pausedUntil.get(host) ?? 0) - Date.now();
      if (wait <= 0) return;
      await sleep(wait);
    }
  };

  const baseHeaders = (decode: boolean): Record<string, string> => ({
    'user-agent': opts.userAgent,
    accept: '*/*',
    'accept-encoding': decode ? 'gzip, deflate, br' : 'identity',
  });

  /** One request/response exchange, without retries or redirects. */
  async function sendOnce(
    req: HopRequest,
    wantBody: (status: number, headers: Record<string, string>) => boolean,
  ): Promise<Hop> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    let status: number | null = null;
    let headers: Record<string, string> = {};
    try {
      const res = await request(req.url, {
        dispatcher: agent,
        method: req.method,
        headers: req.headers,
        signal: controller.signal,
      });
      status = res.statusCode;
      headers = flattenHeaders(res.headers);
      if (req.method === 'HEAD' || !wantBody(status, headers)) {
        await res.body.dump({ limit: PROBE_MAX_BYTES }).catch(() => undefined);
        return { status, headers, body: EMPTY, truncated: false, error: null };
      }
      const encoding = req.decode ? (headers['content-encoding'] ?? '').trim().toLowerCase() : '';
      const { body, truncated } = await readLimited(res.body, encoding, req.maxBytes);
      return { status, headers, body, truncated, error: null };
    } catch (err) {
      return { status, headers, body: EMPTY, truncated: false, error: classifyError(err, timedOut ? timeoutMs : null, req) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** One hop with per-host limiting, 429/503 back-off and one retry of a failed connection. */
  async function sendWithRetries(req: HopRequest): Promise<Hop> {
    const host = req.url.hostname;
    let attempt = 0;
    let connectionRetried = false;
    for (;;) {
      const willRetryStatus = (s: number): boolean => (s === 429 || s === 503) && attempt < maxRetries;
      const hop = await limiterFor(host)(async () => {
        await waitForHost(host);
        return sendOnce(req, (s, h) => !willRetryStatus(s) && !isFollowableRedirect(s, h));
      });
      if (hop.status !== null && hop.error === null && willRetryStatus(hop.status)) {
        const fromHeader = parseRetryAfter(hop.headers['retry-after']);
        const delay = Math.min(fromHeader ?? 1000 * 2 ** attempt, retryAfterCapMs);
        pausedUntil.set(host, Math.max(pausedUntil.get(host) ?? 0, Date.now() + delay));
        attempt++;
        continue;
      }
      if (
        hop.status === null &&
        hop.error !== null &&
        (hop.error.code === 'refused' || hop.error.code === 'reset') &&
        !connectionRetried
      ) {
        connectionRetried = true;
        await sleep(CONNECTION_RETRY_DELAY_MS);
        continue;
      }
      return hop;
    }
  }

  /** A whole GET/HEAD call: validation, redirects, result assembly. */
  async function fetchUrl(
    method: Method,
    url: string,
    extraHeaders: Record<string, string>,
    maxBytes: number,
    decode: boolean,
  ): Promise<HttpResult> {
    const started = performance.now();
    const redirectChain: RedirectHop[] = [];
    const finish = (finalUrl: string, hop: Hop | null, error: HttpError | null): HttpResult => ({
      url,
      finalUrl,
      status: hop?.status ?? null,
      headers: hop?.headers ?? {},
      contentType: mediaType(hop?.headers['content-type']),
      body: hop?.body ?? EMPTY,
      truncated: hop?.truncated ?? false,
      redirectChain,
      timingMs: Math.round(performance.now() - started),
      error,
    });

    let current: URL;
    try {
      current = new URL(url.trim());
    } catch {
      return finish(url, null, { code: 'other', message: `${method} ${url}: invalid URL` });
    }
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return finish(url, null, { code: 'other', message: `${method} ${url}: only http and https URLs are fetched` });
    }
    current.hash = '';

    const headers = { ...baseHeaders(decode) };
    for (const [k, v] of Object.entries(extraHeaders)) headers[k.toLowerCase()] = v;

    const visited = new Set([current.href]);
    for (;;) {
      const hop = await sendWithRetries({ method, url: current, headers, maxBytes, decode });
      if (hop.error !== null) return finish(current.href, hop, hop.error);
      const status = hop.status ?? 0;
      const location = hop.headers['location'];
      if (location === undefined || !isFollowableRedirect(status, hop.headers)) {
        return finish(current.href, hop, null);
      }
      let next: URL;
      try {
        next = new URL(location.trim(), current);
      } catch {
        return finish(current.href, hop, {
          code: 'other',
          message: `${method} ${current.href}: invalid redirect Location ${JSON.stringify(location)}`,
        });
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return finish(current.href, hop, {
          code: 'other',
          message: `${method} ${current.href}: redirect to a non-http URL ${next.href}`,
        });
      }
      next.hash = '';
      redirectChain.push({ url: current.href, status });
      if (visited.has(next.href)) {
        return finish(current.href, hop, {
          code: 'too-many-redirects',
          message: `${method} ${url}: redirect loop (${current.href} → ${next.href})`,
        });
      }
      if (redirectChain.length > maxRedirects) {
        return finish(current.href, hop, {
          code: 'too-many-redirects',
          message: `${method} ${url}: more than ${maxRedirects} redirects`,
        });
      }
      visited.add(next.href);
      current = next;
    }
  }

  async function probeDocument(url: string): Promise<DocumentProbe> {
    const head = await fetchUrl('HEAD', url, {}, 0, false);
    const headLength = parseLength(head.headers['content-length']);
    if (head.error === null && head.status !== null && isSuccess(head.status) && headLength !== null) {
      return {
        url,
        finalUrl: head.finalUrl,
        status: head.status,
        contentType: head.contentType,
        size: headLength,
        method: 'HEAD',
        error: null,
      };
    }
    const get = await fetchUrl('GET', url, { range: 'bytes=0-2047' }, PROBE_MAX_BYTES, false);
    let size: number | null = null;
    if (get.error === null && get.status !== null) {
      if (get.status === 206 || get.status === 416) {
        size = parseContentRangeTotal(get.headers['content-range']);
      } else if (isSuccess(get.status)) {
        size = parseLength(get.headers['content-length']) ?? (get.truncated ? null : get.body.length);
      }
    }
    return {
      url,
      finalUrl: get.finalUrl,
      status: get.status,
      contentType: get.contentType ?? head.contentType,
      size,
      method: 'GET-range',
      error: get.error,
    };
  }

  return {
    get: (url, o) => fetchUrl('GET', url, o?.headers ?? {}, o?.maxBytes ?? DEFAULT_MAX_BYTES, true),
    head: (url) => fetchUrl('HEAD', url, {}, 0, false),
    probeDocument,
    close: () => agent.close(),
  };
}

function isFollowableRedirect(status: number, headers: Record<string, string>): boolean {
  return REDIRECT_STATUSES.has(status) && (headers['location'] ?? '').trim() !== '';
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function mediaType(value: string | undefined): string | null {
  if (value === undefined) return null;
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  return type === '' ? null : type;
}

function parseLength(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

/** Total size from 'bytes 0-2047/12345' or 'bytes * /0' (unsatisfied range); null for '*'. */
export function parseContentRangeTotal(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^\s*bytes\s+(?:\d+-\d+|\*)\s*\/\s*(\d+)\s*$/i.exec(value);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Retry-After in milliseconds (delta-seconds or HTTP date); null when absent or unparseable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Reads at most maxBytes (after decoding), then aborts the response stream. */
async function readLimited(
  body: Readable,
  encoding: string,
  maxBytes: number,
): Promise<{ body: Buffer; truncated: boolean }> {
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null = null;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = zlib.createGunzip();
  else if (encoding === 'deflate') decoder = zlib.createInflate();
  else if (encoding === 'br') decoder = zlib.createBrotliDecompress();
  let source: Readable = body;
  if (decoder !== null) {
    const d = decoder;
    body.on('error', (err) => d.destroy(err));
    source = body.pipe(d);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const room = maxBytes - total;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        total = maxBytes;
        truncated = true;
        break;
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } finally {
    decoder?.destroy();
    if (!body.readableEnded) body.destroy();
  }
  return { body: Buffer.concat(chunks, total), truncated };
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO$)/;

/** Maps an undici / Node error to an HttpError whose message names the URL. */
function classifyError(err: unknown, timedOutAfterMs: number | null, req: HopRequest): HttpError {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const walk = (e: unknown, depth: number): void => {
    if (e === null || typeof e !== 'object' || seen.has(e) || depth > 5) return;
    seen.add(e);
    const rec = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof rec.code === 'string') codes.push(rec.code);
    if (typeof rec.message === 'string' && rec.message !== '') messages.push(rec.message);
    walk(rec.cause, depth + 1);
    if (Array.isArray(rec.errors)) for (const inner of rec.errors) walk(inner, depth + 1);
  };
  walk(err, 0);
  const has = (pred: (c: string) => boolean): boolean => codes.some(pred);

  let code: HttpErrorCode;
  let what: string;
  if (timedOutAfterMs !== null) {
    return { code: 'timeout', message: `${req.method} ${req.url.href}: timed out after ${timedOutAfterMs} ms` };
  }
  if (has((c) => c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'UND_ERR_HEADERS_TIMEOUT' || c === 'UND_ERR_BODY_TIMEOUT' || c === 'ETIMEDOUT')) {
    code = 'timeout';
    what = 'timed out';
  } else if (has((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_FAIL' || c === 'EAI_NODATA' || c === 'EAI_NONAME')) {
    code = 'dns';
    what = 'DNS lookup failed';
  } else if (has((c) => c === 'ECONNREFUSED')) {
    code = 'refused';
    what = 'connection refused';
  } else if (has((c) => TLS_CODE.test(c))) {
    code = 'tls';
    what = 'TLS error';
  } else if (has((c) => c === 'ECONNRESET' || c === 'EPIPE' || c === 'UND_ERR_SOCKET' || c === 'ECONNABORTED')) {
    code = 'reset';
    what = 'connection reset';
  } else if (has((c) => c.startsWith('Z_') || c.startsWith('ERR__') || c === 'ERR_BROTLI_DECOMPRESSION_FAILED')) {
    code = 'other';
    what = 'could not decode the response body';
  } else {
    code = 'other';
    what = 'request failed';
  }
  const detail = [codes[0], messages[0]?.replace(/\s+/g, ' ').trim()]
    .filter((s) => s !== undefined && s !== '')
    .join(': ');
  return { code, message: `${req.method} ${req.url.href}: ${what}${detail === '' ? '' : ` (${detail})`}` };
}
