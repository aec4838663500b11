import type { ArticleNode, Block, CleanResult, Removal, RemovalCategory } from '../types.ts';
import { initialClass, mainSpan, pageThresholds, reviseByContext, spanFrom, spanScore, type ContentClass } from './classify.ts';
import { asksForSupport, attributionIn, bylineNames, cueCategory, disclosuresIn, isAboutLabel, isAboutUsLabel, isBarePictureLabel, isBioLabel, isBreadcrumb, isBylineLabel, isCopyrightLine, isCreditUnderLabel, isDeskByline, isDonateButton, isDonationCall, isEmbedPlaceholder, isGalleryLabel, isGivenNameAlone, isAppealOpening, isBareTagLabel, isPaywallNotice, isScriptError, isNameLine, isNamedBio, isNamedBox, isPersonNameLine, isPictureCaption, isTeaserSummary, isTrailer, looksLikeBio, readsAsName, saysWhoTheyAre, saysWhoUnderLabel } from './cues.ts';
import { datelineDate, isMonthYearLine, isPostedDateLine, OPENS_POST_LINE, POST_LINE_MAX_WORDS, printedDates } from './dates.ts';
import { commentPolicyRuns, countsComments, findComments, isAgeLine, isCommentHeading, isEmbedSignature } from './comments.ts';
import { hasCopyrightSign, holderName, pictureCredits } from './copyright.ts';
import { measure, type Features } from './features.ts';
import { headedByTrail, isHeadlineVariant, pickHeadline } from './headline.ts';
import { factBoxLines, isLinkRow, isNamedByDate, isRatingCount } from './headline-lines.ts';
import { detectLanguage } from './language.ts';
import { ingredientItems, methodSteps, recipeCards } from './recipe.ts';
import { relatedRuns } from './related.ts';
import { blogHeaderLines, detectSiteName } from './site-name.ts';
import { closesWithColon, closesWithMark, endsParagraph, endsSentence, escapeRegExp, isAuthorPage, lowerWordsOf, normaliseKey, undouble, urlsIn, wordsOf } from './text.ts';
import { tableRows } from './tables.ts';
import { codeRuns } from './code.ts';
import { toUnits, type Unit } from './units.ts';

/** What a row of closing furniture costs the story span, against 2 for an unnamed line. */
const BOUNDARY_PENALTY = 6;
/** Furniture that closes a story (buttons, tags, teasers, comments, bios): text beyond a row of it is another text. */
const BOUNDARY = new Set<RemovalCategory>(['share', 'tags', 'related', 'comments', 'author-bio', 'login', 'footer', 'ad', 'cookie']);

/** A letter or a digit: a line holding neither is a drawn rule or decoration. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words of a picture's credit at most: the sign and a name ("© Ann Lee", "Foto © Tourist Board"). */
const CREDIT_WORDS = 12;

/** Categories that describe a run of furniture, so an unnamed line beside one in its block takes the same name. */
const RUN_CATEGORIES = new Set<RemovalCategory>(['navigation', 'share', 'login', 'cookie', 'footer', 'related', 'tags', 'author-bio']);

/**
 * Separates the story from the page around it.
 *
 * 1. Units: blocks are cut into paragraphs (hard wraps re-joined), list items and URL lines.
 * 2. Detectors with unambiguous shapes name furniture: URL lines, bylines, datelines,
 *    attributions, publisher notices, trailers, the site name, the headline's repeats,
 *    "Also Read" runs, repeated short lines, and short lines that cues name.
 * 3. jusText-style classification of the rest (length, stopword density, punctuation)
 *    revised by neighbours, with the headline as the start of the story and the
 *    lines between headline and first paragraph treated as the header.
 * 4. The densest region of kept text is the story; kept text outside it is dropped.
 * 5. Paragraphs cut by a removed line mid-sentence are joined again.
 */
export function cleanBlocks(blocks: Block[]): CleanResult {
  const units = toUnits(blocks);
  const lang = detectLanguage(units.map((u) => u.text));
  const language = { code: lang.code, how: lang.how };
  if (units.length === 0) return { nodes: [], removed: [], warnings: ['the seed has no text lines'], headline: null, siteName: null, language, linesKept: 0 };

  const feats = measure(units, lang);
  const thresholds = pageThresholds(feats);
  const initial = units.map((u, i) => initialClass(u, feats[i]!, thresholds));
  const category: (RemovalCategory | null)[] = units.map(() => null);
  /** A cue found on a unit that reads as good prose: it only counts at the edges of the story. */
  const deferred: (RemovalCategory | null)[] = units.map(() => null);
  const name = (i: number, c: RemovalCategory) => {
    if (category[i] === null) category[i] = c;
  };
  const authors: string[] = [];

  // A name over a paragraph on who the person is: an author's box when the page prints one such pair, once or more
  // times over (a pop-up under the byline and a box under the story); a list of portraits prints several.
  const boxes = units.flatMap((u, i) => (u.kind === 'text' && isNamedBox(u.text, units[i - 1]?.kind === 'text' ? units[i - 1]!.text : undefined, units[i - 2]?.text) ? [i] : []));
  const oneBox = new Set(boxes.map((i) => units[i]!.text.trim())).size === 1;
  const box = new Set(oneBox ? boxes : []);
  units.forEach((u, i) => detectShapes(u, i, units, initial[i]!, authors, name, deferred, box));
  for (const i of bylineBios(units, initial, category, deferred, authors)) {
    name(i, 'author-bio');
    deferred[i] = null;
  }
  // Notices of several holders between the story's paragraphs credit its pictures: captions, which no span ends at.
  const notices = units.map((u, i) => category[i] === 'footer' && u.kind === 'text' && hasCopyrightSign(u.text) && feats[i]!.words <= CREDIT_WORDS);
  for (const i of pictureCredits(units.map((u) => u.text), notices, initial.map((c) => c === 'good'))) category[i] = 'caption';
  for (const i of commentPolicyRuns(units)) {
    if (category[i] !== null) continue;
    // Good prose stays a cue, which counts at the story's end; a shorter line is named at once.
    if (initial[i] === 'good') deferred[i] ??= 'comments';
    else name(i, 'comments');
  }

  const site = detectSiteName(units, feats);
  // A line that is already its own undoubled form has its key among the features: not normalised again.
  const undoubledKey = (u: Unit, i: number) => {
    const text = undouble(u.text);
    return text === u.text ? feats[i]!.key : normaliseKey(text);
  };
  if (site) units.forEach((u, i) => u.kind === 'text' && undoubledKey(u, i) === site.key && name(i, 'site-name'));
  for (const i of blogHeaderLines(units, feats)) name(i, 'site-name');
  // A paragraph that opens by saying what the site itself is ("Valley Energy is your local supplier …") is its blurb, which
  // closes a page: a cue that counts at the story's end.
  // The copyright line's holder names the site too, where no line of its own does ("© 2022 energiehoch3 GmbH").
  const blurbNames = [...new Set([site?.name, pageHolder(units, feats)].filter((n): n is string => !!n))];
  for (const blurb of blurbNames.map(siteBlurb)) {
    units.forEach((u, i) => initial[i] === 'good' && category[i] === null && blurb.test(u.text.trim()) && (deferred[i] ??= 'footer'));
  }

  const comments = findComments(units, feats, initial);
  for (const i of comments.section) category[i] = 'comments';
  for (const i of comments.counts) name(i, 'comments');
  // A recipe's ingredient list is the story's, however much its short lines look like a menu (a reader's recipe in the comments stays theirs: named lines end a list).
  const recipe = recipeCards(units, feats, (i) => category[i] !== null);

  // Teaser runs ("Related stories" and the headlines under it) are not candidates for the story's headline.
  const named = new Set(category.flatMap((c, i) => (c ? [i] : [])));
  // Teasers carry their datelines and bylines ("Von Ann Lee am 16.11.2022") and are often printed twice.
  const teasers = relatedRuns(units, feats, initial, named, new Set(category.flatMap((c, i) => (c === 'dateline' || c === 'byline' || feats[i]!.repeats > 1 ? [i] : []))));
  // Under the site's name that opens the page, and that a copyright line confirms, stands its tagline (the logo's words)
  // when the menu follows it; a headline there has its byline or its story under it.
  const tagline = site?.confirmed && site.headsPage && category[site.first + 2] === 'navigation' ? [site.first + 1] : [];
  const hin = {
    units,
    feats,
    initial,
    excluded: new Set([...named, ...teasers, ...recipe, ...tagline]),
    teasers: new Set(teasers.filter((i) => !named.has(i))),
    header: new Set(units.flatMap((u, i) => (isHeaderMark(u.text, feats[i]!, category[i] ?? null) ? [i] : []))),
    isStopword: lang.isStopword ?? (() => false),
    region: proseRegion(units, feats, initial, category),
  };
  const headline = pickHeadline(hin);
  if (headline !== null) joinHeadlineParts(headline, units, feats, category);
  if (headline !== null) markHeadlineRepeats(headline, units, feats, initial, name);
  markRepeats(units, feats, headline, name);
  const taken = new Set(category.flatMap((c, i) => (c || i === headline ? [i] : [])));
  const passable = new Set(category.flatMap((c, i) => (c === 'dateline' || c === 'byline' || c === 'duplicate' || c === 'navigation' ? [i] : [])));
  for (const i of relatedRuns(units, feats, initial, taken, passable)) category[i] = 'related';
  for (const i of recipe) {
    category[i] = null;
    deferred[i] = null;
  }

  // A table's rows are neither prose nor furniture: the text around them decides.
  const table = tableRows(units);
  // A repeated time mark ("55'", "12:30") heads a live ticker's entries, not a menu: it says nothing about its neighbours.
  const mark = (i: number) => category[i] === 'navigation' && TIME_MARK.test(units[i]!.text);
  const classes: ContentClass[] = initial.map((c, i) => (mark(i) ? 'short' : category[i] !== null ? 'bad' : table.has(i) && c === 'bad' ? 'short' : c));
  if (headline !== null) {
    classes[headline] = 'good';
    // The story starts at its headline: everything printed above it is page header, unless more
    // prose stands above it than under it (then the line heads a teaser, and the text span decides),
    // and the page header's breadcrumb trail, just above, does not name it as the page's own.
    if (!moreProseAbove(headline, initial, feats) || headedByTrail(units, feats, headline)) for (let i = 0; i < headline; i++) classes[i] = 'bad';
    markHeader(headline, feats, classes, units);
    nameBareBylines(headline, classes, units, category);
  }
  for (const i of recipe) classes[i] = 'good';
  // A line that is only a URL is a link left in the text, not page furniture: neighbours see through it.
  const inText = units.flatMap((u, i) => (u.kind === 'url' ? [] : [i]));
  const pick = <T,>(xs: T[]) => inText.map((i) => xs[i]!);
  // A picture's caption is read through too (the paragraphs around a picture are one text), but
  // it still costs the span what a removed line costs: a caption often stands between the story and a sidebar.
  const caption = pick(category).map((c) => c === 'caption');
  const revisedText = reviseByContext(
    pick(classes).map((c, k) => (caption[k] ? 'short' : c)),
    pick(feats).map((f) => f.headingLike),
    pick(feats).map((f) => f.chars),
  ).map((c, k) => (caption[k] ? 'bad' : c));
  const card = new Set([...recipe, ...methodSteps(units, feats, recipe, (i) => category[i] !== null)]);
  keepMainSpan(revisedText, pick(feats), pick(deferred), inText, category, comments.counts, pick(units), lang.code, card, headline === null ? -1 : inText.indexOf(headline));
  const revised: ContentClass[] = units.map(() => 'bad');
  inText.forEach((i, k) => (revised[i] = revisedText[k]!));
  if (headline !== null) revised[headline] = 'good';
  if (headline !== null) keepLede(headline, revised, initial, feats, category, deferred, units, authors, lang.isStopword ?? (() => false));
  keepIntroducedLists(revised, units, feats, category);
  keepNumberedListsAfter(revised, units, feats, category);
  keepNumberedSequences(revised, units, feats, category);
  keepTablesAfterText(revised, units, feats, category, table);
  keepFactBoxesBesideText(revised, units, category, factBoxLines(units));
  keepAnnouncedEnd(revised, units, feats, category);
  keepListBlocks(revised, units, feats, category);
  dropTrailingHeadlines(revised, units, feats, category, headline, recipe);
  dropNameOverBox(revised, units, category, headline);
  dropSignOff(revised, units, feats, category, headline, authors);
  dropTeaserListedBelow(revised, units, feats, category, headline);

  if (site?.confirmed) dropTaglines(site.name, revised, units, feats, category, headline);
  const fellBack = fallBackToUnnamed(revised, feats, category, headline, units);
  nameUnnamed(units, feats, revised, category, authors);
  dropTeaserList(revised, units, feats, category, headline);
  const { code, prose: betweenCode } = codeRuns(units, revised, category);
  for (const i of [...code, ...betweenCode]) revised[i] = 'good';
  // A line of no letter or digit ("————", "* * *") is a rule the page drew between its parts: the story's text has none such.
  units.forEach((u, i) => {
    if (revised[i] === 'good' && !code.has(i) && !LETTER_OR_DIGIT.test(u.text)) {
      revised[i] = 'bad';
      category[i] = 'blank-noise';
    }
  });
  const removed: Removal[] = [];
  const kept: number[] = [];
  units.forEach((u, i) => {
    if (revised[i] === 'good') kept.push(i);
    else removed.push({ category: category[i] ?? 'boilerplate', text: u.kind === 'text' || u.kind === 'url' ? u.text : u.raw.trim(), line: u.line, lineCount: u.lineCount });
  });
  const { nodes, headlineNode } = toNodes(kept, units, feats, headline, recipe, code);
  const warnings = warningsFor(nodes, headline, units, kept);
  if (fellBack) warnings.push('no paragraph read as article text: kept the lines no detector named (fallback)');
  return {
    nodes,
    removed,
    warnings,
    headline: headlineNode,
    siteName: site ? { name: site.name, how: site.how, confirmed: site.confirmed, printed: site.printed, headsPage: site.headsPage } : null,
    language,
    linesKept: kept.reduce((n, i) => n + units[i]!.lineCount, 0),
  };
}

