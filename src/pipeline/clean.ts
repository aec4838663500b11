import type { ArticleNode, Block, CleanResult, Removal } from './types.ts';

/**
 * First cleaning pass: structural clean-up that needs no judgement about what
 * is story and what is page furniture. It removes repeated lines and lines that
 * are only a URL, recognises bullets, and re-joins hard-wrapped lines.
 */
export function cleanBlocks(blocks: Block[]): CleanResult {
  const nodes: ArticleNode[] = [];
  const removed: Removal[] = [];
  const seen = new Set<string>();

  for (const block of blocks) {
    let paragraph: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) nodes.push(classifyText(paragraph.join(' '), block.lines.length === 1));
      paragraph = [];
    };
    block.lines.forEach((rawLine, offset) => {
      const line = rawLine.trim();
      const lineNo = block.line + offset;
      const key = line.toLowerCase().replace(/\s+/g, ' ');
      if (isBareUrl(line)) {
        flushParagraph();
        removed.push({ category: 'url', text: line, line: lineNo });
        return;
      }
      if (seen.has(key) && key.length > 0) {
        flushParagraph();
        removed.push({ category: 'duplicate', text: line, line: lineNo });
        return;
      }
      seen.add(key);
      const bullet = BULLET.exec(line);
      if (bullet) {
        flushParagraph();
        nodes.push({ kind: 'list-item', text: line.slice(bullet[0].length).trim() });
        return;
      }
      paragraph.push(line);
      if (!continuesOnNextLine(line)) flushParagraph();
    });
    flushParagraph();
  }
  return { nodes, removed, warnings: [] };
}

const BULLET = /^(?:[•●▪◦‣∙·*]|-(?=\s)|\d{1,2}[.)](?=\s))\s*/u;
const TERMINAL = /[.!?:;"”’')\]…]$/u;

/** A line is hard-wrapped when it is long and stops without closing punctuation. */
function continuesOnNextLine(line: string): boolean {
  return line.length >= 50 && !TERMINAL.test(line);
}

function classifyText(text: string, standalone: boolean): ArticleNode {
  const words = text.split(/\s+/).length;
  if (standalone && words <= 14 && !TERMINAL.test(text) && /^\p{Lu}/u.test(text)) return { kind: 'heading', text };
  if (/^[“"«].*[”"»]$/u.test(text) && words > 6) return { kind: 'quote', text };
  return { kind: 'paragraph', text };
}

/** A line holding only a URL, possibly wrapped in brackets. */
export function isBareUrl(line: string): boolean {
  return /^[[(<]?\s*(?:https?:\/\/|www\.)\S+\s*[\])>]?$/i.test(line.trim());
}

/** Extracts the URL from a bare-URL line. */
export function urlFromLine(line: string): string | null {
  const match = /(?:https?:\/\/|www\.)[^\s\])>]+/i.exec(line);
  if (!match) return null;
  return match[0].startsWith('www.') ? `https://${match[0]}` : match[0];
}
