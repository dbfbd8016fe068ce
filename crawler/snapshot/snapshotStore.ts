/**
 * Reads and writes `<out>/snapshot/`: site.json (rewritten atomically), pages.jsonl and
 * checks.jsonl (appended line by line as work finishes, so a killed audit loses at most the
 * line being written; a torn last line is dropped on reading).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PageRecordSchema, SiteSnapshotSchema, UrlCheckSchema,
  type PageRecord, type SiteSnapshot, type Snapshot, type UrlCheck,
} from './schema.ts';

export class SnapshotStore {
  readonly dir: string;
  readonly screenshotsDir: string;
  constructor(outDir: string) {
    this.dir = join(outDir, 'snapshot');
    this.screenshotsDir = join(this.dir, 'screenshots');
  }

  get sitePath(): string { return join(this.dir, 'site.json'); }
  get pagesPath(): string { return join(this.dir, 'pages.jsonl'); }
  get checksPath(): string { return join(this.dir, 'checks.jsonl'); }

  exists(): boolean { return existsSync(this.sitePath); }

  init(): void {
    mkdirSync(this.screenshotsDir, { recursive: true });
  }

  /** Starts afresh: empties the page and check logs. */
  reset(): void {
    this.init();
    writeFileSync(this.pagesPath, '');
    writeFileSync(this.checksPath, '');
  }

  /** Rewrites the logs with only their valid records (drops a torn last line before appending). */
  repair(): { pages: PageRecord[]; checks: UrlCheck[] } {
    const pages = this.readPages();
    const checks = this.readChecks();
    this.init();
    writeFileSync(this.pagesPath, pages.map((p) => `${JSON.stringify(p)}\n`).join(''));
    writeFileSync(this.checksPath, checks.map((c) => `${JSON.stringify(c)}\n`).join(''));
    return { pages, checks };
  }

  writeSite(site: SiteSnapshot): void {
    const tmp = `${this.sitePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(SiteSnapshotSchema.parse(site), null, 2));
    renameSync(tmp, this.sitePath);
  }

  appendPage(page: PageRecord): void {
    appendFileSync(this.pagesPath, `${JSON.stringify(page)}\n`);
  }

  appendCheck(check: UrlCheck): void {
    appendFileSync(this.checksPath, `${JSON.stringify(check)}\n`);
  }

  readSite(): SiteSnapshot {
    return SiteSnapshotSchema.parse(JSON.parse(readFileSync(this.sitePath, 'utf8')));
  }

  readPages(): PageRecord[] {
    return readJsonLines(this.pagesPath, (v) => PageRecordSchema.parse(v));
  }

  readChecks(): UrlCheck[] {
    return readJsonLines(this.checksPath, (v) => UrlCheckSchema.parse(v));
  }

  read(): Snapshot {
    return { site: this.readSite(), pages: this.readPages(), checks: this.readChecks() };
  }
}

/** Parses a JSON-lines file; a torn (unparseable) last line — from a killed process — is dropped. */
export function readJsonLines<T>(path: string, parse: (v: unknown) => T): T[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: T[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(parse(JSON.parse(line)));
    } catch (err) {
      const isLast = lines.slice(i + 1).every((l) => !l.trim());
      if (!isLast) throw new Error(`${path}: line ${i + 1} is not a valid record: ${(err as Error).message}`);
    }
  });
  return out;
}