/**
 * The span the body stage would keep if the page had no headline: the classifier's densest
 * region of prose, with named furniture as removed lines. The headline picker looks for the
 * line that heads it.
 */
function proseRegion(units: Unit[], feats: Features[], initial: ContentClass[], category: (RemovalCategory | null)[]): [number, number] | null {
  const inText = units.flatMap((u, i) => (u.kind === 'url' ? [] : [i]));
  const classes = inText.map((i) => (category[i] !== null ? 'bad' : initial[i]!));
  const revised = reviseByContext(classes, inText.map((i) => feats[i]!.headingLike), inText.map((i) => feats[i]!.chars));
  const penalties = inText.map((i) => (category[i] && BOUNDARY.has(category[i]!) ? BOUNDARY_PENALTY : 2));
  const span = mainSpan(revised, inText.map((i) => feats[i]!.words), penalties);
  return span ? [inText[span[0]]!, inText[span[1]]!] : null;
}

/** Words of long paragraphs above the headline against those under it, each counted up to a long gap. */
function moreProseAbove(headline: number, initial: ContentClass[], feats: Features[]): boolean {
  const massFrom = (start: number, step: 1 | -1) => {
    let mass = 0;
    let gap = 0;
    for (let i = start; i >= 0 && i < initial.length && gap <= PROSE_GAP; i += step) {
      if (initial[i] === 'good') {
        mass += feats[i]!.words;
        gap = 0;
      } else if (mass > 0) gap++;
    }
    return mass;
  };
  // Above: the prose nearest the headline, skipping the header lines right over it.
  return massFrom(headline - 1, -1) > 1.5 * massFrom(headline + 1, 1);
}

/** A minute of play ("55'", "90+2'") or a time of day ("12:30") alone on its line. */
const TIME_MARK = /^\s*(?:\d{1,3}(?:\+\d{1,2})?['′’]|\d{1,2}[:.]\d{2})\s*$/;

/** Header lines (bylines, dates, buttons, short labels) between a headline and its lede at most. */
const LEDE_REACH = 8;
/** Shortest lede: a sentence of this many words (a caption or a label is shorter). */
const LEDE_WORDS = 10;
/** A lede without a closing full stop (many deks have none) is longer. */
const LEDE_OPEN_WORDS = 15;
/** What may stand between a headline and its lede: the header's own lines. */
const HEADER_CATEGORIES = new Set<RemovalCategory>(['byline', 'dateline', 'share', 'duplicate', 'navigation', 'site-name', 'url', 'title', 'attribution']);

/**
 * The lede printed under the headline, above a picture and a sidebar that stand before the rest
 * of the story: the story's span starts below the sidebar (its lines cost more than the one
 * paragraph above them is worth), so the first paragraph under the headline is kept on its own
 * when only header lines stand between the two and the story follows further down.
 */
function keepLede(
  h: number,
  classes: ContentClass[],
  initial: ContentClass[],
  feats: Features[],
  category: (RemovalCategory | null)[],
  deferred: (RemovalCategory | null)[],
  units: Unit[],
  authors: string[],
  isStopword: (w: string) => boolean,
): void {
  const spanStart = classes.findIndex((c, i) => i > h && c === 'good');
  if (spanStart < 0) return;
  // An author's box under the byline names its author (or gives their address); a lede does not.
  // Names only: "Die Redaktion" names no one whose words a lede would repeat.
  const authorWords = new Set(authors.flatMap((n) => wordsOf(n).flatMap((w) => (w.length >= 3 && !isStopword(w.toLowerCase()) ? [w.toLowerCase()] : []))));
  const aboutAuthor = (i: number) => wordsOf(units[i]!.text).some((w) => authorWords.has(w.toLowerCase()));
  for (let i = h + 1; i < spanStart && i <= h + LEDE_REACH; i++) {
    const f = feats[i]!;
    const c = category[i];
    if (c === null && deferred[i] === null && (initial[i] === 'good' || initial[i] === 'near-good') && (f.endsSentence || f.words >= LEDE_OPEN_WORDS) && f.words >= LEDE_WORDS) {
      if (!aboutAuthor(i)) classes[i] = 'good';
      return;
    }
    const headerLine = c ? HEADER_CATEGORIES.has(c) : f.words <= 8 && !f.endsSentence;
    if (!headerLine) return;
  }
}

/** Words of the sentence that introduces a list with its colon, at least ("Here are the towns on the new routes:"); a shorter line is a label. */
const LIST_INTRO_WORDS = 6;
/** Words of a list item at most, and items at least. */
const LIST_ITEM_WORDS = 12;
const LIST_ITEMS = 2;

/**
 * A sentence of the story closing with a colon announces the list under it: its short lines (names,
 * places, things) read as a menu to the classifier, but they are the story's. The list runs to the
 * first line that is prose again, longer, or named by a detector (a repeat only: a place listed in
 * the story may also stand in the page's menu).
 */
function keepIntroducedLists(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    if (classes[i] !== 'good' || feats[i]!.words < LIST_INTRO_WORDS || !closesWithColon(units[i]!.text)) continue;
    let j = i + 1;
    const item = (k: number) => {
      const c = category[k];
      // A bare comment heading is no item: the comments open under it ("Watch:" over a video, then tags, then "Comments").
      return units[k]!.kind !== 'url' && classes[k] !== 'good' && feats[k]!.words >= 1 && feats[k]!.words <= LIST_ITEM_WORDS && (c === null || (c === 'navigation' && feats[k]!.repeats > 1)) && !(feats[k]!.words <= COMMENT_HEADING_WORDS && isCommentHeading(units[k]!.text));
    };
    while (j < units.length && item(j)) j++;
    if (j - i - 1 < LIST_ITEMS) continue;
    for (let k = i + 1; k < j; k++) classes[k] = 'good';
    i = j - 1;
  }
}

/** Words of a label announcing a numbered list at most ("From left to right:", "Die Zutaten:"). */
const NUMBERED_LABEL_WORDS = 8;
/** Numbered items, counting from 1, at least. */
const NUMBERED_ITEMS = 3;
/** Short lines (a picture's credit, a caption) between the story and the label at most. */
const NUMBERED_LABEL_GAP = 2;

/**
 * A short label closing with a colon right after the story's text (a picture's caption or credit
 * between at most), over items numbered from 1 ("From left to right: 1. … 2. …"), is the story's
 * list: short numbered lines read as a menu to the classifier, but a menu is not numbered and is
 * not announced with a colon. Named furniture stays out (a teaser list is named under its own label).
 */
function keepNumberedListsAfter(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  const loose = (k: number) => classes[k] !== 'good' && (category[k] === null || category[k] === 'caption') && feats[k]!.words <= NUMBERED_LABEL_WORDS;
  for (let i = 1; i < units.length; i++) {
    if (classes[i] === 'good' || category[i] !== null || units[i]!.kind !== 'text' || feats[i]!.words > NUMBERED_LABEL_WORDS || !closesWithColon(units[i]!.text)) continue;
    let above = i - 1;
    while (above >= 0 && i - above <= NUMBERED_LABEL_GAP && loose(above)) above--;
    if (above < 0 || classes[above] !== 'good') continue;
    let j = i + 1;
    while (j < units.length && numberedItem(units[j]!, feats[j]!, category[j] ?? null, j - i)) j++;
    if (j - i - 1 < NUMBERED_ITEMS) continue;
    for (let k = i; k < j; k++) classes[k] = 'good';
    i = j - 1;
  }
  // Without a label, the items must follow the story's text at once (a track list under a post): a teaser list has its label.
  for (let i = 1; i < units.length; i++) {
    if (classes[i - 1] !== 'good' || classes[i] === 'good' || itemNumber(units[i]!) !== 1) continue;
    let j = i;
    while (j < units.length && classes[j] !== 'good' && numberedItem(units[j]!, feats[j]!, category[j] ?? null, j - i + 1)) j++;
    if (j - i < NUMBERED_ITEMS) continue;
    for (let k = i; k < j; k++) classes[k] = 'good';
    i = j - 1;
  }
}

/** Words of a numbered point at most: a question or a title, shorter than a paragraph. */
const NUMBERED_POINT_WORDS = 40;

/**
 * Inside the story, an item numbered one more than a kept item before it ("7. Why did the bus stop?" after a kept "6. …")
 * is the next of the story's numbered points: a listicle's short items (a question, a title) read as menu lines to the
 * classifier, though the answers or paragraphs under them read as prose.
 */
function keepNumberedSequences(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  const first = classes.indexOf('good');
  const last = classes.lastIndexOf('good');
  let next = -1;
  for (let i = first; i >= 0 && i < last; i++) {
    const n = itemNumber(units[i]!);
    if (n === null) continue;
    if (classes[i] !== 'good' && numberedItem(units[i]!, feats[i]!, category[i] ?? null, next, NUMBERED_POINT_WORDS)) classes[i] = 'good';
    next = classes[i] === 'good' ? n + 1 : -1;
  }
}

/** The number a list item prints ("7." -> 7), or null for a line that is no numbered item. */
function itemNumber(unit: Unit): number | null {
  return unit.number === undefined ? null : Number.parseInt(unit.number, 10);
}

/** Item `n` of a numbered list: its number, a list item's length (`maxWords`), unnamed or read as a menu entry. */
function numberedItem(unit: Unit, feats: Features, category: RemovalCategory | null, n: number, maxWords = LIST_ITEM_WORDS): boolean {
  return itemNumber(unit) === n && feats.words <= maxWords && (category === null || category === 'navigation');
}

/** Words of a table's caption at most ("July changes in pending sales"): a title, not a paragraph. */
const TABLE_CAPTION_WORDS = 15;

/**
 * A table printed right under the story's text (its caption between at most) is the story's: its rows
 * are figures and names that read as furniture, and the span, scoring them as such, may stop above it.
 * Every row must be unnamed: a table a detector named (a standings box of links, a ticker) stays out.
 */
function keepTablesAfterText(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], table: Set<number>): void {
  for (let i = 1; i < units.length; i++) {
    if (!table.has(i) || table.has(i - 1) || classes[i] === 'good') continue;
    const end = runEnd(table, i);
    const caption = i - 1;
    const hasCaption = classes[caption] !== 'good' && category[caption] === null && units[caption]!.kind === 'text' && feats[caption]!.words <= TABLE_CAPTION_WORDS && !feats[caption]!.endsSentence;
    const above = hasCaption ? caption - 1 : caption;
    if (above < 0 || classes[above] !== 'good') continue;
    if (!allUnnamed(category, i, end)) continue;
    for (let k = hasCaption ? caption : i; k < end; k++) classes[k] = 'good';
    i = end - 1;
  }
}

