import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { isLetterOrDigit, phrasePattern } from '../clean/text.ts';
import { FastParseEnglish } from './parser.ts';

/** A range of a text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  /** 0-based index of the paragraph (block) the sentence is in. */
  paragraph: number;
  /** 0-based index among all sentences of the text. */
  index: number;
  words: Word[];
  /** One of the first two sentences of the story's first real paragraphs. */
  lede: boolean;
  /** Computed on first use and kept with the sentence: its words as lookup keys (phrases.ts), whether it ends crediting a speaker (context.ts). */
  keys?: string[];
  attributed?: boolean;
}

export interface Block extends Span {
  text: string;
  index: number;
}

/** A text analysed once and shared by every detector. */
export interface TextView {
  text: string;
  /**
   * The text with typographic variants folded (curly quotes, dashes, non-breaking
   * spaces) one code unit for one, so patterns written with plain ASCII match at
   * the same offsets.
   */
  norm: string;
  blocks: Block[];
  sentences: Sentence[];
  /** Inner ranges of quotations (“…”, "…", «…», ‘…’). */
  quotes: Span[];
  /**
   * Quotations with one mark in another block: a block that ends inside a quotation it opened
   * (the next paragraph goes on quoting), or that closes one before opening any (the tail of a
   * quotation begun before it). Read as the speaker's words, not as quotations to credit.
   */
  openQuotes: Span[];
}

const parser = new FastParseEnglish();

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u02BC': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ',
};

/** Folds typographic variants without changing any offset (every replacement is one UTF-16 unit). */
export function fold(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u02BC\u2032\u201C\u201D\u201E\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u2009\u202F]/g, (c) => FOLD[c] ?? c);
}

const WORDS_FOR_SUBSTANCE = 12;
const TERMINAL = /[.!?"”’')]\s*$/u;

/**
 * Characters parse-english reads at once. Its word-merging plugins splice arrays and grow
 * quadratically with the length of one sentence, so a paragraph longer than any real one
 * (a hostile seed's unpunctuated megabyte) is parsed in pieces cut at white space.
 */
const PARSE_CHUNK_CHARS = 5000;

/** Splits a text into blocks, sentences and words with parse-english (nlcst), keeping offsets. */
export function analyse(text: string): TextView {
  const blocks = splitBlocks(text);
  // Sentences and quotations are found when a detector first asks: a brief the wording detectors do not
  // read (another language) is never parsed into sentences unless a notice is found in it.
  let sentences: Sentence[] | undefined;
  let quotes: Span[] | undefined;
  let openQuotes: Span[] | undefined;
  return {
    text,
    norm: fold(text),
    blocks,
    get sentences() {
      return (sentences ??= sentencesOf(text, blocks));
    },
    get quotes() {
      return (quotes ??= findQuotes(blocks, guillemets(text)));
    },
    get openQuotes() {
      return (openQuotes ??= findOpenQuotes(blocks, guillemets(text)));
    },
  };
}

function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const [from, to] of chunksOf(text, block.start, block.end)) {
      const tree = parser.parse(text.slice(from, to)) as NlcstRoot;
      for (const node of tree.children) {
        if (node.type !== 'ParagraphNode') continue;
        for (const child of (node as NlcstParagraph).children) {
          if (child.type !== 'SentenceNode') continue;
          const sentence = toSentence(child, text, from, block.index, sentences.length);
          if (sentence) sentences.push(sentence);
        }
      }
    }
  }
  markLede(sentences, blocks);
  return sentences;
}

/** [start, end) pieces of text[start, end) of at most PARSE_CHUNK_CHARS, cut after a sentence end or at white space where there is one. */
function chunksOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (end - from > PARSE_CHUNK_CHARS) {
    const window = text.slice(from, from + PARSE_CHUNK_CHARS);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > PARSE_CHUNK_CHARS / 2 ? sentenceEnd + 1 : space > 0 ? space : PARSE_CHUNK_CHARS;
    out.push([from, from + cut]);
    from += cut;
  }
  out.push([from, end]);
  return out;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start) blocks.push({ start, end, text: text.slice(start, end), index: blocks.length });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return blocks;
}

/** A sentence node of a piece parsed from `shift` on, with offsets into the whole text. */
function toSentence(node: NlcstSentence, text: string, shift: number, paragraph: number, index: number): Sentence | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  const words: Word[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode') continue;
    const ws = child.position?.start.offset;
    const we = child.position?.end.offset;
    if (ws === undefined || we === undefined) continue;
    // A word's text is its range of the source (parse-english builds its value from consecutive pieces of it), without a walk through its nodes.
    words.push({ start: ws + shift, end: we + shift, text: text.slice(ws + shift, we + shift) });
  }
  return { start: start + shift, end: end + shift, text: text.slice(start + shift, end + shift), paragraph, index, words, lede: false };
}

