import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../src/lib/feed-entry.ts';
import { jsonFeed } from '../../src/lib/json-feed.ts';

const channel = { title: 'Dispatch', description: 'Briefs.', homeUrl: 'https://example.org/news/', feedUrl: 'https://example.org/news/feed.json', language: 'en' };
const entry: FeedEntry = {
  url: 'https://example.org/news/briefs/a/',
  title: 'A',
  summary: 'Summary.',
  text: 'Paragraph one.\n\nParagraph two.',
  date: new Date('2025-03-01T00:00:00Z'),
  updated: null,
  authors: ['Jane Doe'],
  outlet: 'Outlet',
  originalUrl: 'https://outlet.example/a',
  language: 'en',
  tags: ['Trade'],
};

describe('jsonFeed', () => {
  it('writes a JSON Feed 1.1 document', () => {
    const feed = jsonFeed(channel, [entry]);
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', home_page_url: channel.homeUrl, feed_url: channel.feedUrl });
    expect(feed.items).toEqual([
      {
        id: entry.url,
        url: entry.url,
        title: 'A',
        summary: 'Summary.',
        content_text: entry.text,
        date_published: '2025-03-01T00:00:00.000Z',
        authors: [{ name: 'Jane Doe' }],
        tags: ['Outlet', 'Trade'],
        language: 'en',
        external_url: 'https://outlet.example/a',
      },
    ]);
  });

  it('names the outlet as author when no person is known, and leaves unknown fields out', () => {
    const [item] = jsonFeed(channel, [{ ...entry, authors: [], date: null, originalUrl: null, language: 'und', tags: [] }]).items;
    expect(item!.authors).toEqual([{ name: 'Outlet' }]);
    for (const key of ['date_published', 'external_url', 'language']) expect(item).not.toHaveProperty(key);
  });

  it('always has content, even for a brief with no text', () => {
    const [item] = jsonFeed(channel, [{ ...entry, text: '', summary: '', outlet: null, authors: [] }]).items;
    expect(item!.content_text).toBe('A');
    expect(item).not.toHaveProperty('authors');
    expect(item).not.toHaveProperty('summary');
  });
});
