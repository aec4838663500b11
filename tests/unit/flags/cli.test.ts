import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [join(ROOT, 'src/cli/flags.ts'), ...args], { cwd: ROOT });

// Each test starts Node on the TypeScript CLI: on a busy 2-core machine that alone can pass vitest's default 5 s.
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
});
