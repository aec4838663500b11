import { describe, expect, it } from 'vitest';
import { absoluteUrl, safeHttpUrl, url } from '../../src/lib/url.ts';

describe('url', () => {
  it('prefixes the base, with or without its trailing slash', () => {
    expect(url('/briefs/a/', '/news/')).toBe('/news/briefs/a/');
    expect(url('briefs/a/', '/news')).toBe('/news/briefs/a/');
    expect(url('/', '/')).toBe('/');
  });
});

describe('absoluteUrl', () => {
  it('puts the base between the origin and the path', () => {
    expect(absoluteUrl('/briefs/a/', 'https://example.org', '/news/')).toBe('https://example.org/news/briefs/a/');
    expect(absoluteUrl('/feed.json', new URL('https://example.org/'), '/')).toBe('https://example.org/feed.json');
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https addresses', () => {
    expect(safeHttpUrl(' https://example.org/a?b=1 ')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, relative and malformed addresses', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//example.org/a', '/briefs/a/', 'not a url', '', null, undefined]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });
});
