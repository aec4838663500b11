import { datelineDate, FACT_LABEL, numericOrder, POST_LINE, POST_LINE_MAX_WORDS, printedDates, textBefore, urlDate, WEEKDAYS as WEEKDAY_NAMES, type PrintedDate } from '../clean/dates.ts';
import { alternation, TAG_LABELS } from '../clean/cue-words.ts';
import { isEmbedSignature } from '../clean/comments.ts';
import { hasLetter, wordsOf } from '../clean/text.ts';
import type { ArticleNode, Found, Removal } from '../types.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** Paragraphs searched for a relative day: news names the day of the event in the lede. */
const LEDE_NODES = 3;
/** Lines above the headline where a date still belongs to it (a kicker line, a date above the title). */
const ABOVE_HEADLINE = 10;
/** Lines below the headline where its byline and date are printed (deck, picture, buttons between). */
const BELOW_HEADLINE = 25;
/** Lines after the story where a blog prints "Posted on …" before its comments. */
const AFTER_STORY = 8;
/** A page's first lines: a weekday's date there, far above the story, is the masthead's date of the day the page was shown. */
const MASTHEAD_LINES = 3;
/** Lines above the story where a dateline is still taken when its header prints none (a wrong headline, a date above a long header). */
const FAR_ABOVE = 60;
/** A paragraph this long is story text, not a byline or a dateline. */
const PROSE_WORDS = 25;

/** Labels of an update, as a participle or a noun ("Updated", "Aktualisiert", "Letzte Aktualisierung", "Mis à jour", "Actualizado", "Aggiornato", "Bijgewerkt", "Zaktualizowano", "Stand"). */
const UPDATE_LABEL = /(?:updated?|last (?:modified|changed)|modified|edited|aktualisiert|aktualisierung|mise à jour|aggiornamento|geändert|stand|mis à jour|modifié|actualizad[oa]|actualización|aggiornat[oa]|bijgewerkt|gewijzigd|zaktualizowan[oy]|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty|aktualizováno|atualizad[oa])\s*(?:on|am|le|el|il|op|em)?\s*[:：]?\s*$/iu;
/** Labels of the first publication ("Published", "For immediate release", "Veröffentlicht", "Publié", "Publicado", "Pubblicato", "Gepubliceerd", "Opublikowano", "Posted", "Erschienen"). */
const PUBLISHED_LABEL = /(?:published|posted|(?:for )?immediate release|press release|first published|created|publication date|date published|erscheinungsdatum|veröffentlichungsdatum|date de publication|fecha de publicación|data di pubblicazione|publicatiedatum|data publikacji|veröffentlicht|publiziert|erschienen|erstellt|publié|publiée|publicad[oa]|pubblicat[oa]|gepubliceerd|geplaatst|opublikowan[oy]|publicerad|publiceret|publisert|julkaistu|publikováno|publicat)\s*(?:on|am|le|el|il|op|em|den|w)?\s*[:：]?\s*$/iu;

/** A time of day (with its zone) closing the text before a date: skipped to reach the date's label. */
const LABEL_TIME = /(?<=[:：]|\s)\s*\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:\p{Lu}{2,5}|[+-]\d{2}:?\d{2})?[\s|·•,–—-]*$/iu;

const URLS = /(?:https?:\/\/|www\.)\S+/giu;

/** Lines after the story where a post line is still taken when only page furniture lies between. */
const AFTER_FURNITURE = 40;
/** Lines of other kinds allowed between (a heading such as "Related posts", a stray button). */
const AFTER_OTHER = 2;
/** Removal categories of page furniture between a story and its post line. */
const FURNITURE = new Set<Removal['category']>(['share', 'related', 'navigation', 'tags', 'caption', 'footer', 'blank-noise', 'duplicate', 'site-name', 'url']);
/** Post lines are short: a longer line is the story's text. */
const POST_LINE_WORDS = 40;
/** Of the story's last paragraphs, those this short are read for a post line kept with the text. */
const TAIL_NODES = 3;
const TAIL_WORDS = 80;
/** A post line short enough to be one (a theme's footer, with its categories and feed), wherever it stands. */
const isPostLine = (text: string) => postShaped(text) && wordsOf(text).length <= POST_LINE_MAX_WORDS;
/** A post line's pattern, or a blog's meta line (its date, then its filing). */
const postShaped = (text: string) => POST_LINE.test(text) || isMetaLine(text);

