import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import { assertInert, bodyToMdx, emitMdx } from '../../src/pipeline/emit/emit-mdx.ts';
import type { ArticleNode, BriefDocument } from '../../src/pipeline/types.ts';

/** Parses MDX the way @mdx-js/mdx does and returns each block's text. */
function blockTexts(mdx: string): string[] {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  return tree.children.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node)]));
}

/** Parses Markdown (CommonMark + GFM, as .md files are read) and returns each block's text, failing on any raw HTML or code. */
function markdownBlockTexts(md: string): string[] {
  const tree = fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const types = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  expect([...types].filter((t) => ['html', 'code', 'inlineCode', 'definition', 'table', 'thematicBreak'].includes(t))).toEqual([]);
  return tree.children.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node)]));
}

const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const a = 1',
  '<Brief />',
  '# heading?',
  '---',
  '[ref]: https://example.com',
  '<!-- comment -->',
  '{/* comment */}',
  '`code` and ``more``',
  '1. not a list',
  '> not a quote',
  '    indented code?',
  '| a | b |',
  '&amp; &lt; &#123;',
  'trailing backslash \\',
  '<https://autolink.example>',
  '*emphasis* _under_ ~~strike~~',
];

describe('bodyToMdx', () => {
  it('round-trips hostile text exactly, as plain paragraphs', () => {
    const nodes: ArticleNode[] = HOSTILE.map((text) => ({ kind: 'paragraph', text }));
    const mdx = bodyToMdx(nodes);
    expect(blockTexts(mdx)).toEqual(HOSTILE);
  });

  it('round-trips random strings of MDX-significant characters', () => {
    const alphabet = ['{', '}', '<', '>', '/', '*', '_', '`', '#', '-', '[', ']', '(', ')', '!', '&', ';', '\\', ':', 'import ', 'export ', 'a', ' ', '|', '~', '=', '"', "'"];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const texts = Array.from({ length: 300 }, () => {
      const s = Array.from({ length: 1 + Math.floor(random() * 25) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      return s.trim() === '' ? 'x' : s.trim();
    });
    const mdx = bodyToMdx(texts.map((text) => ({ kind: 'paragraph', text })));
    expect(blockTexts(mdx)).toEqual(texts);
  });

  it('reads back the same hostile text, with no HTML or code, when parsed as Markdown (generated briefs are .md)', () => {
    const body = bodyToMdx(HOSTILE.map((text) => ({ kind: 'paragraph', text })));
    expect(markdownBlockTexts(body)).toEqual(HOSTILE);
    // Sätteri, which Astro renders .md with, finds only prose too.
    expect(() => assertInert(body)).not.toThrow();
    expect(JSON.stringify(markdownToMdast(body, { features: { gfm: true }, position: false }))).not.toMatch(/"type":"(?:html|code)"/);
  });

  it('round-trips random strings of Markdown-significant characters as Markdown', () => {
    const alphabet = ['<', '>', '/', '*', '_', '`', '#', '-', '[', ']', '(', ')', '!', '&', ';', '\\', ':', 'a', ' ', '|', '~', '=', '"', '    ', '<div>', '<!--', 'amp;'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const texts = Array.from({ length: 300 }, () => {
      const s = Array.from({ length: 1 + Math.floor(random() * 25) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      return s.trim() === '' ? 'x' : s.trim();
    });
    expect(markdownBlockTexts(bodyToMdx(texts.map((text) => ({ kind: 'paragraph', text }))))).toEqual(texts);
  });

  it('writes headings, lists and quotes as Markdown structure', () => {
    const mdx = bodyToMdx([
      { kind: 'heading', text: 'Why it matters' },
      { kind: 'list-item', text: 'one' },
      { kind: 'list-item', text: 'two' },
      { kind: 'quote', text: '“A quoted line,” she said.' },
      { kind: 'paragraph', text: 'After.' },
    ]);
    expect(mdx).toBe('## Why it matters\n\n- one\n- two\n\n> “A quoted line,” she said.\n\nAfter.\n');
  });
});

describe('assertInert', () => {
  it.each(['{1 + 1}', 'import a from "b"', '<Thing />', 'text <b>bold</b>'])('refuses MDX that is not plain prose: %s', (mdx) => {
    expect(() => assertInert(mdx)).toThrow(/escaping failed/);
  });
});

/** An emitted file's YAML frontmatter and body. */
function frontmatterAndBody(mdx: string): { yaml: string; body: string } {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(mdx)!;
  return { yaml: yaml!, body: body! };
}

/** A one-paragraph brief of seed `seed`, its metadata's fields that the tests vary given. */
type VariedMeta = Pick<BriefDocument['meta'], 'title' | 'slug' | 'dek' | 'outlet' | 'authors' | 'date' | 'url' | 'citedOutlets' | 'attributions'>;
function briefDocument(seed: string, meta: VariedMeta): BriefDocument {
  return {
    meta: { seed, titleHow: 'first heading-like line', citedUrls: [], disclosures: [], language: 'en', wordCount: 3, readingMinutes: 1, ...meta },
    nodes: [{ kind: 'paragraph', text: 'Body text here.' }],
    source: { file: `${seed}.txt`, digest: 'abc', encoding: 'utf-8' },
  };
}

describe('emitMdx', () => {
  it('writes YAML frontmatter that parses back to the metadata', () => {
    const doc = briefDocument('s1', {
      title: 'Title: with "quotes" and --- dashes',
      slug: 'title-with-quotes-and-dashes-12345678',
      dek: null,
      outlet: { value: 'Example Times', how: 'byline' },
      authors: ['A. Writer'],
      date: { value: null, why: 'no date printed' },
      url: { value: 'https://example.com/a', how: 'trailer line' },
      citedOutlets: [],
      attributions: [],
    });
    const { yaml, body } = frontmatterAndBody(emitMdx(doc));
    const data = parseYaml(yaml);
    expect(data.title).toBe(doc.meta.title);
    expect(data.outlet).toBe('Example Times');
    expect(data.date).toBeNull();
    expect(data.evidence.date).toBe('unknown: no date printed');
    expect(data.generated).toBe(true);
    expect(body).toBe('Body text here.\n');
  });

  it('writes every string so that Astro\'s frontmatter reader (js-yaml) reads the same string back', () => {
    const tricky = ['2024-03-03', '2024-03-03 10:30', '1e3', '0x1F', 'yes', 'No', 'null', '~', '.inf', '12:30', ' leading and trailing ', 'line one\nline two', '---', '--- after a rule', 'key: value', '#hash', "'quoted'", '"double"', '& anchor', '* alias', '!tag', '- dash', '[not a list]', '{not: a map}', '%directive', '@at', '`tick`', '|', '>', '\u0007 bell', 'tab\tinside'];
    const doc = briefDocument('s2', {
      title: '2024-03-03',
      slug: 'dated-12345678',
      dek: 'yes',
      outlet: { value: 'null', how: 'byline' },
      authors: tricky,
      date: { value: '2024-03-03', how: 'printed date' },
      url: { value: null, why: 'no link' },
      citedOutlets: tricky,
      attributions: tricky,
    });
    const { yaml, body } = frontmatterAndBody(emitMdx(doc));
    const data = loadYaml(yaml) as Record<string, unknown>;
    expect(data.title).toBe('2024-03-03');
    expect(data.dek).toBe('yes');
    expect(data.outlet).toBe('null');
    expect(data.date).toBe('2024-03-03');
    expect(data.authors).toEqual(tricky);
    expect(data.citedOutlets).toEqual(tricky);
    expect(data.attributions).toEqual(tricky);
    expect(body).toBe('Body text here.\n');
  });
});

describe('code blocks in the body', () => {
  it('writes a code node as a fenced block that reads back verbatim, whatever backticks or markup it holds', () => {
    const code = '$ sudo make install\n```\n<script>alert(1)</script>\n{props.x} import a from "b"';
    const body = bodyToMdx([{ kind: 'paragraph', text: 'Install it with:' }, { kind: 'code', text: code }, { kind: 'paragraph', text: 'Then run it <b>now</b>.' }]);
    for (const parse of [markdownToMdast, mdxToMdast]) {
      const tree = JSON.stringify(parse(body, { features: { gfm: true }, position: false }));
      expect(tree).toContain(`"type":"code"`);
      expect(tree).toContain(`"value":${JSON.stringify(code)}`);
      expect(tree).not.toMatch(/"type":"(?:html|mdxJsxFlowElement|mdxJsxTextElement|mdxjsEsm|mdxFlowExpression|mdxTextExpression)"/);
    }
    expect(() => assertInert(body, [code])).not.toThrow();
  });

  it('fails the check when the body holds a code block the brief does not, or not the same one', () => {
    const body = bodyToMdx([{ kind: 'code', text: 'x = 1' }]);
    expect(() => assertInert(body)).toThrow(/code blocks are not the brief's code/);
    expect(() => assertInert(body, ['x = 2'])).toThrow(/code blocks are not the brief's code/);
    expect(() => assertInert('    indented text reads as code\n')).toThrow(/code blocks/);
  });
});
