import type { SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';

type TokenType = SentenceContent['type'];

/** The token types; the class table holds a type's index plus one (0: not looked up yet). */
const TYPES: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const WHITE_SPACE = 1;
const WORD = 3;

/**
 * parse-english with parse-latin 7's `tokenize` (the first step of every parse) rewritten to
 * look up each character's class in a table instead of testing it against up to three Unicode
 * class patterns: the tests cost about a third of the parse. The table is filled by asking the
 * library's own `tokenize` about one character at a time, so the classes are the library's;
 * everything else (runs, positions, node shapes) is its code, step for step, on character codes
 * and with the point kept in three numbers instead of an object copied for every token.
 */
export class FastParseEnglish extends ParseEnglish {
  /** One entry per UTF-16 code unit (the library tests characters one code unit at a time). */
  private readonly classes = new Uint8Array(0x10000);

  /** The class of one code unit, as a code: a type's index in TYPES plus one. */
  private classOf(unit: number): number {
    let code = this.classes[unit]!;
    if (code === 0) {
      code = TYPES.indexOf(super.tokenize(String.fromCharCode(unit))[0]!.type) + 1;
      this.classes[unit] = code;
    }
    return code;
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    // The library's point, copied where it copies it: a token's start is one object shared by the token and its text node.
    let line = 1;
    let column = 1;
    let offset = 0;
    let start = { line, column, offset };
    let from = 0;
    let previousClass = 0;
    let previous = -1;
    for (let index = 0; index < value.length; index++) {
      const current = value.charCodeAt(index);
      const currentClass = this.classOf(current);
      // A run goes on while the class stays: words and white space always, punctuation and symbols only repeating one character (or a surrogate half).
      const continues = previousClass === currentClass && (currentClass === WORD || currentClass === WHITE_SPACE || current === previous || isSurrogate(current));
      if (from < index && previousClass !== 0 && !continues) {
        children.push(token(previousClass, value.slice(from, index), start, { line, column, offset }, { line, column, offset }));
        from = index;
        start = { line, column, offset };
      }
      if (current === CR || (current === LF && previous !== CR)) {
        line++;
        column = 1;
      } else if (current !== LF) {
        column++;
      }
      offset++;
      previousClass = currentClass;
      previous = current;
    }
    if (previousClass !== 0 && from < value.length) children.push(token(previousClass, value.slice(from), start, { line, column, offset }, { line, column, offset }));
    return children;
  }
}

const CR = 13;
const LF = 10;

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A token as the library builds it: a word holds its text in a text node with its own copy of the end point. */
function token(code: number, value: string, start: Point, end: Point, textEnd: Point): SentenceContent {
  const type = TYPES[code - 1]!;
  if (type === 'WordNode') return { type, children: [{ type: 'TextNode', value, position: { start, end: textEnd } }], position: { start, end } };
  return { type, value, position: { start, end } };
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}
