import type { ContentClass } from './classify.ts';
import { countsComments, trailingCommentCount } from './comments.ts';
import { alternation, PICTURE_LABELS } from './cue-words.ts';
import { attributionIn, cueCategory, isPictureCaption, relatedLabel } from './cues.ts';
import { isPostedDateLine } from './dates.ts';
import type { Features } from './features.ts';
import { factBoxLines, isFurnitureLine, isKicker, isLinkRow, isSlideCounter, isWeatherLine } from './headline-lines.ts';
import { isTrailTo, TRAIL_END_MIN_WORDS, trailShaped } from './trail.ts';
import { closesWithColon, closesWithMark, hasLetter, lowersOneForOne, lowerWordsOf, normaliseKey, overlap, stem, wordsOf } from './text.ts';
import type { Unit } from './units.ts';
import { isGivenName } from '../links/lexicon.ts';

/** What the headline picker knows about the page. */
export interface HeadlineInputs {
  units: Unit[];
  feats: Features[];
  initial: ContentClass[];
  /** Units a detector already named (bylines, dates, buttons, site name…): never the headline. */
  excluded: Set<number>;
  /** Units a teaser-run detector named: excluded, unless one heads the page's main text at once (its own headline, laid out like the teasers around it). */
  teasers?: Set<number>;
  /** Units that are header furniture next to a headline (bylines, lines holding a date). */
  header: Set<number>;
  isStopword: (word: string) => boolean;
  /** The span the body stage would keep without a headline (first and last unit): where the story's text is. */
  region?: [number, number] | null;
}

/** How far from a line its neighbourhood reaches: the lead paragraphs under it, the headline-shaped lines over it. */
const WINDOW = 30;
/**
 * How far above its prose a headline may stand: captions, bylines, buttons and decks sit between,
 * and on a shop or product page a long panel of prices, options and ratings. The distance is
 * scored, so a far line wins only when nothing nearer reads as well.
 */
const REACH = 60;
/** Headlines rarely run longer; the longest ones are still under this. */
const MAX_WORDS = 30;
/** Candidates whose repeats on the page are looked for. */
const REPEAT_CHECKS = 40;
/** How far apart a headline and its variant (social title, image title) are printed. */
const VARIANT_DISTANCE = 6;
/** A variant printed above the best line wins when it scores nearly as well. */
const VARIANT_MARGIN = 0.8;
/** The shorter of two lines has at least this many words for one to be a variant of the other. */
const VARIANT_MIN_WORDS = 4;
/** How many lines above the best candidate the header it belongs to may reach. */
const HEADER_REACH = 12;
/** An earlier line of the header wins when it scores this close to the best one. */
const EARLIER_MARGIN = 0.5;
/** Lines kept for the repeat search: a headline is repeated in short lines (breadcrumbs, "3 comments on X"), not in long prose. */
const REPEAT_MAX_CHARS = 400;

/** A line holding a picture's or a source's credit anywhere: "©", a label ("Photo:", "Foto/", "Quelle:", "Source:"), or names around a slash at the end ("X / Agency"). copyright.ts has its own PICTURE_CREDIT, for a holder's name as a whole. */
const CREDIT_IN_LINE = new RegExp(String.raw`©|\b(?:${alternation([...PICTURE_LABELS, 'quelle', 'source'])})\s*[:./]|\S\s?\/\s?\p{Lu}[\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?\)?$`, 'iu');

