import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthoredStore } from '../../../src/pipeline/authored/store.ts';
import { readLinkGraph } from '../../../src/pipeline/links/store.ts';
import { runPipeline, type PipelineOptions } from '../../../src/pipeline/run/run-pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
let work: string;
let options: PipelineOptions;
const RAIL = 'content/rail-union-reacts.mdx';

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-authored-'));
  const content = join(work, 'content');
  options = { seedsDir: join(work, 'seeds'), briefsDir: join(work, 'generated', 'briefs'), reportPath: join(work, 'generated', 'report.json'), contentDir: content, root: work };
  await mkdir(options.seedsDir);
  await mkdir(content);
  for (const name of ['rail-original.txt', 'rail-rewrite.txt', 'rail-other-story.txt']) await cp(join(FIXTURES, 'links', name), join(options.seedsDir, name));
  for (const name of ['rail-union-reacts.mdx', 'ferry-strike.mdx']) await cp(join(FIXTURES, 'authored/briefs', name), join(content, name));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const graph = async () => (await readLinkGraph(join(work, 'generated', 'links')))!;
const store = async () => JSON.parse(await readFile(join(work, 'generated', 'authored.json'), 'utf8')) as AuthoredStore;

describe('hand-written briefs in the pipeline', () => {
  it('are linked with the seeds\' briefs both ways: related briefs, entities, topics', async () => {
    const report = await runPipeline(options);
    expect(report.authored).toEqual({ briefs: 2, problems: [] });
    const g = await graph();
    const rail = g.briefs['rail-union-reacts']!;
    const original = Object.values(g.briefs).find((b) => b.title.startsWith('Meridian Rail to cut'))!;
    // A generated brief lists the hand-written one as related, and the other way round.
    expect(original.related.map((r) => r.slug)).toContain('rail-union-reacts');
    expect(rail.related.map((r) => r.slug)).toContain(original.slug);
    expect(g.entities['meridian-rail']!.mentions.map((m) => m.slug)).toContain('rail-union-reacts');
    expect(g.briefs['ferry-strike']!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['nordline-shipping', 'maria-jensen']));
  });

  it('take the topics and entities an author adds and drops the ones removed', async () => {
    await runPipeline(options);
    const rail = (await graph()).briefs['rail-union-reacts']!;
    expect(rail.topics[0]!.id).toBe('domestic-politics');
    expect(rail.topics.map((t) => t.id)).not.toContain('trade');
    // Belgium (Antwerp's country) is not named in the text; Tomas Berg is.
    expect(rail.entities.map((e) => e.id)).toContain('belgium');
    expect(rail.entities.map((e) => e.id)).not.toContain('tomas-berg');
    expect((await graph()).entities['tomas-berg']!.mentions.map((m) => m.slug)).not.toContain('rail-union-reacts');
    expect((await graph()).topics['domestic-politics']!.briefs.map((b) => b.slug)).toContain('rail-union-reacts');
  });

  it('name an unknown topic or entity at its line and column, with a suggestion', async () => {
    await writeFile(join(options.contentDir!, 'typo.mdx'), '---\ntitle: Typos\ntopics: [diplomcy, Trade and econmy]\nremoveEntities: [Meridian Rial]\n---\n\nMeridian Rail cut jobs.\n');
    const report = await runPipeline(options);
    expect(report.authored!.problems).toEqual([
      'content/typo.mdx:3:10: topics: "diplomcy" is not a topic: did you mean "diplomacy"?',
      'content/typo.mdx:3:20: topics: "Trade and econmy" is not a topic: did you mean "Trade and economy"?',
      'content/typo.mdx:4:18: removeEntities: "Meridian Rial" is not a known entity: did you mean "Meridian Rail"?',
    ]);
  });

  it('reuse the stored analysis of an unchanged brief and redo a changed one', async () => {
    await runPipeline(options);
    const first = await store();
    expect(first[RAIL]!.standalone).toBe(true);
    // Tamper with the stored result: an unchanged file keeps it, proving it was not analysed again.
    first[RAIL]!.brief.flags = [];
    first[RAIL]!.brief.features.title = 'stored';
    await writeFile(join(work, 'generated', 'authored.json'), JSON.stringify(first));
    await runPipeline(options);
    expect((await store())[RAIL]!.brief.features.title).toBe('stored');
    expect((await graph()).briefs['rail-union-reacts']!.title).toBe('stored');
    await writeFile(join(options.contentDir!, 'rail-union-reacts.mdx'), (await readFile(join(FIXTURES, 'authored/briefs/rail-union-reacts.mdx'), 'utf8')) + '\nOne more line.\n');
    await runPipeline(options);
    expect((await store())[RAIL]!.brief.features.title).toBe('Rail union weighs strikes over Meridian Rail job cuts');
  });

  it('leave an amendment to the generated brief it amends, and skip a brief that does not parse', async () => {
    await writeFile(join(options.contentDir!, 'amend.mdx'), '---\ntitle: Corrected\nseed: rail-original\n---\n');
    await writeFile(join(options.contentDir!, 'broken.mdx'), '---\ntitle: Broken\n---\n\nText {broken.\n');
    const report = await runPipeline(options);
    expect(report.authored).toEqual({ briefs: 3, problems: [] });
    const s = await store();
    expect(s['content/amend.mdx']!.standalone).toBe(false);
    expect(s['content/broken.mdx']).toBeUndefined();
    expect(Object.keys((await graph()).briefs)).not.toContain('amend');
  });
});
