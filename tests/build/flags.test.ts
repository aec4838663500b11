import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/flag-test';
const seeds = ['001_64633b2b908c8773.txt', '002_b575a3040e1d2a9e.txt'].map((n) => join(ROOT, 'seeds', n));
let site: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  site = await buildSite({ name: 'flags', seedFiles: seeds, base: BASE, contentDir: 'tests/fixtures/flags/briefs' });
  server = await serveStatic(site.outDir, BASE);
});

afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

async function page(path: string): Promise<Root> {
  return fromHtml(await readFile(join(site.outDir, path, 'index.html'), 'utf8'));
}

async function briefStarting(start: string): Promise<Root> {
  const home = await page('');
  const link = selectAll('main a', home).find((a) => toText(a).startsWith(start));
  if (!link) throw new Error(`no brief starting "${start}"`);
  return page(String(link.properties.href).slice(BASE.length));
}

const ids = (tree: Root) => new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));

describe('flags on brief pages', () => {
  it('shows a panel whose entries link to marks in the headline and the text', async () => {
    const tree = await briefStarting('An anguished Putin');
    const panel = select('section.flags-panel', tree)!;
    expect(toText(select('h2', panel)!)).toBe('Editorial flags');
    expect(toText(panel)).toMatch(/Loaded language: \d+/);
    // Past three flags the evidence list folds away under a summary; the counts stay in view.
    const fold = select('details.flag-details', panel)!;
    expect(fold.properties.open).toBeFalsy();
    expect(toText(select('summary', fold)!)).toMatch(/^Each of the \d+ flags, with its evidence$/);
    const links = selectAll('.flag-list a[href^="#flag-"]', panel);
    expect(links.length).toBeGreaterThan(5);
    const present = ids(tree);
    for (const a of links) expect(present.has(String(a.properties.href).slice(1)), String(a.properties.href)).toBe(true);
    expect(toText(select('h1 mark', tree)!)).toBe('anguished');
    const bodyMarks = selectAll('article mark.flag', tree).filter((m) => !select('h1', tree)!.children.includes(m as Element));
    expect(bodyMarks.map((m) => toText(m))).toContain('stealing');
    for (const m of selectAll('mark.flag', tree)) {
      const notes = m.properties.ariaDescribedBy;
      for (const note of Array.isArray(notes) ? notes.map(String) : String(notes).split(' ')) expect(present.has(note), note).toBe(true);
    }
  });

  it('adds one Pagefind flag filter per kind present, and the index answers it', async () => {
    const tree = await briefStarting('An anguished Putin');
    const filters = selectAll('[data-pagefind-filter="flag[data-value]"]', tree).map((e) => String(e.properties.dataValue));
    expect(filters).toContain('Loaded language');
    expect(new Set(filters).size).toBe(filters.length);
    const pagefind = (await import(pathToFileURL(join(site.outDir, 'pagefind/pagefind.js')).href)) as { options: (o: Record<string, string>) => Promise<void>; filters: () => Promise<Record<string, Record<string, number>>> };
    await pagefind.options({ basePath: `${server.origin}${BASE}/pagefind/`, baseUrl: `${BASE}/` });
    const available = await pagefind.filters();
    expect(Object.keys(available.flag ?? {})).toContain('Loaded language');
  });

  it('counts flags and notes apart, each matching the list it sums up', async () => {
    const panel = select('section.flags-panel', await briefStarting('An anguished Putin'))!;
    const counts = selectAll('.flag-counts li', panel).map((li) => toText(li));
    const strong = selectAll('details.flag-details .flag-entry', panel).length;
    const weak = selectAll('details.flag-notes .flag-entry', panel).length;
    expect(weak, 'this brief has notes as well as flags').toBeGreaterThan(0);
    const flagsIn = (c: string) => Number(/: (\d+)(?:,|$)/.exec(c)?.[1] ?? 0);
    const notesIn = (c: string) => Number(/(\d+) notes?$/.exec(c)?.[1] ?? 0);
    expect(counts.reduce((sum, c) => sum + flagsIn(c), 0)).toBe(strong);
    expect(counts.reduce((sum, c) => sum + notesIn(c), 0)).toBe(weak);
    expect(toText(select('details.flag-notes summary', panel)!)).toBe(`${weak} weaker signals (notes)`);
  });

  it('applies an amendment that suppresses a flag with its reason', async () => {
    const tree = await briefStarting('Bloomberg: Russia is concerned');
    const panel = select('section.flags-panel', tree)!;
    expect(toText(select('details.flag-set-aside', panel)!)).toMatch(/set aside because The headline names its source openly/);
    expect(selectAll('.flag-list .flag-entry', panel).some((li) => toText(li).includes('The headline credits Bloomberg'))).toBe(false);
    // The generated text keeps its mark for a suppressed body flag; its description is the "set aside" note.
    const mark = selectAll('article mark', tree).find((m) => toText(m) === 'European officials familiar with the document')!;
    expect(mark, 'the suppressed flag keeps its mark').toBeTruthy();
    expect(select(`details.flag-set-aside li[id="${String(mark.properties.id)}-note"]`, tree)).toBeTruthy();
  });

  it('marks a flag an author added by hand', async () => {
    const tree = await page('briefs/hand-flagged');
    expect(toText(select('article mark.flag-anonymous-sourcing', tree)!)).toBe('people close to the board');
    expect(toText(select('section.flags-panel', tree)!)).toContain('The board members who spoke are not named.');
    // One flag: its evidence is shown open.
    expect(select('section.flags-panel details.flag-details', tree)!.properties.open).toBe(true);
  });

  it('counts a <Flag> on words the frontmatter already flags with that kind once, with one id', async () => {
    const tree = await page('briefs/hand-flagged');
    expect(selectAll('section.flags-panel .flag-entry', tree)).toHaveLength(1);
    const withIds = selectAll('[id]', tree).map((e) => String(e.properties.id));
    expect(withIds.length).toBe(new Set(withIds).size);
    const marks = selectAll('article mark.flag-anonymous-sourcing', tree);
    expect(marks.length).toBeGreaterThan(0);
    const note = String(select('section.flags-panel .flag-entry', tree)!.properties.id);
    for (const m of marks) expect(String(m.properties.ariaDescribedBy)).toBe(note);
  });

  it('tells the reader of a brief in another language that the wording checks read English, and flags none of its wording', async () => {
    const tree = await page('briefs/german-brief');
    expect(toText(select('section.flags-panel .flags-panel__scope', tree)!)).toMatch(/^This brief is in German\. The checks of wording/);
    // Its quotes and words that only look like English ("extreme", "war") are not read.
    expect(selectAll('article mark.flag', tree)).toHaveLength(0);
    expect(selectAll('section.flags-panel .flag-entry', tree)).toHaveLength(0);
    // An English brief has no such note.
    expect(select('.flags-panel__scope', await page('briefs/hand-flagged'))).toBeUndefined();
  });
});

