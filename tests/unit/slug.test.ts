import { describe, expect, it } from 'vitest';
import { briefSlug, slugifyWords } from '../../src/pipeline/emit/slug.ts';

describe('slugs', () => {
  it('makes readable ASCII words from a title', () => {
    expect(slugifyWords('Russia’s “Key” Technology: Café & 5G')).toBe('russias-key-technology-cafe-5g');
    // Letters with a stroke or ligatures, which decomposition leaves whole, get their ASCII spelling instead of splitting the word.
    expect(slugifyWords('Großväter in Łódź, całej Ærø')).toBe('grossvater-in-lodz-calej-aero');
  });

  it('keeps slugs unique for equal titles from different seeds, and stable for the same seed', () => {
    const a = briefSlug('Same title', 'seed-a');
    const b = briefSlug('Same title', 'seed-b');
    expect(a).not.toBe(b);
    expect(briefSlug('Same title', 'seed-a')).toBe(a);
  });

  it('falls back to a hash for titles with no Latin letters', () => {
    expect(briefSlug('中国和俄罗斯', 'x')).toMatch(/^brief-[0-9a-f]{12}$/);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugifyWords('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
