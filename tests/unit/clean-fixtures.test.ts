import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean/index.ts';
import { plainText } from '../../src/pipeline/clean/plain-text.ts';
import { extractMetadata } from '../../src/pipeline/metadata/index.ts';
import { decodeSeed } from '../../src/pipeline/read/read-seed.ts';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';

/**
 * Small made-up pages, one or two removal categories each, with the story
 * text that must stay (including paragraphs that mention "share", "login",
 * "read more"…) and the furniture that must go, with its category.
 */
const DIR = join(import.meta.dirname, '../fixtures/clean');

interface Expectation {
  title?: string;
  keep?: string[];
  body?: string[];
  drop?: Record<string, string>;
  meta?: Record<string, unknown>;
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe('cleaning fixtures per removal category', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(8));

  it.each(fixtures)('%s', (name) => {
    const read = decodeSeed(readFileSync(join(DIR, `${name}.txt`)), `${name}.txt`);
    if (!read.ok) throw new Error(read.rejection.reason);
    const want = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expectation;
    const clean = cleanBlocks(splitBlocks(read.seed.text));
    const { meta, nodes } = extractMetadata(read.seed, clean);
    const body = plainText(nodes);
    if (want.title) expect(meta.title).toBe(want.title);
    for (const text of want.keep ?? []) expect(body, `kept: ${text}`).toContain(text);
    if (want.body) expect(body.split('\n\n')).toEqual(want.body);
    for (const [text, category] of Object.entries(want.drop ?? {})) {
      expect(body, `removed: ${text}`).not.toContain(text);
      const removal = clean.removed.find((r) => r.text === text || r.text.includes(text));
      expect(removal?.category, `category of "${text}"`).toBe(category);
    }
    const fields: Record<string, unknown> = {
      outlet: meta.outlet.value,
      authors: meta.authors,
      date: meta.date.value,
      url: meta.url.value,
      citedUrls: meta.citedUrls,
      disclosures: meta.disclosures,
      attributions: meta.attributions,
      dek: meta.dek,
      sourceUpdated: meta.sourceUpdated?.value,
      titleDerived: meta.titleDerived,
    };
    for (const [field, value] of Object.entries(want.meta ?? {})) expect(fields[field], field).toEqual(value);
  });
});
