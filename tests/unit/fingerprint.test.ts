import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/pipeline/run/fingerprint.ts';

describe('the pipeline fingerprint that decides whether cached briefs are reused', () => {
  let root: string;
  let pipeline: string;
  let lockfile: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dispatch-fingerprint-'));
    pipeline = join(root, 'src', 'pipeline');
    mkdirSync(join(pipeline, 'clean'), { recursive: true });
    writeFileSync(join(pipeline, 'clean', 'index.ts'), 'export const rule = 1;\n');
    lockfile = join(root, 'package-lock.json');
    writeFileSync(lockfile, '{"packages":{"node_modules/stoplist":{"version":"1.0.0"}}}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stays the same while nothing changes', () => {
    expect(fingerprintOf(pipeline, lockfile)).toBe(fingerprintOf(pipeline, lockfile));
  });

  it.each([
    ['a stage is edited', () => writeFileSync(join(pipeline, 'clean', 'index.ts'), 'export const rule = 2;\n')],
    ['a package is upgraded', () => writeFileSync(lockfile, '{"packages":{"node_modules/stoplist":{"version":"1.1.0"}}}\n')],
  ])('changes when %s, so every brief is built again', (_change, change) => {
    const before = fingerprintOf(pipeline, lockfile);
    change();
    expect(fingerprintOf(pipeline, lockfile)).not.toBe(before);
  });

  it('works where the layout has no lockfile', () => {
    expect(fingerprintOf(pipeline, join(root, 'missing.json'))).toMatch(/^[0-9a-f]{16}$/);
  });
});
