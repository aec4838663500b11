import { STOPWORDS, singular, wordTokens, type WordTokens } from './text.ts';
import type { Term } from './types.ts';

// Patterns of the per-word tests, built once (a literal in the loop is a new object for every word).
const HAS_LETTER = /\p{L}/u;
const STARTS_WITH_DIGIT = /^\d/;
const CAPITALISED = /^\p{Lu}/u;
const ONLY_SPACES_OR_HYPHENS = /^[\s-]+$/;

/** Terms kept per brief for the corpus step (the rest rarely become keywords and would bloat the cache). */
export const MAX_TERMS = 60;

/**
 * Candidate keywords of one brief with their counts: single words and
 * two-word phrases of content words, singular-folded. Proper nouns are left
 * to the entity finder: a word written capitalised mid-sentence most of the
 * time is not a keyword candidate.
 */
export function termFrequencies(text: string | WordTokens): Term[] {
  const { text: whole, tokens, folded } = typeof text === 'string' ? wordTokens(text) : text;
  const counts = new Map<string, { tf: number; forms: Map<string, number> }>();
  const capitalised = new Map<string, { caps: number; all: number }>();
  const add = (key: string, form: string) => {
    const entry = counts.get(key) ?? { tf: 0, forms: new Map() };
    entry.tf++;
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    counts.set(key, entry);
  };
  let previous: { key: string; form: string } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A sentence's first word: capitalised by position, and no phrase runs into it from the sentence before.
    const opensSentence = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
    if (opensSentence) previous = null;
    const word = folded[i]!;
    const usable = word.length >= 3 && !STOPWORDS.has(word) && HAS_LETTER.test(word) && !STARTS_WITH_DIGIT.test(word);
    if (!usable) {
      previous = null;
      continue;
    }
    const key = singular(word);
    const stats = capitalised.get(key) ?? { caps: 0, all: 0 };
    if (!opensSentence) {
      stats.all++;
      if (CAPITALISED.test(token.text)) stats.caps++;
    }
    capitalised.set(key, stats);
    const form = token.text.toLowerCase();
    add(key, form);
    // Two-word phrases only within one run of words (no punctuation between).
    if (previous && ONLY_SPACES_OR_HYPHENS.test(whole.slice(tokens[i - 1]!.end, token.start))) add(`${previous.key} ${key}`, `${previous.form} ${form}`);
    previous = { key, form };
  }
  const proper = (key: string) => key.split(' ').some((k) => {
    const s = capitalised.get(k);
    return s !== undefined && s.all > 0 && s.caps / s.all > 0.5;
  });
  const terms: Term[] = [];
  for (const [key, { tf, forms }] of counts) {
    if (proper(key)) continue;
    // A phrase seen once is usually chance; single words count from one.
    if (key.includes(' ') && tf < 2) continue;
    const label = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    terms.push({ key, label, tf });
  }
  return terms.sort((a, b) => b.tf - a.tf || a.key.localeCompare(b.key)).slice(0, MAX_TERMS);
}

/** TF-IDF weight of a term in a brief with `length` candidate-term occurrences in a corpus of n briefs. */
export function tfidf(tf: number, df: number, n: number): number {
  return (1 + Math.log(tf)) * Math.log(1 + n / df);
}
