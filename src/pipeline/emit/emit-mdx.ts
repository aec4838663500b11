import type { BlockContent, Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { dump as dumpYaml } from 'js-yaml';
import { parsedUrl } from '../clean/text.ts';
import type { Flag } from '../flags/types.ts';
import { splitLongText } from './split-long-text.ts';
import type { ArticleNode, BriefDocument } from '../types.ts';

/** Frontmatter of a generated brief; the content collection's schema validates the same fields. */
export interface BriefFrontmatter {
  title: string;
  /** Present (true) when the page printed no headline and the title was derived from the lead. */
  titleDerived?: true;
  slug: string;
  seed: string;
  dek: string | null;
  outlet: string | null;
  authors: string[];
  date: string | null;
  /** The update date the source page prints apart from its publication date (YYYY-MM-DD), when it prints one. */
  sourceUpdated?: string;
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
 * character reference. Sätteri takes `export{`, `import{` and a bare `export`
 * at the end of a line as ESM too, so any non-identifier character counts.
 */
const esmSafe: ToMarkdownOptions = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport(?![\\w$])' },
    { character: 'e', atBreak: true, after: 'xport(?![\\w$])' },
  ],
};

/**
 * Astro renders MDX with GFM on, whose autolink literals (`https://…`, `www.…`) would swallow
 * a following escape backslash; the GFM extension escapes what would start one.
 * But it escapes the dot of `www.` only before a domain character, and the colon
 * of `http://` only in lower case; Sätteri still starts an autolink at `www.<` or `HTTPS://`
 * and swallows the backslash that escapes what follows. Escape those too.
 */
const autolinkSafe: ToMarkdownOptions = {
  unsafe: [
    { character: '.', before: '[Ww][Ww][Ww]' },
    { character: ':', before: '[PpSs]', after: '\\/' },
  ],
};

/**
 * The text handler, escaping with only the "unsafe" patterns whose character the text holds.
 * The serialiser runs every pattern (about fifty, each a regex whose match contains its
 * character) over every text; a pattern without its character in the text cannot match, so
 * leaving it out escapes exactly as before for a fraction of the scans.
 */
