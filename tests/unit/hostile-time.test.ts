import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../src/pipeline/clean/copyright.ts';
import { detectFlags } from '../../src/pipeline/flags/index.ts';
import { emptyInput } from '../../src/pipeline/flags/types.ts';
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

  it('judges a story quoting one speaker on every line in linear time', () => {
    // Where the story names the speaker elsewhere was read afresh for every quotation: 3,000 lines took 8 to 21 seconds.
    const body = Array.from({ length: 3_000 }, (_, i) => `\u201cWe are ready for winter number ${i} and the crews are paid,\u201d Ann Lee said.`).join('\n\n');
    const start = performance.now();
    detectFlags(emptyInput({ body, outlet: null }));
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }, 60_000);
});

describe('cleaning always ends', () => {
  // A loop that never ends would block the test runner itself (a timeout cannot stop synchronous code), so the page is
  // cleaned in a child process that is killed after the bound.
  it('ends when the short piece after the story is a recipe card that must be kept (the same piece was found again for ever)', () => {
    const story = Array.from({ length: 12 }, (_, k) => `The valley kitchen has served the same soup for forty years, and paragraph ${k + 1} of this story says how the recipe came to the town by ferry.`);
    const tail = ['cheers,', 'ana', ' save  print', 'Valley Lentil Soup', "Shared with the cook's permission", 'Ingredients:\n2 medium onions, minced\n6 cloves garlic, peeled\n1/2 cup olive oil\n1 l vegetable stock'];
    const page = ['Forty years of the valley soup', ...story, ...tail].join('\n\n');
    const script = [
      `import { cleanBlocks } from ${JSON.stringify(fileURLToPath(new URL('../../src/pipeline/clean/index.ts', import.meta.url)))};`,
      `import { splitBlocks } from ${JSON.stringify(fileURLToPath(new URL('../../src/pipeline/read/split-blocks.ts', import.meta.url)))};`,
      'const clean = cleanBlocks(splitBlocks(process.env.PAGE));',
      'console.log(JSON.stringify(clean.nodes.map((n) => n.text)));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, PAGE: page }, timeout: 20_000, encoding: 'utf8' });
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout) as string[]).toContain('1/2 cup olive oil');
  }, 30_000);
});
