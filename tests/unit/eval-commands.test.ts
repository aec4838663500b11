import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run eval` is not part of the suite (its sets live outside the project), so these
// keep each of its commands working end to end on tiny sets in the sets' formats, made
// here from the project's own seeds and fixtures.
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const run = promisify(execFile);
const evaluate = (...args: string[]) => run(process.execPath, [join(ROOT, 'eval/run.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 24 });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-eval-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** The figures of one row of an eval table, by column name. */
function row(output: string, first: string, header: string): Record<string, string> {
  const lines = output.split('\n');
  const head = lines.find((l) => l.trim().startsWith(header))!.trim().split(/\s{2,}|\s(?=\S)/);
  const cells = lines.find((l) => l.startsWith(first))!.trim().split(/\s+/);
  return Object.fromEntries(head.map((h, i) => [h, cells[i]!]));
}

describe('npm run eval', { timeout: 120_000 }, () => {
  it('clean: scores the seeds against the bodies, titles and dates written by reading them', async () => {
    const dir = join(work, 'corpus');
    await mkdir(join(dir, 'pages'), { recursive: true });
    const truth: string[] = [];
    for (const id of ['000_b375b17e4484cc29', '002_b575a3040e1d2a9e']) {
      await copyFile(join(ROOT, 'seeds', `${id}.txt`), join(dir, 'pages', `${id}.txt`));
      const meta = JSON.parse(await readFile(join(FIXTURES, 'expected', `${id}.meta.json`), 'utf8')) as { title: string; date: string | null };
      const body = await readFile(join(FIXTURES, 'expected', `${id}.body.txt`), 'utf8');
      truth.push(JSON.stringify({ file: `pages/${id}.txt`, source: 'seeds', title: meta.title, date: meta.date, body, with: null, without: null }));
    }
    // A page whose truth the cleaner cannot meet, so the table is known to move.
    await writeFile(join(dir, 'pages', 'wrong.txt'), 'A headline about harbour fees\n\nThe harbour raised its fees on Monday, the port said in a statement.\n');
    truth.push(JSON.stringify({ file: 'pages/wrong.txt', source: 'made', title: 'Another headline entirely', date: '2020-01-01', body: 'Words that are not on the page at all.', with: null, without: null }));
    await writeFile(join(dir, 'truth.jsonl'), `${truth.join('\n')}\n`);

    const { stdout } = await evaluate('clean', dir, '--worst', '1');
    const seeds = row(stdout, 'seeds', 'source');
    expect(Number(seeds.F1)).toBeGreaterThan(0.95);
    expect(seeds.title).toBe('1.000');
    const made = row(stdout, 'made', 'source');
    expect(Number(made.F1)).toBeLessThan(0.3);
    expect(made.title).toBe('0.000');
    expect(stdout).toMatch(/worst pages?:\n- pages\/wrong\.txt/);
  });

  it('flags: item and span scores per kind on annotated sentences', async () => {
    const dir = join(work, 'bias');
    await mkdir(dir, { recursive: true });
    const text = "The council's reckless plan will ruin the harbour.";
    const start = text.indexOf('reckless');
    const items = [
      { id: 'loaded', text, positive: true, labels: [{ kind: 'loaded-language', source_label: 'made', start, end: start + 'reckless'.length }] },
      { id: 'plain', text: 'The council approved the harbour budget on Tuesday by seven votes to two.', positive: false, labels: [] },
      { id: 'missed', text: 'The harbour budget was approved on Tuesday.', positive: true, labels: [{ kind: 'loaded-language', source_label: 'made', start: null, end: null }] },
    ];
    await writeFile(join(dir, 'items.jsonl'), `${items.map((i) => JSON.stringify(i)).join('\n')}\n`);
    const { stdout } = await evaluate('flags', dir);
    const item = stdout.split('\n').find((l) => /^loaded-language\s+item/.test(l))!.trim().split(/\s+/);
    // kind level gold pred TP FP FN P R F1
    expect(item.slice(2, 10)).toEqual(['2', '1', '1', '0', '1', '1.000', '0.500', '0.667']);
    expect(stdout).toMatch(/^loaded-language\s+span\s+1\s+1\s+1\s+0\s+0/m);
  });

  it('links: pairwise and B-cubed scores of same-story clusters and related-list recall', async () => {
    const dir = join(work, 'stories');
    await mkdir(join(dir, 'seeds'), { recursive: true });
    const stories: [string, string][] = [
      ['ferry-strike.txt', 'ferry'],
      ['ferry-strike-rewrite.txt', 'ferry'],
      ['rail-original.txt', 'rail'],
      ['rail-rewrite.txt', 'rail'],
      ['bridge-closure.txt', 'bridge'],
    ];
    const labels: string[] = [];
    for (const [i, [file, story]] of stories.entries()) {
      const name = `${String(i + 1).padStart(4, '0')}.txt`;
      await copyFile(join(FIXTURES, 'links', file), join(dir, 'seeds', name));
      labels.push(JSON.stringify({ file: name, story, topic: null, outlet: basename(file, '.txt'), side: 'center', date: null, half: i % 2 ? 'B' : 'A', title: null, roundup: story, url: null, tag: null }));
    }
    await writeFile(join(dir, 'labels.jsonl'), `${labels.join('\n')}\n`);
    const { stdout } = await evaluate('links', dir, '--no-timing');
    // The two rewrites of each story cluster, the lone story stays alone, and each version lists the other.
    expect(stdout).toMatch(/^Dispatch\s+all articles\s+1\.000\s+1\.000\s+1\.000\s/m);
    expect(stdout).toMatch(/2 of 2 predicted pairs are same-story; 0 of 2 same-story pairs missed/);
    expect(stdout).toMatch(/^Dispatch\s+1\.000\s/m);
  });
});