/** The lede: the first two sentences of the first blocks that read as prose (long enough, properly ended). */
function markLede(sentences: Sentence[], blocks: Block[]): void {
  // Blocks are judged as the sentences reach them: the lede is found long before the last block.
  const prose = new Map<number, boolean>();
  const isProse = (b: Block) => !hasAtMostWords(b.text, WORDS_FOR_SUBSTANCE - 1) && TERMINAL.test(b.text);
  let marked = 0;
  for (const s of sentences) {
    if (marked >= 2) break;
    let known = prose.get(s.paragraph);
    if (known === undefined) prose.set(s.paragraph, (known = isProse(blocks[s.paragraph]!)));
    if (!known) continue;
    s.lede = true;
    marked++;
  }
}

/**
 * Words as the flags count them: runs matching /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu, read in one
 * pass over the characters (a pattern scan building a match per word cost a share of the stage).
 */
export function countWords(text: string): number {
  return wordsUpTo(text, Infinity);
}

/** countWords(text) <= limit, reading no further than the word past the limit (a long paragraph is not counted through). */
export function hasAtMostWords(text: string, limit: number): boolean {
  return wordsUpTo(text, limit) <= limit;
}

/** The words of text, counted up to one past limit. */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    const letter = isLetterOrDigit(code);
    // Inside a word, apostrophes, full stops and hyphens join ("U.S.", "so-called", "it’s").
    if (inWord) inWord = letter || code === 39 || code === 0x2019 || code === 46 || code === 45;
    else if (letter) {
      if (++n > limit) return n;
      inWord = true;
    }
  }
  return n;
}

/**
 * The guillemets' direction in a text: French, Italian and Spanish open with « («…»), German and Danish with » (»…«).
 * The first one the whole text prints opens (a paragraph may begin inside a quotation, the text does not), so its
 * pairs are read its way ("«A» et «B»" and "»A« und »B«" alike).
 */
function guillemets(t: string): [string, string] | null {
  const first = t.search(/[«»]/u);
  if (first < 0) return null;
  return t[first] === '«' ? ['«', '»'] : ['»', '«'];
}

/** Pairs of one opening and one closing mark, in order; `closes` lists the marks that close (German „…“, Polish „…”). */
function pairMarks(t: string, open: string, closes: string[], offset: number, spans: Span[]): void {
  // Where each closing mark is next printed, kept between pairs: a mark the text no longer prints is not searched for
  // again, so a long paragraph of opening marks costs one pass per mark, not one per pair.
  const next = closes.map(() => 0);
  let from = 0;
  for (;;) {
    const a = t.indexOf(open, from);
    if (a < 0) return;
    let b = -1;
    closes.forEach((close, k) => {
      if (next[k]! >= 0 && next[k]! <= a) next[k] = t.indexOf(close, a + 1);
      if (next[k]! >= 0 && (b < 0 || next[k]! < b)) b = next[k]!;
    });
    if (b < 0) return;
    spans.push({ start: offset + a + 1, end: offset + b });
    from = b + 1;
  }
}

/** A straight mark that opens: at the start or after a space or bracket, before a letter or digit. */
const MIXED_OPENING = /^(?:"|[\s(\[]")[\p{L}\p{N}]/u;
const STRAIGHT_SINGLE = /(?<![\p{L}\p{N}])'(?=\p{L})([^'\n]{2,300}?)(?<=\S)'(?![\p{L}])/gu;

/**
 * Where a text's straight double quotes stand, to be paired in order. One that opens and is closed by a curly mark pairs
 * with it ("…,” said Lee: a text typed in two editors mixes the marks); that pair goes into `spans` instead.
 */
function straightMarks(t: string, offset: number, spans: Span[]): number[] {
  const marks: number[] = [];
  for (let at = t.indexOf('"'); at >= 0; at = t.indexOf('"', at + 1)) marks.push(at);
  const straight: number[] = [];
  // The next closing and opening curly marks after the current straight one, each searched for once as the marks pass
  // it (-1 when none is left): a paragraph of many straight marks costs one pass, not one per mark.
  let close = -2;
  let opening = -2;
  for (let i = 0; i < marks.length; i++) {
    const at = marks[i]!;
    if (close !== -1 && close <= at) close = t.indexOf('”', at + 1);
    if (opening !== -1 && opening <= at) opening = t.indexOf('“', at + 1);
    const closesFirst = close > at && close < (marks[i + 1] ?? Infinity) && (opening === -1 || opening > close);
    if (closesFirst && opensAt(t, at)) spans.push({ start: offset + at + 1, end: offset + close });
    else straight.push(at);
  }
  return straight;
}

/** The straight mark at `at` has an opening mark's place: at the start or after a space or bracket, before a letter or digit. */
function opensAt(t: string, at: number): boolean {
  return MIXED_OPENING.test(t.slice(Math.max(0, at - 1), at + 2));
}

