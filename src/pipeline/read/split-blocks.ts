import type { Block } from '../types.ts';

/** Splits decoded seed text into blocks: runs of non-blank lines separated by blank lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let startLine = 0;
  const lines = text.split('\n');
  const flush = () => {
    if (current.length > 0) blocks.push({ index: blocks.length, line: startLine, lines: current });
    current = [];
  };
  lines.forEach((raw, i) => {
    const line = withoutTrailingSpace(raw);
    if (line.trim() === '') {
      flush();
      return;
    }
    if (current.length === 0) startLine = i + 1;
    current.push(line);
  });
  flush();
  return blocks;
}

/**
 * The line without the spaces, tabs and no-break spaces that end it. A loop, not `/[ \t]+$/`: the engine tries that
 * pattern from every space of a long run inside the line, which costs time in the square of the run's length.
 */
function withoutTrailingSpace(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING.has(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

const TRAILING = new Set([0x20, 0x09, 0xa0]);
