import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';

/**
 * The reader's site in Chromium: built under a sub-path, served on loopback,
 * and used as a reader would. One browser and one context for the file; the
 * context refuses (and records) every request to another server.
 */
const BASE = '/sub/path';
const SEEDS = ['000_b375b17e4484cc29.txt', '001_64633b2b908c8773.txt', '002_b575a3040e1d2a9e.txt', '003_045e247627f6c598.txt', '004_769db2157d0f5121.txt'];
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
// Two versions of one story, so the site has a same-story page comparing their facts.
const STORY_VERSIONS = ['rail-original.txt', 'rail-rewrite.txt'].map((n) => join(ROOT, 'tests/fixtures/links', n));
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 390, height: 844 };

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const seedFiles = [...SEEDS.map((n) => join(ROOT, 'seeds', n)), join(ROOT, 'tests/fixtures/seeds/hostile-mdx.txt'), join(ROOT, 'tests/fixtures/site/seeds/script-in-headline.txt'), join(ROOT, 'tests/fixtures/site/seeds/long-outlet-name.txt'), ...STORY_VERSIONS];
  // Browser first: a missing Chromium should fail fast with its own message, not after a build.
  browser = await launchChromium();
  site = await buildSite({ seedFiles, base: BASE, name: 'browser', contentDir: 'tests/fixtures/site/briefs' });
  server = await serveStatic(site.outDir, BASE);
  // bypassCSP lets the tests inject axe-core into pages that forbid inline scripts.
  context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(`${server.origin}/`)) return route.continue();
    external.push(target);
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

const at = (path: string) => `${server.origin}${BASE}${path}`;

async function search(term: string): Promise<void> {
  await page.goto(at('/search/'));
  await page.locator('#search-form.is-ready').waitFor();
  await page.fill('#search-input', term);
  await page.locator('#search-status', { hasText: term }).waitFor();
}

interface Crawl {
  /** Every page reached from home by following links. */
  pages: Set<string>;
  /** Pages, links and assets that did not answer 200. */
  broken: string[];
  /** Internal links that leave the base path. */
  outsideBase: string[];
  /** Links to #fragments that no element on the target page has as id. */
  missingAnchors: string[];
}
let crawlResult: Promise<Crawl> | undefined;

/** Follows every internal link from home over HTTP (once per file), checking pages, anchors and the assets pages load. */
function crawlSite(): Promise<Crawl> {
  crawlResult ??= (async () => {
    const pages = new Set<string>();
    const queue = [at('/')];
    const broken: string[] = [];
    const outsideBase: string[] = [];
    const ids = new Map<string, Set<string>>();
    const anchors: { from: string; target: string; id: string }[] = [];
    const assets = new Map<string, string>();
    while (queue.length > 0) {
      const target = queue.shift()!;
      if (pages.has(target)) continue;
      pages.add(target);
      const res = await fetch(target);
      if (!res.ok) {
        broken.push(`${res.status} ${target}`);
        continue;
      }
      if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
      const tree = fromHtml(await res.text());
      ids.set(target, new Set(selectAll('[id]', tree).map((el) => String(el.properties.id))));
      for (const el of selectAll('link[href], script[src], img[src]', tree)) {
        const ref = new URL(String(el.properties.href ?? el.properties.src), target);
        if (ref.origin === server.origin) assets.set(ref.href, target);
      }
      for (const a of selectAll('a[href]', tree)) {
        const link = new URL(String(a.properties.href), target);
        if (link.origin !== server.origin) continue;
        if (!link.pathname.startsWith(`${BASE}/`)) outsideBase.push(`${target} -> ${link.href}`);
        const id = decodeURIComponent(link.hash.slice(1));
        link.hash = '';
        if (id) anchors.push({ from: target, target: link.href, id });
        if (!pages.has(link.href)) queue.push(link.href);
      }
    }
    for (const [asset, from] of assets) {
      if (pages.has(asset)) continue;
      const res = await fetch(asset);
      if (!res.ok) broken.push(`${res.status} ${asset} (loaded by ${from})`);
    }
    const missingAnchors = anchors.filter((a) => !ids.get(a.target)?.has(a.id)).map((a) => `${a.from} -> ${a.target}#${a.id}`);
    return { pages, broken, outsideBase, missingAnchors };
  })();
  return crawlResult;
}

