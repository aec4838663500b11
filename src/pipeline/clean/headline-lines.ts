/**
 * Lines shaped like a headline that are never the story's (furniture: a slide counter, an e-mail
 * address, a recipe card's line or figure, a template's placeholder, a field's label and date, a forum post's number, a date with its tags or a post's meta line,
 * a picture's credit, a button to follow, a shell command, a street address, a fact box's fields, a
 * weather widget; rows of links), and kickers that name the piece's form or section over it. The
 * headline picker (headline.ts) asks; cleaning's header zone also asks about rows of links, counts
 * of ratings and titles that hold their post's date.
 */
import { isWeekdayBefore, printedDates, type PrintedDate } from './dates.ts';
import { wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/** "3/5", "3 of 5", "Bild 3 von 9", "Foto 3 de 9": which slide of a gallery or slide show is shown. */
const SLIDE_COUNTER = /^(?:(?:bild|foto|photo|image|slide|picture|zdjęcie|imagen|immagine)\s+)?(\d{1,3})\s*(?:\/|of|von|de|sur|di|van|z)\s*(\d{1,3})$/iu;

/** A line that only counts the slides of a gallery: the first number is one of the slides (at most the second, which is two or more). */
export function isSlideCounter(text: string): boolean {
  const m = SLIDE_COUNTER.exec(text.trim());
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= 2;
}

/** A line that is one e-mail address and nothing else. */
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

export function isEmailAddressLine(text: string): boolean {
  return EMAIL_ONLY.test(text.trim());
}

/** A preposition that leads a title to its date ("… of 10 October 2019", "… vom 10. Oktober 2019"). */
const DATE_OF = /\s(?:of|for|from|vom|zum|du|del|de|dal)\s+$/iu;
/** A field's label opening a line ("Version:", "Stand:"). */
const FIELD_OPENING = /^\p{L}[\p{L} ]{0,24}:\s/u;
/** Words before the date of a headline that names its post by the date, at least: a title, not a section's label. */
const NAMED_BY_DATE_WORDS = 3;

/**
 * A headline that names its post by a date after a dash or a preposition ("Week in Review - October 29, 2012", "Minutes of
 * the board meeting of 10 October 2019", "Protokoll der Sitzung vom 10. Oktober 2019"): a title that holds a date, not a
 * dateline beside one. ("on" is left out: "Posted by Jane Doe on …" is a byline.) `dates` are the line's printed dates, when the
 * caller has read them already.
 */
export function isNamedByDate(text: string, dates: PrintedDate[] = printedDates(text.trim())): boolean {
  const t = text.trim();
  const last = dates[dates.length - 1];
  if (!last || dates.length > 1 || last.index + last.text.length < t.replace(/[.!]$/u, '').length) return false;
  const before = t.slice(0, last.index);
  const joined = /\s[-–—]\s*$/u.test(before) || DATE_OF.test(before);
  // A field's label ("Version: 9.04 - vom 12.02.2020") or a separator makes it a meta line.
  return joined && wordsOf(before).length >= NAMED_BY_DATE_WORDS + (DATE_OF.test(before) ? 1 : 0) && !/[|·•\t]/u.test(before) && !FIELD_OPENING.test(before);
}

/** A numeric date glued to the one after it ("17/11/201917/11/2019"): the year is cut from the next date. */
const GLUED_NUMERIC_DATE = /(\d{4})(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))/gu;
/** Separators of a post's meta line ("24 May 2018 | Travel | 1 comment", "17/11/2019 ~ Jane Doe"). */
const META_SEPARATOR = /[|~•·]/u;

/**
 * "1 March 2024 Eastham, Transport, Police", "24 May 2018, 08:30 | Travel | 1 comment", "17/11/2019 ~ Jane Doe":
 * a date and what is filed with it (the place, tags, the author, a comment count: items of a word or two), not a headline.
 * Items split by commas alone need two; a separator like "|" marks a meta line with one.
 */
