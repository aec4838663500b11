/**
 * Sentences of English-like text, for the link features and for a headline derived from a lead.
 * Hand-written because both need offsets and exact, deterministic behaviour across thousands of
 * briefs, and an NLP library's segmenter costs far more than these few rules.
 */

/** A dot after an initial ("U.S.", "J."), a title ("Gov.") or a month ("Jan. 6") does not end a sentence. */
const ABBREVIATION_END = /(?:\b\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Inc|Ltd|Co|Corp|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/u;

/** What may follow a sentence end: white space, then a capital, digit or opening quote. */
const NEXT_STARTS_SENTENCE = /\s+["“‘(\[]?[\p{Lu}\p{N}]/uy;
const ONLY_SPACE = /\s*$/uy;
/** Enough of a sentence's end to recognise an abbreviation ("Capt.", "U.S."). */
const ABBREVIATION_TAIL = 8;

/** A run of text up to and including its terminal punctuation (or the end). */
const SENTENCE_PIECE = /[^.!?…]+(?:[.!?…]+["”’)\]]*|$)/gu;

/**
 * Splits text into sentences at terminal punctuation followed by a space and a capital, digit or quote.
 * Linear in the text: the look-ahead is a sticky match and the abbreviation test reads only the tail.
 */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map(([start, end]) => text.slice(start, end));
}

/** Where each sentence of `sentences` starts and ends in the text (white space around it left out). */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const start = from + piece.length - piece.trimStart().length;
    const end = to - (piece.length - piece.trimEnd().length);
    if (end > start) out.push([start, end]);
  };
  const re = SENTENCE_PIECE;
  re.lastIndex = 0;
  let from = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const end = match.index + match[0].length;
    // "U.S. officials" or "Mr. Smith": a dot after an abbreviation does not end the sentence.
    // Merging two sentences by mistake costs nothing here; splitting a name in two would.
    const tail = text.slice(Math.max(from, end - ABBREVIATION_TAIL - 1), end).trimEnd();
    if (ABBREVIATION_END.test(tail)) continue;
    NEXT_STARTS_SENTENCE.lastIndex = end;
    ONLY_SPACE.lastIndex = end;
    if (end === text.length || NEXT_STARTS_SENTENCE.test(text) || ONLY_SPACE.test(text)) {
      push(from, end);
      from = end;
    }
  }
  push(from, text.length);
  return out;
}
