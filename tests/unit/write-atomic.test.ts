import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/pipeline/emit/write-atomic.ts';

describe('writeAtomic', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'dispatch-write-'));

  it('writes a new file and leaves no temporary file behind', async () => {
    const d = dir();
    await writeAtomic(join(d, 'a.md'), 'one');
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('one');
    expect(readdirSync(d)).toEqual(['a.md']);
  });

  it('keeps an unchanged file as it is (its modification time too) and replaces a changed one', async () => {
    const d = dir();
    const path = join(d, 'a.md');
    writeFileSync(path, 'one');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, old, old);
    await writeAtomic(path, 'one');
    expect(statSync(path).mtimeMs).toBe(old.getTime());
    await writeAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(statSync(path).mtimeMs).not.toBe(old.getTime());
  });
});
