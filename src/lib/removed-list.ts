import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RemovedText } from '../pipeline/report.ts';

/**
 * What cleaning removed from a page, grouped by kind (the largest kind first, each with its
 * count), as one HTML string: `<section><h3>kind (n)</h3><ul><li>line</li>…</ul></section>…`.
 *
 * Built as a hast tree and serialised in one go because a real page's list runs to hundreds
 * of lines, and rendering each as an Astro element cost more than the rest of the source note;
 * the serialiser escapes every line, so removed text (often markup-like) stays text.
 */
export function removedListHtml(removed: readonly RemovedText[]): string {
  const byKind = [...Map.groupBy(removed, (r) => r.category)].sort((a, b) => b[1].length - a[1].length);
  const sections: Element[] = byKind.map(([category, items]) => ({
    type: 'element',
    tagName: 'section',
    properties: {},
    children: [
      element('h3', [{ type: 'text', value: `${category.replace(/-/g, ' ')} (${items.length})` }]),
      element('ul', items.map((r) => element('li', [{ type: 'text', value: r.text }]))),
    ],
  }));
  return toHtml(sections);
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children };
}
