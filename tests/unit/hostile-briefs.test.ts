import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBriefSource, checkHandWrittenBriefs } from '../../src/collections/check-briefs.ts';

const check = (source: string) => checkBriefSource('content/briefs/x.mdx', new TextEncoder().encode(source));

describe('checking a hand-written brief before the build', () => {
  it('accepts valid MDX with components, imports, escaped characters and GFM', () => {
    const source = '---\ntitle: "Fees: up again"\ndate: 2025-01-01\n---\nimport Callout from "../../src/components/Callout.astro";\n\n<Callout title="Note">Text with \\{ and \\< and `code`.</Callout>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(check(source)).toEqual([]);
  });

  it('asks a brief without frontmatter for a title, at its first line', () => {
    expect(check('Just text.\n')).toEqual(['content/briefs/x.mdx:1:1: title: every brief needs a title: add `title: Your headline` to the frontmatter']);
  });

  it('names the line and column of each field the schema refuses, an unknown field by its name', () => {
    expect(check('---\ntitle: A\ntitel: B\ndate: soon\n---\nBody.\n')).toEqual([
      'content/briefs/x.mdx:3:1: unknown field "titel": did you mean "title"?',
      'content/briefs/x.mdx:4:7: date: write the date as YYYY-MM-DD',
    ]);
  });

  it('names the line of invalid YAML and how to quote the value', () => {
    const [problem] = check('---\ntitle: A\ndek: Rates: up again\n---\nBody.\n');
    expect(problem).toMatch(/^content\/briefs\/x\.mdx:3: the `dek` field is not valid YAML \(.+\); write one `field: value` per line and put values containing ": ".* in double quotes/);
    const [quote] = check('---\ntitle: "An unclosed quote\ndate: 2025-01-01\n---\nBody.\n');
    expect(quote).toMatch(/^content\/briefs\/x\.mdx:2: the `title` field is not valid YAML \(Missing closing "quote\)/);
  });

  it('names an unclosed frontmatter block', () => {
    expect(check('---\ntitle: A\n\nBody without the closing dashes.\n')[0]).toBe('content/briefs/x.mdx: the frontmatter has no closing `---` line; end the field list with a line of three dashes');
  });

  it('names frontmatter that is a list or a value instead of fields', () => {
    expect(check('---\n- a\n- b\n---\nBody.\n')[0]).toMatch(/the frontmatter must be a list of `field: value` lines/);
    expect(check('---\njust words\n---\nBody.\n')[0]).toMatch(/the frontmatter must be a list of `field: value` lines/);
  });

  it('names the line and column of broken MDX, and how to write the character literally', () => {
    const [brace] = check('---\ntitle: A\n---\n\nPrices rose {sharply.\n');
    expect(brace).toMatch(/^content\/briefs\/x\.mdx:5:\d+: the MDX cannot be parsed \(.*closing brace.*\); close the `\{…\}` expression or `<Tag>`, or if you meant the character itself, escape it as \\\{ or \\</);
    const [tag] = check('---\ntitle: A\n---\n\nA <Callout> that is never closed.\n');
    expect(tag).toMatch(/^content\/briefs\/x\.mdx:5:\d+: the MDX cannot be parsed/);
    const [html] = check('---\ntitle: A\n---\nText with an <!-- HTML comment --> in it.\n');
    expect(html).toMatch(/^content\/briefs\/x\.mdx:4:\d+: the MDX cannot be parsed/);
  });

  it('refuses a file that is not UTF-8', () => {
    expect(checkBriefSource('a.mdx', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x93, 0x41, 0x94]))).toEqual(['a.mdx: not valid UTF-8 text; save it with UTF-8 encoding']);
  });
});

describe('checking a folder of hand-written briefs', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dispatch-briefs-'));
    await mkdir(join(root, 'content', 'briefs', 'nested'), { recursive: true });
    await writeFile(join(root, 'content', 'briefs', 'good.mdx'), '---\ntitle: Good\n---\nFine.\n');
    await writeFile(join(root, 'content', 'briefs', 'bad.mdx'), '---\ntitle: Bad\n---\n{oops\n');
    await writeFile(join(root, 'content', 'briefs', 'nested', 'worse.mdx'), '---\ntitle: "x\n---\nFine.\n');
    await writeFile(join(root, 'content', 'briefs', 'notes.txt'), '{not a brief');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports every broken .mdx file at once, by its path in the project', async () => {
    const problems = await checkHandWrittenBriefs(join(root, 'content', 'briefs'), root);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['content/briefs/bad.mdx', 'content/briefs/nested/worse.mdx']);
  });

  it('treats a missing folder as no hand-written briefs', async () => {
    expect(await checkHandWrittenBriefs(join(root, 'nope'), root)).toEqual([]);
  });
});
