import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { flagAnchor, flagNoteId } from '../../../src/pipeline/flags/anchor.ts';
import { bodyText, BLOCK_SEPARATOR } from '../../../src/pipeline/flags/body.ts';
import { locateFlag } from '../../../src/pipeline/flags/locate.ts';
import { mergeFlagEdits } from '../../../src/pipeline/flags/merge.ts';
import { bodyToMdx } from '../../../src/pipeline/emit/emit-mdx.ts';
import { flagMarks } from '../../../src/plugins/rehype-flag-marks.ts';
import type { ArticleNode } from '../../../src/pipeline/types.ts';

function render(markdown: string, flags: unknown[]) {
  const frontmatter: Record<string, unknown> = { flags };
  // The plugin reads only data.astro.frontmatter; Astro's other metadata fields are not needed here.
  const { html } = markdownToHtml(markdown, { hastPlugins: [flagMarks], data: { astro: { frontmatter } } as never }) as { html: string };
  return { html, marks: frontmatter.flagMarks as string[] | undefined };
}

describe('body text and flag location', () => {
  it('joins blocks with one separator, and locates offsets block by block', () => {
    const nodes: ArticleNode[] = [{ kind: 'heading', text: 'Title line' }, { kind: 'paragraph', text: 'Officials familiar with it spoke.' }];
    const body = bodyText(nodes);
    expect(body).toBe(`Title line${BLOCK_SEPARATOR}Officials familiar with it spoke.`);
    const start = body.indexOf('familiar');
    expect(locateFlag(['Title line', 'Officials familiar with it spoke.'], { text: 'familiar', start, end: start + 8 })).toEqual({ block: 1, start: 10, end: 18 });
  });

  it('falls back to the nearest occurrence when offsets are stale or missing', () => {
    expect(locateFlag(['a b a', 'b a'], { text: 'a', start: 7, end: 8 })).toEqual({ block: 1, start: 2, end: 3 });
    expect(locateFlag(['no match here'], { text: 'absent' })).toBeNull();
  });

  it('gives each flag a stable anchor and note id', () => {
    const f = { kind: 'speculation', text: 'might soon', field: 'title', start: 3 };
    expect(flagAnchor(f)).toMatch(/^flag-[0-9a-f]{8}$/);
    expect(flagAnchor(f)).toBe(flagAnchor({ ...f }));
    expect(flagAnchor({ ...f, start: 4 })).not.toBe(flagAnchor(f));
    expect(flagNoteId(f)).toBe(`${flagAnchor(f)}-note`);
  });
});

describe('flag marks plugin', () => {
  const flag = { kind: 'loaded-language', text: 'stealing', field: 'body', start: 0, end: 0 };

  it('wraps evidence in a described mark, in the emitted (escaped) MDX body', () => {
    const nodes: ArticleNode[] = [{ kind: 'paragraph', text: 'Intro <b>{x}</b>.' }, { kind: 'paragraph', text: 'They grew by stealing the code.' }];
    const body = bodyText(nodes);
    const start = body.indexOf('stealing');
    const f = { ...flag, start, end: start + 8 };
    const { html, marks } = render(bodyToMdx(nodes), [f]);
    expect(html).toContain(`<mark class="flag flag-loaded-language" aria-describedby="${flagNoteId(f)}" data-flag-kinds="loaded-language" id="${flagAnchor(f)}">stealing</mark>`);
    expect(html).toContain('&lt;b&gt;{x}&lt;/b&gt;');
    expect(marks).toEqual([flagAnchor(f)]);
  });

  it('nests nothing: overlapping flags share marks and every flag keeps an anchor', () => {
    const text = 'Officials familiar with the plan said so.';
    const a = { kind: 'anonymous-sourcing', text: 'Officials familiar with the plan', start: 0, end: 32 };
    const b = { kind: 'secondhand', text: 'familiar', start: 10, end: 18 };
    const { html, marks } = render(text, [a, b]);
    expect(marks?.sort()).toEqual([flagAnchor(a), flagAnchor(b)].sort());
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
    expect(html).toContain(`aria-describedby="${flagNoteId(a)} ${flagNoteId(b)}"`);
  });

  it('skips suppressed flags, headline flags and words not in the text', () => {
    const { html, marks } = render('Plain words only.', [
      { kind: 'speculation', text: 'Plain', suppressed: { reason: 'not a guess' } },
      { kind: 'speculation', text: 'words', field: 'title' },
      { kind: 'speculation', text: 'absent' },
    ]);
    expect(html).not.toContain('<mark');
    expect(marks).toEqual([]);
  });

  it('marks notes (the weaker signals) fainter, unless a stronger flag covers the same words', () => {
    const { html } = render('The massive and absurd plan.', [
      { kind: 'loaded-language', text: 'massive', start: 4, end: 11, severity: 'info' },
      { kind: 'loaded-language', text: 'absurd', start: 16, end: 22, severity: 'caution' },
    ]);
    expect(html).toMatch(/<mark class="flag flag-loaded-language flag-weak"[^>]*>massive<\/mark>/);
    expect(html).toMatch(/<mark class="flag flag-loaded-language"[^>]*>absurd<\/mark>/);
    const both = render('A massive plan.', [
      { kind: 'loaded-language', text: 'massive', start: 2, end: 9, severity: 'info' },
      { kind: 'speculation', text: 'massive plan', start: 2, end: 14, severity: 'caution' },
    ]);
    expect(both.html).not.toMatch(/<mark[^>]*flag-weak[^>]*>massive/);
  });

  it('finds hand-added flags by their text', () => {
    const { html } = render('First block.\n\nThe mayor might resign.', [{ kind: 'speculation', text: 'might resign' }]);
    expect(html).toMatch(/<mark [^>]*>might resign<\/mark>/);
  });
});

describe('amendment flag edits', () => {
  type Edit = { kind: string; text: string; field?: string; start?: number; detector?: string; suppressed?: { reason: string } };
  const generated: Edit[] = [
    { kind: 'speculation', text: 'might soon', field: 'title', start: 3, detector: 'speculation' },
    { kind: 'loaded-language', text: 'stealing', field: 'body', start: 40, detector: 'loaded-language' },
  ];
  it('suppresses a generated flag with a reason and keeps the others in order', () => {
    const merged = mergeFlagEdits(generated, [{ kind: 'loaded-language', text: 'stealing', suppressed: { reason: 'a court found the theft proven' } }]);
    expect(merged.map((f) => f.kind)).toEqual(['speculation', 'loaded-language']);
    expect(merged[1]).toMatchObject({ detector: 'loaded-language', start: 40, suppressed: { reason: 'a court found the theft proven' } });
    expect(merged[0]!.suppressed).toBeUndefined();
  });
  it('adds an editor flag that matches no generated one', () => {
    const merged = mergeFlagEdits(generated, [{ kind: 'anonymous-sourcing', text: 'insiders', detector: 'editor' }]);
    expect(merged).toHaveLength(3);
    expect(merged[2]).toMatchObject({ kind: 'anonymous-sourcing', detector: 'editor' });
  });
});