/**
 * Inner ranges of the quotations in one text (a block, a headline), unsorted, at `offset` on: curly (“…”), low-high
 * („…“, „…”), guillemets either way, straight double quotes in order, and single quotes that are no apostrophe.
 */
export function quotesIn(t: string, offset = 0, spans: Span[] = [], g = guillemets(t)): Span[] {
  pairMarks(t, '“', ['”'], offset, spans);
  pairMarks(t, '„', ['“', '”'], offset, spans);
  if (g) pairMarks(t, g[0], [g[1]], offset, spans);
  const straight = straightMarks(t, offset, spans);
  for (let i = 0; i + 1 < straight.length; i += 2) spans.push({ start: offset + straight[i]! + 1, end: offset + straight[i + 1]! });
  // Single quotes, as headlines and British text quote ('We are not afraid': …): the mark doubles as the apostrophe,
  // so an opening mark follows no letter and comes before one, and a closing mark is followed by none.
  if (t.includes("'")) for (const m of t.matchAll(STRAIGHT_SINGLE)) spans.push({ start: offset + m.index + 1, end: offset + m.index + 1 + m[1]!.length });
  if (t.includes('‘')) for (const m of t.matchAll(/(?<![\p{L}\p{N}])‘([^‘’]{2,300}?)’(?![\p{L}])/gu)) spans.push({ start: offset + m.index + 1, end: offset + m.index + 1 + m[1]!.length });
  return spans;
}

/** Quotations within a block; a quote never spans blocks, so an unclosed mark costs one block at most. */
function findQuotes(blocks: Block[], g: [string, string] | null): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) quotesIn(block.text, block.start, spans, g);
  return spans.sort((x, y) => x.start - y.start);
}

/** Curly marks, and guillemets the text's way: each says whether it opens or closes (straight marks are read by their place). */
const CURLY: [string, string] = ['“', '”'];

/** Where a block's last opening mark stands when no closing mark follows it (its quotation runs on past the block), or -1. */
export function unclosedFrom(t: string, open: string, close: string): number {
  const last = t.lastIndexOf(open);
  return last >= 0 && t.indexOf(close, last) < 0 ? last : -1;
}

function findOpenQuotes(blocks: Block[], g: [string, string] | null): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    const t = block.text;
    for (const [open, close] of g ? [CURLY, g] : [CURLY]) {
      const first = Math.min(...[open, close].map((m) => t.indexOf(m)).filter((at) => at >= 0));
      if (!Number.isFinite(first)) continue;
      if (t[first] === close) spans.push({ start: block.start, end: block.start + first });
      const lastOpen = unclosedFrom(t, open, close);
      if (lastOpen >= 0) spans.push({ start: block.start + lastOpen + 1, end: block.end });
    }
    // Straight marks say by their place whether they open: an odd one left after the pairs, standing where a quotation
    // opens, runs on to the next paragraph, as a quotation of several paragraphs is printed ('She said: "The ferry …').
    if (t.includes('"')) {
      const straight = straightMarks(t, 0, []);
      const last = straight.at(-1);
      if (straight.length % 2 === 1 && last !== undefined && opensAt(t, last)) spans.push({ start: block.start + last + 1, end: block.end });
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

const UNQUOTED = new WeakMap<TextView, string>();
/** The view's text with every quotation's words blanked, a sentence's quotation begun before it too; offsets hold. */
export function unquoted(view: TextView): string {
  let text = UNQUOTED.get(view);
  if (text === undefined) {
    // Quotations may nest or overlap: each span is blanked from where the last one ended.
    const spans = [...view.quotes, ...view.openQuotes].sort((a, b) => a.start - b.start);
    let at = 0;
    text = '';
    for (const q of spans) {
      if (q.end <= at) continue;
      const from = Math.max(q.start, at);
      text += view.text.slice(at, from) + ' '.repeat(q.end - from);
      at = q.end;
    }
    text += view.text.slice(at);
    UNQUOTED.set(view, text);
  }
  return text;
}

/** Every match of a global regex within a sentence (or any span), with offsets into the whole text. */
export function matchesIn(view: TextView, span: Span, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error('matchesIn needs a global regex');
  const slice = view.norm.slice(span.start, span.end);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    m.index += span.start;
    out.push(m);
  }
  return out;
}

/**
 * Indexes of the sentences in which `needs` can match, from one scan of the folded text: a
 * pattern whose matches all contain a match of `needs` need only be tried on those sentences.
 * `needs` is global and holds no assertion (no \b, anchors or look-arounds) and no lone
 * surrogate half, so a match inside a sentence is a match at the same place in the whole text;
 * the scan, resuming one character after each match, finds every place where one starts.
 */
