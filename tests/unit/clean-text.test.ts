import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/pipeline/clean/sentences.ts';
import { closesWithMark, escapeRegExp, gluedJoins, isSpace, phrasePattern, lowerWordsOf, normaliseKey, stem, testAtEnd, urlShare, wordsOf } from '../../src/pipeline/clean/text.ts';

describe('wordsOf', () => {
  it('splits words with inner apostrophes and hyphens, and Han or kana a character at a time', () => {
    expect(wordsOf("The mayor's well-known plan — 2 votes, (yes)!")).toEqual(["The", "mayor's", 'well-known', 'plan', '2', 'votes', 'yes']);
    expect(wordsOf('東京で会議')).toHaveLength(5);
    expect(wordsOf('')).toEqual([]);
  });

  it("reads a word a page hyphenates with soft hyphens as one word, without them", () => {
    expect(wordsOf('Die Groß\u00ADvä\u00ADter unse\u00ADrer Stadt')).toEqual(['Die', 'Großväter', 'unserer', 'Stadt']);
  });

  it('gives every caller of a line the same words, which none of them can change', () => {
    const line = 'Share this story on your favourite network';
    const first = wordsOf(line);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).push('x')).toThrow();
    // Past the bound of kept lines the answers stay right.
    for (let i = 0; i < 25_000; i++) wordsOf(`line number ${i} of a long page`);
    expect(wordsOf(line)).toEqual(['Share', 'this', 'story', 'on', 'your', 'favourite', 'network']);
    expect(wordsOf('line number 24999 of a long page')).toEqual(['line', 'number', '24999', 'of', 'a', 'long', 'page']);
    // A whole huge paragraph is read too, not kept.
    expect(wordsOf('word '.repeat(2_000))).toHaveLength(2_000);
  });
});

describe('normaliseKey', () => {
  it('ignores case, quotes, punctuation and spacing, in ASCII and beyond', () => {
    expect(normaliseKey('The  Bridge-Repair,  NOW!')).toBe('the bridge-repair now');
    expect(normaliseKey("It`s the ferry's day")).toBe("it's the ferry's day");
    expect(normaliseKey('It’s the ‘ferry’')).toBe("it's the ferry'");
    expect(normaliseKey('ＦＵＬＬ width Café')).toBe('full width café');
  });

  it('gives accented Latin lines the same key on the short way as the NFKC way', () => {
    expect(normaliseKey('ÉTÉ À LA MER – L’ÉCOLE D’ŁÓDŹ')).toBe("été à la mer l'école d'łódź");
    // Letters whose NFKC form or lower case is another length take the long way.
    expect(normaliseKey('ĲSSEL Straße ŉ İZMİR')).toBe('ijssel straße ʼn i̇zmi̇r');
    expect(normaliseKey('Bauer’s ﬁsh‘n’chips')).toBe("bauer's fish'n'chips");
    const longWay = (t: string) => wordsOf(t.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'")).join(' ');
    for (const t of ['Ÿves’ ÀÉÎÕÜ — Œuvre ĄĘŁŃŚŹŻ čšž', 'Ørsted’s Ålborg · Þór', 'ı I İ ſ ×÷ ÆØ'.repeat(3), '„Ça“ – «Ñu» — 5 € • §2 ¿Qué?', 'L’été…\u00a0ª ¨ ½ x²', 'Été\u00a0À…LA › MER ► Ça']) expect(normaliseKey(t), t).toBe(longWay(t));
  });
});

describe('lowerWordsOf', () => {
  it('gives the words of the lower-cased text, for Latin lines and others', () => {
    expect(lowerWordsOf('The MAYOR’s Café – ŁÓDŹ')).toEqual(['the', 'mayor’s', 'café', 'łódź']);
    for (const t of ['ΟΔΟΣ.Α ΟΔΟΣ', 'İSTANBUL ĲSSEL', 'ＦＵＬＬ width', '東京 Tokyo']) expect(lowerWordsOf(t), t).toEqual(wordsOf(t.toLowerCase()));
  });
});

describe('urlShare', () => {
  it('is the share of characters in URLs, and nothing for a line without one', () => {
    expect(urlShare('The ferry leaves at noon.')).toBe(0);
    expect(urlShare('see https://ferry.example/times')).toBeCloseTo(27 / 31);
    expect(urlShare('WWW.ferry.example')).toBe(1);
  });
});

describe('isSpace', () => {
  it('is \\s of a Unicode pattern for every character of the Basic Multilingual Plane', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpace(code), code.toString(16)).toBe(/^\s$/u.test(String.fromCharCode(code)));
  });
});

