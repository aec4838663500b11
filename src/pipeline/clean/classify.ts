import type { Features } from './features.ts';
import { endsSentence, gluedJoins, spacedJoins, withoutUrls, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/**
 * jusText's paragraph classes, adapted to text without markup. jusText uses
 * link density and <h*> tags; here URL share stands for link density and
 * "heading-like" (alone in its block, short, no closing full stop) for tags.
 */
export type ContentClass = 'good' | 'near-good' | 'short' | 'bad';

/** jusText's defaults, with the stopword thresholds set for the smaller stoplists of the `stopword` package. */
export const THRESHOLDS = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.2,
  stopwordsHigh: 0.28,
  maxUrlShare: 0.2,
  maxHeadingDistance: 200,
};

export type Thresholds = typeof THRESHOLDS;

/** A line of glued links: at least this many words, this many joins, and a join every so many words. */
const GLUED_MIN_WORDS = 8;
const GLUED_MIN = 4;
const GLUED_WORDS_PER_JOIN = 20;

/** A row of links kept apart by doubled spaces: this many gaps at least, and one every so many words. */
const SPACED_MIN = 3;
const SPACED_WORDS_PER_JOIN = 12;

/**
 * A finished sentence with this many words around the web address it prints ("Tickets can be booked
 * at https://…", "… Listen here. https://…") is prose that cites a link, however long the address: link density counts a link's
 * words, and an address printed in the text is not a row of links.
 */
const CITING_WORDS = 12;

/** Long lines: on an article page most of them are its prose, whatever the language. */
const PROSE_SAMPLE_WORDS = 15;

/**
 * The stopword thresholds for one page. The stoplists differ in size from one
 * language to another (a short Polish or Czech list finds fewer stopwords in
 * the same prose than the English one), so the thresholds are lowered to the
 * page's own prose: the median density of its long lines.
 */
export function pageThresholds(feats: Features[]): Thresholds {
  const densities = feats.filter((f) => f.words >= PROSE_SAMPLE_WORDS && f.stopDensity !== null).map((f) => f.stopDensity!);
  if (densities.length < 3) return THRESHOLDS;
  densities.sort((a, b) => a - b);
  const median = densities[Math.floor(densities.length / 2)]!;
  return { ...THRESHOLDS, stopwordsHigh: Math.min(THRESHOLDS.stopwordsHigh, median * 0.8), stopwordsLow: Math.min(THRESHOLDS.stopwordsLow, median * 0.6) };
}

/** Context-free class of a unit, from its own measures only. */
export function initialClass(unit: Unit, f: Features, t: Thresholds = THRESHOLDS): ContentClass {
  if (f.urlShare > t.maxUrlShare) {
    // The sentence may close before the address ("… Listen here. https://…").
    const said = withoutUrls(unit.text);
    if (!(f.endsSentence || endsSentence(said)) || wordsOf(said).length < CITING_WORDS) return 'bad';
    // Its neighbours decide: inside a story it is the story's; after one, a citation line or a plug.
    return 'near-good';
  }
  // Links run together without spaces (a row of ads or teasers copied as one line) read as prose but are none.
  if (f.words >= GLUED_MIN_WORDS && gluedJoins(unit.text) >= Math.max(GLUED_MIN, f.words / GLUED_WORDS_PER_JOIN)) return 'bad';
  // …or kept apart by doubled spaces only, with no sentence closing before a gap.
  if (f.words >= GLUED_MIN_WORDS && spacedJoins(unit.text) >= Math.max(SPACED_MIN, f.words / SPACED_WORDS_PER_JOIN)) return 'bad';
  const sentenceShaped = f.endsSentence && f.words >= 4;
  if (f.chars < t.lengthLow) {
    // A short complete sentence reads as prose (a closing line of a story), not as a button.
    return sentenceShaped && f.words >= 6 && (f.stopDensity === null || f.stopDensity >= t.stopwordsLow) ? 'near-good' : 'short';
  }
  if (f.stopDensity === null) {
    if (!sentenceShaped && unit.kind !== 'bullet') return 'short';
    return f.chars > t.lengthHigh || f.words >= 20 ? 'good' : 'near-good';
  }
  // News paragraphs are short: a finished prose sentence of twenty words or more counts as long enough.
  const long = f.chars > t.lengthHigh || (sentenceShaped && f.words >= 20);
  if (f.stopDensity >= t.stopwordsHigh) return long ? 'good' : 'near-good';
  if (f.stopDensity >= t.stopwordsLow) return 'near-good';
  // A finished sentence of some length still reads as prose (a dek, a dense lede).
  if (sentenceShaped && f.stopDensity >= t.stopwordsLow / 2) return 'near-good';
  // Few stopwords: list items and headings are like that, keyword soups and tag clouds too.
  if (sentenceShaped || unit.kind === 'bullet' || f.headingLike) return 'short';
  return 'bad';
}

