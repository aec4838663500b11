import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport, SeedOutcome } from '../../src/pipeline/run/report.ts';
import { PipelineError, runPipeline } from '../../src/pipeline/run/run-pipeline.ts';
import { HOSTILE_CASES, writeHostileSeeds } from '../helpers/hostile-seeds.ts';

let work: string;
let seedsDir: string;
let report: BuildReport;
const briefsDir = () => join(work, 'generated', 'briefs');
const reportPath = () => join(work, 'generated', 'report.json');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-hostile-pipeline-'));
  seedsDir = join(work, 'seeds');
  await writeHostileSeeds(seedsDir);
  report = await runPipeline({ seedsDir, briefsDir: briefsDir(), reportPath: reportPath() });
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

const slugOf = (outcome: SeedOutcome | undefined) => (outcome && outcome.status !== 'rejected' ? outcome.slug : null);

describe('the pipeline on hostile seeds', () => {
  it('accounts for every seed exactly once: a brief, or a rejection with the expected reason', () => {
    expect(report.seeds.map((s) => s.file).sort()).toEqual(HOSTILE_CASES.map((c) => c.file).sort());
    for (const { file, expect: expected } of HOSTILE_CASES) {
      const outcome = report.seeds.find((s) => s.file === file)!;
      if ('rejected' in expected) {
        expect(outcome.status, file).toBe('rejected');
        if (outcome.status === 'rejected') expect(outcome.reason, file).toMatch(expected.rejected);
      } else {
        expect(outcome.status, `${file}: ${outcome.status === 'rejected' ? outcome.reason : ''}`).toBe('emitted');
        if (expected.title && outcome.status !== 'rejected') expect(outcome.title, file).toBe(expected.title);
      }
    }
  });

  it('writes one brief per published seed and nothing but briefs and its cache', async () => {
    const published = report.seeds;
    const outputs = published.flatMap((s) => (s.status === 'rejected' ? [] : [s.output]));
    expect((await readdir(briefsDir())).sort()).toEqual(['.cache.json', ...outputs].sort());
  });

  it('gives every brief a unique slug, also when titles and the short hashes of their file names collide', () => {
    const slugs = report.seeds.map(slugOf).filter((s) => s !== null);
    expect(new Set(slugs).size).toBe(slugs.length);
    const a = slugOf(report.seeds.find((s) => s.file === 'slug-collision-123482.txt'));
    const b = slugOf(report.seeds.find((s) => s.file === 'slug-collision-148289.txt'));
    expect(a).toBe('harbour-notes-in-brief-8c8d518c');
    expect(b).toMatch(/^harbour-notes-in-brief-8c8d518c[0-9a-f]{4}$/);
    const yielded = report.seeds.find((s) => s.file === 'slug-collision-148289.txt');
    expect(yielded?.status !== 'rejected' && yielded?.warnings.join(' ')).toContain('was already taken by slug-collision-123482.txt');
  });

  it('keeps every slug across a rebuild from scratch and a cached rebuild', async () => {
    const slugs = report.seeds.map(slugOf);
    const fresh = await runPipeline({ seedsDir, briefsDir: join(work, 'fresh', 'briefs'), reportPath: join(work, 'fresh', 'report.json') });
    expect(fresh.seeds.map(slugOf)).toEqual(slugs);
    const cached = await runPipeline({ seedsDir, briefsDir: briefsDir(), reportPath: reportPath() });
    expect(cached.seeds.map(slugOf)).toEqual(slugs);
    expect(cached.totals.emitted).toBe(0);
  }, 60_000);

  it('names seeds with spaces, non-ASCII and markup in their file names as they are', () => {
    for (const file of ['file name with spaces.txt', 'café ünïcödé 新闻.txt', '<img src=x onerror=alert(9)>.txt']) {
      const outcome = report.seeds.find((s) => s.file === file);
      expect(outcome?.status, file).toBe('emitted');
      expect(slugOf(outcome), file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('slug stability', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-slugs-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('does not change a brief’s slug when a seed with the same name but another extension arrives', async () => {
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    const run = () => runPipeline({ seedsDir: seeds, briefsDir: join(dir, 'out', 'briefs'), reportPath: join(dir, 'out', 'report.json') });
    await writeFile(join(seeds, 'story.txt'), 'A story told in plain text\n\nThe text version.\n');
    const before = slugOf((await run()).seeds[0]);
    await writeFile(join(seeds, 'story.md'), 'A story told in plain text\n\nThe Markdown version.\n');
    const after = await run();
    expect(slugOf(after.seeds.find((s) => s.file === 'story.txt'))).toBe(before);
    expect(slugOf(after.seeds.find((s) => s.file === 'story.md'))).not.toBe(before);
    expect(after.seeds.map((s) => s.id).sort()).toEqual(['story.md', 'story.txt']);
  });

  it('ignores a cache file that is not what it should be, and rebuilds', async () => {
    const seeds = join(dir, 'seeds-cache');
    const out = join(dir, 'out-cache', 'briefs');
    await mkdir(seeds);
    await mkdir(out, { recursive: true });
    await writeFile(join(seeds, 'a.txt'), 'A headline for the cache test\n\nBody.\n');
    for (const junk of ['null', '[1,2]', '{"a.txt": {"digest": 5}}', '{"a.txt": null}', '{not json']) {
      await writeFile(join(out, '.cache.json'), junk);
      const result = await runPipeline({ seedsDir: seeds, briefsDir: out, reportPath: join(dir, 'out-cache', 'report.json') });
      expect(result.totals, junk).toEqual({ seeds: 1, emitted: 1, cached: 0, rejected: 0 });
    }
  });
});

describe('a pipeline that cannot run', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-broken-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('warns and builds nothing when the seeds path is a file, naming it and the fix', async () => {
    await writeFile(join(dir, 'seeds-file'), 'not a folder');
    const result = await runPipeline({ seedsDir: join(dir, 'seeds-file'), briefsDir: join(dir, 'o1', 'briefs'), reportPath: join(dir, 'o1', 'report.json') });
    expect(result.totals.seeds).toBe(0);
    expect(result.warnings[0]).toMatch(/seeds-file is a file, not a folder: make it a folder/);
  });

  it('warns when the seeds folder is missing, naming DISPATCH_SEEDS_DIR', async () => {
    const result = await runPipeline({ seedsDir: join(dir, 'missing'), briefsDir: join(dir, 'o2', 'briefs'), reportPath: join(dir, 'o2', 'report.json') });
    expect(result.warnings[0]).toMatch(/seeds folder not found at .*missing: create it .*DISPATCH_SEEDS_DIR/);
    expect(JSON.parse(await readFile(join(dir, 'o2', 'report.json'), 'utf8')).warnings).toEqual(result.warnings);
  });

  it('throws a PipelineError naming the generated folder when it cannot be written', async () => {
    await writeFile(join(dir, 'generated-is-a-file'), '');
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'a.txt'), 'A headline\n\nBody.\n');
    const attempt = runPipeline({ seedsDir: seeds, briefsDir: join(dir, 'generated-is-a-file', 'briefs'), reportPath: join(dir, 'generated-is-a-file', 'report.json') });
    await expect(attempt).rejects.toThrow(PipelineError);
    await expect(attempt).rejects.toThrow(/could not write .*generated-is-a-file.*: make the generated folder writable/);
  });
});
