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
    const line = raw.replace(/[ \t\u00A0]+$/u, '');
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
