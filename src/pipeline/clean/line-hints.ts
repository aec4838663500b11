/**
 * Patterns read together. The cue cascade tries about a hundred patterns on every line (hints such as
 * `/newsletter|mailing list|…/iu` before the costly patterns they guard, and the patterns themselves), each a test of its
 * own. `readLine` reads a line once for the literal letters every match of each pattern opens with (its leads); a pattern
 * none of whose leads the line holds is then answered false without a test, and a hint one of whose alternatives the line
 * holds whole is answered true.
 *
 * Exact: a line is only pre-read if it lower-cases one for one (`lowersOneForOne`: ASCII, the Latin-1 and Latin
 * Extended-A letters, common punctuation). For those characters case folding (`/i` and `/iu`) is lower-casing, so the line
 * holds a lead's letters in any case if and only if its lower-cased copy holds them lower-cased. Other lines ("ſ", the
 * Kelvin sign, Greek, CJK), very long ones and any other text are tested with the pattern itself.
 */
import { lowersOneForOne } from './text.ts';

/** What a pre-read pattern offers its callers: the pattern's own test. */
export interface LineTest {
  test(text: string): boolean;
}

/** Longer lines are not pre-read: few patterns are asked about them (the cues' word limits), and a read would cost more. */
const MAX_READ_CHARS = 400;
/**
 * Leads shorter than this ("a", "on", "you") are in nearly every line: a pattern with one is tested as it is, as the
 * read would find the lead and the pattern would be tried anyway.
 */
const MIN_LEAD_CHARS = 4;

/** A character that ends an alternative's literal lead: pattern syntax. */
const SYNTAX = new Set('\\^$.*+?()[]{}|');
/** Syntax that makes the character before it optional or repeated: that character is not part of the lead. */
const QUANTIFIER = new Set('?*{');

interface Lead {
  /** The lead's letters, lower-cased. */
  text: string;
  /** The alternative is the lead alone: finding it answers the hint; otherwise the pattern must still be tried. */
  whole: boolean;
}

/** The top-level alternatives of a pattern's source (a bar inside a group or a class does not split it). */
function alternatives(source: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      pieces.push(source.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(source.slice(start));
  return pieces;
}

/** Where the group opened at `open` closes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const LOOKAROUND = /^\(\?<?[=!]/u;

/**
 * Letters one of which every match holds, lower-cased: for each alternative, its literal lead ("cc[- ]by" -> "cc",
 * "log ?in" -> "log"), read past an anchor, a look-around and an optional group, and into a group it opens with
 * ("^(?:about(?: us)?|contact)" -> "about", "contact"). A lead is whole where it is the entire alternative of a
 * case-insensitive pattern: finding it answers the pattern. Null where an alternative has no lead (it opens with a
 * class or an escape) or a lead does not lower-case one for one.
 */
export function leadsOf(source: string, caseInsensitive = true): Lead[] | null {
  const leads: Lead[] = [];
  for (const piece of alternatives(source)) {
    const found = leadsOfPiece(piece, caseInsensitive);
    if (found === null) return null;
    leads.push(...found);
  }
  return leads;
}

function leadsOfPiece(piece: string, canBeWhole: boolean): Lead[] | null {
  let i = 0;
  let whole = canBeWhole;
  while (piece[i] === '^' || piece[i] === '(') {
    whole = false;
    if (piece[i] === '^') {
      i++;
      continue;
    }
    const end = groupEnd(piece, i);
    if (end < 0) return null;
    const after = piece[end + 1];
    if (LOOKAROUND.test(piece.slice(i, i + 4))) {
      // Zero-width: what follows it must still match.
      if (after !== undefined && (QUANTIFIER.has(after) || after === '+')) return null;
      i = end + 1;
      continue;
    }
    if (after === '?' || after === '*') {
      // Optional: what follows it must still match.
      i = end + 2 + (piece[end + 2] === '?' ? 1 : 0);
      continue;
    }
    if (after === '{') return null;
    const inner = piece.startsWith('(?:', i) ? i + 3 : piece.startsWith('(?<', i) ? piece.indexOf('>', i) + 1 : i + 1;
    return leadsOf(piece.slice(inner, end), false);
  }
  let end = i;
  while (end < piece.length && !SYNTAX.has(piece[end]!)) end++;
  whole &&= end === piece.length;
  if (end < piece.length && QUANTIFIER.has(piece[end]!)) end--;
  const text = piece.slice(i, end);
  if (text.length === 0 || !lowersOneForOne(text)) return null;
  return [{ text: text.toLowerCase(), whole }];
}

/** Registered leads by their first three characters (hashed: a collision only costs a comparison), as parallel arrays. */
const BUCKETS = 1 << 16;
const bucketHead = new Int32Array(BUCKETS).fill(-1);
const entryNext: number[] = [];
const entryText: string[] = [];
const entryPattern: number[] = [];
const entryWhole: boolean[] = [];
const bucketOf = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & (BUCKETS - 1);

/** Per pattern, the read that found a whole alternative of it (answered true), or a lead of one (the pattern decides). */
let found = new Int32Array(128);
let maybe = new Int32Array(128);
let patterns = 0;
/** The read's number, and the line read: a pattern asked about other text tests it itself. */
let reading = 0;
let line: string | undefined;

function register(leads: Lead[]): number {
  const id = patterns++;
  if (id >= found.length) {
    const grown = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    found = grown(found);
    maybe = grown(maybe);
  }
  for (const lead of leads) {
    const b = bucketOf(lead.text.charCodeAt(0), lead.text.charCodeAt(1), lead.text.charCodeAt(2));
    entryText.push(lead.text);
    entryPattern.push(id);
    entryWhole.push(lead.whole);
    entryNext.push(bucketHead[b]!);
    bucketHead[b] = entryText.length - 1;
  }
  return id;
}

/**
 * Reads a line for every registered lead: the pre-read patterns then answer for it until the next line is read. A line
 * that cannot be read (see above) leaves them to test it themselves.
 */
export function readLine(text: string): void {
  reading++;
  line = text.length <= MAX_READ_CHARS && lowersOneForOne(text) ? text : undefined;
  if (line === undefined) return;
  const lower = text.toLowerCase();
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let i = 0; i + 2 < lower.length; i++) {
    const c = lower.charCodeAt(i + 2);
    for (let e = bucketHead[bucketOf(a, b, c)]!; e >= 0; e = entryNext[e]!) {
      const id = entryPattern[e]!;
      if (found[id] !== reading && lower.startsWith(entryText[e]!, i)) (entryWhole[e] ? found : maybe)[id] = reading;
    }
    a = b;
    b = c;
  }
}

/**
 * The pattern, answered from the read line where it can be (see above). A pattern whose leads are unknown or too short
 * (see leadsOf, MIN_LEAD_CHARS) is returned as it is. Flags that keep state between tests (g, y) or change what a class
 * reads (v) are refused.
 */
export function preRead(re: RegExp): LineTest {
  if (!/^[imsu]*$/u.test(re.flags)) throw new Error(`a pre-read pattern keeps no state and has no v flag: /${re.source}/${re.flags}`);
  const leads = leadsOf(re.source, re.flags.includes('i'));
  if (leads === null || leads.some((l) => l.text.length < MIN_LEAD_CHARS)) return re;
  const id = register(leads);
  return {
    test(text: string): boolean {
      if (text !== line) return re.test(text);
      if (found[id] === reading) return true;
      return maybe[id] === reading && re.test(text);
    },
  };
}
