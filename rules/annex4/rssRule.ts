/**
 * A4-4.2 — an RSS channel for announcements, news and public-procurement notices (0.3): −0.15 for
 * each of the three kinds without a working feed, floored at 0. Decided from site.feeds.
 */
import type { FeedInfo, Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../types.ts';
import { requireAnnex4 } from '../methodology/annex4.ts';
import { FEED_CATEGORIES, feedCategoriesOf, type FeedCategory } from '../../lexicon/feedCategories.ts';
import { note, scoredResult } from '../result.ts';

const DEFINITION = requireAnnex4('4.2');
const ID = 'A4-4.2';

export const RSS_INTERPRETATION =
  'Interpretation: a feed counts when it answered HTTP 200 and parsed as RSS, Atom or RDF. Each feed is classed as news, announcements or public procurement by the words in its title, in the title the page declared for it and in its URL (Kazakh, Russian, English); one feed may serve several kinds. A feed that names none of the three is listed but not counted. Each of the three kinds without a feed costs 0.15.';

function scoringOf() {
  const scoring = DEFINITION.scoring;
  if (scoring.type !== 'per-item') throw new Error('Annex 4 4.2 must be a per-item indicator');
  return scoring;
}

export function isWorkingFeed(feed: FeedInfo): boolean {
  return feed.format !== null && feed.status === 200;
}

export function classifyFeed(feed: FeedInfo): FeedCategory[] {
  return feedCategoriesOf(feed.title, feed.declaredTitle, feed.url);
}

function feedEvidence(feed: FeedInfo, categories: FeedCategory[]): Evidence {
  const name = feed.title ?? feed.declaredTitle ?? '(untitled)';
  if (!isWorkingFeed(feed)) {
    const why = feed.status !== 200 ? (feed.status !== null ? `HTTP ${feed.status}` : (feed.error ?? 'no answer')) : 'not an RSS/Atom/RDF document';
    return { kind: 'page', label: `Feed «${name}» not counted: ${why}`, url: feed.url, value: feed.status };
  }
  return {
    kind: 'page',
    label: `Feed «${name}» (${feed.format}, ${feed.itemCount} items, latest ${feed.latestItemDate ?? 'undated'}): ${categories.length > 0 ? categories.join(', ') : 'names none of news / announcements / procurement — not counted'}`,
    url: feed.url,
    value: feed.latestItemDate,
  };
}

export function runRss(snapshot: Snapshot): IndicatorResult[] {
  const scoring = scoringOf();
  const evidence: Evidence[] = [note(RSS_INTERPRETATION)];
  const covered = new Map<FeedCategory, string[]>();
  for (const feed of snapshot.site.feeds) {
    const categories = isWorkingFeed(feed) ? classifyFeed(feed) : [];
    for (const category of categories) covered.set(category, [...(covered.get(category) ?? []), feed.url]);
    evidence.push(feedEvidence(feed, categories));
    if (feed.declaredOn.length > 0) {
      evidence.push({ kind: 'note', label: `Declared on ${feed.declaredOn.length} page(s), e.g.`, url: feed.declaredOn[0], value: feed.declaredOn.length });
    }
  }
  if (snapshot.site.feeds.length === 0) evidence.push(note('No RSS, Atom or RDF feed was found (neither declared by <link rel="alternate"> nor at a common path).'));
  const deductions: Deduction[] = [];
  for (const category of FEED_CATEGORIES) {
    const itemDef = scoring.items.find((i) => i.id === category);
    const name = itemDef?.title.en ?? category;
    const feeds = covered.get(category);
    if (feeds) evidence.push({ kind: 'value', label: `${name}: covered by`, value: feeds.join(' ') });
    else deductions.push({ reason: `No working RSS feed for ${name.toLowerCase()}`, points: scoring.perItem });
  }
  const have = FEED_CATEGORIES.filter((c) => covered.has(c));
  const summary =
    have.length === FEED_CATEGORIES.length
      ? 'RSS feeds for news, announcements and procurement'
      : `RSS feeds for ${have.length > 0 ? have.join(', ') : 'none of the three kinds'}; missing: ${FEED_CATEGORIES.filter((c) => !covered.has(c)).join(', ')}`;
  return [scoredResult({ id: ID, max: DEFINITION.max, deductions, evidence, summary })];
}

export const rssRule: Rule = { id: ID, run: runRss };