/** A fact box's fields in a row, at least. */
const FACT_BOX_LINES = 3;

/**
 * A fact box ("Pages: 448", "Publisher: Northway", "Release: 2021") printed right above or under the
 * story's text is the story's (a book's, a product's or a photo's details): its short fields read as
 * furniture. Only a box whose every line is unnamed and that touches the kept text is kept.
 */
function keepFactBoxesBesideText(classes: ContentClass[], units: Unit[], category: (RemovalCategory | null)[], box: Set<number>): void {
  for (let i = 0; i < units.length; i++) {
    if (!box.has(i) || box.has(i - 1)) continue;
    const end = runEnd(box, i);
    const touches = classes[i - 1] === 'good' || classes[end] === 'good';
    if (touches && end - i >= FACT_BOX_LINES && allUnnamed(category, i, end)) for (let k = i; k < end; k++) classes[k] = 'good';
    i = end - 1;
  }
}

/** Where the run of members starting at `start` ends (the first index past it). */
function runEnd(members: ReadonlySet<number>, start: number): number {
  let end = start;
  while (members.has(end)) end++;
  return end;
}

/** No detector named any unit in [from, to). */
function allUnnamed(category: (RemovalCategory | null)[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (category[k] !== null) return false;
  return true;
}

/** Words of the line a story's last sentence announces at most: a quote, a punch line, a sign-off. */
const ANNOUNCED_WORDS = 40;
/** A sentence's close, or a quotation's ("…" ends quoted speech): a call closing with "!" is a button's ("Jetzt teilen!"). */
const SENTENCE_CLOSE = /[.…]\)?$|[.!?…]?["”“»«]$/u;

/**
 * A story whose last kept sentence closes with a colon ("…and tell him:") ends with what it
 * announces: the sentence under it (a quote, a punch line), which the span lost for being short.
 * Named furniture stays out, and so does a line that does not close like a statement or a quotation.
 */
function keepAnnouncedEnd(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  const last = classes.lastIndexOf('good');
  if (last < 0 || !closesWithColon(units[last]!.text)) return;
  const next = last + 1;
  const u = units[next];
  if (!u || u.kind !== 'text' || category[next] !== null || feats[next]!.words > ANNOUNCED_WORDS || !SENTENCE_CLOSE.test(u.text.trim())) return;
  classes[next] = 'good';
}

/** Lines of one block, at least, to read as a list whose items share one fate. */
const LIST_BLOCK_UNITS = 3;
/** Words of each such item at least: a list of names, captions or buttons is no such list. */
const LIST_BLOCK_ITEM_WORDS = 5;

/**
 * A block of lines printed without a blank line between them, standing between two of the story's
 * paragraphs with half or more of its lines kept as text, is a list in the story ("Org – Project:
 * what it maps"): its other items are kept too, though read alone a name-heavy item passes for
 * furniture. Named furniture stays out.
 */
function keepListBlocks(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && units[i]!.block === units[start]!.block) continue;
    const members = units.slice(start, i).map((u) => u.index);
    const kept = members.filter((k) => classes[k] === 'good').length;
    const inText = classes[start - 1] === 'good' && classes[i] === 'good';
    if (inText && members.length >= LIST_BLOCK_UNITS && members.every((k) => units[k]!.kind !== 'url' && feats[k]!.words >= LIST_BLOCK_ITEM_WORDS) && kept * 2 >= members.length) {
      for (const k of members) if (category[k] === null) classes[k] = 'good';
    }
    start = i;
  }
}

/** Invisible characters a page may print after a line's last letter (zero-width spaces, separators). */
const INVISIBLE_END = /[\u200b-\u200f\u2060-\u2064\ufeff]+\s*$/u;
/** Share of such lines' words the story above uses, at most, for them to be other stories' headlines. */
const TRAILING_OWN_WORDS = 0.75;
/** Headlines in a row at least, closing the kept text, to read as other stories' teasers. */
const TRAILING_HEADLINES = 3;
/** Words of such a headline: longer than a label or a name, shorter than a paragraph. */
const TRAILING_HEADLINE_WORDS: [number, number] = [4, 16];

/**
 * Lines shaped like headlines (a few words, no closing full stop or colon), three or more in a row,
 * closing the kept text with no paragraph after them, are other stories' teasers printed under the
 * story without a label: a story never ends on three headings. Named lines stay as they are.
 */
function dropTrailingHeadlines(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null, recipe: Set<number>): void {
  const kept = classes.flatMap((c, i) => (c === 'good' ? [i] : []));
  const visible = (i: number) => units[i]!.text.replace(INVISIBLE_END, '').trim();
  const shaped = (i: number) => {
    const f = feats[i]!;
    const t = visible(i);
    return i !== headline && !recipe.has(i) && units[i]!.kind === 'text' && !t.includes('\t') && category[i] === null && f.words >= TRAILING_HEADLINE_WORDS[0] && f.words <= TRAILING_HEADLINE_WORDS[1] && !closesWithMark(t, '.:;,…');
  };
  let run = 0;
  while (run < kept.length && shaped(kept[kept.length - 1 - run]!)) run++;
  // Something of the story must stay above them; and a row of questions is the story's own list ("Does it give me energy?").
  if (run < TRAILING_HEADLINES || run >= kept.length - 1) return;
  const tail = kept.slice(kept.length - run);
  // Teasers stand apart from the story, in a block of their own: lines printed on in the story's last block are its list.
  if (units[tail[0]!]!.block === units[kept[kept.length - run - 1]!]!.block) return;
  const questions = tail.filter((i) => closesWithMark(visible(i), '?')).length;
  if (questions * 2 > run) return;
  // Lines that mostly repeat the story's own words sum it up (a post's closing points); teasers tell other stories.
  // Words of four letters or more: the short ones (articles, prepositions) every text shares.
  const longWords = (i: number) => lowerWordsOf(units[i]!.text).filter((w) => w.length >= 4);
  const storyWords = new Set(kept.slice(0, kept.length - run).flatMap(longWords));
  const tailWords = tail.flatMap(longWords);
  if (tailWords.filter((w) => storyWords.has(w)).length > TRAILING_OWN_WORDS * tailWords.length) return;
  for (let k = kept.length - run; k < kept.length; k++) {
    classes[kept[k]!] = 'bad';
    category[kept[k]!] = 'related';
  }
}

