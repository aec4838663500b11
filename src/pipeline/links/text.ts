import { baseLanguage } from '../clean/language-code.ts';
import { stopwordsFor } from '../clean/language.ts';
import { sentences, sentenceSpans } from '../clean/sentences.ts';
import { isLetterOrDigit } from '../clean/text.ts';

/**
 * Small text helpers shared by the link features: word tokens with offsets
 * (sentence by sentence), stopwords and a light plural fold. Hand-written because the
 * features need offsets and exact, deterministic behaviour across thousands of
 * briefs, and an NLP library's tokenizer costs far more than these few rules.
 */

/** One word as found in the text, with where it starts. */
export interface Token {
  /** The word as written, possessive and surrounding punctuation removed, inner dots kept ("U.S."). */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
}

/** Word tokens of a text with their offsets; possessives ("Russia’s") lose their "’s". */
export function tokenize(text: string, sentenceIndex = 0): Token[] {
  const tokens: Token[] = [];
  // A word: letters and digits, joined inside by apostrophes, dots, "&" and hyphens (the non-breaking ones too);
  // the matches of /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&\u2010\u2011-]*[\p{L}\p{N}])?\.?/gu, read by a walk over the
  // characters (a match array per word cost more): a letter or digit, the run of word characters after it back
  // to its last letter or digit, then a dot if one follows. This runs on every word of every brief.
  for (let i = 0; i < text.length; ) {
    const first = text.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(first)) continue;
    const start = i - (first > 0xffff ? 2 : 1);
    let end = i;
    while (i < text.length) {
      const code = text.codePointAt(i)!;
      if (isLetterOrDigit(code)) end = i += code > 0xffff ? 2 : 1;
      else if (isInnerJoiner(code)) i++;
      else break;
    }
    if (text.charCodeAt(end) === DOT) end++;
    i = end;
    let word = text.slice(start, end);
    // A trailing dot belongs to the word only for dotted abbreviations such as "U.S.".
    if (word.charCodeAt(word.length - 1) === DOT && !DOTTED.test(word)) word = word.slice(0, -1);
    if (word.length >= 2 && (word.endsWith('s') || word.endsWith('S')) && isApostrophe(word.charCodeAt(word.length - 2))) word = word.slice(0, -2);
    if (isApostrophe(word.charCodeAt(word.length - 1))) word = word.slice(0, -1);
    if (!word) continue;
    tokens.push({ text: word, start, end: start + word.length, sentence: sentenceIndex });
  }
  return tokens;
}

/** The articles, pronouns and prepositions French, Italian and Catalan elide onto the next word, with their apostrophe. */
const ELISION = String.raw`^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|nell|all|dall|sull|coll|quest|quell|un)['’]`;
/** An elided article, pronoun or preposition before a capitalised word. */
const ELIDED = new RegExp(String.raw`${ELISION}(?=\p{Lu})`, 'u');

/**
 * The tokens with a French or Italian elision taken off a capitalised word ("l'Union européenne", "d’Allemagne",
 * "dell'Unione" -> "Union", "Allemagne", "Unione"), for looking names up; the same array when no token has one. Only a
 * small-letter elision, so "L'Oréal" and "D'Angelo" stay whole. The name finder keeps the words whole: there a
 * capitalised noun after an article ("l'État", "l'Assemblée") would read as a name.
 */
export function withoutElisions(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = t.text.charCodeAt(0);
    const elided = first >= 97 && first <= 122 && t.text.length > 2 && (t.text.includes("'") || t.text.includes('’')) ? ELIDED.exec(t.text) : null;
    if (!elided) continue;
    out ??= tokens.slice();
    out[i] = { ...t, text: t.text.slice(elided[0].length), start: t.start + elided[0].length };
  }
  return out ?? tokens;
}

/** The characters the word pattern lets stand inside a word besides letters and digits: ' ’ . & the hyphens, and a page's soft hyphen (a hyphenation hint, "Groß\u00ADvater"). */
function isInnerJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === DOT || code === 38 || code === 45 || code === 0x2010 || code === 0x2011 || code === SOFT_HYPHEN;
}

