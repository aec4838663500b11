import { describe, expect, it } from 'vitest';
import { leadsOf, preRead, readLine } from '../../src/pipeline/clean/line-hints.ts';
import { escapeRegExp, lowersOneForOne } from '../../src/pipeline/clean/text.ts';

/** Every character of the first 384 code points that the pre-read answers for. */
const READ_ALPHABET = Array.from({ length: 0x180 }, (_, c) => String.fromCharCode(c)).filter((c) => lowersOneForOne(c));

describe('line hints', () => {
  it('rests on case folding being lower-casing for every character the pre-read answers for', () => {
    // Two such characters match each other under /i and /iu exactly when they lower-case alike: the pre-read's premise.
    for (const flags of ['i', 'iu']) {
      for (const p of READ_ALPHABET) {
        const re = new RegExp(`^${escapeRegExp(p)}$`, flags);
        for (const x of READ_ALPHABET) {
          if (re.test(x) !== (x.toLowerCase() === p.toLowerCase())) throw new Error(`/${p}/${flags} on ${x}`);
        }
      }
    }
  });

  it('reads the literal leads every match opens with, and none where an alternative opens with syntax', () => {
    expect(leadsOf('newsletter|mailing list')).toEqual([{ text: 'newsletter', whole: true }, { text: 'mailing list', whole: true }]);
    expect(leadsOf('cc[- ]by|log ?in|Press')).toEqual([{ text: 'cc', whole: false }, { text: 'log', whole: false }, { text: 'press', whole: true }]);
    // Past anchors, look-arounds and optional groups, and into the group an alternative opens with.
    expect(leadsOf(String.raw`^(?:(?:did you (?:like|enjoy)|(?:if )?you liked)\s+this|wenn dir)`)).toEqual([
      { text: 'did you ', whole: false },
      { text: 'you liked', whole: false },
      { text: 'wenn dir', whole: false },
    ]);
    expect(leadsOf(String.raw`(?<!\p{L})(?:support us|apóyanos)(?!\p{L})`)).toEqual([{ text: 'support us', whole: false }, { text: 'apóyanos', whole: false }]);
    // A case-sensitive pattern's lead never answers it alone.
    expect(leadsOf('Enlarge', false)).toEqual([{ text: 'enlarge', whole: false }]);
    // A class holding the alternation bar does not split the pattern.
    expect(leadsOf('ab[|]cd|ef')).toEqual([{ text: 'ab', whole: false }, { text: 'ef', whole: true }]);
    expect(leadsOf(String.raw`[\d@]`)).toBeNull();
    expect(leadsOf(String.raw`\bapps?\b|channel`)).toBeNull();
    expect(leadsOf('(?:abc)?')).toBeNull();
    expect(leadsOf('abc|ſt')).toBeNull();
  });

  it('answers as the plain pattern does, for the line read and for any other text', () => {
    const patterns = [
      /subscri|abonn|sign up/iu,
      /konto|transfer|prozent/i,
      /licen[cs]e|creative commons/iu,
      /gutschein|cupón|réduction/iu,
      /^(?:about(?: us)?|contact(?: us)?)\s*$/iu,
      /(?<!\p{L})(?:kilobyte|kelvin)(?!\p{L})/iu,
      /^(?:Vergrößern|Enlarge)(?:\s+\p{Lu}|$)/u,
    ];
    const tests = patterns.map(preRead);
    // Every pattern above has leads: a pre-read, not the pattern handed back.
    tests.forEach((t, k) => expect(t).not.toBe(patterns[k]));
    const lines = [
      'Subscribe to our newsletter',
      'SIGN UP today',
      // Folded to "s" by /iu but not lower-cased to one: the long s is read by the pattern itself.
      'ſubscribe now',
      // The Kelvin sign folds to "k" under /iu, not under /i.
      '\u212Aonto in \u212Aelvin',
      'Licence CC-BY 4.0',
      'Creative Commons',
      'A CUPÓN, a RÉDUCTION',
      'About Us',
      'About the mayor',
      'Vergrößern Die neue Brücke',
      'vergrößern die neue Brücke',
      // No lead of any pattern: every one answers false without a test.
      'Nothing to see in this line',
      '',
      'x',
      `${'long line '.repeat(60)} subscribe`,
      'Ωmega réduction',
    ];
    for (const line of lines) {
      readLine(line);
      patterns.forEach((re, k) => expect(tests[k]!.test(line), `${re} on ${line}`).toBe(re.test(line)));
      // Text other than the line read is tested by the pattern itself.
      patterns.forEach((re, k) => expect(tests[k]!.test(`${line} subscribe`)).toBe(re.test(`${line} subscribe`)));
    }
  });

  it('leaves a pattern without leads, or with short ones, as it is, and refuses flags that keep state', () => {
    for (const re of [/[\d@]/u, /kb|mb|gb|byte/iu]) expect(preRead(re)).toBe(re);
    expect(() => preRead(/abc/giu)).toThrow();
    expect(() => preRead(/abc/v)).toThrow();
  });
});
