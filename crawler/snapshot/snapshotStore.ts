/**
 * Reads and writes `<out>/snapshot/`: site.json (rewritten atomically), pages.jsonl,
 * checks.jsonl and probes.jsonl (appended line by line as work finishes, so a killed audit loses at most the
 * line being written; a torn last line is dropped on reading).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PageRecordSchema, ProbeRecordSchema, SiteSnapshotSchema, UrlCheckSchema,
  type PageRecord, type ProbeRecord, type SiteSnapshot, type Snapshot, type UrlCheck,
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
  get probesPath(): string { return join(this.dir, 'probes.jsonl'); }

  exists(): boolean { return existsSync(this.sitePath); }

  init(): void {
    mkdirSync(this.screenshotsDir, { recursive: true });
  }

  /** Starts afresh: empties the page and check logs. */
  reset(): void {
    this.init();
    writeFileSync(this.pagesPath, '');
    writeFileSync(this.checksPath, '');
    writeFileSync(this.probesPath, '');
  }

  /** Rewrites the logs with only their valid records (drops a torn last line before appending). */
  repair(): { pages: PageRecord[]; checks: UrlCheck[]; probes: ProbeRecord[] } {
    const pages = this.readPages();
    const checks = this.readChecks();
    const probes = this.readProbes();
    this.init();
    const lines = (records: unknown[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
    writeFileSync(this.pagesPath, lines(pages));
    writeFileSync(this.checksPath, lines(checks));
    writeFileSync(this.probesPath, lines(probes));
    return { pages, checks, probes };
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

  appendProbe(probe: ProbeRecord): void {
    appendFileSync(this.probesPath, `${JSON.stringify(probe)}\n`);
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

  readProbes(): ProbeRecord[] {
    return readJsonLines(this.probesPath, (v) => ProbeRecordSchema.parse(v));
  }

  read(): Snapshot {
    return { site: this.readSite(), pages: this.readPages(), checks: this.readChecks(), probes: this.readProbes() };
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
