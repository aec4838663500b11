import { describe, expect, it } from 'vitest';
import { AmendmentError, applyAmendments, hasBody, mergeData, type AmendableEntry } from '../../src/lib/amendments.ts';

const generated: AmendableEntry = {
  id: 'city-council-doubles-fees-1234abcd',
  data: { title: 'City council doubles fees', seed: 'fees', generated: true, outlet: 'Gazette', authors: ['A. Writer'], dek: null, evidence: { title: 'first heading-like line', outlet: 'site name' }, source: { file: 'fees.txt' } },
  body: 'Generated text.',
  filePath: 'generated/briefs/city-council-doubles-fees-1234abcd.mdx',
};

function amendment(data: Record<string, unknown>, body = ''): AmendableEntry {
  return { id: 'fees-amendment', data: { title: 'x', generated: false, seed: 'fees', ...data }, body, filePath: 'content/briefs/fees-amendment.mdx' };
}

describe('mergeData', () => {
  it('lets fields the amendment sets win and keeps the rest', () => {
    const merged = mergeData(generated.data, amendment({ title: 'Council doubles harbour fees', editedBy: 'Dana', authors: [] }).data);
    expect(merged.title).toBe('Council doubles harbour fees');
    expect(merged.outlet).toBe('Gazette');
    expect(merged.authors).toEqual(['A. Writer']);
    expect(merged.editedBy).toBe('Dana');
    expect(merged.evidence).toEqual({ title: 'set by Dana', outlet: 'site name' });
  });

  it('never lets an amendment change where the brief came from', () => {
    const merged = mergeData(generated.data, amendment({ generated: false, source: { file: 'other.txt' }, slug: 'new-slug' }).data);
    expect(merged.generated).toBe(true);
    expect(merged.source).toEqual({ file: 'fees.txt' });
    expect(merged.slug).toBeUndefined();
  });
});

describe('applyAmendments', () => {
  it('extends: an amendment without a body keeps the generated text and URL', () => {
    const [view] = applyAmendments([generated, amendment({ title: 'Corrected' })]);
    expect(view).toMatchObject({ id: generated.id, entry: generated, data: { title: 'Corrected' } });
    expect(view!.amendment?.filePath).toBe('content/briefs/fees-amendment.mdx');
  });

  it('replaces: an amendment with a body is the text that renders', () => {
    const fix = amendment({}, 'Corrected text.');
    const [view] = applyAmendments([generated, fix]);
    expect(view!.entry).toBe(fix);
    expect(view!.id).toBe(generated.id);
  });

  it('publishes an amendment whose seed has no generated brief on its own, with a warning', () => {
    const warnings: string[] = [];
    const orphan = amendment({ seed: 'gone' }, 'Text.');
    const views = applyAmendments([generated, orphan], (m) => warnings.push(m));
    expect(views.map((v) => v.id).sort()).toEqual([generated.id, 'fees-amendment'].sort());
    expect(warnings[0]).toMatch(/content\/briefs\/fees-amendment\.mdx amends seed "gone"/);
  });

  it('refuses two amendments of one seed, naming both files', () => {
    const second = { ...amendment({}), id: 'second', filePath: 'content/briefs/second.mdx' };
    expect(() => applyAmendments([generated, amendment({}), second])).toThrow(AmendmentError);
    expect(() => applyAmendments([generated, amendment({}), second])).toThrow(/second\.mdx and content\/briefs\/fees-amendment\.mdx/);
  });

  it('passes plain hand-written briefs through unchanged', () => {
    const plain: AmendableEntry = { id: 'plain', data: { title: 'Plain', generated: false }, body: 'x' };
    expect(applyAmendments([plain])).toEqual([{ id: 'plain', data: plain.data, entry: plain, amendment: null }]);
  });
});

describe('hasBody', () => {
  it('ignores white space and MDX comments', () => {
    expect(hasBody({ id: 'a', data: { title: 'a', generated: false }, body: '\n {/* note */}\n' })).toBe(false);
    expect(hasBody({ id: 'a', data: { title: 'a', generated: false }, body: '{/* note */} Text' })).toBe(true);
  });
});
