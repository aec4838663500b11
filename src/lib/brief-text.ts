import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { truncate } from './truncate.ts';

/**
 * Plain text of a brief's body, for feeds and page descriptions. The body is
 * parsed with Sätteri, the parser the site renders it with (natively, a fraction
 * of a millisecond a brief), rather than stripped with regular expressions, so
 * escapes such as `\{` come back as the literal characters a reader sees, and
 * imports or component tags are left out.
 */
export interface BriefText {
  /** Top-level paragraphs as plain text, in order. */
  paragraphs: string[];
  /** Paragraphs and headings as plain text, in order, separated by blank lines. */
  full: string;
}

export function briefText(body: string, format: BodyFormat = 'mdx'): BriefText {
  const children = parseBlocks(body, format);
  // The build already compiled this body; if a partial parse still fails here, feeds get no text rather than a broken build.
  if (!children) return { paragraphs: [], full: '' };
  const blocks = children.filter((n): n is Paragraph | Heading => n.type === 'paragraph' || n.type === 'heading');
  const paragraphs = paragraphsOf(blocks);
  return { paragraphs, full: blocks.map(plainText).filter(Boolean).join('\n\n') };
}

/** Generated briefs are Markdown (.md), hand-written ones MDX (.mdx): each is read with the grammar it is rendered with. */
export type BodyFormat = 'md' | 'mdx';

/** The format of a brief file, by its extension. */
export function bodyFormat(filePath: string | undefined): BodyFormat {
  return filePath?.endsWith('.md') ? 'md' : 'mdx';
}

const FEATURES = { features: { gfm: true, frontmatter: false }, position: false } as const;

function parseBlocks(body: string, format: BodyFormat): RootContent[] | null {
  try {
    const root = (format === 'md' ? markdownToMdast(body, FEATURES) : mdxToMdast(body, FEATURES)) as Root;
    return root.children;
  } catch {
    return null;
  }
}

const plainText = (n: Paragraph | Heading) => toString(n).replace(/\s+/g, ' ').trim();
const paragraphsOf = (nodes: RootContent[]) => nodes.filter((n): n is Paragraph => n.type === 'paragraph').map(plainText).filter(Boolean);

/** A paragraph this short is a caption, dateline or leftover label rather than the story's opening. */
const MIN_LEAD_WORDS = 12;

/** The paragraph a summary is cut from: the first that reads like prose (at least MIN_LEAD_WORDS words), else the first. */
export function leadParagraph(paragraphs: string[]): string {
  return paragraphs.find(readsAsProse) ?? paragraphs[0] ?? '';
}

const readsAsProse = (p: string) => p.split(' ').length >= MIN_LEAD_WORDS;

const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * Characters of a body read for its lead, in turn: the opening paragraphs, where the lead
 * nearly always is, then the opening of a story, not the whole of a long one. A brief page
 * parses its body for its description on every render, and parsing (and building the tree
 * of) the whole of a median body cost more than finding the lead in its opening.
 */
const LEAD_SCANS = [1_000, 6_000];

/**
 * The lead paragraph of a body (see leadParagraph), read from its opening blocks: the body is
 * parsed up to a blank line past each of LEAD_SCANS in turn, and whole when no prose paragraph
 * opens it, a cut cannot be parsed, or a link reference defined past a cut could change it.
 * A cut at a blank line leaves the blocks before it as the whole body has them, but for link
 * references, so the first prose paragraph of a cut is the whole body's.
 */
export function leadParagraphOf(body: string, format: BodyFormat = 'mdx'): string {
  for (const scan of LEAD_SCANS) {
    const cut = body.length > scan ? body.indexOf('\n\n', scan) : -1;
    // A link reference defined further down ("[1]: https://…") changes how the opening reads.
    if (cut < 0 || REFERENCE_DEFINITION.test(body.slice(cut))) break;
    const children = parseBlocks(body.slice(0, cut), format);
    const prose = children ? firstParagraphs(children).prose : undefined;
    if (prose !== undefined) return prose;
  }
  const children = parseBlocks(body, format);
  if (!children) return '';
  const { prose, first } = firstParagraphs(children);
  return prose ?? first ?? '';
}

/**
 * What leadParagraph would pick from paragraphsOf(nodes), without the plain text of the
 * paragraphs after it: the lead is nearly always among the first few, and writing out every
 * paragraph's text was over half of a brief page's summary.
 */
function firstParagraphs(nodes: RootContent[]): { prose?: string; first?: string } {
  let first: string | undefined;
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node);
    if (!text) continue;
    first ??= text;
    if (readsAsProse(text)) return { prose: text, first };
  }
  return first === undefined ? {} : { first };
}

/**
 * A summary of at most `maxChars` characters: the lead paragraph, cut at
 * a word boundary with an ellipsis.
 */
export function summarise(paragraphs: string[], maxChars = 200): string {
  return truncate(leadParagraph(paragraphs), maxChars);
}

