import { capitalisesNouns } from '../clean/language-code.ts';
import { hasLetter } from '../clean/text.ts';
import { elidedParticleEnd, languageStopwords, STOPWORDS, singular, withoutElidedParticle, wordTokens, type WordTokens } from './text.ts';
import type { Term } from './types.ts';

// Patterns of the per-word tests, built once (a literal in the loop is a new object for every word).
const CAPITALISED = /^\p{Lu}/u;
const ONLY_SPACES_OR_HYPHENS = /^[\s-]+$/;

/** Terms kept per brief for the corpus step (the rest rarely become keywords and would bloat the cache). */
export const MAX_TERMS = 60;

/**
 * English words that qualify or hedge rather than name anything ("fairly", "certain", "maybe", "lots"), and the
 * everyday verbs and praise of how-to pages ("get", "need", "great", "best"): common enough to rise as a brief's
 * keyword, never what it is about. Only keywords leave them out; the story-matching terms keep the shared STOPWORDS.
 */
const QUALIFIERS = new Set(
  `maybe perhaps fairly nearly really actually probably likely unlikely certain certainly simply quite especially usually
  recently currently finally directly highly largely widely quickly slowly clearly particularly significantly potentially
  possibly apparently entirely exactly roughly approximately various ago soon today yesterday tomorrow lot lots thing things
  way ways kind sort sure get gets getting got going want wants wanted need needs needed know knows knew able good great
  better best available`.split(/\s+/),
);

/**
 * Candidate keywords of one brief with their counts: single words and
 * two-word phrases of content words, singular-folded. Proper nouns are left
 * to the entity finder: a word written capitalised mid-sentence most of the
 * time is not a keyword candidate (except in a language that capitalises its
 * nouns). Function words are English's and, for a brief in another language,
 * that language's too.
 */
export function termFrequencies(text: string | WordTokens, language?: string | null): Term[] {
  const { text: whole, tokens, folded } = typeof text === 'string' ? wordTokens(text) : text;
  const ownStopwords = languageStopwords(language);
  const nounsCapitalised = capitalisesNouns(language);
  const unelided = withoutElidedParticle(language);
  // One entry per key: single words and phrases, with the capitalisation counts of single words alongside.
  const counts = new Map<string, Count>();
  const add = (key: string, form: string): Count => {
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { tf: 0, form, forms: null, caps: 0, all: 0 }));
    entry.tf++;
    // Most keys are always written one way: the map of forms is made only for a second one.
    if (entry.forms) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    else if (form !== entry.form) entry.forms = new Map([[entry.form, entry.tf - 1], [form, 1]]);
    return entry;
  };
  let previous: { key: string; form: string } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A sentence's first word: capitalised by position, and no phrase runs into it from the sentence before.
    const opensSentence = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
    if (opensSentence) previous = null;
    const word = unelided ? unelided(token.text, folded[i]!) : folded[i]!;
    const usable = word.length >= 3 && !startsWithDigit(word) && !STOPWORDS.has(word) && !QUALIFIERS.has(word) && !ownStopwords?.has(word) && hasLetter(word);
    if (!usable) {
      previous = null;
      continue;
    }
    const key = singular(word);
    // Labels are shown as the brief writes the word most often: in lower case, or a noun's capital where every noun has one.
    // A page's soft hyphens (hyphenation hints) are no part of the label.
    const plain = token.text.includes('\u00AD') ? token.text.replaceAll('\u00AD', '') : token.text;
    // Without the elided particle as well ("université" of "l’université").
    const written = unelided && word !== folded[i] ? plain.slice(elidedParticleEnd(plain)) : plain;
    const form = nounsCapitalised ? written : written.toLowerCase();
    const stats = add(key, form);
    if (!opensSentence) {
      stats.all++;
      if (capitalised(written)) stats.caps++;
    }
    // Two-word phrases only within one run of words (no punctuation between).
    if (previous && spacesOrHyphens(whole, tokens[i - 1]!.end, token.start)) add(`${previous.key} ${key}`, `${previous.form} ${form}`);
    previous = { key, form };
  }
  const capitalisedWord = (k: string) => {
    if (nounsCapitalised) return false;
    const s = counts.get(k);
    return s !== undefined && s.all > 0 && s.caps / s.all > 0.5;
  };
  const terms: Term[] = [];
  for (const [key, { tf, form, forms }] of counts) {
    const phrase = key.includes(' ');
    // A phrase seen once is usually chance; single words count from one.
    if (phrase && tf < 2) continue;
    if (phrase ? key.split(' ').some(capitalisedWord) : capitalisedWord(key)) continue;
    terms.push({ key, label: forms ? commonestForm(forms) : form, tf });
  }
  return topTerms(terms);
}

interface Count {
  tf: number;
  /** The first form seen, and every form with its count once there are two. */
  form: string;
  forms: Map<string, number> | null;
  /** Capitalised uses of a single word, and all its uses, outside a sentence's first word. */
  caps: number;
  all: number;
}

/** The most frequent form, the first in collation order on a tie (a sort's first element, without the sort). */
function commonestForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, n] of forms) {
    if (n > bestCount || (n === bestCount && form.localeCompare(best) < 0)) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The MAX_TERMS most frequent terms, ties in collation order. Only the terms at least as frequent
 * as the last one kept are sorted: a long brief has hundreds of terms seen once.
 */
function topTerms(terms: Term[]): Term[] {
  let candidates = terms;
  if (terms.length > MAX_TERMS) {
    const tfs = terms.map((t) => t.tf).sort((a, b) => b - a);
    const least = tfs[MAX_TERMS - 1]!;
    candidates = terms.filter((t) => t.tf >= least);
  }
  return candidates.sort((a, b) => b.tf - a.tf || a.key.localeCompare(b.key)).slice(0, MAX_TERMS);
}

/** CAPITALISED.test(word), an ASCII first letter read by its code. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(word);
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True when text[from, to) is one or more spaces or hyphens (a single space is the common case). */
function spacesOrHyphens(text: string, from: number, to: number): boolean {
  if (to === from + 1 && text.charCodeAt(from) === 32) return true;
  return ONLY_SPACES_OR_HYPHENS.test(text.slice(from, to));
}

/** TF-IDF weight of a term in a brief with `length` candidate-term occurrences in a corpus of n briefs. */
export function tfidf(tf: number, df: number, n: number): number {
  return (1 + Math.log(tf)) * Math.log(1 + n / df);
}
