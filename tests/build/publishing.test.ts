import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

// Feeds, sitemap and page metadata, built under a sub-path on a public origin.
const SITE = 'https://news.example.org';
const BASE = '/sub/path';
const HOME = `${SITE}${BASE}/`;

let site: BuiltSite;
let server: StaticServer;
const pages = new Map<string, Root>();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

beforeAll(async () => {
  const seedFiles = [
    join(ROOT, 'seeds/001_64633b2b908c8773.txt'),
    join(ROOT, 'tests/fixtures/seeds/hostile-mdx.txt'),
    join(ROOT, 'tests/fixtures/site/seeds/script-in-headline.txt'),
  ];
  site = await buildSite({ seedFiles, base: BASE, site: SITE, name: 'publishing', contentDir: 'tests/fixtures/site/briefs' });
  for (const entry of await readdir(site.outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    pages.set(relative(site.outDir, file).split('\\').join('/'), fromHtml(await readFile(file, 'utf8')));
  }
  server = await serveStatic(site.outDir, BASE);
});

afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

const read = (path: string) => readFile(join(site.outDir, path), 'utf8');
const briefPages = () => [...pages].filter(([path]) => path.startsWith('briefs/'));
const attr = (tree: Root, selector: string, name: string) => {
  const el = select(selector, tree);
  return el ? String(el.properties[name]) : undefined;
};
const briefTitled = (title: string) => briefPages().find(([, tree]) => toText(select('h1', tree)!) === title)!;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('right-to-left briefs', () => {
  it("sets a right-to-left brief's own words right to left, and leaves the site's byline and panels left to right", () => {
    const [, tree] = briefTitled('ميناء المدينة يبدأ أعمال تعميق القناة');
    expect(attr(tree, 'article.brief', 'lang')).toBe('ar');
    expect(attr(tree, 'h1', 'dir')).toBe('rtl');
    expect(attr(tree, '.brief__text', 'dir')).toBe('rtl');
    expect(attr(tree, '.byline', 'dir')).toBe('undefined');
    expect(attr(tree, 'article.brief', 'dir')).toBe('undefined');
    // A brief in a left-to-right language carries no direction of its own.
    expect(attr(briefTitled('Port authority defends the cost of harbour dredging')[1], 'h1', 'dir')).toBe('undefined');
    const card = selectAll('.brief-card', pages.get('index.html')!).find((c) => toText(c).includes('ميناء'))!;
    expect(String(select('.brief-card__title', card)!.properties.dir)).toBe('rtl');
  });
});

describe('RSS feed', () => {
  it('lists every brief with absolute links under the base', async () => {
    const rss = xml.parse(await read('rss.xml')).rss;
    const channel = rss.channel;
    expect(channel.link).toBe(HOME);
    expect(channel['atom:link']['@href']).toBe(`${HOME}rss.xml`);
    const items = asArray<Record<string, unknown>>(channel.item);
    expect(items).toHaveLength(briefPages().length);
    for (const item of items) {
      const link = String(item.link);
      expect(link.startsWith(`${HOME}briefs/`), link).toBe(true);
      expect((await fetch(`${server.origin}${new URL(link).pathname}`)).status, link).toBe(200);
    }
  });

  it('carries dates, authors and outlets of briefs that have them', async () => {
    const items = asArray<Record<string, unknown>>(xml.parse(await read('rss.xml')).rss.channel.item);
    const costs = items.find((i) => i.title === 'Port authority defends the cost of harbour dredging')!;
    expect(new Date(String(costs.pubDate)).toISOString()).toBe('2025-06-02T00:00:00.000Z');
    expect(costs['dc:creator']).toEqual(['Sam Okafor', 'Lena Brandt']);
    expect(costs.category).toBe('Coastal Tribune');
    expect(costs.description).toBe('Councillors questioned a budget that has doubled since the project was approved.');
  });
});

describe('JSON Feed', () => {
  it('is a JSON Feed 1.1 with absolute addresses under the base', async () => {
    const feed = JSON.parse(await read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(HOME);
    expect(feed.feed_url).toBe(`${HOME}feed.json`);
    expect(feed.items).toHaveLength(briefPages().length);
    for (const item of feed.items) {
      expect(item.url.startsWith(`${HOME}briefs/`)).toBe(true);
      expect(item.id).toBe(item.url);
      expect(typeof item.content_text).toBe('string');
    }
  });

  it('gives the text as a reader sees it, with escapes undone', async () => {
    const feed = JSON.parse(await read('feed.json'));
    const hostile = feed.items.find((i: { title: string }) => i.title === 'Hostile seed proves escaping works');
    expect(hostile.content_text).toContain('{process.exit(1)}');
    expect(hostile.content_text).toContain('<script>alert(1)</script>');
    const dredging = feed.items.find((i: { title: string }) => i.title === 'Harbour dredging begins after years of delay');
    expect(dredging.date_published).toBe('2024-03-14T00:00:00.000Z');
    expect(dredging.authors).toEqual([{ name: 'Ada Fisher' }]);
    expect(dredging.external_url).toBe('https://gazette.example/2024/03/harbour-dredging');
  });

  it('never offers a non-web address as the original', async () => {
    const feed = JSON.parse(await read('feed.json'));
    const unsafe = feed.items.find((i: { title: string }) => i.title.startsWith('A brief whose original address'));
    expect(unsafe.external_url).toBeUndefined();
  });
});

describe('sitemap', () => {
  it('lists every page but the 404 page, at absolute addresses under the base', async () => {
    const index = xml.parse(await read('sitemap-index.xml'));
    const sitemaps = asArray<{ loc: string }>(index.sitemapindex.sitemap).map((s) => s.loc);
    expect(sitemaps).toEqual([`${HOME}sitemap-0.xml`]);
    const urls = asArray<{ loc: string }>(xml.parse(await read('sitemap-0.xml')).urlset.url).map((u) => u.loc);
    const expected = [...pages.keys()].filter((p) => p !== '404.html').map((p) => `${HOME}${p.replace(/index\.html$/, '')}`);
    expect(urls.sort()).toEqual(expected.sort());
  });
});

describe('page metadata', () => {
  it('gives every page a canonical address, a description and OpenGraph and Twitter cards', () => {
    for (const [path, tree] of pages) {
      if (path === '404.html') continue;
      const canonical = `${HOME}${path.replace(/index\.html$/, '')}`;
      expect(attr(tree, 'link[rel=canonical]', 'href'), path).toBe(canonical);
      expect(attr(tree, 'meta[property="og:url"]', 'content'), path).toBe(canonical);
      expect(attr(tree, 'meta[property="og:title"]', 'content'), path).toBe(toText(select('title', tree)!));
      expect(attr(tree, 'meta[name=description]', 'content')?.length, path).toBeGreaterThan(20);
      expect(attr(tree, 'meta[name="twitter:card"]', 'content'), path).toBe('summary');
      expect(attr(tree, 'link[type="application/rss+xml"]', 'href'), path).toBe(`${HOME}rss.xml`);
    }
  });

  it('keeps the 404 page out of search engines and links it to the rest of the site', () => {
    const page = pages.get('404.html')!;
    expect(attr(page, 'meta[name=robots]', 'content')).toBe('noindex');
    expect(select('link[rel=canonical]', page)).toBeUndefined();
    expect(toText(select('h1', page)!)).toBe('Page not found');
    expect(attr(page, 'form[role=search]', 'action')).toBe(`${BASE}/search/`);
  });

  it('describes a brief as a schema.org NewsArticle', () => {
    const [path, page] = briefTitled('Port authority defends the cost of harbour dredging');
    const ld = JSON.parse(toText(select('script[type="application/ld+json"]', page)!));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Port authority defends the cost of harbour dredging',
      url: `${HOME}${path.replace(/index\.html$/, '')}`,
      datePublished: '2025-06-02T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Sam Okafor' }, { '@type': 'Person', name: 'Lena Brandt' }],
      sourceOrganization: { name: 'Coastal Tribune' },
      isBasedOn: 'https://tribune.example/news/port-dredging-costs',
      description: 'Councillors questioned a budget that has doubled since the project was approved.',
    });
    expect(attr(page, 'meta[property="og:type"]', 'content')).toBe('article');
    expect(attr(page, 'meta[property="article:published_time"]', 'content')).toBe('2025-06-02T00:00:00.000Z');
  });

  it('keeps a headline containing </script> inside its JSON-LD', () => {
    const [, page] = briefPages().find(([, tree]) => toText(select('h1', tree)!).startsWith('Closing tags'))!;
    const headline = toText(select('h1', page)!);
    expect(headline).toContain('</script><script>');
    const scripts = selectAll('script', page);
    // One script element: had the headline closed it, the rest would have become a second, executable one.
    expect(scripts.map((s) => s.properties.type)).toEqual(['application/ld+json']);
    const ld = JSON.parse(toText(scripts[0]!));
    expect(ld.name).toBe(headline);
  });
});

