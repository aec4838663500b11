import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { reasonText, relatedBriefs, type Posting } from '../../../src/pipeline/links/related.ts';

const entity = (id: string, label = id): Posting => ({ key: `entity:${id}`, kind: 'entity', id, label, weight: 1 });

describe('related briefs through the inverted index', () => {
  it('ranks by shared rare features and says which', () => {
    const related = relatedBriefs([
      { slug: 'a', postings: [entity('huawei', 'Huawei'), entity('chips', 'semiconductors'), entity('sanctions'), entity('common')] },
      { slug: 'b', postings: [entity('huawei', 'Huawei'), entity('chips', 'semiconductors'), entity('sanctions'), entity('common')] },
      { slug: 'c', postings: [entity('chips', 'semiconductors'), entity('common'), entity('tariffs')] },
      { slug: 'd', postings: [entity('common'), entity('fishing')] },
    ]);
    expect(related[0]!.map((r) => r.slug)).toEqual(['b', 'c']);
    expect(related[0]![0]!.reason).toBe('shares Huawei, sanctions, semiconductors');
    expect(related[0]![0]!.score).toBeGreaterThan(related[0]![1]!.score);
    // A feature every brief has never makes two briefs related on its own.
    expect(related[3]).toEqual([]);
  });

  it('never walks postings longer than the cap, so common features cannot create candidates', () => {
    const briefs = Array.from({ length: 6 }, (_, i) => ({ slug: `b${i}`, postings: [entity('everywhere'), entity(`own-${i}`)] }));
    expect(relatedBriefs(briefs, { dfCap: 5, minScore: 0 }).every((r) => r.length === 0)).toBe(true);
    expect(relatedBriefs(briefs, { dfCap: 6, minScore: 0 })[0]!.length).toBe(5);
  });

  it('writes reasons with commas only', () => {
    expect(reasonText([{ label: 'Huawei' }, { label: 'trade and economy' }])).toBe('shares Huawei, trade and economy');
  });

  it('relates briefs from real text with a reason naming what they share', () => {
    const brief = (slug: string, title: string, text: string) => extractLinkFeatures({ slug, seed: slug, title, outlet: null, date: null, paragraphs: text.split('\n\n').map((t) => ({ kind: 'paragraph', text: t })) });
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
});