/** An agency's name in capitals after the caption's closing stop ("… at the depot on Tuesday. EFE", "… in the harbour. REUTERS/Name"): no headline ends so. */
const AGENCY_AFTER_STOP = /\p{Ll}[.!?]\s+\p{Lu}{2,}(?:\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?$/u;

/** Content words of a text as stems: longer words that are not stopwords, in any language. */
export function contentStems(text: string, isStopword: (w: string) => boolean): string[] {
  const stems: string[] = [];
  // Where a word keeps its length lower-cased, the short ones are skipped before a lower-cased copy is made.
  const oneForOne = lowersOneForOne(text);
  for (const w of oneForOne ? wordsOf(text) : lowerWordsOf(text)) {
    if (w.length < 3) continue;
    const lower = oneForOne ? w.toLowerCase() : w;
    if (!isStopword(lower) && hasLetter(lower)) stems.push(stem(lower));
  }
  return stems;
}


export interface Candidate {
  index: number;
  score: number;
  features: HeadlineFeatures;
}

/**
 * The story's headline: the line that names what the page's main text is
 * about, printed above it. Candidates are headline-shaped lines (a few words,
 * not named furniture) followed within a few lines by prose. Each is scored by
 * structure, not by cue words:
 * - how much of the page's prose follows it in one run (a site name above an
 *   "about me" blurb, or a teaser above its summary, heads a small run);
 * - how many of its content words the story repeats (a menu item, a site name,
 *   a teaser for another story or a caption share few);
 * - how close it stands to the prose (only bylines, dates, buttons and
 *   captions sit between a headline and its text, so every other
 *   headline-shaped line in between counts against it);
 * - whether the page prints it again (breadcrumb, "3 comments on …", social title);
 * - whether a byline or dateline stands next to it;
 * - its shape (a single word or a run of sentences is rarely a headline).
 * A page whose best candidate scores nothing has no headline.
 */
export function pickHeadline(input: HeadlineInputs): number | null {
  const ranked = rankHeadlines(input);
  if (ranked.length === 0 || ranked[0]!.score <= 0) return null;
  // A page with no furniture at all (no menu, button, byline or date named anywhere) is the story alone, as an author or a
  // copy of its text gives it: a headline-shaped first line is its headline, whatever lines without a full stop follow
  // (a story's key points, a live page's updates).
  const first = ranked.find((c) => c.index === 0);
  if (first && first.score > 0 && first.features.opensPage > 0 && input.excluded.size === 0 && input.header.size === 0) return 0;
  // Of a headline printed twice in a row, the first is the page's own (the second is an image or social title).
  const top = ranked[0]!;
  let best = top.index;
  for (const c of [...ranked].sort((a, b) => b.index - a.index)) {
    if (c.index >= best || best - c.index > VARIANT_DISTANCE || c.features.linkRow > 0) continue;
    const same = input.feats[c.index]!.key === input.feats[best]!.key;
    // Lines of three words that share two are as often a section's name run into a teaser as one headline twice.
    const variant = Math.min(input.feats[c.index]!.words, input.feats[best]!.words) >= VARIANT_MIN_WORDS && !containsOrCut(input, c.index, best) && c.score >= top.score - VARIANT_MARGIN && isHeadlineVariant(input.units[best]!.text, input.units[c.index]!.text) && isHeadlineVariant(input.units[c.index]!.text, input.units[best]!.text);
    if (same || variant) best = c.index;
  }
  // A headline stands above its deck, caption and kicker-like subtitle: of the lines heading the same
  // text that score nearly as well, the first is taken, unless it merely contains the best one (a breadcrumb)
  // or the best one prints it whole with more ("Eastham: Night buses" under a short title "Night buses").
  let earliest = best;
  const bestBar = ranked.find((c) => c.index === best)!.features.bar;
  for (const c of ranked) {
    if (c.index >= earliest || best - c.index > HEADER_REACH || c.score < top.score - (isDeckUnder(input, c, best) ? deckMargin(c, ranked.find((r) => r.index === best)!) : EARLIER_MARGIN)) continue;
    const x = c.features;
    if (x.overlap <= 0 || (x.overlap < EARLIER_OVERLAP * top.features.overlap && !headerBetween(input, c.index, best)) || x.words < 2 || x.lower || x.dated || x.personLike || x.credit || x.linkRow || x.kicker) continue;
    // A line twice as long as the best one is a deck or a standfirst printed over the headline.
    if (x.words >= LONG_OVER_WORDS && x.words >= 2 * input.feats[best]!.words) continue;
    if (containsOrCut(input, c.index, best) || containsOrCut(input, best, c.index)) continue;
    // A line split by a bar ("Title | 2020", "Title | Site") is the page's title as a tab or a share card prints it, over the headline itself.
    if (x.bar > 0 && bestBar === 0) continue;
    let prose = false;
    for (let j = c.index + 1; j < best; j++) if (isProse(input, j)) prose = true;
    if (!prose) earliest = c.index;
  }
  let labelled = belowLabel(input, ranked, earliest);
  // A label printed twice (a menu's entry, then the trail's last step over the story) names the line under its second copy.
  if (labelled === earliest && earliest !== top.index && input.feats[earliest]!.key === input.feats[top.index]!.key) {
    const underSecond = belowLabel(input, ranked, top.index);
    if (underSecond !== top.index) labelled = underSecond;
  }
  return wholeForm(input, ranked, labelled);
}

/** How far from a headline cut short ("Night buses reach the…") its whole form may be printed. */
const UNCUT_REACH = 6;
/** How far under a breadcrumb's last step the headline that prints it whole may stand. */
const CRUMB_WHOLE_REACH = 2;

/**
 * A headline cut short with "…" gives way to the line near it that prints it whole: the headline is never
 * shortened. So does a breadcrumb's last step, a short title, to the line right under it that goes on from it.
 */
function wholeForm(input: HeadlineInputs, ranked: Candidate[], best: number): number {
  const crumb = ranked.find((c) => c.index === best)!.features.crumbTail > 0;
  if (!crumb && !cutShort(input, best)) return best;
  const key = input.feats[best]!.key;
  if (wordsOf(key).length < 2) return best;
  const near = (c: Candidate) => (crumb ? c.index > best && c.index - best <= CRUMB_WHOLE_REACH : Math.abs(c.index - best) <= UNCUT_REACH);
  const whole = ranked.find((c) => c.index !== best && near(c) && input.feats[c.index]!.key.startsWith(`${key} `));
  return whole ? whole.index : best;
}

/** A line over the best one, with no byline or date between them, shares at least this share of the story's words that the best one shares (a contact line over the headline shares few). */
const EARLIER_OVERLAP = 0.5;
/** A line over the best one with this many words, and twice as many as it, is a deck printed above the headline. */
const LONG_OVER_WORDS = 15;
/** A deck runs at least this many words longer than the headline over it. */
const DECK_LONGER = 3;
/** How far behind the deck right under it its headline may score and still win: a deck shares more words with the lead. */
const DECK_MARGIN = 1.5;

/**
 * The best line stands right under line c and runs well longer: a deck or standfirst under its
 * headline (a kicker over a headline is shorter than it, or no longer). The deck restates the
 * lead, so it outscores the headline on shared words; the headline wins from further behind.
 */
function isDeckUnder(input: HeadlineInputs, c: Candidate, best: number): boolean {
  return best - c.index === 1 && input.feats[best]!.words >= c.features.words + DECK_LONGER;
}

/**
 * How far behind the deck under it a headline may score: DECK_MARGIN, and what the deck scores for the
 * byline and date printed under it, which belong to the headline as much (a page prints headline, deck, byline).
 */
function deckMargin(headline: Candidate, deck: Candidate): number {
  const x = headline.features;
  const y = deck.features;
  return DECK_MARGIN + Math.max(0, NEAR_HEADER_WEIGHT * (y.nearHeader - x.nearHeader) + HEADER_BELOW_WEIGHT * (y.headerBelow - x.headerBelow));
}

/** A label has at most this many words; the line it stands over has at least this many more. */
const LABEL_WORDS = 4;
const LABEL_LONGER = 3;
/** How close under a label, and how nearly as well, the line it names must score. */
const LABEL_REACH = 3;
const LABEL_MARGIN = 1.5;

/**
 * A short line the page prints again (a menu entry, a section name), in capitals or shaped
 * like a name, over a longer headline-shaped line is that line's kicker or the site's name:
 * the longer line under it is the headline when it scores nearly as well.
 */
function belowLabel(input: HeadlineInputs, ranked: Candidate[], best: number): number {
  const b = ranked.find((c) => c.index === best);
  if (!b) return best;
  const x = b.features;
  // The last step of a breadcrumb trail names the page, not its section.
  if (x.words > LABEL_WORDS || x.crumbTail > 0 || !(x.repeated > 0 || x.upper > 0 || x.nameLike > 0)) return best;
  let under: Candidate | undefined;
  // A second label between them (a section's name in capitals) is passed over.
  for (const c of ranked) if (c.index > best && c.index - best <= LABEL_REACH && (!under || c.index < under.index) && !(c.features.words <= x.words && c.features.upper > 0)) under = c;
  // A post's labelled date under the label ("Posted on …") stands under the headline: a line below it is the story's (a caption, a lede).
  if (!under || postedBetween(input, best, under.index)) return best;
  const y = under.features;
  if (y.words < x.words + LABEL_LONGER || y.credit || y.dated || y.lower || y.endsColon || y.endsPeriod || under.score < b.score - LABEL_MARGIN) return best;
  return under.index;
}

/** Some unit strictly between a and b passes the test. */
function someBetween(a: number, b: number, test: (j: number) => boolean): boolean {
  for (let j = a + 1; j < b; j++) if (test(j)) return true;
  return false;
}

/** A line between two that opens with a publication label and its date ("Posted on 3 May 2021 by …"). */
const postedBetween = (input: HeadlineInputs, a: number, b: number) => someBetween(a, b, (j) => isPostedDateLine(input.units[j]!.text));

/** A byline or a date between two lines: the first stands over its byline as a headline does. */
const headerBetween = (input: HeadlineInputs, a: number, b: number) => someBetween(a, b, (j) => input.header.has(j));

/** A line that only wraps the best one (a breadcrumb ending in it) or cuts it short (a teaser ending in "…"). */
function containsOrCut(input: HeadlineInputs, c: number, best: number): boolean {
  const [a, b] = [input.feats[c]!.key, input.feats[best]!.key];
  return ` ${a} `.includes(` ${b} `) || (cutShort(input, c) && b.startsWith(a));
}

/** A line closing with "…" or "...": a teaser's or a title's form cut short. */
function cutShort(input: HeadlineInputs, i: number): boolean {
  return /(?:…|\.\.\.)$/u.test(input.units[i]!.text.trim());
}

/** Every headline candidate with its score, best first (for pickHeadline and for inspecting a page). */
export function rankHeadlines(page: HeadlineInputs): Candidate[] {
  // A very short page may have no long paragraph: its sentences are then its prose.
  const input = page.initial.some((c, i) => c === 'good' && !page.excluded.has(i))
    ? page
    : { ...page, initial: page.initial.map((c, i): ContentClass => (page.units[i]!.kind === 'text' && ((c !== 'bad' && page.feats[i]!.endsSentence) || page.feats[i]!.words >= 20) ? 'good' : c)) };
  const { units } = input;
  // Content stems of each unit, computed once: candidates look at the same neighbours.
  const cache = new Map<number, string[]>();
  const stemsOf = (i: number) => {
    let stems = cache.get(i);
    if (!stems) cache.set(i, (stems = contentStems(units[i]!.text, input.isStopword)));
    return stems;
  };
  // Candidates over the same prose share its lead.
  const leads = new Map<number, Set<string>>();
  const leadOf = (prose: number) => {
    let stems = leads.get(prose);
    if (!stems) leads.set(prose, (stems = leadStems(input, stemsOf, prose)));
    return stems;
  };
  const runs = runMasses(input);
  let maxMass = 0;
  let main = -1;
  runs.mass.forEach((m, i) => {
    if (m > maxMass) [maxMass, main] = [m, i];
  });
  if (main < 0) return [];
  // The story's words are those of the text the body keeps: the heaviest run may be its later half
  // (a table or a gallery cut the story in two) or another text, while the body's region holds the opening.
  const opening = regionRun(input);
  if (opening >= 0) main = opening;
  const bodyStems = new Set<string>();
  for (let i = main; i < units.length; i = runs.next[i]!) {
    for (const s of stemsOf(i)) bodyStems.add(s);
    if (runs.next[i]! - i > RUN_GAP) break;
  }
  const candidates: number[] = [];
  const factBox = factBoxLines(units);
  units.forEach((_, i) => {
    if (factBox.has(i)) return;
    const prose = runs.next[i]!;
    if (prose >= units.length || prose - i > REACH) return;
    // A teaser-shaped line directly over the page's main run of prose is that text's headline.
    const heads = input.teasers?.has(i) === true && prose - i <= TEASER_HEAD && runs.mass[prose]! >= maxMass * TEASER_HEAD_MASS;
    if (headlineShaped(input, i, heads)) candidates.push(i);
  });
  if (candidates.length === 0) return [];
  const shaped = new Set(candidates);
  const ranked: Candidate[] = candidates.map((index) => {
    const prose = runs.next[index]!;
    // A line right over the body's region heads the story, however short the run under it before a table or a gallery.
    const share = (runs.mass[prose]! - runs.before[index]!) / maxMass;
    const mass = prose === opening ? Math.max(share, REGION_HEAD_MASS) : share;
    const features = measureCandidate(input, stemsOf, leadOf, index, prose, mass, shaped, bodyStems, false);
    return { index, score: scoreOf(features), features };
  });
  // Repeats are searched across the whole page, so only for the leading candidates: the cost stays linear in the page.
  ranked.sort((a, b) => b.score - a.score || b.index - a.index);
  const leading = ranked.slice(0, REPEAT_CHECKS);
  const listed = listedInContents(input);
  // A teaser's line printed again in a list of teasers is its list printed twice (over the story and under it), no headline's repeat.
  const teasers = input.teasers ?? new Set<number>();
  for (const i of repeatedIn(input, leading.map((c) => c.index), (owner, j) => teasers.has(owner) && teasers.has(j))) {
    const c = leading.find((x) => x.index === i)!;
    c.features.repeated = 1;
    c.score = scoreOf(c.features);
  }
  for (const i of crumbTails(input, leading.map((c) => c.index))) {
    const c = leading.find((x) => x.index === i)!;
    c.features.crumbTail = 1;
    // The trail names the page: a paragraph over it (a menu's blurb) does not make it a subheading of that text.
    c.features.afterProse = 0;
    c.features.mass = Math.max(c.features.mass, 0);
    c.score = scoreOf(c.features);
  }
  for (const c of ranked) {
    if (!listed.has(c.index)) continue;
    // Its repeat is its entry in the contents, not a breadcrumb or a social title.
    c.features.listed = 1;
    c.features.repeated = 0;
    c.score = scoreOf(c.features);
  }
  ranked.sort((a, b) => b.score - a.score || b.index - a.index);
  return ranked;
}

/** The mass a line directly over the body's region counts at least, as a share of the page's largest run. */
const REGION_HEAD_MASS = 0.5;

/** The first prose unit of the body's region, or -1 when there is none. */
function regionRun(input: HeadlineInputs): number {
  if (!input.region) return -1;
  const [start, end] = input.region;
  for (let i = start; i <= end && i < input.units.length; i++) if (isProse(input, i)) return i;
  return -1;
}

/** Lines of furniture a story's prose may have between two paragraphs (a caption, a button row, a subheading, a table of contents or a sidebar of links) and stay one run: a subheading after such a break still has the story's opening above it. */
const RUN_GAP = 20;

/**
 * For every unit, the next prose unit after it (units.length when none), and for
 * every prose unit the words of prose from it to the end of its run (prose units
 * with at most RUN_GAP other lines between them). One backward pass.
 */
function runMasses(input: HeadlineInputs): { next: number[]; mass: number[]; before: number[] } {
  const n = input.units.length;
  const next = new Array<number>(n).fill(n);
  const mass = new Array<number>(n).fill(0);
  const before = new Array<number>(n).fill(0);
  let following = n;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = following;
    if (!isProse(input, i)) continue;
    mass[i] = input.feats[i]!.words + (following < n && following - i <= RUN_GAP ? mass[following]! : 0);
    following = i;
  }
  // Forward: the prose words of the run a unit sits in, printed before it.
  let last = -1;
  let upTo = 0;
  for (let i = 0; i < n; i++) {
    const connected = last >= 0 && i - last <= RUN_GAP;
    before[i] = connected ? upTo : 0;
    if (isProse(input, i)) {
      upTo = before[i]! + input.feats[i]!.words;
      last = i;
    }
  }
  return { next, mass, before };
}