describe('flag badges in lists of briefs', () => {
  const badges = (card: Element | Root) => selectAll('ul.flag-badges[aria-label="Editorial flags"] > li', card).map((li) => toText(li).replace(/\s+/g, ' ').trim());
  const cardFor = (tree: Root, title: string) => {
    const card = selectAll('article.brief-card', tree).find((c) => toText(select('.brief-card__title', c)!).startsWith(title));
    if (!card) throw new Error(`no card "${title}"`);
    return card;
  };
  // The panel's "Kind: 6, plus 4 notes" / "Kind: 4 notes" as a badge says it: "6 Kind · 4 notes" / "4 Kind notes".
  const panelCounts = (tree: Root) =>
    selectAll('section.flags-panel .flag-counts li', tree).map((li) =>
      toText(li)
        .replace(/^(.*): (\d+), plus (\d+ notes?)$/, '$2 $1 · $3')
        .replace(/^(.*): (\d+) (notes?)$/, '$2 $1 $3')
        .replace(/^(.*): (\d+)$/, '$2 $1'),
    );
  // Flags and notes a badge counts: "6 Kind · 4 notes" is 10.
  const badgeTotal = (b: string) => Number(b.split(' ')[0]) + Number(/· (\d+) notes?$/.exec(b)?.[1] ?? 0);

  it('give each brief on the home page its active flags by kind, in words, as its panel counts them', async () => {
    const home = await page('');
    for (const title of ['Bloomberg: Russia is concerned', 'An anguished Putin']) {
      const shown = badges(cardFor(home, title));
      expect(shown.length, title).toBeGreaterThan(0);
      expect(shown, title).toEqual(panelCounts(await briefStarting(title)));
    }
    expect(badges(cardFor(home, 'Harbour board delays dredging vote'))).toEqual(['1 Unnamed sources']);
  });

  it('leave out flags an editor set aside', async () => {
    // The amendment sets aside the headline's secondhand flag and one unnamed-sources flag.
    const tree = await briefStarting('Bloomberg: Russia is concerned');
    const active = selectAll('.flag-list .flag-entry', tree).length;
    const shown = badges(cardFor(await page(''), 'Bloomberg: Russia is concerned')).reduce((sum, b) => sum + badgeTotal(b), 0);
    expect(shown).toBe(active);
    expect(selectAll('section.flags-panel details.flag-set-aside li', tree).length).toBeGreaterThanOrEqual(2);
  });

  it('appear on the archive, topic and outlet pages too', async () => {
    const archive = await page('archive');
    expect(badges(cardFor(archive, 'Harbour board delays dredging vote'))).toEqual(['1 Unnamed sources']);
    const brief = await briefStarting('An anguished Putin');
    const topicHref = selectAll('a[href*="/topics/"]', brief).map((a) => String(a.properties.href)).find((h) => /\/topics\/[^/]+\/$/.test(h))!;
    const outletHref = selectAll('a[href*="/outlets/"]', brief).map((a) => String(a.properties.href)).find((h) => /\/outlets\/[^/]+\/$/.test(h));
    for (const href of [topicHref, outletHref]) {
      expect(href).toBeTruthy();
      const tree = await page(href!.slice(BASE.length));
      expect(selectAll('article.brief-card', tree).length, href).toBeGreaterThan(0);
      expect(selectAll('article.brief-card ul.flag-badges li', tree).length, href).toBeGreaterThan(0);
    }
  });
});

describe('the /flags/ page', () => {
  it('explains every kind with an example and summarises flags by outlet', async () => {
    const tree = await page('flags');
    const kinds = selectAll('dl.flag-kinds dt', tree).map((d) => String(d.properties.id));
    expect(kinds).toEqual(['publisher-disclosure', 'secondhand', 'anonymous-sourcing', 'loaded-language', 'speculation', 'sensational-headline', 'headline-body-mismatch', 'unverifiable-quote', 'unavailable-source', 'promotional-contamination']);
    expect(selectAll('dl.flag-kinds .flag-example mark', tree)).toHaveLength(kinds.length);
    const table = select('#outlets ~ .table-scroll table', tree)!;
    // Outlets as the cleaning stage reads them from the two seeds' pages.
    expect(toText(table)).toContain('Rosbalt');
    expect(toText(table)).toContain('TFIGlobal');
    expect(selectAll('tbody tr', table).length).toBeGreaterThan(0);
  });
});