/** The story's last kept line, unless that is its headline (-1 then, or when nothing is kept): what the closing rules below look at. */
function lastKeptLine(classes: ContentClass[], headline: number | null): number {
  const last = classes.lastIndexOf('good');
  return last === headline ? -1 : last;
}

/** Takes a kept line out of the story, named for what it is. */
function dropAs(classes: ContentClass[], category: (RemovalCategory | null)[], k: number, c: RemovalCategory): void {
  classes[k] = 'bad';
  category[k] = c;
}

/**
 * The story's last kept line printed again in a list of other stories below it (under "Related articles"): the
 * next story's teaser, whose summary and byline under it were already removed, not the story's closing line.
 */
function dropTeaserListedBelow(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null): void {
  const last = lastKeptLine(classes, headline);
  if (last < 0 || units[last]!.kind !== 'text' || !feats[last]!.key || feats[last]!.repeats < 2) return;
  // A headline's length and shape: a paragraph the list repeats as the story's own summary stays.
  const words = feats[last]!.words;
  if (words < TRAILING_HEADLINE_WORDS[0] || words > TRAILING_HEADLINE_WORDS[1] || closesWithMark(units[last]!.text, '.')) return;
  let listed = false;
  for (let j = last + 1; j < units.length; j++) {
    if (feats[j]!.key === feats[last]!.key && (listed || category[j] === 'related')) return dropAs(classes, category, last, 'related');
    if (category[j] === 'related') listed = true;
  }
}

/** Named lines over a teaser's summary at most (its count of likes, its section, its headline). */
const TEASER_HEAD_LINES = 4;
/**
 * What a teaser's lines over its summary are named, or unnamed (null: left out by the span with no cue); a picture's caption
 * and credit head a gallery's slides, a byline and a time a live blog's entries.
 */
const TEASER_FURNITURE = new Set<RemovalCategory | null>(['navigation', 'related', null]);
/** Words of a teaser's summary at least: a paragraph, not another label. */
const TEASER_SUMMARY_WORDS = 10;
/** Words of four letters or more a teaser's summary shares with a line of its head at least. */
const TEASER_RETOLD_WORDS = 2;
/** A line's key with its numbers as one mark: "66 Likes" and "110 Likes" are the same furniture. */
const shapeKey = (f: Features) => f.key.replace(/\p{N}+/gu, '0');

/**
 * Paragraphs closing the kept text, each under the same named lines (a count of likes, a section label, a headline), one
 * for one, the paragraphs after the kept text too: a list of teasers that the story's span reached into. A line of the same
 * furniture ("66 Likes" / "110 Likes", the same section) must recur at one place in every head for them to be one list's;
 * a time mark heads a live blog's entries, which are the story.
 */
function dropTeaserList(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null): void {
  const last = lastKeptLine(classes, headline);
  if (last < 0) return;
  const furniture = (i: number) => classes[i] !== 'good' && TEASER_FURNITURE.has(category[i] ?? null) && !TIME_MARK.test(units[i]!.text);
  // The list's last headline may have stayed, over its summary, as if the story's subheading.
  const teaserHeadline = (i: number) => classes[i] === 'good' && i !== headline && feats[i]!.words <= TRAILING_HEADLINE_WORDS[1] && !closesWithMark(units[i]!.text, '.:;,…');
  const headLine = (i: number) => i >= 0 && i < units.length && units[i]!.kind === 'text' && (furniture(i) || teaserHeadline(i));
  // A teaser's summary retells its headline: a story resuming after a link to another story ("Read more »") goes on with its
  // own. Five letters of a word stand for it: the headline's "Pelze" is the summary's "Pelzen".
  const longWords = (i: number) => lowerWordsOf(units[i]!.text).flatMap((w) => (w.length >= 4 ? [w.slice(0, 5)] : []));
  const retellsHead = (summary: number, size: number) => {
    const told = new Set(longWords(summary));
    return Array.from({ length: size }, (_, k) => summary - size + k).some((i) => longWords(i).filter((w) => told.has(w)).length >= TEASER_RETOLD_WORDS);
  };
  let head = 0;
  while (head < TEASER_HEAD_LINES && headLine(last - head - 1)) head++;
  if (head < 2) return;
  // Places in the head where every group so far prints the same furniture.
  let shared = Array.from({ length: head }, (_, k) => k).filter((k) => furniture(last - head + k) && feats[last - head + k]!.key);
  const matches = (summary: number) => {
    if (summary < 0 || summary >= units.length || units[summary]!.kind !== 'text' || feats[summary]!.words < TEASER_SUMMARY_WORDS) return false;
    for (let k = 0; k < head; k++) if (!headLine(summary - head + k)) return false;
    // The summaries the span left out already read as no story: their shape alone counts.
    if (classes[summary] === 'good' && !retellsHead(summary, head)) return false;
    const same = shared.filter((k) => furniture(summary - head + k) && shapeKey(feats[summary - head + k]!) === shapeKey(feats[last - head + k]!));
    if (same.length === 0) return false;
    shared = same;
    return true;
  };
  if (!retellsHead(last, head)) return;
  const kept = [last];
  while (classes[kept[0]! - head - 1] === 'good' && matches(kept[0]! - head - 1)) kept.unshift(kept[0]! - head - 1);
  let groups = kept.length;
  for (let s = last + head + 1; classes[s] !== 'good' && matches(s); s += head + 1) groups++;
  // Something of the story must stay above the list.
  const above = kept[0]! - head - 1;
  if (groups < 2 || above < 0 || classes[above] !== 'good' || above === headline) return;
  for (const i of kept) {
    for (let k = i - head; k <= i; k++) if (classes[k] === 'good') dropAs(classes, category, k, 'related');
  }
}

/**
 * A name on a line of its own as the story's last kept line, right over an author's box that opens with the same name
 * ("Jane Doe" / "Jane Doe ist Redakteurin …"): the box's heading, not the story's last subheading.
 */
function dropNameOverBox(classes: ContentClass[], units: Unit[], category: (RemovalCategory | null)[], headline: number | null): void {
  const last = lastKeptLine(classes, headline);
  const box = units[last + 1];
  if (last < 0 || units[last]!.kind !== 'text' || category[last + 1] !== 'author-bio' || box?.kind !== 'text') return;
  const name = units[last]!.text.trim();
  if (isNameLine(name) && box.text.trimStart().startsWith(`${name} `)) dropAs(classes, category, last, 'author-bio');
}

/**
 * Lines that close the kept text without being the story's: the byline's name printed again ("Kab NIANG" under a story
 * "Par Kab Niang"), the author signing off; the site's web address alone ("Example.info"); a gallery's label ("Bilder des
 * Treffens", "Photos"), whose pictures a text dump does not hold; a tag list's label without its colon ("Tagged"); and a
 * heading right over a closing box a cue named (a subscription's offer, the author's bio), which is the box's.
 */
function dropSignOff(classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null, authors: string[]): void {
  const last = lastKeptLine(classes, headline);
  if (last < 0 || !feats[last]!.key) return;
  if (BARE_DOMAIN.test(units[last]!.text.trim())) dropAs(classes, category, last, 'site-name');
  else if (isGalleryLabel(units[last]!.text)) dropAs(classes, category, last, 'caption');
  else if (isBareTagLabel(units[last]!.text)) dropAs(classes, category, last, 'tags');
  else if (authors.some((a) => normaliseKey(a) === feats[last]!.key)) dropAs(classes, category, last, 'byline');
  else {
    const box = category[last + 1];
    if (box && CLOSING.has(box) && feats[last]!.headingLike && feats[last]!.words <= BOX_HEADING_WORDS && !/[!?]$/u.test(units[last]!.text.trim())) dropAs(classes, category, last, box);
  }
}
/** Words of a box's heading at most ("We have something to offer you" over a subscription's offer); a question or a cry is the story's closing line. */
const BOX_HEADING_WORDS = 8;
/** A web address alone, with no path: a site's name as its footer or heading prints it. */
const BARE_DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;

/** Words of a site's tagline at most ("<Site> – News for the valley and the coast."). */
const TAGLINE_WORDS = 20;

/**
 * The site's name with a tagline after it ("<Site> – news for the valley") is the site's line, not the
 * story's, wherever the span took it in: the name was confirmed by a copyright or bio line.
 */