/** Prose that anchors a run: long paragraphs only, since a headline phrased as a question reads like a short sentence. */
function isProse(input: HeadlineInputs, i: number): boolean {
  return !input.excluded.has(i) && input.initial[i] === 'good';
}

/** How close over the main text a teaser-shaped line must stand to be its headline (a byline, a date, a section, a share row and a deck between, or the author's short box: name, role, links), and how much of the page's prose that text must hold. */
const TEASER_HEAD = 12;
const TEASER_HEAD_MASS = 0.5;

/** Lines that stand beside a headline: where its byline and date are printed. */
const BESIDE = [-2, -1, 1, 2, 3];

/** Headlines run to about 20 words; a lede that opens a page without a headline is mostly longer. */
const OPENING_MAX_WORDS = 20;

/**
 * The page's first line, with nothing above it and no longer than a headline: a page saved as its headline
 * and its text (no menu, no byline) prints the headline there, whatever its stops ("A Ban Falls. Here Is What Comes Next.").
 */
function opensPage(input: HeadlineInputs, i: number): boolean {
  if (input.feats[i]!.words > OPENING_MAX_WORDS) return false;
  for (let j = 0; j < i; j++) if (/\p{L}/u.test(input.units[j]!.text)) return false;
  return true;
}

function besideHeader(input: HeadlineInputs, i: number): boolean {
  return BESIDE.some((d) => input.header.has(i + d));
}

