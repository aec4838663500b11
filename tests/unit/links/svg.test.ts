import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderProvenanceSvg } from '../../../src/pipeline/links/svg.ts';

const nodes = [
  { id: 'brief', label: 'Harbour Gazette' },
  { id: 'rbc', label: 'RBC' },
  { id: 'bloomberg', label: 'Bloomberg' },
];
const edges = [
  { from: 'brief', to: 'rbc' },
  { from: 'rbc', to: 'bloomberg' },
  { from: 'brief', to: 'bloomberg', count: 2 },
];

describe('provenance SVG', () => {
  it('is an accessible image with a title, a description in words and text labels', () => {
    const svg = renderProvenanceSvg(nodes, edges, { title: 'Who cites whom', idPrefix: 't' });
    const tree = fromHtml(svg, { fragment: true, space: 'svg' });
    const root = select('svg', tree)!;
    expect(root.properties.role).toBe('img');
    expect([root.properties.ariaLabelledBy].flat().join(' ')).toBe('t-title t-desc');
    expect(toText(select('title#t-title', tree)!)).toBe('Who cites whom');
    expect(toText(select('desc', tree)!)).toBe('Harbour Gazette cites RBC. RBC cites Bloomberg. Harbour Gazette cites Bloomberg (in 2 briefs).');
    expect(selectAll('g.node text', tree).map((t) => toText(t)).sort()).toEqual(['Bloomberg', 'Harbour Gazette', 'RBC']);
    expect(selectAll('path[marker-end]', tree)).toHaveLength(3);
  });

  it('lays citing chains out left to right', () => {
    const svg = renderProvenanceSvg(nodes, edges, { title: 't', idPrefix: 'x' });
    const x = (label: string) => Number(/<rect x="(\d+)"[^>]*\/><text[^>]*>([^<]*)<\/text>/g.exec(svg.slice(svg.indexOf(`<title>${label}</title>`)))![1]);
    expect(x('Harbour Gazette')).toBeLessThan(x('RBC'));
    expect(x('RBC')).toBeLessThan(x('Bloomberg'));
  });

  it('escapes labels taken from seed text', () => {
    const svg = renderProvenanceSvg([{ id: 'a', label: '<script>alert(1)</script> & "Co"' }, { id: 'b', label: 'B' }], [{ from: 'a', to: 'b' }], { title: 'T <b>', idPrefix: 'e' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('T &lt;b&gt;');
  });

  it('survives cycles and says when nodes are left out', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, label: `N${i}` }));
    const loop = [{ from: 'n0', to: 'n1' }, { from: 'n1', to: 'n0' }, { from: 'n1', to: 'n2' }];
    const svg = renderProvenanceSvg(many, loop, { title: 't', idPrefix: 'c', maxNodes: 3 });
    expect(svg).toContain('2 less connected outlets are not drawn.');
    expect(svg.match(/<g class="node">/g)).toHaveLength(3);
  });
});