describe('testAtEnd', () => {
  const SIGNED = /(?<!\p{L})(?:wrote|signed off)\s*[:：]?\s*$/iu;
  const tail = (code: number) => isSpace(code) || code === 0x3a || code === 0xff1a;
  it('answers as the pattern does on the whole line', () => {
    const lines = ['Maren wrote:', 'Maren wrote :  ', 'Maren rewrote:', 'wrote', 'Omar signed off', 'He signed off. Then', 'SIGNED OFF ：', 'a line that wrote nothing here', ''];
    for (const line of lines) expect(testAtEnd(SIGNED, line, tail, 12), line).toBe(SIGNED.test(line));
  });
  it('reads only the end of a long line', () => {
    const long = `${'word '.repeat(200)}and then she wrote:`;
    expect(testAtEnd(SIGNED, long, tail, 12)).toBe(true);
    expect(testAtEnd(SIGNED, `${long} more`, tail, 12)).toBe(false);
  });
});

describe('gluedJoins and stem', () => {
  it('count glued sentences only when one is there', () => {
    expect(gluedJoins('A plain sentence. Another one follows it.')).toBe(0);
    expect(gluedJoins('Cheap flights.Book nowBest hotels.Compare prices')).toBe(3);
  });
  it('drop a possessive and a plural s, lower-cased', () => {
    expect(stem("Mayor's")).toBe('mayor');
    expect(stem('Council’s')).toBe('council');
    expect(stem('exports')).toBe('export');
    expect(stem('glass')).toBe('glass');
    expect(stem("'s")).toBe('');
  });
});

describe('escapeRegExp and phrasePattern', () => {
  it('match a text literally, syntax characters and all', () => {
    const text = 'C++ (beta) costs $5.00? [yes] a|b {2} ^x\\y*';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('5.00'), 'u').test('5x00')).toBe(false);
  });
  it('let a phrase match across any run of white space, and nothing else between its words', () => {
    const re = new RegExp(`^${phrasePattern('read  more (here)')}$`, 'u');
    expect(re.test('read more (here)')).toBe(true);
    expect(re.test('read\n  more\t(here)')).toBe(true);
    expect(re.test('read-more (here)')).toBe(false);
    expect(re.test('read more here')).toBe(false);
  });
});

describe('closesWithMark', () => {
  it("reads the line's last punctuation through one closing quotation mark or bracket", () => {
    const closed = ['The council voted on Tuesday.', 'She said it would rain.”  ', '(More on that below!)', '«Et après?»'];
    expect(closed.map((t) => closesWithMark(t, '.!?'))).toEqual([true, true, true, true]);
    expect(closesWithMark('What comes next?', '.')).toBe(false);
  });

  it('is false for a line without the mark, two closers after it, or nothing but a closer', () => {
    const open = ['Latest stories', 'He called it “done.”)', '”', ''];
    expect(open.map((t) => closesWithMark(t, '.'))).toEqual([false, false, false, false]);
  });
});

describe('sentences', () => {
  it('ends a sentence at a stop before a capital, a digit or a quote', () => {
    expect(sentences('The ferry runs again. It left at 6. "Good," said one. 7 boats wait.')).toEqual(['The ferry runs again.', 'It left at 6.', '"Good," said one.', '7 boats wait.']);
    expect(sentences('Is it back? Yes! Fine.')).toEqual(['Is it back?', 'Yes!', 'Fine.']);
  });

  it('does not end one after an initial, a title or a month', () => {
    const kept = ['U.S. officials met the ferry board.', 'Gov. Ana Ruiz spoke.', 'The vote on Jan. 6 stands.', 'The Sept. 3 sailing is off.', 'J. Smith wrote it.'];
    for (const text of kept) expect(sentences(`${text} Then they left.`)).toEqual([text, 'Then they left.']);
  });
});
