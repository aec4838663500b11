import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));
const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/clean.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('clean CLI', () => {
  it('prints exactly one JSON object per file, one per line, and nothing else', () => {
    const run = cli('--json', ...seeds);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(seeds.length);
    lines.forEach((line, i) => {
      const obj = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(obj)).toEqual(['file', 'title', 'dek', 'outlet', 'author', 'date', 'url', 'body', 'removed']);
      expect(obj['file']).toBe(seeds[i]);
      expect(String(obj['body'])).toContain('\n\n');
      expect((obj['removed'] as { category: string; text: string }[]).every((r) => typeof r.category === 'string' && typeof r.text === 'string')).toBe(true);
    });
  });

  it('prints a readable view without --json', () => {
    const run = cli(seeds[0]!);
    expect(run.stdout).toMatch(/^# seeds\/000/);
    expect(run.stdout).toContain('## Body');
    expect(run.stdout).toContain('[trailer]');
  });

  it('reports a file that is not an article on its own line and fails', () => {
    const run = cli('--json', 'tests/fixtures/does-not-exist.txt');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout.trim())).toEqual({ file: 'tests/fixtures/does-not-exist.txt', error: expect.stringMatching(/unreadable/) });
  });
});
