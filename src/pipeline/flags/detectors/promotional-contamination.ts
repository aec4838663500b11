import lexicon from '../lexicons/promotions.json' with { type: 'json' };
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { foldedPhrase, hasAtMostWords, phraseNeeds, phraseRegex, type Block } from '../text.ts';
import type { Flag, Severity } from '../types.ts';

/** A box label alone ("Also Read") or leading a promoted headline ("Read Also: …"). */
const MARKER = new RegExp(`^\\s*(?:${lexicon.markers.map(foldedPhrase).join('|')})\\s*(?::|-|$)`, 'iu');
/** "[ Yesterday Morning ]: Outlet": a ticker of other stories. */
const TICKER = new RegExp(`^\\s*\\[\\s*(?:${lexicon.tickerLabels.map(foldedPhrase).join('|')})[^\\]]{0,30}\\]`, 'iu');
const CALL_TO_ACTION = phraseRegex(lexicon.callsToAction);
/** CALL_TO_ACTION without its assertions: a body it does not match holds no block CALL_TO_ACTION matches. */
const ANY_CALL_TO_ACTION = phraseNeeds(lexicon.callsToAction);
/** "Click here" to see, read or hear something: the call points to content, not to a purchase. */
const TO_CONTENT = /^click\s+here\s+to\s+(?:watch|read|see|view|listen|hear)\b/iu;
const FURNITURE = new RegExp(`^\\s*(?:${lexicon.furniturePrefixes.map(foldedPhrase).join('|')})\\b`, 'iu');
const DATE_ONLY = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*$|^\s*\d{4}-\d{2}-\d{2}\s*$|^\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\s*$/iu;
const MAX_ITEM_WORDS = 45;
/** A step of a path or breadcrumb trail printed in the text. */
const PATH_STEP = /\s(?:->|→|»|>)\s/u;
/** Two short parts around one comma, the first a capitalised name: "Ann Lee, Valley University". */
const NAME_WITH_AFFILIATION = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+[^,]{2,60}$/u;
const NAMES_SHARE = 0.8;
/** An item of a numbered list or a numbered section ("10. Alone", "3) Buses", "2.1 Night routes"). */
const NUMBERED_ITEM = /^\s*\d{1,3}(?:[.)]|(?:\.\d{1,3})+\.?)\s/u;
/**
 * Words that announce a list of the story's own ("Here are the three questions worth asking.", "The benefits at a glance",
 * "These 10 principles", the works it cites: "Sources", "Literatur", and a book's contents: "Contents", "Chapters of the
 * book"), in English, German, Spanish or French.
 */
const ANNOUNCING_WORDS =
  /\b(?:here are|here is|the following|as follows|below|hier (?:sind|einige|die)|folgende[nrs]?|wie folgt|es folgen|los siguientes|voici|suivant(?:e?s)?)\b[^.!?]{0,80}[.!]?\s*$|\b(?:at a glance|overview|auf einen blick|im (?:überblick|ueberblick)|en un vistazo|en bref|(?:these|diese|estos|estas|ces) \d{1,2} \p{L}+|sources|references|bibliography|works cited|literature|literatur|quellen|quellenangaben|einzelnachweise|références|bibliographie|fuentes|referencias|bibliografía|(?:table of )?contents|inhalt(?:sverzeichnis)?|sommaire|table des matières|índice|(?:chapters|topics|themes|themen|kapitel|chapitres|thèmes|capítulos|temas) (?:in|of|im|des|du|del|de) (?:the |this |dem |diesem |ce |este )?(?:book|buch|livre|libro))\s*:?\s*$/iu;
/**
 * A block before a run that announces it as the story's own list: those words, or a closing colon ("Here are the questions
 * to ask:", "Our services:"). A short line that closes on a colon inside a run is as often a box's label ("More on this:").
 */
