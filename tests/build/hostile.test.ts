import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/csp.ts';
import type { BuildReport, SeedOutcome } from '../../src/pipeline/run/report.ts';
import { runPipeline } from '../../src/pipeline/run/run-pipeline.ts';
import { buildSite, ROOT, tryBuildSite, type BuiltSite } from '../helpers/build-site.ts';
import { HOSTILE_CASES, writeHostileSeeds } from '../helpers/hostile-seeds.ts';
import { pageCsp, scanPage, sha256 } from '../helpers/scan-html.ts';

/**
 * One build of the real project from every hostile seed plus the five real ones, under a
 * base path. Checks the promises: the build completes, every seed is published
 * literally or reported with a reason, the real briefs are unchanged, nothing in dist/ can
 * run code the site did not put there, nothing is written outside dist/ and the generated
 * folder, and slugs are unique and stable.
 */

const BASE = '/hostile-test';
const REAL_SEEDS = ['000_b375b17e4484cc29.txt', '001_64633b2b908c8773.txt', '002_b575a3040e1d2a9e.txt', '003_045e247627f6c598.txt', '004_769db2157d0f5121.txt'].map((n) => join(ROOT, 'seeds', n));

/** Project files outside the folders a build may write (dist/, generated/) and caches (.astro/, node_modules/). */
async function projectSnapshot(): Promise<Map<string, string>> {
  const skip = new Set(['node_modules', '.git', '.astro', 'generated', 'dist']);
  const out = new Map<string, string>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (skip.has(entry.name) && dir === ROOT) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const info = await stat(path);
        out.set(relative(ROOT, path), `${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await walk(ROOT);
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = [...after].filter(([path, sig]) => before.get(path) !== sig).map(([path]) => `written: ${path}`);
  const removed = [...before.keys()].filter((path) => !after.has(path)).map((path) => `removed: ${path}`);
  return [...changed, ...removed];
}

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

async function fileTimes(dir: string): Promise<Map<string, number>> {
  return new Map(await Promise.all((await listFiles(dir)).map(async (f) => [f, (await stat(join(dir, f))).mtimeMs] as const)));
}

let site: BuiltSite;
let buildMs: number;
let report: BuildReport;
let projectChanges: string[];
let seedsBefore: Map<string, number>;
const pages = new Map<string, Root>();

beforeAll(async () => {
  const before = await projectSnapshot();
  const start = performance.now();
  const writeSeeds = async (dir: string) => {
    await writeHostileSeeds(dir);
    seedsBefore = await fileTimes(dir);
  };
  site = await buildSite({ name: 'hostile', base: BASE, seedFiles: REAL_SEEDS, writeSeeds });
  buildMs = performance.now() - start;
  projectChanges = changes(before, await projectSnapshot());
  report = JSON.parse(await readFile(join(site.generatedDir, 'report.json'), 'utf8')) as BuildReport;
  for (const file of await listFiles(site.outDir)) {
    if (file.endsWith('.html')) pages.set(file.split('\\').join('/'), fromHtml(await readFile(join(site.outDir, file), 'utf8')));
  }
});

afterAll(async () => {
  await site?.cleanup();
});

const outcome = (file: string): SeedOutcome => report.seeds.find((s) => s.file === file)!;
const briefPage = (slug: string) => pages.get(`briefs/${slug}/index.html`);

describe('a build from hostile seeds', () => {
  it('completes, and logs each seed it skipped with the reason', () => {
    console.info(`hostile build: ${report.totals.seeds} seeds in ${Math.round(buildMs)} ms`);
    expect(report.totals.seeds).toBe(HOSTILE_CASES.length + REAL_SEEDS.length);
    for (const { file, expect: expected } of HOSTILE_CASES) {
      if ('rejected' in expected) expect(site.log).toContain(`seed ${file} skipped: `);
    }
  });

  it.each(HOSTILE_CASES.filter((c) => !('rejected' in c.expect)).map((c) => [c.file, c] as const))('publishes %s literally as text', (file, { expect: expected }) => {
    const seed = outcome(file);
    expect(seed.status, seed.status === 'rejected' ? seed.reason : '').not.toBe('rejected');
    if (seed.status === 'rejected' || 'rejected' in expected) return;
    const page = briefPage(seed.slug);
    expect(page, `no page for ${seed.slug}`).toBeDefined();
    const article = select('article', page!)!;
    if (expected.title) expect(toText(select('h1', article)!)).toBe(expected.title);
    const text = toText(article);
    for (const literal of expected.text) expect(text, file).toContain(literal);
    // The seed's markup stayed text: no element in the places seed text is shown (headline, text, removed lines) came from it.
    const seedText = ['article h1', '.brief__text', '.source-note__removed'];
    const active = ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'form', 'a[href^="javascript:"]'];
    expect(selectAll(seedText.flatMap((place) => active.map((el) => `${place} ${el}`)).join(', '), page!)).toEqual([]);
  });

  it.each(HOSTILE_CASES.filter((c) => 'rejected' in c.expect).map((c) => [c.file, c] as const))('lists %s in the build report with its reason', (file, { expect: expected }) => {
    const seed = outcome(file);
    expect(seed.status).toBe('rejected');
    if (seed.status !== 'rejected' || !('rejected' in expected)) return;
    expect(seed.reason).toMatch(expected.rejected);
    const row = selectAll('tr', pages.get('report/index.html')!).find((tr) => toText(tr).includes(file));
    expect(row && toText(row)).toContain(seed.reason);
  });

  it('shows file names with spaces, non-ASCII characters and markup as text on the report page', () => {
    const reportPage = pages.get('report/index.html')!;
    const text = toText(reportPage);
    for (const file of ['file name with spaces.txt', 'café ünïcödé 新闻.txt', '<img src=x onerror=alert(9)>.txt']) expect(text).toContain(file);
    expect(selectAll('main img', reportPage)).toEqual([]);
  });

  it('leaves the five real briefs exactly as a build without the hostile seeds writes them', async () => {
    const work = await mkdtemp(join(tmpdir(), 'dispatch-hostile-ref-'));
    try {
      const { cp, mkdir } = await import('node:fs/promises');
      await mkdir(join(work, 'seeds'));
      for (const file of REAL_SEEDS) await cp(file, join(work, 'seeds', file.split('/').pop()!));
      const reference = await runPipeline({ seedsDir: join(work, 'seeds'), briefsDir: join(work, 'briefs'), reportPath: join(work, 'report.json') });
      expect(reference.totals.emitted).toBe(REAL_SEEDS.length);
      for (const ref of reference.seeds) {
        if (ref.status === 'rejected') continue;
        const mine = outcome(ref.file);
        expect(mine.status !== 'rejected' && mine.output).toBe(ref.output);
        expect(await readFile(join(site.generatedDir, 'briefs', ref.output), 'utf8')).toBe(await readFile(join(work, 'briefs', ref.output), 'utf8'));
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('what the built site can run', () => {
  it('has nothing on any page that the site did not put there: scripts, handlers, script URLs, frames', () => {
    const findings: string[] = [];
    const options = { base: BASE, scriptDirs: ['_astro/', 'pagefind/'], fileExists: (p: string) => existsSync(join(site.outDir, p)) };
    for (const [path, tree] of pages) findings.push(...scanPage(path, tree, options));
    expect(findings).toEqual([]);
    expect(pages.size).toBeGreaterThan(HOSTILE_CASES.length);
  });

  it('gives every page the same policy: only the site’s own scripts and styles, nothing inline unless hashed', () => {
    for (const [path, tree] of pages) {
      const { csp } = pageCsp(tree);
      for (const directive of CSP_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(csp?.get(name!), `${path}: ${name}`).toEqual(sources);
      }
      const scriptSrc = csp?.get('script-src') ?? [];
      expect(scriptSrc.slice(0, 2), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")).sort(), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(csp?.get('style-src')?.filter((s) => !s.startsWith("'sha256-")), path).toEqual(["'self'"]);
    }
  });

  it('loads search from the site’s own files, with any inline script hashed into the policy', () => {
    const search = pages.get('search/index.html')!;
    const scripts = selectAll('script', search);
    expect(scripts.length).toBeGreaterThan(0);
    const scriptSrc = pageCsp(search).csp!.get('script-src')!;
    for (const script of scripts) {
      if (script.properties.src) expect(existsSync(join(site.outDir, String(script.properties.src).slice(BASE.length + 1)))).toBe(true);
      else expect(scriptSrc).toContain(sha256(script.children.map((c) => ('value' in c ? c.value : '')).join('')));
    }
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) expect(existsSync(join(site.outDir, file)), file).toBe(true);
  });

  it('ships no client script on brief pages', () => {
    // JSON-LD metadata is data, not a script the browser runs.
    for (const [path, tree] of pages) if (path.startsWith('briefs/')) expect(selectAll('script:not([type="application/ld+json"])', tree), path).toEqual([]);
  });
});

describe('what the build wrote', () => {
  it('wrote nothing in the project outside dist/ and the generated folder', () => {
    expect(projectChanges).toEqual([]);
  });

  it('left the seeds folder as it was', async () => {
    expect(await fileTimes(site.seedsDir)).toEqual(seedsBefore);
    expect(seedsBefore.size).toBeGreaterThan(HOSTILE_CASES.length);
  });

  it('gave every brief a unique slug and one page, the same slugs a fresh pipeline run gives', async () => {
    const published = report.seeds.flatMap((s) => (s.status === 'rejected' ? [] : [s]));
    const slugs = published.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(briefPage(slug), slug).toBeDefined();
    const work = await mkdtemp(join(tmpdir(), 'dispatch-hostile-again-'));
    try {
      const again = await runPipeline({ seedsDir: site.seedsDir, briefsDir: join(work, 'briefs'), reportPath: join(work, 'report.json') });
      expect(again.seeds.map((s) => [s.file, s.status === 'rejected' ? null : s.slug])).toEqual(report.seeds.map((s) => [s.file, s.status === 'rejected' ? null : s.slug]));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('builds that cannot or need not proceed', () => {
  let invalid: Awaited<ReturnType<typeof tryBuildSite>>;
  let duplicate: Awaited<ReturnType<typeof tryBuildSite>>;
  let noSeeds: Awaited<ReturnType<typeof tryBuildSite>>;

  beforeAll(async () => {
    // One at a time: builds of one project share its .astro/ folder.
    invalid = await tryBuildSite({ name: 'hostile-invalid', seedFiles: REAL_SEEDS.slice(0, 1), contentDir: 'tests/fixtures/hostile/briefs/invalid' });
    duplicate = await tryBuildSite({ name: 'hostile-duplicate', seedFiles: REAL_SEEDS.slice(0, 1), contentDir: 'tests/fixtures/hostile/briefs/duplicate-slug' });
    noSeeds = await tryBuildSite({ name: 'hostile-no-seeds', seedFiles: [], writeSeeds: (dir) => rm(dir, { recursive: true }) });
  });
  afterAll(async () => {
    await Promise.all([invalid?.cleanup(), duplicate?.cleanup(), noSeeds?.cleanup()]);
  });

  it('stops (exit 1) on broken hand-written briefs, naming every broken file, its line and the fix', () => {
    expect(invalid.code).toBe(1);
    expect(invalid.log).toContain('2 hand-written brief problems to fix before the site can build');
    expect(invalid.log).toMatch(/tests\/fixtures\/hostile\/briefs\/invalid\/broken-frontmatter\.mdx:2: the `title` field is not valid YAML .*put values containing ": ".* in double quotes/);
    expect(invalid.log).toMatch(/tests\/fixtures\/hostile\/briefs\/invalid\/broken-mdx\.mdx:5:\d+: the MDX cannot be parsed .*escape it as \\\{ or \\</);
    expect(invalid.log).not.toContain('valid.mdx:');
  });

  it('stops (exit 1) when two briefs claim one URL, naming both files and the fix', () => {
    expect(duplicate.code).toBe(1);
    expect(duplicate.log).toMatch(/tests\/fixtures\/hostile\/briefs\/duplicate-slug\/first\.mdx and tests\/fixtures\/hostile\/briefs\/duplicate-slug\/second\.mdx would both be published at \/briefs\/shared-slug\/: give one of them another `slug:`/);
  });

  it('builds (exit 0) without a seeds folder, saying where it looked and what to do', async () => {
    expect(noSeeds.code, noSeeds.log.slice(-2000)).toBe(0);
    expect(noSeeds.log).toMatch(/seeds folder not found at .*: create it and put one page dump per file in it/);
    const reportPage = toText(fromHtml(await readFile(join(noSeeds.outDir, 'report', 'index.html'), 'utf8')));
    expect(reportPage).toContain('seeds folder not found');
    expect(existsSync(join(noSeeds.outDir, 'briefs', 'how-to-read-a-dispatch-brief', 'index.html'))).toBe(true);
  });
});
