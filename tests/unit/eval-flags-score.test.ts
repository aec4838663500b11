import { describe, expect, it } from 'vitest';
import { atShare, score, toScored, utf16ToCodePoints, type Item, type ScoredFlag } from '../../eval/flags-score.ts';

const flag = (text: string, kind: string, start: number, end: number): Omit<ScoredFlag, 'span'> => ({ kind, severity: 'caution', field: 'body', start, end, text: text.slice(start, end), reason: 'r' });

describe('eval flags scoring (the bias-dev score.py rules)', () => {
  it('converts UTF-16 offsets to code points', () => {
    const text = 'a😀b reckless';
    expect(utf16ToCodePoints(text).slice(0, 5)).toEqual([0, 1, 1, 2, 3]);
    const { flags } = toScored(text, [flag(text, 'loaded-language', 5, 13)]);
    expect(flags[0]!.span).toEqual([4, 12]);
  });

  it('scores items and spans, leaving flags on span-less positives out of span precision', () => {
    const items: Item[] = [
      // gold span "reckless" at 4-12; one right flag and one wrong one
      { id: 'a', text: 'The reckless plan failed badly.', positive: true, labels: [{ kind: 'loaded-language', source_label: 'Biased', start: 4, end: 12 }] },
      // positive without spans: its flag counts at item level only
      { id: 'b', text: 'A sentence judged biased as a whole.', positive: true, labels: [{ kind: 'loaded-language', source_label: 'Biased', start: null, end: null }] },
      // negative with a flag: item FP and span FP
      { id: 'c', text: 'The storm was devastating.', positive: false, labels: [] },
      // negative, unflagged
      { id: 'd', text: 'The council met.', positive: false, labels: [] },
    ];
    const flags = new Map<string, ScoredFlag[]>([
      ['a', toScored(items[0]!.text, [flag(items[0]!.text, 'loaded-language', 4, 12), flag(items[0]!.text, 'loaded-language', 24, 30)]).flags],
      ['b', toScored(items[1]!.text, [flag(items[1]!.text, 'loaded-language', 2, 10)]).flags],
      ['c', toScored(items[2]!.text, [flag(items[2]!.text, 'loaded-language', 14, 25)]).flags],
    ]);
    const { rows } = score(items, flags, ['loaded-language'], new Map());
    const [item, span] = rows;
    expect(item).toMatchObject({ gold: 2, pred: 3, tp: 2, fp: 1, fn: 0, fpr: 0.5 });
    expect(item!.p).toBeCloseTo(2 / 3);
    expect(span).toMatchObject({ gold: 1, pred: 3, tp: 1, fp: 2, fn: 0 });
    expect(span!.p).toBeCloseTo(1 / 3);
  });

  it('counts aliased kinds and re-weights false positives to a natural share', () => {
    const items: Item[] = [
      { id: 'p', text: 'Some say it may rain.', positive: true, labels: [{ kind: 'speculation', source_label: 'uncertain', start: null, end: null }] },
      { id: 'n', text: 'It rained.', positive: false, labels: [] },
    ];
    const flags = new Map<string, ScoredFlag[]>([
      ['p', toScored(items[0]!.text, [flag(items[0]!.text, 'anonymous-sourcing', 0, 8)]).flags],
      ['n', toScored(items[1]!.text, [flag(items[1]!.text, 'speculation', 0, 2)]).flags],
    ]);
    expect(score(items, flags, ['speculation'], new Map()).rows[0]).toMatchObject({ tp: 0, fp: 1 });
    const [row] = score(items, flags, ['speculation'], new Map([['anonymous-sourcing', 'speculation']])).rows;
    expect(row).toMatchObject({ tp: 1, fp: 1 });
    // One positive per three negatives in nature, one to one in the set: a false positive weighs 3.
    const w = atShare(row!, 2, 0.25);
    expect(w.weight).toBeCloseTo(3);
    expect(w.p).toBeCloseTo(1 / 4);
    expect(w.allPositiveF1).toBeCloseTo(0.4);
  });
});
