import type { Heading, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { truncate } from './truncate.ts';

/**
 * Plain text of a brief's MDX body, for feeds and page descriptions. The body
 * is parsed as MDX (the same grammar the site renders) rather than stripped
 * with regular expressions, so escapes such as `\{` come back as the literal
 * characters a reader sees, and imports or component tags are left out.
 */
export interface BriefText {
  /** Top-level paragraphs as plain text, in order. */
  paragraphs: string[];
  /** Paragraphs and headings as plain text, in order, separated by blank lines. */
  full: string;
}

export function briefText(body: string): BriefText {
  let children: RootContent[];
  try {
    children = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }).children;
  } catch {
    // The build already compiled this body; if a partial parse still fails here, feeds get no text rather than a broken build.
    return { paragraphs: [], full: '' };
  }
  const blocks = children.filter((n): n is Paragraph | Heading => n.type === 'paragraph' || n.type === 'heading');
  const text = (n: Paragraph | Heading) => toString(n).replace(/\s+/g, ' ').trim();
  const paragraphs = blocks.filter((n) => n.type === 'paragraph').map(text).filter(Boolean);
  return { paragraphs, full: blocks.map(text).filter(Boolean).join('\n\n') };
}

/** A paragraph this short is a caption, dateline or leftover label rather than the story's opening. */
const MIN_LEAD_WORDS = 12;

/**
 * A summary of at most `maxChars` characters: the first paragraph that reads
 * like prose (at least MIN_LEAD_WORDS words), else the first paragraph, cut at
 * a word boundary with an ellipsis.
 */
export function summarise(paragraphs: string[], maxChars = 200): string {
  const lead = paragraphs.find((p) => p.split(' ').length >= MIN_LEAD_WORDS) ?? paragraphs[0] ?? '';
  return truncate(lead, maxChars);
}