function dropTaglines(siteName: string, classes: ContentClass[], units: Unit[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null): void {
  const name = siteName.toLowerCase();
  units.forEach((u, i) => {
    if (classes[i] !== 'good' || i === headline || feats[i]!.words > TAGLINE_WORDS) return;
    const t = u.text.trim();
    if (!t.toLowerCase().startsWith(name) || !/^\s*[-–—|:·•]\s+\p{L}/u.test(t.slice(name.length))) return;
    classes[i] = 'bad';
    category[i] = 'site-name';
  });
}

/** Words of a copyright line at most, for its holder to name the site. */
const HOLDER_LINE_WORDS = 30;

/** The holder of the page's last copyright line, without its legal form ("energiehoch3 GmbH" -> "energiehoch3"). */
function pageHolder(units: Unit[], feats: Features[]): string | null {
  for (let i = units.length - 1; i >= 0; i--) {
    if (feats[i]!.words > HOLDER_LINE_WORDS || !isCopyrightLine(units[i]!.text)) continue;
    const holder = holderName(units[i]!.text);
    if (holder) return holder;
  }
  return null;
}

/** A paragraph opening with the site's name and a verb that says what it is ("X is", "X ist", "X est", "X es"). */
function siteBlurb(site: string): RegExp {
  return new RegExp(String.raw`^${escapeRegExp(site)}\s+(?:is|are|ist|sind|est|sont|es|son|è|sono|jest|to|är|er)\s`, 'u');
}

/** Lines without prose after which a run of paragraphs is over. */
const PROSE_GAP = 10;

/** Words of a comment count printed beside a headline at most ("No Comments", "14 Kommentare"), a header mark as a byline is. */
const HEADER_COUNT_WORDS = 4;
/** Words of a line holding a date at most, for it to be a header mark (a longer one is the story's text). */
const HEADER_DATE_WORDS = 25;

/**
 * A line printed beside a headline as its header: a byline or dateline, a short line holding a date (not a title named by
 * its date), a person's age, a count of ratings or of comments.
 */
function isHeaderMark(text: string, f: Features, c: RemovalCategory | null): boolean {
  if (c === 'byline' || c === 'dateline') return true;
  // An embedded post's date is the post's: its first line is no headline for having it under it.
  if (f.words <= HEADER_DATE_WORDS && !isEmbedSignature(text)) {
    // Read once, on the trimmed line whose offsets isNamedByDate reads too.
    const dates = printedDates(text.trim());
    if (dates.length > 0 && !isNamedByDate(text, dates)) return true;
  }
  return isAgeLine(text) || isRatingCount(text) || (f.words <= HEADER_COUNT_WORDS && countsComments(text));
}

/** Words of an author's box under a link to the author's page at most. */
const AUTHOR_BOX_WORDS = 120;

/** Words of a caption over a bare picture label at most (a caption may tell the scene in two sentences). */
const LABELLED_CAPTION_WORDS = 40;

/** A link's title with the kind of page it opens after a bar ("Title | mehr", "Title | video"), as a broadcaster lists its other pages. */
const TYPED_LINK = /\s\|\s*(?:mehr|more|audio|video|podcast|galerie|bilder|fotos)\s*$/iu;
const TYPED_LINK_WORDS = 25;

/** A line that is only a number ("0", "12"). */
const BARE_COUNT = /^\s*\d{1,5}\s*$/u;
/** A date's label alone, with its colon ("Release Date:", "Veröffentlicht am:", "Fecha de publicación:"). */
const DATE_LABEL_LINE = /^\s*(?:(?:release|publication|published|posted|last updated|updated|issue)\s+date|date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|datum|veröffentlicht(?: am)?|erschienen(?: am)?|stand|aktualisiert(?: am)?|fecha(?: de publicación)?|publicado(?: el)?|date de publication|publié le|mis à jour le|data(?: di pubblicazione)?|pubblicato il)\s*[:：]\s*$/iu;

/** Lines at most between a byline and the paragraph on its author, for that paragraph to be the header's bio, and between it and the story. */
const BIO_UNDER_BYLINE = 6;
const BIO_OVER_STORY = 12;

/**
 * Paragraphs on the byline's author printed right under the byline, among its buttons ("By" / "Jane Doe" / "More by Jane" /
 * "Jane Doe is a reporter who writes about …"): the header's bio, not the lede, wherever the span would start. A bio
 * found by its words alone is only a cue (a lede about a journalist opens a story); one naming the byline's own author
 * and the work they do, under the byline, is not the story's (a lede on the author's own night shift is).
 */
function bylineBios(units: Unit[], initial: ContentClass[], category: (RemovalCategory | null)[], deferred: (RemovalCategory | null)[], authors: readonly string[]): number[] {
  const bios: number[] = [];
  deferred.forEach((c, i) => {
    if (c !== 'author-bio' || !isNamedBio(units[i]!.text, authors) || !saysWhoTheyAre(units[i]!.text)) return;
    // The story follows a header's bio; a box under the story has only furniture after it, and the span's edge settles it.
    const storyBelow = initial.slice(i + 1, i + 1 + BIO_OVER_STORY).some((k, d) => k === 'good' && deferred[i + 1 + d] === null);
    if (!storyBelow) return;
    for (let j = i - 1; j >= Math.max(0, i - BIO_UNDER_BYLINE); j--) if (category[j] === 'byline') return void bios.push(i);
  });
  return bios;
}

/** Detectors whose shape alone says what a unit is. */
function detectShapes(
  u: Unit,
  i: number,
  units: Unit[],
  cls: ContentClass,
  authors: string[],
  name: (i: number, c: RemovalCategory) => void,
  deferred: (RemovalCategory | null)[],
  box: ReadonlySet<number>,
): void {
  if (u.kind === 'url') return name(i, 'url');
  // A blog's archive: months with their years, one a line, next to each other.
  if (isMonthYearLine(u.text) && [units[i - 1], units[i + 1]].some((n) => n !== undefined && isMonthYearLine(n.text))) return name(i, 'navigation');
  if (isTrailer(u.text)) {
    name(i, 'trailer');
    if (units[i + 1]?.kind === 'url') name(i + 1, 'trailer');
    return;
  }
  const names = bylineNames(u.text);
  if (names) {
    authors.push(...names);
    return name(i, 'byline');
  }
  // A bare number right under the byline or the dateline is the comment count printed beside them.
  if (BARE_COUNT.test(u.text) && i > 0 && (bylineNames(units[i - 1]!.text) !== null || datelineDate(units[i - 1]!.text) !== null)) return name(i, 'comments');
  const next = units[i + 1];
  if (isDeskByline(u.text, next?.kind === 'text' ? next.text : undefined)) {
    name(i + 1, 'byline');
    return name(i, 'byline');
  }
  // A writer may sign with a given name alone ("Von" / "Robert").
  if (isBylineLabel(u.text) && next?.kind === 'text' && (isNameLine(next.text) || isGivenNameAlone(next.text)) && readsAsName(next.text)) {
    authors.push(...(bylineNames(`${u.text.trim()} ${next.text.trim()}`) ?? []));
    name(i + 1, 'byline');
    return name(i, 'byline');
  }
  if (datelineDate(u.text)) return name(i, 'dateline');
  // A date's label alone on the line above it ("Release Date:" / "Thursday, 28 April 2022") goes with the date; in a
  // list of labelled fields ("Beginn:" / date / "Aktualisiert:" / date) it is one of the facts.
  const fieldAbove = () => i >= 2 && units[i - 2]!.kind === 'text' && /[:：]\s*$/u.test(units[i - 2]!.text);
  if (DATE_LABEL_LINE.test(u.text) && next?.kind === 'text' && datelineDate(next.text) && !fieldAbove()) return name(i, 'dateline');
  const words = wordsOf(u.text).length;
  // A blog's post line states the post's date and filing (metadata reads it among the removed lines).
  if (words <= POST_LINE_MAX_WORDS && OPENS_POST_LINE.test(u.text)) return name(i, 'dateline');
  if (isPostedDateLine(u.text)) return name(i, 'dateline');
  if (attributionIn(u.text) && words <= 25) return name(i, 'attribution');
  // A caption, a bare picture label and the picture's credit, one a line: the label shows what the lines around it are.
  if (isBarePictureLabel(u.text)) {
    const credit = units[i + 1];
    const above = units[i - 1];
    if (credit?.kind === 'text' && isCreditUnderLabel(credit.text)) {
      name(i + 1, 'caption');
      if (above?.kind === 'text' && wordsOf(above.text).length <= LABELLED_CAPTION_WORDS) name(i - 1, 'caption');
    }
    return name(i, 'caption');
  }
  if (isPictureCaption(u.text)) return name(i, 'caption');
  if (isTeaserSummary(u.text)) return name(i, 'related');
  // A link to another page with its kind after a bar ("Title | mehr", "Title | audio"), unless the story announces it.
  if (words <= TYPED_LINK_WORDS && TYPED_LINK.test(u.text) && !closesWithColon(units[i - 1]?.text ?? '')) return name(i, 'related');
  if (isEmbedPlaceholder(u.text)) return name(i, 'cookie');
  // Unless a line introduces it ("The plugin then fails with:"): a post about the error quotes it.
  if (isScriptError(u.text) && !closesWithColon(units[i - 1]?.text ?? '')) return name(i, 'boilerplate');
  if (isAboutLabel(u.text, next?.kind === 'text' ? next.text : undefined)) return name(i, 'author-bio');
  // An author's box the page prints twice or more is the box wherever it stands, over the story too.
  if (box.size > 1 && box.has(i)) return name(i, 'author-bio');
  // A paragraph right under a link to a writer's page on the site ("…/author/jane-doe/") is that writer's box.
  const prev = units[i - 1];
  if (prev?.kind === 'url' && words <= AUTHOR_BOX_WORDS && urlsIn(prev.text).some(isAuthorPage)) return name(i, 'author-bio');
  const notices = disclosuresIn(u.text);
  const noticeWords = notices.reduce((n, d) => n + wordsOf(d).length, 0);
  // A paragraph saying who someone is, under an author box's label ("About the author"), is the box's wherever it stands:
  // the label makes it surer than a bio-like sentence alone, which counts only at the story's end.
  if (i > 0 && units[i - 1]!.kind === 'text' && isBioLabel(units[i - 1]!.text) && (looksLikeBio(u.text) || saysWhoUnderLabel(u.text))) return name(i, 'author-bio');
  const cue: RemovalCategory | null = notices.length > 0 && noticeWords >= words * 0.6 ? 'disclosure' : (cueCategory(u.text) ?? (isNamedBio(u.text, authors) || box.has(i) ? 'author-bio' : null));
  if (!cue) return;
  // A numbered list's item that walks a menu's path ("1. Settings > Privacy > Location") is a how-to's step, not a breadcrumb.
  if (cue === 'navigation' && u.number !== undefined && isBreadcrumb(u.text)) return;
  if (cls === 'good') deferred[i] = cue;
  else name(i, cue);
}

/**
 * A headline printed over two lines around a colon ("Bridge repairs:" / "Ferries run at night"):
 * the other part is joined to the headline, and its line is listed as removed under `title`.
 */
function joinHeadlineParts(h: number, units: Unit[], feats: Features[], category: (RemovalCategory | null)[]): void {
  const u = units[h]!;
  const next = units[h + 1];
  const short = (i: number) => units[i]?.kind === 'text' && category[i] === null && feats[i]!.words >= 1 && feats[i]!.words <= 15 && !/[.:;,]$/u.test(units[i]!.text.trim());
  if (closesWithColon(u.text) && next && short(h + 1)) {
    u.text = `${u.text.trim()} ${next.text.trim()}`;
    category[h + 1] = 'title';
    return;
  }
  // The first part printed over it ("Night buses for the eastern towns:" / "Assembly votes yes"):
  // a kicker of a few words closing with a colon belongs to the headline (a one- or two-word label,
  // "Interview:", "Search:", and a list, "More about: A, B", do not).
  const prev = units[h - 1];
  const w = feats[h - 1]?.words ?? 0;
  if (prev && prev.kind === 'text' && prev.block === u.block && category[h - 1] === null && w >= KICKER_WORDS[0] && w <= KICKER_WORDS[1] && /^[^,;]*\p{L}[:：]$/u.test(prev.text.trim())) {
    u.text = `${prev.text.trim()} ${u.text.trim()}`;
    category[h - 1] = 'title';
  }
}

/** A kicker joined to the headline under it has this many words, fewest and most. */
const KICKER_WORDS = [3, 10] as const;

/** The headline printed again, exactly or as a variant (social title, image alt) near the top. */
function markHeadlineRepeats(h: number, units: Unit[], feats: Features[], initial: ContentClass[], name: (i: number, c: RemovalCategory) => void): void {
  const headText = units[h]!.text;
  let firstGood = initial.findIndex((c, i) => i > h && c === 'good');
  if (firstGood < 0) firstGood = units.length;
  units.forEach((u, i) => {
    if (i === h) return;
    if (feats[i]!.key === feats[h]!.key) name(i, 'duplicate');
    // A variant right above the first paragraph is the body's own heading, not a repeat.
    else if (i > h && i < firstGood && !(feats[i]!.headingLike && i + 1 === firstGood) && isHeadlineVariant(headText, u.text)) name(i, 'duplicate');
  });
}

/** A label and a value with a number ("Term: 36 months", "Preis: 20.000 Euro"). */
const FACT_LINE = /^[^:：]{2,40}[:：]\s*[^\s:：]*\d/u;
/** Words of such a line at most. */
const FACT_WORDS = 12;

/** Repeated lines: short ones are menus and buttons (all copies go); long ones keep their first copy. */
function markRepeats(units: Unit[], feats: Features[], headline: number | null, name: (i: number, c: RemovalCategory) => void): void {
  const seen = new Set<string>();
  units.forEach((_, i) => {
    const f = feats[i]!;
    // "Price: 20,000 euros" printed in two examples is a fact the story repeats, not a menu entry.
    if (i === headline || !f.key || f.repeats < 2 || (f.words <= FACT_WORDS && FACT_LINE.test(units[i]!.text))) return;
    if (f.words <= 6) name(i, 'navigation');
    else if (seen.has(f.key)) name(i, 'duplicate');
    seen.add(f.key);
  });
}

/** A line of prose that ends on a colon, with a sentence before it, introduces what follows (a quote, a list): a header line is never two sentences. */
function introducesQuote(text: string, f: Features): boolean {
  return f.sentences >= 1 && closesWithColon(text);
}

/**
 * Between the headline and the first paragraph sit bylines, dates, section
 * names, captions and buttons. Short non-sentence lines there are header,
 * unless one directly introduces a paragraph (a heading or kicker).
 */
function markHeader(h: number, feats: Features[], classes: ContentClass[], units: Unit[]): void {
  const firstGood = classes.findIndex((c, i) => i > h && c === 'good');
  if (firstGood < 0) return;
  for (let i = h + 1; i < firstGood; i++) {
    const t = units[i]!.text.trim();
    // A row of links ("Section | Blog | Topic | Question?") is header even when its last item ends like a sentence.
    if (classes[i] === 'bad' || (feats[i]!.endsSentence && !isLinkRow(t)) || introducesQuote(units[i]!.text, feats[i]!)) continue;
    // A line opening with a date ("07.12.2022 Science Climate") is the post's date and sections, a row of links
    // ("Beauty · Makeup · Celebrities") the post's tags, and a person's name alone its author's byline: none is a subheading.
    const introducesParagraph = feats[i]!.headingLike && i + 1 === firstGood && printedDates(t)[0]?.index !== 0 && !isLinkRow(t) && !isPersonNameLine(t);
    if (!introducesParagraph) classes[i] = 'bad';
  }
}

/**
 * A person's name alone under the headline (and its deck), beside the post's date ("Ann Lee" / "16 March 2021"), is its
 * byline without the "By": named so, though the author's box under the story prints the name again (a repeat reads as a
 * menu entry or the site's name).
 */
function nameBareBylines(h: number, classes: ContentClass[], units: Unit[], category: (RemovalCategory | null)[]): void {
  // Under a byline with its "By", a name alone is the picture's credit.
  for (let i = h + 1; i < units.length && i <= h + BARE_BYLINE_REACH; i++) if (category[i] === 'byline') return;
  let paragraphs = 0;
  for (let i = h + 1; i < units.length && i <= h + BARE_BYLINE_REACH; i++) {
    // The deck may stand between the headline and the byline; the story's first paragraph ends the header.
    if (classes[i] === 'good' && ++paragraphs > 1) return;
    // A person's blog takes its author's name for the site's: printed twice, the name reads as the site's too.
    if ((category[i] !== null && category[i] !== 'navigation' && category[i] !== 'site-name') || !isPersonNameLine(units[i]!.text)) continue;
    if (category[i - 1] === 'dateline' || category[i + 1] === 'dateline') category[i] = 'byline';
  }
}
/** How far under the headline, in units, a bare byline may stand. */
const BARE_BYLINE_REACH = 8;

/** How close under the headline the story's first paragraph stands, in units. */
const STORY_START_REACH = 8;
/** The text under the headline is the story when it scores this share of the densest region elsewhere. */
const STORY_SHARE = 0.5;

/**
 * The densest region, unless the headline's own text scores nearly as well: a short story with a
 * longer sidebar after it (blurbs of other sections, a site's self-description) is still the story.
 */
function storySpan(classes: ContentClass[], words: number[], penalties: number[], headline: number, deferred: (RemovalCategory | null)[]): [number, number] | null {
  const span = mainSpan(classes, words, penalties);
  if (!span || headline < 0) return span;
  let first = -1;
  for (let k = headline + 1; k < classes.length && k <= headline + STORY_START_REACH; k++) {
    if (classes[k] === 'good') {
      first = k;
      break;
    }
  }
  // A paragraph a cue names (an author's box under the byline, a notice) is no sign of where the story starts.
  if (first < 0 || deferred[first] || (first >= span[0] && first <= span[1])) return span;
  const own = spanFrom(classes, words, penalties, first);
  return own.score >= STORY_SHARE * spanScore(classes, words, penalties, span) ? own.span : span;
}

/** Keeps only the densest region; deferred cues peel furniture off its edges. */
function keepMainSpan(
  classes: ContentClass[],
  feats: Features[],
  deferred: (RemovalCategory | null)[],
  unitOf: number[],
  category: (RemovalCategory | null)[],
  commentHeads: Set<number>,
  units: Unit[],
  language: string,
  recipe: Set<number>,
  headline: number,
): void {
  const named = BOUNDARY_PENALTY;
  const penalties = unitOf.map((u) => (category[u] && BOUNDARY.has(category[u]!) ? named : 2));
  const span = storySpan(classes, feats.map((f) => f.words), penalties, headline, deferred);
  const inSpan = (k: number) => span !== null && k >= span[0] && k <= span[1];
  const drop = (k: number) => {
    // The cuts after the span end the story at furniture; a recipe's card under the story (after its "Print" button) is still the story's.
    if (recipe.has(unitOf[k]!) && inSpan(k)) return;
    classes[k] = 'bad';
    category[unitOf[k]!] ??= deferred[k] ?? null;
  };
  classes.forEach((c, k) => {
    if (c === 'good' && (!span || k < span[0] || k > span[1])) drop(k);
  });
  const peel = (order: number[], fromEnd: boolean) => {
    for (const k of order) {
      // The headline opens the span without being its text: a notice printed under it is still the span's edge.
      if (classes[k] !== 'good' || (!fromEnd && k === headline)) continue;
      // A biography closes a story; a lede about a journalist ("X is a reporter who …") opens one.
      // A comment policy stands over the comments, after the story.
      if (!deferred[k] || (!fromEnd && (deferred[k] === 'author-bio' || deferred[k] === 'comments'))) return;
      drop(k);
    }
  };
  const all = classes.map((_, i) => i);
  peel(all, false);
  peel(all.reverse(), true);
  dropNamedIslands(classes, deferred, drop);
  cutAtClosingProse(classes, feats, deferred, units, drop);
  dropAppealLeads(classes, feats, unitOf, category, units, drop);
  cutAtCommentHeading(classes, feats, units, drop);
  cutAtTeaserRun(classes, feats, unitOf, category, drop);
  // Title Case marks headlines in English only; other languages print theirs in sentence case.
  if (language === 'en') cutAtHeadlineRun(classes, feats, units, drop);
  cutAtTeaserLadder(classes, feats, unitOf, category, drop);
  cutAtFurnitureRow(classes, feats, unitOf, category, commentHeads, drop);
  dropTrailingIslands(classes, feats, drop);
  // Once the later cuts have dropped a tail of widgets, a closing paragraph may stand after most of what is left.
  cutAtClosingProse(classes, feats, deferred, units, drop);
}

/** The cues an island is dropped for: a publisher's notice or a call to subscribe. (A name over "X is a …" also reads as an author's box, and in a technical post a program's name heads its paragraph so.) */
const ISLAND_CUES = new Set<RemovalCategory | null>(['disclosure', 'login']);

/**
 * A paragraph a cue names (a disclosure, a call to subscribe or to consent) standing alone between
 * removed lines inside the span is furniture the span took in, as at its edges: a story's paragraph
 * has the story's text beside it.
 */
function dropNamedIslands(classes: ContentClass[], deferred: (RemovalCategory | null)[], drop: (k: number) => void): void {
  for (let k = 1; k < classes.length - 1; k++) {
    if (classes[k] === 'good' && ISLAND_CUES.has(deferred[k]!) && classes[k - 1] !== 'good' && classes[k + 1] !== 'good') drop(k);
  }
}

/** Removed lines that set a trailing piece of text apart from the story, at least. */
const ISLAND_GAP = 4;
/** Words of such a piece at most, and its share of the story before it at most. */
const ISLAND_WORDS = 30;
const ISLAND_SHARE = 0.1;

/**
 * A short piece of prose at the end of the span, set apart from the story by a row of removed lines
 * (a sidebar's blurb, a licence line, a newsletter's title), is not the story's: it joined the span
 * because its words outweigh the lines between. Repeated from the end while such pieces remain.
 */
function dropTrailingIslands(classes: ContentClass[], feats: Features[], drop: (k: number) => void): void {
  for (;;) {
    const last = classes.lastIndexOf('good');
    if (last < 0) return;
    let k = last;
    let words = 0;
    let gap = 0;
    // The piece: kept lines with at most one removed line between them.
    for (; k >= 0; k--) {
      if (classes[k] === 'good') {
        words += feats[k]!.words;
        gap = 0;
      } else if (++gap > 1) break;
    }
    const start = k + gap;
    let before = k;
    while (before >= 0 && classes[before] !== 'good') before--;
    if (before < 0 || start - before - 1 < ISLAND_GAP) return;
    let storyWords = 0;
    for (let j = 0; j <= before; j++) if (classes[j] === 'good') storyWords += feats[j]!.words;
    if (words > ISLAND_WORDS || words > ISLAND_SHARE * storyWords) return;
    for (let j = start; j <= last; j++) if (classes[j] === 'good') drop(j);
    // `drop` may keep a line (a recipe's card inside the span): then the same piece would be found again, for ever.
    if (classes[last] === 'good') return;
  }
}

/** Lines in a row, one of them closing furniture (tags, share buttons, teasers…), that end a story when little prose follows. */
const FURNITURE_ROW = 3;
/** How many times the prose after such a row the story before it must be. */
const FURNITURE_RATIO = 2;
/** Removed lines in a row from which the story before it need only be as long as the prose after it: no share bar is that long. */
const LONG_FURNITURE_ROW = 25;
const LONG_FURNITURE_RATIO = 1;

/**
 * A row of furniture with closing furniture in it (the tags, the share bar) after most of the
 * story ends it: the little prose after it (a sidebar's summaries, a newsletter box, ads) only
 * joined the span because each piece reads as prose. A story whose later part is as long as
 * a third of it survives a share bar in its middle. A call to comment or a comment count in the
 * row ends the story whatever follows: the readers' text after it may be longer than the story.
 */
function cutAtFurnitureRow(classes: ContentClass[], feats: Features[], unitOf: number[], category: (RemovalCategory | null)[], commentHeads: Set<number>, drop: (k: number) => void): void {
  const total = keptWords(classes, feats);
  let before = 0;
  let row = 0;
  let closing = false;
  let callToComment = false;
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] === 'good') {
      before += feats[k]!.words;
      row = 0;
      closing = false;
      callToComment = false;
      continue;
    }
    row++;
    const c = category[unitOf[k]!];
    closing ||= c !== null && c !== undefined && BOUNDARY.has(c);
    // "Post a comment" / "14 Comments" in the row: what follows is the readers' text, however long.
    callToComment ||= commentHeads.has(unitOf[k]!);
    // A long row (the share bar, the site's follow buttons, a list's label and its ads) sets the rest further apart.
    const ratio = row >= LONG_FURNITURE_ROW ? LONG_FURNITURE_RATIO : FURNITURE_RATIO;
    if (closing && row >= FURNITURE_ROW && before >= CLOSING_AFTER_WORDS && (callToComment || before >= ratio * (total - before))) {
      for (let j = k; j < classes.length; j++) if (classes[j] === 'good') drop(j);
      return;
    }
  }
}

