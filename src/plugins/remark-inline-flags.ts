import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { flagAnchor, type AnchoredFlag } from '../pipeline/flags/anchor.ts';
import { FLAG_TAG, mayHaveInlineFlags, readInlineFlags, type InlineFlagOccurrence } from '../collections/inline-flags.ts';

/**
 * Gives each `<Flag>` an author wrote in a brief the ids that tie its mark to the flags
 * panel: `anchor` (the mark's id, which the panel entry links to) and `note` (the panel
 * entry, the mark's aria-describedby). The flags themselves reach the panel through the
 * brief's data (src/lib/briefs.ts reads them with the same function), and the anchors
 * placed are reported as `inlineFlagMarks` (remarkPluginFrontmatter), as flagMarks does
 * for the pipeline's marks. A Sätteri mdast plugin: Astro 7 compiles MDX with Sätteri.
 * Files without the tag (every generated brief) skip it before parsing.
 */
export const inlineFlags: MdastPluginEntry = (factory: PluginFactoryContext) => {
  if (factory.sourceFormat !== 'mdx' || !mayHaveInlineFlags(factory.source)) return null;
  const reading = readInlineFlags(factory.source);
  if (reading.problems.length > 0) {
    // check-briefs.ts reports these before the build renders anything; this catches edits made while `astro dev` runs.
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : 'a brief';
    throw new Error(`${file}: ${reading.problems.join('; ')}`);
  }
  const pending: InlineFlagOccurrence[] = [...reading.occurrences];
  // Anchors of flags the frontmatter already lists: their mark is flagMarks', so a <Flag> on the same words takes no id.
  let listed = new Set<string>();
  const annotate = (node: Readonly<MdxJsxTextElement | MdxJsxFlowElement>, ctx: MdastVisitorContext) => {
    if (node.name !== FLAG_TAG) return;
    const occurrence = pending.shift();
    if (!occurrence) return;
    const anchor = occurrence.anchor && !listed.has(occurrence.anchor) ? occurrence.anchor : null;
    const ids = [
      ...(anchor ? [{ type: 'mdxJsxAttribute' as const, name: 'anchor', value: anchor }] : []),
      { type: 'mdxJsxAttribute' as const, name: 'note', value: occurrence.note },
    ];
    // Sätteri cannot set a JSX element's attributes in place: put a copy with the ids in its stead.
    const attributes = [...node.attributes.filter((a) => !('name' in a) || (a.name !== 'anchor' && a.name !== 'note')), ...ids];
    ctx.replaceNode(node, { ...node, attributes } as MdxJsxTextElement | MdxJsxFlowElement);
  };
  return defineMdastPlugin({
    name: 'dispatch-inline-flags',
    before(_root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (!frontmatter) return;
      listed = new Set(Array.isArray(frontmatter.flags) ? frontmatter.flags.flatMap((f: unknown) => (isAnchored(f) ? [flagAnchor(f)] : [])) : []);
      frontmatter.inlineFlagMarks = reading.occurrences.flatMap((o) => (o.anchor && !listed.has(o.anchor) ? [o.anchor] : []));
    },
    mdxJsxTextElement: annotate,
    mdxJsxFlowElement: annotate,
  });
};

function isAnchored(value: unknown): value is AnchoredFlag {
  const f = value as Partial<AnchoredFlag> | null;
  return typeof f === 'object' && f !== null && typeof f.kind === 'string' && typeof f.text === 'string';
}
