import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintBrief } from '../../../src/cli/brief-lint.ts';
import { readAuthoredBrief } from '../../../src/pipeline/authored/brief.ts';

const FILE = 'tests/fixtures/authored/briefs/ferry-strike.mdx';
const SOURCE = readFileSync(join(import.meta.dirname, '../../..', FILE), 'utf8');
const lint = (source: string) => lintBrief(FILE, new TextEncoder().encode(source));
const lineAt = (source: string, line: number) => source.split('\n')[line - 1]!;

describe('flags of a hand-written brief', () => {
  it('are found in its prose by the pipeline detectors', () => {
    const { brief } = readAuthoredBrief(FILE, SOURCE);
    expect(brief.flags.map((f) => [f.kind, f.text])).toEqual([
      ['loaded-language', 'humiliating'],
      ['anonymous-sourcing', 'According to people familiar with the talks'],
      ['unverifiable-quote', 'regrets the disruption'],
    ]);
  });

  it('are not raised on a component prop, a code block, inline code or a comment, though each holds words that flag in prose', () => {
    const { brief, prose } = readAuthoredBrief(FILE, SOURCE);
    // The one loaded word flagged is the prose one; the same words elsewhere are not.
    expect(brief.flags.filter((f) => f.kind === 'loaded-language')).toHaveLength(1);
    expect(prose.body.slice(brief.flags[0]!.start, brief.flags[0]!.end)).toBe('humiliating');
    expect(SOURCE.match(/humiliating/g)).toHaveLength(5);
  });

  it('are linted at the line and column of the flagged words in the .mdx file', () => {
    const { findings } = lint(SOURCE);
    expect(findings.map((f) => [f.line, f.column, f.severity, f.kind])).toEqual([
      [12, 67, 'caution', 'loaded-language'],
      [15, 1, 'caution', 'anonymous-sourcing'],
      [16, 47, 'caution', 'unverifiable-quote'],
    ]);
    for (const f of findings) {
      expect(lineAt(SOURCE, f.line).slice(f.column - 1)).toMatch(new RegExp(`^${f.flag!.text}`));
      expect(f.endLine).toBe(f.line);
      expect(f.endColumn! - f.column).toBe(f.flag!.text.length);
    }
  });

  it('points at a headline flag in the frontmatter', () => {
    const source = SOURCE.replace('title: Ferry crews walk out', 'title: Furious ferry crews walk out');
    const [finding] = lint(source).findings;
    expect(finding).toMatchObject({ line: 2, column: 8, kind: 'loaded-language' });
    expect(finding!.flag!.field).toBe('title');
  });

  it('can be set aside with a reason in `flags:`, and a stale entry is a warning at its line', () => {
    const source = SOURCE.replace(
      'date: 2025-05-14\n',
      [
        'date: 2025-05-14',
        'flags:',
        '  - kind: loaded-language',
        '    text: humiliating',
        '    reason: An emotive word.',
        '    suppressed:',
        '      reason: The union used the word in its statement.',
        '  - kind: speculation',
        '    text: no such words',
        '    reason: A guess.',
        '    suppressed:',
        '      reason: Not there.',
        '',
      ].join('\n'),
    );
    const { findings } = lint(source);
    expect(findings.map((f) => f.kind)).toEqual(['flags', 'anonymous-sourcing', 'unverifiable-quote']);
    expect(findings[0]).toMatchObject({ line: 13, column: 5, severity: 'warning' });
    expect(lineAt(source, 13)).toBe('  - kind: speculation');
  });

  it('leaves flags an author raised with <Flag> on the same words to the author', () => {
    const source = SOURCE.replace('a humiliating defeat for', 'a <Flag kind="loaded-language" reason="Our word for it.">humiliating</Flag> defeat for');
    expect(lint(source).findings.map((f) => f.kind)).toEqual(['anonymous-sourcing', 'unverifiable-quote']);
  });

  it('reports what would stop the build as errors, at their place', () => {
    const { findings } = lint('---\ntitle: A\ntopics: [diplomcy]\n---\n\nText {broken.\n');
    expect(findings).toEqual([expect.objectContaining({ line: 6, severity: 'error', kind: 'mdx' })]);
    const edits = lint('---\ntitle: A\ntopics: [diplomcy]\nentities:\n  - Europian Union\n---\n\nThe council met.\n').findings;
    expect(edits).toEqual([
      { line: 3, column: 10, severity: 'error', kind: 'topics', message: '"diplomcy" is not a topic: did you mean "diplomacy"?' },
      { line: 5, column: 5, severity: 'error', kind: 'entities', message: '"Europian Union" is not a known entity: did you mean "European Union"?' },
    ]);
  });

  it('leaves an amendment to its seed, and says its topic and entity edits are not applied', () => {
    expect(lint('---\ntitle: A\nseed: 001_x\n---\n\nA humiliating defeat.\n')).toEqual({ findings: [], amends: '001_x' });
    expect(lint('---\ntitle: A\nseed: 001_x\ntopics: [trade]\n---\n').findings).toEqual([expect.objectContaining({ line: 4, column: 10, severity: 'warning', kind: 'topics' })]);
  });
});
