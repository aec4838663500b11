import { describe, expect, it } from 'vitest';
import { countWords, hasAtMostWords } from '../../../src/pipeline/flags/text.ts';

describe('hasAtMostWords', () => {
  it('answers as countWords does, at and around the limit', () => {
    const texts = ['', 'one', 'The ferry’s crew, all 12 of them, sailed at 6.30 a.m.', 'word '.repeat(50), '— … —'];
    for (const text of texts) {
      for (const limit of [0, 1, 5, 11, 12, 49, 50, 51]) expect(hasAtMostWords(text, limit), `${limit}: ${text}`).toBe(countWords(text) <= limit);
    }
  });
});
