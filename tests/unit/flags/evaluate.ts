import { detectFlags } from '../../../src/pipeline/flags/index.ts';
import { FLAG_KINDS, type Flag, type FlagInput, type FlagKind } from '../../../src/pipeline/flags/types.ts';

/** One expected flag, written by reading the text: its kind and (part of) its evidence. */
export interface Expectation {
  kind: FlagKind;
  text: string;
  field?: 'title' | 'body';
}

export interface Case {
  name: string;
  input: FlagInput;
  expect: Expectation[];
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

export interface Score {
  precision: number;
  recall: number;
  expected: number;
  report: string;
}

/**
 * Precision (flags that match an expectation of their kind by overlapping its
 * words) and recall (expectations some flag matches). An expectation whose
 * words are not in the input (cleaning removed them) is "not applicable".
 */
export function score(title: string, cases: Case[]): Score {
  const tallies = new Map<FlagKind, Tally>(FLAG_KINDS.map((k) => [k, { expected: 0, found: 0, flags: 0, correct: 0, notApplicable: 0 }]));
  const misses: string[] = [];
  const unexpected: string[] = [];
  for (const c of cases) {
    const { flags } = detectFlags(c.input);
    const located = c.expect.map((e) => ({ e, at: occurrences(c.input, e) }));
    const hits = (f: Flag, e: Expectation, at: { key: string; start: number; end: number }[]) => f.kind === e.kind && at.some((o) => o.key === keyOf(f) && f.start < o.end && o.start < f.end);
    for (const { e, at } of located) {
      const t = tallies.get(e.kind)!;
      if (at.length === 0) {
        t.notApplicable++;
        continue;
      }
      t.expected++;
      if (flags.some((f) => hits(f, e, at))) t.found++;
      else misses.push(`${c.name} ${e.kind}: ${e.text}`);
    }
    for (const f of flags) {
      const t = tallies.get(f.kind)!;
      t.flags++;
      if (located.some(({ e, at }) => hits(f, e, at))) t.correct++;
      else unexpected.push(`${c.name} ${f.kind}: ${f.text}`);
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}%`);
  const all = [...tallies.values()].reduce((a, t) => ({ expected: a.expected + t.expected, found: a.found + t.found, flags: a.flags + t.flags, correct: a.correct + t.correct }), { expected: 0, found: 0, flags: 0, correct: 0 });
  const rows = [...tallies].map(([kind, t]) => `${kind.padEnd(26)} precision ${pct(t.correct, t.flags).padStart(4)} (${t.correct}/${t.flags})  recall ${pct(t.found, t.expected).padStart(4)} (${t.found}/${t.expected})${t.notApplicable ? `  n/a ${t.notApplicable}` : ''}`);
  const report = [title, ...rows, `${'overall'.padEnd(26)} precision ${pct(all.correct, all.flags)} (${all.correct}/${all.flags})  recall ${pct(all.found, all.expected)} (${all.found}/${all.expected})`, 'missed:', ...misses.map((m) => `  ${m}`), 'unexpected:', ...unexpected.map((m) => `  ${m}`)].join('\n');
  return { precision: all.flags === 0 ? 1 : all.correct / all.flags, recall: all.expected === 0 ? 1 : all.found / all.expected, expected: all.expected, report };
}