/** Two sentences closing with a full stop are a headline's two parts at most this long; a lede's first two run longer. */
const SHORT_PAIR_WORDS = 15;

/**
 * A label over stories on the same subject ("Related Stories", "Lesen Sie auch", "Noticias relacionadas"), as against a
 * list of the latest ones ("Latest News", "Recent Posts"), whose first entry is often the page's own story.
 */
const SAME_SUBJECT_LABEL = /relat|relacionad|correlat|gerelateerd|ähnlich|verwandt|similaire|liés|(?<!\p{L})(?:also|auch|aussi|también|anche|também|ook|też|także|också|også|myös|také)(?!\p{L})|more (?:on|about) this|same subject|même sujet|zum thema/iu;

/** The line right over unit `i` labels a list of other stories on the same subject: `i` is the first of them. */
function underRelatedLabel(units: Unit[], i: number): boolean {
  const above = units[i - 1];
  if (above === undefined || above.kind !== 'text' || above.text.length > RELATED_LABEL_CHARS) return false;
  const label = relatedLabel(above.text);
  return label !== null && label.rest === '' && SAME_SUBJECT_LABEL.test(above.text);
}
/** A label's length at most. */
const RELATED_LABEL_CHARS = 60;

function headlineShaped(input: HeadlineInputs, i: number, headsMain = false): boolean {
  const u = input.units[i]!;
  const f = input.feats[i]!;
  if ((input.excluded.has(i) && !headsMain) || u.kind !== 'text' || f.words < 1 || f.words > MAX_WORDS || f.urlShare > 0) return false;
  const t = u.text.trim();
  if (/[,;]$/u.test(t) || !/\p{L}/u.test(t)) return false;
  if (underRelatedLabel(input.units, i)) return false;
  // An e-mail address alone is a contact line ("news@example.org"), never a headline; nor is a recipe's
  // ingredient ("500 ml Milch") or its times ("Total 1 hr 50 min").
  if (isFurnitureLine(t) || isWeatherLine(input.units, i)) return false;
  // "« Previous post", "Next post »": links to the neighbouring stories; a quotation in guillemets
  // ("«We waited forty days»", "Mayor: «No more delays»") opens and closes them and may be a headline.
  if ((/^[«‹←<]/u.test(t) && !/[»›>]/u.test(t.slice(1))) || (/[»›→]$/u.test(t) && !/[«‹]/u.test(t.slice(0, -1)))) return false;
  // Sentences of some length that close with a full stop are a lede, a deck or a caption. One such
  // sentence may still be a headline when a byline or a date stands beside it (it is scored down), and
  // so may two short ones ("Goats ruled the island for a century. Now it is green again.").
  const closesStop = closesWithMark(t, '.') && !/(?:\.\.\.|…)$/u.test(t);
  const shortPair = closesStop && f.sentences === 2 && f.words <= SHORT_PAIR_WORDS;
  const first = opensPage(input, i);
  if (f.words > 8 && closesStop && !first && ((f.sentences >= 2 && !shortPair) || !besideHeader(input, i))) return false;
  // Two sentences of some length are a lede or a deck, unless the line closes with a question, an
  // exclamation or "…" and a byline or a date stands beside it: "Town votes on the bridge. What happens next?"
  if (f.sentences >= 2 && f.words > 12 && !shortPair && !first && !((closesWithMark(t, '?!') || /(?:\.\.\.|…)$/u.test(t)) && besideHeader(input, i))) return false;
  // A slide counter ("3/5", "Bild 3 von 9"), and the line under one (that slide's title or caption), is not the story's headline.
  if (isSlideCounter(t) || (i > 0 && isSlideCounter(input.units[i - 1]!.text))) return false;
  if (captionsPortrait(input, i)) return false;
  // A line whose sentence runs on into the next (a hard wrap or a link cut it) is not a headline.
  const k = input.units.slice(i + 1, i + 3).findIndex((n) => n.kind !== 'url');
  const next = k < 0 ? undefined : input.units[i + 1 + k]!;
  const cut = k > 0 || f.words >= 15;
  if (next && cut && !input.header.has(i + 1 + k) && /^\p{Ll}/u.test(next.text) && !isLoneLabel(next.text) && !closesWithMark(t, '.!?:')) return false;
  return cueCategory(t) === null;
}

