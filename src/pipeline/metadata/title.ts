import { commentCounts, trailingCommentCount } from '../clean/comments.ts';
import { printedDates } from '../clean/dates.ts';
import { sentences } from '../clean/sentences.ts';
import { normaliseKey, wordsOf } from '../clean/text.ts';
import type { CleanResult, Seed } from '../types.ts';
import { countWords } from './counts.ts';
import { withoutRunInKicker } from './run-in-kicker.ts';

/** A lead sentence longer than this is cut at a clause boundary to derive a headline from it. */
const DERIVED_MAX_WORDS = 25;

export interface TitleChoice {
  title: string;
  how: string;
  /** Index of the node that became the title (then left out of the body), or null. */
  index: number | null;
  /** The page prints no headline: the title was derived from the lead. */
  derived: boolean;
}

/** The headline the cleaner found; else a headline derived from the lead; else the file name. */
export function pickTitle(seed: Seed, clean: CleanResult): TitleChoice {
  const { nodes } = clean;
  if (clean.headline !== undefined) {
    if (clean.headline !== null && nodes[clean.headline]) {
      const node = nodes[clean.headline]!;
      const tidy = withoutRunInKicker(withoutCommentCount(tidyHeadline(node.text, clean.siteName?.name ?? null), clean), clean);
      const trimmed = tidy.rest ? `; "${tidy.rest}" printed on the same line left out` : '';
      return { title: tidy.title, how: `headline: the line that heads the story (line ${node.line ?? '?'})${trimmed}`, index: clean.headline, derived: false };
    }
  } else {
    // A CleanResult built without headline detection: the first heading of three words or more.
    const heading = nodes.findIndex((n) => n.kind === 'heading' && countWords(n.text) >= 3);
    if (heading >= 0) return { title: nodes[heading]!.text, how: 'first heading-like line', index: heading, derived: false };
  }
  const first = nodes.find((n) => n.kind === 'paragraph' && countWords(n.text) >= 3);
  if (first) return { title: leadHeadline(first.text), how: 'derived: the page prints no headline, so the title is the lead\'s first sentence (or its first clause)', index: null, derived: true };
  return { title: seed.id, how: 'no headline or paragraph: seed file name used', index: null, derived: true };
}

/** "Headline 427", where the page counts 427 comments elsewhere ("100 of 427 comments"): the count is not the headline's. */
function withoutCommentCount(tidy: { title: string; rest: string }, clean: CleanResult): { title: string; rest: string } {
  // "Headline 12 Comments": the page's count of comments run onto the headline's line.
  const at = trailingCommentCount(tidy.title);
  if (at !== null) return { title: tidy.title.slice(0, at).replace(/[\s,;:|·•–—-]+$/u, ''), rest: [tidy.rest, tidy.title.slice(at).trim()].filter(Boolean).join(' ') };
  const m = /^(.*\S)\s+(\d{1,6})$/u.exec(tidy.title);
  if (!m || wordsOf(m[1]!).length < 3) return tidy;
  const n = m[2]!;
  const counted = clean.removed.some((r) => r.category === 'comments' && commentCounts(r.text).includes(n));
  return counted ? { title: m[1]!, rest: [tidy.rest, n].filter(Boolean).join(' ') } : tidy;
}

/**
 * A byline printed after the headline: after a separator ("… | von X", "… - by X"), or an
 * English "By" / "Posted by" with a capital (a lower-case "von" or "by" is part of a sentence).
 */
