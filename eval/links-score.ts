/**
 * Scores for same-story clusters and related lists on a stories set
 * (../shared/stories-dev format). The same definitions as the set's own
 * scorer, so figures printed by `npm run eval -- links` agree with it:
 * pairwise and B-cubed precision/recall/F1, related-list recall and
 * same-story share, and the TF-IDF cosine baseline (sublinear tf, smoothed
 * idf, stop words dropped, single link at a threshold chosen on the other half).
 */

/** file -> cluster id; every file has one ("alone:<file>" for an article on its own). */
export type Assignment = Map<string, string>;
/** file -> related files, best first. */
export type RelatedLists = Map<string, string[]>;

export interface ClusterScores {
  P: number;
  R: number;
  F: number;
  bP: number;
  bR: number;
  bF: number;
  tp: number;
  predPairs: number;
  goldPairs: number;
  /** Predicted clusters of two or more. */
  multi: number;
}

const pairsIn = (sizes: Iterable<number>) => {
  let n = 0;
  for (const s of sizes) n += (s * (s - 1)) / 2;
  return n;
};

function groups(assign: Assignment, files: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    const id = assign.get(f)!;
    const set = out.get(id) ?? new Set<string>();
    set.add(f);
    out.set(id, set);
  }
  return out;
}

/** Pairwise and B-cubed scores of `pred` against `gold`, over `files` only (clusters cut to them). */
export function clusterScores(pred: Assignment, gold: Assignment, files: readonly string[]): ClusterScores {
  const pg = groups(pred, files);
  const gg = groups(gold, files);
  const predPairs = pairsIn([...pg.values()].map((s) => s.size));
  const goldPairs = pairsIn([...gg.values()].map((s) => s.size));
  const inter = new Map<string, number>();
  const key = (f: string) => `${pred.get(f)}\u0000${gold.get(f)}`;
  for (const f of files) inter.set(key(f), (inter.get(key(f)) ?? 0) + 1);
  const tp = pairsIn(inter.values());
  const P = predPairs ? tp / predPairs : NaN;
  const R = goldPairs ? tp / goldPairs : NaN;
  const F = predPairs && goldPairs && P + R > 0 ? (2 * P * R) / (P + R) : 0;
  let bp = 0;
  let br = 0;
  for (const f of files) {
    const both = inter.get(key(f))!;
    bp += both / pg.get(pred.get(f)!)!.size;
    br += both / gg.get(gold.get(f)!)!.size;
  }
  bp /= files.length;
  br /= files.length;
  const bF = bp + br ? (2 * bp * br) / (bp + br) : 0;
  const multi = [...pg.values()].filter((s) => s.size > 1).length;
  return { P, R, F, bP: bp, bR: br, bF, tp, predPairs, goldPairs, multi };
}

/** The mean of two halves' scores (counts summed), as the set's scorer reports the baseline. */
export function meanScores(a: ClusterScores, b: ClusterScores): ClusterScores {
  const m = (k: 'P' | 'R' | 'F' | 'bP' | 'bR' | 'bF' | 'multi') => (a[k] + b[k]) / 2;
  return { P: m('P'), R: m('R'), F: m('F'), bP: m('bP'), bR: m('bR'), bF: m('bF'), multi: m('multi'), tp: a.tp + b.tp, predPairs: a.predPairs + b.predPairs, goldPairs: a.goldPairs + b.goldPairs };
}

export interface RelatedScores {
  /** Share of an article's other versions found in its list (articles with versions). */
  R: number;
  /** Share of list entries from the same story (articles with versions and a list). */
  P: number;
  /** Same story or same topic tag (every non-empty list). */
  Ptopic: number;
  /** Same-story share of all entries. */
  micro: number;
  nRec: number;
  meanLen: number;
  empty: number;
}

