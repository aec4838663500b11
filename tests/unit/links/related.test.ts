import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { linkInputFrom } from '../../../src/pipeline/links/input.ts';
import { reasonText, relatedBriefs, type ReasonFeatures } from '../../../src/pipeline/links/related.ts';
import { processSeed } from '../../../src/pipeline/run/process-seed.ts';
import { decodeSeed } from '../../../src/pipeline/read/read-seed.ts';

const ROOT = join(import.meta.dirname, '../../..');
const brief = (slug: string, title: string, text: string) =>
  extractLinkFeatures({ slug, seed: slug, title, outlet: null, date: null, paragraphs: text.split('\n\n').map((t) => ({ kind: 'paragraph', text: t })) });
const reasons = (slug: string, names: string[] = [], topics: string[] = [], keywords: string[] = []): ReasonFeatures => ({
  slug,
  names: names.map((n) => ({ id: n.toLowerCase(), label: n, weight: 1 })),
  topics: topics.map((t) => ({ id: t, label: t })),
  keywords: keywords.map((k) => ({ key: k, label: k, weight: 1 })),
});

describe('related briefs', () => {
  it('lists same-story versions first, then neighbours by score, each with its reason', () => {
    const briefs = [reasons('a', ['Huawei', 'SMIC'], ['sanctions']), reasons('b', ['Huawei']), reasons('c', ['SMIC'], ['sanctions']), reasons('d', [], ['sanctions'], ['chip']), reasons('e')];
    const neighbours = [[{ index: 2, score: 0.4 }, { index: 1, score: 0.3 }, { index: 4, score: 0.25 }, { index: 3, score: 0.2 }], [], [], [], []];
    const [list] = relatedBriefs(briefs, neighbours, (i) => (i === 0 || i === 1 ? [0, 1] : []));
    expect(list!.map((r) => [r.slug, r.relation])).toEqual([
      ['b', 'same-story'],
      ['c', 'shared-names'],
      ['e', 'similar-text'],
      ['d', 'shared-topic'],
    ]);
    expect(list![0]!.reason).toBe('same story; both name Huawei');
    expect(list![1]!.reason).toBe('shares people and organisations: SMIC');
    expect(list![2]!.reason).toBe('similar wording');
    expect(list![3]!.reason).toBe('same subject: sanctions');
  });

  it('lists a weak neighbour only when it shares a name or topic and nothing better exists', () => {
    const briefs = [reasons('a', ['Huawei']), reasons('b', ['Huawei']), reasons('c')];
    expect(relatedBriefs(briefs, [[{ index: 1, score: 0.05 }, { index: 2, score: 0.04 }], [], []], () => [])[0]!.map((r) => r.slug)).toEqual(['b']);
    expect(relatedBriefs(briefs, [[{ index: 2, score: 0.05 }], [], []], () => [])[0]).toEqual([]);
  });

  // A neighbour that shares nothing a reader could check (no name, topic or keyword) needs close wording; one sharing a topic does not.
  it.each([
    ['shares nothing, close wording', [], 0.25, ['b']],
    ['shares nothing, loose wording', [], 0.15, []],
    ['shares a topic, loose wording', ['energy'], 0.15, ['b']],
  ] as const)('%s', (_name, topics, score, slugs) => {
    const briefs = [reasons('a', [], ['energy']), reasons('b', [], [...topics]), reasons('c', ['Huawei'])];
    const [list] = relatedBriefs(briefs, [[{ index: 1, score }], [], []], () => []);
    expect(list!.map((r) => r.slug)).toEqual(slugs);
  });

  it('writes reasons with commas only', () => {
    expect(reasonText('shared-topic', [{ kind: 'topic', label: 'trade and economy' }, { kind: 'keyword', label: 'tariff' }])).toBe('same subject: trade and economy, tariff');
  });

  it('relates briefs from real text with a reason naming what they share', () => {
    const graph = linkCorpus([
      brief('harbour-a', 'Lisbon port strike halts container traffic', 'Dockworkers at the port of Lisbon walked out on Monday over automation plans by Northwind Shipping.\n\nNorthwind Shipping said the cranes would be automated by 2027. Union leader Marta Sousa said the strike would go on.'),
      brief('harbour-b', 'Northwind Shipping defends automation in Lisbon', 'Northwind Shipping defended its automation plans for the port of Lisbon, where cranes are due to run without drivers.\n\nUnion leader Marta Sousa called the plan a threat to thousands of dockworkers.'),
      brief('farm', 'Wheat harvest in Kansas hit by drought', 'Farmers in Kansas expect a poor wheat harvest after months of drought.\n\nThe state agriculture office said yields would fall sharply.'),
    ]);
    const [first] = graph.briefs['harbour-a']!.related;
    expect(first?.slug).toBe('harbour-b');
    expect(first?.reason).toMatch(/Northwind Shipping|Marta Sousa|Lisbon/);
    expect(graph.briefs['farm']!.related).toEqual([]);
  });

  it('gives every one of the project seeds, all on Russia–China technology ties, a related brief', () => {
    const features = readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => {
        const read = decodeSeed(readFileSync(join(ROOT, 'seeds', file)), file);
        if (!read.ok) throw new Error(`${file}: ${read.rejection.reason}`);
        return extractLinkFeatures(linkInputFrom(processSeed(read.seed).doc));
      });
    expect(features.length).toBeGreaterThanOrEqual(5);
    const graph = linkCorpus(features);
    for (const f of features) expect(graph.briefs[f.slug]!.related.length, f.seed).toBeGreaterThan(0);
    const seed001 = features.find((f) => f.seed.startsWith('001'))!;
    expect(graph.briefs[seed001.slug]!.related[0]!.reason).not.toBe('');
  });
});