/** Two to four capitalised words and nothing else: a name. A line in capitals shows no name's shape (every word of it opens with a capital). */
function isNameShaped(text: string, isStopword: (w: string) => boolean): boolean {
  const words = wordsOf(text);
  return text !== text.toUpperCase() && words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) && !isStopword(w.toLowerCase())) && !/\d/u.test(text);
}

/** A name alone over a picture's credit or its source ("Jane Doe" over "Foto: Agency" or "Quelle: Name"): a portrait's caption, not the story's headline. */
function captionsPortrait(input: HeadlineInputs, i: number): boolean {
  const next = input.units[i + 1];
  if (next === undefined || next.kind !== 'text' || !isNameShaped(input.units[i]!.text.trim(), input.isStopword)) return false;
  return isPictureCaption(next.text) || attributionIn(next.text) !== null;
}

/** A lone lower-case word with no stop after it ("video", "mehr"): a label or a link under a line, not the rest of its sentence. */
function isLoneLabel(text: string): boolean {
  const t = text.trim();
  return wordsOf(t).length === 1 && !/[.!?,;:]$/u.test(t);
}

/** Characters of a comment count quoting the title at most. */
const QUOTING_COUNT_CHARS = 250;
/** A title in quotation marks ("“Title”", "„Title“", "«Title»", '"Title"'). */
const QUOTED = /[“„«"]([^“”„«»"]{1,200})[”“»"]/gu;

/** The keys of the titles a line quotes. */
function quotedTitles(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => normaliseKey(m[1]!));
}

