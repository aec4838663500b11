import type { ArticleNode } from '../types.ts';

/** The article as plain text: one node per paragraph, blank lines between, list items marked with "• ". */
export function plainText(nodes: ArticleNode[]): string {
  return nodes.map((n) => (n.kind === 'list-item' ? `• ${n.text}` : n.text)).join('\n\n');
}
