/**
 * Scoring for `npm run eval -- flags`: the rules of the bias-dev sets' score.py, in
 * TypeScript, so that the figures agree with it on the same flags.
 *
 * - Item offsets count Unicode code points (Python string indices); flags count UTF-16 units
 *   and are converted.
 * - Item level, per kind K: an item is gold for K when it has a label of kind K (a span or a
 *   whole-item label); it is flagged when some flag of K (any severity) lies on it.
 * - Span level: a gold span is found when a flag of K overlaps it by one character or more; a
 *   flag is right when it overlaps a gold span of K. Flags on items gold for K without any span
 *   of K are left out of span precision (nothing to judge them against).
 */
import { createHash } from 'node:crypto';

export interface Label {
  kind: string | null;
  source_label: string;
  start: number | null;
  end: number | null;
}

export interface Item {
  id: string;
  text: string;
  positive: boolean;
  labels: Label[];
  meta?: Record<string, unknown>;
}

/** A flag as the CLI prints it, plus its span in code points (null when not on the body). */
export interface ScoredFlag {
  kind: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  field: string;
  span: [number, number] | null;
}

export interface Row {
  kind: string;
  level: 'item' | 'span';
  gold: number;
  pred: number;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  /** Item level: false-positive rate and the F1 of flagging every item. */
  fpr?: number;
  allPositiveF1?: number;
  /** Span level: wrong flags that overlap a label of another (or no) kind. */
  otherKindOverlaps?: number;
}

export interface KindDetail {
  kind: string;
  gold: Set<string>;
  pred: Set<string>;
  spanMisses: { id: string; span: [number, number] }[];
  spanFalseAlarms: { id: string; flag: ScoredFlag }[];
}

export function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** UTF-16 offset -> code-point offset, for one text (length: UTF-16 length + 1). */
export function utf16ToCodePoints(text: string): number[] {
  const map: number[] = [];
  let cp = 0;
  for (const ch of text) {
    map.push(cp);
    if (ch.length === 2) map.push(cp);
    cp++;
  }
  map.push(cp);
  return map;
}

/** Code-point slice of a string (Python's text[s:e]). */
export function cpSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Flags as the CLI emits them (UTF-16 offsets into the body) with their code-point spans. */
export function toScored(text: string, flags: readonly Omit<ScoredFlag, 'span'>[]): { flags: ScoredFlag[]; textDiffers: number; outOfRange: number } {
  let map: number[] | null = null;
  let textDiffers = 0;
  let outOfRange = 0;
  const out = flags.map((f) => {
    let span: [number, number] | null = null;
    if (f.field === 'body') {
      map ??= utf16ToCodePoints(text);
      if (f.start >= 0 && f.start <= f.end && f.end < map.length) {
        span = [map[f.start]!, map[f.end]!];
        if (text.slice(f.start, f.end) !== f.text) textDiffers++;
      } else outOfRange++;
    }
    return { ...f, span };
  });
  return { flags: out, textDiffers, outOfRange };
}

/** The mapped kinds of a set, sorted (score.py's order). */
export function kindsOf(items: readonly Item[]): string[] {
  return [...new Set(items.flatMap((it) => it.labels.map((l) => l.kind).filter((k): k is string => !!k)))].sort();
}

/** Relabels source labels (`--map LABEL=KIND`, KIND null to drop). */
export function remapLabels(items: Item[], remap: ReadonlyMap<string, string | null>): void {
  if (remap.size === 0) return;
  for (const it of items) it.labels = it.labels.map((l) => (remap.has(l.source_label) ? { ...l, kind: remap.get(l.source_label)! } : l));
}

export function score(items: readonly Item[], flags: ReadonlyMap<string, ScoredFlag[]>, kinds: readonly string[], alias: ReadonlyMap<string, string | null>): { rows: Row[]; details: KindDetail[] } {
  const rows: Row[] = [];
  const details: KindDetail[] = [];
  const predKind = (f: ScoredFlag) => (alias.has(f.kind) ? alias.get(f.kind)! : f.kind);
  for (const k of kinds) {
    const gold = new Set(items.filter((it) => it.labels.some((l) => l.kind === k)).map((it) => it.id));
    const pred = new Set(items.filter((it) => (flags.get(it.id) ?? []).some((f) => predKind(f) === k)).map((it) => it.id));
    const tp = [...gold].filter((id) => pred.has(id)).length;
    const fp = pred.size - tp;
    const fn = gold.size - tp;
    const [p, r, f1] = prf(tp, fp, fn);
    const neg = items.length - gold.size;
    rows.push({ kind: k, level: 'item', gold: gold.size, pred: pred.size, tp, fp, fn, p, r, f1, fpr: neg ? fp / neg : 0, allPositiveF1: prf(gold.size, neg, 0)[2] });

    const spansOf = (it: Item) => it.labels.filter((l) => l.kind === k && l.start !== null && l.end !== null).map((l) => [l.start!, l.end!] as [number, number]);
    const nspans = items.reduce((n, it) => n + spansOf(it).length, 0);
    const detail: KindDetail = { kind: k, gold, pred, spanMisses: [], spanFalseAlarms: [] };
    if (nspans > 0) {
      let found = 0;
      let right = 0;
      let judged = 0;
      let other = 0;
      for (const it of items) {
        const goldSpans = spansOf(it);
        const mine = (flags.get(it.id) ?? []).filter((f) => predKind(f) === k && f.span);
        for (const g of goldSpans) {
          if (mine.some((f) => overlaps(g, f.span!))) found++;
          else detail.spanMisses.push({ id: it.id, span: g });
        }
        if (gold.has(it.id) && goldSpans.length === 0) continue;
        for (const f of mine) {
          judged++;
          if (goldSpans.some((g) => overlaps(g, f.span!))) right++;
          else {
            detail.spanFalseAlarms.push({ id: it.id, flag: f });
            if (it.labels.some((l) => l.kind !== k && l.start !== null && l.end !== null && overlaps([l.start, l.end], f.span!))) other++;
          }
        }
      }
      const sp = judged ? right / judged : 0;
      const sr = found / nspans;
      rows.push({ kind: k, level: 'span', gold: nspans, pred: judged, tp: found, fp: judged - right, fn: nspans - found, p: sp, r: sr, f1: sp + sr ? (2 * sp * sr) / (sp + sr) : 0, otherKindOverlaps: other });
    }
    details.push(detail);
  }
  return { rows, details };
}

/**
 * Item-level figures as they would be on text where a share `natural` of items is gold:
 * every false positive weighs (negatives per positive in nature) / (negatives per positive in the set).
 * Recall and the false-positive rate do not depend on the share; precision (and F1) do.
 */
export function atShare(row: Row, items: number, natural: number): { p: number; r: number; f1: number; allPositiveF1: number; weight: number } {
  const neg = items - row.gold;
  const weight = row.gold && neg ? ((1 - natural) / natural) / (neg / row.gold) : 1;
  const p = row.tp + row.fp ? row.tp / (row.tp + weight * row.fp) : 0;
  const r = row.r;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, allPositiveF1: (2 * natural) / (1 + natural), weight };
}

/** score.py's fixed pseudo-random order for listing errors. */
export function errorOrder(key: string): string {
  return createHash('sha256').update(`errors:${key}`).digest('hex');
}
