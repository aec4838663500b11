import { createHash } from 'node:crypto';
import transliterate from '@sindresorhus/transliterate';

const MAX_WORDS_LENGTH = 60;

/**
 * Latin letters that Unicode decomposition leaves whole (a stroke or a ligature, not an accent):
 * their usual ASCII spelling, so "Großväter" reads "grossvater" and "całej" "calej" rather than
 * falling apart at the letter. Latin is folded by this table, not by the transliteration package,
 * which spells "ä" as "ae": slugs of Latin titles stay what they were.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŀ: 'l' };
const UNDECOMPOSED_LETTER = /[ßłøđðþæœıħŀ]/g;

/** A run of letters of another script than Latin, with their marks ("Мост", "Ελλάδα", "الأخبار"). */
const OTHER_SCRIPT_RUN = /(?:(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}\p{M}*)+/gu;

/**
 * Lower-case ASCII words joined by hyphens. Cyrillic, Greek, Arabic, Armenian, Georgian and other scripts the
 * transliteration package knows read in Latin letters ("Мэр открыл мост" -> "mer-otkryl-most"); a title in a script it
 * leaves as it is (Chinese, Hebrew) gives an empty string, and the caller falls back to a hash.
 */
export function slugifyWords(text: string): string {
  return latinSlugWords(text.replace(OTHER_SCRIPT_RUN, (run) => transliterate(run)));
}

/** Lower-case ASCII words joined by hyphens from the Latin letters and digits of `text` alone. */
export function latinSlugWords(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]!)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_WORDS_LENGTH) return words;
  const cut = words.slice(0, MAX_WORDS_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * A brief's URL slug: readable words from the title plus a short hash of the seed's file
 * name. The hash keeps slugs unique when two seeds share a title, and depends on nothing
 * but that one file, so a slug is stable across builds whatever other seeds come and go.
 * `hashLength` grows only for the rare seed whose short hash is already taken.
 */
export function briefSlug(title: string, seedFile: string, hashLength = 8): string {
  const words = slugifyWords(title);
  // Titles without Latin letters all share the prefix "brief", so only the hash tells them apart: make it longer.
  const length = words ? hashLength : Math.max(hashLength, 12);
  const hash = createHash('sha256').update(seedFile.normalize('NFC')).digest('hex').slice(0, length);
  return words ? `${words}-${hash}` : `brief-${hash}`;
}