export function relatedScores(rel: RelatedLists, gold: Assignment, topic: Map<string, string | null>, files: readonly string[]): RelatedScores {
  const byStory = new Map<string, Set<string>>();
  for (const f of files) byStory.set(gold.get(f)!, (byStory.get(gold.get(f)!) ?? new Set()).add(f));
  const rec: number[] = [];
  const prec: number[] = [];
  const topicPrec: number[] = [];
  const lens: number[] = [];
  let entries = 0;
  let sameEntries = 0;
  for (const f of files) {
    const list = rel.get(f) ?? [];
    lens.push(list.length);
    const others = [...byStory.get(gold.get(f)!)!].filter((g) => g !== f);
    const same = list.filter((g) => gold.get(g) === gold.get(f)).length;
    if (others.length > 0) {
      const inList = new Set(list);
      rec.push(others.filter((g) => inList.has(g)).length / others.length);
      if (list.length > 0) prec.push(same / list.length);
    }
    if (list.length > 0) {
      const t = topic.get(f);
      topicPrec.push(list.filter((g) => gold.get(g) === gold.get(f) || (t && topic.get(g) === t)).length / list.length);
      entries += list.length;
      sameEntries += same;
    }
  }
  const avg = (x: number[]) => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : NaN);
  return { R: avg(rec), P: avg(prec), Ptopic: avg(topicPrec), micro: entries ? sameEntries / entries : NaN, nRec: rec.length, meanLen: avg(lens), empty: lens.filter((l) => l === 0).length };
}

/** The scorer's stop words (English function words and reporting filler). */
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves said says say one two new also mr ms mrs s t re ve ll d m`.split(/\s+/),
);

/** Cosines of sublinear-tf, smoothed-idf TF-IDF vectors of `texts`, for pairs sharing a word: key i * n + j (i < j). */
export function tfidfCosines(texts: readonly string[]): Map<number, number> {
  const docs = texts.map((t) => {
    const counts = new Map<string, number>();
    for (const m of t.toLowerCase().replaceAll('’', "'").matchAll(/[a-z0-9]+(?:['’][a-z]+)?/g)) {
      const w = m[0];
      if (w.length > 1 && !STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return counts;
  });
  const n = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, [number, number][]>();
  docs.forEach((d, i) => {
    const v = [...d].map(([w, c]) => [w, (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1)] as const);
    const norm = Math.sqrt(v.reduce((s, [, x]) => s + x * x, 0)) + 1e-12;
    for (const [w, x] of v) {
      const list = postings.get(w) ?? [];
      list.push([i, x / norm]);
      postings.set(w, list);
    }
  });
  const sims = new Map<number, number>();
  // All pairs sharing a word: fine for an evaluation set of a few hundred articles, not for the product.
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, x] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [j, y] = list[b]!;
        const k = i * n + j;
        sims.set(k, (sims.get(k) ?? 0) + x * y);
      }
    }
  }
  return sims;
}

/** Single-link clusters of `files` at each threshold of `grid`. */
export function singleLinkGrid(files: readonly string[], sims: Map<number, number>, grid: readonly number[]): Map<number, Assignment> {
  const n = files.length;
  const parent = files.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const edges = [...sims].map(([k, s]) => ({ s, i: Math.floor(k / n), j: k % n })).sort((a, b) => b.s - a.s);
  const out = new Map<number, Assignment>();
  let e = 0;
  for (const t of [...grid].sort((a, b) => b - a)) {
    while (e < edges.length && edges[e]!.s >= t - 1e-12) {
      const a = find(edges[e]!.i);
      const b = find(edges[e]!.j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      e++;
    }
    out.set(t, new Map(files.map((f, i) => [f, `t:${find(i)}`])));
  }
  return out;
}

export interface Baseline {
  /** Threshold chosen on half B scored on half A, and vice versa; mean of the two. */
  halves: ClusterScores;
  thresholds: { fromA: number; fromB: number };
  oracle: { t: number; scores: ClusterScores };
  alone: ClusterScores;
}

/** The TF-IDF single-link baseline as the set's scorer computes it. */
export function tfidfBaseline(files: readonly string[], sims: Map<number, number>, gold: Assignment, halves: { A: string[]; B: string[] }): Baseline {
  const grid = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + 0.01 * i) * 100) / 100);
  const runs = singleLinkGrid(files, sims, grid);
  const best = (scope: readonly string[]) => {
    let bestT = grid[0]!;
    let bestF = -1;
    for (const t of grid) {
      const f = clusterScores(runs.get(t)!, gold, scope).F;
      if (f > bestF) [bestT, bestF] = [t, f];
    }
    return bestT;
  };
  const fromA = best(halves.A);
  const fromB = best(halves.B);
  const oracleT = best(files);
  const alone: Assignment = new Map(files.map((f) => [f, `alone:${f}`]));
  return {
    halves: meanScores(clusterScores(runs.get(fromB)!, gold, halves.A), clusterScores(runs.get(fromA)!, gold, halves.B)),
    thresholds: { fromA, fromB },
    oracle: { t: oracleT, scores: clusterScores(runs.get(oracleT)!, gold, files) },
    alone: meanScores(clusterScores(alone, gold, halves.A), clusterScores(alone, gold, halves.B)),
  };
}
