/**
 * Breadcrumb trails ("Home › News › Headline"): a trail names the page it is on with its last
 * step, so its last step tells the headline (clean/headline.ts) and the headline's own words
 * from a kicker run into its line (metadata/run-in-kicker.ts).
 */
import { alternation, HOME_STEPS } from './cue-words.ts';
import type { Unit } from './units.ts';
import { wordsOf } from './text.ts';

/** Trails are short lines: a longer text is prose that happens to end with the words. */
const TRAIL_MAX_CHARS = 400;
/** Words of a trail's last step that names the page, at least: a shorter last step is as often a section's name. */
export const TRAIL_END_MIN_WORDS = 3;

/** A breadcrumb's separators: "Home › News › Headline", "Start / Politik / Headline". */
const CRUMB_SEPARATOR = /\s*[»›>\/|]\s*/u;
/** Steps of a trail before its last are short: a home link, a section name. */
const CRUMB_STEP_WORDS = 4;

/** A unit that may be a breadcrumb trail (a short line of text), and whether it holds a trail separator. */
export function trailShaped(u: Unit): { line: string; separated: boolean } | null {
  if (u.kind === 'url' || u.text.length > TRAIL_MAX_CHARS) return null;
  const line = u.text.trim();
  return { line, separated: /[»›>/|]/u.test(line) };
}

/** `line` is a breadcrumb trail whose last step is `t` (`separated`: the line holds a trail separator). */
export function isTrailTo(line: string, t: string, separated: boolean): boolean {
  if (line.length <= t.length || !line.endsWith(t)) return false;
  const before = line.slice(0, line.length - t.length);
  if (labelledTrail(before) || (!separated && unseparatedTrail(before))) return true;
  if (!separated) return false;
  const steps = before.split(CRUMB_SEPARATOR).slice(0, -1);
  return /\s*[»›>/|]\s*$/u.test(before) && !steps.some((s) => wordsOf(s).length > CRUMB_STEP_WORDS);
}

/** An ampersand and the word after it, inside a step's name. */
const AMPERSAND_WORD = /\s&\s+\p{Ll}+/gu;
/** Steps of a trail copied without its separators ("HomeNewsHeadline", "Home News Headline") are this short together. */
const BARE_TRAIL_CHARS = 40;

/**
 * The start of a line that ends with a headline is a trail copied without its separators (the
 * links' arrows were pictures): a few short steps, each a capitalised word, glued to the headline
 * or to each other, and no sentence.
 */
function unseparatedTrail(before: string): boolean {
  const words = wordsOf(before);
  if (words.length === 0 || words.length > CRUMB_STEP_WORDS || before.trim().length > BARE_TRAIL_CHARS || /[.!?:,;]\s*$/u.test(before)) return false;
  // A step may join two names with an ampersand, the second lower-cased ("News & mehr", "Sport & more").
  if (!wordsOf(before.replace(AMPERSAND_WORD, '')).every((w) => /^\p{Lu}/u.test(w))) return false;
  // Two steps at least ("Home News", "HomeNews"): one word before a headline is a button or a
  // link to the next story ("Next" glued to that story's title), not a trail.
  const humps = before.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  return words.length + humps >= 2;
}

/** "You are here:" and its kin in the common European languages: the label a breadcrumb trail opens with. */
const TRAIL_LABELS = ['you are here', 'sie sind hier', 'du bist hier', 'vous êtes ici', 'usted está aquí', 'está aquí', 'estás aquí', 'sei qui', 'ti trovi qui', 'jesteś tutaj', 'u bent hier', 'você está aqui'];
const TRAIL_LABEL = new RegExp(String.raw`^(?:${alternation(TRAIL_LABELS)})\s*[:：]\s*`, 'iu');

/**
 * The start of a line that ends with a headline is a trail behind its label ("You are here:
 * News Press releases Headline"): its steps lost their separators, but the label names the line.
 */
function labelledTrail(before: string): boolean {
  const m = TRAIL_LABEL.exec(before);
  if (!m) return false;
  const rest = before.slice(m[0].length);
  return wordsOf(rest).length <= CRUMB_STEP_WORDS && !/[.!?,;]\s*$/u.test(rest);
}

/** A trail printed one step a line opens with the front page's link, its label or the site's address ("Home", "Sie sind hier:", "example.com"). */
const FIRST_STEP = new RegExp(String.raw`^(?:${alternation(HOME_STEPS)}|(?:${alternation(TRAIL_LABELS)})\s*[:：]?|[\p{L}\p{N}-]+\.[a-z]{2,})$`, 'iu');
/** Steps between the first and the last, at most. */
const STEPS_BETWEEN = 4;

/** A line the page printed: its text and its line in the seed. */
export interface PrintedLine {
  text: string;
  line: number;
}

/**
 * The lines that end a breadcrumb trail printed one step a line ("Home" / "News" / "Headline"):
 * under a first step, with only short steps between, on the lines right after each other.
 * A menu printed one entry a line has no first step of that kind over its entries.
 */
export function stackedTrailEnds(lines: readonly PrintedLine[]): PrintedLine[] {
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const ends: PrintedLine[] = [];
  for (const last of lines) {
    if (wordsOf(last.text).length < TRAIL_END_MIN_WORDS || last.text.length > TRAIL_MAX_CHARS) continue;
    for (let d = 1; d <= STEPS_BETWEEN + 1; d++) {
      const above = byLine.get(last.line - d);
      if (!above) break;
      if (FIRST_STEP.test(above.text.trim())) {
        ends.push(last);
        break;
      }
      if (wordsOf(above.text).length > CRUMB_STEP_WORDS) break;
    }
  }
  return ends;
}
