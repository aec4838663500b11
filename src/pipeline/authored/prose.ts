import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { BLOCK_SEPARATOR, joinBlocks } from '../flags/body.ts';
import { blockText, leafBlocks, type RenderedBlock } from '../flags/rendered-blocks.ts';
import type { ParagraphKind } from '../types.ts';

/**
 * The prose of a hand-written MDX brief: what a reader reads, block by block, and where each
 * character sits in the .mdx file. It is read from the tree the site renders (Sätteri's, with
 * the site's Markdown features) through the same leaf-block rule the page marks evidence by
 * (flags/rendered-blocks.ts), so a flag's offsets in `body` are offsets in the rendered text.
 * Frontmatter, import/export, {expressions}, components' props and code blocks are not prose;
 * inline code stays in the text (the page renders it there) but is listed in `code`, so no
 * flag is raised on it.
 */

/** The Markdown features the site renders with (astro.config.mjs uses this too). */
export const MARKDOWN_FEATURES = { gfm: true, frontmatter: true, smartPunctuation: false } as const;

export interface ProseBlock {
  kind: ParagraphKind;
  text: string;
  /** Text nodes: where each starts in `text` and which part of the source it came from. */
  pieces: { at: number; value: string; start: number; end: number }[];
  /** [from, to) ranges of `text` inside inline code. */
  code: [number, number][];
}

export interface Prose {
  blocks: ProseBlock[];
  /** Block texts joined by BLOCK_SEPARATOR: the string body flag offsets index. */
  body: string;
}

/** Reads the prose of an MDX source (frontmatter allowed). Throws only if the MDX cannot be parsed. */
export function readProse(source: string): Prose {
  const tree = mdxToHast(source, { features: MARKDOWN_FEATURES, position: true }) as unknown as Root;
  const blocks = leafBlocks(tree).map(toProseBlock);
  return { blocks, body: joinBlocks(blocks.map((b) => b.text)) };
}

function toProseBlock(block: RenderedBlock): ProseBlock {
  const pieces: ProseBlock['pieces'] = [];
  const code: [number, number][] = [];
  let previousEnd = 0;
  for (const { node, offset, code: inCode } of block.pieces) {
    // Text the converter adds (a line break between elements) has no position: it sits where the last piece ended.
    const start = node.position?.start.offset ?? previousEnd;
    const end = node.position?.end.offset ?? start;
    pieces.push({ at: offset, value: node.value, start, end });
    if (inCode && node.value.length > 0) code.push([offset, offset + node.value.length]);
    previousEnd = end;
  }
  return { kind: kindOf(block.tagName), text: blockText(block), pieces, code };
}

function kindOf(tagName: string): ParagraphKind {
  if (/^h[1-6]$/.test(tagName)) return 'heading';
  if (tagName === 'li' || tagName === 'dt' || tagName === 'dd') return 'list-item';
  if (tagName === 'blockquote') return 'quote';
  return 'paragraph';
}

/** True when [start, end) of the body touches inline code. */
export function touchesCode(prose: Prose, start: number, end: number): boolean {
  let offset = 0;
  for (const block of prose.blocks) {
    const from = offset;
    offset += block.text.length + BLOCK_SEPARATOR.length;
    if (end <= from || start >= from + block.text.length) continue;
    if (block.code.some(([a, b]) => start < from + b && from + a < end)) return true;
  }
  return false;
}

/** How far the source may run ahead of the text for one character: a character reference (&ldquo;) or an escape. */
const LOOKAHEAD = 40;

/**
 * The source offset of a body offset. Within a text node the text and the source differ only
 * by escapes (`\{`), character references (`&amp;`) and the line prefixes of quotes and
 * indented blocks, so each character is found at or just after the previous one's place.
 */
export function sourceOffset(prose: Prose, bodyOffset: number, source: string): number | null {
  let offset = 0;
  for (const block of prose.blocks) {
    const local = bodyOffset - offset;
    offset += block.text.length + BLOCK_SEPARATOR.length;
    if (local < 0 || local > block.text.length) continue;
    let piece = block.pieces[0];
    for (const p of block.pieces) if (p.at <= local && (p.value.length > 0 || p.at < local)) piece = p;
    if (!piece) return null;
    return alignedOffset(piece, local - piece.at, source);
  }
  return null;
}

function alignedOffset(piece: ProseBlock['pieces'][number], k: number, source: string): number {
  let at = piece.start;
  const find = (ch: string): number => {
    for (let j = at; j < Math.min(piece.end, at + LOOKAHEAD); j++) if (source[j] === ch) return j;
    return -1;
  };
  for (let i = 0; i < k && i < piece.value.length; i++) {
    const found = find(piece.value[i]!);
    if (found >= 0) at = found + 1;
  }
  if (k >= piece.value.length) return Math.min(at, piece.end);
  const found = find(piece.value[k]!);
  return found >= 0 ? found : at;
}
