/**
 * Calendar dates printed in page text, in the forms news pages use across
 * languages: "November 18, 2019", "6. November 2023", "19 de noviembre de
 * 2019", "4 maja 2021", "2019. november 19.", "19.11.2019", "19/11/2019",
 * "2019-11-19T10:31", "2019年11月19日". Month and weekday names come from the
 * runtime's own locale data (Intl), so every language it knows is covered the
 * same way and no word list is kept here. Only dates with a day, a month and a
 * year are read: "3 days ago" or "May" never become a publication date.
 */
import { alternation, COMMENT_NOUNS, NONE_OR_ONE, PUBLISHED_WORDS } from './cue-words.ts';
import { pathOf, wordsOf } from './text.ts';

/** A calendar date printed in full (day, month and year) in a text. */
export interface PrintedDate {
  iso: string;
  text: string;
  /** Where the date starts in the text. */
  index: number;
  /** A time of day is printed with it ("10:31 pm", "14.08 Uhr"). */
  time: boolean;
}

/** Languages whose month and weekday names are read: most of Europe's, plus the big ones beyond. */
const LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'hu', 'ro',
  'hr', 'sl', 'sr-Latn', 'bs', 'sq', 'ca', 'gl', 'eu', 'tr', 'el', 'ru', 'uk', 'bg', 'id', 'ms', 'vi',
];

const strip = (w: string) => w.normalize('NFC').toLowerCase().replace(/\.$/u, '');

/** Month names (long, short, genitive and stand-alone forms, and unambiguous prefixes of three letters or more) -> month number. */
const MONTHS: Map<string, number> = (() => {
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number | null>();
  const add = (name: string, month: number) => {
    const w = strip(name);
    if (!/^\p{L}+$/u.test(w)) return;
    exact.set(w, month);
    for (let n = 3; n < w.length; n++) {
      const p = w.slice(0, n);
      const seen = prefixes.get(p);
      prefixes.set(p, seen === undefined || seen === month ? month : null);
    }
  };
  for (const locale of LOCALES) {
    let formats: Intl.DateTimeFormat[];
    try {
      formats = [
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      ];
    } catch {
      continue;
    }
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2021, m, 15));
      for (const f of formats) for (const part of f.formatToParts(d)) if (part.type === 'month') add(part.value, m + 1);
    }
  }
  // "Sept" and "Sept." are common and not what Intl prints.
  add('sept', 9);
  const map = new Map<string, number>();
  for (const [p, m] of prefixes) if (m !== null) map.set(p, m);
  for (const [w, m] of exact) map.set(w, m);
  return map;
})();

/** Weekday names (long and short) in the same languages, for telling a dateline from a sentence. */
export const WEEKDAYS: Set<string> = (() => {
  const set = new Set<string>();
  for (const locale of LOCALES) {
    for (const weekday of ['long', 'short'] as const) {
      let f: Intl.DateTimeFormat;
      try {
        f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let d = 0; d < 7; d++) set.add(strip(f.format(new Date(Date.UTC(2021, 1, 7 + d)))));
    }
  }
  return set;
})();

/** Text that is only a weekday before a date ("Monday, ", "Mo., "): what may precede a date at a line's start. */
export function isWeekdayBefore(text: string): boolean {
  const m = /^(\p{L}{2,12})\.?,?\s+$/u.exec(text);
  return m !== null && WEEKDAYS.has(strip(m[1]!));
}

const monthOf = (word: string): number | null => MONTHS.get(strip(word)) ?? null;

/** A month's name or its abbreviation ("Feb", "APR.", "November", "März"), in any of the languages read. */
export function isMonthName(word: string): boolean {
  return monthOf(word) !== null;
}

/** A month and its year alone, a count of posts after it at most ("November 2012", "März 2021 (4)"): an entry of a blog's archive. */
const MONTH_YEAR = /^\s*(\p{L}{3,}\.?)\s+((?:19|20)\d{2})\s*(?:\(\d{1,4}\))?\s*$/u;
/** The longest month name with its year and a count ("September 2024 (1234)"), with room for spaces. */
const MONTH_YEAR_CHARS = 32;
export function isMonthYearLine(text: string): boolean {
  // Such a line is short: most lines are rejected before the pattern is tried.
  if (text.length > MONTH_YEAR_CHARS) return false;
  const m = MONTH_YEAR.exec(text);
  return m !== null && monthOf(m[1]!) !== null;
}

