import { briefSlug } from './slug.ts';
import { urlFromLine } from './clean.ts';
import type { ArticleNode, BriefMetadata, CleanResult, Seed } from './types.ts';

const WORDS_PER_MINUTE = 230;

export interface MetadataResult {
  meta: BriefMetadata;
  /** The article without the node that became the title. */
  nodes: ArticleNode[];
}

/** First metadata pass: title, counts and the URLs that stood alone on a line. */
export function extractMetadata(seed: Seed, clean: CleanResult): MetadataResult {
  const { title, how, index } = pickTitle(seed, clean.nodes);
  const nodes = index === null ? clean.nodes : clean.nodes.filter((_, i) => i !== index);
  const text = nodes.map((n) => n.text).join(' ');
  const wordCount = countWords(text);
  const citedUrls = [...new Set(clean.removed.filter((r) => r.category === 'url').map((r) => urlFromLine(r.text)).filter((u): u is string => u !== null))];
  const unknown = (what: string) => ({ value: null, why: `no ${what} found by the first metadata pass` });
  return {
    nodes,
    meta: {
      seed: seed.id,
      title,
      titleHow: how,
      slug: briefSlug(title, seed.file),
      dek: null,
      outlet: unknown('outlet'),
      authors: [],
      date: unknown('publication date'),
      url: unknown('original URL'),
      citedUrls,
      language: guessLanguage(text),
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    },
  };
}

/** The first heading of three words or more, else the opening words of the first sentence, else the file name. */
function pickTitle(seed: Seed, nodes: ArticleNode[]): { title: string; how: string; index: number | null } {
  const heading = nodes.findIndex((n) => n.kind === 'heading' && countWords(n.text) >= 3);
  if (heading >= 0) return { title: nodes[heading]!.text, how: 'first heading-like line', index: heading };
  const first = nodes.find((n) => n.kind === 'paragraph' && countWords(n.text) >= 3);
  if (first) return { title: openingWords(first.text), how: 'no headline on the page: opening words of the first paragraph', index: null };
  return { title: seed.id, how: 'no headline or paragraph: seed file name used', index: null };
}

const TITLE_MAX_WORDS = 14;

/** The first sentence, cut to a headline's length at a word boundary. */
function openingWords(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/);
  return words.length <= TITLE_MAX_WORDS ? sentence : `${words.slice(0, TITLE_MAX_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}

export function countWords(text: string): number {
  const latin = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  // Scripts written without spaces count one word per character (a common reading-time convention).
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return cjk > latin ? cjk : latin;
}

const ENGLISH_STOPWORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'from', 'has', 'have', 'its']);

/** Coarse language guess from script and English stopword density; "und" when unsure. */
export function guessLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  const share = (re: RegExp) => (text.match(re)?.length ?? 0) / letters;
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return 'ru';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const stop = words.filter((w) => ENGLISH_STOPWORDS.has(w)).length;
  return words.length > 0 && stop / words.length > 0.12 ? 'en' : 'und';
}
