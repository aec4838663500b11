import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { mayHoldNewName, tagNames } from '../../../src/pipeline/links/tagger.ts';

const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('which sentences the tagger reads', () => {
  it('reads a sentence with a capitalised word nothing explains', () => {
    expect(mayHoldNewName('Officials met Maria Okafor on Monday.', 0, [])).toBe(true);
    expect(mayHoldNewName('the deal was signed by Northwind.', 0, [])).toBe(true);
    expect(mayHoldNewName('sales rose in the 20th week.', 0, [])).toBe(true);
  });

  it('skips a sentence with no capitalised word, or only an opening function word or connector', () => {
    expect(mayHoldNewName('prices rose for a third month.', 0, [])).toBe(false);
    expect(mayHoldNewName('But prices rose in 2024 by 3.5 percent.', 0, [])).toBe(false);
    expect(mayHoldNewName('The talks ended without a deal.', 0, [])).toBe(false);
  });

  it('skips a sentence whose only capitals are a known name standing alone', () => {
    const s = 'talks were held in Moscow last week.';
    expect(mayHoldNewName(s, 0, [span(s, 'Moscow')])).toBe(false);
    expect(mayHoldNewName(s, 0, [])).toBe(true);
  });

  it('reads a sentence where a known name touches another capitalised word', () => {
    const s = 'rates were raised by the Central Bank of Russia.';
    expect(mayHoldNewName(s, 0, [span(s, 'Central Bank'), span(s, 'Russia')])).toBe(true);
    const t = 'shares of Rosneft, Gazprom fell.';
    expect(mayHoldNewName(t, 0, [span(t, 'Rosneft'), span(t, 'Gazprom')])).toBe(true);
  });

  it('uses offsets of the whole text for a sentence that starts later', () => {
    const text = 'prices rose. talks were held in Moscow.';
    const sentence = 'talks were held in Moscow.';
    const base = text.indexOf(sentence);
    expect(mayHoldNewName(sentence, base, [span(text, 'Moscow')])).toBe(false);
    expect(mayHoldNewName(sentence, base, [{ start: 0, end: 6 }])).toBe(true);
  });
});

describe('one tagger pass for many texts', () => {
  const texts = [
    'Maria Okafor met Jonas Berg in Oslo. Later, Ana Lima called Peter Novak.',
    'Kenji Sato wrote to Laura Meyer. Tom Brady thanked Sarah Connor.',
    'prices rose for a third month.',
  ];

  it('finds in each text the people compromise finds in it alone, at the same offsets', () => {
    const phrases = tagNames(texts.map((text) => ({ text, explained: [] })));
    texts.forEach((text, i) => {
      const alone = (nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[]).map((m) => text.slice(m.offset.start, m.offset.start + m.offset.length));
      const batched = phrases[i]!.filter((p) => p.role === 'person').map((p) => text.slice(p.start, p.start + p.length));
      expect(batched).toEqual(alone);
    });
    expect(phrases[0]!.some((p) => p.role === 'person' && texts[0]!.slice(p.start, p.start + p.length) === 'Ana Lima')).toBe(true);
    expect(phrases[2]).toEqual([]);
  });

  it('does not read a sentence whose only name is already known', () => {
    const text = 'talks were held in Moscow.';
    expect(tagNames([{ text, explained: [] }])[0]!.some((p) => p.role === 'place')).toBe(true);
    expect(tagNames([{ text, explained: [span(text, 'Moscow')] }])[0]).toEqual([]);
  });

  it('returns nothing for empty texts', () => {
    expect(tagNames([{ text: '', explained: [] }])).toEqual([[]]);
    expect(tagNames([])).toEqual([]);
  });
});
