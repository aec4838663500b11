import type { Sentence, Span, TextView } from './text.ts';

/** A sentence's words as lookup keys: folded, lower case, trailing possessive dropped ("regime's" -> "regime"). */
export interface Tokens {
  keys: string[];
  spans: readonly Span[];
}

/** The sentence's words (parse-english's, so "so-called" and "it's" are one word each) as keys, computed once. */
export function tokensOf(view: TextView, sentence: Sentence): Tokens {
  sentence.keys ??= sentence.words.map((w) => keyOf(view.norm.slice(w.start, w.end)));
  return { keys: sentence.keys, spans: sentence.words };
}

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

export interface PhraseMatch<T> extends Span {
  /** Index of the first and one past the last word matched. */
  from: number;
  to: number;
  data: T;
}

/**
 * Many phrases looked up at once, word by word: each word of a sentence is looked up by its
 * first-word key and only the phrases starting with it are compared, so a lexicon of any size
 * costs about one map lookup per word. Phrases are written with spaces between words and
 * match the same words in any case with any spacing between them.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; data: T }[]>();

  add(phrase: string, data: T): void {
    const words = phrase.trim().split(/\s+/u).map(keyOf);
    if (words.length === 0 || words[0] === '') return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, data });
    // Longest first, so "so-called experts" wins over "so-called" when both are listed.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  has(word: string): boolean {
    return this.byFirst.has(keyOf(word));
  }

  /** The longest phrase starting at each word, left to right, never overlapping. */
  matches(view: TextView, sentence: Sentence): PhraseMatch<T>[] {
    const { keys, spans } = tokensOf(view, sentence);
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < keys.length; i++) {
      const candidates = this.byFirst.get(keys[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        if (i + c.words.length > keys.length) continue;
        let ok = true;
        // Words in a row: the same words across a comma or a dash are not the phrase.
        for (let j = 1; j < c.words.length && ok; j++) ok = keys[i + j] === c.words[j] && /^\s*$/u.test(view.norm.slice(spans[i + j - 1]!.end, spans[i + j]!.start));
        if (!ok) continue;
        const to = i + c.words.length;
        out.push({ start: spans[i]!.start, end: spans[to - 1]!.end, from: i, to, data: c.data });
        i = to - 1;
        break;
      }
    }
    return out;
  }
}