/** Labels of a post's filing ("Tags:", "Category:", "Filed under", "Kategorie:", the cues' tag labels), printed with its date on a blog's meta line. */
const FILING_WORDS = String.raw`(?:tags?|tagged|categor(?:y|ies)|filed under|categorias|getaggt mit|abgelegt in|verschlagwortet mit|${alternation(TAG_LABELS)})\s*:`;
const FILING_LABEL = new RegExp(String.raw`(?:^|[\s|·•])${FILING_WORDS}`, 'iu');
/** A line that opens with such a label: the filing a post's meta block prints under its date. */
const OPENS_WITH_FILING = new RegExp(String.raw`^\s*${FILING_WORDS}`, 'iu');

/** A line that is a date alone with the post's filing on the next line ("12. September 2013" / "Tags: …"): a post's meta block, its date the post's. */
function isDateOverFiling(text: string, next: string | undefined): boolean {
  if (next === undefined || !OPENS_WITH_FILING.test(next)) return false;
  const first = printedDates(text.slice(0, OPENING_CHARS))[0];
  return first !== undefined && first.index <= 2 && wordsOf(text).length <= DATE_ALONE_WORDS;
}
/** Words of a line that is a date with its time at most. */
const DATE_ALONE_WORDS = 8;
/** "August 2, 2012 | Tags: … | Category: … | 38 comments": a post's meta line, its date first and its filing after. */
function isMetaLine(text: string): boolean {
  if (!FILING_LABEL.test(text)) return false;
  const first = printedDates(text.slice(0, OPENING_CHARS))[0];
  return first !== undefined && first.index <= 2;
}

export interface DateInputs {
  removed: Removal[];
  body: ArticleNode[];
  /** Seed line of the headline, when there is one. */
  headlineLine: number | null;
  /** The headline line as printed: a page may print its date on it. */
  headlineText?: string | null;
  originalUrl: string | null;
  citedUrls: string[];
  /** Page language (ISO 639-1): decides how 11/10/2019 is read. */
  language?: string;
}

export interface DateFindings {
  date: Found<string>;
  /** The date the page says the story was updated, when it prints one apart from the publication date. */
  updated: Found<string>;
}

interface Candidate {
  date: PrintedDate;
  line: number;
  text: string;
  kind: 'published' | 'updated' | 'plain';
  zone: 'header' | 'early' | 'lead' | 'after' | 'inside' | 'above';
  /** Printed on the headline's own line: a date in the headline's words may be the event's, so the header's own datelines go first. */
  headline?: boolean;
}

/** Lines longer than this are text, not a dateline or a post line. */
const LINE_CHARS = 300;
/** Of a longer line that opens with a date, the part read. */
const OPENING_CHARS = 80;
/** A line opening with a date in figures or a day and month name ("20. April 2017 …", "12/03/2021 …", "March 3, 2021 …"). */
const OPENS_WITH_DATE = /^\s*(?:\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s\p{L}{3,}\.?,?\s\d{4}|\p{L}{3,}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})/u;

/** Removal categories whose dates belong to other texts: comments, teasers of other stories, the footer. */
const FOREIGN = new Set<Removal['category']>(['comments', 'related', 'footer', 'cookie', 'ad', 'author-bio']);
/** Of these, a line labelled as the post's own publication still dates the story (a teaser or footer label names no post). */
const NEVER_OWN = new Set<Removal['category']>(['comments', 'cookie', 'ad', 'author-bio']);

