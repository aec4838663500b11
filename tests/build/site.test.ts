import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/pipeline/run/report.ts';
import { readReportDetailsIndex, readSeedDetails } from '../../src/pipeline/run/report-store.ts';
import { NOT_FROM_FILE } from '../../src/integrations/data-store-from-file.ts';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/dispatch-test';
const seedNames = ['000_b375b17e4484cc29.txt', '001_64633b2b908c8773.txt', '002_b575a3040e1d2a9e.txt', '003_045e247627f6c598.txt', '004_769db2157d0f5121.txt'];

let site: BuiltSite;
let server: StaticServer;
const pages = new Map<string, Root>();

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

beforeAll(async () => {
  const seedFiles = [...seedNames.map((n) => join(ROOT, 'seeds', n)), join(ROOT, 'tests/fixtures/seeds/hostile-mdx.txt')];
  site = await buildSite({ seedFiles, base: BASE, name: 'site' });
  for (const file of await htmlFiles(site.outDir)) {
    pages.set(relative(site.outDir, file).split('\\').join('/'), fromHtml(await readFile(file, 'utf8')));
  }
  server = await serveStatic(site.outDir, BASE);
});

afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

function briefPages(): [string, Root][] {
  return [...pages].filter(([path]) => path.startsWith('briefs/'));
}