let linkedBrief: string | undefined;
/** The first brief in the archive whose page shows related briefs (a generated brief with cross-links). */
async function briefWithCrossLinks(): Promise<string> {
  if (linkedBrief) return linkedBrief;
  const archive = fromHtml(await (await fetch(at('/archive/'))).text());
  for (const a of selectAll('.brief-card__title a', archive)) {
    const href = new URL(String(a.properties.href), server.origin).href;
    const tree = fromHtml(await (await fetch(href)).text());
    if (selectAll('.brief__slot--related .related-briefs a', tree).length > 0) return (linkedBrief = href);
  }
  throw new Error('no brief in the archive shows related briefs');
}

const resultTitles = () => page.locator('.search-result__title a').allTextContents();

describe('search', () => {
  it('finds a brief by a word that only one seed contains, and opens it from the results', async () => {
    const word = 'Rostec';
    const containing = [];
    for (const name of SEEDS) if ((await readFile(join(ROOT, 'seeds', name), 'utf8')).includes(word)) containing.push(name);
    expect(containing).toHaveLength(1);

    await search(word);
    const results = page.locator('.search-result');
    expect(await results.count()).toBe(1);
    const first = results.first();
    expect((await first.locator('.search-result__excerpt mark').first().textContent())?.toLowerCase()).toBe(word.toLowerCase());
    expect(page.url()).toBe(at(`/search/?q=${word}`));

    const title = await first.locator('.search-result__title a').textContent();
    await first.locator('.search-result__title a').click();
    await page.waitForURL(`${server.origin}${BASE}/briefs/**`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('article').textContent()).toContain(word);
  });

  it('shows each result with its title, outlet, date and excerpt', async () => {
    await search('dredging');
    const result = page.locator('.search-result', { hasText: 'Harbour dredging begins' });
    expect(await result.locator('.search-result__title a').getAttribute('href')).toMatch(new RegExp(`^${BASE}/briefs/`));
    expect(await result.locator('.byline span').allTextContents()).toEqual(['Harbour Gazette', '14 March 2024']);
    expect(await result.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
  });

  it("shows a right-to-left brief's result right to left, its byline left to right", async () => {
    await search('القناة');
    const result = page.locator('.search-result', { hasText: 'القناة' });
    await result.first().waitFor();
    const direction = (selector: string) => result.first().locator(selector).evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('.search-result__title')).toBe('rtl');
    expect(await direction('.search-result__excerpt')).toBe('rtl');
    expect(await direction('.byline')).toBe('ltr');
  });

  it('narrows results with outlet and year filters and sorts them by date', async () => {
    await search('dredging');
    expect((await resultTitles()).sort()).toEqual(['Harbour dredging begins after years of delay', 'Port authority defends the cost of harbour dredging']);

    await page.getByRole('checkbox', { name: /Harbour Gazette/ }).check();
    await page.locator('#search-status', { hasText: '1 brief for' }).waitFor();
    expect(await resultTitles()).toEqual(['Harbour dredging begins after years of delay']);
    expect(page.url()).toBe(at('/search/?q=dredging&outlet=Harbour+Gazette'));

    await page.getByRole('checkbox', { name: /Harbour Gazette/ }).uncheck();
    await page.getByRole('checkbox', { name: /^2025/ }).check();
    await page.locator('#search-status', { hasText: '1 brief for' }).waitFor();
    expect(await resultTitles()).toEqual(['Port authority defends the cost of harbour dredging']);

    await page.getByRole('checkbox', { name: /^2025/ }).uncheck();
    await page.selectOption('select[name="sort"]', 'newest');
    await page.locator('#search-status', { hasText: '2 briefs for' }).waitFor();
    expect(await resultTitles()).toEqual(['Port authority defends the cost of harbour dredging', 'Harbour dredging begins after years of delay']);
  });

  it('restores a search, its filters and its order from the address', async () => {
    await page.goto(at('/search/?q=dredging&outlet=Coastal+Tribune&sort=newest'));
    await page.locator('#search-status', { hasText: '1 brief for' }).waitFor();
    expect(await page.inputValue('#search-input')).toBe('dredging');
    expect(await page.getByRole('checkbox', { name: /Coastal Tribune/ }).isChecked()).toBe(true);
    expect(await page.inputValue('select[name="sort"]')).toBe('newest');
    expect(await resultTitles()).toEqual(['Port authority defends the cost of harbour dredging']);
  });

  it("scrolls a long filter's options under its legend, with a shadow where more of them lie", async () => {
    await search('dredging');
    const group = page.locator('.filter-group', { has: page.locator('legend', { hasText: 'Outlet' }) });
    const options = group.locator('.filter-group__options');
    // This site has few outlets: a lower cap makes the list long for its box, as hundreds of outlets would.
    await page.addStyleTag({ content: '.filter-group__options { max-height: 2rem; }' });
    const box = await options.evaluate((el) => {
      const style = getComputedStyle(el);
      return { overflow: style.overflowY, scrolls: el.scrollHeight > el.clientHeight, image: style.backgroundImage, attachment: style.backgroundAttachment };
    });
    expect(box).toMatchObject({ overflow: 'auto', scrolls: true });
    expect(box.image).toContain('radial-gradient');
    expect(box.attachment).toContain('local');
    const legendTop = async () => (await group.locator('legend').boundingBox())!.y;
    const before = await legendTop();
    await options.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await legendTop()).toBe(before);
    expect(await options.locator('legend').count()).toBe(0);
  });

  it('lists briefs by filter alone, without a search word', async () => {
    await page.goto(at('/search/?year=2024'));
    await page.locator('#search-status', { hasText: '1 brief.' }).waitFor();
    expect(await resultTitles()).toEqual(['Harbour dredging begins after years of delay']);
  });
});

