import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { assertInert, bodyToMdx, SERIALIZE, webUrl } from '../../src/pipeline/emit/emit-mdx.ts';
import { processSeed } from '../../src/pipeline/run/process-seed.ts';
import { decodeSeed, MAX_LINE_CHARS } from '../../src/pipeline/read/read-seed.ts';
import { MAX_PARAGRAPH_CHARS, splitLongText } from '../../src/pipeline/emit/split-long-text.ts';
import type { ArticleNode } from '../../src/pipeline/types.ts';
import { joinedParagraphSeed } from '../helpers/hostile-seeds.ts';

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/** Both MDX parsers Astro can render with (GFM on, as in Astro): Sätteri (default) and micromark (unified). */
const PARSERS: [string, (mdx: string) => Node][] = [
  ['Sätteri', (mdx) => mdxToMdast(mdx, { features: { gfm: true, frontmatter: false }, position: false }) as Node],
  ['micromark', (mdx) => fromMarkdown(mdx, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }) as Node],
];

/** Every node type in the tree. */
function types(node: Node): string[] {
  return [node.type, ...(node.children ?? []).flatMap(types)];
}

/** The text of each top-level block, as the parser reads it. */
function blockTexts(tree: Node): string[] {
  return (tree.children ?? []).map((block) => toString(block as Parameters<typeof toString>[0]));
}

function paragraphs(texts: string[]): ArticleNode[] {
  return texts.map((text) => ({ kind: 'paragraph', text }));
}

/** Deterministic pseudo-random strings over an alphabet of MDX, GFM and HTML syntax. */
function randomTexts(count: number, seed: number): string[] {
  const alphabet = [
    '{', '}', '<', '>', '/', '*', '_', '`', '#', '-', '[', ']', '(', ')', '!', '&', ';', '\\', ':', '|', '~', '=', '"', "'", '@', '.', ' ', 'a', 'x',
    'import ', 'export ', 'import{', 'export{', 'export', 'https://', 'http://', 'www.', 'mailto:', 'javascript:', '<script>', '</script>', '<!--', '-->',
    '&amp;', '&#123;', '\t', '1. ', '> ', '---', '***', '[^1]', '[ ]', '$$', ':::', '<br/>', 'onerror=', 'HTTPS://', 'WWW.', 'Www.', 'xmpp:', 'a@b.c',
  ];
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const s = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    return s.trim() === '' ? 'x' : s.trim();
  });
}

const HOSTILE_LINES = [
  'an <iframe src="https://evil.example/frame"></iframe> closes after a URL',
  'www.example.com<b>bold</b> and a@b.co<i>x</i> and https://x.example\\<y',
  'import{a} from "b"',
  'export{a}',
  'export',
  'import',
  'export\tconst a = 1',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1)) <javascript:alert(2)>',
  '~~strike~~ | a | b |',
  '[^1]: a footnote definition',
  '- [ ] a task',
  '&#60;script&#62; and &lt;b&gt;',
  '\\{ already escaped \\}',
];

describe('escaping against both MDX parsers', () => {
  it.each(PARSERS)('%s reads hostile lines back as the same text, in plain paragraphs', (_name, parse) => {
    const tree = parse(bodyToMdx(paragraphs(HOSTILE_LINES)));
    expect(blockTexts(tree)).toEqual(HOSTILE_LINES);
    expect(types(tree).filter((t) => !['root', 'paragraph', 'text', 'link'].includes(t))).toEqual([]);
  });

  it.each(PARSERS)('%s reads 2,000 random strings of syntax back as the same text', (_name, parse) => {
    const texts = randomTexts(2000, 7);
    const tree = parse(bodyToMdx(paragraphs(texts)));
    expect(blockTexts(tree)).toEqual(texts);
  });

  it('lets through only GFM autolinks to web and mail addresses', () => {
    const tree = PARSERS[0]![1](bodyToMdx(paragraphs(['see https://a.example/x and www.b.example and c@d.example', 'javascript:alert(1) vbscript:x data:text/html,x'])));
    const links: Node[] = [];
    const walk = (n: Node) => (n.type === 'link' ? links.push(n) : n.children?.forEach(walk));
    walk(tree);
    expect(links.map((l) => l.url)).toEqual(['https://a.example/x', 'http://www.b.example', 'mailto:c@d.example']);
  });

  it('refuses MDX that is not plain prose, or that does not parse', () => {
    for (const mdx of ['{1 + 1}', 'import a from "b"', 'export{a}', '<Thing />', 'text <b>bold</b>', '[x](javascript:alert(1))', '[x](https://a.example)', 'a </b> b']) {
      expect(() => assertInert(mdx), mdx).toThrow(/escaping failed/);
    }
  });
});

describe('webUrl', () => {
  it('keeps absolute http(s) URLs and drops everything else', () => {
    expect(webUrl('https://example.com/a?b')).toBe('https://example.com/a?b');
    expect(webUrl('http://example.com')).toBe('http://example.com');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', 'example.com', 'mailto:a@b.c']) expect(webUrl(bad), bad).toBeNull();
    expect(webUrl(null)).toBeNull();
  });
});