/** Teasers with their summaries in a row ("Title" / summary / "Read more", three times or more) are a list of other stories. */
const LADDER_STEPS = 3;
/** A teaser's summary: at most two kept lines of this many words in all (a story's sections run longer). */
const SUMMARY_WORDS = 80;
/** Lines a summary (with its date or buttons) spans at most before the next teaser. */
const SUMMARY_LINES = 6;

/**
 * A list of teasers, each a teaser line or two (named `related`: a label, a headline, "Read more")
 * and a short summary that reads as prose, is not story: the summaries joined the span only
 * because they read as prose. Three such steps in a row are needed, so a single
 * "Also read" between paragraphs of a story leaves the story whole.
 */
function cutAtTeaserLadder(classes: ContentClass[], feats: Features[], unitOf: number[], category: (RemovalCategory | null)[], drop: (k: number) => void): void {
  const related = (k: number) => classes[k] !== 'good' && category[unitOf[k]!] === 'related';
  /** From a teaser line at k: the index after its summary, or -1 when no teaser-and-summary step starts there. */
  const step = (k: number): number => {
    let j = k;
    while (j < classes.length && related(j)) j++;
    if (j === k) return -1;
    let goods = 0;
    let words = 0;
    // Bounded, so every line is looked at a fixed number of times (linear on long pages).
    for (const stop = Math.min(classes.length, j + SUMMARY_LINES); j < stop && !related(j); j++) {
      if (classes[j] !== 'good') continue;
      goods++;
      words += feats[j]!.words;
    }
    return goods >= 1 && goods <= 2 && words <= SUMMARY_WORDS ? j : -1;
  };
  for (let k = 0; k < classes.length; k++) {
    if (!related(k) || (k > 0 && related(k - 1))) continue;
    let steps = 0;
    let at = k;
    for (let next = step(at); next > at && steps < LADDER_STEPS; next = step(at)) {
      steps++;
      at = next;
    }
    if (steps < LADDER_STEPS) continue;
    // The whole ladder goes, however long; text after it (the story, on a page that lists teasers first) stays.
    for (let next = step(at); next > at; next = step(at)) at = next;
    for (let j = k; j < at; j++) if (classes[j] === 'good') drop(j);
    k = at - 1;
  }
}

