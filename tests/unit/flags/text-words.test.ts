import { describe, expect, it } from 'vitest';
import { analyse, countWords, hasAtMostWords, matchesIn, phraseNeeds, phraseRegex, quotesIn, sentencesWith } from '../../../src/pipeline/flags/text.ts';

/** The word pattern countWords reads in one pass over the characters. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

describe('hasAtMostWords', () => {
  it('answers as countWords does, at and around the limit', () => {
    const texts = ['', 'one', 'The ferry’s crew, all 12 of them, sailed at 6.30 a.m.', 'word '.repeat(50), '— … —'];
    for (const text of texts) {
      for (const limit of [0, 1, 5, 11, 12, 49, 50, 51]) expect(hasAtMostWords(text, limit), `${limit}: ${text}`).toBe(countWords(text) <= limit);
    }
  });
});

describe('countWords', () => {
  it('counts the runs the word pattern matches, in any script and past the Basic Multilingual Plane', () => {
    const texts = ['so-called ‘experts’ said it’s fine', 'U.S. officials - and 3,000 others', 'Über die Brücke ging’s', 'жители города 中文 ٣٤', '𝐀𝐁 𝐂 😀 x', '_under_score_', "'quoted' -dash- .dot.", '\ud800 lone \udc00surrogates'];
    for (const text of texts) expect(countWords(text), text).toBe(text.match(WORD)?.length ?? 0);
  });
});

describe('phraseRegex', () => {
  /** The regex as a flat alternation, longest phrase first (what phraseRegex groups by first character). */
  const flat = (phrases: string[], flags: string) => {
    const alts = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
  };
  const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

  it('finds what a flat alternation of its phrases finds, case-insensitive or not', () => {
    // Phrases sharing first characters in either case, prefixes of each other, one letter, punctuation first.
    const phrases = ['some say', 'Some', 'so', 'sources close to', 'S', 'kettle', 'K.O.', '(aside)', 'a', 'at odds', 'Ask'];
    const texts = ['Some say so, and sources close to the Ask team; some.', 'SOME SAY SO', 'a kettle at odds (aside) K.O. s S', 'soso somes sources  close\nto', 'ſo \u212Aettle'];
    for (const flags of ['giu', 'gu']) {
      for (const text of texts) expect(all(text, phraseRegex(phrases, flags)), `${flags}: ${text}`).toEqual(all(text, flat(phrases, flags)));
    }
  });

  it('matches no word for an empty list', () => {
    expect(phraseRegex([]).test('anything at all')).toBe(false);
  });
});

describe('phraseNeeds', () => {
  it('matches wherever phraseRegex does, and also inside words', () => {
    const phrases = ['some say', 'Some', 'sources close to', 'kettle', 'at odds'];
    const text = 'Some say so; awesome kettles, at odds with sources  close to home.';
    const at = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
    for (const flags of ['giu', 'gu']) {
      const loose = at(phraseNeeds(phrases, flags));
      for (const index of at(phraseRegex(phrases, flags))) expect(loose, flags).toContain(index);
    }
    expect(at(phraseNeeds(phrases))).toContain(text.indexOf('some kettles'));
  });

  it('matches nothing for an empty list', () => {
    expect(phraseNeeds([]).test('anything at all')).toBe(false);
  });
});

describe('sentencesWith', () => {
  const view = analyse('Nothing here. The memo was leaked.\n\nA second block: leaked again? No.');

  it('names the sentences where the part can match, and only those', () => {
    expect([...sentencesWith(view, /leaked/gu)]).toEqual([1, 2]);
    expect([...sentencesWith(view, /absent/gu)]).toEqual([]);
  });

  it('keeps every sentence a pattern with assertions matches in, though the part crosses no boundary', () => {
    // "leaked" starts sentence-final and block-initial words: the pattern's \b holds in the sentence and in the text.
    const strict = /\bleaked\b/gu;
    const tried = sentencesWith(view, /leaked/gu);
    for (const s of view.sentences) if (matchesIn(view, s, strict).length > 0) expect(tried.has(s.index)).toBe(true);
  });

  it('finds overlapping starts and steps over surrogate pairs', () => {
    // A match begun in one sentence runs into the next, over the start of another match there.
    expect([...sentencesWith(analyse('It ends with ab. Bc is next.'), /ab\. B|Bc/gu)]).toEqual([0, 1]);
    expect([...sentencesWith(analyse('😀😀 one. AAA two.'), /😀|AA/gu)]).toEqual([0, 1]);
  });

  it('wants a global pattern', () => {
    expect(() => sentencesWith(view, /leaked/u)).toThrow();
  });
});

describe('quotations', () => {
  const inner = (text: string) => analyse(text).quotes.map((q) => text.slice(q.start, q.end));
  const open = (text: string) => analyse(text).openQuotes.map((q) => text.slice(q.start, q.end));
  // French and German guillemets point opposite ways; a low opening mark closes with either high mark („…“ German, „…” Polish).
  it.each([
    ['Il a dit «non» et puis «oui».', 'non|oui'],
    ['Er sagte »Nein« und dann »Ja«.', 'Nein|Ja'],
    ['Er sagte „Nein“ und ging.', 'Nein'],
    ['Powiedział „nie” i wyszedł.', 'nie'],
  ])('reads the quotations of %j as %j', (text, words) => expect(inner(text).join('|')).toBe(words));
  it('pairs a straight opening mark with the curly mark that closes it, and straight marks with each other', () => {
    expect(inner('"We are close to a deal,\u201d said Hale. \u201cThere is more to do.\u201d')).toEqual(['We are close to a deal,', 'There is more to do.']);
    expect(inner('She said "yes" and then "no" to the \u201cplan\u201d.')).toEqual(['yes', 'no', 'plan']);
  });
  it('keeps a paragraph that begins inside a quotation as its tail, and a German paragraph as quoted words only', () => {
    expect(open('Il a dit : « Nous partirons demain.\n\nEt nous reviendrons », a-t-il ajouté.')).toEqual([' Nous partirons demain.', 'Et nous reviendrons ']);
    expect(open('Er sagte: »Wir gehen.« Dann ging er.\n\nSpäter kam er zurück.')).toEqual([]);
  });
  it('runs a straight mark left open in its paragraph on to its end, where the mark stands as an opening one', () => {
    expect(open('The skipper said: "The crossing was rough.\n\n"We sail again at dawn."')).toEqual(['The crossing was rough.']);
    expect(open('He said "yes" and then: "We go at dawn.')).toEqual(['We go at dawn.']);
    // Paired marks, and an odd mark after a digit or before a space, open nothing.
    expect(open('She said "yes" and left.')).toEqual([]);
    expect(open('A 27" screen sits on the desk.')).toEqual([]);
    expect(open('The crew said " no more" and left.')).toEqual([]);
  });
  it('pairs a long paragraph of low-high quotations in one pass', () => {
    // A closing mark the text never prints ("”" in German text) is searched for once, not once per quotation.
    const text = '„a“ '.repeat(40_000);
    const started = performance.now();
    expect(quotesIn(text)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('pairs a long paragraph of straight marks, and straight openings with one curly close, in one pass', () => {
    const cases = ['"a '.repeat(40_000), `${'"a '.repeat(40_000)}\u201d`];
    for (const text of cases) {
      const started = performance.now();
      quotesIn(text);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('gives a headline alone the same reading', () => {
    const title = '»Wir wollen bezahlt werden!« Streik in Hamburg';
    expect(quotesIn(title).map((q) => title.slice(q.start, q.end))).toEqual(['Wir wollen bezahlt werden!']);
  });
});
