import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/pipeline/links/facts.ts';
import { minhashOfWords, minhashSignature, shinglesOf } from '../../../src/pipeline/links/minhash.ts';
import { isTitleCase } from '../../../src/pipeline/links/features.ts';
import { termFrequencies } from '../../../src/pipeline/links/keywords.ts';
import { joinedWordTokens, tokenize, withoutElisions, wordTokens } from '../../../src/pipeline/links/text.ts';

describe('withoutElisions', () => {
  it("takes a small-letter French or Italian elision off a capitalised word, with the offset moved, and nothing else", () => {
    const text = "Selon l'Union et d’Amnesty, dell'Europa; L'Oréal, D'Angelo, aujourd'hui, rock'n'roll.";
    const tokens = withoutElisions(tokenize(text));
    expect(tokens.map((t) => t.text)).toEqual(['Selon', 'Union', 'et', 'Amnesty', 'Europa', "L'Oréal", "D'Angelo", "aujourd'hui", "rock'n'roll"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    const plain = tokenize('No elision here.');
    expect(withoutElisions(plain)).toBe(plain);
  });
});

describe('joinedWordTokens', () => {
  it('gives what wordTokens gives for the joined text', () => {
    const parts = ['Harbour Board Approves Plan', 'The U.S. ferry line’s owners met Mr. Okafor on Tuesday. Talks went well.', '', 'Co-operation with the port‑authority resumes. 12 berths open.'];
    const joined = joinedWordTokens(parts, parts.map((p) => tokenize(p)), '\n\n');
    expect(joined).toEqual(wordTokens(parts.join('\n\n')));
  });

  it('refuses a separator a word could run across', () => {
    expect(() => joinedWordTokens(['a', 'b'], [[], []], '-')).toThrow();
  });
});

describe('termFrequencies labels and order', () => {
  it('labels a term by its commonest form and keeps the most frequent terms', () => {
    const terms = termFrequencies('Grain exports rose. The grain export deal held; grain prices fell, and exports of grain rose again.');
    expect(terms[0]).toEqual({ key: 'grain', label: 'grain', tf: 4 });
    expect(terms.find((t) => t.key === 'export')).toEqual({ key: 'export', label: 'exports', tf: 3 });
  });
});

describe('isTitleCase', () => {
  it('reads a headline-case line as title case and a sentence-case one as prose', () => {
    expect(isTitleCase('Harbour Board To Approve Ferry Plan')).toBe(true);
    expect(isTitleCase('Harbour board to approve the ferry plan')).toBe(false);
    expect(isTitleCase('Port Opens')).toBe(false);
  });

  it('reads an English sentence crowded with names as prose, and a headline whose short words stay small as title case', () => {
    // Invented names: most words capitalised, but "will" and "testify" are words a headline would capitalise.
    const crowded = 'Harbour Board Chair Ann Lee, Port Director Bo Park and Ferry Captain Cy Dunn will testify on Monday.';
    expect(isTitleCase(crowded, 'en')).toBe(false);
    // Acronyms are no shouting; words of five capitals or more are.
    expect(isTitleCase('Harbour Chair Ann Lee, NATO Envoy Bo Park and NASA Director Cy Dunn will testify on Monday.', 'en')).toBe(false);
    expect(isTitleCase('HARBOUR CHAIR Ann Lee And FERRY Captain Cy Dunn will testify on Monday.', 'en')).toBe(true);
    expect(isTitleCase('Harbour Board Chair Ann Lee Says Talks on the Ferry Deal Stall Again Before the Vote', 'en')).toBe(true);
    // Where every noun is capitalised (or the language is unknown), the share of capitals alone decides.
    expect(isTitleCase('Hafen Fähre Vorstand Ann Lee und Kapitän Cy Dunn sagen Montag aus', 'de')).toBe(true);
    expect(isTitleCase(crowded)).toBe(true);
  });

  it('counts words as the pattern /\\p{L}[\\p{L}’-]*/ does: accents, apostrophes and hyphens inside, digits outside', () => {
    expect(isTitleCase('Émile’s Ferry-Line Wins 3 Awards Again')).toBe(true);
    expect(isTitleCase('émile’s ferry-line wins Awards Again')).toBe(false);
  });
});

describe('minhashOfWords', () => {
  it('is the signature of the shingles, for short and long word lists', () => {
    const lists = [[], ['quay'], ['quay', 'crane'], ['harbour', 'crane', 'crane', 'harbour', 'crane', 'crane', 'dock', 'été', 'naïve']];
    for (const words of lists) {
      expect(minhashOfWords(words)).toEqual(minhashSignature(shinglesOf(words)));
      expect(minhashOfWords(words, 2)).toEqual(minhashSignature(shinglesOf(words, 2)));
    }
  });
});

describe('extractFacts numbers', () => {
  it('takes figures that start a word and not digits inside a word or after a hyphen', () => {
    const { numbers } = extractFacts('The harbour fund of US$145 billion and 16.4 per cent growth; the B52 crane, the Q-300 ferry and 2-3 berths.', []);
    expect(numbers.map((n) => n.key)).toEqual(['$145 billion', '16.4%', '2-3']);
  });
});
