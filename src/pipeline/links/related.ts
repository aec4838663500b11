import type { RelatedLink } from './types.ts';

/** One thing a brief is about, as the related-brief index sees it. */
export interface Posting {
  /** Unique across kinds: "entity:huawei", "topic:sanctions", "keyword:export ban". */
  key: string;
  kind: 'entity' | 'topic' | 'keyword';
  id: string;
  label: string;
  /** How much sharing it says about two briefs, before rarity (IDF) is applied. */
  weight: number;
}

export interface RelatedOptions {
  /** Related briefs kept per brief. */
  k?: number;
  /** Cosine score below which a brief is not called related. */
  minScore?: number;
  /**
   * Postings longer than this are not walked to find candidates: a feature
   * shared by that many briefs says little, and walking it would make the
   * cost grow with the square of the corpus. It still counts in the score of
   * candidates found through rarer features.
   */
  dfCap?: number;
  /** Candidates rescored in full per brief. */
  maxCandidates?: number;
  /** How many shared features the reason names. */
  reasonItems?: number;
}

/**
 * Related briefs through an inverted index: candidates come only from
 * postings the brief is on (never all pairs), and are scored by an IDF-weighted
 * cosine over everything the two share, with the shared features as the reason.
 */
export function relatedBriefs(briefs: { slug: string; postings: Posting[] }[], options: RelatedOptions = {}): RelatedLink[][] {
  const { k = 5, minScore = 0.05, dfCap = 50, maxCandidates = 40, reasonItems = 3 } = options;
  const n = briefs.length;
  const df = new Map<string, number>();
  for (const b of briefs) for (const p of unique(b.postings)) df.set(p.key, (df.get(p.key) ?? 0) + 1);
  // Smoothed IDF: a feature every brief carries is worth almost nothing, so it cannot relate two briefs on its own.
  const value = (p: Posting) => p.weight * Math.log((n + 1) / df.get(p.key)!);

  const vectors = briefs.map((b) => new Map(unique(b.postings).map((p) => [p.key, { posting: p, v: value(p) }])));
  const norms = vectors.map((vec) => Math.sqrt([...vec.values()].reduce((sum, { v }) => sum + v * v, 0)));
  const index = new Map<string, number[]>();
  vectors.forEach((vec, i) => {
    for (const key of vec.keys()) {
      if (df.get(key)! > dfCap || df.get(key)! < 2) continue;
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });

  return vectors.map((vec, i) => {
    const partial = new Map<number, number>();
    for (const [key, { v }] of vec) {
      for (const j of index.get(key) ?? []) if (j !== i) partial.set(j, (partial.get(j) ?? 0) + v * v);
    }
    const candidates = [...partial].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxCandidates);
    const scored: RelatedLink[] = [];
    for (const [j] of candidates) {
      const other = vectors[j]!;
      const shared: { posting: Posting; v: number }[] = [];
      for (const [key, entry] of vec) if (other.has(key)) shared.push({ posting: entry.posting, v: entry.v * other.get(key)!.v });
      const score = shared.reduce((s, x) => s + x.v, 0) / (norms[i]! * norms[j]! || 1);
      if (score < minScore) continue;
      shared.sort((a, b) => b.v - a.v || a.posting.key.localeCompare(b.posting.key));
      const top = shared.slice(0, reasonItems).map((s) => s.posting);
      scored.push({ slug: briefs[j]!.slug, score: Math.round(score * 1000) / 1000, reason: reasonText(top), shared: top.map(({ kind, id, label }) => ({ kind, id, label })) });
    }
    return scored.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, k);
  });
}

/** "shares Huawei, semiconductors, sanctions" (commas only: topic labels contain "and"). */
export function reasonText(shared: Pick<Posting, 'label'>[]): string {
  return shared.length === 0 ? '' : `shares ${shared.map((s) => s.label).join(', ')}`;
}

function unique(postings: Posting[]): Posting[] {
  const seen = new Map<string, Posting>();
  for (const p of postings) {
    const prev = seen.get(p.key);
    if (!prev || prev.weight < p.weight) seen.set(p.key, p);
  }
  return [...seen.values()];
}
