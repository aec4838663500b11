import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClusters, unionFind } from '../../../src/pipeline/links/clusters.ts';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { diffFacts, extractFacts } from '../../../src/pipeline/links/facts.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { estimateJaccard, exactJaccard, minhashSignature, shingles } from '../../../src/pipeline/links/minhash.ts';
import type { LinkFeatures } from '../../../src/pipeline/links/types.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/links');

function fixture(name: string, outlet: string | null = null): LinkFeatures {
  const [title, ...paragraphs] = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').trim().split(/\n\n+/);
  return extractLinkFeatures({ slug: name, seed: name, title: title!, outlet, date: null, paragraphs: paragraphs.map((text) => ({ kind: 'paragraph', text })) });
}

/** A copy with a few words changed, as when an aggregator republishes a story. */
function lightlyEdited(f: LinkFeatures, text: string): LinkFeatures {
  const edited = text.replace('painful', 'very hard').replace('threatened strikes', 'warned of strikes');
  const [title, ...paragraphs] = edited.trim().split(/\n\n+/);
  return extractLinkFeatures({ slug: `${f.slug}-copy`, seed: 'copy', title: title!, outlet: null, date: null, paragraphs: paragraphs.map((t) => ({ kind: 'paragraph', text: t })) });
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

describe('same-story clusters', () => {
  const original = fixture('rail-original', 'Harbour Gazette');
  const rewrite = fixture('rail-rewrite', 'Valley Courier');
  const other = fixture('rail-other-story', 'Baltic Wire');

  it('puts two rewrites of one report in one cluster', () => {
    const graph = linkCorpus([original, rewrite, other]);
    expect(Object.values(graph.clusters).map((c) => c.members.map((m) => m.slug))).toEqual([['rail-original', 'rail-rewrite']]);
    expect(graph.briefs['rail-original']!.cluster).toBe(graph.briefs['rail-rewrite']!.cluster);
  });

  it('keeps two different stories on the same topic apart', () => {
    const graph = linkCorpus([original, other]);
    expect(graph.clusters).toEqual({});
    expect(graph.briefs['rail-other-story']!.cluster).toBeNull();
  });

  it('finds a lightly edited copy through its text shingles', () => {
    const text = readFileSync(join(FIXTURES, 'rail-original.txt'), 'utf8');
    const result = findClusters([original, lightlyEdited(original, text), other].map((f) => ({ slug: f.slug, minhash: f.minhash, eventKeys: [] })));
    expect(result.pairs).toEqual([expect.objectContaining({ a: 'rail-original', b: 'rail-original-copy', via: 'text' })]);
    expect(result.pairs[0]!.similarity).toBeGreaterThan(0.6);
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

  it('compares facts by meaning, not spelling', () => {
    const a = extractFacts('Sales fell 16.4 per cent to US$145 billion on Oct. 9th, 2025.', []);
    const b = extractFacts('Sales fell 16.4% to $145 billion on October 9, 2025.', []);
    const [dates, numbers] = diffFacts([{ slug: 'a', facts: a }, { slug: 'b', facts: b }]);
    expect(dates!.only.every((o) => o.facts.length === 0)).toBe(true);
    expect(numbers!.shared).toEqual(['16.4 per cent', 'US$145 billion']);
  });

  it('joins pairs into clusters transitively', () => {
    expect(unionFind(['a', 'b', 'c', 'd', 'e'], [{ a: 'c', b: 'b' }, { a: 'b', b: 'a' }, { a: 'd', b: 'e' }])).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });
});