/** Candidates printed again on the page, as a line of their own or inside a short line ("3 comments on …", a breadcrumb); `ignored` tells a print of a candidate that does not count. */
function repeatedIn(input: HeadlineInputs, candidates: number[], ignored: (candidate: number, line: number) => boolean = () => false): Set<number> {
  const keys = new Map<string, number[]>();
  for (const i of candidates) {
    const k = input.feats[i]!.key;
    // A key is its words joined by single spaces: three words or more is two spaces or more, without tokenising it again.
    if (k.indexOf(' ', k.indexOf(' ') + 1) >= 0) keys.set(k, [...(keys.get(k) ?? []), i]);
  }
  const found = new Set<number>();
  // The comments' count quoting the page's title ("5 thoughts on “Title”", "3 Kommentare zu „Title“") names it however short it is.
  const quoted = new Set(input.units.flatMap((u) => (u.text.length <= QUOTING_COUNT_CHARS && countsComments(u.text.trim()) ? quotedTitles(u.text) : [])));
  for (const i of candidates) if (quoted.has(input.feats[i]!.key)) found.add(i);
  if (keys.size === 0) return found;
  input.units.forEach((u, j) => {
    const f = input.feats[j]!;
    if (u.text.length > REPEAT_MAX_CHARS) return;
    for (const [k, owners] of keys) {
      // A paragraph of prose that uses the line's words is the text speaking of it, not the line printed again.
      if (f.key === k || (f.key.length > k.length && input.initial[j] !== 'good' && hasWords(f.key, k))) for (const o of owners) if (o !== j && !ignored(o, j)) found.add(o);
    }
  });
  return found;
}

/**
 * Candidates that end a breadcrumb trail printed elsewhere on the page: the trail names the
 * page itself last, so its last step is the page's headline (only lines of three words or more:
 * a shorter last step is as often a section's name).
 */
function crumbTails(input: HeadlineInputs, candidates: number[]): Set<number> {
  const found = new Set<number>();
  const texts = new Map<string, number[]>();
  for (const i of candidates) {
    const t = input.units[i]!.text.trim();
    if (input.feats[i]!.words >= TRAIL_END_MIN_WORDS) texts.set(t, [...(texts.get(t) ?? []), i]);
  }
  if (texts.size === 0) return found;
  input.units.forEach((u, j) => {
    const trail = trailShaped(u);
    if (!trail) return;
    for (const [t, owners] of texts) if (isTrailTo(trail.line, t, trail.separated)) for (const o of owners) if (o !== j) found.add(o);
  });
  return found;
}

/** How far over a headline the page header's breadcrumb trail stands (a trail printed lower, in a footer, names the page too but says nothing of where its header ends). */
const TRAIL_REACH = 3;

/**
 * The trail of the page's header ends with line `i`, printed just above it: the trail names the
 * page it is on, so the line is that page's own headline, not a teaser for another text.
 */
export function headedByTrail(units: Unit[], feats: Features[], i: number): boolean {
  if (feats[i]!.words < TRAIL_END_MIN_WORDS) return false;
  const t = units[i]!.text.trim();
  for (let j = Math.max(0, i - TRAIL_REACH); j < i; j++) {
    const trail = trailShaped(units[j]!);
    if (trail && isTrailTo(trail.line, t, trail.separated)) return true;
  }
  return false;
}

/** `key` holds `words` as whole words (` ${key} `.includes(` ${words} `), without building either string. */
function hasWords(key: string, words: string): boolean {
  for (let at = key.indexOf(words); at >= 0; at = key.indexOf(words, at + 1)) {
    const end = at + words.length;
    if ((at === 0 || key.charCodeAt(at - 1) === SPACE) && (end === key.length || key.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}
const SPACE = 32;

/** A table of contents has at least this many entries that head a section below it, and they are most of its lines. */
const CONTENTS_ENTRIES = 3;
const CONTENTS_SHARE = 0.5;
/** Contents entries are short: a section's heading, not a teaser with its summary. */
const CONTENTS_WORDS = 15;

/** "1. ", "2) ", "IV. ", "a) ": an entry's number in a table of contents. */
const ENTRY_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-z])\s+/u;

/**
 * A table of contents and the lines it lists: a row of short lines in one block (no blank line
 * between), most of which reappear further down as lines of their own. The entries and the
 * lines they name are the story's section headings; a page's headline is not among its own contents.
 */
function listedInContents(input: HeadlineInputs): Set<number> {
  const { units, feats } = input;
  const keyOf = (i: number) => feats[i]!.key.replace(ENTRY_NUMBER, '');
  // Where each short line's key is printed, in page order.
  const at = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.kind === 'url' || feats[i]!.words > CONTENTS_WORDS || !feats[i]!.key) return;
    const k = keyOf(i);
    if (k) at.set(k, [...(at.get(k) ?? []), i]);
  });
  const listed = new Set<number>();
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    const joined = i < units.length && units[i]!.block === units[start]!.block && units[i]!.kind !== 'url' && feats[i]!.words <= CONTENTS_WORDS;
    if (joined) continue;
    const end = i;
    if (end - start >= CONTENTS_ENTRIES) {
      // Each entry names a section further down, in the same order, and each section has prose
      // before the next one: a menu printed again in the footer has none between its entries.
      const pairs: [number, number][] = [];
      for (let j = start; j < end; j++) {
        const after = pairs.length > 0 ? pairs[pairs.length - 1]![1] : j;
        const later = (at.get(keyOf(j)) ?? []).find((x) => x > after);
        if (later === undefined) continue;
        if (pairs.length > 0 && !proseBetween(input, pairs[pairs.length - 1]![1], later)) continue;
        pairs.push([j, later]);
      }
      if (pairs.length >= CONTENTS_ENTRIES && pairs.length >= (end - start) * CONTENTS_SHARE) for (const [a, b] of pairs) listed.add(a).add(b);
    }
    start = i;
  }
  return listed;
}

