import type { ArticleNode } from '../types.ts';

/**
 * The one definition of a brief's body text: every block's text joined by a
 * blank line. Flag offsets index this string; the inline-mark plugin rebuilds
 * it from the rendered blocks with the same separator, so both sides agree.
 */
export const BLOCK_SEPARATOR = '\n\n';

export function joinBlocks(texts: readonly string[]): string {
  return texts.join(BLOCK_SEPARATOR);
}

export function bodyText(nodes: readonly ArticleNode[]): string {
  return joinBlocks(nodes.map((n) => n.text));
}
