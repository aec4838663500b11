import { describe, expect, it } from 'vitest';
import { newsArticle, serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  const hostile = ['</script><script>alert(1)</script>', '<!-- open comment', 'a & b > c', 'line\u2028separator\u2029end', '</SCRIPT >'];

  it('writes no character that HTML could read as markup', () => {
    for (const text of hostile) {
      const out = serializeJsonLd({ headline: text });
      expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    }
  });

  it('still means the same JSON value', () => {
    for (const text of hostile) expect(JSON.parse(serializeJsonLd({ headline: text, nested: [text] }))).toEqual({ headline: text, nested: [text] });
  });

  it('leaves ordinary text as it is', () => {
    expect(serializeJsonLd({ headline: 'Plain “quoted” café' })).toBe('{"headline":"Plain “quoted” café"}');
  });
});

describe('newsArticle', () => {
  const base = { title: 'A headline', pageUrl: 'https://example.org/news/briefs/a/', authors: [], siteName: 'Dispatch', siteUrl: 'https://example.org/news/' };

  it('describes a fully known brief', () => {
    const ld = newsArticle({
      ...base,
      description: 'What happened.',
      date: new Date('2025-10-10T00:00:00Z'),
      updated: new Date('2025-10-12T00:00:00Z'),
      authors: ['Jane Doe'],
      outlet: 'Newsweek',
      originalUrl: 'https://newsweek.example/a',
      language: 'en',
      wordCount: 420,
      keywords: ['Trade'],
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      name: 'A headline',
      url: base.pageUrl,
      mainEntityOfPage: { '@type': 'WebPage', '@id': base.pageUrl },
      publisher: { '@type': 'Organization', name: 'Dispatch', url: base.siteUrl },
      isAccessibleForFree: true,
      description: 'What happened.',
      datePublished: '2025-10-10T00:00:00.000Z',
      dateModified: '2025-10-12T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Jane Doe' }],
      sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'Newsweek' },
      isBasedOn: 'https://newsweek.example/a',
      inLanguage: 'en',
      wordCount: 420,
      keywords: ['Trade'],
    });
  });

  it('leaves out what is unknown instead of writing empty values', () => {
    const ld = newsArticle({ ...base, date: null, outlet: null, originalUrl: null, language: 'und' });
    for (const key of ['datePublished', 'author', 'sourceOrganization', 'isBasedOn', 'inLanguage', 'description', 'keywords']) expect(ld).not.toHaveProperty(key);
  });

  it('cuts a headline longer than 110 characters at a word, keeping the full title as the name', () => {
    const title = `${'word '.repeat(30)}end`;
    const ld = newsArticle({ ...base, title });
    expect(String(ld.headline).length).toBeLessThanOrEqual(110);
    expect(String(ld.headline)).toMatch(/word…$/);
    expect(ld.name).toBe(title);
  });
});
