import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLinkGraph } from '../../../src/pipeline/links/store.ts';
import type { LinkGraph } from '../../../src/pipeline/links/types.ts';
import { runPipeline } from '../../../src/pipeline/run/run-pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/links');
let work: string;
let options: { seedsDir: string; briefsDir: string; reportPath: string };

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-links-'));
  options = { seedsDir: join(work, 'seeds'), briefsDir: join(work, 'generated', 'briefs'), reportPath: join(work, 'generated', 'report.json') };
  await mkdir(options.seedsDir);
  for (const name of ['rail-original.txt', 'rail-rewrite.txt', 'rail-other-story.txt']) await cp(join(FIXTURES, name), join(options.seedsDir, name));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const graph = async () => (await readLinkGraph(join(work, 'generated', 'links')))!;

describe('cross-links in the pipeline', () => {
  it('links every brief after the seeds are processed', async () => {
    await runPipeline(options);
    const g = await graph();
    expect(Object.keys(g.briefs)).toHaveLength(3);
    expect(Object.values(g.clusters)).toHaveLength(1);
    expect(g.entities['meridian-rail']?.mentions).toHaveLength(2);
  });

  it('links cached seeds from their stored features, without reprocessing them', async () => {
    await runPipeline(options);
    const first = await graph();
    const report = await runPipeline(options);
    expect(report.totals.cached).toBe(3);
    expect(await graph()).toEqual(first);
  });

  it('reprocesses a seed whose features file is missing, and drops links of deleted seeds', async () => {
    await runPipeline(options);
    const slug = Object.keys((await graph()).briefs).find((s) => s.startsWith('eastline'))!;
    await rm(join(work, 'generated', 'features', `${slug}.json`));
    const again = await runPipeline(options);
    expect(again.seeds.find((s) => s.file === 'rail-other-story.txt')?.status).toBe('emitted');
    await rm(join(options.seedsDir, 'rail-rewrite.txt'));
    await runPipeline(options);
    const g = await graph();
    expect(Object.keys(g.briefs)).toHaveLength(2);
    expect(g.clusters).toEqual({});
  });

  it('reports an unreadable features file and still builds', async () => {
    await runPipeline(options);
    const slug = Object.keys((await graph()).briefs)[0]!;
    await writeFile(join(work, 'generated', 'features', `${slug}.json`), '{ not json');
    const report = await runPipeline(options);
    expect(report.warnings.join('\n')).toMatch(/features of .* unreadable/);
    expect(Object.keys((await graph()).briefs)).toHaveLength(2);
  });
});

describe('the link store', () => {
  it('holds the graph linkCorpus made, and writes the whole graph as one file only when asked', async () => {
    const wholeGraphPath = join(work, 'out', 'links.json');
    const report = await runPipeline({ ...options, linksPath: wholeGraphPath });
    expect(report.totals.emitted).toBe(3);
    const whole = JSON.parse(await readFile(wholeGraphPath, 'utf8')) as LinkGraph;
    expect(await graph()).toEqual(whole);
    expect(whole.provenance.edges.length).toBeGreaterThan(0);
    await expect(readFile(join(work, 'generated', 'links.json'), 'utf8')).rejects.toThrow();
  });
});