function proseBetween(input: HeadlineInputs, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (isProse(input, j)) return true;
  return false;
}

/** What the picker measures on a candidate line. */
export interface HeadlineFeatures {
  /** Share of the line's content words that the story uses, damped for lines of one or two such words. */
  overlap: number;
  /** Prose that follows in one run, less the prose of that run printed above (a subheading has some above it), as a share of the page's largest run. */
  mass: number;
  /** The page prints the line again. */
  repeated: number;
  /** Other headline-shaped lines between this one and its prose: decks, captions, teasers, menus. */
  between: number;
  /** Lines between this one and its prose. */
  distance: number;
  /** A paragraph stands right above: a subheading of the text it sits in. */
  afterProse: number;
  /** A byline or dateline stands next to it. */
  nearHeader: number;
  /** A byline or dateline follows it: where a headline's own byline stands. */
  headerBelow: number;
  /** A breadcrumb trail ends with it ("Home › Section › Headline"). */
  crumbTail: number;
  words: number;
  endsPeriod: number;
  endsColon: number;
  manySentences: number;
  longProse: number;
  alone: number;
  /** Share of the line's content words used in the first two paragraphs after it. */
  lead: number;
  /** Headline-shaped lines sharing words with the story printed above it since the last paragraph. */
  earlier: number;
  /** Two to four capitalised words and nothing else: a name. */
  nameLike: number;
  /** A name that opens with a given name ("Jane Doe"): a person, where other capitalised pairs may be a title ("Faire Lieferketten"). */
  personLike: number;
  /** A picture credit ("Photo: …", "X / Agency", "©"). */
  credit: number;
  /** A line naming the piece's form and who speaks in it ("Interview with …", "… im Talk") or the section it is filed in ("News from …"): a kicker over the headline. */
  kicker: number;
  upper: number;
  /** The line above is a menu-like line of three words or fewer. */
  afterMenu: number;
  /** The line holds a date (a byline or dateline, rarely a headline). */
  dated: number;
  /** Starts with a lower-case letter: a tag, a menu entry or a cut sentence, not a headline. */
  lower: number;
  /** Printed between two short lines of its own block that no detector named, with no byline or date beside it: an entry of a menu. */
  inMenu: number;
  /** Listed in a table of contents printed above it: a section's heading inside the story. */
  listed: number;
  /** Three or more short items between separators ("News · Sport · Weather"): a row of links. */
  linkRow: number;
  /** Split by a bar between spaces ("Headline | Site"): the page's title as a tab prints it. */
  bar: number;
  /** The page's first line, nothing above it: its stops do not make it a lede. */
  opensPage: number;
}

function measureCandidate(input: HeadlineInputs, stemsOf: (i: number) => string[], leadOf: (prose: number) => Set<string>, i: number, prose: number, mass: number, shaped: Set<number>, bodyStems: Set<string>, repeated: boolean): HeadlineFeatures {
  const { units, feats } = input;
  const f = feats[i]!;
  const text = units[i]!.text.trim();
  const stems = [...new Set(stemsOf(i))];
  const shared = stems.filter((s) => bodyStems.has(s)).length;
  let between = 0;
  for (let j = i + 1; j < prose; j++) if (shaped.has(j) && !input.header.has(j) && !/[.]$/u.test(units[j]!.text.trim())) between++;
  const leadStems = leadOf(prose);
  let earlier = 0;
  for (let j = i - 1; j >= 0 && i - j <= WINDOW && !isProse(input, j); j--) {
    if (shaped.has(j) && stemsOf(j).some((st) => bodyStems.has(st))) earlier++;
  }
  const words = wordsOf(text);
  const name = isNameShaped(text, input.isStopword);
  const prev = units[i - 1];
  return {
    overlap: stems.length === 0 ? 0 : shared / Math.max(stems.length, 3),
    mass,
    repeated: repeated ? 1 : 0,
    between,
    distance: unnamedBetween(input, i, prose),
    afterProse: isProse(input, i - 1) || (isProse(input, i - 2) && !input.header.has(i - 1)) ? 1 : 0,
    // A count of the story's comments run onto the line ("Title 12 Comments") is a header mark as a byline is.
    nearHeader: besideHeader(input, i) || trailingCommentCount(text) !== null ? 1 : 0,
    headerBelow: [i + 1, i + 2, i + 3].some((j) => input.header.has(j)) ? 1 : 0,
    crumbTail: 0,
    opensPage: opensPage(input, i) ? 1 : 0,
    // A compound of two words joined by a hyphen ("Nachtbus-Fahrplan") reads as two words, not as a label's one.
    words: f.words === 1 && HYPHEN_COMPOUND.test(text) ? 2 : f.words,
    endsPeriod: /[.]$/u.test(text) && !/\.\.\.$|…$/u.test(text) ? 1 : 0,
    endsColon: closesWithColon(text) ? 1 : 0,
    manySentences: f.sentences >= 2 ? 1 : 0,
    longProse: input.initial[i] === 'good' ? 1 : 0,
    alone: units[i]!.blockUnits === 1 ? 1 : 0,
    lead: stems.length === 0 ? 0 : stems.filter((st) => leadStems.has(st)).length / Math.max(stems.length, 3),
    earlier,
    nameLike: name ? 1 : 0,
    personLike: name && isGivenName(words[0]!.toLowerCase()) ? 1 : 0,
    credit: CREDIT_IN_LINE.test(text) || AGENCY_AFTER_STOP.test(text) ? 1 : 0,
    kicker: isKicker(text) ? 1 : 0,
    upper: text === text.toUpperCase() && /\p{Lu}/u.test(text) ? 1 : 0,
    afterMenu: prev !== undefined && prev.kind === 'text' && wordsOf(prev.text).length <= 3 && !input.header.has(i - 1) ? 1 : 0,
    dated: input.header.has(i) ? 1 : 0,
    // "x86 shipments…", "iPhone sales…": a name printed in lower case opens a headline; a word of lower-case letters opens a sentence or a label.
    lower: /^\p{Ll}/u.test(text) && !LOWER_NAME.test(text) ? 1 : 0,
    // A kicker right over a line names it, as short as a menu entry.
    inMenu: menuNeighbour(input, i, i - 1) && !(prev !== undefined && isKicker(prev.text)) && menuNeighbour(input, i, i + 1) && !besideHeader(input, i) ? 1 : 0,
    listed: 0,
    linkRow: isLinkRow(text) ? 1 : 0,
    bar: BAR.test(text) ? 1 : 0,
  };
}

