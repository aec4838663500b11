import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';

const BASE = '/links-test';
const seeds = ['000_b375b17e4484cc29.txt', '002_b575a3040e1d2a9e.txt', '004_769db2157d0f5121.txt'].map((n) => join(ROOT, 'seeds', n));
const fixtures = ['rail-original.txt', 'rail-rewrite.txt', 'rail-other-story.txt'].map((n) => join(ROOT, 'tests/fixtures/links', n));

let site: BuiltSite;
const page = async (path: string): Promise<Root> => fromHtml(await readFile(join(site.outDir, path, 'index.html'), 'utf8'));
const hrefs = (tree: Parameters<typeof selectAll>[1], selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));

beforeAll(async () => {
  site = await buildSite({ seedFiles: [...seeds, ...fixtures], base: BASE, name: 'links' });
});
afterAll(() => site?.cleanup());

describe('cross-link pages', () => {
  it('links each generated brief to its entities, topics, related briefs and cluster, without client JavaScript', async () => {
    const home = await page('');
    const railOriginal = hrefs(home, '.brief-list h2 a').find((h) => h.includes('meridian-rail-to-cut'))!;
    const brief = await page(railOriginal.slice(BASE.length + 1));
    const aside = select('aside.story-links', brief)!;
    // Named only by the two versions of this story: listed, unlinked (the cluster page joins the versions).
    const names = selectAll('.entity-links li', aside).map((li) => toText(li));
    expect(names).toEqual(expect.arrayContaining(['Meridian Rail', 'Rotterdam']));
    expect(hrefs(aside, 'a')).not.toContain(`${BASE}/entities/meridian-rail/`);
    const related = selectAll('.related-briefs li', aside).map((li) => toText(li));
    // The other version of the story comes first, and says so.
    expect(related[0]).toMatch(/Meridian Rail.*— same story; both name .*Meridian Rail.*\(score 0\.\d\d\)/);
    expect(hrefs(aside, 'a').some((h) => h.startsWith(`${BASE}/clusters/`))).toBe(true);
    // The only script on a brief page is its JSON-LD data.
    expect(selectAll('script:not([type="application/ld+json"])', brief)).toHaveLength(0);
  });

  it('shows the versions of one story side by side with their differing facts', async () => {
    const index = await page('clusters');
    const [clusterHref] = hrefs(index, 'main li a').filter((h) => h.includes('clusters/'));
    const cluster = await page(clusterHref!.slice(BASE.length + 1));
    const versions = selectAll('.versions article h2', cluster).map((h) => toText(h));
    expect(versions).toEqual(expect.arrayContaining([expect.stringMatching(/Meridian Rail/), expect.stringMatching(/Meridian Rail/)]));
    const table = select('table', cluster)!;
    expect(toText(table)).toContain('€90 million');
    expect(toText(table)).toContain('€85 million');
    expect(toText(table)).toMatch(/In every version[\s\S]*1,200/);
    // A column a kind of fact and a row a version, so more versions make the table longer, not wider.
    const columns = selectAll('thead th', table).map((th) => toText(th));
    expect(columns[0]).toBe('Version');
    expect(columns).toContain('Numbers');
    const rows = selectAll('tbody th[scope=row]', table).map((th) => toText(th));
    expect(rows).toEqual(['In every version', ...versions]);
    // Each version's row leads to its card above.
    expect(hrefs(table, 'tbody th a')).toEqual(versions.map((_, i) => `#version-${i}`));
    // Each link between two versions is named by their headlines.
    const likeness = selectAll('.likeness li', cluster).map((li) => toText(li));
    expect(likeness).toEqual([expect.stringMatching(/^“.*Meridian Rail.*” and “.*Meridian Rail.*”: \d+% alike$/)]);
  });

  it('lists backlinks on entity pages and keeps linked places distinct', async () => {
    const russia = await page('entities/russia');
    expect(selectAll('.brief-list li', russia).length).toBeGreaterThanOrEqual(3);
    expect(hrefs(russia, 'main a')).toContain(`${BASE}/entities/moscow/`);
    const moscow = await page('entities/moscow');
    expect(toText(select('main', moscow)!)).toMatch(/capital of Russia/);
  });

  it('gives a page only to a name two or more stories mention; a name of one story is listed on its briefs unlinked', async () => {
    const home = await page('');
    const items = [];
    for (const href of hrefs(home, '.brief-list h2 a')) items.push(...selectAll('.entity-links li', await page(href.slice(BASE.length + 1))));
    const linked = new Set(items.flatMap((li) => selectAll('a', li).map((a) => String(a.properties.href))));
    const unlinked = new Set(items.filter((li) => !select('a', li)).map((li) => toText(li)));
    expect(linked.size).toBeGreaterThan(0);
    expect(unlinked.size).toBeGreaterThan(0);
    for (const href of linked) {
      const entity = await page(href.slice(BASE.length + 1));
      expect(selectAll('.brief-list li', entity).length, href).toBeGreaterThanOrEqual(2);
    }
    const index = toText(select('main', await page('entities'))!);
    expect(index).toMatch(/\d+ more names? (is|are) named in fewer stories/);
    for (const label of unlinked) expect(index).not.toContain(`${label} (`);
  });

  it('draws the site provenance graph as an accessible static SVG', async () => {
    const provenance = await page('provenance');
    const svg = select('svg[role=img]', provenance)!;
    expect(toText(select('title', svg)!)).toBe('Who cites whom across all briefs');
    expect(toText(select('desc', svg)!)).toMatch(/cites Reuters/);
    expect(hrefs(provenance, 'figcaption a')).toContain(`${BASE}/outlets/reuters/`);
  });

  it('gives topic pages and Pagefind topic filters', async () => {
    const topics = await page('topics');
    // The subjects with the most briefs first.
    const counts = selectAll('dt .meta', topics).map((s) => Number(toText(s).replace(/\D/g, '')));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const first = hrefs(topics, 'dt a')[0]!;
    const topic = await page(first.slice(BASE.length + 1));
    const briefHref = hrefs(topic, '.brief-list a')[0]!;
    const brief = await page(briefHref.slice(BASE.length + 1));
    expect(selectAll('[data-pagefind-filter="topic[data-value]"]', brief).map((s) => String(s.properties.dataValue))).toContain(toText(select('h1', topic)!));
  });
});