const ANNOUNCES_LIST = new RegExp(`:\\s*$|${ANNOUNCING_WORDS.source}`, 'iu');
const MIN_RUN = 3;
/** Share of a run's items that must share a form for the run to be a list of the story's own data. */
const SAME_FORM_SHARE = 0.5;
/** Share of a run's items holding a figure (a year aside), or opening with their year, for the run to be the story's own data: a headline may hold one too. */
const FIGURES_SHARE = 0.8;
/** An item that opens with a year, as a chronology's entries do. */
const OPENS_WITH_YEAR = /^\s*(?:1[5-9]|20)\d{2}(?:\s*[-–:]|\s)/u;
/** A year, which other stories' headlines print as often ("Plans for 2020"). */
const YEAR = /\b(?:1[89]|20)\d{2}\b/gu;
/** Groups of words a shared layout has at least: "Song - Singer (Title - Name)" has four, a headline with a kicker, a dash or an aside ("Title: Subtitle by Name (review)") fewer. */
const LAYOUT_GROUPS = 4;
/** A date in an item ("Aug 22, 2019", "11 décembre 2019", "22.08.2019"): teasers carry theirs, so it is no figure of the item's own. */
const DATE_IN_ITEM = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}\b/gu;

/**
 * Items that read as the story's own data, not as other stories' headlines, which differ in form and rarely hold a figure:
 * most hold a figure (ingredients, sizes, prices, a team's line-up) or open with their year (a chronology), or open or
 * close on the same two words as another ("Flash drive with 16 GB for 6 euros", "Flash drive with 32 GB …"; "… (No
 * effect on friendship.)"), or share a layout of brackets and dashes ("Song - Singer (Original title)").
 */
function ownData(items: readonly string[]): boolean {
  const enough = (n: number) => n >= SAME_FORM_SHARE * items.length;
  if (items.filter((t) => /\d/u.test(t.replace(DATE_IN_ITEM, '').replace(YEAR, ''))).length >= FIGURES_SHARE * items.length) return true;
  // A chronology: most items open with their year ("2006 The quay is rebuilt").
  if (items.filter((t) => OPENS_WITH_YEAR.test(t)).length >= FIGURES_SHARE * items.length) return true;
  const words = items.map((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const shared = (key: (w: string[]) => string) => {
    const counts = new Map<string, number>();
    for (const w of words) if (w.length >= 3) counts.set(key(w), (counts.get(key(w)) ?? 0) + 1);
    return [...counts.values()].some((n) => n >= 2 && enough(n));
  };
  if (shared((w) => w.slice(0, 2).join(' ')) || shared((w) => w.slice(-2).join(' '))) return true;
  // The layout of an item: its words as one mark, its brackets and dashes kept.
  const layouts = items.map((t) => t.replace(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,&-]*)*/gu, 'a').replace(/\s+/gu, ''));
  const counts = new Map<string, number>();
  for (const l of layouts) if (/[()[\]–—]|a-a/u.test(l) && l.split('a').length > LAYOUT_GROUPS) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= 2 && enough(n));
}

/**
 * A block that may be an item of a list: short, with no closing full stop. A closing comma or semicolon makes it a part
 * of a sentence broken into lines ("The crews check: / the hull, / the engine;"), no item of a list of headlines.
 */
function listItem(text: string): boolean {
  // The word bound first: a paragraph of prose is not read through; then the closing mark, which most short paragraphs have.
  return hasAtMostWords(text, MAX_ITEM_WORDS) && !/[.,;]\s*$/u.test(text);
}

/** Words past which a block of more than one sentence reads as prose. */
const PROSE_WORDS = 20;
/** A sentence ends and another begins inside the block. */
const SENTENCE_BREAK = /\p{Ll}[.!?]\s+\p{Lu}/u;