describe('brief pages', () => {
  it('lead from a brief to a related brief and on to a topic page', async () => {
    await page.goto(await briefWithCrossLinks());
    const related = page.locator('.brief__slot--related .related-briefs a[href*="/briefs/"]').first();
    const relatedTitle = (await related.textContent())!.trim();
    await related.click();
    await page.waitForURL(`${server.origin}${BASE}/briefs/**`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(relatedTitle);

    const topic = page.locator('.brief__slot--related a[href*="/topics/"]').first();
    const topicName = (await topic.textContent())!.trim();
    await topic.click();
    await page.waitForURL(`${server.origin}${BASE}/topics/**`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(topicName);
    // The topic page lists the brief we came from.
    expect(await page.locator('main a', { hasText: relatedTitle.replace(/…$/, '') }).count()).toBeGreaterThan(0);
  });

  it('run no script, and a headline containing </script> stays text', async () => {
    await page.goto(at('/'));
    await page.locator('a', { hasText: 'cannot escape a headline' }).first().click();
    await page.waitForURL(`${server.origin}${BASE}/briefs/**`);
    expect(await page.locator('h1').textContent()).toContain('</script><script>window.__dispatchPwned = true</script>');
    expect(await page.evaluate(() => 'dispatchPwned' in window || '__dispatchPwned' in window)).toBe(false);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, text: s.text })));
    expect(scripts.map((s) => s.type)).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]!.text).name).toBe(await page.locator('h1').textContent());
  });
});

/** One page per section (home, about, briefs/…, topics/…): the first crawled page under each first path segment, and the 404 page. */
async function onePageOfEachKind(): Promise<Map<string, string>> {
  const kinds = new Map<string, string>();
  for (const href of (await crawlSite()).pages) {
    const rest = new URL(href).pathname.slice(BASE.length + 1);
    const section = rest.split('/')[0] || 'home';
    if (!kinds.has(section) && (rest.endsWith('/') || rest === '')) kinds.set(section, href);
  }
  kinds.set('404', at('/404.html'));
  return kinds;
}

