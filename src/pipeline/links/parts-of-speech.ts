import { createRequire } from 'node:module';

/**
 * Which English words can name a thing, from en-lexicon (MIT): about 110,000 words, each with the Penn
 * Treebank tags a tagger may give it ("acquired": "VBN|JJ|VBD"). A lookup, not a tagger: a keyword is a
 * word out of context, so only what the word can be matters. Loaded on first use (it takes about 140 ms):
 * only the corpus step asks, once per build.
 */
let tags: Readonly<Record<string, string>> | null = null;

/** A noun's tag among a word's tags: NN, NNS, NNP, NNPS. */
const NOUN_TAG = /(?:^|\|)NNP?S?(?:\||$)/u;

/**
 * False for a word the lexicon knows only as a verb, an adjective or an adverb ("agreed", "silent", "later"), true
 * for a noun ("framework", "voting", "housing") and for a word it does not know (a new coinage, a compound, a term).
 */
export function canNameAThing(word: string): boolean {
  tags ??= (createRequire(import.meta.url)('en-lexicon') as { lexicon: Record<string, string> }).lexicon;
  const lower = word.toLowerCase();
  const known = Object.hasOwn(tags, word) ? tags[word] : Object.hasOwn(tags, lower) ? tags[lower] : undefined;
  return known === undefined || NOUN_TAG.test(known);
}
