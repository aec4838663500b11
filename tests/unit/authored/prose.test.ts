import { describe, expect, it } from 'vitest';
import { readProse, sourceOffset, touchesCode } from '../../../src/pipeline/authored/prose.ts';

const SOURCE = `---
title: A headline with loaded words
---
import Note from './note.astro';
export const year = 2025;

Prices \\{ rose &amp; fell, the *board* said
on Monday. Inline \`code words\` stay {year} here.

<Note title="Words in a prop">
  Words inside a component
  read as prose.
</Note>

## A heading

- first item
- second item

> A quote
> on two lines

\`\`\`text
words in a code block
\`\`\`

{/* words in a comment */}

| cell one | cell two |
| --- | --- |
| cell three | cell four |
`;

describe('the prose of a hand-written brief', () => {
  const prose = readProse(SOURCE);

  it('is the text of each rendered block, without frontmatter, import/export, props, expressions, comments or code blocks', () => {
    expect(prose.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Prices { rose & fell, the board said\non Monday. Inline code words stay  here.'],
      ['paragraph', 'Words inside a component\nread as prose.'],
      ['heading', 'A heading'],
      ['list-item', 'first item'],
      ['list-item', 'second item'],
      ['paragraph', 'A quote\non two lines'],
      ['paragraph', 'cell one'],
      ['paragraph', 'cell two'],
      ['paragraph', 'cell three'],
      ['paragraph', 'cell four'],
    ]);
    for (const absent of ['headline', 'import', 'year', 'prop', 'code block', 'comment']) expect(prose.body).not.toContain(absent);
  });

  it('keeps inline code in the text, as the page shows it, but marks it as code', () => {
    const at = prose.body.indexOf('code words');
    expect(touchesCode(prose, at, at + 4)).toBe(true);
    expect(touchesCode(prose, prose.body.indexOf('Monday'), prose.body.indexOf('Monday') + 6)).toBe(false);
  });

  it('maps a body offset to the place in the .mdx file, past escapes, character references, line prefixes and indents', () => {
    for (const word of ['Prices', 'rose', 'fell', 'board', 'Monday', 'here', 'inside', 'prose', 'heading', 'second', 'two', 'four']) {
      const offset = sourceOffset(prose, prose.body.indexOf(word), SOURCE);
      expect(SOURCE.slice(offset!, offset! + word.length), word).toBe(word);
    }
  });

  it('throws on MDX that cannot be parsed (the pre-build check names it)', () => {
    expect(() => readProse('A {broken expression\n')).toThrow();
  });
});
