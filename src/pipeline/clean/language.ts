import { iso6393 } from 'iso-639-3';
import * as stopwordLists from 'stopword';
import { isScriptError } from './cues.ts';
import { francFast } from './franc-fast.ts';
import { baseLanguage } from './language-code.ts';

/** What the cleaner knows about the page's language. */
export interface PageLanguage {
  /** ISO 639-1 code when known ("en"), else the ISO 639-3 code, else "und". */
  code: string;
  /** How it was decided. */
  how: string;
  /** Stopword test for the language, case-insensitive (it lower-cases the word itself); null when no stoplist exists (density features are then skipped). */
  isStopword: ((word: string) => boolean) | null;
}

const TO_639_1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));
const LISTS = stopwordLists as unknown as Record<string, string[] | undefined>;
const stoplistCache = new Map<string, Set<string>>();

function stoplist(code3: string): Set<string> | null {
  const list = LISTS[code3];
  if (!Array.isArray(list)) return null;
  let set = stoplistCache.get(code3);
  if (!set) {
    set = new Set(list.map((w) => w.toLowerCase()));
    stoplistCache.set(code3, set);
  }
  return set;
}

/**
 * franc names a macrolanguage's main member ("arb" Standard Arabic, "lvs" Standard Latvian); the stopword lists and
 * ISO 639-1 codes belong to the macrolanguage ("ara", "ar"). From ISO 639-3's macrolanguage mappings, for franc's
 * languages that have one.
 */
const MACROLANGUAGE = new Map([
  ['arb', 'ara'], ['cmn', 'zho'], ['swh', 'swa'], ['pes', 'fas'], ['prs', 'fas'], ['zlm', 'msa'], ['lvs', 'lav'], ['ekk', 'est'],
  ['als', 'sqi'], ['azj', 'aze'], ['uzn', 'uzb'], ['khk', 'mon'], ['plt', 'mlg'], ['npi', 'nep'], ['pbu', 'pus'], ['ydd', 'yid'],
]);

const TO_639_3 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6391!, l.iso6393]));

/** The English names of the languages with an ISO 639-1 code, one word each ("English", "Swahili"; not "Scottish Gaelic"). */
let languageNames: Set<string> | undefined;

/** Whether a word is the English name of a language ("English", "Mandarin" is not one: the list names "Chinese"). */
export function isLanguageName(word: string): boolean {
  // "Swahili (macrolanguage)" is written "Swahili".
  languageNames ??= new Set(iso6393.filter((l) => l.iso6391).map((l) => l.name.replace(/\s*\(.*\)$/u, '')).filter((name) => /^\p{L}+$/u.test(name)));
  return languageNames.has(word);
}

/** A language's ISO 639-3 code from its ISO 639-1 code, with or without a region ("deu" of "de-AT"); null when there is none. */
export function iso6393Of(code: string): string | null {
  return TO_639_3.get(baseLanguage(code)) ?? null;
}

/** The stopword list of a language by its ISO 639-1 or 639-3 code, lower-cased; null when there is none. */
export function stopwordsFor(code: string): ReadonlySet<string> | null {
  return stoplist(TO_639_3.get(code) ?? code);
}

/**
 * Detects the language with franc's trigram profiles (`franc-fast.ts`) on the page's longer
 * lines only: menus and buttons are short and would blur the profile.
 */
export function detectLanguage(lines: string[]): PageLanguage {
  const prose = proseLines(lines);
  const sample = prose.length >= 40 ? prose : lines.join('\n');
  const code3 = francFast(sample.slice(0, SAMPLE_CHARS), 20);
  if (code3 === 'und') {
    return { code: 'und', how: 'too little running text to recognise the language', isStopword: null };
  }
  const macro = MACROLANGUAGE.get(code3) ?? code3;
  const set = stoplist(code3) ?? stoplist(macro);
  const code = TO_639_1.get(code3) ?? TO_639_1.get(macro) ?? code3;
  return {
    code,
    how: `recognised by character-trigram profile (franc: ${code3})`,
    isStopword: set ? (w) => set.has(w.toLowerCase()) : null,
  };
}

/** How much text the profile is read from (franc itself reads less). */
const SAMPLE_CHARS = 20000;

/**
 * The lines of eight words or more joined by newlines, as far as the sample reaches: the lines past it are not
 * tested, and the sample (the first SAMPLE_CHARS) is the same as of all of them joined.
 */
function proseLines(lines: string[]): string {
  const kept: string[] = [];
  let length = -1;
  for (const l of lines) {
    if (length >= SAMPLE_CHARS) break;
    // A server's error message ("Warning: … on line 12"), printed over every widget of a broken page, is in the
    // server's language, not the page's: a few hundred of them would outweigh the story.
    if (!splitsIntoAtLeast(l, 8) || isScriptError(l)) continue;
    kept.push(l);
    length += l.length + 1;
  }
  return kept.join('\n');
}

const SPACES = /\s+/g;

/** l.split(/\s+/).length >= n, counting white-space runs only until there are enough (a paragraph is not split into an array). */
function splitsIntoAtLeast(l: string, n: number): boolean {
  let pieces = 1;
  SPACES.lastIndex = 0;
  while (pieces < n && SPACES.exec(l)) pieces++;
  return pieces >= n;
}
