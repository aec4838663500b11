import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefSchema } from '../../src/collections/brief-schema.ts';
import { scaffold } from '../../src/cli/new-brief.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dispatch-new-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!) as Record<string, unknown>;
}

describe('npm run new', () => {
  it('scaffolds a brief whose frontmatter passes the schema', async () => {
    const file = await scaffold(['Harbour', 'fees', 'rise'], root);
    expect(file).toBe(join(root, 'content/briefs/harbour-fees-rise.mdx'));
    const data = frontmatter(await readFile(file, 'utf8'));
    expect(data.title).toBe('Harbour fees rise');
    expect(briefSchema.safeParse(data).success).toBe(true);
  });

  it('never overwrites an existing brief', async () => {
    await scaffold(['Same title'], root);
    await expect(scaffold(['Same title'], root)).rejects.toThrow(/already exists/);
  });

  it('scaffolds an amendment of a generated brief from the build report', async () => {
    await mkdir(join(root, 'generated'), { recursive: true });
    const report = { seeds: [{ status: 'emitted', id: 'fees', file: 'fees.txt', slug: 'fees-1', title: 'Fees double', output: 'fees-1.mdx' }] };
    await writeFile(join(root, 'generated/report.json'), JSON.stringify(report));
    const file = await scaffold(['--amend', 'fees'], root);
    const data = frontmatter(await readFile(file, 'utf8'));
    expect(data).toMatchObject({ seed: 'fees', title: 'Fees double' });
    expect(briefSchema.safeParse(data).success).toBe(true);
  });

  it('explains what to do for an unknown seed or a missing title', async () => {
    await expect(scaffold(['--amend', 'nope'], root)).rejects.toThrow(/run `npm run build` first/);
    await expect(scaffold([], root)).rejects.toThrow(/usage: npm run new/);
  });
});
