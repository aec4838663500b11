import { briefProblems } from '../collections/check-briefs.ts';
import { withoutInlineRepeats } from '../collections/authored-flags.ts';
import { lineColumn, readAuthoredBrief } from '../pipeline/authored/brief.ts';
import { withFlagEdits } from '../pipeline/authored/flags.ts';
import type { Frontmatter } from '../pipeline/authored/frontmatter.ts';
import { applyLinkEdits, knownEntities, type EntityLike } from '../pipeline/authored/link-edits.ts';
import { sourceOffset, type Prose } from '../pipeline/authored/prose.ts';
import { isFlagList } from '../pipeline/flags/merge.ts';
import type { Flag } from '../pipeline/flags/types.ts';

/**
 * The lint for a hand-written brief (`npm run flags -- content/briefs/x.mdx`): the flags its
 * page will show, found as the build finds them, and what an author must fix, each at its
 * line and column in the .mdx file.
 */

export interface Finding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A flag's severity; `warning` for a stale `flags:` entry; `error` for what stops the build. */
  severity: string;
  kind: string;
  message: string;
  /** Set for a flag the detectors found (and the author has not set aside). */
  flag?: Flag;
}

export interface Lint {
  findings: Finding[];
  /** Set when the brief amends a generated brief: its flags are the seed's (lint the seed). */
  amends: string | null;
}

export function lintBrief(file: string, bytes: Uint8Array, corpusEntities: Iterable<EntityLike> = []): Lint {
  const problems = briefProblems(bytes);
  if (problems.length > 0) {
    const findings = problems.map((p): Finding => ({ line: p.line ?? 1, column: p.column ?? 1, severity: 'error', kind: p.kind, message: p.message }));
    return { findings: findings.sort((a, b) => a.line - b.line || a.column - b.column), amends: null };
  }
  const source = new TextDecoder().decode(bytes);
  const { brief, prose, frontmatter } = readAuthoredBrief(file, source);
  if (brief.seed) {
    // An amendment keeps the generated brief's links (ARCHITECTURE.md, "Author amendments").
    const ignored = brief.linkEdits.map((e): Finding => ({ line: e.line, column: e.column, severity: 'warning', kind: e.field, message: `"${e.value}" is not applied: an amendment keeps the generated brief's topics and entities` }));
    return { findings: ignored, amends: brief.seed };
  }
  const at = lineColumn(source);
  const findings: Finding[] = [];

  // As on the page: a <Flag> on the same words says it in the author's words.
  const detected = withoutInlineRepeats(brief.flags, source);
  const edits = frontmatter.data.flags;
  for (const flag of withFlagEdits<Flag>(detected, edits)) {
    if (flag.suppressed || flag.detector === 'editor') continue;
    const [start, end] = flagPlace(flag, source, prose, frontmatter);
    const from = at(start);
    const to = at(end);
    findings.push({ line: from.line, column: from.column, endLine: to.line, endColumn: to.column, severity: flag.severity, kind: flag.kind, message: `“${flag.text}” — ${flag.reason}`, flag });
  }
  if (isFlagList(edits)) {
    edits.forEach((edit, i) => {
      if (!edit.suppressed || detected.some((f) => f.kind === edit.kind && f.text === edit.text && (edit.start === undefined || f.start === edit.start))) return;
      const { line, column } = at(frontmatter.offsetOf(['flags', i]) ?? 0);
      findings.push({ line, column, severity: 'warning', kind: 'flags', message: `sets aside a ${edit.kind} flag on “${edit.text}”, but no such flag is found in the brief: remove the entry, or check its kind and text` });
    });
  }
  const known = knownEntities([...corpusEntities, ...brief.features.entities]);
  for (const { item, message } of applyLinkEdits(brief.features, brief.linkEdits, known).problems) {
    findings.push({ line: item.line, column: item.column, severity: 'error', kind: item.field, message });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { findings, amends: null };
}

/** Source offsets of a flag's evidence: in the prose, or in the frontmatter value it was found in. */
function flagPlace(flag: Flag, source: string, prose: Prose, frontmatter: Frontmatter): [number, number] {
  if (flag.field === 'body') {
    const start = sourceOffset(prose, flag.start, source) ?? 0;
    const last = sourceOffset(prose, Math.max(flag.start, flag.end - 1), source);
    return [start, last === null ? start + flag.text.length : last + 1];
  }
  const value = frontmatter.offsetOf(flag.field === 'title' ? ['title'] : [flag.field, flag.index ?? 0]) ?? 0;
  const found = source.indexOf(flag.text, value);
  const start = found >= 0 && !source.slice(value, found).includes('\n') ? found : value;
  return [start, start + flag.text.length];
}
