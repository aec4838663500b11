import type { Block } from '../types.ts';
import { printedDates } from './dates.ts';
import { endsParagraph, isBareUrl, wordsOf } from './text.ts';

/**
 * A unit is what the classifier judges: one paragraph (hard-wrapped lines
 * re-joined), one list item, one URL line, or one short line of page furniture.
 * It is the text analogue of a jusText paragraph.
 */
export interface Unit {
  index: number;
  /** 1-based seed line of the unit's first line. */
  line: number;
  /** How many seed lines the unit spans. */
  lineCount: number;
  /** Index of the blank-line-separated block it came from. */
  block: number;
  /** Number of units cut from the same block. */
  blockUnits: number;
  kind: 'text' | 'bullet' | 'url';
  text: string;
  /** A numbered item's number as printed ("1.", "2)"): the story's, kept in the article text, while `text` holds the item for the detectors. */
  number?: string;
  /** The seed lines exactly as written (for the removal log). */
  raw: string;
}

const BULLET = /^(?:[•●▪◦‣∙·*■□►▸]|-(?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** Part of a bullet line after its marker, or null when the line is not a bullet. */
export function bulletText(line: string): string | null {
  const t = line.trim();
  const m = BULLET.exec(t);
  if (!m) return null;
  // "15. Januar 2022", "3. März 2021, 14:00": a day-first date, not an item numbered 15.
  if (/^\d/u.test(m[0]) && printedDates(t, false).some((d) => d.index === 0)) return null;
  return t.slice(m[0].length).trim();
}

/** Leading white space: in page dumps a continuation line starts at the margin, a new element is often indented. */
function indentOf(line: string): number {
  return /^[ \t\u00A0]*/u.exec(line)![0].length;
}

/**
 * The page's wrap width: the 90th percentile length of lines that are followed
 * by another line in their block. Below 40 characters, or with fewer than three
 * such long lines, the page is not treated as hard-wrapped (no prose wraps that
 * narrow; short lines are menus).
 */
export function wrapWidth(blocks: Block[]): number {
  const lengths: number[] = [];
  for (const b of blocks) {
    b.lines.slice(0, -1).forEach((l) => {
      if (bulletText(l) === null && !isBareUrl(l)) lengths.push(l.trim().length);
    });
  }
  // A couple of long lines do not make a wrapped page: a notice and its label can share a block.
  if (lengths.filter((n) => n >= 40).length < 3) return 0;
  lengths.sort((x, y) => x - y);
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
  if (width < 40 || width > MAX_WRAP_WIDTH) return 0;
  // Wrapped prose fills its lines: most lines that run on reach near the width. A browser's
  // copy of a page puts every element on a line of its own, so its line lengths scatter
  // (menus, headings, paragraphs hundreds of characters long), and no line continues another.
  const near = lengths.filter((n) => n >= width * 0.7).length;
  if (near < lengths.length * 0.5) return 0;
  let over = 0;
  for (const b of blocks) for (const l of b.lines) if (l.trim().length > width * 1.15 + 5 && bulletText(l) === null && !isBareUrl(l)) over++;
  return over <= Math.max(1, lengths.length * 0.02) ? width : 0;
}

/** Hard-wrapped text (mail, plain-text articles) is wrapped at 60-100 characters; wider "wraps" are paragraphs. */
const MAX_WRAP_WIDTH = 160;

/**
 * Whether `next` continues the paragraph that `prev` ends (a soft line break).
 * A line is "full" when it reaches most of the wrap width; a full line that
 * stops mid-sentence continues, and so does a full line after which the next
 * word would not have fitted. Lowercase starts continue long unfinished lines.
 */
function continues(prev: string, next: string, width: number): boolean {
  if (width === 0 || indentOf(next) > 0) return false;
  const p = prev.trim();
  const n = next.trim();
  const firstWord = n.split(/\s+/)[0] ?? '';
  const unfinished = !endsParagraph(p);
  if (unfinished && /^\p{Ll}/u.test(n) && p.length >= width * 0.5) return true;
  if (p.length < width * 0.75) return false;
  return unfinished || p.length + 1 + firstWord.length > width;
}

/** The separator between a wrapped line and the next: a word split by a hyphen at the line end keeps its hyphen ("well-" + "known"). */
function joiner(previousLine: string): string {
  return /\p{L}-$/u.test(previousLine) ? '' : ' ';
}

/** Cuts blocks into units: re-joins hard wraps, separates bullets and URL lines. */
export function toUnits(blocks: Block[]): Unit[] {
  const width = wrapWidth(blocks);
  const units: Unit[] = [];
  for (const block of blocks) {
    const fromBlock: Unit[] = [];
    let current: Unit | null = null;
    let prevLine = '';
    // Wrapped lines are collected and joined once per unit: appending to a growing string
    // and reading it back would copy it on every line (quadratic on a huge paragraph).
    const parts = new Map<Unit, { text: string[]; raw: string[] }>();
    const push = (u: Unit) => {
      fromBlock.push(u);
      current = u;
    };
    block.lines.forEach((rawLine, offset) => {
      const line = block.line + offset;
      const trimmed = rawLine.trim();
      const base = { index: 0, line, lineCount: 1, block: block.index, blockUnits: 0, raw: rawLine };
      const item = bulletText(rawLine);
      const cur = current as Unit | null;
      if (isBareUrl(trimmed)) {
        push({ ...base, kind: 'url', text: trimmed });
        current = null;
      } else if (item !== null && wordsOf(item).length > 0) {
        const number = /^\s*(\d{1,2}[.)])\s/u.exec(rawLine)?.[1];
        push(number ? { ...base, kind: 'bullet', text: item, number } : { ...base, kind: 'bullet', text: item });
      } else if (cur && cur.kind !== 'url' && continues(prevLine, rawLine, width)) {
        const joined = parts.get(cur) ?? { text: [cur.text], raw: [cur.raw] };
        parts.set(cur, joined);
        joined.text.push(joiner(prevLine.trim()), trimmed);
        joined.raw.push('\n', rawLine);
        cur.lineCount++;
      } else {
        push({ ...base, kind: 'text', text: trimmed });
      }
      prevLine = rawLine;
    });
    for (const [u, joined] of parts) {
      u.text = joined.text.join('');
      u.raw = joined.raw.join('');
    }
    for (const u of fromBlock) units.push({ ...u, index: units.length, blockUnits: fromBlock.length });
  }
  return units;
}
