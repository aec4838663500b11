import type { Element, Root, RootContent, Text } from 'hast';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext, type PluginFactoryContext } from 'satteri';
import { authoredFlags, isStandaloneBrief } from '../collections/authored-flags.ts';
import { sitePaths } from '../site-paths.ts';
import { flagAnchor, flagNoteId } from '../pipeline/flags/anchor.ts';
import { locateFlag, type BlockRange } from '../pipeline/flags/locate.ts';
import { blockText, leafBlocks, type TextPiece } from '../pipeline/flags/rendered-blocks.ts';

interface FrontmatterFlag {
  kind: string;
  text: string;
  field?: string;
  start?: number;
  end?: number;
  severity?: string;
  suppressed?: unknown;
}

/**
 * Highlights each flag's evidence in the rendered brief: wraps the words in
 * `<mark id="flag-…" aria-describedby="flag-…-note">`, the note being the
 * flag's entry in the flags panel. Text nodes are split and wrapped as
 * nodes, never re-parsed as HTML, so seed text stays inert. The anchors placed
 * are written to the frontmatter as `flagMarks`, so the panel links only to
 * marks that exist. (A Sätteri hast plugin: Astro 7's MDX pipeline runs those.)
 */
export const flagMarks: HastPluginEntry = (factory: PluginFactoryContext) => {
  const authored = authoredFile(factory);
  return defineHastPlugin({
    name: 'dispatch-flag-marks',
    before(root, ctx) {
      const frontmatter = frontmatterOf(ctx);
      if (!frontmatter) return;
      // A hand-written brief's flags are found in its prose, like a seed's, then edited by its `flags:`.
      const list = authored && isStandaloneBrief(authored, frontmatter) ? authoredFlags(authored, factory.source, frontmatter) : frontmatter.flags;
      const flags = bodyFlags(list);
      if (flags.length === 0) return;
      const blocks = leafBlocks(root as Root);
      const texts = blocks.map(blockText);
      const byBlock = new Map<number, { range: BlockRange; flag: FrontmatterFlag }[]>();
      for (const flag of flags) {
        const range = locateFlag(texts, flag);
        if (!range || range.end <= range.start) continue;
        const list = byBlock.get(range.block) ?? [];
        list.push({ range, flag });
        byBlock.set(range.block, list);
      }
      const placed: string[] = [];
      for (const [block, marks] of byBlock) placed.push(...markBlock(blocks[block]!.pieces, marks, ctx));
      frontmatter.flagMarks = placed;
    },
  });
};

/** The project-relative path of a hand-written brief being compiled, else null (generated briefs are Markdown). */
function authoredFile(factory: PluginFactoryContext): string | null {
  if (factory.sourceFormat !== 'mdx' || !factory.fileURL) return null;
  const { root, contentDir } = sitePaths();
  const path = fileURLToPath(factory.fileURL);
  if (!path.startsWith(contentDir + sep)) return null;
  return relative(root, path).split(sep).join('/');
}

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
