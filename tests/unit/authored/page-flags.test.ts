import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authoredFlags } from '../../../src/collections/authored-flags.ts';
import { briefSchema } from '../../../src/collections/brief-schema.ts';
import { readAuthoredBrief } from '../../../src/pipeline/authored/brief.ts';
import { flagAnchor } from '../../../src/pipeline/flags/anchor.ts';
import type { AuthoredStore } from '../../../src/pipeline/authored/store.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FILE = 'tests/fixtures/authored/briefs/ferry-strike.mdx';
const GENERATED = `generated/test-page-flags-${process.pid}`;
let source: string;
let previous: string | undefined;

const WITH_EDIT = (s: string) =>
  s.replace('date: 2025-05-14\n', 'date: 2025-05-14\nflags:\n  - kind: loaded-language\n    text: humiliating\n    reason: An emotive word.\n    suppressed:\n      reason: The union used the word.\n');

/** The file as Astro's MDX compile sees it (frontmatter blanked, offsets kept), and as the collection gives its body (frontmatter cut, trimmed). */
function views(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const raw = parse(match[1]!) as Record<string, unknown>;
  const compiled = text.replace(match[0], match[0].replace(/[^\n]/g, ' '));
  return { compiled, raw, body: text.slice(match[0].length).trim(), data: briefSchema.parse(raw) as unknown as Record<string, unknown> };
}

beforeAll(async () => {
  previous = process.env.DISPATCH_GENERATED_DIR;
  process.env.DISPATCH_GENERATED_DIR = GENERATED;
  source = await readFile(join(ROOT, FILE), 'utf8');
});
afterAll(async () => {
  if (previous === undefined) delete process.env.DISPATCH_GENERATED_DIR;
  else process.env.DISPATCH_GENERATED_DIR = previous;
  await rm(join(ROOT, GENERATED), { recursive: true, force: true });
});

describe('the flags a hand-written brief\'s page shows', () => {
  it('are the same for the compile plugin and the page data, flag for flag (so every mark has its panel entry)', () => {
    const v = views(WITH_EDIT(source));
    const marked = authoredFlags(FILE, v.compiled, v.raw);
    const listed = authoredFlags(FILE, v.body, v.data);
    expect(marked.map(flagAnchor)).toEqual(listed.map(flagAnchor));
    expect(listed.map((f) => [f.kind, f.text, f.suppressed?.reason ?? null])).toEqual([
      ['loaded-language', 'humiliating', 'The union used the word.'],
      ['anonymous-sourcing', 'According to people familiar with the talks', null],
      ['unverifiable-quote', 'regrets the disruption', null],
    ]);
  });

  it('come from the pipeline\'s stored analysis while the brief is unchanged, and are found afresh once it changes', async () => {
    // A text no other test reads: the plugin and the page share detections in one process.
    const text = source.replace('on Tuesday', 'on Thursday');
    const { brief } = readAuthoredBrief(FILE, text);
    const stored: AuthoredStore = { [FILE]: { digest: 'd', version: 'any', standalone: true, brief: { ...brief, flags: [{ ...brief.flags[0]!, reason: 'from the store' }] } } };
    await mkdir(join(ROOT, GENERATED), { recursive: true });
    await writeFile(join(ROOT, GENERATED, 'authored.json'), JSON.stringify(stored));
    const v = views(text);
    expect(authoredFlags(FILE, v.body, v.data).map((f) => f.reason)).toEqual(['from the store']);
    const edited = views(text.replace('Ferry crews at', 'Ferry workers at'));
    expect(authoredFlags(FILE, edited.body, edited.data)).toHaveLength(3);
  });
});