/**
 * The publication date, by precedence:
 * 1. a printed date in the story's header: the lines around the headline
 *    (a dateline, a byline with a date, "Published: …"), the nearest to the
 *    headline (of two as near, the one under it: the one above may close the teaser before),
 *    a publication label first and an update label last, of two dates on one line the
 *    earlier (a page's meta line prints its modification beside its publication); a date that
 *    opens the lede ("BERLIN, 19 November 2019 – …") counts as the header's;
 * 2. a "Posted on …" line right after the story (blogs print it there), also past share buttons
 *    and related links, or a publication label set aside among the story's paragraphs; an
 *    unlabelled date after the story ranks below a dateline of 3b;
 * 3. a date in the original URL's path (/2023-04-19/, /2023/04/19/);
 * 3b. a dateline, labelled date or byline date up to FAR_ABOVE lines above the story (after the URL's),
 *     but not a weekday's date on the page's first lines: the masthead's day;
 * 4. a weekday named in the lede ("reported Wednesday") anchored to the newest
 *    date in a cited URL: the nearest such weekday on or before that date.
 * Dates in comments, related-story teasers, footers and the story's text are never used.
 */
export function findDates(input: DateInputs): DateFindings {
  const candidates = dateCandidates(input);
  const updates = candidates.filter((c) => c.kind === 'updated');
  const updated: Found<string> = updates.length > 0 ? { value: updates[0]!.date.iso, how: `update date "${updates[0]!.text.trim().slice(0, 80)}" (line ${updates[0]!.line})` } : { value: null, why: 'no update date printed with the story' };
  const pick = choose(candidates, input.headlineLine);
  // A date in the original URL is surer than a dateline far above the story.
  const fromUrl = input.originalUrl ? urlDate(input.originalUrl) : null;
  if (pick && !(pick.zone === 'above' && fromUrl)) {
    const others = candidates.filter((c) => c !== pick && c.date.iso !== pick.date.iso && c.kind !== 'updated').map((c) => `"${c.text.trim().slice(0, 60)}"`);
    const note = others.length > 0 ? `; nearest the headline of ${others.length + 1} printed dates (also ${others.slice(0, 3).join(', ')})` : '';
    const where = pick.zone === 'after' ? ' after the story' : pick.zone === 'inside' ? " among the story's paragraphs" : pick.zone === 'lead' ? ' opening the lede' : pick.zone === 'above' ? ' above the story (its header prints none)' : '';
    const label = pick.kind === 'published' ? ', labelled as the publication date' : '';
    const result: Found<string> = { value: pick.date.iso, how: `printed date "${pick.text.trim().slice(0, 80)}" (line ${pick.line})${where}${label}${note}` };
    return { date: result, updated: updated.value !== null && updated.value !== pick.date.iso ? updated : { value: null, why: 'no update date printed apart from the publication date' } };
  }
  if (fromUrl) return { date: { value: fromUrl.iso, how: `date in the original URL (${fromUrl.text})` }, updated };
  const relative = relativeWeekday(input.body, input.citedUrls);
  if (relative) return { date: relative, updated };
  return { date: { value: null, why: 'no printed date above the story, no date in the original URL, and no weekday in the lede with a dated source to anchor it' }, updated };
}

/** Kept for callers that only want the publication date. */
export function findDate(input: DateInputs): Found<string> {
  return findDates(input).date;
}

function choose(candidates: Candidate[], headlineLine: number | null): Candidate | null {
  // After the story, an unlabelled date is weaker than a dateline above it: a bare date there may be a teaser's or a list's.
  const zoneRank = (c: Candidate) => (c.zone === 'header' ? 0 : c.zone === 'early' || c.zone === 'lead' ? 1 : (c.zone === 'after' || c.zone === 'inside') && c.kind !== 'plain' ? 2 : c.zone === 'above' ? 3 : 4);
  const rank = (c: Candidate) => zoneRank(c) * 10 + (c.kind === 'published' ? 0 : c.kind === 'plain' ? (c.headline ? 1.5 : 1) : 2);
  const anchor = headlineLine ?? 0;
  // An update date stands in for the publication date only where the header prints no other date.
  const pool = candidates.filter((c) => c.kind !== 'updated' || !candidates.some((o) => o.kind !== 'updated'));
  if (pool.length === 0) return null;
  return [...pool].sort((a, b) => rank(a) - rank(b) || Math.abs(a.line - anchor) - Math.abs(b.line - anchor) || b.line - a.line || a.date.iso.localeCompare(b.date.iso) || a.date.index - b.date.index)[0]!;
}

