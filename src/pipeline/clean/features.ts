import type { PageLanguage } from './language.ts';
import { endsSentence, hasLetter, normaliseKey, sentenceCount, urlShare, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/** Measures of one unit, the inputs of the jusText-style classifier. */
export interface Features {
  words: number;
  chars: number;
  /** Share of words that are stopwords of the page language; null without a stoplist. */
  stopDensity: number | null;
  sentences: number;
  endsSentence: boolean;
  /** Share of capitalised content words. */
  titleCase: number;
  urlShare: number;
  /** Key for repetition counting. */
  key: string;
  /** How many units of the page share the key. */
  repeats: number;
  /** Alone in its block, short, no closing full stop, capitalised start: how a heading looks in a text dump. */
  headingLike: boolean;
}

const CAPITALISED = /^\p{Lu}/u;

/** A word's first character decides the test when it is ASCII; others ask the pattern. */
function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITALISED.test(w);
}

export function measure(units: Unit[], lang: PageLanguage): Features[] {
  // The language's test lower-cases the word itself (language.ts): the word is not lower-cased here too.
  const stop = lang.isStopword ?? (() => false);
  const feats = units.map((u): Features => {
    const words = wordsOf(u.text);
    // One pass for the stopword density and the share of capitalised words among the others that hold a letter.
    let stops = 0;
    let content = 0;
    let capitalised = 0;
    for (const w of words) {
      if (stop(w)) stops++;
      else if (hasLetter(w)) {
        content++;
        if (isCapitalised(w)) capitalised++;
      }
    }
    const ends = endsSentence(u.text);
    return {
      words: words.length,
      chars: u.text.length,
      stopDensity: lang.isStopword && words.length > 0 ? stops / words.length : null,
      sentences: sentenceCount(u.text),
      endsSentence: ends,
      titleCase: content === 0 ? 0 : capitalised / content,
      urlShare: urlShare(u.text),
      key: normaliseKey(u.text),
      repeats: 0,
      headingLike:
        u.kind === 'text' &&
        u.blockUnits === 1 &&
        words.length >= 1 &&
        words.length <= 20 &&
        !/[.,;]$/u.test(u.text) &&
        !(ends && words.length > 1 && /\.\S*$/u.test(u.text)) &&
        /^["“‘'«(]?[\p{Lu}\p{N}]/u.test(u.text),
    };
  });
  const counts = new Map<string, number>();
  for (const f of feats) if (f.key) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  for (const f of feats) f.repeats = f.key ? counts.get(f.key)! : 0;
  return feats;
}
