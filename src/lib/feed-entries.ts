import { summaryOf, textOf } from './brief-summary.ts';
import { allBriefs, briefPath } from './briefs.ts';
import type { FeedEntry } from './feed-entry.ts';
import { FEED_LIMIT } from './site.ts';
import { absoluteUrl, safeHttpUrl } from './url.ts';

/** The newest briefs as feed entries with absolute addresses on `site`. */
export async function latestFeedEntries(site: URL | string): Promise<FeedEntry[]> {
  const briefs = (await allBriefs()).slice(0, FEED_LIMIT);
  return briefs.map((brief) => ({
    url: absoluteUrl(briefPath(brief), site),
    title: brief.data.title,
    summary: summaryOf(brief, 300),
    text: textOf(brief).full,
    date: brief.data.date ?? null,
    updated: brief.data.updated ?? null,
    authors: brief.data.authors,
    outlet: brief.data.outlet ?? null,
    originalUrl: safeHttpUrl(brief.data.url),
    language: brief.data.language,
    tags: [],
  }));
}