/** A line a date may be read from. */
interface DateLine {
  line: number;
  text: string;
  category: Removal['category'] | null;
  /** One of the story's last paragraphs, or a blog's post line the body kept: read only for a post line or a labelled publication. */
  tail?: boolean;
  /** A removed line that is a blog's post line: read whatever cleaning filed it under, in the zones where a post line counts. */
  postLine?: boolean;
  /** The headline's own line. */
  headline?: boolean;
}

/** Where a line stands against the story; `beyond` is after the story past its furniture. */
type Zone = 'header' | 'early' | 'after' | 'beyond' | 'above' | 'inside';

/** The line numbers that bound the zones. */
interface Bounds {
  headerStart: number;
  headerEnd: number;
  /** Past the header, before the story's third long paragraph: a deck in two paragraphs, then the byline and the date. */
  earlyEnd: number;
  firstLine: number;
  lastBody: number;
}

// In parts (the lines, their zones, each zone's rule, the lede): as one function, V8 compiled it
// whole again whenever a page took a path it had not seen (per 1,000 seeds, 11 TurboFan compiles
// of about 115 ms each; in parts, 3 of about 40 ms).
function dateCandidates(input: DateInputs): Candidate[] {
  const lines = dateLines(input);
  // A page prints its numeric dates in one order: a date it prints elsewhere with a part over 12 settles 11/10/2019.
  const monthFirst = numericOrder([...lines.map((l) => l.text), ...input.body.map((n) => n.text)]) ?? (input.language ?? 'en') === 'en';
  const prose = input.body.filter((n) => n.line !== undefined && wordsOf(n.text).length >= PROSE_WORDS);
  const firstProse = prose[0]?.line ?? Number.POSITIVE_INFINITY;
  const anchor = input.headlineLine ?? firstProse;
  if (!Number.isFinite(anchor)) return [];
  const bounds: Bounds = {
    // The header ends before the story's second long paragraph (the first may be a deck).
    headerEnd: Math.min(anchor + BELOW_HEADLINE, prose.filter((n) => n.line! > anchor)[1]?.line ?? Number.POSITIVE_INFINITY),
    headerStart: anchor - (input.headlineLine === null ? BELOW_HEADLINE : ABOVE_HEADLINE),
    earlyEnd: Math.min(anchor + 2 * BELOW_HEADLINE, prose.filter((n) => n.line! > anchor)[2]?.line ?? Number.POSITIVE_INFINITY),
    firstLine: Math.min(anchor, firstProse) - FAR_ABOVE,
    lastBody: input.body.reduce((n, b) => Math.max(n, b.line ?? 0), 0),
  };
  const found: Candidate[] = [];
  const textAt = new Map(lines.map((l) => [l.line, l.text.trim()]));
  for (const full of lines) {
    // A longer line is text, unless it opens with its date: then only its opening is read (a meta line with a long list of tags).
    // A tail or post line (80 words at most) is read whole: a post line runs on with the categories and the feed.
    const l = full.text.length <= LINE_CHARS || full.tail || full.postLine ? full : OPENS_WITH_DATE.test(full.text) ? { ...full, text: full.text.slice(0, OPENING_CHARS) } : null;
    if (!l) continue;
    if (l.category && NEVER_OWN.has(l.category) && !l.postLine) continue;
    const zone = zoneOf(l, bounds, input);
    if (!zone) continue;
    // Dates inside links are the linked pages' (a cited URL's date is used only to anchor a weekday).
    const dates = printedDates(l.text.replace(URLS, (u) => ' '.repeat(u.length)), monthFirst);
    const post = (l.postLine === true || postShaped(l.text)) && wordsOf(l.text).length <= (l.tail || l.postLine ? TAIL_WORDS : POST_LINE_WORDS);
    // A label alone on the line above ("Stand:" / "01.11.2021") labels the date as its own label would.
    const above = labelAbove(textAt.get(l.line - 1), l.text, monthFirst);
    const kinds = dates.map((d) => above ?? labelOf(l.text, d));
    // A line that opens with a fact's label lists facts ("Release: 11.02.2005 | Expansion: 29.11.2022").
    if (kinds[0] === 'field') continue;
    if (!datesAreOwn(l, zone, dates, kinds, post, monthFirst)) continue;
    for (const [k, d] of dates.entries()) {
      const kind = kinds[k]!;
      if (kind === 'field') continue;
      found.push({ date: d, line: l.line, text: l.text, kind: kind === 'plain' && post ? 'published' : kind, zone: zone === 'beyond' ? 'after' : zone, ...(l.headline ? { headline: true } : {}) });
    }
  }
  const lead = leadDate(input, anchor, monthFirst);
  if (lead) found.push(lead);
  return found;
}

