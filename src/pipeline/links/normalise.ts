import { createHash } from 'node:crypto';
import { latinSlugWords, slugifyWords } from '../emit/slug.ts';

/**
 * Rules that turn the many ways a name is written into one form. They are
 * general (case, dots in acronyms, possessives, "the", titles, company
 * suffixes); the names themselves live in the gazetteer data.
 */

const APOSTROPHES = /[’‘`´]/g;
/** Hyphen characters that join a compound as "-" does ("Indo‑Pacific" with a non-breaking hyphen). */
const HYPHENS = /[\u2010\u2011]/g;
/** A page's hyphenation hints inside a word ("Wei\u00ADler"): no part of the name. */
const SOFT_HYPHENS = /\u00AD/g;
/** Lower-case words that may join the words of a name ("Bank of China") but never start or end one. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'della', 'der', 'den', 'la', 'le', 'von', 'van', 'al', 'bin', 'da', 'du', 'dos', 'das', 'di', 'ibn', '&', 'on', 'in']);
/**
 * The Arabic article written in small letters opening a name, apart ("al Qaeda", "el Sisi") or joined by a hyphen
 * ("al-Shabaab", "ash-Sharq"): the name's first word, as a capital would be.
 */
export const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
const ARTICLE_JOINED = /^(?:al|el|ad|an|ar|as|ash|at|az)[-\u2010\u2011]\p{Lu}/u;

export function opensWithArticle(word: string): boolean {
  return ARTICLE_JOINED.test(word);
}
const HONORIFICS = new Set(
  'president vice prime minister foreign defence defense secretary general gen chancellor premier king queen prince princess pope sheikh emir sultan senator sen rep representative governor gov mayor judge justice chairman chairwoman chair ceo cfo director head chief spokesman spokeswoman spokesperson ambassador envoy commander admiral colonel col lieutenant lt captain capt major sergeant dr mr mrs ms miss sir dame lord lady prof professor rev father deputy acting former late'.split(
    ' ',
  ),
);
const CORPORATE_SUFFIXES = new Set(['ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'jsc', 'pjsc', 'oao', 'ooo', 'nv', 'bv', 'group']);

/** Trims punctuation, quotes and white space around a name, joins its lines and drops its soft hyphens. */
export function tidy(surface: string): string {
  if (alreadyTidy(surface)) return surface;
  return surface
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .replace(SOFT_HYPHENS, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'«»(\[{,;:.!?–—-]+/u, '')
    .replace(/[\s"“”«»)\]},;:!?–—-]+$/u, '')
    .replace(/\.$/u, (dot, _offset: number, whole: string) => (/(?:^|[\s.])\p{Lu}\.$/u.test(whole) ? dot : ''))
    .trim();
}

/**
 * ASCII letters and digits in words parted by single spaces: nothing for tidy to change
 * (most names are written so; a character loop costs less than tidy's six patterns).
 */
function alreadyTidy(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterOrDigit(c)) continue;
    if (c === 32 && i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
}

/** Removes a possessive ending: "Russia's" -> "Russia", "Reuters'" stays "Reuters". */
export function dropPossessive(name: string): string {
  return name.replace(/'s$/u, '').replace(/(?<=s)'$/u, '');
}

/** Removes a leading article: "the Kremlin" -> "Kremlin". */
export function dropArticle(name: string): string {
  return name.replace(/^(?:the|The|THE)\s+/u, '');
}

/** Whether a word is a title put before a name ("President", "Dr.", "Judge"). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Removes leading titles: "President Vladimir Putin" -> "Vladimir Putin". */
export function dropHonorifics(name: string): string {
  const words = name.split(' ');
  let i = 0;
  while (i < words.length - 1 && isHonorific(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/** Removes trailing company forms: "China Mobile Ltd" -> "China Mobile". */
export function dropCorporateSuffix(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

/** Only ASCII letters and digits (a loop: a pattern test per look-up cost more than the look-up). */
function plainWord(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (!isAsciiLetterOrDigit(name.charCodeAt(i))) return false;
  return true;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The key a name is looked up by: dots and apostrophe styles ignored, case kept ("U.S." and "US" meet). */
export function aliasKey(name: string): string {
  // Most look-ups are one plain word (the gazetteer tries every token): nothing to replace.
  if (plainWord(name)) return name;
  return name.replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** The key a term is looked up by in any case. */
export function termKey(name: string): string {
  return aliasKey(name).toLowerCase();
}

/** The canonical written form of a name found in text, before any gazetteer look-up. */
export function canonicalName(surface: string, kind: 'person' | 'organisation' | 'place' | 'other' = 'other'): string {
  let name = dropArticle(dropPossessive(tidy(surface)));
  // A place's name in capitals, as a dateline writes it ("MANCHESTER"), is named as the lists write it.
  if (kind === 'place' && isShoutedName(name)) name = titleCased(name);
  // Middle initials vary between versions of a story ("Ansel T. Morrow", "Ansel Morrow").
  if (kind === 'person') name = dropHonorifics(name).replace(/(?<=\p{L}{2}) \p{Lu}\.?(?= \p{L})/gu, '');
  if (kind === 'organisation') name = dropCorporateSuffix(name);
  return tidy(name);
}

/** "NEW YORK" -> "New York": each word's first letter kept a capital, the rest in small letters. */
export function titleCased(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/** A name of four letters or more written in capitals ("MANCHESTER", "NEW YORK"): longer than most acronyms. */
export function isShoutedName(name: string): boolean {
  return name.length >= 4 && SHOUTED_NAME.test(name);
}
const SHOUTED_NAME = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}$/u;

/**
 * An entity id: a URL slug of its canonical name (acronym dots removed first,
 * so "U.S. Navy" -> "us-navy"). A name with no Latin letters is spelled in Latin
 * letters where its script allows, with a short hash of the name after it
 * ("Сбербанк" -> "sberbank-1a2b3c4d"): the hash keeps it apart from the Latin
 * name it may or may not be, and from others spelled alike; a slug that kept only
 * a name's figures ("2016" of "Форум-2016") would be every such name's of that
 * year. A name no spelling reaches (Chinese, Hebrew) gets the hash alone.
 */
export function entityId(name: string): string {
  const key = aliasKey(name);
  const slug = latinSlugWords(key);
  if (slug && (LATIN_LETTER.test(slug) || !ANY_LETTER.test(key))) return slug;
  const hash = createHash('sha256').update(key.toLowerCase()).digest('hex');
  const spelled = slugifyWords(key);
  return LATIN_LETTER.test(spelled) ? `${spelled}-${hash.slice(0, 8)}` : `name-${hash.slice(0, 10)}`;
}
const LATIN_LETTER = /[a-z]/u;
const ANY_LETTER = /\p{L}/u;

/** Capitals (with digits, dots or "&" between) and nothing else, two capitals at least: "FDA", "U.N.", "AT&T" (not "G20"). */
const ACRONYM = /^\p{Lu}(?:[\p{Lu}\p{N}&]|\.(?=\p{Lu}))*\.?$/u;

export function isAcronym(text: string): boolean {
  return text.length >= 2 && text.length <= 10 && ACRONYM.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Whether `acronym` abbreviates `name` by its words' initials: those of its capitalised words
 * ("Food and Drug Administration" -> FDA), or some of all its words' initials in order,
 * the first included ("Centers for Disease Control and Prevention" -> CDC).
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  if (letters.length < 2 || words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  if (letters === capitalised) return true;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  if (letters.length < 3 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const c of initials) if (c === letters[at]) at++;
  return at === letters.length;
}

/** A class's designation, a word of four letters or more joined to figures by a hyphen ("COVID-19"). */
const CLASS_DESIGNATION = /^(\p{L}{4,})-\d+$/u;

/** The letters of a class's designation ("COVID" of "COVID-19"), or null when the name is none. */
export function classStem(name: string): string | null {
  return CLASS_DESIGNATION.exec(name)?.[1] ?? null;
}

/** The letters without their marks ("Zürich" -> "Zurich", "josé" -> "jose"): how English text and some lists write foreign names. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
const COMBINING_MARKS = /\p{M}+/gu;
