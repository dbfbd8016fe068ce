/**
 * The phone: what each language version's home page gives a phone (the mobile probe: redirect,
 * responsive layout, link to a mobile version, link back), then the pages one click from each
 * mobile home page — the sections Annex 6 looks at — within --max-mobile-pages per language.
 */
import { join } from 'node:path';
import type { HostGate } from './hostGate.ts';
import type { BrowserContext } from 'playwright';
import { classify, type Scope } from '../discovery/scope.ts';
import { isHtmlPage } from '../extract/toPageRecord.ts';
import type { RobotsRules } from '../http/robots.ts';
import { probeMobile } from '../mobile/mobileProbe.ts';
import { languageOfUrl } from '../url/languageOfUrl.ts';
import { guardContext } from './contextGuards.ts';
import type { Candidate, CrawlSession } from './crawlSession.ts';
import { PagePool } from './pagePool.ts';
import { pageFetcher } from './pageFetcher.ts';

export interface PhoneCrawlDeps {
  session: CrawlSession;
  phone: BrowserContext;
  scope: Scope;
  robots: RobotsRules;
  limit: HostGate;
}

export async function crawlPhone(d: PhoneCrawlDeps): Promise<void> {
  const { session, robots } = d;
  const { site, config } = session;
  session.enter('mobile');
  const takeBlocked = await guardContext(d.phone);
  const pool = new PagePool(d.phone);
  try {
    for (const v of site.languages.filter((x) => x.lang !== 'en')) {
      if (session.stopped()) return;
      const earlier = session.previousMobile.find((m) => m.lang === v.lang);
      if (earlier) {
        site.mobile.push(earlier);
        for (const p of session.reusedMobileProbePages(v.lang)) session.record(p, false);
        continue;
      }
      const shot = `screenshots/mobile-${v.lang}-home.png`;
      const result = await pool.use((page) => probeMobile(
        page, v.lang, v.homeUrl, takeBlocked,
        config.screenshots ? { abs: join(session.store.dir, shot), rel: shot } : null,
      ));
      site.mobile.push(result.probe);
      for (const p of result.pages) session.record(p, true);
      session.save();
    }

    const hosts = [...new Set([...d.scope.hosts, ...site.mobile.flatMap((m) => (m.mobileHomeUrl ? [new URL(m.mobileHomeUrl).host] : []))])];
    const phoneScope: Scope = { ...d.scope, hosts };
    const homes = session.pages.filter((p) => p.device === 'mobile' && isHtmlPage(p));
    const seen = new Set(homes.flatMap((p) => [p.url, p.finalUrl]));
    const perLang: Record<string, number> = {};
    const candidates: Candidate[] = [];
    for (const home of homes) {
      for (const l of home.links) {
        if (!l.url || l.switchesTo || seen.has(l.url) || classify(l.url, phoneScope) !== 'in' || !robots.isAllowed(l.url)) continue;
        seen.add(l.url);
        const lang = languageOfUrl(l.url)?.lang ?? home.lang;
        perLang[lang ?? '-'] = (perLang[lang ?? '-'] ?? 0) + 1;
        if (perLang[lang ?? '-']! <= config.maxMobilePages) candidates.push({ url: l.url, lang, via: 'link' });
      }
    }
    const fetchPage = pageFetcher(session, 'mobile', takeBlocked);
    await Promise.all(candidates.sort((a, b) => a.url.localeCompare(b.url)).map((c) => d.limit(async () => {
      if (session.stopped() || session.outOfTime()) return;
      await pool.use((page) => fetchPage(page, c, 1, null));
    })));
  } finally {
    await pool.close();
  }
}