/** Removed lines, the story's short lines, its last paragraphs (where a blog keeps its post line) and the headline. */
function dateLines(input: DateInputs): DateLine[] {
  const firstTail = input.body.length - TAIL_NODES;
  return [
    // A blog's post line among the removed lines is read as one, whatever cleaning filed it under (a theme's footer
    // that also names the comment feed and trackbacks is filed with the comments).
    ...input.removed.map((r, i) => {
      // The removed line right under it, if cleaning removed that one too (the filing under a post's date).
      const under = input.removed[i + 1]?.line === r.line + 1 ? input.removed[i + 1]!.text : undefined;
      return { line: r.line, text: r.text, category: r.category, ...(isPostLine(r.text) || isDateOverFiling(r.text, under) ? { postLine: true } : {}) };
    }),
    ...input.body.filter((n) => n.line !== undefined && wordsOf(n.text).length < PROSE_WORDS).map((n) => ({ line: n.line!, text: n.text, category: null })),
    // The story's last paragraphs, where a blog keeps its post line ("This entry was posted on …, filed under …"), and
    // that line wherever the body kept it (page furniture cleaning kept may follow it).
    ...input.body
      .filter((n, i) => n.line !== undefined && wordsOf(n.text).length >= PROSE_WORDS && wordsOf(n.text).length <= TAIL_WORDS && (i >= firstTail || isPostLine(n.text)))
      .map((n) => ({ line: n.line!, text: n.text, category: null, tail: true })),
    ...(input.headlineText && input.headlineLine !== null ? [{ line: input.headlineLine, text: input.headlineText, category: null, headline: true }] : []),
  ];
}

function zoneOf(l: DateLine, b: Bounds, input: DateInputs): Zone | null {
  if (l.tail) return 'after';
  if (l.line >= b.headerStart && l.line < b.headerEnd) return 'header';
  if (l.line >= b.headerEnd && l.line < Math.min(b.earlyEnd, b.lastBody)) return 'early';
  const belowStory = l.line > b.lastBody && input.body.length > 0;
  if (belowStory && l.line <= b.lastBody + AFTER_STORY) return 'after';
  if (belowStory && afterFurniture(input.removed, b.lastBody, l.line)) return 'beyond';
  // A blog's post line says which post it closes ("This entry was posted on …"): the story's, however much cleaning left out
  // before it, unless reader comments stand between (the next post's line may follow them).
  if (belowStory && l.postLine && !input.removed.some((r) => r.category === 'comments' && r.line > b.lastBody && r.line < l.line)) return 'after';
  if (l.line < b.headerStart && l.line >= b.firstLine) return 'above';
  if (l.line >= b.headerEnd && l.line < b.lastBody) return 'inside';
  return null;
}

