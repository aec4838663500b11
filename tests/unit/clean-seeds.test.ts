import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean/index.ts';
import { plainText } from '../../src/pipeline/clean/plain-text.ts';
import { extractMetadata } from '../../src/pipeline/metadata/index.ts';
import { decodeSeed } from '../../src/pipeline/read/read-seed.ts';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';
import { tokenScores } from '../helpers/token-f1.ts';

/**
 * The expected bodies and metadata in tests/fixtures/expected were written by
 * reading each seed, not by running the cleaner.
 */
const SEEDS = join(import.meta.dirname, '../../seeds');
const EXPECTED = join(import.meta.dirname, '../fixtures/expected');
const MIN_F1 = 0.95;

interface ExpectedMeta {
  title: string | null;
  dek: string | null;
  outlet: string | null;
  authors: string[];
  date: string | null;
  dateFoundBy: 'printed' | 'url' | 'relative' | null;
  url: string | null;
  citedUrls: string[];
  citedOutlets: string[];
  disclosures: string[];
  attributions: string[];
  language: string;
  removedCategories: string[];
}

const ids = readdirSync(EXPECTED)
  .filter((f) => f.endsWith('.body.txt'))
  .map((f) => f.replace(/\.body\.txt$/, ''));

function run(id: string) {
  const read = decodeSeed(readFileSync(join(SEEDS, `${id}.txt`)), `${id}.txt`);
  if (!read.ok) throw new Error(read.rejection.reason);
  const clean = cleanBlocks(splitBlocks(read.seed.text));
  const { meta, nodes } = extractMetadata(read.seed, clean);
  return { clean, meta, body: plainText(nodes), raw: read.seed.text };
}

describe('cleaning the five seeds against hand-written expectations', () => {
  it('has an expectation for every seed', () => {
    expect(ids).toHaveLength(5);
  });

  it.each(ids)('%s: body token F1 >= 0.95', (id) => {
    const { body } = run(id);
    const expected = readFileSync(join(EXPECTED, `${id}.body.txt`), 'utf8');
    const scores = tokenScores(body, expected);
    expect(scores.f1, `P=${scores.precision.toFixed(3)} R=${scores.recall.toFixed(3)}`).toBeGreaterThanOrEqual(MIN_F1);
  });

  it.each(ids)('%s: metadata', (id) => {
    const { meta, clean } = run(id);
    const want = JSON.parse(readFileSync(join(EXPECTED, `${id}.meta.json`), 'utf8')) as ExpectedMeta;
    if (want.title === null) expect(meta.titleHow).toMatch(/no headline/);
    else expect(meta.title).toBe(want.title);
    expect(meta.dek).toBe(want.dek);
    expect(meta.outlet.value).toBe(want.outlet);
    expect(meta.authors).toEqual(want.authors);
    expect(meta.date.value).toBe(want.date);
    if (meta.date.value === null) expect(meta.date.why).toBeTruthy();
    else expect(meta.date.how).toMatch(new RegExp({ printed: 'printed date', url: 'original URL', relative: 'relative day' }[want.dateFoundBy!]));
    expect(meta.url.value).toBe(want.url);
    expect(meta.citedUrls).toEqual(want.citedUrls);
    expect([...meta.citedOutlets].sort()).toEqual([...want.citedOutlets].sort());
    expect(meta.disclosures).toEqual(want.disclosures);
    expect(meta.attributions).toEqual(want.attributions);
    expect(meta.language).toBe(want.language);
    const categories = new Set(clean.removed.map((r) => r.category));
    for (const c of want.removedCategories) expect(categories, c).toContain(c);
  });

  it('the F1 threshold fails on regressions: an uncleaned page, a body that lost its lists', () => {
    const { raw } = run('001_64633b2b908c8773');
    expect(tokenScores(raw, readFileSync(join(EXPECTED, '001_64633b2b908c8773.body.txt'), 'utf8')).f1).toBeLessThan(MIN_F1);
    const expected = readFileSync(join(EXPECTED, '000_b375b17e4484cc29.body.txt'), 'utf8');
    const withoutLists = expected.split('\n\n').filter((p) => !p.startsWith('• ')).join('\n\n');
    expect(tokenScores(withoutLists, expected).f1).toBeLessThan(MIN_F1);
  });
});
