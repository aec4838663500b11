import { stemmer } from 'stemmer';
import { memoisedPerText } from '../clean/text.ts';
import { quantityKeys } from './quantities.ts';
import { languageStopwords, STOPWORDS, withoutElidedParticle, wordTokens, type WordTokens } from './text.ts';

/**
 * What a brief says, as weighted terms for the same-story similarity
 * (`similarity.ts`): Porter stems of its content words, so that "vaccinated",
 * "vaccines" and "vaccination" meet, and its figures as values
 * (`quantities.ts`). The headline counts double: it states the story.
 * Names are words here too, so a rewrite that names the same people shares them.
 * Function words are English's and, for a brief in another language, that
 * language's too: two German briefs share "und" and "der" whatever they tell;
 * the particles French and Italian elide onto a word ("l’université") go too.
 */

export interface WeightedTerm {
  key: string;
  weight: number;
}

/** How much a headline word counts against a body word. */
export const HEADLINE_WEIGHT = 2;
/** Terms kept per brief, heaviest first: bounds the cache and the corpus step for very long seeds. */
export const MAX_STORY_TERMS = 200;

/**
 * @param words the words of the title and the paragraphs as one text (title, blank line,
 * paragraphs joined by blank lines), when the caller has read them already
 * @param language the brief's language (ISO 639-1), whose function words are left out as English's are
 */
export function storyTerms(title: string, paragraphs: readonly string[], words: WordTokens = wordTokens([title, ...paragraphs].join('\n\n')), language?: string | null): WeightedTerm[] {
  const ownStopwords = languageStopwords(language);
  const unelided = withoutElidedParticle(language);
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => weights.set(key, (weights.get(key) ?? 0) + weight);
  for (const key of quantityKeys(title)) add(key, HEADLINE_WEIGHT);
  for (const p of paragraphs) for (const key of quantityKeys(p)) add(key, 1);
  // The title's words are the tokens before its end; a word never runs on past a blank line.
  // Weights are summed per folded word first, so each distinct word is stemmed once: news repeats its words.
  const { tokens, folded } = words;
  const byWord = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const weight = tokens[i]!.start < title.length ? HEADLINE_WEIGHT : 1;
    const word = unelided ? unelided(tokens[i]!.text, folded[i]!) : folded[i]!;
    byWord.set(word, (byWord.get(word) ?? 0) + weight);
  }
  for (const [word, weight] of byWord) if (!ownStopwords?.has(word)) for (const key of wordsOf(word)) add(key, weight);
  return heaviest(weights, MAX_STORY_TERMS);
}

/**
 * The `max` heaviest terms, ties by key, as sorting them all would give (the order is total). Only
 * the terms heavier than the last one kept are sorted by weight; the many tied at its weight (a
 * long brief has hundreds of weight 1) are sorted by key alone, with the default string order
 * (code units, as `<` compares), which needs no comparison function.
 */
function heaviest(weights: Map<string, number>, max: number): WeightedTerm[] {
  if (weights.size <= max) return sortedTerms([...weights].map(([key, weight]) => ({ key, weight })));
  const least = Float64Array.from(weights.values()).sort()[weights.size - max]!;
  const heavier: WeightedTerm[] = [];
  const tied: string[] = [];
  for (const [key, weight] of weights) {
    if (weight > least) heavier.push({ key, weight });
    else if (weight === least) tied.push(key);
  }
  const out = sortedTerms(heavier);
  for (const key of tied.sort().slice(0, max - out.length)) out.push({ key, weight: least });
  return out;
}

function sortedTerms(terms: WeightedTerm[]): WeightedTerm[] {
  return terms.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The stems a folded token stands for. Hyphenated words count by their parts;
 * a part made of one or two digits joins the word before it ("G-7" and "G7"
 * meet as "g7"; "COVID-19" gives "covid" and "covid19").
 */
export function wordsOf(folded: string): string[] {
  const parts = folded.includes('-') ? folded.split('-').filter(Boolean) : [folded];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (ONE_OR_TWO_DIGITS.test(part) && i > 0 && ENDS_WITH_LETTER.test(parts[i - 1]!)) {
      out.push(`${parts[i - 1]}${part}`);
      continue;
    }
    // Figures are read as values by quantityKeys; a word must hold a letter.
    if (part.length < 2 || !HAS_LETTER.test(part) || STOPWORDS.has(part)) continue;
    out.push(ONLY_LETTERS.test(part) ? stem(part) : part);
  }
  return out;
}

// The per-word tests, built once (a literal in the loop is a new object for every word).
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const ENDS_WITH_LETTER = /\p{L}$/u;
const HAS_LETTER = /\p{L}/u;
const ONLY_LETTERS = /^\p{L}+$/u;

/** Stems kept per word: news repeats its words, and the stemmer is most of this module's cost. */
const stem = memoisedPerText((word) => stemmer(word), 50_000);
