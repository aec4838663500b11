import { describe, expect, it } from 'vitest';
import { checkBriefSource } from '../../src/collections/check-briefs.ts';
import { mayHaveInlineFlags, readInlineFlags } from '../../src/collections/inline-flags.ts';
import { flagAnchor, flagNoteId } from '../../src/pipeline/flags/anchor.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readInlineFlags', () => {
  it('reads kind, reason, severity and the words a <Flag> wraps, formatting and line breaks included', () => {
    const { flags, problems, occurrences } = readInlineFlags(
      '---\ntitle: T\n---\n\nThey were <Flag kind="loaded-language" reason="Accuses without evidence.">*openly*\nstealing</Flag> berths; <Flag kind="speculation" severity="info" reason="A guess.">may `soon`</Flag> close.\n',
    );
    expect(problems).toEqual([]);
    expect(flags).toEqual([
      { kind: 'loaded-language', severity: 'caution', field: 'body', text: 'openly stealing', reason: 'Accuses without evidence.', detector: 'editor' },
      { kind: 'speculation', severity: 'info', field: 'body', text: 'may soon', reason: 'A guess.', detector: 'editor' },
    ]);
    expect(occurrences.map((o) => o.anchor)).toEqual([flagAnchor(flags[0]!), flagAnchor(flags[1]!)]);
    expect(occurrences[0]!.note).toBe(flagNoteId(flags[0]!));
  });

  it('counts the same words flagged twice with one kind as one flag, with one id', () => {
    const tag = '<Flag kind="loaded-language" reason="R.">stealing</Flag>';
    const { flags, occurrences } = readInlineFlags(`${tag} and ${tag}, and <Flag kind="speculation" reason="R.">stealing</Flag>.\n`);
    expect(flags.map((f) => f.kind)).toEqual(['loaded-language', 'speculation']);
    expect(occurrences.map((o) => o.anchor === null)).toEqual([false, true, false]);
    expect(occurrences[1]!.note).toBe(occurrences[0]!.note);
  });

  it('accepts a <Flag> on a line of its own that wraps words, and ignores other tags', () => {
    const { flags, problems } = readInlineFlags('<Flag kind="secondhand" reason="Relayed.">according to the Gazette</Flag>\n\n<Callout>Not a flag.</Callout>\n');
    expect(problems).toEqual([]);
    expect(flags.map((f) => f.text)).toEqual(['according to the Gazette']);
  });

  it('reports each bad <Flag> with its line and column and the fix, and keeps none of them', () => {
    const source = [
      'One <Flag kind="loaded-langauge" reason="R.">a</Flag>.',
      '',
      'Two <Flag reason="R.">b</Flag> and <Flag kind="speculation">c</Flag>.',
      '',
      'Three <Flag kind={kind} reason="R.">d</Flag> <Flag kind="speculation" reason="R." severity="high">e</Flag> <Flag kind="speculation" reason="R."> </Flag>.',
      '',
      '<Flag kind="speculation" reason="R.">',
      'A whole paragraph.',
      '</Flag>',
    ].join('\n');
    const { flags, problems } = readInlineFlags(source);
    expect(flags).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/^1:5: <Flag kind="loaded-langauge"> is not a flag kind; use one of: publisher-disclosure, secondhand, .*promotional-contamination$/),
      expect.stringMatching(/^3:5: <Flag> needs a kind/),
      expect.stringMatching(/^3:36: <Flag> needs a reason/),
      expect.stringMatching(/^5:7: <Flag kind=…> must be a quoted text/),
      expect.stringMatching(/^5:7: <Flag> needs a kind/),
      expect.stringMatching(/^5:46: <Flag severity="high"> is not a severity; use one of: info, caution, warning/),
      expect.stringMatching(/^5:108: <Flag> wraps no words/),
      expect.stringMatching(/^7:1: <Flag> must wrap words within a paragraph/),
    ]);
  });

  it('is skipped cheaply for text without the tag, such as escaped generated text', () => {
    expect(mayHaveInlineFlags('Seed text with \\<Flag kind="x"> escaped')).toBe(true);
    expect(readInlineFlags('Seed text with \\<Flag kind="x"> escaped.\n').flags).toEqual([]);
    expect(mayHaveInlineFlags('A <Flagpole> is only a candidate.')).toBe(true);
    expect(mayHaveInlineFlags('Nothing here.')).toBe(false);
  });
});

describe('checkBriefSource with <Flag>', () => {
  it('names the file and line of an unknown kind', () => {
    expect(checkBriefSource('content/briefs/x.mdx', encode('---\ntitle: T\n---\n\nA <Flag kind="spin" reason="R.">word</Flag>.\n'))).toEqual([
      expect.stringMatching(/^content\/briefs\/x\.mdx:5:3: <Flag kind="spin"> is not a flag kind; use one of: /),
    ]);
  });

  it('accepts a valid <Flag>', () => {
    expect(checkBriefSource('content/briefs/x.mdx', encode('---\ntitle: T\n---\n\nA <Flag kind="speculation" reason="R.">word</Flag>.\n'))).toEqual([]);
  });
});
