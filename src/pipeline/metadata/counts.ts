const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  const latin = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  // Scripts written without spaces count one word per character (a common reading-time convention).
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return cjk > latin ? cjk : latin;
}

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