/** Years a news page prints for its own date. */
function yearOf(text: string): number | null {
  if (text.length === 4) {
    const y = Number(text);
    return y >= 1900 && y <= 2099 ? y : null;
  }
  if (text.length === 2) {
    const y = Number(text);
    return y < 70 ? 2000 + y : 1900 + y;
  }
  return null;
}

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date as YYYY-MM-DD when it is a real calendar day (leap years by the Gregorian rule), checked by arithmetic, not by a Date parsed back. */
function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time of day glued to the year before it: the rest of "202207:59" once "2022" is read. */
const GLUED_TIME = String.raw`\d?[:.]\d{2}(?!\d)`;
/** A comment count glued to the year before it: the rest of "06/11/20230 Kommentare" once "2023" is read. */
const GLUED_COUNT = String.raw`\d{1,4}\s*(?:[Kk]ommentare?|[Cc]omments?|[Cc]ommentaires?|[Cc]omentarios?|[Cc]ommenti|[Rr]eacties|[Aa]ntworten|[Rr]eplies|[Rr]esponses)(?!\p{L})`;
const ORD = String.raw`(?:st|nd|rd|th|er|e|º|°)?`;
const WORD = String.raw`(\p{L}{3,}\.?)`;
/**
 * Where a day-first date may start: not inside a number or after a capital (a code such as "MX28"), but
 * after a word in small letters that a copied page ran into it ("Posted on28. Juli 2019", "Anna Berg22. Mai
 * 2020": a theme's label or byline and its date element, printed without a space between).
 */
const GLUED_START = String.raw`(?<![\p{Lu}\p{N}])`;
/** A year ends the date, unless a page glued the next date ("22. Dezember 201923. Dezember 2019") or a time of day ("4 de mayo de 202207:59") to it. */
const YEAR_END = String.raw`(?!\d(?!\d?\.?\s?\p{L}|${GLUED_TIME}))`;
// Each form is bounded and anchored on a digit or a letter run, so the scan stays linear.
// `fourDigits`: the form needs four digits in a row (its year), so a text without them is not scanned for it.
// `hint`: what the form needs, found faster than the form itself, which tries its look-behind at every position.
const FORMS: { re: RegExp; fourDigits: boolean; hint?: RegExp; read: (m: RegExpExecArray, monthFirst: boolean) => [number, number, number] | null }[] = [
  // 2019-11-19, 2019/11/19, 2019.11.19 (with an optional time after)
  { re: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu, fourDigits: true, read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  // 2019年11月19日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, fourDigits: true, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 19. November 2019, 19 de noviembre de 2019, 4 maja 2021, 31. October, 2023 (the small words in capitals too, as pages print whole dates: "6 DE MAYO DE 2022")
  {
    re: new RegExp(String.raw`${GLUED_START}(\d{1,2})${ORD}\.?\s{0,3}(?:[dD][eE]\s+|[oO][fF]\s+)?${WORD},?\s{0,3}(?:[dD][eE][lL]?\s+)?(\d{4})${YEAR_END}`, 'gu'),
    fourDigits: true,
    read: (m) => {
      const month = monthOf(m[2]!);
      return month ? [Number(m[3]), month, Number(m[1])] : null;
    },
  },
  // November 18, 2019; Nov 19, 2019; mayo 11, 2022; August 2nd, 2012
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}\s{1,3}(\d{1,2})${ORD},?\s{1,3}(\d{4})${YEAR_END}`, 'gu'),
    fourDigits: true,
    // The day and the year after the month's name: "18, 2019", "2nd, 2012".
    hint: new RegExp(String.raw`\d${ORD},?\s{1,3}\d{4}`, 'u'),
    read: (m) => {
      const month = monthOf(m[1]!);
      return month ? [Number(m[3]), month, Number(m[2])] : null;
    },
  },
  // 2019. november 19. (Hungarian, Lithuanian order)
  {
    re: new RegExp(String.raw`(?<![\p{N}])(\d{4})\.?\s{1,3}${WORD}\s{1,3}(\d{1,2})\.?(?!\d)`, 'gu'),
    fourDigits: true,
    read: (m) => {
      const month = monthOf(m[2]!);
      return month ? [Number(m[1]), month, Number(m[3])] : null;
    },
  },
  // 19.11.2019, 18. 05. 2014, 6.11.22; a two-digit year with its time glued on ("28.09.1912:44" is 28.09.19, 12:44)
  // (day first, as Europe prints it; month first when the day cannot be the first part: 07.13.12)
  {
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\s?\.\s?(\d{1,2})\s?\.\s?(\d{4}(?=${GLUED_COUNT})|\d{4}(?!\d(?!${GLUED_TIME})|:\d{2}(?!\d))|\d{2}(?!\d(?!${GLUED_TIME})))(?!\.\d)`, 'gu'),
    fourDigits: false,
    read: (m) => (Number(m[2]) > 12 ? [yearOf(m[3]!) ?? 0, Number(m[1]), Number(m[2])] : [yearOf(m[3]!) ?? 0, Number(m[2]), Number(m[1])]),
  },
  // 11/19/2019 or 19/11/2019, 07-30-2008: the order is the page language's unless a part over 12 settles it.
  {
    re: new RegExp(String.raw`(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}(?=${GLUED_COUNT})|(?:\d{4}|\d{2})(?![\d/-]))`, 'gu'),
    fourDigits: false,
    read: (m, monthFirst) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = yearOf(m[4]!) ?? 0;
      if (a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      return monthFirst ? [year, a, b] : [year, b, a];
    },
  },
];