describe('what pages load', () => {
  it('requests nothing from other servers: no absolute http(s) address in link, script, img or CSS', async () => {
    for (const [path, tree] of pages) {
      for (const el of selectAll('link[href], script[src], img[src], source[srcset], iframe[src]', tree) as Element[]) {
        const rel = String(el.properties.rel ?? '');
        // Alternate and canonical links name this site's own public address; browsers fetch none of them.
        const target = String(el.properties.href ?? el.properties.src ?? el.properties.srcSet);
        if (/^(https?:)?\/\//.test(target)) expect(target.startsWith(`${SITE}/`), `${path}: ${rel} ${target}`).toBe(true);
      }
    }
    const assets = await readdir(join(site.outDir, '_astro'));
    for (const css of assets.filter((f) => f.endsWith('.css'))) {
      expect(await read(`_astro/${css}`), css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
  });

  it('ships no script on brief pages besides structured data', () => {
    for (const [path, tree] of briefPages()) {
      for (const script of selectAll('script', tree)) expect(script.properties.type, path).toBe('application/ld+json');
    }
  });

  it('links only web addresses as originals and sources', () => {
    const [, page] = briefTitled('A brief whose original address is not a web address');
    const hrefs = selectAll('a[href]', page).map((a) => String(a.properties.href));
    expect(hrefs.filter((h) => !/^(https?:|\/|#)/.test(h))).toEqual([]);
    expect(hrefs).toContain('https://tribune.example/a-real-source');
    expect(toText(select('.source-note', page)!)).not.toContain('javascript');
  });
});