describe('splitLongText', () => {
  it('leaves ordinary paragraphs alone', () => {
    expect(splitLongText('A short paragraph.')).toEqual(['A short paragraph.']);
    const exact = 'a'.repeat(MAX_PARAGRAPH_CHARS);
    expect(splitLongText(exact)).toEqual([exact]);
  });

  it('cuts after a sentence where it can, else at a space, and loses no word', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const pieces = splitLongText(text, 1000);
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect(p.endsWith('.')).toBe(true);
    }
    expect(pieces.join(' ')).toBe(text);
    const words = 'word '.repeat(1000).trim();
    const wordPieces = splitLongText(words, 999);
    expect(wordPieces.every((p) => /^word( word)*$/.test(p))).toBe(true);
    expect(wordPieces.join(' ')).toBe(words);
  });

  it('cuts text without spaces anywhere, but never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(1500); // 3,000 UTF-16 units
    const pieces = splitLongText(emoji, 1001);
    expect(pieces.join('')).toBe(emoji);
    for (const p of pieces) expect(p.isWellFormed()).toBe(true);
  });

  it('makes the emitter write a huge paragraph as several, each within the limit', () => {
    const text = 'x '.repeat(3 * MAX_PARAGRAPH_CHARS).trim();
    const tree = PARSERS[0]![1](bodyToMdx([{ kind: 'paragraph', text }, { kind: 'list-item', text }, { kind: 'quote', text }]));
    // A list item or quote split in paragraphs reads back without the spaces at the cuts.
    expect(blockTexts(tree).join('').replace(/\s+/g, '')).toBe([text, text, text].join('').replace(/\s+/g, ''));
    expect(tree.children!.filter((n) => n.type === 'paragraph').length).toBeGreaterThanOrEqual(4);
  });
});

/** Milliseconds to decode and fully process one seed, or the rejection reason. */
function timeSeed(text: string): { ms: number; outcome: string } {
  const start = performance.now();
  const read = decodeSeed(new TextEncoder().encode(text), 'timed.txt');
  const outcome = read.ok ? `${processSeed(read.seed).mdx.length} chars of MDX` : `rejected: ${read.rejection.reason}`;
  return { ms: performance.now() - start, outcome };
}

/**
 * Super-linear work (a backtracking regex, an all-pairs loop) on one long line takes
 * minutes at these sizes; linear work takes a few seconds at most on a 2-core machine.
 * The budget is generous so that a slow CI machine passes and a quadratic one does not.
 */
const BUDGET_MS = 12_000;
const NEAR_LIMIT = MAX_LINE_CHARS - 100;

// Vitest's 5 s default would fail a slow-but-linear run before the budget above is checked.
describe('long lines are processed in linear time', { timeout: 60_000 }, () => {
  it('rejects a single 1 MB line quickly, with a reason', () => {
    const { ms, outcome } = timeSeed(`A headline\n\n${'lorem ipsum '.repeat(1024 * 1024 / 12)}`);
    expect(outcome).toMatch(/^rejected: line 3 is 1,048,\d{3} characters long/);
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ['words', 'word '],
    ['one unbroken word', 'a'],
    ['MDX braces and tags', '{<'],
    ['Markdown punctuation', '*_`[]()#-!\\'],
    ['emphasis runs', '**__'],
    ['link syntax', '[a](b) ![c](d) '],
    ['URL-like text', 'https://x.example/'],
    ['an opening quote and no closing one', '"word '],
    ['character references', '&amp;&#123;'],
    ['Cyrillic and Chinese', 'слово 中文 '],
  ])('a line just under the limit of %s', (_name, unit) => {
    const line = unit.repeat(Math.ceil(NEAR_LIMIT / unit.length)).slice(0, NEAR_LIMIT);
    const { ms, outcome } = timeSeed(`A headline over a long line\n\n${line}\n\nAfter the long line.`);
    expect(outcome).not.toMatch(/^rejected/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a 1 MB paragraph of hard-wrapped lines full of markup', () => {
    const { ms, outcome } = timeSeed(joinedParagraphSeed(13_000));
    expect(outcome).not.toMatch(/^rejected/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});

describe('the text handler that leaves out patterns whose character a text lacks', () => {
  it('escapes exactly as the serialiser with every pattern does, in every kind of block', () => {
    const everyPattern = { ...SERIALIZE, handlers: {} };
    for (const value of [...HOSTILE_LINES, ...randomTexts(4000, 11)]) {
      const text = () => ({ type: 'text' as const, value });
      const tree: Root = {
        type: 'root',
        children: [
          { type: 'heading', depth: 2, children: [text()] },
          { type: 'paragraph', children: [text()] },
          { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text()] }] }] },
          { type: 'blockquote', children: [{ type: 'paragraph', children: [text()] }] },
        ],
      };
      expect(toMarkdown(tree, SERIALIZE), value).toBe(toMarkdown(tree, everyPattern));
    }
  });
});
