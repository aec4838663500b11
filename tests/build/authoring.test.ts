import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
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
});

afterAll(async () => {
  await Promise.all([site?.cleanup(), invalid?.cleanup(), missing?.cleanup()]);
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

describe('build errors for authors', () => {
  it('an invalid frontmatter fails the build naming the file, the field and the fix', () => {
    expect(invalid.code).not.toBe(0);
    expect(invalid.log).toContain('tests/fixtures/authoring/invalid/bad-frontmatter.mdx');
    expect(invalid.log).toContain('unknown field "titel": did you mean "title"?');
    expect(invalid.log).toContain('every brief needs a title: add `title: Your headline` to the frontmatter');
    expect(invalid.log).toContain('date: write the date as YYYY-MM-DD');
  });

  it('a <Related> to a missing slug fails the build with a clear message', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.log).toContain('<Related slug="no-such-brief" /> on /briefs/missing/: no brief has the slug "no-such-brief"');
  });
});
