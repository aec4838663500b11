import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/pipeline/clean.ts';
import { detectFlags } from '../../../src/pipeline/flags/index.ts';
import { flagInputFor } from '../../../src/pipeline/flags/stage.ts';
import { FLAG_KINDS, type Flag, type FlagInput, type FlagKind } from '../../../src/pipeline/flags/types.ts';
import { extractMetadata } from '../../../src/pipeline/metadata.ts';
import { decodeSeed } from '../../../src/pipeline/read-seed.ts';
import { splitBlocks } from '../../../src/pipeline/split-blocks.ts';

/**
 * Precision and recall of the detectors against expectations written by
 * reading each seed (tests/fixtures/flags/seeds/*.json), through the real
 * pipeline. An expectation whose words cleaning removed from the brief cannot
 * be flagged and is left out of recall ("not applicable").
 */
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/flags/seeds');
/** Thresholds the detectors must keep (measured figures are printed by the test). */
const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.8;

interface Expectation {
  kind: FlagKind;
  text: string;
  field?: 'title' | 'body';
}

interface Tally {
  expected: number;
  found: number;
  flags: number;
  correct: number;
  notApplicable: number;
}

function fieldsOf(input: FlagInput): { key: string; text: string }[] {
  return [
    { key: 'title', text: input.title },
    { key: 'body', text: input.body },
    ...input.disclosures.map((text, i) => ({ key: `disclosures:${i}`, text })),
    ...input.attributions.map((text, i) => ({ key: `attributions:${i}`, text })),
    ...input.citedUrls.map((text, i) => ({ key: `citedUrls:${i}`, text })),
  ];
}

function occurrences(input: FlagInput, e: Expectation): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const f of fieldsOf(input)) {
    if (e.field && f.key !== e.field) continue;
    for (let at = f.text.indexOf(e.text); at >= 0; at = f.text.indexOf(e.text, at + 1)) out.push({ key: f.key, start: at, end: at + e.text.length });
  }
  return out;
}

const keyOf = (f: Flag) => (f.index === undefined ? f.field : `${f.field}:${f.index}`);

function evaluate() {
  const tallies = new Map<FlagKind, Tally>(FLAG_KINDS.map((k) => [k, { expected: 0, found: 0, flags: 0, correct: 0, notApplicable: 0 }]));
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { seed: string; expect: Expectation[] };
    const read = decodeSeed(readFileSync(join(ROOT, 'seeds', `${fixture.seed}.txt`)), `${fixture.seed}.txt`);
    if (!read.ok) throw new Error(read.rejection.reason);
    const { meta, nodes } = extractMetadata(read.seed, cleanBlocks(splitBlocks(read.seed.text)));
    const input = flagInputFor(meta, nodes);
    const { flags } = detectFlags(input);
    const located = fixture.expect.map((e) => ({ e, at: occurrences(input, e) }));
    for (const { e, at } of located) {
      const t = tallies.get(e.kind)!;
      if (at.length === 0) {
        t.notApplicable++;
        continue;
      }
      t.expected++;
      if (flags.some((f) => f.kind === e.kind && at.some((o) => o.key === keyOf(f) && f.start < o.end && o.start < f.end))) t.found++;
      else misses.push(`${fixture.seed} ${e.kind}: ${e.text}`);
    }
    for (const f of flags) {
      const t = tallies.get(f.kind)!;
      t.flags++;
      const right = located.some(({ e, at }) => e.kind === f.kind && at.some((o) => o.key === keyOf(f) && f.start < o.end && o.start < f.end));
      if (right) t.correct++;
      else falsePositives.push(`${fixture.seed} ${f.kind}: ${f.text}`);
    }
  }
  return { tallies, misses, falsePositives };
}

describe('flags against per-seed expectations', () => {
  it(`keeps precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} overall`, () => {
    const { tallies, misses, falsePositives } = evaluate();
    const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}%`);
    const rows = [...tallies].map(([kind, t]) => `${kind.padEnd(26)} precision ${pct(t.correct, t.flags).padStart(4)} (${t.correct}/${t.flags})  recall ${pct(t.found, t.expected).padStart(4)} (${t.found}/${t.expected})${t.notApplicable ? `  n/a ${t.notApplicable}` : ''}`);
    const all = [...tallies.values()].reduce((a, t) => ({ expected: a.expected + t.expected, found: a.found + t.found, flags: a.flags + t.flags, correct: a.correct + t.correct }), { expected: 0, found: 0, flags: 0, correct: 0 });
    console.log(['Flags vs per-seed expectations:', ...rows, `${'overall'.padEnd(26)} precision ${pct(all.correct, all.flags)} (${all.correct}/${all.flags})  recall ${pct(all.found, all.expected)} (${all.found}/${all.expected})`, 'missed:', ...misses.map((m) => `  ${m}`), 'unexpected:', ...falsePositives.map((m) => `  ${m}`)].join('\n'));
    expect(all.expected).toBeGreaterThan(50);
    expect(all.correct / all.flags).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(all.found / all.expected).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
