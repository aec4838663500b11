import { isLetterOrDigit } from '../clean/text.ts';

const WORDS_PER_MINUTE = 230;

/**
 * Words: runs matching /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu, counted in one pass over the characters
 * (see isLetterOrDigit), which costs a fraction of two regex scans.
 */
export function countWords(text: string): number {
  let latin = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const wordChar = isLetterOrDigit(code);
    const joiner = code < 128 ? code === 39 || code === 45 : code === 0x2019;
    // Scripts written without spaces count one word per character (a common reading-time convention).
    if (code >= 128 && CJK.test(text.slice(i, i + size))) cjk++;
    if (inWord) inWord = wordChar || joiner;
    else if (wordChar) {
      latin++;
      inWord = true;
    }
    i += size;
  }
  return cjk > latin ? cjk : latin;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

const ENGLISH_STOPWORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'from', 'has', 'have', 'its']);

/** Fallback language guess from script and English stopword density, for texts too short for trigram detection. */
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
