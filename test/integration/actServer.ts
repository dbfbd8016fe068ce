/**
 * A static 127.0.0.1 server for the W3C ACT Rules cases in ../shared/act-rules (read at test
 * time, never copied into the project), with byte ranges (the media cases need them).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** The suite: TEKSER_ACT_RULES, else ../shared/act-rules beside the checkout (as CI has it), else /work/shared/act-rules. */
function findAct(): string {
  const candidates = [process.env.TEKSER_ACT_RULES, new URL('../../../shared/act-rules', import.meta.url).pathname, '/work/shared/act-rules'];
  const found = candidates.find((c): c is string => !!c && existsSync(join(c, 'index.json')));
  if (!found) throw new Error(`The W3C ACT Rules cases were not found (looked in: ${candidates.filter(Boolean).join(', ')}); set TEKSER_ACT_RULES.`);
  return found;
}

export const ACT = findAct();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.webm': 'video/webm',
  '.ogg': 'audio/ogg', '.oga': 'audio/ogg', '.vtt': 'text/vtt', '.xhtml': 'application/xhtml+xml', '.xml': 'application/xml',
};

/** A static server for the ACT folder with byte ranges (the media cases need them). */
export function serveAct(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(ACT, path);
    if (!file.startsWith(ACT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : 0;
      const end = range[2] ? Number(range[2]) : size - 1;
      res.writeHead(206, { 'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
