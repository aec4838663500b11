import { escape } from 'html-escaper';
import type { RemovedText } from '../pipeline/run/report.ts';

/**
 * What cleaning removed from a page, grouped by kind (the largest kind first, each with its
 * count), as one HTML string: `<section><h3>kind (n)</h3><ul><li>line</li>…</ul></section>…`.
 *
 * Built in one go because a real page's list runs to hundreds of lines, and rendering each as
 * an Astro element cost more than the rest of the source note. Every line is escaped with
 * html-escaper, the escaper Astro itself uses, so removed text (often markup-like) stays text
 * and the HTML is what Astro would have written.
 */
export function removedListHtml(removed: readonly RemovedText[]): string {
  const byKind = [...Map.groupBy(removed, (r) => r.category)].sort((a, b) => b[1].length - a[1].length);
  return byKind
    .map(([category, items]) => `<section><h3>${escape(category.replace(/-/g, ' '))} (${items.length})</h3><ul>${items.map((r) => `<li>${escape(r.text)}</li>`).join('')}</ul></section>`)
    .join('');
}