const text: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  const value = `${info.before}${(node as { value: string }).value}${info.after}`;
  state.unsafe = all.filter((pattern) => value.includes(pattern.character));
  try {
    return defaultHandlers.text(node as never, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

export const SERIALIZE: ToMarkdownOptions = { extensions: [mdxToMarkdown(), gfmToMarkdown(), autolinkSafe, esmSafe], bullet: '-', rule: '-', handlers: { text } };

/**
 * Generated briefs are written as Markdown (`.md`): Astro renders Markdown while loading the
 * collection, with no per-file module to compile and bundle as MDX needs. The body is escaped
 * for MDX, which is stricter, and checked under both parsers, so it is inert read either way.
 */
export const GENERATED_EXTENSION = '.md';

/** Node types the emitted body may contain: anything else means seed text escaped its escaping. */
const INERT_TYPES = new Set(['root', 'paragraph', 'text', 'heading', 'list', 'listItem', 'blockquote']);

export function frontmatterFor(doc: BriefDocument): BriefFrontmatter {
  const { meta } = doc;
  const evidence: Record<string, string> = { title: meta.titleHow };
  for (const [field, found] of [['outlet', meta.outlet], ['date', meta.date], ['url', meta.url]] as const) {
    evidence[field] = found.value === null ? `unknown: ${found.why}` : found.how;
  }
  Object.assign(evidence, meta.evidence ?? {});
  if (meta.sourceUpdated?.value) evidence['sourceUpdated'] = meta.sourceUpdated.how;
  return {
    title: meta.title,
    ...(meta.titleDerived ? { titleDerived: true as const } : {}),
    slug: meta.slug,
    seed: meta.seed,
    dek: meta.dek,
    outlet: meta.outlet.value,
    authors: meta.authors,
    date: meta.date.value,
    ...(meta.sourceUpdated?.value ? { sourceUpdated: meta.sourceUpdated.value } : {}),
    url: webUrl(meta.url.value),
    citedUrls: meta.citedUrls.filter((u) => webUrl(u) !== null),
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

/** The URL if it is an absolute http(s) address, else null: pages turn these into links, so `javascript:` and the like must never get through. */
export function webUrl(url: string | null): string | null {
  const protocol = url === null ? undefined : parsedUrl(url)?.protocol;
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}

/** Seed text as an MDX body in which every character is literal text (code as fenced blocks, which render as text too). */
export function bodyToMdx(nodes: ArticleNode[]): string {
  const code = nodes.filter((n) => n.kind === 'code').map((n) => n.text);
  const mdx = toMarkdown({ type: 'root', children: toMdast(nodes) } satisfies Root, SERIALIZE);
  if (code.length === 0) {
    assertInert(mdx);
    return mdx;
  }
  try {
    assertInert(mdx, code);
    return mdx;
  } catch {
    // Code a parser would read back otherwise (a character it normalises) is written as escaped prose, a line a paragraph: the brief keeps its text.
    const prose = nodes.flatMap((n): ArticleNode[] => (n.kind === 'code' ? n.text.split('\n').map((text) => ({ ...n, kind: 'paragraph', text })) : [n]));
    return bodyToMdx(prose);
  }
}

/**
 * The frontmatter is written with js-yaml, the library Astro reads it with, so each value comes
 * back as written: the `yaml` package left a date-like string unquoted, which js-yaml reads as a
 * Date (a title or an evidence span shaped "2024-03-03" would then fail the schema). It is also
 * about three times faster here. No line folding, no anchors for repeated objects.
 */
const YAML_OPTIONS = { lineWidth: -1, noRefs: true, skipInvalid: true } as const;

/** The whole MDX file: YAML frontmatter and the escaped body. */
export function emitMdx(doc: BriefDocument): string {
  const yaml = dumpYaml(frontmatterFor(doc), YAML_OPTIONS);
  return `---\n${yaml}---\n\n${bodyToMdx(doc.nodes)}`;
}

function toMdast(nodes: ArticleNode[]): RootContent[] {
  const out: RootContent[] = [];
  let list: List | null = null;
  for (const node of nodes) {
    // Overlong text is written as several paragraphs so that parsing stays linear (see split-long-text.ts).
    const paragraphs = splitLongText(node.text).map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
    if (node.kind === 'list-item') {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        out.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: paragraphs.length > 1, children: paragraphs };
      list.children.push(item);
      continue;
    }
    list = null;
    // A fence longer than any run of backticks in the code, chosen by the serializer; no language, so no highlighter guesses.
    if (node.kind === 'code') out.push({ type: 'code', lang: null, meta: null, value: node.text } satisfies Code);
    else if (node.kind === 'heading' && paragraphs.length === 1) out.push({ type: 'heading', depth: 2, children: paragraphs[0]!.children });
    else if (node.kind === 'quote') out.push({ type: 'blockquote', children: paragraphs as BlockContent[] });
    else out.push(...paragraphs);
  }
  return out;
}

interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  children?: TreeNode[];
}

/**
 * GFM turns bare URLs and e-mail addresses in text into links after escapes are resolved,
 * so escaping cannot prevent it. Such a link is harmless: its text is the literal URL and
 * its target a web or mail address, never `javascript:`.
 */
function isAutolinkLiteral(node: TreeNode): boolean {
  const [child, ...rest] = node.children ?? [];
  if (node.type !== 'link' || rest.length > 0 || child?.type !== 'text' || !node.url) return false;
  const text = child.value ?? '';
  return /^(?:https?|mailto|xmpp):/i.test(node.url) && [text, `http://${text}`, `mailto:${text}`].includes(node.url);
}

/**
 * Parses the emitted body with Sätteri, the parser Astro renders both formats with, as MDX
 * and as Markdown, and fails if either finds anything but plain prose (no raw HTML, code,
 * JSX or ESM) or cannot parse it at all. (Sätteri is ~50 times faster than micromark here;
 * tests check that micromark, used by Astro's unified processor, reads the same output the
 * same way.)
 */
export function assertInert(body: string, code: readonly string[] = []): void {
  for (const [format, parse] of [['MDX', mdxToMdast], ['Markdown', markdownToMdast]] as const) {
    let tree: TreeNode;
    try {
      tree = parse(body, { features: { gfm: true, frontmatter: false }, position: false }) as TreeNode;
    } catch (error) {
      throw new Error(`escaping failed: the body cannot be parsed as ${format} (${(error as Error).message})`);
    }
    const found: string[] = [];
    const visit = (node: TreeNode) => {
      // A code block renders as text, but only the blocks the brief holds may appear: prose never turns into one.
      if (node.type === 'code') found.push(node.value ?? '');
      else if (!INERT_TYPES.has(node.type) && !isAutolinkLiteral(node)) throw new Error(`escaping failed: the body would contain a ${format} "${node.type}" node`);
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    if (found.length !== code.length || found.some((value, i) => value !== code[i])) throw new Error(`escaping failed: the body's ${format} code blocks are not the brief's code`);
  }
}
