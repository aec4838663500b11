import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, tryBuildSite, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/authoring');
const seedFiles = ['harbour-fees.txt', 'library-hours.txt'].map((f) => join(FIXTURES, 'seeds', f));

let site: BuiltSite;
let invalid: BuiltSite & { code: number | null };
let missing: BuiltSite & { code: number | null };
let badFlag: BuiltSite & { code: number | null };

async function page(path: string): Promise<Root> {
  return fromHtml(await readFile(join(site.outDir, path, 'index.html'), 'utf8'));
}

async function briefBySeedTitleStart(start: string): Promise<Root> {
  const home = fromHtml(await readFile(join(site.outDir, 'index.html'), 'utf8'));
  const link = selectAll('main a', home).find((a) => toText(a).startsWith(start));
  if (!link) throw new Error(`no brief starting "${start}" on the home page`);
  return page(String(link.properties.href));
}

beforeAll(async () => {
  // One at a time: builds of one project share its .astro/ folder.
  site = await buildSite({ name: 'authoring', seedFiles, contentDir: 'tests/fixtures/authoring/briefs' });
  invalid = await tryBuildSite({ name: 'authoring-invalid', seedFiles, contentDir: 'tests/fixtures/authoring/invalid' });
  missing = await tryBuildSite({ name: 'authoring-missing', seedFiles, contentDir: 'tests/fixtures/authoring/missing-related' });
  // Stops while loading content, before any page renders: the cheapest of the builds.
  badFlag = await tryBuildSite({ name: 'authoring-bad-flag', seedFiles, contentDir: 'tests/fixtures/authoring/unknown-flag-kind' });
});

afterAll(async () => {
  await Promise.all([site?.cleanup(), invalid?.cleanup(), missing?.cleanup(), badFlag?.cleanup()]);
});

describe('amendments', () => {
  it('override fields and extend the generated brief, keeping its text and URL', async () => {
    const tree = await briefBySeedTitleStart('Council raises harbour fees');
    expect(toText(select('h1', tree)!)).toBe('Council raises harbour fees for cargo ships by 100 percent');
    expect(toText(select('article header', tree)!)).toContain('Harbour Gazette');
    const note = toText(select('.edit-note', tree)!);
    expect(note).toContain('Edited by Dana Reyes');
    expect(note).toContain('2 March 2025');
    expect(note).toContain('The headline was corrected to give the size of the increase.');
    expect(toText(select('article', tree)!)).toContain('The city council voted on Tuesday to double the fees');
  });

  it('replace the generated text when the amendment has a body', async () => {
    const tree = await briefBySeedTitleStart('Public library extends');
    const text = toText(select('article', tree)!);
    expect(text).toContain('This corrected text replaces the generated one.');
    expect(text).not.toContain('students asked for more quiet places');
    expect(toText(select('.edit-note', tree)!)).toContain('Edited by Sam Okafor');
  });

  it('publish one page per seed, not one per file', async () => {
    const home = fromHtml(await readFile(join(site.outDir, 'index.html'), 'utf8'));
    const titles = selectAll('main h2 a', home).map((a) => toText(a));
    expect(titles.filter((t) => /harbour fees/i.test(t))).toHaveLength(1);
    expect(titles.filter((t) => /library/i.test(t))).toHaveLength(1);
  });
});

describe('author components', () => {
  it('render Callout, PullQuote and Related without imports', async () => {
    const tree = await page('briefs/components-showcase');
    expect(toText(select('aside.callout', tree)!)).toContain('Callout body text.');
    expect(toText(select('figure.pull-quote blockquote', tree)!)).toBe('We have never seen traffic like this.');
    expect(toText(select('figure.pull-quote figcaption', tree)!)).toBe('Ada Example, harbour master');
    const related = select('aside.related-card a', tree)!;
    expect(toText(related)).toBe('A second hand-written brief');
    expect(String(related.properties.href)).toBe('/briefs/second-hand-written/');
  });
});