function datedTags(text: string): boolean {
  const unglued = text.replace(GLUED_NUMERIC_DATE, '$1 ');
  const dates = printedDates(unglued);
  if (dates.length === 0 || (dates[0]!.index !== 0 && !isWeekdayBefore(unglued.slice(0, dates[0]!.index)))) return false;
  let rest = unglued.slice(dates[0]!.index);
  // A date glued to the one before it ("1 March 20241 March 2024") is found once the first is gone.
  for (let found = dates, k = 0; found.length > 0 && k < 3; found = printedDates(rest), k++) for (const d of found) rest = rest.replace(d.text, ' ');
  const meta = META_SEPARATOR.test(rest);
  const items = meta ? rest.split(/[|~•·,]/u).map((t) => t.trim()).filter((t) => t.length > 0) : commaItems(rest);
  return items !== null && items.length >= (meta ? 1 : 2) && items.every((t) => wordsOf(t).length <= TAG_WORDS);
}

/** "Photograph by Jane Doe, Agency": a picture's credit line, in English ("Foto von" and "Photos de" also name what a picture shows). */
const CREDIT_BY = /^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video)\s+by\s+\p{L}/iu;

/** "Follow us on Twitter", "Follow @handle", "Follow Night Bus Notes...": a button to follow the site or its author. */
const FOLLOW_BUTTON = /^(?:[Ff]ollow|[Ff]olgen(?: [Ss]ie)?|[Ss]uivez|[Ss]eguir|[Ss]igue|[Ss]egui)\s+(?:(?:us|me|uns|mir|nous|nos)\b[^.!?]{0,30}|@\S+|\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|of|on|the|and|at|&))*)(?:\.\.\.|…)?$/u;

/** A shell command ("./configure --prefix=/usr/local", "$ npm install"): code printed in the story, not its headline. */
const COMMAND_LINE = /^(?:\.{1,2}\/|\$\s|sudo\s)|(?:^|\s)--?[a-z][\w-]*=\S+.*\s--?[a-z][\w-]*/u;
/** A street and its number, with or without a postcode ("Mill Road 12, 3011 Eastham", "Beethovenstr. 1"): an address block's line. */
const POSTAL_ADDRESS = /^[\p{L}.-]+(?:str\.|straße|strasse|gasse|weg|allee|platz)\s*\d+[a-z]?\b|^[\p{L} .'-]*\b(?:street|st\.|road|rd\.|avenue|ave\.|lane|boulevard|blvd\.|str\.|straße|strasse|rue|calle|via|avenida)\s*\d+[a-z]?\s*,\s*(?:\d{4,5}\s+\p{L}|[\p{L} ./-]+,\s*\d{4,5}\s*$)/iu;

/** A forum post's number over its text ("Beitrag #1", "Post #12"): the post's furniture, not the thread's title. */
const POST_NUMBER = /^[\p{L}]+\s*#\s?\d{1,6}$/u;
/** A quantity and a unit of the kitchen opening a line: an ingredient ("500 ml Milch", "2 EL Zucker", "1 cup flour"). */
const INGREDIENT_LINE = /^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s*(?:g|kg|mg|ml|cl|dl|l|el|tl|tbsp|tsp|cups?|oz|lbs?|pfund|prisen?|stück|scheiben?|bund|dosen?|päckchen|pck\.?|c\.\s?à\s?s\.?|c\.\s?à\s?c\.?|cda|cdta)\.?(?=\s|$)/iu;
/** One or two label words and a time, nothing else, or the servings: a recipe's card ("Total 1 hr 50 min", "Koch-/Backzeit ca. 1 Stunde", "Servings 12"). */
const DURATION_LINE = /^(?:[\p{L}/-]+:?\s+){0,2}(?:(?:ca\.|etwa|about|approx\.?|env\.)\s*)?(?:\d+\s*[x×]\s*)?(?:\d+\s*(?:h|hrs?|hours?|min|mins|minutes?|std|stunden?|minuten?|sek|sec|secs|seconds?)\.?\s*){1,3}$|^(?:servings|serves|yield|makes|portionen|portions|personen|raciones|porciones|porzioni)\s*:?\s*\d+(?:\s*[-–]\s*\d+)?$/iu;

/** A number and its unit, nothing else ("4512 kcal", "30 Min.", "12 km"): a figure of a card or a fact box. A capitalised word after a number ("2 Guns") may be a title. */
const MEASURE_LINE = /^\d+(?:[.,]\d+)*\s*(?:\p{Ll}{1,5}|\p{L}{1,5}\.)$/u;

/** A label of a word or two and its colon ("Release:", "Erschienen am:", "Published:"). */
const FIELD_LABEL = /^\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,2}\s*[:：]\s*$/u;

