import { readdir, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterSize, derived, hasLinkPage, linkRecord, linkRecords, linkSummary, outletsWithPages, requiredLinkRecord } from '../../src/lib/links.ts';
import { writeLinkStore } from '../../src/pipeline/links/store.ts';
import type { LinkGraph } from '../../src/pipeline/links/types.ts';

// The pages' reader (src/lib/links.ts) over a store written by the pipeline's writer, in a generated folder of its own.
const generated = join('generated', `test-link-store-${process.pid}`);
const linksDir = join(process.cwd(), generated, 'links');
let previous: string | undefined;

const brief = (slug: string, cluster: string | null) => ({ slug, title: slug, outlet: 'Harbour Gazette', outletId: 'harbour-gazette', date: '2024-03-14', entities: [], topics: [], keywords: [], related: [], cluster, provenance: [] });
const graph = (label: string): LinkGraph => ({
  version: 1,
  briefs: { a: brief('a', 'a'), b: brief('b', 'a'), c: brief('c', null) },
  entities: { port: { id: 'port', label, kind: 'place', media: false, variants: [label], relations: [], inverse: [], mentions: [{ slug: 'a', count: 2 }, { slug: 'c', count: 1 }] },
    // Named only by the two versions of one story (cluster a).
    quay: { id: 'quay', label: 'Quay', kind: 'place', media: false, variants: ['Quay'], relations: [], inverse: [], mentions: [{ slug: 'a', count: 1 }, { slug: 'b', count: 1 }] },
  },
  topics: {},
  outlets: {
    'harbour-gazette': { id: 'harbour-gazette', label: 'Harbour Gazette', briefs: ['a', 'b', 'c'], citedIn: [], cites: [{ id: 'wire', count: 1 }], citedBy: [] },
    wire: { id: 'wire', label: 'Wire', briefs: [], citedIn: ['a'], cites: [], citedBy: [{ id: 'harbour-gazette', count: 1 }] },
  },
  clusters: { a: { id: 'a', members: [{ slug: 'a', title: 'a', outlet: null, date: null, lead: '' }, { slug: 'b', title: 'b', outlet: null, date: null, lead: '' }], pairs: [{ a: 'a', b: 'b', similarity: 0.9 }], differences: [] } },
  provenance: { nodes: [{ id: 'harbour-gazette', label: 'Harbour Gazette', briefs: 3 }, { id: 'wire', label: 'Wire', briefs: 0 }], edges: [{ from: 'harbour-gazette', to: 'wire', count: 1, briefs: ['a'] }] },
  stats: { briefs: 3, entities: 1, clusters: 1, candidatePairs: 1, ms: {} },
});

beforeAll(() => {
  previous = process.env.DISPATCH_GENERATED_DIR;
  process.env.DISPATCH_GENERATED_DIR = generated;
});
afterAll(async () => {
  if (previous === undefined) delete process.env.DISPATCH_GENERATED_DIR;
  else process.env.DISPATCH_GENERATED_DIR = previous;
  await rm(join(process.cwd(), generated), { recursive: true, force: true });
});

describe('the link store as pages read it', () => {
  it('answers with an empty summary and no records before the pipeline has written one', async () => {
    expect((await linkSummary()).entities).toEqual([]);
    expect(await linkRecord('briefs', 'a')).toBeNull();
  });

  it('gives counts for index pages, single records, and streams records for route lists', async () => {
    await writeLinkStore(linksDir, graph('Port'));
    const summary = await linkSummary();
    expect(summary.entities).toEqual([
      { id: 'port', label: 'Port', kind: 'place', media: false, briefs: 2, stories: 2 },
      { id: 'quay', label: 'Quay', kind: 'place', media: false, briefs: 2, stories: 1 },
    ]);
    expect(summary.outlets.map((o) => [o.id, o.briefs, o.citedIn])).toEqual([['harbour-gazette', 3, 0], ['wire', 0, 1]]);
    expect(summary.provenance.edges).toEqual([{ from: 'harbour-gazette', to: 'wire', count: 1 }]);
    expect(await clusterSize('a')).toBe(2);
    expect(await hasLinkPage('entities', 'port')).toBe(true);
    expect(await hasLinkPage('entities', 'nowhere')).toBe(false);
    // Two briefs, one story: its cluster page joins them, so no entity page.
    expect(await hasLinkPage('entities', 'quay')).toBe(false);
    expect([...(await outletsWithPages())]).toEqual(['harbour-gazette', 'wire']);
    expect((await linkRecord('briefs', 'b'))?.cluster).toBe('a');
    expect((await linkRecord('outlets', 'wire'))?.provenance.edges).toEqual([{ from: 'harbour-gazette', to: 'wire', count: 1, briefs: ['a'] }]);
    const ids = [];
    for await (const b of linkRecords('briefs')) ids.push(b.slug);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('reuses the record read last and what was derived from it, and reads a rewritten store afresh', async () => {
    const first = (await linkRecord('entities', 'port'))!;
    expect(await linkRecord('entities', 'port')).toBe(first);
    let computed = 0;
    const counts = () => derived(first, 'counts', (e) => (computed++, new Map(e.mentions.map((m) => [m.slug, m.count]))));
    expect(counts().get('a')).toBe(2);
    expect(counts()).toBe(counts());
    expect(computed).toBe(1);

    await writeLinkStore(linksDir, graph('Harbour'));
    // A later modification time, as a rebuild in dev would leave.
    const later = new Date(Date.now() + 5000);
    await utimes(join(linksDir, 'index.json'), later, later);
    expect((await linkRecord('entities', 'port'))?.label).toBe('Harbour');
    expect((await linkSummary()).entities[0]?.label).toBe('Harbour');
  });

  it('says plainly when a record its index lists is gone (another build rewrote the folder), for the page that needs it', async () => {
    expect((await requiredLinkRecord('clusters', 'a')).members).toHaveLength(2);
    // The record files replaced under the index this build read, as a second build writing the same folder leaves them.
    for (const file of await readdir(linksDir)) if (file !== 'index.json') await rm(join(linksDir, file));
    await expect(requiredLinkRecord('entities', 'quay')).rejects.toThrow(/no entities record "quay".*another build writing the same generated folder/su);
  });
});