/** For every unit, the class of the nearest unit before and after it that is not skipped (one linear pass each way). */
function neighbours(classes: ContentClass[], ignoreNearGood: boolean): { prev: ContentClass[]; next: ContentClass[] } {
  const skip = (c: ContentClass) => c === 'short' || (ignoreNearGood && c === 'near-good');
  const prev: ContentClass[] = new Array<ContentClass>(classes.length);
  const next: ContentClass[] = new Array<ContentClass>(classes.length);
  let seen: ContentClass = 'bad';
  for (let i = 0; i < classes.length; i++) {
    prev[i] = seen;
    if (!skip(classes[i]!)) seen = classes[i]!;
  }
  seen = 'bad';
  for (let i = classes.length - 1; i >= 0; i--) {
    next[i] = seen;
    if (!skip(classes[i]!)) seen = classes[i]!;
  }
  return { prev, next };
}

/**
 * jusText's context-sensitive pass: short and near-good units take the class
 * of their neighbours; heading-like units just before good text are kept.
 */
export function reviseByContext(initial: ContentClass[], headingLike: boolean[], lengths: number[]): ContentClass[] {
  const classes = [...initial];
  const goodWithin = (i: number) => {
    // A heading directly above a paragraph introduces it, even a paragraph jusText calls near-good.
    if (classes[i + 1] === 'near-good' && !headingLike[i + 1]) return true;
    let distance = 0;
    for (let j = i + 1; j < classes.length && distance <= THRESHOLDS.maxHeadingDistance; j++) {
      if (classes[j] === 'good') return true;
      distance += lengths[j]!;
    }
    return false;
  };
  classes.forEach((c, i) => {
    if (headingLike[i] && c === 'short' && goodWithin(i)) classes[i] = 'near-good';
  });
  const strict = neighbours(classes, true);
  const loose = neighbours(classes, false);
  const revisedShort = classes.map((c, i): ContentClass => {
    if (c !== 'short') return c;
    const prev = strict.prev[i]!;
    const next = strict.next[i]!;
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    if ((prev === 'bad' && loose.prev[i] === 'near-good') || (next === 'bad' && loose.next[i] === 'near-good')) return 'good';
    return 'bad';
  });
  const after = neighbours(revisedShort, true);
  const revised = revisedShort.map((c, i): ContentClass => {
    if (c !== 'near-good') return c;
    return after.prev[i] === 'bad' && after.next[i] === 'bad' ? 'bad' : 'good';
  });
  revised.forEach((c, i) => {
    if (headingLike[i] && c === 'bad' && initial[i] !== 'bad' && goodWithin(i)) revised[i] = 'good';
  });
  return revised;
}

/** What a removed unit costs a span unless its penalty says otherwise. */
const PENALTY = 2;

/** A unit's worth to a span: its words when kept, minus its penalty when removed, nothing when undecided. */
function unitScore(c: ContentClass, words: number, penalty: number | undefined): number {
  return c === 'good' ? words : c === 'bad' ? -(penalty ?? PENALTY) : 0;
}

/**
 * The main text region, as Trafilatura and boilerplate detectors look for the
 * densest part of a page: the span with the largest score where kept units
 * count their words and removed units cost a fixed amount each. Good text far
 * from the story (a cookie notice after the footer) falls outside.
 */
export function mainSpan(classes: ContentClass[], words: number[], penalties?: number[]): [number, number] | null {
  let best = 0;
  let bestSpan: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  classes.forEach((c, i) => {
    const score = unitScore(c, words[i]!, penalties?.[i]);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestSpan = [start, i];
    }
  });
  return bestSpan;
}

/** The score of a span as mainSpan counts it. */
export function spanScore(classes: ContentClass[], words: number[], penalties: number[] | undefined, span: [number, number]): number {
  let sum = 0;
  for (let i = span[0]; i <= span[1]; i++) sum += unitScore(classes[i]!, words[i]!, penalties?.[i]);
  return sum;
}

/** The best-scoring span that starts at `start`, with its score (as mainSpan counts). */
export function spanFrom(classes: ContentClass[], words: number[], penalties: number[] | undefined, start: number): { span: [number, number]; score: number } {
  let sum = 0;
  let best = Number.NEGATIVE_INFINITY;
  let end = start;
  for (let i = start; i < classes.length; i++) {
    sum += unitScore(classes[i]!, words[i]!, penalties?.[i]);
    if (sum > best) [best, end] = [sum, i];
  }
  return { span: [start, end], score: best };
}
