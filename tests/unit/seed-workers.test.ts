import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run/run-pipeline.ts';
import { seedProcessor } from '../../src/pipeline/run/seed-workers.ts';
import { HOSTILE_FIXTURES } from '../helpers/hostile-seeds.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const work = await mkdtemp(join(tmpdir(), 'dispatch-workers-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Every file of a generated folder, by name (the report's timings and thread counts aside). */
async function outputs(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sub of ['briefs', 'features']) {
    for (const name of (await readdir(join(dir, sub))).sort()) files.set(`${sub}/${name}`, await readFile(join(dir, sub, name), 'utf8'));
  }
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { seeds: unknown };
  files.set('report seeds', JSON.stringify(report.seeds));
  return files;
}

describe('processing seeds on worker threads', { timeout: 120_000 }, () => {
  it('writes exactly what one thread writes, and reports the seeds in the same order', async () => {
    // The five seeds under several names each (same titles: the slugs differ only by the file-name hash),
    // plus a folder that is rejected, so results from both threads and rejections interleave.
    const seedsDir = join(work, 'seeds');
    await mkdir(seedsDir);
    const real = (await readdir(SEEDS)).sort();
    for (let copy = 0; copy < 4; copy++) for (const name of real) await cp(join(SEEDS, name), join(seedsDir, `${copy}-${name}`));
    await cp(join(SEEDS, real[0]!), join(seedsDir, 'z-same-bytes.txt'));
    await mkdir(join(seedsDir, 'a-folder'));
    const run = (name: string, count: number) => {
      const dir = join(work, name);
      const logs: string[] = [];
      return runPipeline({ seedsDir, briefsDir: join(dir, 'briefs'), reportPath: join(dir, 'report.json'), workers: { count, minSeeds: 4 }, log: (m) => logs.push(m) }).then((report) => ({ dir, report, logs }));
    };
    const single = await run('single', 0);
    const pooled = await run('pooled', 2);
    expect(pooled.logs.join('\n')).toMatch(/on 2 worker threads/);
    expect(single.logs.join('\n')).not.toMatch(/worker threads/);
    expect(pooled.report.totals).toEqual({ seeds: 22, emitted: 21, cached: 0, rejected: 1 });
    expect(await outputs(pooled.dir)).toEqual(await outputs(single.dir));
    expect(pooled.report.seeds).toEqual(single.report.seeds);
  });

  it('publishes a seed whose slug another took under a longer one, as one thread does, though workers send back no article', async () => {
    // Two seeds with the same title whose file names' short hashes collide: the second gets a longer hash,
    // and its brief is emitted again in this thread from the seed, since worker results leave the article nodes behind.
    const seedsDir = join(work, 'clash-seeds');
    await mkdir(seedsDir);
    const clashing = ['slug-collision-123482.txt', 'slug-collision-148289.txt'];
    for (const name of clashing) await cp(join(HOSTILE_FIXTURES, name), join(seedsDir, name));
    for (const name of (await readdir(SEEDS)).sort()) await cp(join(SEEDS, name), join(seedsDir, name));
    const run = (name: string, count: number) => {
      const dir = join(work, name);
      return runPipeline({ seedsDir, briefsDir: join(dir, 'briefs'), reportPath: join(dir, 'report.json'), workers: { count, minSeeds: 2 } }).then((report) => ({ dir, report }));
    };
    const single = await run('clash-single', 0);
    const pooled = await run('clash-pooled', 2);
    expect(await outputs(pooled.dir)).toEqual(await outputs(single.dir));
    const yielded = pooled.report.seeds.find((s) => s.file === clashing[1]);
    if (yielded?.status !== 'emitted') throw new Error(`${clashing[1]} was not emitted`);
    expect(yielded.slug).toMatch(/^harbour-notes-in-brief-[0-9a-f]{12}$/);
    expect(yielded.warnings.join(' ')).toContain(`was already taken by ${clashing[0]}`);
    const brief = await readFile(join(pooled.dir, 'briefs', yielded.output), 'utf8');
    expect(brief).toContain(`slug: ${yielded.slug}\n`);
    expect(brief).toContain("the library's new opening hours.");
    // Removed lines and metadata findings (kept apart from report.json) come through the slim result unchanged too.
    expect(pooled.report.seeds).toEqual(single.report.seeds);
  });
});

describe('when the worker pool starts', () => {
  it('starts at once when the caller expects enough seeds to process, and only after minSeeds seeds otherwise', async () => {
    const cold = seedProcessor(undefined, { count: 2, minSeeds: 100, expected: 3000 });
    const rebuild = seedProcessor(undefined, { count: 2, minSeeds: 100, expected: 1 });
    try {
      expect(cold.parallel).toBe(true);
      expect(rebuild.parallel).toBe(false);
    } finally {
      await cold.close();
      await rebuild.close();
    }
  });
});
