import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';

const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
const slugsOf = (graph: ReturnType<typeof linkCorpus>, id: string) => graph.entities[id]?.mentions.map((m) => m.slug).sort() ?? [];

describe("a party's members called by its word", () => {
  it.each([
    ['Republicans', 'republican-party', 'In the Senate, Republicans blocked the harbour bill on Tuesday, officials in Washington said.'],
    ['a Democrat', 'democratic-party', 'Ann Lee, a Democrat, won the seat in the United States House after a long count.'],
  ])('%s is the party the gazetteer knows, on its page and in the brief', (_, party, text) => {
    const graph = linkCorpus([brief('a', text), brief('b', 'The ferry strike in Portsmouth ended after talks in the United States embassy.')]);
    expect(slugsOf(graph, party)).toEqual(['a']);
    expect(graph.briefs.a!.entities.find((e) => e.id === party)?.kind).toBe('organisation');
    expect(Object.keys(graph.entities).filter((id) => /^(?:republicans?|democrats?)$/u.test(id))).toEqual([]);
  });

  it('joins the briefs that name the party in full', () => {
    const graph = linkCorpus([
      brief('a', 'In the Senate, Republicans blocked the harbour bill on Tuesday, officials in Washington said.'),
      brief('b', 'The Republican Party chose a new chair at its meeting in Washington on Friday.'),
    ]);
    expect(slugsOf(graph, 'republican-party')).toEqual(['a', 'b']);
    expect(graph.entities['republican-party']!.label).toBe('Republican Party');
  });

  it("stays its own name where the briefs that write it do not name the party's country", () => {
    const graph = linkCorpus([
      brief('a', 'In Valdora, Republicans marched through the old town square, demanding a vote on the monarchy.'),
      brief('b', 'In Valdora the Republicans held a rally for a vote on the crown, and police closed the square.'),
    ]);
    expect(slugsOf(graph, 'republicans')).toEqual(['a', 'b']);
    expect(graph.entities['republican-party']).toBeUndefined();
  });
});
