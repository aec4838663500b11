/**
 * Same-story similarity over the corpus: TF-IDF vectors of each brief's story
 * terms (sublinear term weight, smoothed IDF, unit length), cosine between
 * them, and each brief's nearest neighbours found through an inverted index,
 * never by comparing all pairs.
 *
 * Document frequencies are counted in one pass over the corpus. To find a
 * brief's neighbours, only the postings of its terms shared by at most
 * `dfCap` briefs are walked (a term in thousands of briefs says little and
 * would make the cost grow with the square of the corpus); the best
 * candidates are then scored on every term they share.
 */

/** One brief's terms: ids into the corpus vocabulary, ascending, with unit-length weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Neighbour {
  index: number;
  score: number;
}

export interface NeighbourOptions {
  /** Neighbours kept per brief. */
  k?: number;
  /** Postings longer than this are not walked for candidates (they still count in scores). */
  dfCap?: number;
  /** Candidates scored in full per brief. */
  maxCandidates?: number;
}

export interface TermVectors {
  vectors: SparseVector[];
  /** Vocabulary: term -> id. */
  ids: Map<string, number>;
  df: Int32Array;
}

/** TF-IDF vectors of weighted term lists, with document frequencies counted over the same lists (linear). */
export function termVectors(docs: readonly (readonly { key: string; weight: number }[])[]): TermVectors {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const raw = docs.map((terms) => {
    const seen = new Map<number, number>();
    for (const { key, weight } of terms) {
      if (!(weight > 0)) continue;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        counts.push(0);
      }
      seen.set(id, (seen.get(id) ?? 0) + weight);
    }
    for (const id of seen.keys()) counts[id]!++;
    return seen;
  });
  const df = Int32Array.from(counts);
  const n = docs.length;
  const vectors = raw.map((seen) => {
    // The ids sorted as numbers by the typed array's own sort (no comparison function), then their weights.
    const ids = Int32Array.from(seen.keys()).sort();
    const weights = Float64Array.from(ids, (id) => sublinear(seen.get(id)!) * idf(df[id]!, n));
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });
  return { vectors, ids, df };
}

/** 1 + ln(tf) for counts of at least one; a smaller weight (a fraction) counts as it is. */
function sublinear(w: number): number {
  return w >= 1 ? 1 + Math.log(w) : w;
}

/** Smoothed IDF: a term every brief has still weighs a little, so a tiny corpus still has similarities. */
export function idf(df: number, n: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Cosine of two unit vectors (a merge over their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Each brief's nearest neighbours by cosine, best first (ties by index), through an inverted index. */
export function nearestNeighbours(tv: TermVectors, options: NeighbourOptions = {}): Neighbour[][] {
  const { k = 10, dfCap = 100, maxCandidates = 40 } = options;
  const { vectors, df } = tv;
  const n = vectors.length;
  // Postings of the terms worth walking: (brief, weight), built in one pass.
  const postings: { brief: number[]; weight: number[] }[] = [];
  vectors.forEach((v, b) => {
    for (let t = 0; t < v.ids.length; t++) {
      const id = v.ids[t]!;
      if (df[id]! < 2 || df[id]! > dfCap) continue;
      const p = (postings[id] ??= { brief: [], weight: [] });
      p.brief.push(b);
      p.weight.push(v.weights[t]!);
    }
  });
  const partial = new Float64Array(n);
  const touched: number[] = [];
  return vectors.map((v, b) => {
    for (let t = 0; t < v.ids.length; t++) {
      const p = postings[v.ids[t]!];
      if (!p) continue;
      const w = v.weights[t]!;
      for (let q = 0; q < p.brief.length; q++) {
        const other = p.brief[q]!;
        if (other === b) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other]! += w * p.weight[q]!;
      }
    }
    const candidates = bestCandidates(touched, partial, maxCandidates);
    for (const index of touched) partial[index] = 0;
    touched.length = 0;
    return candidates
      .map((index) => ({ index, score: cosine(v, vectors[index]!) }))
      .sort((x, y) => y.score - x.score || x.index - y.index)
      .slice(0, k);
  });
}

/**
 * The `max` briefs of `touched` with the largest partial scores, ties by index, in that order: what
 * sorting them all gives (the order is total). Only those at least as high as the last one kept are
 * sorted; a brief with common terms touches hundreds of others.
 */
function bestCandidates(touched: readonly number[], partial: Float64Array, max: number): number[] {
  let least = -Infinity;
  if (touched.length > max) {
    const values = Float64Array.from(touched, (index) => partial[index]!).sort();
    least = values[values.length - max]!;
  }
  return touched
    .filter((index) => partial[index]! >= least)
    .sort((x, y) => partial[y]! - partial[x]! || x - y)
    .slice(0, max);
}
