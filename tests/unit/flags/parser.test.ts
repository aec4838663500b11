import { ParseEnglish } from 'parse-english';
import { describe, expect, it } from 'vitest';
import { FastParseEnglish } from '../../../src/pipeline/flags/parser.ts';

/** Characters of every class the tokenizer tells apart, repeated runs, line breaks, surrogate halves and marks. */
const ALPHABET = ['a', 'Z', '9', ' ', '\t', '\n', '\r', '.', ',', '!', '?', "'", '"', '’', '“', '”', '-', '–', '—', '/', '&', '@', '_', '…', '\u00a0', '\u2028', '\ud83d', '\ude00', 'é', '中', '\u0301', '$', '%', '#', '¶'];

/** A seeded generator, so a failure names a string that can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

describe('FastParseEnglish', () => {
  const library = new ParseEnglish();
  const fast = new FastParseEnglish();

  it('builds the same tree as parse-english on prose', () => {
    const texts = [
      'The ferry’s crew, all 12 of them, sailed at 6.30 a.m. from Port Ellis. “It’s fine,” said Dr. Vane!!',
      'Mr. Lo met the U.S. envoy in St. Albans… Then?? No.\n\nA new paragraph -- with dashes -- and/or slashes: a/b, km/h.',
      '😀 emoji 𝐀𝐁 and lone \ud800 halves \udc00 too\r\nCRLF lines\r\rand tabs\t\there.',
      '',
    ];
    for (const text of texts) expect(fast.parse(text), text).toEqual(library.parse(text));
  });

  it('builds the same tree as parse-english on 20,000 random strings', () => {
    const next = random(16);
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let j = 0; j < length; j++) text += next() < 0.05 ? String.fromCharCode(Math.floor(next() * 0x10000)) : ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(fast.parse(text), JSON.stringify(text)).toEqual(library.parse(text));
    }
  });
});