/** Words of the lines kept as the story so far. */
function keptWords(classes: ContentClass[], feats: Features[]): number {
  let total = 0;
  classes.forEach((c, k) => (total += c === 'good' ? feats[k]!.words : 0));
  return total;
}

/** Teaser lines in a row ("Related stories" and the headlines under it) that close a story. */
const TEASER_RUN = 3;
/** A teaser run ends the story when the story before it is this many times the prose after it: a sidebar is shorter than a story, the second half of a story is not (a run mid-story stays). */
const TEASER_RATIO = 1.5;

/**
 * A run of teasers after most of the story ends it, like a closing paragraph: the prose after
 * it (more teasers with summaries, a sidebar) joined the span only because it reads as prose.
 */
function cutAtTeaserRun(classes: ContentClass[], feats: Features[], unitOf: number[], category: (RemovalCategory | null)[], drop: (k: number) => void): void {
  const total = keptWords(classes, feats);
  let before = 0;
  let run = 0;
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] === 'good') {
      before += feats[k]!.words;
      run = 0;
      continue;
    }
    run = category[unitOf[k]!] === 'related' ? run + 1 : 0;
    if (run >= TEASER_RUN && before >= CLOSING_AFTER_WORDS && before >= TEASER_RATIO * (total - before)) {
      for (let j = k; j < classes.length; j++) if (classes[j] === 'good') drop(j);
      return;
    }
  }
}

/** Headline-shaped lines in a row, with no prose between them, that end a story as a list of other stories. */
const HEADLINE_RUN = 4;
/** Shortest of such lines: another story's headline runs longer than a list item or a name. */
const HEADLINE_RUN_WORDS = 5;

/** A line shaped like another story's headline: a capitalised phrase, not a sentence, not a numbered or bulleted item. */
function otherStoryHeadline(u: Unit, f: Features): boolean {
  if (u.kind !== 'text' || f.words < HEADLINE_RUN_WORDS || f.words > 25 || /^\s*[\p{N}]+[.)]\s/u.test(u.text)) return false;
  const t = u.text.trim();
  // A comma marks a name with its role or a list item as often as a headline. Questions count only
  // in Title Case: a story may ask its readers several in a row.
  if (closesWithMark(t, '.:;,!') || t.includes(', ')) return false;
  return f.titleCase >= 0.6;
}

/**
 * A run of other stories' headlines with nothing between them, after most of the story, ends it even
 * without a "Related" label: a story's own subheadings are followed by its paragraphs, not by more headlines.
 */
function cutAtHeadlineRun(classes: ContentClass[], feats: Features[], units: Unit[], drop: (k: number) => void): void {
  const total = keptWords(classes, feats);
  let before = 0;
  let runStart = -1;
  let run = 0;
  let runWords = 0;
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] !== 'good') continue;
    if (!otherStoryHeadline(units[k]!, feats[k]!)) {
      before += feats[k]!.words + runWords;
      run = 0;
      runWords = 0;
      continue;
    }
    if (run === 0) runStart = k;
    run++;
    runWords += feats[k]!.words;
    if (run >= HEADLINE_RUN) {
      const after = total - before - runWords;
      if (before >= CLOSING_AFTER_WORDS / 2 && before >= TEASER_RATIO * after) {
        for (let j = runStart; j < classes.length; j++) if (classes[j] === 'good') drop(j);
        return;
      }
    }
  }
}

/** Cues on prose that close a story: a biography, a newsletter call, a copyright or service blurb, a publisher notice. */
const CLOSING = new Set<RemovalCategory>(['author-bio', 'login', 'footer', 'disclosure', 'cookie']);
/** Story words a closing paragraph must follow before it may end the story, and how much more than what follows it. */
const CLOSING_AFTER_WORDS = 80;
const CLOSING_RATIO = 2;

/**
 * A closing paragraph (an author's biography, "Sign up for our newsletter", a copyright notice) ends
 * the story when most of the kept text stands before it: what the span still holds after it is
 * other text (teasers, a sidebar) that only joined the span because it reads as prose.
 */
function cutAtClosingProse(classes: ContentClass[], feats: Features[], deferred: (RemovalCategory | null)[], units: Unit[], drop: (k: number) => void): void {
  const total = keptWords(classes, feats);
  let before = 0;
  for (let k = 0; k < classes.length; k++) {
    // A paywall's notice ends the story whatever follows it (the offer's own text may run long), kept or not; so does
    // an appeal's opening line, which the span may have kept as a short line among paragraphs.
    const paywall = isPaywallNotice(units[k]!.text);
    if (((paywall && classes[k] !== 'good') || isAppealOpening(units[k]!.text)) && before >= CLOSING_AFTER_WORDS) {
      for (let j = k; j < classes.length; j++) if (classes[j] === 'good') drop(j);
      return;
    }
    if (classes[k] !== 'good') continue;
    const cue = deferred[k];
    if (cue && CLOSING.has(cue) && before >= CLOSING_AFTER_WORDS && (paywall || before >= CLOSING_RATIO * (total - before - feats[k]!.words))) {
      // Closing paragraphs right above it belong to the same closing run (a cookie text's first paragraphs, where more of
      // it followed than the ratio allows): the cut starts at the first of them.
      let start = k;
      for (let j = k - 1; j >= 0; j--) {
        if (classes[j] !== 'good') continue;
        if (!CLOSING.has(deferred[j]!)) break;
        start = j;
      }
      for (let j = start; j < classes.length; j++) if (classes[j] === 'good') drop(j);
      return;
    }
    before += feats[k]!.words;
  }
}

/**
 * The paragraphs asking for support right above a call to donate ("The magazine needs your help!", then
 * "Donate via PayPal to our account …") or a button to donate now ("Jetzt spenden!") are the appeal's opening: the cue names the call only.
 */
