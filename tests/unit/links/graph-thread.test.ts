import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLinkGraphBeside, type LinkGraphJob } from '../../../src/pipeline/links/graph-thread.ts';
import { readLinkGraph } from '../../../src/pipeline/links/store.ts';
import { runPipeline, startPipeline } from '../../../src/pipeline/run/run-pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/links');
let work: string;
let job: Omit<LinkGraphJob, 'linksDir'>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-graph-thread-'));
  const seedsDir = join(work, 'seeds');
  await mkdir(seedsDir);
  for (const name of ['rail-original.txt', 'rail-rewrite.txt', 'rail-other-story.txt']) await cp(join(FIXTURES, name), join(seedsDir, name));
  await runPipeline({ seedsDir, briefsDir: join(work, 'generated', 'briefs'), reportPath: join(work, 'generated', 'report.json') });
  const briefFiles = (await readdir(join(work, 'generated', 'briefs'))).filter((name) => name.endsWith('.md'));
  job = { featuresDir: join(work, 'generated', 'features'), briefFiles, extra: [] };
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the link graph on a worker thread', { timeout: 60_000 }, () => {
  it('writes the same link store as in this thread', async () => {
    const here = await writeLinkGraphBeside({ ...job, linksDir: join(work, 'here') }, { inThread: true });
    const beside = await writeLinkGraphBeside({ ...job, linksDir: join(work, 'beside') }, { inThread: false });
    expect(beside).toEqual(here);
    const [a, b] = [await readLinkGraph(join(work, 'here')), await readLinkGraph(join(work, 'beside'))];
    expect(Object.keys(b!.briefs)).toHaveLength(3);
    expect(b).toEqual(a);
  });

  it("passes back the worker's warnings", async () => {
    const briefFiles = [...job.briefFiles, 'no-such-brief.md'];
    const warnings = await writeLinkGraphBeside({ ...job, briefFiles, linksDir: join(work, 'warned') }, { inThread: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/features of no-such-brief\.json unreadable/);
  });

  it('names the folder it could not write, with the file-system code, as in this thread', async () => {
    const blocked = join(work, 'blocked');
    await writeFile(blocked, 'a file where the links folder should be');
    const attempt = writeLinkGraphBeside({ ...job, linksDir: join(blocked, 'links') }, { inThread: false });
    await expect(attempt).rejects.toMatchObject({ code: 'ENOTDIR', path: expect.stringContaining('blocked') });
  });
});

describe('startPipeline', { timeout: 60_000 }, () => {
  it('resolves once the briefs are written, and finishes with the report and the link store', async () => {
    const dir = join(work, 'started');
    const seedsDir = join(work, 'seeds');
    const started = await startPipeline({ seedsDir, briefsDir: join(dir, 'briefs'), reportPath: join(dir, 'report.json') });
    expect(started.authoredProblems).toEqual([]);
    expect((await readdir(join(dir, 'briefs'))).filter((name) => name.endsWith('.md'))).toHaveLength(3);
    const report = await started.finished;
    expect(report.totals.emitted).toBe(3);
    expect(Object.keys((await readLinkGraph(join(dir, 'links')))!.briefs)).toHaveLength(3);
  });
});
