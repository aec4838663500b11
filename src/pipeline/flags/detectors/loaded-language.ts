import lexicon from '../lexicons/loaded-language.json' with { type: 'json' };
import { attributedSentence, clauseBefore, flagOn, quoted, type Detector, type FlagContext } from '../context.ts';
import { fold, matchesIn, phraseRegex, type Sentence, type TextView } from '../text.ts';
import type { Flag } from '../types.ts';

type Category = 'accusation' | 'emotion' | 'emotive' | 'pejorative';

interface Term {
  category: Category;
  re: RegExp;
  neutralAfter: RegExp | null;
  neutralBefore: RegExp | null;
  requireCapitalBefore: boolean;
}

const TERMS: Term[] = lexicon.terms.map((t) => ({
  category: t.category as Category,
  re: phraseRegex(t.forms),
  neutralAfter: 'neutralAfter' in t && t.neutralAfter ? new RegExp(`^\\s+(?:${t.neutralAfter.map(escape).join('|')})\\b`, 'iu') : null,
  neutralBefore: 'neutralBefore' in t && t.neutralBefore ? new RegExp(`\\b(?:${t.neutralBefore.map(escape).join('|')})\\s+$`, 'iu') : null,
  requireCapitalBefore: 'requireCapitalBefore' in t && t.requireCapitalBefore === true,
}));
const IDIOMS = new RegExp(lexicon.idioms.map((i) => `(?:${i})`).join('|'), 'giu');
const ATTRIBUTED = phraseRegex(lexicon.attributionCues);
const CRIME_REPORT = /\b(?:police|prosecutors?|detectives?|investigators|the court|convicted|arrested|sentenced)\b/iu;

function escape(s: string): string {
  return fold(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

const REASONS: Record<Category | 'idiom', (w: string) => string> = {
  accusation: (w) => `“${w}” states an accusation in the outlet's own voice, without saying who makes it.`,
  emotion: (w) => `“${w}” ascribes an emotion the story does not show anyone expressing.`,
  emotive: (w) => `“${w}” is an emotive judgement rather than a description.`,
  pejorative: (w) => `“${w}” is a pejorative label, not neutral wording.`,
  idiom: (w) => `“${w}” dramatises the events instead of reporting them.`,
};

/**
 * Emotive or pejorative wording in the outlet's own voice. A word is not
 * flagged inside a quotation (the speaker's words), after an attribution in the
 * same clause ("X accused Y of stealing"), or in a neutral sense listed with it
 * ("steal market share", "identity theft").
 */
export const loadedLanguage: Detector = {
  name: 'loaded-language',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    const scan = (field: 'title' | 'body', view: TextView) => {
      for (const sentence of view.sentences) {
        for (const term of TERMS) {
          for (const m of matchesIn(view, sentence, term.re)) {
            const span = { start: m.index, end: m.index + m[0].length };
            if (!inOutletVoice(view, sentence, span)) continue;
            const after = view.norm.slice(span.end, span.end + 40);
            const before = view.norm.slice(Math.max(sentence.start, span.start - 40), span.start);
            if (term.neutralAfter?.test(after) || term.neutralBefore?.test(before)) continue;
            if (term.requireCapitalBefore && !/[A-Z][\p{L}'-]*\s+$/u.test(before)) continue;
            // In a crime report the theft is the established event, reported on the authorities' word.
            const setting = field === 'title' ? ctx.input.body : (view.blocks[sentence.paragraph]?.text ?? '');
            if (term.category === 'accusation' && CRIME_REPORT.test(setting)) continue;
            flags.push(flagOn(field, view, span, this.name, { kind: 'loaded-language', severity: field === 'title' ? 'warning' : 'caution', reason: REASONS[term.category](m[0]) }));
          }
        }
        for (const m of matchesIn(view, sentence, IDIOMS)) {
          const span = { start: m.index, end: m.index + m[0].length };
          if (!inOutletVoice(view, sentence, span)) continue;
          flags.push(flagOn(field, view, span, this.name, { kind: 'loaded-language', severity: field === 'title' ? 'warning' : 'caution', reason: REASONS.idiom(view.text.slice(span.start, span.end)) }));
        }
      }
    };
    if (ctx.input.titleIsHeadline) scan('title', ctx.title);
    scan('body', ctx.body);
    return flags;
  },
};

function inOutletVoice(view: TextView, sentence: Sentence, span: { start: number; end: number }): boolean {
  if (quoted(view, span) || attributedSentence(view, sentence)) return false;
  ATTRIBUTED.lastIndex = 0;
  return !ATTRIBUTED.test(clauseBefore(view, sentence, span.start));
}
