import type { ContentClass } from './classify.ts';
import { cueCategory } from './cues.ts';
import type { Features } from './features.ts';
import { overlap, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/**
 * The story's headline: among heading-like units printed before the first
 * paragraph that reads as prose (good or near-good), one that the page prints twice (pages often repeat the headline)
 * or else the first. Lines inside a block of menu lines never qualify: a
 * headline stands alone. A page that opens straight with prose has none.
 */
export function pickHeadline(units: Unit[], feats: Features[], initial: ContentClass[], excluded: Set<number>): number | null {
  // Prose: good or near-good text that ends like a sentence or runs long (a headline does neither).
  let firstGood = initial.findIndex((c, i) => (c === 'good' || c === 'near-good') && !excluded.has(i) && (feats[i]!.endsSentence || feats[i]!.words > 25));
  if (firstGood < 0) firstGood = units.length;
  const candidates: number[] = [];
  for (let i = 0; i < firstGood; i++) {
    const u = units[i]!;
    const f = feats[i]!;
    if (excluded.has(i) || u.kind !== 'text' || f.words < 3 || f.words > 25) continue;
    if (!(u.blockUnits === 1 || i === 0) || /[.,;:]$/u.test(u.text) || cueCategory(u.text) !== null) continue;
    candidates.push(i);
  }
  const repeated = candidates.find((i) => feats[i]!.repeats > 1);
  return repeated ?? candidates[0] ?? null;
}

/** A variant of the headline (an og:title, a social title): headline-shaped and sharing most of its words. */
export function isHeadlineVariant(headline: string, text: string): boolean {
  const a = wordsOf(headline);
  const b = wordsOf(text);
  if (b.length < 3 || b.length > 30 || /[.]$/u.test(text.trim())) return false;
  return overlap(a, b) >= 0.6 && Math.abs(a.length - b.length) <= Math.max(a.length, b.length) * 0.6;
}
