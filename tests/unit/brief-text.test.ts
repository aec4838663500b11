import { describe, expect, it } from 'vitest';
import { bodyFormat, briefText, leadParagraph, leadParagraphOf, summarise } from '../../src/lib/brief-text.ts';
import { truncate } from '../../src/lib/truncate.ts';
import { bodyToMdx } from '../../src/pipeline/emit/emit-mdx.ts';

describe('briefText', () => {
  it('gives back the literal text of an escaped generated body', () => {
    const literal = 'It calls {process.exit(1)} and <script>alert(1)</script> and *stars* and import fs';
    const body = bodyToMdx([{ kind: 'paragraph', text: literal }, { kind: 'heading', text: 'A heading' }, { kind: 'paragraph', text: 'Second.' }]);
    const text = briefText(body);
    expect(text.paragraphs).toEqual([literal, 'Second.']);
    expect(text.full).toBe(`${literal}\n\nA heading\n\nSecond.`);
  });

  it('leaves out imports and block components of hand-written briefs but keeps their text paragraphs', () => {
    const body = "import Callout from './Callout.astro';\n\nFirst paragraph with a [link](https://x.example).\n\n<Callout title=\"Note\">\n  Aside text.\n</Callout>\n\nLast.";
    expect(briefText(body).paragraphs).toEqual(['First paragraph with a link.', 'Last.']);
  });

  it('returns no text for a body that does not parse, rather than failing', () => {
    expect(briefText('<Unclosed attr={')).toEqual({ paragraphs: [], full: '' });
  });
});

describe('summarise', () => {
  it('skips short lines such as datelines for the first paragraph that reads as prose', () => {
    const prose = 'Officials said on Tuesday that the new rules would take effect at the start of next year across the region.';
    expect(summarise(['Fri, October 10, 2025', 'Share', prose])).toBe(prose);
  });

  it('falls back to the first paragraph when none is long', () => {
    expect(summarise(['Short one.', 'Short two.'])).toBe('Short one.');
    expect(summarise([])).toBe('');
  });
});

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('Fits.', 10)).toBe('Fits.');
  });

  it('cuts at a word boundary and drops trailing punctuation before the ellipsis', () => {
    expect(truncate('The quick brown fox, jumps over the lazy dog', 22)).toBe('The quick brown fox…');
  });

  it('cuts inside a single very long word rather than returning nothing', () => {
    const out = truncate('a'.repeat(50), 10);
    expect(out).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('briefText by format', () => {
  it('reads a generated body as the Markdown it is rendered as, and a hand-written one as MDX', () => {
    // In Markdown a brace is text and an HTML comment is no paragraph; in MDX a tag is a component around its text.
    expect(briefText('Costs {rose} sharply.\n\n<!-- note -->\n\nEnd.', 'md').paragraphs).toEqual(['Costs {rose} sharply.', 'End.']);
    expect(briefText('Costs <Em>rose</Em> sharply.\n\nEnd.', 'mdx').paragraphs).toEqual(['Costs rose sharply.', 'End.']);
    expect(briefText('Costs {rose sharply.', 'mdx').paragraphs).toEqual([]);
    expect(bodyFormat('generated/briefs/x.md')).toBe('md');
    expect(bodyFormat('content/briefs/x.mdx')).toBe('mdx');
    expect(bodyFormat(undefined)).toBe('mdx');
  });
});

describe('the lead paragraph of a long body', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the story goes on with enough words to read as prose here.`).join('\n\n');
  const whole = (body: string, format: 'md' | 'mdx' = 'md') => leadParagraph(briefText(body, format).paragraphs);

  it('is read from the opening, and is the one the whole body gives', () => {
    const body = `Photo: a caption\n\nThe council voted on Monday to close the old bridge to lorries for a year.\n\n${filler(300)}`;
    expect(body.length).toBeGreaterThan(10_000);
    expect(leadParagraphOf(body, 'md')).toBe('The council voted on Monday to close the old bridge to lorries for a year.');
    expect(leadParagraphOf(body, 'md')).toBe(whole(body));
  });

  it('reads the whole body when its opening holds no prose paragraph', () => {
    const labels = Array.from({ length: 900 }, (_, i) => `Label ${i}`).join('\n\n');
    const body = `${labels}\n\nThe first paragraph that reads as prose comes only after many short labels.\n\n${filler(3)}`;
    expect(leadParagraphOf(body, 'md')).toBe('The first paragraph that reads as prose comes only after many short labels.');
  });

  it('reads the whole body when a link reference defined after the cut changes the opening', () => {
    const body = `Officials cited [the report][r] when they closed the old bridge to lorries.\n\n${filler(300)}\n\n[r]: https://example.org/report`;
    expect(leadParagraphOf(body, 'md')).toBe(whole(body));
    expect(leadParagraphOf(body, 'md')).toContain('cited the report when');
  });
});

describe('the lead paragraph, read paragraph by paragraph', () => {
  it('is the first paragraph when none reads as prose, skipping paragraphs with no text', () => {
    const body = '![](https://example.org/a.png)\n\nShort label\n\nAnother short one';
    expect(leadParagraphOf(body, 'md')).toBe('Short label');
    expect(leadParagraphOf(body, 'md')).toBe(leadParagraph(briefText(body, 'md').paragraphs));
  });

  it('is the first that reads as prose, however many paragraphs follow it', () => {
    const body = `# A heading\n\nBy a reporter\n\nThe ferry company said on Friday that crossings would resume next week after repairs.\n\n${'A later paragraph that also reads as prose and has well over twelve words in it.\n\n'.repeat(20)}`;
    expect(leadParagraphOf(body, 'md')).toBe('The ferry company said on Friday that crossings would resume next week after repairs.');
    expect(leadParagraphOf(body, 'md')).toBe(leadParagraph(briefText(body, 'md').paragraphs));
  });

  it('is the whole body\'s lead when the opening paragraphs hold none and a later cut does', () => {
    const labels = Array.from({ length: 120 }, (_, i) => `Label ${i}`).join('\n\n');
    const body = `${labels}\n\nThe lead only comes after more than a thousand characters of short labels here.\n\n${'Closing words that read as prose, with more than twelve words in this line.\n\n'.repeat(100)}`;
    expect(labels.length).toBeGreaterThan(1_000);
    expect(leadParagraphOf(body, 'md')).toBe('The lead only comes after more than a thousand characters of short labels here.');
    expect(leadParagraphOf(body, 'md')).toBe(leadParagraph(briefText(body, 'md').paragraphs));
  });

  it('is the whole body\'s lead when a code fence opened in the opening closes after the first cut', () => {
    const body = `Short label\n\n\`\`\`\n${'code line\n\n'.repeat(120)}\`\`\`\n\nThe story proper starts after the code, in a paragraph long enough to be the lead.\n\n${'More of the story goes on here in words enough to read as prose.\n\n'.repeat(10)}`;
    expect(leadParagraphOf(body, 'md')).toBe('The story proper starts after the code, in a paragraph long enough to be the lead.');
    expect(leadParagraphOf(body, 'md')).toBe(leadParagraph(briefText(body, 'md').paragraphs));
  });

  it('is empty for a body with no paragraph text', () => {
    expect(leadParagraphOf('# Only a heading', 'md')).toBe('');
    expect(leadParagraphOf('', 'md')).toBe('');
  });
});
