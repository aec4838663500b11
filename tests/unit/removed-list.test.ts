import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { removedListHtml } from '../../src/lib/removed-list.ts';
import type { RemovedText } from '../../src/pipeline/run/report.ts';

const removed: RemovedText[] = [
  { category: 'share', text: 'Share on the social network' },
  { category: 'navigation', text: 'Home' },
  { category: 'navigation', text: 'World' },
  { category: 'blank-noise', text: '* * *' },
  { category: 'navigation', text: 'Sport' },
];

describe('removedListHtml', () => {
  it('groups the lines by kind, the largest kind first, each heading with its count and the lines in page order', () => {
    const tree = fromHtml(removedListHtml(removed), { fragment: true });
    expect(selectAll('section > h3', tree).map((h) => toText(h))).toEqual(['navigation (3)', 'share (1)', 'blank noise (1)']);
    expect(selectAll('section:first-child li', tree).map((li) => toText(li))).toEqual(['Home', 'World', 'Sport']);
    expect(selectAll('li', tree)).toHaveLength(5);
  });

  it('keeps removed markup as text: nothing in a line becomes an element', () => {
    const hostile: RemovedText[] = [
      { category: 'ad', text: '<script>alert(1)</script> & <img src=x onerror=alert(2)>' },
      { category: 'ad', text: 'import x from "y"; export {z}' },
    ];
    const html = removedListHtml(hostile);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    const tree = fromHtml(html, { fragment: true });
    expect(selectAll('script, img', tree)).toHaveLength(0);
    expect(selectAll('li', tree).map((li) => toText(li))).toEqual(hostile.map((r) => r.text));
  });

  it('is empty when nothing was removed', () => {
    expect(removedListHtml([])).toBe('');
  });
});