/** "Release: 14.11.2019", "Published: 3 March 2024, 08:30": a field of a fact box or a post's date, a label and a date alone. */
function labelledDate(text: string): boolean {
  const colon = text.search(/[:：]/u);
  if (colon < 0 || colon > 40) return false;
  const d = printedDates(text)[0];
  if (!d || !FIELD_LABEL.test(text.slice(0, d.index))) return false;
  // What follows the date is its time at most ("08:30", "14:00 Uhr").
  return /^[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?\s*$/iu.test(text.slice(d.index + d.text.length));
}

/** A template's placeholder left unfilled ("Connect with %s", "Hello {{name}}", "${title}"): a widget's string, never written for a reader. */
const PLACEHOLDER = /%(?:\d\$)?[sd](?![\p{L}\d])|\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\}/u;

/**
 * Furniture shaped like a headline: an e-mail address, a recipe card's line, a figure with its unit, an unfilled
 * placeholder, a label with a date, a post's number, a date with its tags, a command, an address, a credit, a follow button.
 */
export function isFurnitureLine(t: string): boolean {
  return EMAIL_ONLY.test(t) || INGREDIENT_LINE.test(t) || DURATION_LINE.test(t) || MEASURE_LINE.test(t) || PLACEHOLDER.test(t) || labelledDate(t) || POST_NUMBER.test(t) || datedTags(t) || COMMAND_LINE.test(t) || POSTAL_ADDRESS.test(t) || CREDIT_BY.test(t) || FOLLOW_BUTTON.test(t);
}

