/**
 * The state one crawl shares between its phases: the config, the snapshot on disk (and, with
 * resume, what an earlier run already fetched), the site facts, the pages and checks so far,
 * progress, the time limit and the stop signal.
 */
import { AuditError } from '../auditError.ts';
import {
  type AuditConfig, type Device, type Lang, type MobileProbe, type PageRecord, type ProbeRecord, type SiteSnapshot, type UrlCheck,
} from '../snapshot/schema.ts';
import { emptySite } from '../snapshot/emptySite.ts';
import { SnapshotStore } from '../snapshot/snapshotStore.ts';
import { probeKey } from '../probes/runProbes.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';

export { TOOL_VERSION } from '../snapshot/emptySite.ts';

export type CrawlPhase = 'start' | 'robots' | 'sitemaps' | 'pages' | 'sitemap-pages' | 'links' | 'feeds' | 'documents' | 'mobile' | 'probes' | 'depth' | 'done';

export interface CrawlProgress {
  phase: CrawlPhase;
  pages: Record<string, number>;
  mobilePages: number;
  queued: number;
  elapsedMs: number;
}

/** A URL waiting to be fetched, with the language it is expected to be in and how it was found. */
export interface Candidate {
  url: string;
  lang: Lang | null;
  via: PageRecord['discoveredVia'];
}

const pageKey = (device: Device, url: string) => `${device} ${url}`;

export class CrawlSession {
  readonly config: AuditConfig;
  readonly startUrl: string;
  readonly store: SnapshotStore;
  readonly site: SiteSnapshot;
  readonly pages: PageRecord[] = [];
  readonly checks = new Map<string, UrlCheck>();
  /** Final URLs of the pages fetched so far. */
  readonly fetchedFinal = new Set<string>();
  readonly previousProbes = new Map<string, ProbeRecord>();
  readonly previousMobile: MobileProbe[];
  readonly started = Date.now();
  readonly deadline: number;
  phase: CrawlPhase = 'start';
  queued = 0;
  private readonly previousPages = new Map<string, PageRecord>();
  private readonly counts: Record<string, number> = {};
  private mobileCount = 0;
  private readonly signal: AbortSignal | undefined;
  private readonly onProgress: ((p: CrawlProgress) => void) | undefined;

  constructor(config: AuditConfig, outDir: string, resume: boolean, signal?: AbortSignal, onProgress?: (p: CrawlProgress) => void) {
    const startUrl = normalizeUrl(config.startUrl);
    if (!startUrl) throw new AuditError(`"${config.startUrl}" is not an http(s) URL. Give the site's address, e.g. https://www.gov.kz/memleket/entities/example?lang=kk`);
    this.config = config;
    this.startUrl = startUrl;
    this.signal = signal;
    this.onProgress = onProgress;
    this.deadline = config.timeLimitSec ? this.started + config.timeLimitSec * 1000 : Infinity;
    this.store = new SnapshotStore(outDir);
    let prevSite: SiteSnapshot | null = null;
    if (resume && this.store.exists()) {
      prevSite = this.store.readSite();
      const repaired = this.store.repair();
      for (const p of repaired.pages) this.previousPages.set(pageKey(p.device, p.url), p);
      for (const c of repaired.checks) this.checks.set(c.url, c);
      for (const r of repaired.probes) this.previousProbes.set(probeKey(r), r);
    } else {
      this.store.reset();
    }
    this.previousMobile = prevSite?.mobile ?? [];
    this.site = emptySite(config, startUrl, prevSite?.startedAt ?? new Date(this.started).toISOString());
  }

  /** A page an earlier run of this audit already fetched (resume). */
  reused(device: Device, url: string): PageRecord | undefined {
    return this.previousPages.get(pageKey(device, url));
  }

  /** Mobile pages an earlier run recorded for a language's phone probe (resume). */
  reusedMobileProbePages(lang: Lang): PageRecord[] {
    return [...this.previousPages.values()].filter((p) => p.device === 'mobile' && p.discoveredVia === 'mobile' && p.lang === lang);
  }

  /** Adds a page to the snapshot (appending it to pages.jsonl when it was fetched now). */
  record(page: PageRecord, fresh: boolean): void {
    this.pages.push(page);
    this.fetchedFinal.add(page.finalUrl);
    if (page.device === 'mobile') this.mobileCount++;
    else this.counts[page.lang ?? 'unknown'] = (this.counts[page.lang ?? 'unknown'] ?? 0) + 1;
    if (fresh) this.store.appendPage(page);
    this.progress();
  }

  recordCheck(check: UrlCheck): void {
    this.checks.set(check.url, check);
    this.store.appendCheck(check);
  }

  enter(phase: CrawlPhase): void {
    this.phase = phase;
    this.progress();
  }

  progress(): void {
    this.onProgress?.({ phase: this.phase, pages: { ...this.counts }, mobilePages: this.mobileCount, queued: this.queued, elapsedMs: Date.now() - this.started });
  }

  save(): void {
    this.store.writeSite(this.site);
  }

  stopped(): boolean {
    return this.signal?.aborted === true;
  }

  outOfTime(): boolean {
    return Date.now() > this.deadline;
  }
}
