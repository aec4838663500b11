import { bandKeys, estimateJaccard, minhashSignature } from './minhash.ts';

/**
 * Same-story clusters. Two signals, each through MinHash + LSH banding so
 * that only briefs sharing a band are ever compared:
 * - text: the brief's word shingles (phase-1 signature) — copies and light rewrites;
 * - event: the story's specific names, dates, figures, quotes and sources,
 *   minus those common across the corpus — rewrites in other words of one report.
 * Accepted pairs are joined with union-find.
 */

export interface ClusterInput {
  slug: string;
  /** MinHash of the brief's word shingles. */
  minhash: number[];
  /** Names and facts specific to the story ("entity:huawei", "dates:summer 2022"). */
  eventKeys: string[];
}

export interface ClusterOptions {
  textThreshold?: number;
  eventThreshold?: number;
  /** Event pairs must share at least this many specific keys. */
  minSharedEvent?: number;
  /** Event keys carried by more briefs than this are the subject, not one story (a story rarely has more versions). */
  eventDfCap?: number;
  /** A band bucket larger than this is compared by star (each member with the first) instead of all pairs. */
  bucketCap?: number;
}

export interface ClusterPair {
  a: string;
  b: string;
  similarity: number;
  via: 'text' | 'event';
}

export interface ClusterResult {
  clusters: string[][];
  pairs: ClusterPair[];
  candidatePairs: number;
}

const TEXT_BANDS = 32;
const EVENT_BANDS = 64;

export function findClusters(items: ClusterInput[], options: ClusterOptions = {}): ClusterResult {
  const { textThreshold = 0.3, eventThreshold = 0.2, minSharedEvent = 3, eventDfCap = 25, bucketCap = 20 } = options;
  const n = items.length;
  const pairs: ClusterPair[] = [];
  const checked = new Set<number>();
  let candidatePairs = 0;
  const consider = (i: number, j: number, accept: (i: number, j: number) => ClusterPair | null) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * n + b;
    if (a === b || checked.has(key)) return;
    checked.add(key);
    candidatePairs++;
    const pair = accept(a, b);
    if (pair) pairs.push(pair);
  };

  // Text near-duplicates.
  const textAccept = (i: number, j: number): ClusterPair | null => {
    const s = estimateJaccard(items[i]!.minhash, items[j]!.minhash);
    return s >= textThreshold ? { a: items[i]!.slug, b: items[j]!.slug, similarity: round(s), via: 'text' } : null;
  };
  forEachCandidate(items.map((it) => (it.minhash.length > 0 ? bandKeys(it.minhash, TEXT_BANDS) : [])), bucketCap, (i, j) => consider(i, j, textAccept));

  // Same event in other words: signatures over the corpus-specific keys only.
  const df = new Map<string, number>();
  for (const it of items) for (const k of new Set(it.eventKeys)) df.set(k, (df.get(k) ?? 0) + 1);
  const eventSets = items.map((it) => new Set(it.eventKeys.filter((k) => df.get(k)! <= Math.min(eventDfCap, Math.max(3, Math.ceil(n / 2))))));
  const eventAccept = (i: number, j: number): ClusterPair | null => {
    const a = eventSets[i]!;
    const b = eventSets[j]!;
    let shared = 0;
    for (const k of a) if (b.has(k)) shared++;
    const s = shared / (a.size + b.size - shared || 1);
    return shared >= minSharedEvent && s >= eventThreshold ? { a: items[i]!.slug, b: items[j]!.slug, similarity: round(s), via: 'event' } : null;
  };
  forEachCandidate(eventSets.map((set) => (set.size >= minSharedEvent ? bandKeys(minhashSignature(set), EVENT_BANDS) : [])), bucketCap, (i, j) => consider(i, j, eventAccept));

  return { clusters: unionFind(items.map((it) => it.slug), pairs), pairs, candidatePairs };
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
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    if (bucket.length <= bucketCap) {
      for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) visit(bucket[x]!, bucket[y]!);
    } else {
      for (let y = 1; y < bucket.length; y++) visit(bucket[0]!, bucket[y]!);
    }
  }
}

/** Connected components of the accepted pairs, each sorted, largest first. */
export function unionFind(slugs: string[], pairs: Pick<ClusterPair, 'a' | 'b'>[]): string[][] {
  const parent = new Map<string, string>(slugs.map((s) => [s, s]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const s of slugs) {
    const root = find(s);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