describe('the whole site', () => {
  // Every page, over HTTP: with hundreds of entity and topic pages, loading each in Chromium would take minutes.
  it('has no broken internal link, anchor or asset on any page', async () => {
    const crawl = await crawlSite();
    expect(crawl.broken).toEqual([]);
    expect(crawl.pages.size).toBeGreaterThan(SEEDS.length + 5);
    expect(crawl.outsideBase).toEqual([]);
    expect(crawl.missingAnchors).toEqual([]);
  });

  it('renders one page of every kind in Chromium with every request answered', async () => {
    const kinds = await onePageOfEachKind();
    expect(kinds.size).toBeGreaterThan(6);
    const failed: string[] = [];
    const onResponse = (res: { url: () => string; status: () => number }) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()} (on ${page.url()})`);
    };
    page.on('response', onResponse);
    for (const href of kinds.values()) await page.goto(href);
    page.off('response', onResponse);
    expect(failed).toEqual([]);
  });

  it('passes axe-core with no violations on the home page, a brief and search results, in light and dark', async () => {
    const richBrief = await briefWithCrossLinks();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(at('/'));
      found.push(...(await axeViolations(page)).map((v) => `${scheme} home: ${v}`));
      // A generated brief with everything the page can show (related briefs, topics, sources drawing) and a hand-written one with byline and original.
      for (const path of [richBrief, '/briefs/port-defends-dredging-costs/']) {
        await page.goto(path.startsWith('http') ? path : at(path));
        found.push(...(await axeViolations(page)).map((v) => `${scheme} ${path}: ${v}`));
      }
      await search('dredging');
      found.push(...(await axeViolations(page)).map((v) => `${scheme} search: ${v}`));
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('passes axe-core with no violations on one page of every kind, on a desktop and a 360 px screen', async () => {
    // Some problems show only where a table overflows its column: a scrolling region must be reachable by keyboard.
    const found: string[] = [];
    for (const viewport of [DESKTOP, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      for (const [kind, href] of await onePageOfEachKind()) {
        await page.goto(href);
        found.push(...(await axeViolations(page)).map((v) => `${viewport.width} px ${kind}: ${v}`));
      }
    }
    await page.setViewportSize(DESKTOP);
    expect(found).toEqual([]);
  });

  it('shows where keyboard focus is, starting with a skip link to the content', async () => {
    await page.goto(at('/'));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, inMain: Boolean(el.closest('main')) };
    });
    expect(focused).toEqual({ tag: 'A', outline: 'solid', inMain: true });
  });

  it('wraps a long unbroken name in a table on a 360 px screen instead of scrolling sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.goto(at('/outlets/'));
      await expect(page.locator('td a', { hasText: 'Riversideallotmentsociety' }).count()).resolves.toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it("keeps the build report's headings and file names whole on a 360 px screen, its table scrolling in its own region", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.goto(at('/report/'));
      await page.evaluate(() => document.fonts.ready);
      const layout = await page.evaluate(() => {
        const table = [...document.querySelectorAll('table')].find((t) => t.tHead?.textContent?.includes('Lines kept'))!;
        const region = table.closest('[role="region"]') as HTMLElement | null;
        // A cell on one line is no taller than its line plus padding: a heading or file name broken inside a word is.
        const lines = (el: Element) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight);
        const whole = [...table.querySelectorAll('thead th, tbody th code')].map((el) => ({ text: el.textContent, lines: lines(el) }));
        return { whole, pageOverflow: document.documentElement.scrollWidth - window.innerWidth, scrolls: region ? region.scrollWidth > region.clientWidth : false, focusable: region?.tabIndex === 0 };
      });
      expect(layout.whole.length).toBeGreaterThan(5);
      for (const cell of layout.whole) expect(cell.lines, cell.text ?? '').toBeLessThan(2);
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      expect(layout).toMatchObject({ scrolls: true, focusable: true });
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it("lays out a story's facts table on a 360 px screen as a block a version, each fact named by its kind, still read as a table", async () => {
    const clusters = fromHtml(await (await fetch(at('/clusters/'))).text());
    const story = selectAll('main li a', clusters).map((a) => String(a.properties.href)).find((h) => h.includes('/clusters/'));
    expect(story).toBeDefined();
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.goto(new URL(story!, server.origin).href);
      const table = page.getByRole('table', { name: 'Facts found in only some versions' });
      const headings = await table.getByRole('columnheader').allTextContents();
      expect(headings.slice(0, 2)).toEqual(['Version', 'Numbers']);
      const layout = await table.evaluate((el) => {
        const region = el.closest('[role="region"]')!;
        const cells = [...el.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content));
        return { sideways: region.scrollWidth - region.clientWidth, pageOverflow: document.documentElement.scrollWidth - window.innerWidth, cells };
      });
      expect(layout.sideways).toBeLessThanOrEqual(0);
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      // A row each for the shared facts and the two versions; each cell's drawn label is its column's heading, hidden from screen readers (they read the heading).
      expect(layout.cells).toHaveLength(3);
      for (const row of layout.cells) expect(row).toEqual(headings.slice(1).map((h) => `"${h}: " / ""`));
      expect(await table.getByRole('rowheader').count()).toBe(3);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('starts no line of a wrapped byline with its separator on a 360 px screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      // A brief whose outlet's name fills a line, and the home page's bylines.
      const long = (await readdir(join(site.outDir, 'briefs'))).find((slug) => slug.startsWith('allotment-holders'));
      for (const path of [`/briefs/${long}/`, '/']) {
        await page.goto(at(path));
        await page.evaluate(() => document.fonts.ready);
        const lines = await page.evaluate(() =>
          [...document.querySelectorAll('.byline')].flatMap((byline) => {
            const box = byline.getBoundingClientRect();
            const items = [...byline.children].map((item) => ({ item, rect: item.getBoundingClientRect() }));
            // The separator's part of each item: the left of the item's box up to its text, visible where it lies inside the byline.
            return items.map(({ item, rect }, i) => {
              const separator = getComputedStyle(item, '::before').content;
              const shown = separator !== 'none' && separator !== 'normal' && rect.left >= box.left - 0.5;
              return { text: item.textContent, opensLine: i === 0 || rect.top > items[i - 1]!.rect.top + 1, separatorShown: shown };
            });
          }),
        );
        expect(lines.some((l) => l.opensLine && l.text !== lines[0]!.text), `${path}: a byline wraps`).toBe(true);
        for (const l of lines) expect(l.separatorShown, `${path}: ${l.text}`).toBe(!l.opensLine);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('shows every section of the navigation on a 360 px screen, with nothing to scroll sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/topics/']) {
      await page.goto(at(path));
      await page.evaluate(() => document.fonts.ready);
      const layout = await page.evaluate(() => {
        const list = document.querySelector('.site-nav ul')!;
        const links = [...list.querySelectorAll('a')].map((a) => {
          const box = a.getBoundingClientRect();
          return { text: a.textContent, left: box.left, right: box.right, width: box.width };
        });
        return { pageOverflow: document.documentElement.scrollWidth - window.innerWidth, navOverflow: list.scrollWidth - list.clientWidth, width: window.innerWidth, links };
      });
      expect(layout.pageOverflow, path).toBeLessThanOrEqual(0);
      expect(layout.navOverflow, path).toBeLessThanOrEqual(0);
      expect(layout.links.length).toBeGreaterThanOrEqual(6);
      for (const link of layout.links) expect(link.left >= 0 && link.right <= layout.width && link.width > 0, `${path}: ${link.text}`).toBe(true);
    }
    await page.setViewportSize(DESKTOP);
  });

  it('made no request to any other server and raised no script error', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('screenshots', () => {
  const views = [
    { name: 'home', open: () => page.goto(at('/')) },
    { name: 'brief', open: () => page.goto(at('/')).then(() => page.locator('.brief-card__title a', { hasText: 'Port authority' }).click()).then(() => page.waitForURL(`${server.origin}${BASE}/briefs/**`)) },
    { name: 'search', open: () => search('dredging') },
    { name: 'brief-linked', open: async () => page.goto(await briefWithCrossLinks()) },
  ];

  it('saves desktop and mobile screenshots of home, a brief and search results, light and dark', async () => {
    for (const [size, viewport] of [['desktop', DESKTOP], ['mobile', MOBILE]] as const) {
      await page.setViewportSize(viewport);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const view of views) {
          await view.open();
          await page.evaluate(() => document.fonts.ready);
          // Nothing may be wider than the screen: sideways scrolling on a phone is a layout bug.
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${view.name} ${size}`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SCREENSHOTS, `${view.name}-${size}-${scheme}.png`), fullPage: true });
        }
      }
    }
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    const files = (await readdir(SCREENSHOTS)).filter((f) => f.endsWith('.png'));
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const file of files) expect((await stat(join(SCREENSHOTS, file))).size).toBeGreaterThan(10_000);
  });
});
