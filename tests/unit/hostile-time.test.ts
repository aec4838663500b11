import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../src/pipeline/clean/copyright.ts';
import { extractFacts } from '../../src/pipeline/links/facts.ts';
import { decodeSeed, MAX_LINE_CHARS } from '../../src/pipeline/read/read-seed.ts';
import { processSeed } from '../../src/pipeline/run/process-seed.ts';

/**
 * A pattern such as `\s+$` or `(Name\s+)*noun` is tried from every position of a long run and costs time in the square
 * of the run's length: a seed just under the line limit then took half a minute. Each case below took 5 to 45 seconds (at this length, on a 2-core machine)
 * before its rule was rewritten, and takes well under a second now; the bound leaves room for a slow machine.
 */
const BOUND_MS = 3_000;
const RUN = MAX_LINE_CHARS - 1_000;

function processMs(line: string): number {
  const text = `A headline for the story\n\n${line}\n\nThe story has a closing paragraph that ends here.`;
  const read = decodeSeed(new TextEncoder().encode(text), 'long-run.txt');
  if (!read.ok) throw new Error(read.rejection.reason);
  const start = performance.now();
  processSeed(read.seed);
  return performance.now() - start;
}

const fill = (unit: string) => unit.repeat(Math.ceil(RUN / unit.length)).slice(0, RUN);

describe('seeds with long runs inside one line are processed in linear time', () => {
  it.each([
    ['spaces', `x${' '.repeat(RUN)}y`],
    ['tabs', `x${'\t'.repeat(RUN)}y`],
    ['no-break spaces', `x${'\u00a0'.repeat(RUN)}y`],
    ['capitalised words', `© 2020 ${fill('Valley ')}`],
  ])('a line with a long run of %s', (_name, line) => {
    expect(processMs(line)).toBeLessThan(BOUND_MS);
  }, 60_000);

  it('reads the copyright holder of a long line ending in a mark in linear time', () => {
    const start = performance.now();
    expect(copyrightHolder(`${fill('word ')}© Valley`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }, 60_000);

  it('reads the facts of a long seed of dated sentences in linear time', () => {
    // 60,000 dates: asking each earlier date whether it overlaps took some 2 billion comparisons.
    const text = Array.from({ length: 30_000 }, (_, i) => `The council said on Monday that plan ${i} would go ahead in 2020.`).join('\n\n');
    const start = performance.now();
    const facts = extractFacts(text, []);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(facts.dates.map((d) => d.key)).toEqual(expect.arrayContaining(['monday', '2020']));
  }, 60_000);
});
