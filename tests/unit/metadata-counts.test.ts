import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/pipeline/metadata/counts.ts';

/** The definition countWords implements in one pass: the two pattern scans it replaced. */
function byPattern(text: string): number {
  const latin = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return cjk > latin ? cjk : latin;
}

describe('countWords', () => {
  it('counts runs of letters and digits joined by apostrophes and hyphens', () => {
    expect(countWords('The ferry’s well-worn deck -- 42 planks')).toBe(6);
    expect(countWords("- -x y'- 'z")).toBe(3);
    expect(countWords('')).toBe(0);
  });

  it('counts one word per character in scripts written without spaces', () => {
    expect(countWords('港口の新しい船')).toBe(byPattern('港口の新しい船'));
  });

  it('agrees with the pattern definition on accents, astral letters and lone surrogates', () => {
    for (const text of ['cafe\u0301 open', 'x\ud835\udc00y z', 'a \ud800 b', 'Ⅻ ½ ² ß', '\u00a0word\u2014word']) expect(countWords(text), text).toBe(byPattern(text));
  });
});
