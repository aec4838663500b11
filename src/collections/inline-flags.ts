import type { Nodes } from 'mdast';
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { flagAnchor, flagNoteId } from '../pipeline/flags/anchor.ts';
import { FLAG_KINDS, SEVERITIES, type FlagKind, type Severity } from '../pipeline/flags/types.ts';

/**
 * Flags an author writes in the text of a brief: `<Flag kind="…" reason="…">words</Flag>`.
 * One reading of the MDX tree serves three places, so they always agree: the check that
 * stops the build on a wrong `<Flag>` (check-briefs.ts), the compile plugin that gives each
 * `<Flag>` its mark id (src/plugins/remark-inline-flags.ts), and the brief's flag list, which
 * feeds the flags panel, the search filter and the badges in lists (src/lib/briefs.ts).
 */

export const FLAG_TAG = 'Flag';

/** A flag written inline, shaped like a frontmatter flag an editor adds by hand. */
export interface InlineFlag {
  kind: FlagKind;
  severity: Severity;
  field: 'body';
  text: string;
  reason: string;
  detector: 'editor';
}

/** One `<Flag>` element, in document order: the id its mark takes and the panel entry describing it. */
export interface InlineFlagOccurrence {
  kind: FlagKind;
  /** Null when an earlier `<Flag>` flags the same words with the same kind: one id per flag. */
  anchor: string | null;
  note: string;
}

export interface InlineFlagReading {
  flags: InlineFlag[];
  occurrences: InlineFlagOccurrence[];
  /** "line:column: what is wrong and the fix", one per bad `<Flag>`. */
  problems: string[];
}

/** Block-level content that cannot sit inside a <mark>. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'thematicBreak', 'mdxJsxFlowElement']);

const KIND_LIST = FLAG_KINDS.join(', ');

/** Reads every `<Flag>` in an MDX source (frontmatter allowed). Throws only if the MDX itself cannot be parsed. */
export function readInlineFlags(source: string): InlineFlagReading {
  return inlineFlagsInTree(mdxToMdast(source, { features: { gfm: true, frontmatter: true }, position: true }));
}

/** Cheap test before parsing: generated briefs escape `<`, so they never contain the tag. */
export function mayHaveInlineFlags(source: string): boolean {
  return source.includes(`<${FLAG_TAG}`);
}

export function inlineFlagsInTree(root: Nodes): InlineFlagReading {
  const reading: InlineFlagReading = { flags: [], occurrences: [], problems: [] };
  const seen = new Set<string>();
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === FLAG_TAG) read(node, reading, seen);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return reading;
}

function read(node: MdxJsxTextElement | MdxJsxFlowElement, reading: InlineFlagReading, seen: Set<string>): void {
  const at = node.position ? `${node.position.start.line}:${node.position.start.column}` : '';
  const problems: string[] = [];
  const attr = (name: string): string | undefined => {
    const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (!found) return undefined;
    if (typeof found.value === 'string') return found.value;
    problems.push(`<Flag ${name}=…> must be a quoted text, e.g. ${name}="…", not an {expression}`);
    return undefined;
  };
  const kind = attr('kind');
  const reason = attr('reason')?.trim();
  const severity = attr('severity');
  if (kind === undefined) problems.push(`<Flag> needs a kind: write <Flag kind="…" reason="…">, the kind one of: ${KIND_LIST}`);
  else if (!isKind(kind)) problems.push(`<Flag kind="${kind}"> is not a flag kind; use one of: ${KIND_LIST}`);
  if (!reason) problems.push('<Flag> needs a reason readers understand: add reason="one sentence saying why"');
  if (severity !== undefined && !isSeverity(severity)) problems.push(`<Flag severity="${severity}"> is not a severity; use one of: ${SEVERITIES.join(', ')} (or leave it out for caution)`);
  if ((node.children as Nodes[]).some((c) => BLOCK_TYPES.has(c.type))) {
    problems.push('<Flag> must wrap words within a paragraph, not whole paragraphs, lists or other blocks: put the tags around the words it flags');
  }
  const text = textOf(node).replace(/\s+/g, ' ').trim();
  if (text === '') problems.push('<Flag> wraps no words: put the flagged words between <Flag …> and </Flag>');
  if (problems.length > 0) {
    reading.problems.push(...problems.map((p) => (at ? `${at}: ${p}` : p)));
    return;
  }
  const flag: InlineFlag = { kind: kind as FlagKind, severity: (severity as Severity | undefined) ?? 'caution', field: 'body', text, reason: reason!, detector: 'editor' };
  const anchor = flagAnchor(flag);
  const first = !seen.has(anchor);
  seen.add(anchor);
  if (first) reading.flags.push(flag);
  reading.occurrences.push({ kind: flag.kind, anchor: first ? anchor : null, note: flagNoteId(flag) });
}

/** The words a reader sees: text and inline code, as in the rendered mark. */
function textOf(node: Nodes | MdxJsxTextElement | MdxJsxFlowElement): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

function isKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