function dropAppealLeads(classes: ContentClass[], feats: Features[], unitOf: number[], category: (RemovalCategory | null)[], units: Unit[], drop: (k: number) => void): void {
  for (let k = 0; k < classes.length; k++) {
    // The button may stand among the paragraphs the span kept, a short line between them.
    const button = isDonateButton(units[k]!.text);
    if (!button && (classes[k] === 'good' || category[unitOf[k]!] !== 'login' || !isDonationCall(units[k]!.text))) continue;
    let j = k - 1;
    while (j >= 0 && classes[j] !== 'good') j--;
    const leads: number[] = [];
    for (; j >= 0 && classes[j] === 'good' && asksForSupport(units[j]!.text); j--) leads.push(j);
    // The story stands before them: a page that is all appeal is left to the span.
    if (leads.length === 0 || keptWords(classes.slice(0, leads.at(-1)), feats) < CLOSING_AFTER_WORDS) continue;
    for (const i of leads) {
      category[unitOf[i]!] ??= 'login';
      drop(i);
    }
    if (classes[k] === 'good') {
      category[unitOf[k]!] ??= 'navigation';
      drop(k);
    }
  }
}

/** Words of a bare comment heading at most ("Comments", "Kommentare", "Reader comments"). */
const COMMENT_HEADING_WORDS = 3;

/**
 * A bare comment heading kept as the heading of what follows ("Comments" over an ad or a box the
 * comment detector did not read as comments) ends the story once most of it stands before: a story
 * may have a "Discussion" section, seldom in its last third. So does the site's "About us" label.
 */
function cutAtCommentHeading(classes: ContentClass[], feats: Features[], units: Unit[], drop: (k: number) => void): void {
  const total = keptWords(classes, feats);
  let before = 0;
  for (let k = 0; k < classes.length; k++) {
    // The site's "About us" label, kept or not, heads the site's blurb: the same holds for it.
    const aboutUs = isAboutUsLabel(units[k]!.text);
    if (classes[k] !== 'good' && !aboutUs) continue;
    const words = classes[k] === 'good' ? feats[k]!.words : 0;
    if ((aboutUs || (feats[k]!.words <= COMMENT_HEADING_WORDS && isCommentHeading(units[k]!.text))) && before >= CLOSING_AFTER_WORDS && before >= CLOSING_RATIO * (total - before - words)) {
      for (let j = k; j < classes.length; j++) if (classes[j] === 'good') drop(j);
      return;
    }
    before += words;
  }
}

/**
 * Like Trafilatura's baseline: when classification keeps nothing but the
 * headline (a very short page), keep the lines after it that no detector named
 * as furniture, up to the first long gap between them, rather than publish an empty brief.
 */
function fallBackToUnnamed(classes: ContentClass[], feats: Features[], category: (RemovalCategory | null)[], headline: number | null, units: Unit[]): boolean {
  if (classes.some((c, i) => c === 'good' && i !== headline)) return false;
  let any = false;
  let gap = 0;
  for (let i = (headline ?? -1) + 1; i < classes.length; i++) {
    // A call to comment ("Leave a Reply", "Kommentar verfassen") opens the comment form, whose prompts are sentences no detector
    // names out of context; a comment count may stand in the header, under the byline, so it ends nothing.
    if (any && category[i] === 'comments' && isCommentHeading(units[i]!.text) && !countsComments(units[i]!.text)) break;
    // Only sentences or longer lines: a bare menu word is not worth keeping.
    const prose = feats[i]!.endsSentence || feats[i]!.words >= 8;
    if (category[i] === null && classes[i] === 'bad' && prose) {
      classes[i] = 'good';
      any = true;
      gap = 0;
    } else if (any && ++gap > FALLBACK_GAP) {
      // The text under the headline is over: a sidebar's list far below it (books, archives) is not the story's.
      break;
    }
  }
  return any;
}

/** Lines in a row the fallback's text may pass over (a picture, a share row, a list's labels) and still be one text. */
const FALLBACK_GAP = 20;

/** Names removed units that no detector named, from their neighbours and place on the page. */
function nameUnnamed(units: Unit[], feats: Features[], classes: ContentClass[], category: (RemovalCategory | null)[], authors: string[]): void {
  const lastKept = classes.lastIndexOf('good');
  const authorKeys = new Set(authors.map(normaliseKey));
  const shortFurniture = (i: number) => classes[i] === 'bad' && feats[i]!.words <= 5 && !endsSentence(units[i]!.text);
  units.forEach((u, i) => {
    // The author's name printed again after the story heads a bio box, even though repeats look like menus.
    if (classes[i] === 'good' || (category[i] !== null && category[i] !== 'navigation')) return;
    const after = i > lastKept;
    if (after && authorKeys.has(feats[i]!.key)) category[i] = 'author-bio';
    else if (after && category[i] === null && looksLikeBio(u.text) && category[i - 1] === 'author-bio') category[i] = 'author-bio';
  });
  units.forEach((_, i) => {
    if (classes[i] === 'good' || category[i] !== null) return;
    if (feats[i]!.repeats > 1) category[i] = 'navigation';
    else if (shortFurniture(i) && ((shortFurniture(i - 1) && shortFurniture(i + 1)) || (shortFurniture(i - 1) && shortFurniture(i - 2)) || (shortFurniture(i + 1) && shortFurniture(i + 2)))) {
      category[i] = 'navigation';
    }
  });
  units.forEach((u, i) => {
    if (classes[i] === 'good' || category[i] !== null) return;
    const sameBlock = [i - 1, i + 1].filter((j) => units[j]?.block === u.block && RUN_CATEGORIES.has(category[j] as RemovalCategory));
    if (sameBlock.length > 0) category[i] = category[sameBlock[0]!]!;
  });
}

/** Kept units as article nodes; a paragraph cut mid-sentence by a removed line is joined to its continuation. */
function toNodes(kept: number[], units: Unit[], feats: Features[], headline: number | null, recipe: Set<number>, code: Set<number>): { nodes: ArticleNode[]; headlineNode: number | null } {
  let last = -1;
  const nodes: ArticleNode[] = [];
  let headlineNode: number | null = null;
  // Only kept lines are paired: a quantity never joins a line the article left out.
  const ingredients = ingredientItems(units, feats, new Set(kept.filter((i) => recipe.has(i) && i !== headline)));
  for (const i of kept) {
    const u = units[i]!;
    const f = feats[i]!;
    const prev = nodes[nodes.length - 1];
    const ingredient = ingredients.get(i);
    if (ingredient !== undefined) {
      // A line joined into the item before it adds nothing of its own.
      if (ingredient !== null) nodes.push({ kind: 'list-item', text: ingredient, line: u.line });
      last = i;
      continue;
    }
    if (code.has(i)) {
      // Code keeps its lines and indentation; the units of one block make one node.
      const lines = u.raw.split('\n').filter((l) => l.trim() !== '').map((l) => l.trimEnd());
      if (prev?.kind === 'code' && code.has(last)) prev.text = `${prev.text}\n${lines.join('\n')}`;
      else nodes.push({ kind: 'code', text: lines.join('\n'), line: u.line });
      last = i;
      continue;
    }
    // A heading never runs on into a lower-case fragment, so a short "heading" before one was a cut sentence.
    const joinable = prev && (prev.kind === 'paragraph' || (prev.kind === 'heading' && nodes.length - 1 !== headlineNode));
    // A recipe's list has a line an ingredient ("salt to taste"), not a sentence cut in two.
    const listed = recipe.has(i) || recipe.has(last);
    last = i;
    // A place with its dash alone on a line ("Dübendorf -", "BERLIN —") is the dateline the paragraph under it runs on from.
    const runsOn = /^\p{Ll}/u.test(u.text) || (DATELINE_PLACE.test(prev?.text ?? '') && wordsOf(prev!.text).length <= DATELINE_PLACE_WORDS);
    if (prev && joinable && !listed && u.kind === 'text' && i !== headline && !endsParagraph(prev.text) && runsOn) {
      prev.text = `${prev.text} ${u.text}`;
      prev.kind = 'paragraph';
      continue;
    }
    if (i === headline) headlineNode = nodes.length;
    const kind = kindOf(u, f, i === headline);
    // A quoted line's mark is the quotation's: the brief shows it as a block quote, not as a character of its text.
    const text = kind === 'quote' ? u.text.replace(QUOTE_MARK, '') : u.text;
    nodes.push({ kind, text: u.number && i !== headline ? `${u.number} ${text}` : text, line: u.line });
  }
  return { nodes, headlineNode };
}

/**
 * A sentence that ends inside the line ("… May 18, 2010. (Name/Agency)", "… carefully. [Continue reading]"):
 * a picture caption, a cut paragraph or an excerpt with its link, never a subheading. The full stop must
 * follow two lower-case letters or digits, so abbreviations and initials ("Mr. Smith", "U.S. Economy") do
 * not count.
 */
const SENTENCE_INSIDE = /[\p{Ll}\p{N}]{2}[.!?]["”’']?\s+["“‘(\[]?\p{Lu}/u;

/** A dateline's place closed by its dash: "Dübendorf -", "SAN JOSÉ, Costa Rica —". */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'’ ,()-]*\s[-–—]$/u;
const DATELINE_PLACE_WORDS = 4;

/** A quoted line's mark, as a mail quotes: "> ". */
const QUOTE_MARK = /^\s*>\s?/u;

function kindOf(u: Unit, f: Features, isHeadline: boolean): ArticleNode['kind'] {
  if (isHeadline) return 'heading';
  if (u.kind === 'bullet') return 'list-item';
  if (f.headingLike && !closesWithMark(u.text, '.:;,') && f.words <= 20 && f.sentences <= 1 && !SENTENCE_INSIDE.test(u.text)) return 'heading';
  // One mark quotes, as in a mail ("> …"); a run of them (">>> good evening") marks a new speaker in a broadcast transcript.
  if (QUOTE_MARK.test(u.raw) && !/^\s*>\s*>/u.test(u.raw)) return 'quote';
  return 'paragraph';
}

function warningsFor(nodes: ArticleNode[], headline: number | null, units: Unit[], kept: number[]): string[] {
  const warnings: string[] = [];
  const words = nodes.reduce((n, node) => n + wordsOf(node.text).length, 0);
  if (headline === null) warnings.push('no headline found: the title is taken from the opening words');
  if (words < 50) warnings.push(`cleaning kept only ${words} words: check the seed is an article`);
  if (units.length >= 10 && kept.length / units.length < 0.05) warnings.push('more than 95% of the page was removed as furniture');
  return warnings;
}
