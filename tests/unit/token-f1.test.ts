import { describe, expect, it } from 'vitest';
import { tokenScores, tokens } from '../helpers/token-f1.ts';

describe('tokenScores', () => {
  it('ignores case, punctuation and layout', () => {
    expect(tokens('The “Dark” Eagle,\n\nlands.')).toEqual(['the', 'dark', 'eagle', 'lands']);
    expect(tokenScores('A b. C', 'a\n\nb c').f1).toBe(1);
  });

  it('penalises extra text in precision and missing text in recall', () => {
    const s = tokenScores('one two three four', 'one two');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(tokenScores('one', 'one two three four').recall).toBe(0.25);
  });

  it('counts tokens in order, so moved text is not found', () => {
    expect(tokenScores('c d a b', 'a b c d').f1).toBe(0.5);
  });

  it('handles empty texts', () => {
    expect(tokenScores('', '').f1).toBe(1);
    expect(tokenScores('', 'a').f1).toBe(0);
  });
});
