import { describe, expect, it } from 'vitest';
import { withoutFrontmatterCopy } from '../../src/collections/slim-store.ts';

describe('entries in the content data store', () => {
  it('keep from the rendered frontmatter copy only what Markdown plugins added', () => {
    const data = { title: 'Harbour dredging begins', flags: [{ kind: 'speculation' }], outlet: 'Harbour Gazette' };
    const entry = {
      id: 'harbour',
      data,
      body: 'Text.',
      digest: 'abc',
      rendered: { html: '<p>Text.</p>', metadata: { headings: [], frontmatter: { ...data, flagMarks: ['flag-speculation-1'] }, imagePaths: [] } },
    };
    const slim = withoutFrontmatterCopy(entry);
    expect(slim.rendered?.metadata?.frontmatter).toEqual({ flagMarks: ['flag-speculation-1'] });
    expect(slim.rendered?.html).toBe('<p>Text.</p>');
    expect(slim.data).toBe(data);
    expect(entry.rendered.metadata.frontmatter.title).toBe('Harbour dredging begins');
  });

  it('leaves entries without rendered metadata as they are', () => {
    const entry = { id: 'x', data: { title: 'T' }, deferredRender: true };
    expect(withoutFrontmatterCopy(entry)).toBe(entry);
  });
});