const SOFT_HYPHEN = 0xad;

const DOT = 46;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Tokens of every sentence, numbered by sentence. */
export function tokenizeSentences(text: string): Token[] {
  return sentences(text).flatMap((s, i) => tokenize(s, i));
}

/**
 * A text's words, read once for every feature that counts them (keywords, shingles, story
 * terms): tokens with offsets into the whole text, numbered by sentence, and their folded forms.
 * A word never spans sentences, so these are the tokens of each sentence, offsets aside.
 */
export interface WordTokens {
  text: string;
  tokens: Token[];
  /** foldWord of each token. */
  folded: string[];
}

export function wordTokens(text: string): WordTokens {
  return numberSentences(text, tokenize(text));
}

/**
 * wordTokens of `parts` joined by `separator`, from the tokens of each part already read
 * (tokenize(part)): no word runs across white space, so the whole text's tokens are the
 * parts' tokens moved by each part's offset, and the text need not be read twice.
 */
export function joinedWordTokens(parts: readonly string[], partTokens: readonly (readonly Token[])[], separator: string): WordTokens {
  if (/[\p{L}\p{N}'’.&\u2010\u2011\u00ad-]/u.test(separator)) throw new Error('joinedWordTokens: the separator must hold no word character');
  const tokens: Token[] = [];
  let offset = 0;
  parts.forEach((part, k) => {
    for (const t of partTokens[k]!) tokens.push({ text: t.text, start: t.start + offset, end: t.end + offset, sentence: 0 });
    offset += part.length + separator.length;
  });
  return numberSentences(parts.join(separator), tokens);
}

function numberSentences(text: string, tokens: Token[]): WordTokens {
  const spans = sentenceSpans(text);
  let sentence = 0;
  for (const token of tokens) {
    while (sentence < spans.length - 1 && token.start >= spans[sentence]![1]) sentence++;
    token.sentence = sentence;
  }
  return { text, tokens, folded: tokens.map((t) => foldWord(t.text)) };
}

/** Common English function words and reporting filler: never keywords, never shingle content. Contractions are listed as the words fold ("you're" -> "youre"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
  back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due during
  each either else elsewhere enough etc even ever every everyone everything everywhere except few first for former formerly from further had has have having he hence her here hereafter hereby herein
  hers herself him himself his how however i if in indeed into is it its itself just last latter least less made make many may me meanwhile might mine more moreover most mostly much must my myself
  namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please
  put rather re said same say says see seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them
  themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards under until up upon us very via
  was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without
  would yet you your yours yourself yourselves also told added noted stated according reported reportedly reports report would new year years time times including like just two three four five
  percent cent write writes wrote written tell tells telling saying claim claimed claims stating mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday week weeks month months day days
  youre youve youll youd im ive dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont cant couldnt wouldnt shouldnt thats theres whats hes shes weve theyre theyve theyll theyd itll lets`.split(/\s+/),
);

/**
 * Function words and reporting filler that the stoplists of some languages lack ("plus", "comme", "este", "fue", "dijo",
 * "ancora", "ainda"), folded: as common in every story as English's "also" and "said", which STOPWORDS holds.
 */
const MORE_STOPWORDS: Readonly<Record<string, string>> = {
  fr: `plus trop comme fait faire bien alors chez autre autres aussi tout tous toute toutes tres peu chaque encore deja ans annee selon apres avant
    depuis lors dont ainsi donc entre sous sans vers meme memes quand car quelque quelques cela celle celui ceux dit fois etre avoir ete ont sont etait`,
  es: `este esta estos estas esto ese esa eso fue fueron ser son estar estan era han ha habia hay muy mas ya tambien ayer hoy dijo segun cuando donde
    desde hasta entre sobre todo todos toda todas otro otra otros otras cada tras asi aun`,
  it: `poi fino ancora oggi ieri anche gia molto piu tutto tutti tutta tutte ogni dopo prima sempre ora cosi quando dove essere stato stata sono era
    anni anno detto`,
  pt: `ainda sobre foi tem estava esta ser sao era ja muito mais tambem ontem hoje disse segundo quando onde desde ate entre todo todos toda todas
    outro outra cada apos assim`,
  pl: 'bez raz jest sa byl byla jak juz tez tylko przez oraz ktory ktora ktore ale jego jej ich',
  // "innen" is also what a gender star or colon leaves of "Bürger*innen" when the word is read in two.
  de: 'einfach finden bietet bitte lassen sagen sehen bleibt fast pro innen',
};

/** The brief's own language's stopwords, folded as words are compared ("für" -> "fur"); English's are STOPWORDS. */
const foldedStopwords = new Map<string, ReadonlySet<string> | null>();
export function languageStopwords(language: string | null | undefined): ReadonlySet<string> | null {
  if (!language || language === 'en' || language === 'und') return null;
  if (!foldedStopwords.has(language)) {
    const list = stopwordsFor(language);
    const more = MORE_STOPWORDS[baseLanguage(language)]?.split(/\s+/u) ?? [];
    foldedStopwords.set(language, list || more.length > 0 ? new Set([...(list ?? []), ...more].map(foldWord)) : null);
  }
  return foldedStopwords.get(language)!;
}

/** Languages that elide an article, a pronoun or a preposition onto the next word ("l’université", "qu’il", "dell’anno"). */
const ELIDING_LANGUAGES = new Set(['fr', 'it', 'ca']);
/** An elision before any word, in either case ("L’université" opening a sentence). */
const ELIDED_ANY = new RegExp(String.raw`${ELISION}(?=\p{L})`, 'iu');

/**
 * For a language that elides, the word as folded without its elided particle, which would hide it from the word lists
 * and from the same word written alone ("université" of "l’université"); the folded form itself where there is none.
 * Null for the other languages.
 */
export function withoutElidedParticle(language: string | null | undefined): ((written: string, folded: string) => string) | null {
  if (!ELIDING_LANGUAGES.has(baseLanguage(language))) return null;
  return (written, folded) => {
    const end = elidedParticleEnd(written);
    return end > 0 ? foldWord(written.slice(end)) : folded;
  };
}

/** Where the word starts after an elided particle and its apostrophe ("l’université" -> 2); 0 where there is none. */
export function elidedParticleEnd(written: string): number {
  return ELIDED_ANY.exec(written)?.[0].length ?? 0;
}

/** Lower case, no accents, no dots or inner apostrophes: the form used to compare words. */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters: no accents to strip, often nothing to remove.
  if (PLAIN.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'’\u00ad]/g, '');
}

const PLAIN = /^[A-Za-z0-9-]*$/;
const ALL_DIGITS = /^\d+$/;

/**
 * A light English plural fold ("sanctions" -> "sanction", "companies" ->
 * "company") so that singular and plural share a term; no full stemmer, so
 * keywords stay readable words.
 */
export function singular(word: string): string {
  // Suffix tests rather than a pattern each: this runs on every content word of a brief, twice.
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || word.endsWith('ics') || word.endsWith('ws')) return word;
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Content words of a text: folded, singular, no stopwords, no pure numbers. */
export function contentWords(text: string): string[] {
  const tokens = tokenize(text);
  return contentWordsOf({ text, tokens, folded: tokens.map((t) => foldWord(t.text)) });
}

/** contentWords of the tokens that start at or after offset `from`. */
export function contentWordsOf({ tokens, folded }: WordTokens, from = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < from) continue;
    const w = folded[i]!;
    if (w.length < 2 || STOPWORDS.has(w) || ALL_DIGITS.test(w)) continue;
    out.push(singular(w));
  }
  return out;
}

/**
 * The matches of `search` (global) not preceded by a character `guard` accepts (`guard` tests the
 * two code units before a match, so an astral character counts whole): what a look-behind leading the
 * pattern would give. A leading look-behind is tried at every position of the text and keeps the
 * engine from searching for the pattern's first characters; here a match after such a character is
 * dropped and the search goes on from the next character, so the same matches come out.
 */
export function matchesNotAfter(text: string, search: RegExp, guard: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    if (m.index > 0 && guard.test(text.slice(Math.max(0, m.index - 2), m.index))) search.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}