describe('built site', () => {
  it('has one page per seed plus the hand-written brief', () => {
    const briefs = briefPages().map(([path]) => path);
    expect(briefs).toHaveLength(seedNames.length + 1 + 1);
    expect(briefs).toContain('briefs/how-to-read-a-dispatch-brief/index.html');
  });

  it('links one stylesheet on every page, the same one', () => {
    const sheets = new Set<string>();
    for (const [path, tree] of pages) {
      const links = selectAll('link[rel=stylesheet]', tree).map((l) => String(l.properties.href));
      expect(links, path).toHaveLength(1);
      sheets.add(links[0]!);
    }
    expect(sheets.size).toBe(1);
  });

  it('reads the content data store from its file, not compiled into the pages', () => {
    expect(site.log).not.toContain(NOT_FROM_FILE);
  });

  it('lists every brief on the home page, newest first', () => {
    const home = pages.get('index.html')!;
    const links = selectAll('.brief-list h2 a', home).map((a) => String(a.properties.href));
    expect(links).toHaveLength(seedNames.length + 2);
    const dates = selectAll('.brief-list time', home).map((t) => String(t.properties.dateTime));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('shows the hostile seed literally, with nothing executed or injected', () => {
    const [, page] = briefPages().find(([, tree]) => toText(select('h1', tree)!) === 'Hostile seed proves escaping works')!;
    const article = select('article', page)!;
    const text = toText(article);
    for (const literal of ['{process.exit(1)}', '<script>alert(1)</script>', 'import fs from "node:fs"', 'export const a = 1', '<Brief />', '<img src=x onerror=alert(2)>', '# A line that looks like a Markdown heading', '{/* an MDX comment */}', '`backticks`', '[a link](javascript:alert(3))']) {
      expect(text).toContain(literal);
    }
    expect(selectAll('script, img, iframe, a[href^="javascript:"]', article)).toHaveLength(0);
  });

  it('renders the hand-written brief with its MDX component', () => {
    const page = pages.get('briefs/how-to-read-a-dispatch-brief/index.html')!;
    expect(toText(select('aside.callout', page)!)).toContain('Always check the original');
  });

  it('writes a build report page listing every seed', () => {
    const text = toText(pages.get('report/index.html')!);
    for (const name of [...seedNames, 'hostile-mdx.txt']) expect(text).toContain(name);
  });

  it('reports cleaning per seed: lines kept and removed by kind, metadata and how it was found', async () => {
    const report = JSON.parse(await readFile(join(site.generatedDir, 'report.json'), 'utf8')) as BuildReport;
    const seed = report.seeds.find((s) => s.file === seedNames[1]);
    if (!seed || seed.status === 'rejected') throw new Error('seed 001 missing from the report');
    expect(seed.linesKept).toBeGreaterThan(10);
    expect(seed.linesRemoved['navigation']).toBeGreaterThan(10);
    // Removed lines and metadata findings are kept per seed beside report.json, not in it.
    const detailsDir = join(site.generatedDir, 'report');
    const details = await readSeedDetails(detailsDir, (await readReportDetailsIndex(detailsDir))!, seed.file);
    expect(details?.metadata.find((m) => m.field === 'outlet')).toEqual({ field: 'outlet', value: 'TFIGlobal', how: expect.stringMatching(/site name/) });
    const page = pages.get('report/index.html')!;
    const section = select(`section[aria-labelledby="seed-${seed.id}"]`, page)!;
    expect(toText(section)).toContain('Kanika Batra Arora');
    expect(selectAll('th[scope="row"]', section).map((th) => toText(th))).toEqual(expect.arrayContaining(['navigation', 'outlet', 'date']));
    expect(selectAll('th:not([scope])', page)).toHaveLength(0);
  });

  it('lists what cleaning removed under the brief, by kind, so nothing of the page is lost', () => {
    // Seed 002 ends with a "You may also like" block and an advert headline (read from the seed).
    const [, page] = briefPages().find(([, tree]) => toText(select('h1', tree)!).startsWith('Bloomberg: Russia is concerned'))!;
    const removed = select('details.source-note__removed', page)!;
    expect(toText(select('summary', removed)!)).toMatch(/^What cleaning removed from the page \(\d+ parts\)$/);
    const items = selectAll('li', removed).map((li) => toText(li));
    expect(items).toEqual(expect.arrayContaining(['You may also like', 'Immediate Access Pro']));
    expect(toText(select('.brief__text', page)!)).not.toContain('Immediate Access Pro');
    // A hand-written brief has no seed, so nothing to list.
    expect(select('details.source-note__removed', pages.get('briefs/how-to-read-a-dispatch-brief/index.html')!)).toBeUndefined();
  });
});

describe('sub-path deployment', () => {
  it('prefixes every internal link and asset with the base', () => {
    for (const [path, tree] of pages) {
      for (const el of selectAll('a[href], link[href], script[src], img[src]', tree)) {
        const target = String(el.properties.href ?? el.properties.src);
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        expect(target.startsWith(`${BASE}/`), `${path}: ${target}`).toBe(true);
      }
    }
  });

  it('serves every internal link under the base', async () => {
    const targets = new Set<string>();
    for (const tree of pages.values()) {
      for (const el of selectAll('a[href], link[href], script[src]', tree)) {
        const target = String(el.properties.href ?? el.properties.src);
        if (target.startsWith('/')) targets.add(target.split('#')[0]!);
      }
    }
    expect(targets.size).toBeGreaterThan(10);
    for (const target of targets) {
      const res = await fetch(`${server.origin}${target}`);
      expect(res.status, target).toBe(200);
    }
  });

  it('answers a search from the Pagefind index loaded under the base', async () => {
    const search = pages.get('search/index.html')!;
    const mount = select('#search-form', search)!;
    const bundle = String(mount.properties.dataBundle);
    const baseUrl = String(mount.properties.dataBase);
    expect(bundle).toBe(`${BASE}/pagefind/`);
    const pagefind = (await import(pathToFileURL(join(site.outDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
    await pagefind.options({ basePath: `${server.origin}${bundle}`, baseUrl });
    const result = await pagefind.search('Rostec');
    expect(result.results.length).toBeGreaterThan(0);
    const first = await result.results[0]!.data();
    expect(first.url.startsWith(`${BASE}/briefs/`)).toBe(true);
    expect((await fetch(`${server.origin}${first.url}`)).status).toBe(200);
  });
});

interface PagefindModule {
  options: (o: Record<string, string>) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}