describe('<Flag> in the text', () => {
  const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : String(value ?? '').split(' ').filter(Boolean));

  it('renders a mark like the pipeline\'s, described by its flags panel entry', async () => {
    const tree = await page('briefs/components-showcase');
    const marks = selectAll('article mark.flag', tree);
    expect(marks.map((m) => toText(m))).toEqual(['stealing', 'officials close to the port', 'stealing']);
    const [first, second, repeat] = marks as [Element, Element, Element];
    expect(asList(first.properties.className)).toEqual(['flag', 'flag-loaded-language']);
    expect(asList(second.properties.className)).toEqual(['flag', 'flag-anonymous-sourcing']);
    expect(second.properties.dataFlagKinds).toBe('anonymous-sourcing');
    // One id per flag: the repeated words share the first mark's description but not its id.
    expect(first.properties.id).toMatch(/^flag-[0-9a-f]{8}$/);
    expect(repeat.properties.id).toBeUndefined();
    expect(asList(repeat.properties.ariaDescribedBy)).toEqual(asList(first.properties.ariaDescribedBy));
    for (const mark of marks) {
      const [note] = asList(mark.properties.ariaDescribedBy);
      const entry = select(`section.flags-panel li[id="${note}"]`, tree);
      expect(entry, note).not.toBeNull();
    }
    expect(toText(select(`li[id="${asList(second.properties.ariaDescribedBy)[0]}"]`, tree)!)).toContain('The officials are not named.');
  });

  it('counts in the flags panel, whose entries link to the marks, and in the flag search filter', async () => {
    const tree = await page('briefs/components-showcase');
    const panel = select('section.flags-panel', tree)!;
    expect(selectAll('.flag-counts li', panel).map((li) => toText(li))).toEqual(['Unnamed sources: 1', 'Loaded language: 1']);
    const links = selectAll('.flag-list a', panel);
    expect(links.map((a) => toText(a))).toEqual(['“stealing”', '“officials close to the port”']);
    for (const a of links) expect(select(`mark[id="${String(a.properties.href).slice(1)}"]`, tree), String(a.properties.href)).not.toBeNull();
    expect(toText(select('.flag-entry.severity-warning', panel)!)).toContain('officials close to the port');
    const filters = selectAll('[data-pagefind-filter="flag[data-value]"]', tree).map((e) => String(e.properties.dataValue));
    expect(filters.sort()).toEqual(['Loaded language', 'Unnamed sources']);
  });

  it('shows in the brief\'s badges in lists', async () => {
    const home = fromHtml(await readFile(join(site.outDir, 'index.html'), 'utf8'));
    const card = selectAll('article.brief-card', home).find((c) => toText(c).includes('Every author component in one brief'))!;
    expect(selectAll('.flag-badges li', card).map((li) => toText(li).replace(/\s+/g, ' ').trim())).toEqual(['1 Unnamed sources', '1 Loaded language']);
  });

  it('an unknown kind fails the build naming the brief, the line and the valid kinds', () => {
    expect(badFlag.code).not.toBe(0);
    expect(badFlag.log).toContain(
      'tests/fixtures/authoring/unknown-flag-kind/bad-flag.mdx:5:15: <Flag kind="loaded-langauge"> is not a flag kind; use one of: publisher-disclosure, secondhand, anonymous-sourcing, loaded-language, speculation, sensational-headline, headline-body-mismatch, unverifiable-quote, unavailable-source, promotional-contamination',
    );
  });
});