/** "Interview with Dana Wells", "Im Gespräch mit …", "Dana Wells im Talk": the piece's form and its guest, printed over the headline. */
const FORM_KICKER = /^(?:(?:an?\s+|exclusive\s+|das\s+|ein\s+|l'|une?\s+)?(?:interview|entretien|entrevista|intervista|wywiad|gespräch|q\s?&\s?a)\s+(?:with|mit|avec|con|a|z|de)\s|(?:im|in)\s+(?:interview|gespräch)\s+mit\s)|\s(?:im|in)\s+(?:talk|interview|gespräch)$/iu;
/** "News from the county", "Neues aus dem Verlag", "Press release | …": the name of a list of posts, printed over the one shown. */
const SECTION_KICKER = /^(?:neues|news|meldungen|nachrichten|aktuelles|updates|latest|noticias|actualités|nouvelles|story|stories|storys|mehr|more|artikel|beiträge|posts)\s+(?:aus|from|vom|von|de|du|des|della|dal)\s|^(?:press release|news release|media release|pressemitteilung|pressemeldung|presseinformation|medienmitteilung|communiqué de presse|nota de prensa|comunicado de prensa|comunicato stampa)\b/iu;

/** A kicker: the piece's form and its guest, or the list it is filed in. */
export function isKicker(text: string): boolean {
  return FORM_KICKER.test(text) || SECTION_KICKER.test(text);
}

/** Items of a row of links are a few words each. */
const ROW_ITEM_WORDS = 3;
const ROW_ITEMS = 3;
/** A row of short links is a short line. */
const ROW_MAX_CHARS = 300;

/** Three or more short items between separators ("News · Sport · Weather", "Section | Blog | Topic"): a row of links, not a headline. */
export function isLinkRow(text: string): boolean {
  // Split at the separators alone and trim the items: spaces around a separator matched by the
  // pattern would cost quadratic time on a long run of spaces.
  if (text.length > ROW_MAX_CHARS) return false;
  const items = text.split(/[|·•]/u).map((t) => t.trim()).filter((t) => t.length > 0);
  if (items.length >= ROW_ITEMS && items.every((t) => wordsOf(t).length <= ROW_ITEM_WORDS)) return true;
  return doubledItems(text) || tagList(text) || gluedTrail(text);
}

/** A post's tags run on one line: this many items or more, each a word or two, split by commas alone. */
const TAG_ITEMS = 4;
const TAG_WORDS = 2;

/** "Politics, Elections, New, Top story": a post's tags, not a headline (a headline's list closes with "and"; a dated one holds a date's commas). */
function tagList(text: string): boolean {
  if (/\d/u.test(text)) return false;
  const items = commaItems(text);
  if (items === null) return false;
  // Three single words are tags or a slogan too ("Freedom, Justice, Transparency").
  return (items.length >= TAG_ITEMS && items.every((t) => wordsOf(t).length <= TAG_WORDS)) || (items.length === 3 && items.every((t) => wordsOf(t).length === 1));
}

/** The items of a line split by commas, or null when one is empty (",," or a closing comma). */
function commaItems(text: string): string[] | null {
  const items = text.split(',').map((t) => t.trim());
  return items.some((t) => t.length === 0) ? null : items;
}

/** Where a lower-case letter runs straight into a capital: two menu entries whose text was glued by the dump. */
const GLUED = /\p{Ll}{3}\p{Lu}(?=\p{Ll}{2})/gu;

/** "SectionNewsroomHeadline": a breadcrumb whose steps the dump glued together (one glue is a brand, "PlayStation"). */
function gluedTrail(text: string): boolean {
  return (text.match(GLUED) ?? []).length >= 2;
}

/**
 * Two or more short items each printed twice in a row ("Blog Blog Status Status Team Team"):
 * a menu whose links repeat their label (an icon's text, then the link's), not a headline.
 */
function doubledItems(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  let items = 0;
  for (let i = 0; i < words.length; items++) {
    let size = 1;
    while (size <= ROW_ITEM_WORDS && !sameRun(words, i, size)) size++;
    if (size > ROW_ITEM_WORDS) return false;
    i += 2 * size;
  }
  return items >= 2;
}

function sameRun(words: string[], at: number, size: number): boolean {
  if (at + 2 * size > words.length) return false;
  for (let k = 0; k < size; k++) if (words[at + k] !== words[at + size + k]) return false;
  return true;
}

/** "Publisher: Northway", "Pages: 448", "Series: Night Lines": a field of a fact box, its label of a word or three before a colon. */
const FIELD_LINE = /^\p{L}[\p{L}\p{N}.'’/-]*(?:\s+[\p{L}\p{N}.'’/-]+){0,2}\s*:\s+([^?!]+)$/u;
/** Words of a field's value at most (a headline after a topic and a colon runs longer, or asks). */
const FIELD_VALUE_WORDS = 3;
/** How many field lines among a line and the two on each side of it make a fact box. */
const FACT_BOX_FIELDS = 3;

/**
 * Lines of a fact box: three or more "Label: value" lines near each other (a book's publisher, pages and
 * series; a product's specifications). One field alone ("Mayor: We will build the bridge") may be a headline.
 */
export function factBoxLines(units: Unit[]): Set<number> {
  const field = units.map((u) => {
    const m = u.kind === 'text' ? FIELD_LINE.exec(u.text.trim()) : null;
    return m !== null && wordsOf(m[1]!).length <= FIELD_VALUE_WORDS;
  });
  const box = new Set<number>();
  field.forEach((f, i) => {
    if (!f) return;
    let n = 0;
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < field.length; j++) if (field[j]) n++;
    if (n >= FACT_BOX_FIELDS) box.add(i);
  });
  return box;
}

/** "+35°C", "12 °F", "-3°": a weather widget's temperature. */
const TEMPERATURE = /^[+\-−]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?$/u;

/** A weather widget in the page's header: its temperature, or the place named right over it ("Eastham" / "+21°C"). */
export function isWeatherLine(units: Unit[], i: number): boolean {
  const text = units[i]!.text.trim();
  const next = units[i + 1];
  return TEMPERATURE.test(text) || (next !== undefined && next.kind === 'text' && TEMPERATURE.test(next.text.trim()));
}

/** "652 Ratings", "459 Reviews", "12 Bewertungen": a count of readers' ratings under a recipe's or a product's name. */
const RATING_COUNT = /^\d[\d.,]*\s*(?:ratings?|reviews?|votes?|bewertungen|rezensionen|stimmen|avis|évaluations?|valoraciones|reseñas|votos|recensioni|voti|opinii|ocen)$/iu;

/** A line counting readers' ratings or reviews: header furniture beside a name, as a byline is beside a headline. */
export function isRatingCount(text: string): boolean {
  return RATING_COUNT.test(text.trim());
}