export function sentencesWith(view: TextView, needs: RegExp): Set<number> {
  if (!needs.global) throw new Error('sentencesWith needs a global regex');
  // A unicode pattern resumed inside a surrogate pair restarts at the pair: step over the whole pair.
  const wide = /[uv]/.test(needs.flags);
  const { norm, sentences } = view;
  const found = new Set<number>();
  let i = 0;
  needs.lastIndex = 0;
  for (let m = needs.exec(norm); m && i < sentences.length; m = needs.exec(norm)) {
    while (i < sentences.length && sentences[i]!.end <= m.index) i++;
    if (i < sentences.length && sentences[i]!.start <= m.index) found.add(i);
    needs.lastIndex = m.index + (wide && norm.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return found;
}

/**
 * matchesIn(view, sentence, re) for each sentence, trying `re` only on the sentences where
 * `needs` (a part every match of `re` contains; see sentencesWith) occurs; `needs` absent: every sentence.
 */
export function sentenceMatcher(view: TextView, re: RegExp, needs?: RegExp): (sentence: Sentence) => RegExpExecArray[] {
  if (!needs) return (sentence) => matchesIn(view, sentence, re);
  const where = sentencesWith(view, needs);
  return (sentence) => (where.has(sentence.index) ? matchesIn(view, sentence, re) : []);
}

export function sentenceAt(view: TextView, offset: number): Sentence | null {
  // The sentences stand in text order and never overlap: the last one starting at or before the offset is the only candidate.
  const { sentences } = view;
  let lo = 0;
  let hi = sentences.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const sentence = sentences[at];
  return sentence !== undefined && offset < sentence.end ? sentence : null;
}

/**
 * A phrase list as one case-insensitive regex over folded text, longest phrases first. With
 * `inCompounds` false a phrase does not match after a hyphen ("called" is not in "so-called").
 *
 * Written for speed without changing what matches: the engine tries a flat alternation one
 * phrase after another at every position, so phrases are grouped by their first character
 * (at one position only one group can match, and each group keeps the phrases' order), and a
 * look-ahead for any first character lets the engine skip every other position at once.
 */
export function phraseRegex(phrases: readonly string[], flags = 'giu', inCompounds = true): RegExp {
  const alternatives = phraseAlternatives(phrases);
  const guard = `(?<![\\p{L}\\p{N}${inCompounds ? '' : '-'}])`;
  const tail = '(?![\\p{L}\\p{N}])';
  if (alternatives.length === 0) return new RegExp(`${guard}(?:)${tail}`, flags);
  const firsts = [...new Set(alternatives.map(firstChar))].map(escapeInClass).join('');
  return new RegExp(`(?=[${firsts}])${guard}(?:${phraseBody(alternatives, flags)})${tail}`, flags);
}

/**
 * phraseRegex(phrases, flags) without its assertions, global: it matches wherever that pattern
 * does, in any context, so it can pick the sentences worth trying (sentencesWith). Without the
 * assertions the engine scans for the phrases' first characters several times faster.
 */
export function phraseNeeds(phrases: readonly string[], flags = 'giu'): RegExp {
  const alternatives = phraseAlternatives(phrases);
  const global = flags.includes('g') ? flags : `${flags}g`;
  // No phrase: nothing can match (an empty negative look-ahead fails everywhere).
  return new RegExp(alternatives.length === 0 ? '(?!)' : phraseBody(alternatives, flags), global);
}

function phraseAlternatives(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => fold(p).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

function phraseBody(alternatives: readonly string[], flags: string): string {
  return [...groupByFirst(alternatives, flags)]
    .map(([first, rests]) => (rests.length === 1 ? phrasePattern(first + rests[0]!) : `${phrasePattern(first)}(?:${rests.map(phrasePattern).join('|')})`))
    .join('|');
}

/** A lexicon's phrase as a pattern: folded as the text it is matched against is, literal, any white space between its words. */
export function foldedPhrase(p: string): string {
  return phrasePattern(fold(p));
}

const firstChar = (p: string) => String.fromCodePoint(p.codePointAt(0)!);

/**
 * Phrases by first character, each group in the phrases' order. Under a case-insensitive flag
 * "S" and "s" (or "k" and the Kelvin sign) start one group, written with the first one's
 * character, which the flag lets match the others: so one position is tried against one group.
 */
function groupByFirst(alternatives: readonly string[], flags: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const matchers = new Map<string, RegExp>();
  const anyCase = flags.replace(/[gy]/g, '');
  for (const p of alternatives) {
    const first = firstChar(p);
    let key = groups.has(first) ? first : [...matchers].find(([, same]) => same.test(first))?.[0];
    if (key === undefined) {
      key = first;
      groups.set(key, []);
      matchers.set(key, new RegExp(`^[${escapeInClass(key)}]$`, anyCase));
    }
    groups.get(key)!.push(p.slice(first.length));
  }
  return groups;
}

const escapeInClass = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');