const TRAILING_BYLINE = /\s+[-–—|·•/]+\s*(?:(?:posted|written|published)\s+by|by|von|par|por|door|przez)(?:\s+\S.*)?$|\s+(?:(?:Posted|Written|Published)\s+by|By|BY)(?:\s+(?!(?:My|The|A|An|Our|Your|His|Her|Its|Their|This|That)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*$/u;

/** Words that lead into a date that is part of a headline ("… for October 19", "… bis 3. März", "… du 4 mars"). */
const DATE_PREPOSITION = /(?<!\p{L})(?:for|on|until|till|since|by|from|to|of|in|at|before|after|through|until|between|and|am|an|vom|bis|seit|ab|zum|zur|nach|vor|für|le|du|au|dès|depuis|jusqu'au|el|del|de|desde|hasta|il|dal|dall'|al|fino al|op|tot|van|sinds|w|od|do|z|na|przed|po)$/iu;

/** After a date, a byline may follow without a separator ("… March 4, 2024 by Ana Ruiz"). */
const AFTER_DATE_BYLINE = /^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished)\s+by|[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez)\s+\p{Lu}/u;

/** A first word of six letters or more printed twice ("Compost Compost bin …"); a place named twice ("Bora Bora", "Walla Walla") is shorter. */
const DOUBLED_FIRST_WORD = /^(\p{L}{6,})\s+(?=\1\s)/u;

/**
 * The headline without what a page printed after it on the same line: its
 * date and byline ("… August 8, 2012 by Staff"), a trailing "By", or the
 * site's name after a separator ("… | Example News"); and without a first word
 * the dump printed twice. The headline's own words are never cut.
 */
export function tidyHeadline(text: string, siteName: string | null): { title: string; rest: string } {
  let title = text.trim();
  const words = wordsOf(title).length;
  // "Home / News / Headline", "Forum>Phones>Headline": a breadcrumb that ends in the headline.
  const crumbs = title.split(/\s*[>»›]\s*|\s+[/|]\s+/u);
  const last = crumbs[crumbs.length - 1]!;
  const crumb = (c: string) => wordsOf(c).length >= 1 && wordsOf(c).length <= 3 && /^[\p{L}\p{N} &'’.-]+$/u.test(c.trim());
  if (crumbs.length >= 2 && crumbs.slice(0, -1).every(crumb) && wordsOf(last).length >= 3) title = last.trim();
  // A date glued to the first word ("27.01.2022Quarterly figures …"): the page's date element, run into the headline by the dump.
  const opening = printedDates(title)[0];
  if (opening && opening.index === 0 && /^\p{L}/u.test(title.slice(opening.text.length)) && wordsOf(title.slice(opening.text.length)).length >= 2) title = title.slice(opening.text.length);
  // "Compost Compost bin for the balcony": a picture's text run into the headline's first word, which the dump then prints twice.
  const doubled = DOUBLED_FIRST_WORD.exec(title);
  if (doubled && wordsOf(title).length >= 3) title = title.slice(doubled[1]!.length).trimStart();
  // A date near the end, after the headline's words, with at most a byline or a time after it.
  const dates = printedDates(title);
  const lastDate = dates[dates.length - 1];
  if (lastDate && wordsOf(title.slice(0, lastDate.index)).length >= 3 && wordsOf(title.slice(lastDate.index + lastDate.text.length)).length <= 8) {
    const after = title.slice(lastDate.index + lastDate.text.length).trim();
    const before = title.slice(0, lastDate.index).trim();
    // A date ending the line belongs to the headline when a preposition or a dash leads to it ("… for October 19, 2012",
    // a weekly post named by its date: "Night bus notes - March 3, 2024");
    // after a closed headline or a noun it is the page's date line run on.
    const closed = after === '' && (/[.!?…"”»)]$/u.test(before) || !(DATE_PREPOSITION.test(before) || /[,:]$/u.test(before) || /\s[-–—]$/u.test(before)));
    const furniture = after !== '' && (!/\p{L}{3,}/u.test(after) || TRAILING_BYLINE.test(` ${after}`) || AFTER_DATE_BYLINE.test(after) || /^[-–—|·•,@(]/u.test(after));
    const inBrackets = (before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0);
    if ((closed || furniture) && !inBrackets) title = before;
  }
  const by = TRAILING_BYLINE.exec(title);
  if (by && wordsOf(title.slice(0, by.index)).length >= 3 && wordsOf(by[0]).length <= 8) title = title.slice(0, by.index);
  // "Headline | Site": the part after the last separator is the site's name or its address.
  const sep = /\s+[|–—-]\s+([^|–—]+)$/u.exec(title);
  if (sep && wordsOf(title.slice(0, sep.index)).length >= 2) {
    const tail = sep[1]!.trim();
    if ((siteName && normaliseKey(tail) === normaliseKey(siteName)) || /^\S+\.[a-z]{2,}$/iu.test(tail)) title = title.slice(0, sep.index);
  }
  title = title.replace(/[\s,;:|·•–—-]+$/u, '').trim();
  // A link's arrow or a list's bullet before the words ("› Headline", "< Headline", "[> Name" in a menu printed as links), unless
  // it opens a quotation that closes in the line ("»Zitat«").
  const lead = /^\[?([›»‹«<>•·▸►▶→])\s*(?=[\p{L}\p{N}"“„'‘])/u.exec(title);
  if (lead && !title.includes(QUOTE_CLOSERS[lead[1]!] ?? '\u0000', 1)) title = title.slice(lead[0].length);
  if (!title || wordsOf(title).length === 0) return { title: text.trim(), rest: '' };
  const rest = text.trim().replace(title, ' ').replace(/\s+/gu, ' ').trim();
  return words === wordsOf(title).length ? { title, rest: '' } : { title, rest };
}

/** The mark that closes a quotation opened by each guillemet, in French and German use. */
const QUOTE_CLOSERS: Record<string, string> = { '»': '«', '›': '‹', '«': '»', '‹': '›' };

/**
 * A headline derived from the lead: its first sentence (a dot after "U.S." or
 * "Jan." ends none), whole when it is short; a long one is cut at its last
 * clause boundary (comma, colon, dash) within the first words, so the title
 * reads as a phrase and never ends in "…".
 */
export function leadHeadline(text: string): string {
  const sentence = (sentences(text)[0] ?? text).trim();
  const words = sentence.split(/\s+/u);
  if (words.length <= DERIVED_MAX_WORDS) return sentence.replace(/[.]$/u, '');
  const head = words.slice(0, DERIVED_MAX_WORDS).join(' ');
  const clause = /^(.*\S)\s*(?:[,;:]|\s[–—-])\s/u.exec(head);
  const cut = clause && wordsOf(clause[1]!).length >= 6 ? clause[1]! : head;
  return cut.replace(/[\s,;:–—-]+$/u, '');
}
