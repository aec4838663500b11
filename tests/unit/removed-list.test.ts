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

describe('removedListHtml, escaping', () => {
  it('escapes each of & < > \' " and leaves other lines as they are', () => {
    const lines: RemovedText[] = [
      { category: 'ad', text: `Tom & Jerry's "best" <deal> today` },
      { category: 'ad', text: 'Plain words only' },
    ];
    expect(removedListHtml(lines)).toBe('<section><h3>ad (2)</h3><ul><li>Tom &amp; Jerry&#39;s &quot;best&quot; &lt;deal&gt; today</li><li>Plain words only</li></ul></section>');
  });

  it('keeps kinds with equal counts in the order they first appear', () => {
    const lines: RemovedText[] = [
      { category: 'share', text: 'a' },
      { category: 'footer', text: 'b' },
      { category: 'footer', text: 'c' },
      { category: 'share', text: 'd' },
      { category: 'ad', text: 'e' },
    ];
    const tree = fromHtml(removedListHtml(lines), { fragment: true });
    expect(selectAll('section > h3', tree).map((h) => toText(h))).toEqual(['share (2)', 'footer (2)', 'ad (1)']);
  });
});