/** A block that reads like a headline: no closing full stop, mostly capitalised or a question. */
function headlineLike(text: string, minWords: number): boolean {
  if (!listItem(text)) return false;
  // A table's row (cells between tabs), a path ("Spain -> Rioja -> Winery") or a numbered item ("10. Alone") is the story's own list.
  if (text.includes('\t') || PATH_STEP.test(text) || NUMBERED_ITEM.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < minWords || FURNITURE.test(text)) return false;
  // Two sentences of prose, the second a question ("Few of them stay a year. What would help?"), are a paragraph, not a headline.
  if (words.length > PROSE_WORDS && SENTENCE_BREAK.test(text)) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  return capitals >= 0.5 || /\?\s*["”’']?\s*$/u.test(text);
}

/**
 * Promotions inside the story: recommendation boxes and the headlines they
 * list, tickers of other stories, adverts with calls to action, and runs of
 * headline-only blocks (a related-articles list that survived cleaning).
 */
export const promotionalContamination: Detector = {
  name: 'promotional-contamination',
  detect(ctx: FlagContext): Flag[] {
    const view = ctx.body;
    const blocks = view.blocks;
    const flagged = new Set<number>();
    const flags: Flag[] = [];
    const add = (b: Block, reason: string, severity: Severity = 'caution') => {
      if (flagged.has(b.index)) return;
      flagged.add(b.index);
      flags.push(flagOn('body', view, b, this.name, { kind: 'promotional-contamination', severity, reason }));
    };

    ANY_CALL_TO_ACTION.lastIndex = 0;
    const mayCall = ANY_CALL_TO_ACTION.test(view.norm);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      // The block's part of the folded body (fold maps one code unit to one), not a second fold.
      const folded = view.norm.slice(b.start, b.end);
      const boxLabel = (MARKER.test(folded) && hasAtMostWords(b.text, 20)) || TICKER.test(folded);
      if (boxLabel) {
        add(b, 'A promotion for other content sits inside the story text.', /^\s*watch\b/i.test(folded) ? 'info' : 'caution');
        // The promoted headlines that follow the label, skipping date lines.
        for (let j = i + 1; j < blocks.length; j++) {
          const next = blocks[j]!;
          if (DATE_ONLY.test(next.text)) continue;
          if (!headlineLike(next.text, 2)) break;
          add(next, 'A headline promoted from elsewhere on the site: another story\'s, which may share this one\'s subject but is not part of it.');
        }
        continue;
      }
      if (mayCall && hasAtMostWords(b.text, 40)) {
        const calls = [...folded.matchAll(CALL_TO_ACTION)];
        if (calls.length > 0) {
          // "Click here to see our film": a pointer to other content, which sells nothing; any other call is advertising's.
          const toContent = calls.every((c) => TO_CONTENT.test(folded.slice(c.index, c.index + c[0].length + 24)));
          if (toContent) add(b, 'A promotion for other content sits inside the story text.', 'info');
          else add(b, 'Advertising copy sits inside the story text.', 'warning');
        }
      }
    }

    // A run of headline-only blocks (dates allowed between) is a related-articles list, unless nearly every one is a
    // name with its affiliation ("Ann Lee, Valley University"): an open letter's signatories, a list of contributors.
    // A run the story announces (a colon or a lead-in: "Here are several questions that may help you decide:") is its own list.
    let run: Block[] = [];
    let announced = false;
    const flush = () => {
      const names = run.filter((b) => NAME_WITH_AFFILIATION.test(b.text)).length;
      if (run.length >= MIN_RUN && !announced && names < NAMES_SHARE * run.length && !ownData(run.map((b) => b.text))) for (const b of run) add(b, 'A list of other stories\' headlines sits inside the story text.');
      run = [];
    };
    // A run is announced by the block right before it (a colon will do), or by words that announce a list ("Ask yourself
    // the following:") before the items of any length that open it ("What do you love?", "What are you good at?", …). A
    // colon alone announces no further: "More buying guides you will find here:" labels a box of other stories as often.
    let wordsAnnounced = false;
    let previousAnnounces = false;
    for (const b of blocks) {
      if (DATE_ONLY.test(b.text)) continue;
      // A heading that announces a list ("The benefits at a glance") ends the run before it and opens the story's own list.
      if (ANNOUNCING_WORDS.test(b.text)) {
        flush();
        wordsAnnounced = previousAnnounces = true;
        continue;
      }
      if (headlineLike(b.text, 4)) {
        if (run.length === 0) announced = wordsAnnounced || previousAnnounces;
        run.push(b);
      } else flush();
      previousAnnounces = ANNOUNCES_LIST.test(b.text);
      wordsAnnounced &&= listItem(b.text);
    }
    flush();
    return flags.sort((a, b) => a.start - b.start);
  },
};