/** Numeric dates with a separator: the parts whose order a page must settle (11/10/2019, 03-04-2020). */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])/gu;

/**
 * The order a page prints its numeric dates in, when a date of it shows one: a first part over 12
 * is a day (day first), a second part over 12 is a day (month first). The more frequent wins;
 * null when none shows or as many show each order.
 */
export function numericOrder(texts: string[]): boolean | null {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const t of texts) {
    if (!/\d[/-]\d/u.test(t)) continue;
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(t); m; m = NUMERIC.exec(t)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  }
  return monthFirst === dayFirst ? null : monthFirst > dayFirst;
}

/** A time of day ("14:08", "10:31 pm", "18h30", "9 am"). */
export const TIME_OF_DAY = /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h\b)?|\b\d{1,2}\s*[ap]\.?m\.?/iu;

/**
 * Full calendar dates printed in the text, in order. `monthFirst` reads an
 * ambiguous 11/10/2019 as November 10 (as American pages print it); otherwise
 * as 11 October.
 */
export function printedDates(text: string, monthFirst = true): PrintedDate[] {
  // Cheap test first: most lines hold no year.
  if (!/\d/u.test(text)) return [];
  // Detectors ask about the same short lines (datelines, comment entries, the header): answers are kept per line.
  if (text.length > DATE_MEMO_MAX_CHARS) return findDates(text, monthFirst);
  // One memo per reading, keyed by the text itself: a key built per call ("m" + text) was a new string to hash each time.
  const memo = monthFirst ? monthFirstMemo : dayFirstMemo;
  const known = memo.get(text);
  if (known) return known.slice();
  const found = findDates(text, monthFirst);
  if (memo.size >= DATE_MEMO_SIZE) memo.clear();
  memo.set(text, found);
  return found;
}

const monthFirstMemo = new Map<string, PrintedDate[]>();
const dayFirstMemo = new Map<string, PrintedDate[]>();
const DATE_MEMO_SIZE = 4096;
const DATE_MEMO_MAX_CHARS = 300;

/**
 * What every form holds: four digits in a row (a year) or two digits around a separator
 * (19.11.22, 11/19/19). Text without either holds no date, and is not scanned by the seven forms.
 */
const MAY_HOLD_DATE = /\d{4}|\d\s?[./-]\s?\d/u;

const FOUR_DIGITS = /\d{4}/u;

