import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run/run-pipeline.ts';

let work: string;
let seedsDir: string;
let briefsDir: string;
let reportPath: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-pipeline-'));
  seedsDir = join(work, 'seeds');
  briefsDir = join(work, 'generated', 'briefs');
  reportPath = join(work, 'generated', 'report.json');
  await import('node:fs/promises').then((fs) => fs.mkdir(seedsDir));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const run = () => runPipeline({ seedsDir, briefsDir, reportPath });

describe('runPipeline', () => {
  it('emits one MDX brief per good seed and names every bad seed with a reason', async () => {
    await writeFile(join(seedsDir, 'good.txt'), 'A perfectly ordinary headline\n\nThe story text.');
    await writeFile(join(seedsDir, 'empty.txt'), '');
    await writeFile(join(seedsDir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
    const report = await run();
    expect(report.totals).toEqual({ seeds: 3, emitted: 1, cached: 0, rejected: 2 });
    expect(report.seeds.filter((s) => s.status === 'rejected').map((s) => s.file).sort()).toEqual(['binary.bin', 'empty.txt']);
    const files = (await readdir(briefsDir)).filter((f) => /\.mdx?$/.test(f));
    expect(files).toEqual([expect.stringMatching(/^a-perfectly-ordinary-headline-[0-9a-f]{8}\.md$/)]);
    expect(JSON.parse(await readFile(reportPath, 'utf8')).totals.rejected).toBe(2);
  });

  it('does not reprocess unchanged seeds, and reprocesses a changed one', async () => {
    await writeFile(join(seedsDir, 'a.txt'), 'First headline of the test\n\nBody one.');
    await writeFile(join(seedsDir, 'b.txt'), 'Second headline of the test\n\nBody two.');
    await run();
    const [fileA] = (await readdir(briefsDir)).filter((f) => f.startsWith('first'));
    const before = (await stat(join(briefsDir, fileA!))).mtimeMs;
    await writeFile(join(seedsDir, 'b.txt'), 'Second headline of the test\n\nBody two, amended.');
    const report = await run();
    expect(report.seeds.map((s) => [s.file, s.status])).toEqual([['a.txt', 'cached'], ['b.txt', 'emitted']]);
    expect((await stat(join(briefsDir, fileA!))).mtimeMs).toBe(before);
  });

  it('removes the brief of a deleted seed', async () => {
    await writeFile(join(seedsDir, 'a.txt'), 'First headline of the test\n\nBody one.');
    await run();
    await rm(join(seedsDir, 'a.txt'));
    await run();
    expect((await readdir(briefsDir)).filter((f) => /\.mdx?$/.test(f))).toEqual([]);
  });

  it('removes briefs an older build generated as .mdx, keeping the current .md ones', async () => {
    await writeFile(join(seedsDir, 'a.txt'), 'First headline of the test\n\nBody one.');
    await mkdir(briefsDir, { recursive: true });
    await writeFile(join(briefsDir, 'old-brief-1234abcd.mdx'), '---\ntitle: Old\n---\n\nOld body.\n');
    await run();
    const files = (await readdir(briefsDir)).filter((f) => /\.mdx?$/.test(f));
    expect(files).toEqual([expect.stringMatching(/^first-headline-of-the-test-[0-9a-f]{8}\.md$/)]);
  });

  it('gives seeds with the same title different, stable slugs', async () => {
    await writeFile(join(seedsDir, 'one.txt'), 'The same headline twice\n\nOne.');
    await writeFile(join(seedsDir, 'two.txt'), 'The same headline twice\n\nTwo.');
    const first = await run();
    const slugs = first.seeds.map((s) => (s.status === 'rejected' ? '' : s.slug));
    expect(new Set(slugs).size).toBe(2);
    const second = await runPipeline({ seedsDir, briefsDir, reportPath, force: true });
    expect(second.seeds.map((s) => (s.status === 'rejected' ? '' : s.slug))).toEqual(slugs);
  });

  it('warns and carries on when the seeds folder is missing', async () => {
    const report = await runPipeline({ seedsDir: join(work, 'nope'), briefsDir, reportPath });
    expect(report.totals.seeds).toBe(0);
    expect(report.warnings[0]).toMatch(/seeds folder not found/);
  });
});
