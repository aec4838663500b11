import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [join(ROOT, 'src/cli/flags.ts'), ...args], { cwd: ROOT });

// Each test starts the CLI in a new process, which loads the NLP models: seconds on a busy 2-core machine.
describe('flags CLI', { timeout: 30_000 }, () => {
  it('--json --plain prints one JSON line per flag, offsets into the file as given', async () => {
    const file = join(ROOT, 'tests/fixtures/flags/cli/clean-article.txt');
    const { stdout, stderr } = await cli('--json', '--plain', file);
    expect(stderr).toBe('');
    const text = readFileSync(file, 'utf8');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.kind).sort()).toEqual(['anonymous-sourcing', 'secondhand']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['file', 'kind', 'severity', 'start', 'end', 'text', 'reason', 'detector']));
      expect(text.slice(l.start as number, l.end as number)).toBe(l.text);
      expect(l.file).toBe(file);
    }
  });

  it('runs a raw seed through the pipeline first', async () => {
    const { stdout } = await cli('--json', join(ROOT, 'seeds/002_b575a3040e1d2a9e.txt'));
    const kinds = new Set(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind));
    expect(kinds).toContain('publisher-disclosure');
    expect(kinds).toContain('secondhand');
  });

  it('reports an unreadable file on stderr and exits non-zero', async () => {
    await expect(cli('--json', join(ROOT, 'no-such-file.txt'))).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/no-such-file\.txt: ENOENT/) });
  });

  const BRIEF = 'tests/fixtures/authored/briefs/ferry-strike.mdx';

  it('lints a hand-written brief: path:line:column  severity  kind  message, exit 0 (1 with --strict)', async () => {
    const { stdout, stderr } = await cli(BRIEF);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      `${BRIEF}:12:67  caution  loaded-language  “humiliating” — “humiliating” is an emotive judgement rather than a description.`,
      expect.stringMatching(new RegExp(`^${BRIEF}:15:1  caution  anonymous-sourcing  “According to people familiar with the talks” — `)),
      expect.stringMatching(new RegExp(`^${BRIEF}:16:47  caution  unverifiable-quote  “regrets the disruption” — `)),
    ]);
    await expect(cli('--strict', BRIEF)).rejects.toMatchObject({ code: 1 });
  });

  it('lints a hand-written brief as JSON: the seeds\' shape plus its place in the file', async () => {
    const { stdout } = await cli('--json', BRIEF);
    const [first] = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toEqual({ file: BRIEF, kind: 'loaded-language', severity: 'caution', field: 'body', start: expect.any(Number), end: expect.any(Number), text: 'humiliating', reason: expect.any(String), detector: 'loaded-language', line: 12, column: 67, endLine: 12, endColumn: 78 });
  });

  it('exits 1 on a brief problem that would stop the build, whatever the options', async () => {
    await expect(cli('tests/fixtures/authoring/unknown-flag-kind/bad-topic.mdx')).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('tests/fixtures/authoring/unknown-flag-kind/bad-topic.mdx:3:10  error  topics  "diplomcy" is not a topic: did you mean "diplomacy"?'),
    });
  });
});
