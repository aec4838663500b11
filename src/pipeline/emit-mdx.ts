import type { BlockContent, List, ListItem, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { stringify as stringifyYaml } from 'yaml';
import type { Flag } from './flags/types.ts';
import type { ArticleNode, BriefDocument } from './types.ts';

/** Frontmatter of a generated brief; the content collection's schema validates the same fields. */
export interface BriefFrontmatter {
  title: string;
  slug: string;
  seed: string;
  dek: string | null;
  outlet: string | null;
  authors: string[];
  date: string | null;
  url: string | null;
  citedUrls: string[];
  citedOutlets: string[];
  disclosures: string[];
  attributions: string[];
  language: string;
  wordCount: number;
  readingMinutes: number;
  /** How each metadata field was found, or why it is unknown. */
  evidence: Record<string, string>;
  generated: true;
  source: BriefDocument['source'];
  /** Editorial-bias flags; authors review, suppress or add them through an amendment. */
  flags: Flag[];
}

/**
 * ESM is only recognised at the start of a line, and mdast-util-mdx has no
 * "unsafe" rule for it, so the first letter of such a line is written as a
 * character reference.
 */
const esmSafe: ToMarkdownOptions = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport[ \\t]' },
    { character: 'e', atBreak: true, after: 'xport[ \\t]' },
  ],
};

const SERIALIZE: ToMarkdownOptions = { extensions: [mdxToMarkdown(), esmSafe], bullet: '-', rule: '-' };

/** Node types the emitted body may contain: anything else means seed text escaped its escaping. */
const INERT_TYPES = new Set(['root', 'paragraph', 'text', 'heading', 'list', 'listItem', 'blockquote']);

export function frontmatterFor(doc: BriefDocument): BriefFrontmatter {
  const { meta } = doc;
  const evidence: Record<string, string> = { title: meta.titleHow };
  for (const [field, found] of [['outlet', meta.outlet], ['date', meta.date], ['url', meta.url]] as const) {
    evidence[field] = found.value === null ? `unknown: ${found.why}` : found.how;
  }
  Object.assign(evidence, meta.evidence ?? {});
  return {
    title: meta.title,
    slug: meta.slug,
    seed: meta.seed,
    dek: meta.dek,
    outlet: meta.outlet.value,
    authors: meta.authors,
    date: meta.date.value,
    url: meta.url.value,
    citedUrls: meta.citedUrls,
    citedOutlets: meta.citedOutlets,
    disclosures: meta.disclosures,
    attributions: meta.attributions,
    language: meta.language,
    wordCount: meta.wordCount,
    readingMinutes: meta.readingMinutes,
    evidence,
    generated: true,
    source: doc.source,
    flags: doc.flags ?? [],
  };
}

/** Seed text as an MDX body in which every character is literal text. */
export function bodyToMdx(nodes: ArticleNode[]): string {
  const tree: Root = { type: 'root', children: toMdast(nodes) };
  const mdx = toMarkdown(tree, SERIALIZE);
  assertInert(mdx);
  return mdx;
}

/** The whole MDX file: YAML frontmatter and the escaped body. */
export function emitMdx(doc: BriefDocument): string {
  const yaml = stringifyYaml(frontmatterFor(doc), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${bodyToMdx(doc.nodes)}`;
}

function toMdast(nodes: ArticleNode[]): RootContent[] {
  const out: RootContent[] = [];
  let list: List | null = null;
  for (const node of nodes) {
    const text = { type: 'text' as const, value: node.text };
    if (node.kind === 'list-item') {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        out.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text] }] };
      list.children.push(item);
      continue;
    }
    list = null;
    if (node.kind === 'heading') out.push({ type: 'heading', depth: 2, children: [text] });
    else if (node.kind === 'quote') out.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [text] } as BlockContent] });
    else out.push({ type: 'paragraph', children: [text] });
  }
  return out;
}

/** Parses the emitted MDX as MDX and fails if anything but plain prose came out. */
export function assertInert(mdx: string): void {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (!INERT_TYPES.has(node.type)) throw new Error(`escaping failed: the body would contain an MDX "${node.type}" node`);
    for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
}