/** A single capitalised word joined by a hyphen to another of three letters or more. */
const HYPHEN_COMPOUND = /^\p{Lu}\p{Ll}{2,}-\p{L}{3,}$/u;

/** A bar between spaces: what a page's title puts between the headline and the site's name or a year. */
const BAR = /\s\|\s/u;

/** A name printed in lower case: a letter or two before a capital ("iPhone", "eBay") or letters before a figure ("x86"). */
const LOWER_NAME = /^\p{Ll}{1,2}\p{Lu}|^\p{Ll}+\p{N}/u;

/** Stems of the (at most two) prose units from `prose` on: the lead under a candidate. */
function leadStems(input: HeadlineInputs, stemsOf: (i: number) => string[], prose: number): Set<string> {
  const stems = new Set<string>();
  const { units } = input;
  for (let j = prose, k = 0; j < units.length && j < prose + WINDOW && k < 2; j++) {
    if (!isProse(input, j)) continue;
    for (const st of stemsOf(j)) stems.add(st);
    k++;
  }
  return stems;
}

/** Lines between a candidate and its prose that no detector named: buttons, bylines and dates are expected there. */
function unnamedBetween(input: HeadlineInputs, i: number, prose: number): number {
  let n = 1;
  for (let j = i + 1; j < prose; j++) if (!input.excluded.has(j) && !input.header.has(j)) n++;
  return n;
}

/** Most menu entries are a few words long. */
const MENU_WORDS = 6;

/** A short line printed in the same block as unit i (no blank line between), that is neither a byline, a date nor prose. */
function menuNeighbour(input: HeadlineInputs, i: number, j: number): boolean {
  const u = input.units[j];
  return u !== undefined && u.kind === 'text' && u.block === input.units[i]!.block && input.feats[j]!.words <= MENU_WORDS && !input.excluded.has(j) && !isProse(input, j);
}

/** A single sentence of more than eight words closing with a full stop is mostly a lede or a deck: it heads the story only when no other line does. */
const PERIOD_LONG = 4;

/** A line this short printed again is as often a menu entry or a site's name as a headline: its repeat counts less. */
const SHORT_REPEAT_WORDS = 3;


/** What a byline or date next to a line, and under it, adds to its score. */
const NEAR_HEADER_WEIGHT = 1.2;
const HEADER_BELOW_WEIGHT = 0.8;

function scoreOf(x: HeadlineFeatures): number {
  let score = 2.5 * x.overlap + 2 * x.lead + 1.8 * x.mass + (x.words <= SHORT_REPEAT_WORDS ? 1.5 : 2) * x.repeated * Math.min(1, Math.max(0, x.mass) * 2) - 0.1 * Math.min(x.between, 6) - 0.08 * Math.min(x.distance, 30);
  score += -1.5 * x.lower - 1.5 * x.afterProse + NEAR_HEADER_WEIGHT * x.nearHeader + HEADER_BELOW_WEIGHT * x.headerBelow + 3 * x.crumbTail + 0.6 * x.afterMenu - 1.6 * x.nameLike - 1.2 * x.credit - 1.5 * x.kicker - 1.2 * x.upper - 1 * x.dated - 1.5 * x.inMenu - 5 * x.listed;
  score -= 2 * x.linkRow;
  // A page's title as a tab prints it ("Headline | Site", "Issue 12 | Section") is a copy; the headline itself stands apart.
  score -= 1 * x.bar;
  if (x.words <= 1) score -= 2;
  else if (x.words === 2) score -= 0.9;
  else if (x.words > 20) score -= 0.5 * (x.words - 20);
  // The last step of a breadcrumb trail names the page, and so does the page's first line: a full stop closing it does not make it a lede.
  score += -(x.words > 8 ? PERIOD_LONG : 1.1) * x.endsPeriod * (x.crumbTail > 0 || x.opensPage > 0 ? 0 : 1) - 3 * x.endsColon - 0.2 * x.manySentences - 0.4 * x.longProse - 0.5 * x.alone;
  return score;
}

/** A variant of the headline (an og:title, a social title): headline-shaped and sharing most of its words. */
export function isHeadlineVariant(headline: string, text: string): boolean {
  const a = wordsOf(headline);
  const b = wordsOf(text);
  if (b.length < 3 || b.length > 30 || /[.]$/u.test(text.trim())) return false;
  return overlap(a, b) >= 0.6 && Math.abs(a.length - b.length) <= Math.max(a.length, b.length) * 0.6;
}

