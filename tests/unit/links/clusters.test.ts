import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClusters } from '../../../src/pipeline/links/clusters.ts';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { diffFacts, extractFacts } from '../../../src/pipeline/links/facts.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { findAttributions } from '../../../src/pipeline/links/provenance.ts';
import { estimateJaccard, exactJaccard, minhashSignature, shingles } from '../../../src/pipeline/links/minhash.ts';
import { cosine, nearestNeighbours, termVectors } from '../../../src/pipeline/links/similarity.ts';
import { storyTerms } from '../../../src/pipeline/links/story-terms.ts';
import type { LinkFeatures } from '../../../src/pipeline/links/types.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/links');

function fromText(slug: string, text: string, outlet: string | null = null, date: string | null = null): LinkFeatures {
  const [title, ...paragraphs] = text.trim().split(/\n\n+/);
  return extractLinkFeatures({ slug, seed: slug, title: title!, outlet, date, paragraphs: paragraphs.map((t) => ({ kind: 'paragraph', text: t })) });
}
const fixture = (name: string, outlet: string | null = null) => fromText(name, readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), outlet);
const clustersOf = (all: LinkFeatures[]) => Object.values(linkCorpus(all).clusters).map((c) => c.members.map((m) => m.slug));

/**
 * Briefs on unrelated made-up subjects, so that a test corpus is large enough for the
 * mutual-neighbour rule (and its document frequencies tell a story's words from common ones).
 */
function filler(count: number): LinkFeatures[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const syllables = ['ka', 'ro', 'mi', 'ten', 'vel', 'dor', 'sa', 'lin', 'qua', 'ber', 'to', 'ni', 'gra', 'pol', 'zu'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const common = 'the city said on officials plan new report week council people year workers local government'.split(' ');
  const sentence = () => Array.from({ length: 12 }, () => (random() < 0.3 ? common[Math.floor(random() * common.length)] : word())).join(' ');
  return Array.from({ length: count }, (_, i) => fromText(`filler-${i}`, [sentence(), `${sentence()}. ${sentence()}.`, `${sentence()}. ${sentence()}.`].join('\n\n')));
}

/** A copy with a few words changed, as when an aggregator republishes a story. */
function lightlyEdited(name: string): LinkFeatures {
  const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace('painful', 'very hard').replace('threatened strikes', 'warned of strikes');
  return fromText(`${name}-copy`, text);
}

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few points', () => {
    const a = new Set(Array.from({ length: 400 }, (_, i) => `w${i}`));
    const b = new Set(Array.from({ length: 400 }, (_, i) => `w${i + 200}`));
    const exact = exactJaccard(a, b);
    expect(exact).toBeCloseTo(1 / 3, 5);
    expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact)).toBeLessThan(0.1);
    expect(estimateJaccard(minhashSignature(a), minhashSignature(a))).toBe(1);
  });

  it('shingles content words, so function-word edits keep shingles in common', () => {
    expect([...shingles('The cut of jobs at the depot in the city', 3)]).toEqual(['cut job depot', 'job depot city']);
  });
});

describe('story terms', () => {
  // Two briefs in one language share its function words whatever they tell: they are no terms of the story.
  it.each([
    ['de', 'Neue Brücke in Tarnhafen', 'Die Stadt und der Hafen haben die Brücke nach drei Jahren eröffnet, und die Bürger sind froh.', ['und', 'die', 'der', 'nach']],
    ['fr', 'Un nouveau pont à Tarnport', 'La ville et le port ont ouvert le pont après trois ans de travaux, et les habitants sont contents.', ['de', 'et', 'le', 'la']],
  ])('leaves out the function words of a brief in %s', (language, title, paragraph, functionWords) => {
    const keys = (lang?: string) => new Set(storyTerms(title, [paragraph], undefined, lang).map((t) => t.key));
    for (const word of functionWords) {
      expect(keys().has(word), word).toBe(true);
      expect(keys(language).has(word), word).toBe(false);
    }
    expect(keys(language).size).toBeGreaterThan(4);
  });
  it('reads a French word without the particle elided onto it, as the same word written alone', () => {
    const keys = (lang?: string) => storyTerms('Grève à l’université', ['L’université de Tarnport reste fermée.'], undefined, lang).map((t) => t.key);
    const alone = storyTerms('Grève', ['Une université reste fermée.'], undefined, 'fr').map((t) => t.key).find((k) => k.startsWith('univers'))!;
    expect(keys('fr').filter((k) => k.includes('univers'))).toEqual([alone]);
    expect(keys().filter((k) => k.includes('univers'))).not.toEqual([alone]);
  });
});

