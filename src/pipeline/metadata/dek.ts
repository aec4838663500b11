import { printedDates } from '../clean/dates.ts';
import { sentenceCount, stem, wordsOf } from '../clean/text.ts';
import type { ArticleNode, Removal } from '../types.ts';

/** Removal categories that make up a story's header. */
const HEADER = new Set(['byline', 'dateline', 'share', 'site-name']);

export interface DekChoice {
  text: string;
  index: number;
  how: string;
}

/**
 * A paragraph that opens with a place dateline in capitals, the wire convention for a story's
 * first paragraph ("PARIS —", "LAGOS, Nigeria (AP) -", "WASHINGTON, D.C.—"): it is the lede,
 * never a standfirst, however short.
 */
const PLACE_DATELINE = /^\p{Lu}{2}[\p{Lu}\p{M}.'’ -]{0,38}(?:, [\p{L}\p{N}.'’ ]{1,30})?(?: ?\([^()]{1,40}\))?(?: ?[—–] ?| - | -- )\S/u;

/** Stems of the longer words: a rough stand-in for content words in any language. */
const content = (text: string) => new Set(wordsOf(text).filter((w) => w.length > 3).map(stem));

/**
 * The dek (standfirst): the one-sentence summary printed under the headline.
 * It is the first body paragraph when that paragraph is a single sentence and
 * either repeats much of the headline's vocabulary or sits above the byline
 * and buttons, with the story continuing after it. A one-sentence lede that
 * does neither stays in the body, as does a lede under a place dateline.
 */
export function findDek(title: string | null, body: ArticleNode[], removed: Removal[]): DekChoice | null {
  const first = body[0];
  const next = body[1];
  if (!title || !first || !next || first.kind !== 'paragraph' || next.kind === 'heading') return null;
  const words = wordsOf(first.text).length;
  // A dek is short and shorter than the paragraph after it; a lede that restates the headline runs longer.
  if (words < 8 || words > 30 || words >= wordsOf(next.text).length || sentenceCount(first.text) > 1) return null;
  if (PLACE_DATELINE.test(first.text)) return null;
  // A paragraph closed by a colon introduces what follows ("He uses his app as an example:"): the story's text, no summary.
  if (/[:：]\s*$/u.test(first.text)) return null;
  // A date with its time of day is a post's meta line ("Submitted by X on October 26, 2012 - 12:10pm; tagged …"), not a summary.
  if (printedDates(first.text).some((d) => d.time)) return null;
  const titleWords = content(title);
  const dekWords = content(first.text);
  const shared = [...titleWords].filter((w) => dekWords.has(w)).length;
  if (titleWords.size > 0 && shared / titleWords.size >= 0.5) {
    return { text: first.text, index: 0, how: `one-sentence paragraph under the headline repeating ${shared} of its ${titleWords.size} main words` };
  }
  const between = removed.filter((r) => first.line !== undefined && next.line !== undefined && r.line > first.line && r.line < next.line && HEADER.has(r.category));
  if (between.length > 0) return { text: first.text, index: 0, how: `one-sentence paragraph printed above the ${between[0]!.category} line` };
  return null;
}