describe('a hand-written brief is flagged, linked and searchable like a seed\'s', () => {
  const own = () => page('briefs/cargo-ships-pay-twice');

  it('shows the flags the detectors find in its prose, each mark on its words and tied to its panel entry', async () => {
    const tree = await own();
    const panel = select('section.flags-panel', tree)!;
    expect(selectAll('.flag-counts li', panel).map((li) => toText(li))).toEqual(['Unnamed sources: 1', 'Loaded language: 1']);
    const marks = selectAll('article mark.flag', tree);
    expect(marks.map((m) => toText(m))).toEqual(['According to people familiar with the vote', 'humiliating']);
    for (const a of selectAll('.flag-list a', panel)) {
      const mark = select(`mark[id="${String(a.properties.href).slice(1)}"]`, tree);
      expect(mark, String(a.properties.href)).not.toBeNull();
      expect(`“${toText(mark!)}”`).toBe(toText(a));
    }
    // Nothing is marked in the component's prop or in the frontmatter.
    expect(marks.every((m) => !toText(m).includes('fees pay for'))).toBe(true);
  });

  it('lists a flag the author set aside with the reason, and does not mark or count it', async () => {
    const tree = await own();
    expect(toText(select('.flag-set-aside', tree)!)).toContain('Harbour Gazette reported: set aside because Dispatch read the council\'s own minutes as well.');
    expect(selectAll('mark.flag', tree).map((m) => toText(m))).not.toContain('Harbour Gazette reported');
  });

  it('gets topics and entities (with the author\'s edits), related briefs both ways, search filters and list badges', async () => {
    const tree = await own();
    const aside = select('aside.story-links', tree)!;
    const hrefs = selectAll('a', aside).map((a) => String(a.properties.href));
    expect(hrefs).toEqual(expect.arrayContaining(['/topics/trade/', '/entities/european-union/']));
    // Removed in the frontmatter, though the text names it.
    expect(toText(select('.entity-links', aside)!)).not.toContain('Harbour Gazette');
    const generated = hrefs.find((h) => h.startsWith('/briefs/city-council-doubles-harbour-fees'));
    expect(generated).toBeDefined();
    const back = await page(generated!);
    expect(selectAll('.related-briefs a', back).map((a) => String(a.properties.href))).toContain('/briefs/cargo-ships-pay-twice/');
    // The author added it to a second brief too, so it has a page listing both.
    expect(selectAll('main a', await page('entities/european-union')).map((a) => String(a.properties.href))).toContain('/briefs/second-hand-written/');
    for (const listing of ['topics/trade', 'entities/european-union', 'outlets/dispatch']) {
      expect(selectAll('main a', await page(listing)).map((a) => String(a.properties.href)), listing).toContain('/briefs/cargo-ships-pay-twice/');
    }
    const filters = selectAll('[data-pagefind-filter]', tree).map((e) => `${String(e.properties.dataPagefindFilter).replace(/\[.*$/, '')}=${String(e.properties.dataValue)}`);
    expect(filters).toEqual(expect.arrayContaining(['topic=Trade and economy', 'flag=Unnamed sources', 'flag=Loaded language']));
    const home = fromHtml(await readFile(join(site.outDir, 'index.html'), 'utf8'));
    const card = selectAll('article.brief-card', home).find((c) => toText(c).includes('Why cargo ships now pay twice'))!;
    expect(selectAll('.flag-badges li', card).map((li) => toText(li).replace(/\s+/g, ' ').trim())).toEqual(['1 Unnamed sources', '1 Loaded language']);
  });
});

describe('build errors for authors', () => {
  it('an invalid frontmatter fails the build naming the file, the line and column of each field, and the fix', () => {
    expect(invalid.code).not.toBe(0);
    expect(invalid.log).toContain('tests/fixtures/authoring/invalid/bad-frontmatter.mdx:2:1: unknown field "titel": did you mean "title"?');
    expect(invalid.log).toContain('tests/fixtures/authoring/invalid/bad-frontmatter.mdx:1:1: title: every brief needs a title: add `title: Your headline` to the frontmatter');
    expect(invalid.log).toContain('tests/fixtures/authoring/invalid/bad-frontmatter.mdx:3:7: date: write the date as YYYY-MM-DD');
    // Once: the pre-build check stops the build before Astro's schema check repeats it without a line.
    expect(invalid.log.match(/unknown field "titel"/g)).toHaveLength(1);
    expect(invalid.log).not.toContain('InvalidContentEntryDataError');
  });

  it('lists each problem once, with file, line and column: unknown topics and entities too, with a suggestion', () => {
    expect(badFlag.log.match(/is not a flag kind/g)).toHaveLength(1);
    expect(badFlag.log).toContain('tests/fixtures/authoring/unknown-flag-kind/bad-topic.mdx:3:10: topics: "diplomcy" is not a topic: did you mean "diplomacy"?');
    expect(badFlag.log).toContain('tests/fixtures/authoring/unknown-flag-kind/bad-topic.mdx:5:5: entities: "Europian Union" is not a known entity: did you mean "European Union"?');
    // Astro's location line points at the first problem's brief, not at the loader.
    expect(badFlag.log).toMatch(/Location:\s+\S*tests\/fixtures\/authoring\/unknown-flag-kind\/bad-flag\.mdx:5:15/);
    expect(badFlag.log).not.toContain('dispatch-loader.ts');
  });

  it('a <Related> to a missing slug fails the build with a clear message', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.log).toContain('<Related slug="no-such-brief" /> on /briefs/missing/: no brief has the slug "no-such-brief"');
  });
});