/** Whether the dates printed on a line, in its zone, may be the article's own. */
function datesAreOwn(l: DateLine, zone: Zone, dates: PrintedDate[], kinds: DateKind[], post: boolean, monthFirst: boolean): boolean {
  const published = () => kinds.includes('published');
  const labelled = () => kinds.some((k) => OWN_LABELS.has(k));
  if (l.tail && !post && !published()) return false;
  if (isEmbedSignature(l.text)) return false;
  // A teaser list or a footer dates other texts, unless its line labels the post's own publication; a line by the headline
  // that opens with its date is the story's dateline, whatever else on it made cleaning file it as a footer ("14. Januar 2020, 9:21 Uhr 571 Kommentare").
  const headerDateline = zone === 'header' && l.category === 'footer' && (dates[0]?.index ?? Number.POSITIVE_INFINITY) <= 2;
  if (l.category && FOREIGN.has(l.category) && !post && !published() && !headerDateline) return false;
  // A line that is a sentence with a date in it is text, not a dateline ("The vote on March 12, 2021 was close");
  // a long line that opens with its date is a post's meta line (date, author, tags), and one whose first words are a byline
  // set off from the rest by a bar ("By Ann Lee on 4 June 2024 | 3 Comments. …"), not a sentence.
  if (dates.length === 0 || (wordsOf(l.text).length > 20 && !post && dates[0]!.index > 0 && !bylineRunIn(l.text, dates[0]!) && !labelled())) return false;
  // A shorter sentence too, when its date stands mid-sentence ("The next meeting is on 5 May 2020 at the town hall").
  if (!post && !labelled() && dates.every((d) => midSentence(l.text, d))) return false;
  if (post) return true;
  switch (zone) {
    // Further above the story only a line that is a date, a labelled date or a byline with one (the headline may be a subheading's).
    case 'above':
      if (l.line <= MASTHEAD_LINES && !published() && wordsOf(l.text).some((w) => WEEKDAY_NAMES.has(w.toLowerCase()))) return false;
      return l.category === 'byline' || datelineDate(l.text, monthFirst) !== null || sectionDateline(l.text, monthFirst) || published();
    // Among the story's paragraphs only a line cleaning set aside that labels the post's own publication ("Published on … - 4 Comments").
    case 'inside':
      return published();
    // Past the furniture only a post line, a labelled date or a date stamped with its time ("August 9, 2012 1:05 PM Tags: …"), not a teaser's bare date.
    case 'beyond':
      return labelled() || (dates[0]!.index <= 2 && dates[0]!.time);
    // After the story only a line about the story itself: "Posted on …", a byline, or a line that opens with its date.
    case 'after':
      return labelled() || dates[0]!.index <= 2 || l.category === 'byline' || datelineDate(l.text, monthFirst) !== null;
    case 'header':
      return true;
    // Between the deck's paragraphs and the story, a line that is a date and nothing else.
    case 'early':
      return published() || datelineDate(l.text, monthFirst) !== null;
  }
}

