import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';

describe('splitBlocks', () => {
  it('splits on blank and whitespace-only lines and records line numbers', () => {
    const blocks = splitBlocks('Title\n\nfirst line\nsecond line  \n   \n\n  • item\n');
    expect(blocks).toEqual([
      { index: 0, line: 1, lines: ['Title'] },
      { index: 1, line: 3, lines: ['first line', 'second line'] },
      { index: 2, line: 7, lines: ['  • item'] },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitBlocks('\n \n\t\n')).toEqual([]);
  });
});
