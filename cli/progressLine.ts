/** Renders crawl progress on stderr: one rewritten line on a terminal, a line every few seconds otherwise. */
import type { CrawlProgress } from '../crawler/audit/crawlSite.ts';

export function formatProgress(p: CrawlProgress): string {
  const langs = Object.entries(p.pages).map(([lang, n]) => `${lang} ${n}`).join(' · ') || 'no pages yet';
  const total = Object.values(p.pages).reduce((a, b) => a + b, 0) + p.mobilePages;
  const secs = p.elapsedMs / 1000;
  const rate = total > 0 ? total / secs : 0;
  const eta = p.phase === 'pages' && rate > 0 && p.queued > 0 ? ` · ~${Math.ceil(p.queued / rate)} s left in this level` : '';
  return `[${p.phase}] desktop: ${langs} · phone ${p.mobilePages} · ${secs.toFixed(1)} s${eta}`;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr, quiet = false): { update(p: CrawlProgress): void; end(): void } {
  let last = 0;
  let lastPhase = '';
  let shown = false;
  return {
    update(p) {
      if (quiet) return;
      const now = Date.now();
      if (stream.isTTY) {
        if (now - last < 100 && p.phase === lastPhase) return;
        stream.write(`\r\x1b[K${formatProgress(p)}`);
        shown = true;
      } else if (now - last > 5000 || p.phase !== lastPhase) {
        stream.write(`${formatProgress(p)}\n`);
      } else {
        return;
      }
      last = now;
      lastPhase = p.phase;
    },
    end() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