/** "BERLIN, 19 November 2019 – …": a place and a date opening the lede. */
function leadDate(input: DateInputs, anchor: number, monthFirst: boolean): Candidate | null {
  const lead = input.body.find((n) => n.line !== undefined && n.line >= anchor && wordsOf(n.text).length >= PROSE_WORDS);
  if (!lead) return null;
  const d = printedDates(lead.text.slice(0, 80), monthFirst)[0];
  if (!d || d.index > 40 || wordsOf(lead.text.slice(0, d.index)).length > 4) return null;
  if (!/^[\s,.(–—-]*(?:\(|[–—-]|\.|\s\p{Lu})/u.test(lead.text.slice(d.index + d.text.length, d.index + d.text.length + 4))) return null;
  return { date: d, line: lead.line!, text: lead.text.slice(0, d.index + d.text.length), kind: 'plain', zone: 'lead' };
}

/**
 * Between the story and a line further below it only page furniture (share buttons, tags, a list of
 * related links, picture credits): the blog's post line still follows its story there. Comments or
 * other text in between end the story's zone.
 */
function afterFurniture(removed: Removal[], lastBody: number, line: number): boolean {
  if (line > lastBody + AFTER_FURNITURE) return false;
  let other = 0;
  for (const r of removed) {
    if (r.line <= lastBody || r.line >= line) continue;
    if (r.category === 'comments') return false;
    if (!FURNITURE.has(r.category) && ++other > AFTER_OTHER) return false;
  }
  return true;
}

/** A date after at most four words, closed by a bar or a dot between spaces: a byline's date run into a longer line. */
function bylineRunIn(text: string, d: PrintedDate): boolean {
  return wordsOf(text.slice(0, d.index)).length <= RUN_IN_WORDS && /^,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?[|·•]\s/iu.test(text.slice(d.index + d.text.length));
}
const RUN_IN_WORDS = 4;

/** Words with a letter: a time or a count between a date and its byline is not sentence text. */
const lettered = (text: string) => wordsOf(text).filter(hasLetter).length;
/**
 * A date inside a sentence: words on both sides, the line closing as a sentence does, and nothing
 * of a byline or a meta line about it (a byline's opening word, a bar or a dash between parts).
 */
function midSentence(text: string, d: PrintedDate): boolean {
  return (
    SENTENCE_END.test(text) &&
    !BYLINE_OPENING.test(text) &&
    !PART_SEPARATOR.test(text) &&
    lettered(text.slice(0, d.index)) >= SENTENCE_BEFORE &&
    lettered(text.slice(d.index + d.text.length)) >= SENTENCE_AFTER
  );
}
const SENTENCE_BEFORE = 3;
const SENTENCE_AFTER = 3;
const SENTENCE_END = /[.!?:]["'”’»)]?\s*$/u;
const BYLINE_OPENING = /^\s*(?:by|von|par|por|di|door|przez|av|af)\s/iu;
const PART_SEPARATOR = /\s[|·•–—-]\s/u;

/** A section's name before or after the date, set off by a bar or a dot: "Science | 20 July 2012", "3 May 2021 · Opinion". */
function sectionDateline(text: string, monthFirst: boolean): boolean {
  const parts = text.split(/\s[|·•]\s/u);
  if (parts.length !== 2) return false;
  return parts.some((p, i) => datelineDate(p, monthFirst) !== null && isSectionName(parts[1 - i]!));
}

/** A section name is a few words without figures (a name with a colon or a slash counts as one: "Life:Style"). */
const isSectionName = (text: string) => !/\d/u.test(text) && wordsOf(text).length >= 1 && wordsOf(text).length <= SECTION_WORDS;
const SECTION_WORDS = 3;

/** Words of a label printed on a line of its own above its date ("Erschienen am", "Last updated:"). */
const LABEL_LINE_WORDS = 4;

/** The label a short line right above a bare date gives it ("Erschienen am" / "15.12.2022"), if any. */
function labelAbove(above: string | undefined, text: string, monthFirst: boolean): 'published' | 'updated' | null {
  if (!above || wordsOf(above).length > LABEL_LINE_WORDS || datelineDate(text, monthFirst) === null) return null;
  if (UPDATE_LABEL.test(above)) return 'updated';
  return PUBLISHED_LABEL.test(above) ? 'published' : null;
}

/** Labels that date the page itself. */
const OWN_LABELS = new Set<DateKind>(['published', 'updated']);

/** What a date's label says of it: the page's publication or update, a fact about a thing, or nothing. */
type DateKind = Candidate['kind'] | 'field';

function labelOf(text: string, d: PrintedDate): DateKind {
  // A time of day printed between the label and the date belongs to the date ("Published: 22:00 GMT, 26 September 2020").
  const before = textBefore(text, d).replace(LABEL_TIME, '');
  // The weekday printed before a date is part of it ("Updated: Monday, 3 June 2024").
  const trimmed = before.replace(/\s*(\p{L}+)\.?\s*,?\s*$/u, (w, day: string) => (WEEKDAY_NAMES.has(day.toLowerCase()) ? '' : w));
  if (UPDATE_LABEL.test(trimmed) || UPDATE_LABEL.test(before)) return 'updated';
  if (PUBLISHED_LABEL.test(trimmed) || PUBLISHED_LABEL.test(before)) return 'published';
  if (FACT_LABEL.test(before)) return 'field';
  return 'plain';
}

function relativeWeekday(body: ArticleNode[], cited: string[]): Found<string> | null {
  const anchors = cited.flatMap((u) => {
    const d = urlDate(u);
    return d ? [{ ...d, url: u }] : [];
  });
  if (anchors.length === 0) return null;
  const anchor = anchors.sort((a, b) => b.iso.localeCompare(a.iso))[0]!;
  for (const node of body.slice(0, LEDE_NODES)) {
    // A weekday printed as part of a full date is not a relative day.
    const withoutDates = printedDates(node.text).reduce((t, d) => t.replace(d.text, ' '), node.text);
    const m = WEEKDAY_RE.exec(withoutDates);
    if (!m) continue;
    const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const day = new Date(`${anchor.iso}T00:00:00Z`);
    const back = (day.getUTCDay() - target + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    const iso = day.toISOString().slice(0, 10);
    const context = withoutDates.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).trim();
    return { value: iso, how: `relative day "${m[1]}" ("…${context}…") anchored to ${anchor.iso}, the date in a cited URL (${anchor.text}): the nearest ${m[1]} on or before it` };
  }
  return null;
}
