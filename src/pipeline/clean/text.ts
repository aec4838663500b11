/** Small text measures shared by the cleaning and metadata stages. */

/** Characters that close a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？](?:["”’'»)\]]*)$/u;
/** Punctuation after which a paragraph may legitimately stop (sentence end, colon, closing quote). */
const PARAGRAPH_END = /(?:[.!?…:;。！？]|["”’'»)\]])$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text.trim());
}

/** A colon closing the line: it announces what follows (a list, a quote, code). */
const CLOSING_COLON = /[:：]\s*$/u;

export function closesWithColon(text: string): boolean {
  return CLOSING_COLON.test(text);
}

/** A quotation mark or bracket that may close a line after its last punctuation ('… said.”', '(… here.)'). */
const LINE_CLOSERS = '"”’\'»)';

/**
 * Whether the line's last punctuation (before one closing quotation mark or bracket) is one of `marks`:
 * closesWithMark(t, '.!?') for a line that ends a sentence the way a story's line does, '.:;,' for one that goes on.
 */
export function closesWithMark(text: string, marks: string): boolean {
  const t = text.trimEnd();
  const end = t.length > 0 && LINE_CLOSERS.includes(t[t.length - 1]!) ? t.length - 1 : t.length;
  return end > 0 && marks.includes(t[end - 1]!);
}

/** The text as a pattern that matches it literally: the characters a regular expression reads as syntax, escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A phrase as a pattern that matches it literally, with any run of white space between its words. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/\s+/gu, '\\s+');
}

/** Word tokens: letters and digits with inner apostrophes and hyphens. */
export function wordsOf(text: string): readonly string[] {
  // Nearly half the calls ask for the text asked for just before (a cue and the tests it runs read the same line).
  if (text === lastText) return lastWords;
  let words: readonly string[] | undefined;
  if (text.length > MEMO_MAX_CHARS) words = Object.freeze(tokenise(text) as string[]);
  else {
    words = memo.get(text);
    if (words === undefined) {
      // Bounded: a page's lines fit several times over, and a worker never holds more than this.
      if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
      // Frozen: every caller shares it.
      words = Object.freeze(tokenise(text) as string[]);
      memo.set(text, words);
    }
  }
  lastText = text;
  lastWords = words;
  return words;
}

let lastText: string | undefined;
let lastWords: readonly string[] = [];

/**
 * The cleaning and metadata rules each ask for the words of the same lines (a line is read by
 * some twenty cues): tokenising was a quarter of their CPU, so a line's words are kept while the
 * page is worked on. Callers get a read-only array.
 */
const memo = new Map<string, readonly string[]>();
/** Some pages' worth (a page has a few hundred lines): a table five times larger was slower to search, its entries out of the processor's cache. */
const MEMO_MAX_ENTRIES = 4_000;
/** Longer texts (whole paragraphs of a huge seed) are tokenised each time rather than kept. */
const MEMO_MAX_CHARS = 4_000;

function tokenise(line: string): readonly string[] {
  // A page's soft hyphens ("Groß\u00ADvä\u00ADter") are hyphenation hints inside words: read without them, each word is one
  // word, and the stopword lists know it.
  const text = line.includes('\u00AD') ? line.replaceAll('\u00AD', '') : line;
  // Most text has no Han or kana: the plain pattern is several times faster than the one with the class subtraction.
  return text.match(CJK.test(text) ? WORD : WORD_PLAIN) ?? [];
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;
const WORD_PLAIN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’‑\-]*/gu;

/**
 * Scripts written without spaces (Chinese, Japanese) count a word per character, as reading-time
 * conventions do. The class subtraction (`--`, the `v` flag) says "a word character that is not
 * Han or kana" in one class, instead of a look-ahead tried before every character.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][[\p{L}\p{N}\p{M}'’‑\-]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]]*/gv;

/** Number of sentence ends inside the text (a rough sentence count). */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…](?:["”’'»)\]]*)\s+(?=["“‘'«(]?\p{Lu})/gu)?.length ?? 0;
  return inner + (endsSentence(text) ? 1 : 0);
}

/** A comparison key: case, quotes, punctuation and spacing do not matter. */
export function normaliseKey(text: string): string {
  // ASCII text (without the backtick, which becomes an apostrophe) is its own NFKC form and lower-cases letter by
  // letter, so its key is its words lower-cased: words the cues have usually read already, not tokenised again.
  if (PLAIN_ASCII.test(text)) return wordsOf(text).join(' ').toLowerCase();
  // So is Latin text whose only other characters are accented letters, the closing quote and common punctuation: each is
  // its own NFKC form and lower-cases one for one into a character of the same class (letter or not), and the quote, inside
  // a word either way, becomes an apostrophe.
  if (PLAIN_LATIN.test(text)) return wordsOf(text).join(' ').toLowerCase().replaceAll('’', "'");
  return wordsOf(text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'")).join(' ');
}

const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/**
 * The words of the text lower-cased, as `wordsOf(text.toLowerCase())` gives them. A PLAIN_LATIN text lower-cases one
 * for one into characters of the same class, so its lower-cased words are its own words lower-cased: read from the
 * memo instead of a lower-cased copy tokenised again.
 */
export function lowerWordsOf(text: string): readonly string[] {
  return PLAIN_LATIN.test(text) ? wordsOf(text).map((w) => w.toLowerCase()) : wordsOf(text.toLowerCase());
}

/** The text lower-cases one for one (each character into one of the same length and class): its words lower-cased are `lowerWordsOf`'s, word by word. */
export function lowersOneForOne(text: string): boolean {
  return PLAIN_LATIN.test(text);
}
/**
 * PLAIN_ASCII with the Latin-1 and Latin Extended-A letters, the closing quote ’ and common punctuation that is its own
 * NFKC form (dashes, double quotes, guillemets, arrows, the euro sign), and the no-break space and the ellipsis, whose
 * NFKC forms (a space, three full stops) split words where they do. Left out, to go the long way: the letters whose NFKC
 * form or lower case is another length (İ, Ĳ, ĳ, Ŀ, ŀ, ŉ, ſ), the other signs with a compatibility form (ª, ², ½) and ‘ and `.
 */
const PLAIN_LATIN = /^[\x00-\x5f\x61-\x7f\xa1-\xa7\xa9\xab-\xae\xb0\xb1\xb6\xb7\xbb\xbf-\xff\u0100-\u012f\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\xa0\u2013\u2014\u2019\u201c-\u201e\u2022\u2026\u2039\u203a\u20ac\u2192\u25ba]*$/;

/** Splits words glued together by a page dump ("ShareTweetSend", "FacebookShare") at lower-to-upper case changes. */
export function splitGlued(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** A text that is one string printed twice back to back ("SiteSite", a logo and its alt text). */
export function undouble(text: string): string {
  const t = text.trim();
  if (t.length >= 4 && t.length % 2 === 0) {
    const half = t.slice(0, t.length / 2);
    if (half === t.slice(t.length / 2)) return half;
  }
  return t;
}

/** Crude singular form so "exports" and "export" compare equal in overlap measures. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  // The possessive's test by its last characters: most words have none, and are not run through a pattern.
  const w = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Overlap coefficient of two word sets: |A∩B| / min(|A|,|B|). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a.map(stem));
  const sb = new Set(b.map(stem));
  if (sa.size === 0 || sb.size === 0) return 0;
  let common = 0;
  for (const w of sa) if (sb.has(w)) common++;
  return common / Math.min(sa.size, sb.size);
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'\])]+/giu;
/** How every URL above starts: most lines have none, and are not searched for whole URLs. */
const URL_START = /https?:\/\/|www\./iu;

/** URLs in a text, with trailing sentence punctuation cut off and "www." given a scheme. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_RE)].map((m) => {
    const raw = m[0].replace(/[.,;:!?]+$/u, '');
    return raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw;
  });
}

/** A URL parsed, or null when it does not parse (a dump's link may be cut or garbled). */
export function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Path of a URL, or '' when it does not parse. */
export function pathOf(url: string): string {
  return parsedUrl(url)?.pathname ?? '';
}

/** A site's page about one of its writers: "/author/jane-doe/", "/autor/…", "/auteur/…". */
const AUTHOR_PAGE_PATH = /\/(?:author|authors|autor|autoren|auteur|autore)(?:\/|$)/iu;
export function isAuthorPage(url: string): boolean {
  return AUTHOR_PAGE_PATH.test(pathOf(url));
}

/** Share of the text's characters that belong to URLs (the text analogue of jusText's link density). */
export function urlShare(text: string): number {
  const t = text.trim();
  if (t.length === 0 || !URL_START.test(t)) return 0;
  const inUrls = [...t.matchAll(URL_RE)].reduce((n, m) => n + m[0].length, 0);
  return inUrls / t.length;
}

/** The text with its URLs left out: the words a line says around the addresses it prints. */
export function withoutUrls(text: string): string {
  return URL_START.test(text) ? text.replace(URL_RE, ' ') : text;
}

/** A line holding only a URL, possibly wrapped in brackets. */
export function isBareUrl(line: string): boolean {
  return /^[[(<]?\s*(?:https?:\/\/|www\.)\S+\s*[\])>]?$/iu.test(line.trim());
}

/** Extracts the URL from a line. */
export function urlFromLine(line: string): string | null {
  return urlsIn(line)[0] ?? null;
}

/** A sentence run into the next without a space ("…in stock.Order now"). */
const GLUED_SENTENCE = /\p{Ll}[.!?]\p{Lu}/gu;
const GLUED_HINT = /[.!?]\p{Lu}/u;
/** A word run into the next ("Bright HouseGartner"), not a short brand's inner capital ("iPhone", "YouTube"). */
const GLUED_WORD = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/gu;

/**
 * Places where one link's text runs into the next's: a row of ad or teaser links copied as one
 * line. Counted only when at least one sentence is glued to the next, which prose never does.
 */
export function gluedJoins(text: string): number {
  // A sentence glued to the next needs its full stop right before a capital: most prose has none, and is not scanned
  // letter by letter for the lower-case letter that starts the pattern.
  if (!GLUED_HINT.test(text)) return 0;
  const sentences = text.match(GLUED_SENTENCE)?.length ?? 0;
  return sentences === 0 ? 0 : sentences + (text.match(GLUED_WORD)?.length ?? 0);
}

/** One link's text followed by the next's with only a wider gap between them ("Onions  10 American Dishes"): no sentence ends before the gap. */
const SPACED_JOIN = /[\p{L}\p{N}]\s{2,}(?=[\p{Lu}\p{N}])/gu;

/** Places where a row of links copied as one line keeps its links apart by doubled spaces only. */
export function spacedJoins(text: string): number {
  return text.includes('  ') ? (text.match(SPACED_JOIN)?.length ?? 0) : 0;
}

/** The white space of `\s` in a Unicode pattern (WhiteSpace and LineTerminator), for one UTF-16 code unit or code point. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `re.test(text)` for a pattern that matches a phrase ending in a letter, with only characters `isTail` accepts after
 * it to the end of the text (`(?<!\p{L})(?:phrase|…)\s*$`), tried on the end of the text only: the phrase must end
 * where the closing run of tail characters starts, so it starts at most `reach - 1` characters before that (the
 * phrase's longest length plus one, for a look-behind). A look-behind tried at every position of a long line was slow.
 */
export function testAtEnd(re: RegExp, text: string, isTail: (code: number) => boolean, reach: number): boolean {
  let end = text.length;
  while (end > 0 && isTail(text.charCodeAt(end - 1))) end--;
  return re.test(text.slice(Math.max(0, end - reach)));
}

const HAS_LETTER = /\p{L}/u;

/** Whether a word holds a letter (`/\p{L}/u`), with ASCII read by character codes: most words are plain ASCII. */
export function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return HAS_LETTER.test(word);
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** For characters of the Basic Multilingual Plane past ASCII, the pattern's answer once found: 0 not asked yet, 1 no, 2 yes. */
const BMP_LETTER_OR_DIGIT = new Uint8Array(0x10000);

/** /[\p{L}\p{N}]/u for one code point, for loops that walk a text's characters (a pattern test per character cost more than the walk). */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  let known = BMP_LETTER_OR_DIGIT[code]!;
  if (known === 0) BMP_LETTER_OR_DIGIT[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/**
 * `compute` with its answers kept per text, for texts of `maxChars` at most: the table is cleared when it holds `size`
 * answers (a page's or a few pages' lines; a larger table is searched more slowly than it saves). `compute` never answers
 * `undefined`, and its answers must not be changed by their callers.
 */
export function memoisedPerText<T>(compute: (text: string) => T, size: number, maxChars = Number.POSITIVE_INFINITY): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    // A longer text is never kept: not hashed to be looked for.
    if (text.length > maxChars) return compute(text);
    const known = memo.get(text);
    if (known !== undefined) return known;
    const found = compute(text);
    if (memo.size >= size) memo.clear();
    memo.set(text, found);
    return found;
  };
}
