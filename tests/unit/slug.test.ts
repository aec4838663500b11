import { describe, expect, it } from 'vitest';
import { briefSlug, latinSlugWords, slugifyWords } from '../../src/pipeline/emit/slug.ts';

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

  /** Titles in scripts the transliteration package spells in Latin letters, with the words their slug should read. */
  const spelled = { 'Мэр Тарнпорта открыл мост': 'mer-tarnporta-otkryl-most', 'Їжак у Тарнпорті': 'yizhak-u-tarnporti', 'Νέα γέφυρα στο Τάρνπορτ': 'nea-gefyra-sto-tarnport', 'Tarnport: мост 2026': 'tarnport-most-2026' };
  it.each(Object.entries(spelled))('spells "%s" in Latin letters', (title, words) => {
    expect(slugifyWords(title)).toBe(words);
    expect(briefSlug(title, 'x')).toMatch(new RegExp(`^${words}-[0-9a-f]{8}$`));
  });

  it.each([
    ['Chinese', '中国和俄罗斯'],
    ['Hebrew', 'גשר חדש בטרנפורט'],
    ['no letters', '— ✦ —'],
  ])('falls back to a hash for a title in %s, which has no Latin spelling here', (_script, title) => {
    expect(briefSlug(title, 'x')).toMatch(/^brief-[0-9a-f]{12}$/);
  });

  it('keeps the Latin-only words apart for ids that must not merge across scripts', () => {
    expect(latinSlugWords('Новый мост')).toBe('');
    expect(latinSlugWords('Großväter in Łódź')).toBe(slugifyWords('Großväter in Łódź'));
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugifyWords('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
