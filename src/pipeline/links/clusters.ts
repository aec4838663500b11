import { bandKeys, estimateJaccard } from './minhash.ts';
import { cosine, type Neighbour, type SparseVector } from './similarity.ts';

/**
 * Same-story clusters from the story similarity (`similarity.ts`).
 *
 * Two briefs are linked when they are close enough to be versions of one
 * report:
 * - their cosine is high (`strong`), or their word shingles nearly match
 *   (a copy, found by MinHash LSH banding); or
 * - their cosine is at least `link` and each is among the other's
 *   `mutualRank` nearest neighbours: rewrites share fewer words than copies,
 *   but they stand out among each other's neighbours, while a brief that
 *   merely shares a subject with many others does not. This needs a
 *   background: in a corpus of fewer than `minCorpus` briefs, document
 *   frequencies cannot tell a story's words from its subject's, and any two
 *   briefs on one subject are each other's nearest neighbours, so there only
 *   the first rule links.
 * Where both briefs are dated, versions more than `maxDays` apart are never linked.
 *
 * Links are then joined strongest first, and two groups merge only when every
 * brief of one is at least `link`-similar to every brief of the other
 * (complete link). So one shared name or phrase cannot chain stories A~B~C
 * into one cluster: a cluster stays cohesive.
 */

export interface ClusterInput {
  slug: string;
  /** YYYY-MM-DD when known. */
  date: string | null;
  /** MinHash of the brief's word shingles. */
  minhash: number[];
}

export interface ClusterOptions {
  /** Cosine every pair of a cluster must reach. */
  link?: number;
  /** Cosine that links two briefs on its own. */
  strong?: number;
  /** Between `link` and `strong`, both must be among each other's this many nearest neighbours. */
  mutualRank?: number;
  /** Briefs the corpus needs before the mutual-neighbour rule applies. */
  minCorpus?: number;
  /** Estimated shingle Jaccard that marks a copy. */
  copy?: number;
  /** Dated versions of one story are at most this many days apart. */
  maxDays?: number;
  /** A band bucket larger than this is compared by star (each member with the first) instead of all pairs. */
  bucketCap?: number;
}

export interface ClusterPair {
  a: string;
  b: string;
  /** Cosine of the two briefs' story vectors. */
  similarity: number;
  via: 'text' | 'story';
}

export interface ClusterResult {
  clusters: string[][];
  /** The links that joined each cluster (one fewer than its members). */
  pairs: ClusterPair[];
  candidatePairs: number;
}

const TEXT_BANDS = 32;
export const CLUSTER_DEFAULTS: Required<ClusterOptions> = { link: 0.25, strong: 0.5, mutualRank: 2, minCorpus: 50, copy: 0.5, maxDays: 3, bucketCap: 20 };

export function findClusters(items: ClusterInput[], vectors: SparseVector[], neighbours: Neighbour[][], options: ClusterOptions = {}): ClusterResult {
  const o = { ...CLUSTER_DEFAULTS, ...options };
  const n = items.length;
  const days = items.map((it) => dayNumber(it.date));
  const apart = (i: number, j: number) => days[i] !== null && days[j] !== null && Math.abs(days[i]! - days[j]!) > o.maxDays;
  const rank = neighbours.map((list) => new Map(list.map((nb, r) => [nb.index, r + 1])));

  const edges = new Map<number, { i: number; j: number; score: number; via: ClusterPair['via'] }>();
  let candidatePairs = 0;
  const consider = (a: number, b: number, via: ClusterPair['via'], score: number) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = i * n + j;
    if (i === j || edges.has(key) || apart(i, j)) return;
    edges.set(key, { i, j, score, via });
  };
  neighbours.forEach((list, i) => {
    for (const { index: j, score } of list) {
      candidatePairs++;
      const mutual = n >= o.minCorpus && (rank[i]!.get(j) ?? Infinity) <= o.mutualRank && (rank[j]!.get(i) ?? Infinity) <= o.mutualRank;
      if (score >= o.strong || (score >= o.link && mutual)) consider(i, j, 'story', score);
    }
  });
  forEachCandidate(items.map((it) => (it.minhash.length > 0 ? bandKeys(it.minhash, TEXT_BANDS) : [])), o.bucketCap, (i, j) => {
    candidatePairs++;
    if (estimateJaccard(items[i]!.minhash, items[j]!.minhash) >= o.copy) consider(i, j, 'text', cosine(vectors[i]!, vectors[j]!));
  });

  // Complete-link merging, strongest link first.
  const members = items.map((_, i) => [i]);
  const group = items.map((_, i) => i);
  const pairs: ClusterPair[] = [];
  const incoherent = new Set<number>();
  for (const e of [...edges.values()].sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j)) {
    const a = group[e.i]!;
    const b = group[e.j]!;
    if (a === b) continue;
    // Groups only grow, so two groups that once failed the test always will.
    const pairKey = Math.min(a, b) * n + Math.max(a, b);
    if (incoherent.has(pairKey)) continue;
    let cohesive = true;
    for (const x of members[a]!) {
      for (const y of members[b]!) {
        if (apart(x, y) || cosine(vectors[x]!, vectors[y]!) < o.link) cohesive = false;
        if (!cohesive) break;
      }
      if (!cohesive) break;
    }
    if (!cohesive) {
      incoherent.add(pairKey);
      continue;
    }
    const [keep, gone] = members[a]!.length >= members[b]!.length ? [a, b] : [b, a];
    for (const x of members[gone]!) {
      group[x] = keep;
      members[keep]!.push(x);
    }
    members[gone] = [];
    pairs.push({ a: items[e.i]!.slug, b: items[e.j]!.slug, similarity: Math.round(e.score * 1000) / 1000, via: e.via });
  }
  const clusters = members
    .filter((m) => m.length > 1)
    .map((m) => m.map((i) => items[i]!.slug).sort())
    .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return { clusters, pairs, candidatePairs };
}

/** Days since the epoch of a YYYY-MM-DD date, or null. */
function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** Calls back for every pair of items sharing an LSH bucket (star-shaped in oversized buckets, to stay linear). */
function forEachCandidate(keysPerItem: string[][], bucketCap: number, visit: (i: number, j: number) => void): void {
  const buckets = new Map<string, number[]>();
  keysPerItem.forEach((keys, i) => {
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const once = (i: number, j: number) => {
    const key = i * keysPerItem.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    visit(i, j);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    if (bucket.length <= bucketCap) {
      for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) once(bucket[x]!, bucket[y]!);
    } else {
      for (let y = 1; y < bucket.length; y++) once(bucket[0]!, bucket[y]!);
    }
  }
}
