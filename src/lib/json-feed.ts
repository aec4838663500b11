import type { FeedChannel, FeedEntry } from './feed-entry.ts';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) documents, as far as Dispatch fills them in. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_text: string;
  date_published?: string;
  date_modified?: string;
  authors?: { name: string }[];
  tags?: string[];
  language?: string;
  external_url?: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

export function jsonFeed(channel: FeedChannel, entries: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    items: entries.map(jsonFeedItem),
  };
}

function jsonFeedItem(entry: FeedEntry): JsonFeedItem {
  const item: JsonFeedItem = {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    // JSON Feed requires content_html or content_text; an empty brief still gets its summary.
    content_text: entry.text || entry.summary || entry.title,
  };
  if (entry.summary) item.summary = entry.summary;
  if (entry.date) item.date_published = entry.date.toISOString();
  if (entry.updated) item.date_modified = entry.updated.toISOString();
  // Outlet as the author when no person is named: feed readers show it where a byline goes.
  const names = entry.authors.length > 0 ? entry.authors : entry.outlet ? [entry.outlet] : [];
  if (names.length > 0) item.authors = names.map((name) => ({ name }));
  const tags = [...(entry.outlet ? [entry.outlet] : []), ...entry.tags];
  if (tags.length > 0) item.tags = [...new Set(tags)];
  if (entry.language && entry.language !== 'und') item.language = entry.language;
  if (entry.originalUrl) item.external_url = entry.originalUrl;
  return item;
}
