import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean.ts';
import { countWords, extractMetadata, guessLanguage } from '../../src/pipeline/metadata.ts';
import { decodeSeed } from '../../src/pipeline/read-seed.ts';
import { splitBlocks } from '../../src/pipeline/split-blocks.ts';

function metaOf(text: string) {
  const read = decodeSeed(new TextEncoder().encode(text), 'story.txt');
  if (!read.ok) throw new Error(read.rejection.reason);
  return extractMetadata(read.seed, cleanBlocks(splitBlocks(read.seed.text)));
}

describe('extractMetadata (first pass)', () => {
  it('takes the first heading-like line as the title and drops it from the body', () => {
    const { meta, nodes } = metaOf('Ministers agree new budget deal\n\nThe deal was signed on Monday after long talks.');
    expect(meta.title).toBe('Ministers agree new budget deal');
    expect(meta.seed).toBe('story');
    expect(meta.slug).toMatch(/^ministers-agree-new-budget-deal-[0-9a-f]{8}$/);
    expect(nodes.map((n) => n.text)).toEqual(['The deal was signed on Monday after long talks.']);
  });

  it('uses the opening words of the text when the page has no headline', () => {
    const { meta, nodes } = metaOf('Officials in the capital said on Tuesday that the new rules would take effect next year across the whole country.');
    expect(meta.title).toBe('Officials in the capital said on Tuesday that the new rules would take effect…');
    expect(meta.titleHow).toMatch(/no headline/);
    expect(nodes).toHaveLength(1);
  });

  it('reports unknown fields as null with a reason, never a guess', () => {
    const { meta } = metaOf('A headline for the test\n\nBody text that has no date in it.');
    expect(meta.date).toEqual({ value: null, why: expect.stringMatching(/no publication date/) });
    expect(meta.outlet.value).toBeNull();
  });

  it('counts words and reading time', () => {
    const { meta } = metaOf(`A headline for the test\n\n${'word '.repeat(460)}`);
    expect(meta.wordCount).toBe(460);
    expect(meta.readingMinutes).toBe(2);
  });

  it('collects URLs that stood alone on a line as cited URLs', () => {
    const { meta } = metaOf('A headline for the test\n\nText.\n\nhttps://example.org/report\n');
    expect(meta.citedUrls).toEqual(['https://example.org/report']);
  });
});

describe('countWords and guessLanguage', () => {
  it('counts Latin words and CJK characters', () => {
    expect(countWords("It's a well-known fact.")).toBe(4);
    expect(countWords('中国和俄罗斯')).toBe(6);
  });

  it('guesses English, Russian and Chinese, and says "und" when unsure', () => {
    expect(guessLanguage('The minister said that the plan is on track for the year.')).toBe('en');
    expect(guessLanguage('Министр заявил, что план выполняется.')).toBe('ru');
    expect(guessLanguage('中国和俄罗斯的关系')).toBe('zh');
    expect(guessLanguage('Xyzzy plugh quux.')).toBe('und');
  });
});
