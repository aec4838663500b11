import { BLOCK_SEPARATOR } from './body.ts';

/** A flag as read from frontmatter: offsets may be missing (added by hand) or stale (body amended). */
export interface LocatableFlag {
  text: string;
  start?: number | undefined;
  end?: number | undefined;
}

export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

/**
 * Where a flag's evidence is among rendered blocks. Offsets are trusted when
 * the joined blocks have the flag's text there; otherwise the text is searched
 * for (nearest to the recorded start), so hand-added flags and flags on an
 * edited body still find their words. Evidence crossing blocks is cut to the
 * first block. Null when the words are not in the text at all.
 */
export function locateFlag(blocks: readonly string[], flag: LocatableFlag): BlockRange | null {
  const body = blocks.join(BLOCK_SEPARATOR);
  let start = -1;
  if (flag.start !== undefined && flag.end !== undefined && body.slice(flag.start, flag.end) === flag.text) start = flag.start;
  else if (flag.text) {
    const want = flag.start ?? 0;
    for (let at = body.indexOf(flag.text); at >= 0; at = body.indexOf(flag.text, at + 1)) {
      if (start < 0 || Math.abs(at - want) < Math.abs(start - want)) start = at;
    }
  }
  if (start < 0) return null;
  let offset = 0;
  for (let i = 0; i < blocks.length; i++) {
    const len = blocks[i]!.length;
    if (start < offset + len) {
      const local = start - offset;
      return { block: i, start: local, end: Math.min(len, local + flag.text.length) };
    }
    offset += len + BLOCK_SEPARATOR.length;
  }
  return null;
}
