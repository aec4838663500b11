import type { ContentClass } from './classify.ts';
import { relatedLabel, SUMMARY_MAX_WORDS } from './cues.ts';
import { datelineDate, isDayLine, printedDates } from './dates.ts';
import type { Features } from './features.ts';
import { closesWithColon, closesWithMark, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/** Words of a line closing with a colon at least, to read as a sentence introducing links rather than a teaser's headline ("Watch:"). */
const INTRO_WORDS = 10;

/** Looks like a teaser headline: a capitalised phrase or a question, not a finished sentence. */
function teaserLike(u: Unit, f: Features, cls: ContentClass, dated: boolean): boolean {
  if (f.words < 2 || f.words > 40 || closesWithMark(u.text, '.')) return false;
  // A sentence that introduces what follows ("Details are on the operator's pages and in its help centre:") leads into links, it is none.
  if (f.words >= INTRO_WORDS && closesWithColon(u.text)) return false;
  // Prose-length teasers (a question with a subtitle) qualify only as questions: story paragraphs end with a full stop.
  if (closesWithMark(u.text, '?')) return true;
  // Title case marks an English teaser; in languages that capitalise only nouns (German), a short line
  // printed with its date, as the teasers before it were, is one.
  return cls !== 'good' && (f.titleCase >= 0.6 || (dated && f.words <= 15 && !f.endsSentence));
}

/** Words of a teaser printed on one line with its date first, its headline and its summary, at most. */
const DATED_TEASER_WORDS = 60;

/** Under a list's label, a line opening with a full date and a dash ("01.01.2022 - Section - Headline Summary …") is a teaser whole. */
function datedTeaser(text: string, f: Features): boolean {
  if (f.words > DATED_TEASER_WORDS) return false;
  const date = printedDates(text)[0];
  return date !== undefined && date.index === 0 && /^\s*[-–—|]\s/u.test(text.slice(date.text.length));
}

/** A line that is a date, with or without its year. */
const isDate = (text: string) => datelineDate(text) !== null || isDayLine(text);

/** Words of a teaser's summary at most (a story's paragraph runs longer). */
const SUMMARY_WORDS = 45;
/** Words of a summary the page cut off at least: a sentence's worth (a subheading also ends on a letter). */
const CUT_SUMMARY_WORDS = 15;
/** Words of a teaser's headline at most. */
const TEASER_HEADLINE_WORDS = 25;

/** Lines of a teaser box at most, its label with them: a page printed as one block of text is no box. */
const BOX_LINES = 12;
/** Words of a headline glued to its summary at least (shorter lines are a headline alone, a date, or a search box's labels). */
const GLUED_CARD_WORDS = 8;

/**
 * Whether the label at `i` opens a box: a block of its own, a box's size, whose every other line is the length of a
 * headline glued to its summary (a block that also holds a date, a byline or a paragraph is a page printed as one).
 */
function boxUnder(units: Unit[], feats: Features[], i: number): boolean {
  const u = units[i]!;
  if (units[i - 1]?.block === u.block || u.blockUnits < 3 || u.blockUnits > BOX_LINES) return false;
  for (let j = i + 1; units[j]?.block === u.block; j++) {
    const words = feats[j]!.words;
    if (units[j]!.kind !== 'text' || words < GLUED_CARD_WORDS || words > SUMMARY_WORDS) return false;
  }
  return true;
}

/**
 * "Also Read" / "You may also like" blocks: the label line, or a label with a
 * headline after it, plus the run of teaser headlines (and their dates) that
 * follows a bare label (with the dates and repeats between them, `passable`, and the summaries of teasers
 * dated or cut off mid-sentence, as teaser cards print them). The run stops at the first unit that reads as story;
 * a short heading directly followed by a paragraph is the story resuming.
 */
export function relatedRuns(units: Unit[], feats: Features[], initial: ContentClass[], taken: Set<number>, passable: Set<number>): number[] {
  const found: number[] = [];
  // A teaser's date may stand in its byline ("Von Ana Ruiz am 16.11.2024").
  const datedAt = (k: number) => k >= 0 && k < units.length && (isDate(units[k]!.text) || (passable.has(k) && printedDates(units[k]!.text).length > 0));
  // A teaser card's summary, cut off mid-sentence by the page at a fixed length ("… die Kronenfäule. Lesen"): no close, a letter last.
  const cutOff = (k: number) => k < units.length && units[k]!.kind === 'text' && !taken.has(k) && feats[k]!.words >= CUT_SUMMARY_WORDS && feats[k]!.words <= SUMMARY_MAX_WORDS && /\p{L}$/u.test(units[k]!.text.trim());
  for (let i = 0; i < units.length; i++) {
    // Labels repeat on a page ("Also Read" twice), so a repeat does not stop one from opening a run.
    if (taken.has(i) && !passable.has(i)) continue;
    const label = relatedLabel(units[i]!.text);
    if (!label) continue;
    if (label.rest) {
      if (wordsOf(label.rest).length <= 30) found.push(i);
      continue;
    }
    found.push(i);
    let items = 0;
    let lastItem = -1;
    let cards = 0;
    // A label opening a box: each line under it in the box's block is a teaser, its headline glued to its summary
    // ("Plant opens in May Work on the second line starts in June."), which reads as a sentence.
    const box = boxUnder(units, feats, i);
    for (let j = i + 1; j < units.length; j++) {
      const u = units[j]!;
      const f = feats[j]!;
      // The box ends with its block.
      if (box && u.block !== units[i]!.block) break;
      // Teasers carry their dates and are often printed twice (image alt, link): both stay in the run.
      if (passable.has(j) || isDate(u.text)) {
        found.push(j);
        continue;
      }
      const dated = datedAt(j + 1) && (items === 0 || datedAt(j - 1));
      // A dated teaser's summary (date, headline, summary, as the teasers before it were printed) is part of it.
      const cut = cutOff(j);
      const summary = items > 0 && lastItem === j - 1 && (cut || (f.words <= SUMMARY_WORDS && (datedAt(j + 1) || datedAt(j - 2)) && !taken.has(j)));
      if (summary) {
        if (cut) cards++;
        found.push(j);
        i = j;
        continue;
      }
      // Once a card's summary was cut off, a headline over another such summary is the next card's.
      const card = cards > 0 && f.words <= TEASER_HEADLINE_WORDS && !f.endsSentence && cutOff(j + 1);
      if (taken.has(j) || !(teaserLike(u, f, initial[j]!, dated) || datedTeaser(u.text, f) || card || box)) break;
      // Section headings are short; teasers are headlines of other stories and run longer.
      const resumesStory = items > 0 && f.headingLike && f.words <= 5 && initial[j + 1] === 'good';
      if (resumesStory) break;
      found.push(j);
      items++;
      lastItem = j;
      i = j;
    }
    if (items === 0 && !box && inlineTeaser(units, feats, initial, taken, i)) found.push(i + 1);
  }
  return found;
}

/** Words of a teaser set alone inside a story: a section's blurb or a headline in sentence case. */
const INLINE_TEASER_MIN_WORDS = 6;
const INLINE_TEASER_MAX_WORDS = 30;

/**
 * A label set inside the story ("Keep Reading") over one line that closes no sentence, the story going on on
 * both sides: that line is what the label links to ("The latest on rail travel, from fares to timetables"),
 * though it reads as neither a title-case headline nor a dated teaser.
 */
function inlineTeaser(units: Unit[], feats: Features[], initial: ContentClass[], taken: Set<number>, label: number): boolean {
  const j = label + 1;
  const u = units[j];
  if (!u || u.kind !== 'text' || taken.has(j) || initial[label - 1] !== 'good' || initial[j + 1] !== 'good') return false;
  const f = feats[j]!;
  return f.words >= INLINE_TEASER_MIN_WORDS && f.words <= INLINE_TEASER_MAX_WORDS && !closesWithMark(u.text, '.!?:;,');
}
