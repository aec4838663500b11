import { hedges } from 'hedges';
import { describe, expect, it } from 'vitest';
import { flagSchema } from '../../../src/collections/flag-schema.ts';
import speculation from '../../../src/pipeline/flags/lexicons/speculation.json' with { type: 'json' };
import { mergeData } from '../../../src/lib/amendments.ts';

describe('flag frontmatter schema', () => {
  it('accepts a generated flag and fills defaults for a hand-added one', () => {
    expect(flagSchema.safeParse({ kind: 'secondhand', severity: 'info', field: 'body', start: 4, end: 11, text: 'Reuters', reason: 'Relays Reuters.', detector: 'secondhand', chain: ['Reuters'] }).success).toBe(true);
    const added = flagSchema.parse({ kind: 'anonymous-sourcing', text: 'insiders', reason: 'Unnamed insiders.' });
    expect(added).toMatchObject({ severity: 'caution', field: 'body', detector: 'editor' });
  });
  it('requires a reason to suppress, a known kind and consistent offsets', () => {
    const base = { kind: 'speculation', text: 'might', reason: 'A guess.' };
    expect(flagSchema.safeParse({ ...base, suppressed: { reason: 'It is a quote.' } }).success).toBe(true);
    const noReason = flagSchema.safeParse({ ...base, suppressed: {} });
    expect(noReason.success).toBe(false);
    expect(flagSchema.safeParse({ ...base, suppressed: true }).success).toBe(false);
    expect(flagSchema.safeParse({ ...base, kind: 'spin' }).error?.issues[0]?.message).toMatch(/kind must be one of/);
    expect(flagSchema.safeParse({ ...base, start: 0, end: 9 }).error?.issues[0]?.message).toMatch(/must equal the length of text/);
    expect(flagSchema.safeParse({ ...base, start: 0 }).error?.issues[0]?.message).toMatch(/both start and end/);
    expect(flagSchema.safeParse({ ...base, colour: 'red' }).success).toBe(false);
  });
});

describe('amendments edit generated flags', () => {
  it('merges an amendment flag list into the generated one instead of replacing it', () => {
    type Data = { title: string; generated: boolean; seed?: string; flags: { kind: string; text: string; reason: string; start?: number; end?: number; suppressed?: { reason: string } }[] };
    const generated: Data = { title: 'T', generated: true, flags: [{ kind: 'speculation', text: 'might', reason: 'r', start: 0, end: 5 }] };
    const amendment: Data = { title: 'T', generated: false, seed: 's', flags: [{ kind: 'speculation', text: 'might', reason: 'r', suppressed: { reason: 'quoted' } }] };
    const merged = mergeData(generated, amendment);
    expect(merged.flags).toEqual([{ kind: 'speculation', text: 'might', reason: 'r', start: 0, end: 5, suppressed: { reason: 'quoted' } }]);
  });
});

describe('lexicons', () => {
  it('takes its weak hedges from the hedges package (the retext-intensify list)', () => {
    for (const word of speculation.weakFromHedges) expect(hedges, word).toContain(word);
  });
});
