import type { Element, Root, RootContent, Text } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { flagAnchor, flagNoteId } from '../pipeline/flags/anchor.ts';
import { locateFlag, type BlockRange } from '../pipeline/flags/locate.ts';

/** Elements whose text is one block of the brief body (one ArticleNode when generated). */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dt', 'dd', 'figcaption']);

interface FrontmatterFlag {
  kind: string;
  text: string;
  field?: string;
  start?: number;
  end?: number;
  severity?: string;
  suppressed?: unknown;
}

interface TextPiece {
  node: Text;
  /** Offset of the node's first character in its block's text. */
  offset: number;
}

/**
 * Highlights each flag's evidence in the rendered brief: wraps the words in
 * `<mark id="flag-…" aria-describedby="flag-…-note">`, the note being the
 * flag's entry in the flags panel. Text nodes are split and wrapped as
 * nodes, never re-parsed as HTML, so seed text stays inert. The anchors placed
 * are written to the frontmatter as `flagMarks`, so the panel links only to
 * marks that exist. (A Sätteri hast plugin: Astro 7's MDX pipeline runs those.)
 */
export const flagMarks = defineHastPlugin({
  name: 'dispatch-flag-marks',
  before(root, ctx) {
    const frontmatter = frontmatterOf(ctx);
    const flags = bodyFlags(frontmatter?.flags);
    if (!frontmatter || flags.length === 0) return;
    const blocks = leafBlocks(root as Root);
    const texts = blocks.map((b) => b.map((p) => p.node.value).join(''));
    const byBlock = new Map<number, { range: BlockRange; flag: FrontmatterFlag }[]>();
    for (const flag of flags) {
      const range = locateFlag(texts, flag);
      if (!range || range.end <= range.start) continue;
      const list = byBlock.get(range.block) ?? [];
      list.push({ range, flag });
      byBlock.set(range.block, list);
    }
    const placed: string[] = [];
    for (const [block, marks] of byBlock) placed.push(...markBlock(blocks[block]!, marks, ctx));
    frontmatter.flagMarks = placed;
  },
});

function frontmatterOf(ctx: HastVisitorContext): Record<string, unknown> | null {
  const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? null;
}

/** Body flags that are not suppressed, from untyped frontmatter (the schema validates it separately). */
function bodyFlags(value: unknown): FrontmatterFlag[] {
  if (!Array.isArray(value)) return [];
  return value.filter((f): f is FrontmatterFlag => {
    if (typeof f !== 'object' || f === null) return false;
    const flag = f as Record<string, unknown>;
    return typeof flag.kind === 'string' && typeof flag.text === 'string' && flag.text !== '' && (flag.field ?? 'body') === 'body' && !flag.suppressed;
  });
}

/** Leaf block elements in document order, each as its text nodes with offsets. */
function leafBlocks(root: Root): TextPiece[][] {
  const blocks: TextPiece[][] = [];
  const visit = (node: Root | RootContent): boolean => {
    if (!('children' in node)) return false;
    let hasBlockChild = false;
    for (const child of node.children) if (visit(child)) hasBlockChild = true;
    const isBlock = node.type === 'element' && BLOCK_TAGS.has(node.tagName);
    if (isBlock && !hasBlockChild) blocks.push(collectText(node));
    return isBlock || hasBlockChild;
  };
  visit(root);
  return blocks;
}

function collectText(element: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  let offset = 0;
  const walk = (node: RootContent) => {
    if (node.type === 'text') {
      pieces.push({ node, offset });
      offset += node.value.length;
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const child of element.children) walk(child);
  return pieces;
}

/** Splits a block's text nodes at every flag boundary and wraps the flagged pieces. */
function markBlock(pieces: TextPiece[], marks: { range: BlockRange; flag: FrontmatterFlag }[], ctx: HastVisitorContext): string[] {
  const placed = new Set<string>();
  for (const piece of pieces) {
    const value = piece.node.value;
    const from = piece.offset;
    const to = from + value.length;
    const cuts = new Set<number>([from, to]);
    for (const { range } of marks) for (const c of [range.start, range.end]) if (c > from && c < to) cuts.add(c);
    const points = [...cuts].sort((a, b) => a - b);
    const out: RootContent[] = [];
    let touched = false;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const text: Text = { type: 'text', value: value.slice(a - from, b - from) };
      const covering = marks.filter(({ range }) => range.start < b && a < range.end);
      if (covering.length === 0) {
        out.push(text);
        continue;
      }
      touched = true;
      const starting = covering.filter(({ range, flag }) => range.start === a || (a === from && range.start < from && !placed.has(flagAnchor(flag))));
      const ids = starting.map(({ flag }) => flagAnchor(flag)).filter((id) => !placed.has(id));
      ids.forEach((id) => placed.add(id));
      // One element can carry one id: extra flags starting here get an empty anchor before the mark.
      for (const id of ids.slice(1)) out.push({ type: 'element', tagName: 'span', properties: { id, className: ['flag-anchor'] }, children: [] });
      // Notes only (the weaker signals, folded in the panel): a fainter mark.
      const weak = covering.every(({ flag }) => flag.severity === 'info');
      const properties: Element['properties'] = {
        className: ['flag', ...new Set(covering.map(({ flag }) => `flag-${flag.kind}`)), ...(weak ? ['flag-weak'] : [])],
        ariaDescribedBy: covering.map(({ flag }) => flagNoteId(flag)),
        dataFlagKinds: [...new Set(covering.map(({ flag }) => flag.kind))].join(' '),
      };
      if (ids[0]) properties.id = ids[0];
      out.push({ type: 'element', tagName: 'mark', properties, children: [text] });
    }
    if (touched) ctx.replaceNode(piece.node, out);
  }
  return [...placed];
}