describe('same-story clusters', () => {
  const original = fixture('rail-original', 'Harbour Gazette');
  const rewrite = fixture('rail-rewrite', 'Valley Courier');
  const other = fixture('rail-other-story', 'Baltic Wire');
  const ferry = fixture('ferry-strike');
  const ferryRewrite = fixture('ferry-strike-rewrite');
  const bridge = fixture('bridge-closure');
  const chain = ['chain-school-budget', 'chain-marathon', 'chain-bank-merger'].map((n) => fixture(n));

  it('puts two rewrites of one report in one cluster', () => {
    const graph = linkCorpus([original, rewrite, other]);
    expect(Object.values(graph.clusters).map((c) => c.members.map((m) => m.slug))).toEqual([['rail-original', 'rail-rewrite']]);
    expect(graph.briefs['rail-original']!.cluster).toBe(graph.briefs['rail-rewrite']!.cluster);
    expect(clustersOf([ferry, ferryRewrite])).toEqual([['ferry-strike', 'ferry-strike-rewrite']]);
  });

  it("gives a version too short to be about a topic those its story's other versions are about, where it mentions them", () => {
    const about = original.topics.map((t) => t.id);
    expect(about.length).toBeGreaterThan(0);
    expect(rewrite.topics.map((t) => t.id)).toEqual(expect.arrayContaining([about[0]]));
    // A short third version: the rewrite's words, about no topic, mentioning the story's first topic once and "space" once.
    const mentioned = [{ id: about[0]!, score: 1, hits: 1 }, { id: 'space', score: 1, hits: 1 }];
    const short: LinkFeatures = { ...rewrite, slug: 'rail-short', topics: [], mentionedTopics: mentioned };
    const graph = linkCorpus([original, rewrite, short, other]);
    expect(graph.briefs['rail-short']!.cluster).toBe(graph.briefs['rail-original']!.cluster);
    expect(graph.briefs['rail-short']!.topics.map((t) => t.id)).toEqual([about[0]]);
    expect(graph.topics[about[0]!]!.briefs.map((b) => b.slug)).toContain('rail-short');
    // Outside any story it stays about nothing.
    const alone = linkCorpus([{ ...short, storyTerms: [], minhash: other.minhash.map((h) => h + 1) }, other]);
    expect(alone.briefs['rail-short']!.topics).toEqual([]);
  });

  it('keeps two different stories on the same topic apart', () => {
    const graph = linkCorpus([original, other]);
    expect(graph.clusters).toEqual({});
    expect(graph.briefs['rail-other-story']!.cluster).toBeNull();
  });

  it('keeps apart two stories that share only a spokesman, an agency and a place', () => {
    expect(clustersOf([ferry, bridge])).toEqual([]);
    // With the real rewrite present, the other story still stays out.
    expect(clustersOf([ferry, ferryRewrite, bridge])).toEqual([['ferry-strike', 'ferry-strike-rewrite']]);
  });

  it('in a corpus large enough for the mutual-neighbour rule, still links only the versions of one story', () => {
    const all = [original, rewrite, other, ferry, ferryRewrite, bridge, ...chain, ...filler(60)];
    expect(clustersOf(all).sort()).toEqual([['ferry-strike', 'ferry-strike-rewrite'], ['rail-original', 'rail-rewrite']]);
  });

  it('does not chain stories A~B~C that share one name each', () => {
    expect(clustersOf(chain)).toEqual([]);
    // Mixed into a larger corpus, still no cluster holds two of them.
    const all = [original, rewrite, other, ferry, ferryRewrite, bridge, ...chain];
    expect(clustersOf(all).sort()).toEqual([['ferry-strike', 'ferry-strike-rewrite'], ['rail-original', 'rail-rewrite']]);
  });

  it('finds a lightly edited copy', () => {
    const copy = lightlyEdited('rail-original');
    expect(clustersOf([original, copy, other])).toEqual([['rail-original', 'rail-original-copy']]);
    expect(estimateJaccard(original.minhash, copy.minhash)).toBeGreaterThan(0.6);
  });

  it('never links dated versions far apart in time', () => {
    const text = readFileSync(join(FIXTURES, 'rail-original.txt'), 'utf8');
    const a = fromText('a', text, null, '2024-03-03');
    const b = fromText('b', text, null, '2024-03-04');
    const c = fromText('c', text, null, '2024-09-30');
    expect(clustersOf([a, b, c])).toEqual([['a', 'b']]);
  });

  it('needs every pair of a cluster to be similar (complete link), not one chain of links', () => {
    // Three briefs: a~b and b~c strongly linked, a and c unlike each other.
    const docs = [
      [{ key: 'x', weight: 3 }, { key: 'y', weight: 3 }],
      [{ key: 'x', weight: 3 }, { key: 'y', weight: 3 }, { key: 'z', weight: 3 }, { key: 'w', weight: 3 }],
      [{ key: 'z', weight: 3 }, { key: 'w', weight: 3 }],
    ];
    const tv = termVectors(docs);
    expect(cosine(tv.vectors[0]!, tv.vectors[2]!)).toBe(0);
    const items = ['a', 'b', 'c'].map((slug) => ({ slug, date: null, minhash: [] }));
    const result = findClusters(items, tv.vectors, nearestNeighbours(tv));
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]).toHaveLength(2);
    expect(result.pairs).toHaveLength(1);
  });

  it('lists where the versions differ on facts', () => {
    const graph = linkCorpus([original, rewrite, other]);
    const [cluster] = Object.values(graph.clusters);
    const byKind = Object.fromEntries(cluster!.differences.map((d) => [d.kind, d]));
    expect(byKind.numbers!.shared).toEqual(expect.arrayContaining(['1,200', '14%', '3.1%']));
    expect(byKind.numbers!.only).toEqual([
      { slug: 'rail-original', facts: ['4,800 people', '€90 million'] },
      { slug: 'rail-rewrite', facts: ['€85 million'] },
    ]);
    expect(byKind.dates!.shared).toContain('March 3, 2024');
    expect(byKind.quotes!.shared).toEqual(expect.arrayContaining(['We had no choice but to shrink the network,']));
    expect(byKind.sources!.shared.map((s) => s.toLowerCase())).toContain('reuters');
  });

  it('counts a source credited once as one source, with or without its article', () => {
    // The cue reads "source" and the descriptor "a source" from the same credit.
    const text = 'The ferry vote slipped to Friday, according to a source close to the board.';
    const facts = extractFacts(text, findAttributions(text).sources);
    expect(facts.sources.map((s) => s.key)).toEqual(['source']);
    // Different sources stay apart.
    expect(extractFacts('', ['a source', 'officials', 'the Tarn Ledger', 'Tarn Ledger']).sources.map((s) => s.key)).toEqual(['source', 'officials', 'tarn ledger']);
  });

  it('compares facts by meaning, not spelling', () => {
    const a = extractFacts('Sales fell 16.4 per cent to US$145 billion on Oct. 9th, 2025.', []);
    const b = extractFacts('Sales fell 16.4% to $145 billion on October 9, 2025.', []);
    const [dates, numbers] = diffFacts([{ slug: 'a', facts: a }, { slug: 'b', facts: b }]);
    expect(dates!.only.every((o) => o.facts.length === 0)).toBe(true);
    expect(numbers!.shared).toEqual(['16.4 per cent', 'US$145 billion']);
  });
});
