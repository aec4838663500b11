import { describe, expect, it } from 'vitest';
import { cleanBlocks, isBareUrl } from '../../src/pipeline/clean.ts';
import { splitBlocks } from '../../src/pipeline/split-blocks.ts';

const clean = (text: string) => cleanBlocks(splitBlocks(text));

describe('cleanBlocks (first pass)', () => {
  it('removes a headline printed twice', () => {
    const result = clean('Big news today in town\n\nBig news today in town\n\nThe story starts here.');
    expect(result.nodes.map((n) => n.text)).toEqual(['Big news today in town', 'The story starts here.']);
    expect(result.removed).toEqual([{ category: 'duplicate', text: 'Big news today in town', line: 3 }]);
  });

  it('turns bullet lines into list items', () => {
    const result = clean('Intro sentence here.\n\n  • First point – detail.\n  • Second point.');
    expect(result.nodes.slice(1)).toEqual([
      { kind: 'list-item', text: 'First point – detail.' },
      { kind: 'list-item', text: 'Second point.' },
    ]);
  });

  it('re-joins lines hard-wrapped mid-sentence', () => {
    const result = clean('Officials have raised concerns about excessive reliance on imports after\nlosing access to components, the agency reported.');
    expect(result.nodes).toEqual([{ kind: 'paragraph', text: 'Officials have raised concerns about excessive reliance on imports after losing access to components, the agency reported.' }]);
  });

  it('keeps separate short lines separate', () => {
    const result = clean('One short line.\nAnother short line.');
    expect(result.nodes).toHaveLength(2);
  });

  it('removes lines that are only a URL and keeps URLs inside sentences', () => {
    const result = clean('[ https://example.com/a ]\n\nSee https://example.com/b for the data.');
    expect(result.removed.map((r) => r.category)).toEqual(['url']);
    expect(result.nodes[0]!.text).toContain('https://example.com/b');
  });

  it('recognises bare URL lines', () => {
    expect(isBareUrl('https://www.example.com/x?y=1')).toBe(true);
    expect(isBareUrl('www.example.com')).toBe(true);
    expect(isBareUrl('Read https://example.com now')).toBe(false);
  });
});
