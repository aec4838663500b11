import type { Element, Root, RootContent, Text } from 'hast';

/**
 * The blocks of a rendered brief whose joined text flag offsets index: the leaf block
 * elements (paragraphs, headings, list items, quotes, table cells…) of its hast tree, in
 * document order. One definition for the page, which marks evidence in them
 * (src/plugins/rehype-flag-marks.ts), and for hand-written briefs' prose
 * (src/pipeline/authored/prose.ts), which flags are detected on: so both read the same text.
 */

/** Elements whose text is one block of the brief body (one ArticleNode when generated). */
export const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dt', 'dd', 'figcaption']);

export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in its block's text. */
  offset: number;
  /** Inside `<code>`: code, not prose. */
  code: boolean;
}

export interface RenderedBlock {
  tagName: string;
  pieces: TextPiece[];
}

/** Leaf block elements in document order, each as its text nodes with offsets. */
export function leafBlocks(root: Root): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  const visit = (node: Root | RootContent): boolean => {
    if (!('children' in node)) return false;
    let hasBlockChild = false;
    for (const child of node.children) if (visit(child)) hasBlockChild = true;
    const isBlock = node.type === 'element' && BLOCK_TAGS.has(node.tagName);
    if (isBlock && !hasBlockChild) blocks.push({ tagName: node.tagName, pieces: collectText(node) });
    return isBlock || hasBlockChild;
  };
  visit(root);
  return blocks;
}

function collectText(element: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  let offset = 0;
  const walk = (node: RootContent, code: boolean) => {
    if (node.type === 'text') {
      pieces.push({ node, offset, code });
      offset += node.value.length;
    } else if ('children' in node) {
      const inCode = code || (node.type === 'element' && node.tagName === 'code');
      for (const child of node.children) walk(child, inCode);
    }
  };
  for (const child of element.children) walk(child, false);
  return pieces;
}

/** A block's text as the reader sees it. */
export function blockText(block: RenderedBlock): string {
  return block.pieces.map((p) => p.node.value).join('');
}