function findDates(text: string, monthFirst: boolean): PrintedDate[] {
  const found: PrintedDate[] = [];
  if (!MAY_HOLD_DATE.test(text)) return found;
  const fourDigits = FOUR_DIGITS.test(text);
  for (const form of FORMS) {
    if ((form.fourDigits && !fourDigits) || (form.hint && !form.hint.test(text))) continue;
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const ymd = form.read(m, monthFirst);
      const iso = ymd && ymd[0] >= 1900 ? isoOf(ymd[0], ymd[1], ymd[2]) : null;
      if (!iso || found.some((f) => m!.index < f.index + f.text.length && f.index < m!.index + m![0].length)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      found.push({ iso, text: m[0], index: m.index, time: TIME_OF_DAY.test(after) || TIME_OF_DAY.test(before) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words a dateline may carry besides its date: labels ("Published", "Stand"), "at", "on", time words. */
const DATELINE_WORDS = /^(?:published|updated|posted|last|modified|date|first|page|on|at|am|um|le|el|il|op|dne|den|de|del|à|a|o|w|kl|klo|kello|ora|às|um|uhr|h|hrs|hs|las|horas|am|pm|utc|gmt|cet|cest|est|edt|pst|pdt|cst|cdt|bst|ist|jst|mez|mesz|stand|veröffentlicht|publiziert|aktualisiert|publié|publiée|mis|jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|aktualizacja|zaktualizowano|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|udgivet|sist|senest|julkaistu|päivitetty|publikováno|aktualizováno|time|hours?|ago|vor|il|y|a)$/iu;

/** Time zones written short in capitals only ("06:50 ET", "8:26 PM PT"): in small letters "et" is a word ("and"). */
const ZONE_CAPITALS = /^(?:ET|CT|MT|PT|AEST|AEDT|ACST|AWST|NZST|NZDT)$/u;

/**
 * A line that is only a date (with an optional label such as "Published:",
 * a weekday, a time of day and time-zone): a dateline.
 */
export function datelineDate(text: string, monthFirst = true): PrintedDate | null {
  const t = text.trim();
  if (t.length > 100 || !/\d/u.test(t)) return null;
  const found = printedDates(t, monthFirst);
  if (found.length === 0 || found.length > 2) return null;
  // Two dates on one line are "published … updated …": the line is still a dateline.
  let rest = t;
  for (const d of found) rest = rest.replace(d.text, ' ');
  // The place the story was filed from, before a dash or comma ("Wien - Mittwoch, 02.02.2022, 11:17 Uhr").
  rest = rest.replace(FILED_FROM, ' ');
  const leftover = (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !WEEKDAYS.has(strip(w)) && !DATELINE_WORDS.test(w) && !ZONE_CAPITALS.test(w));
  if (leftover.length === 0) return found[0]!;
  // A post's meta line: its date first, then its author's handle and category, then the comment count ("5. November 2021 admin News 0"),
  // or the count alone, or its author's name and the count between dashes; or the date and the place the story was filed in.
  const after = found.length === 1 && found[0]!.index === 0 ? t.slice(found[0]!.text.length) : null;
  return after !== null && (POST_META_AFTER.test(after) || FILED_IN.test(after) || COMMENT_COUNT_AFTER.test(after) || AUTHOR_COUNT_AFTER.test(after)) ? found[0]! : null;
}

/** After a post's date, its comment count beside it ("August 3, 2012 · 0 comments", "3. Mai 2021 | Keine Kommentare"). */
const COMMENT_COUNT_AFTER = new RegExp(String.raw`^\s*[·|•–-]\s*(?:\d{1,5}|${alternation(NONE_OR_ONE)})\s+(?:${alternation([...COMMENT_NOUNS, 'response', 'responses', 'reactie', 'reacties'])})\s*$`, 'iu');

/** After a dateline's date, the place it was filed in ("31. Jan. 2022 in Köln, Deutschland", "3 mars 2021 à Lyon"). */
const FILED_IN = /^\s+(?:in|à|en|a|w)\s+\p{Lu}[\p{L}.'’-]*(?:[\s-]\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?\s*$/u;

/** A place, or the desk that filed it, of up to three capitalised words opening a dateline, before its dash, bullet or comma ("Handball Schweiz • 02.02.2022"); a name with an article ("The Briefing, …") heads a title. */
const FILED_FROM = /^\s*(?!(?:The|THE|Der|Die|Das|Le|La|Les|El|Los|Il|De|Het)\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:[-–—|•·]|,(?=\s*\P{Lu}))\s/u;
/** After a post's date: one to three words without punctuation (a handle, a category), then a count. */
const POST_META_AFTER = /^\s+[\p{L}][\p{L}\p{N}_-]*(?:\s+[\p{L}][\p{L}\p{N}_-]*){0,2}\s+\d{1,4}\s*$/u;
/** After a post's date (and its time): a dash, its author's name, a dash and the count of its comments ("um 16:14 Uhr - Jane Doe - 12 Kommentare"). */
const AUTHOR_COUNT_AFTER = /^\s*(?:(?:[Uu]m|at|à|,)\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:Uhr|h|[ap]\.?m\.?)?\s+)?[·|•–-]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+[·|•–-]\s+\d{1,5}\s+\p{L}+\s*$/u;

/** A line that is a day without its year ("November 12", "Nov. 9", "12. November"): a list's date of each entry. */
export function isDayLine(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const day = (w: string) => /^\d{1,2}\.?$/u.test(w) && Number.parseInt(w, 10) >= 1 && Number.parseInt(w, 10) <= 31;
  return (isMonthName(a) && day(b)) || (day(a) && isMonthName(b));
}

/** What a blog's post line says of the post itself; `noun` is the post's noun ("entry ", or optional). */
const postPhrase = (noun: string) =>
  String.raw`this ${noun}was (?:posted|published|written)|(?:dieser|der) (?:beitrag|eintrag|artikel)(?: ["„“][^"“”]{1,150}["“”])? wurde\b(?:[^.]|(?<=\d)\.){0,200}\b(?:veröffentlicht|geschrieben|erstellt)|cet? (?:article|billet) a été publié|esta entrada fue publicada|(?:erstellt|verfasst|geschrieben|veröffentlicht) am\b(?:[^.]|(?<=\d)\.){0,120}\bund (?:ist )?abgelegt unter|posted on\b(?:[^.]|(?<=\d)\.){0,120}\band (?:is )?filed under|(?:posted|published) on\b(?:[^.]|(?<=\d)\.){0,60}\bin\b[^.]{1,120}\.\s*tag(?:s|ged)\b`;
/**
 * A line that says the post itself was published, the label anywhere in it: a blog's post line
 * ("This entry was posted in News on May 3, 2012", "Dieser Beitrag wurde am 04.02.2020 veröffentlicht", "Erstellt am 6. Mai 2014
 * und abgelegt unter Linux", "Posted on May 3, 2012 and filed under News", "Published on May 3, 2012 in News. Tags: …"; a full stop after a
 * digit is the date's, as in "am 27. November 2019 … veröffentlicht").
 */
export const POST_LINE = new RegExp(String.raw`\b(?:${postPhrase('(?:entry |post |article |story )?')})`, 'iu');
/** A publication label opening a line, with its connector ("Posted on", "Veröffentlicht am", "Publié le", "Publicado el"). */
const POSTED_LABEL = new RegExp(String.raw`^\s*(?:posted|erstellt|verfasst|${alternation(PUBLISHED_WORDS)})\s*(?:on|am|le|el|il|op|em|w)?\s*:?\s*`, 'iu');
/** Words of such a line at most: the date, the author and a comment count, not a sentence. */
const POSTED_LINE_WORDS = 16;

/**
 * A short line that opens with a publication label right before its date ("Posted on 28. Juli 2019
 * Author Ann Lee 4 Kommentare", a theme's meta line copied with its parts run together): a dateline.
 */
export function isPostedDateLine(text: string): boolean {
  const label = POSTED_LABEL.exec(text);
  if (!label || label[0].trim() === '' || wordsOf(text).length > POSTED_LINE_WORDS) return false;
  const first = printedDates(text.slice(0, label[0].length + 40))[0];
  return first !== undefined && first.index <= label[0].length + 1;
}

/** Words a post line runs to at most, its filing and feed included. */
export const POST_LINE_MAX_WORDS = 80;
/** A line that opens as a post line naming the post ("This entry was posted on …"): page furniture, where "This was posted by the police…" is the story's. */
export const OPENS_POST_LINE = new RegExp(String.raw`^\s*(?:${postPhrase('(?:entry |post |article |story )')})`, 'iu');

/**
 * Labels of a fact a page states about a thing, not about itself: a game's release, an event's
 * date, a deadline, a forum member's joining, a birth ("Release: 10.11.2023", "Termin: 21.02.2020").
 */
export const FACT_LABEL = /(?:^|[^\p{L}])(?:release(?:\s+date)?|released|releasedatum|erscheinungstermin|kinostart|premiere|estreno|sortie|date de sortie|uscita|data di uscita|lanzamiento|fecha de lanzamiento|termin|event|veranstaltung|deadline|einsendeschluss|anmeldeschluss|bewerbungsschluss|aktionszeitraum|laufzeit|registriert|registered|joined|member since|mitglied seit|dabei seit|letzter beitrag|last post|geboren|born|gestorben|died|gegründet|founded|gültig (?:bis|ab|seit)|valid (?:until|from|through)|expires|ablaufdatum|anreise|abreise|check-in|check-out)\s*[:：]?\s*$/iu;

/** The text a date's label stands in: up to 40 characters before the date, without the separators closing it. */
export function textBefore(text: string, d: PrintedDate): string {
  return text.slice(Math.max(0, d.index - 40), d.index).replace(/[\s|·•,–—-]+$/u, '');
}

/** A date printed as a fact's value ("Termin: 21.02.2020, 19 Uhr"): an event's, not a post's or a comment's. */
export function isFactDate(text: string, d: PrintedDate): boolean {
  return FACT_LABEL.test(textBefore(text, d));
}

/** Dates written into a URL path: /2023-04-19/, /2023/04/19/ or /20230419/. */
export function urlDate(url: string): { iso: string; text: string } | null {
  const path = pathOf(url);
  const m = /(?:^|\/|[-_])((?:19|20)\d{2})([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|\/|[-_.])/.exec(path);
  if (!m) return null;
  const iso = isoOf(Number(m[1]), Number(m[3]), Number(m[4]));
  if (!iso) return null;
  return { iso, text: m[0].replace(/^[/_-]/, '') };
}
