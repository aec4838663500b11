import lexicon from '../lexicons/speculation.json' with { type: 'json' };
import { attributedSentence, clauseBefore, flagOn, quoted, type Detector, type FlagContext } from '../context.ts';
import { matchesIn, phraseRegex, type Sentence, type Span, type TextView } from '../text.ts';
import type { Flag, Severity } from '../types.ts';

const STRONG = phraseRegex(lexicon.strongPhrases);
const WEAK = phraseRegex(lexicon.weakFromHedges);
const ATTRIBUTED = phraseRegex(lexicon.attributionCues);
/** "in May 2019", "since May", "May 5": the month, not the modal. */
const MONTH_BEFORE = /\b(?:in|of|since|until|till|by|from|early|late|mid|last|next|this|during|before|after|to)\s+$/iu;
const MONTH_AFTER = /^\s*(?:\d|,\s*\d|and\s+[A-Z]|or\s+[A-Z]|-\s*[A-Z])/u;

interface Hit extends Span {
  strong: boolean;
}

/**
 * Conjecture presented as news: prediction phrases anywhere in the outlet's
 * voice, and any hedge in the headline or lede, where it shapes what readers
 * take away. Elsewhere one modal is ordinary caution; stacked hedges are not.
 */
export const speculation: Detector = {
  name: 'speculation',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    if (ctx.input.titleIsHeadline) {
      for (const s of ctx.title.sentences) {
        const hits = hitsIn(ctx.title, s).filter((h) => !quoted(ctx.title, h));
        if (hits.length > 0) flags.push(make(ctx.title, 'title', hits, 'warning', 'The headline presents a guess about what may happen as its news.', this.name));
      }
    }
    const view = ctx.body;
    for (const s of view.sentences) {
      const hits = hitsIn(view, s).filter((h) => !quoted(view, h));
      if (hits.length === 0) continue;
      const voiced = hits.filter((h) => !attributed(view, s, h));
      const strong = voiced.filter((h) => h.strong);
      if (s.lede && voiced.length > 0) {
        flags.push(make(view, 'body', voiced, 'caution', 'The opening of the story rests on conjecture, which readers may take as established fact.', this.name));
      } else if (strong.length > 0) {
        flags.push(make(view, 'body', voiced, 'info', 'A prediction or guess is written as part of the news rather than credited to someone.', this.name));
      } else if (voiced.length >= 2) {
        flags.push(make(view, 'body', voiced, 'info', 'Several hedges are stacked in one sentence: the claim is conjecture.', this.name));
      }
    }
    return flags;
  },
};

function hitsIn(view: TextView, s: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesIn(view, s, STRONG)) hits.push({ start: m.index, end: m.index + m[0].length, strong: true });
  for (const m of matchesIn(view, s, WEAK)) {
    const span = { start: m.index, end: m.index + m[0].length, strong: false };
    if (hits.some((h) => span.start < h.end && h.start < span.end)) continue;
    if (isMonth(view, s, span)) continue;
    hits.push(span);
  }
  return hits.sort((a, b) => a.start - b.start);
}

function isMonth(view: TextView, s: Sentence, span: Span): boolean {
  const word = view.text.slice(span.start, span.end);
  if (word !== 'May') return false;
  if (span.start > s.start && !/[.!?:"“]\s*$/u.test(view.text.slice(s.start, span.start))) return true;
  return MONTH_BEFORE.test(view.norm.slice(s.start, span.start)) || MONTH_AFTER.test(view.norm.slice(span.end, span.end + 8));
}

function attributed(view: TextView, s: Sentence, hit: Span): boolean {
  if (attributedSentence(view, s)) return true;
  ATTRIBUTED.lastIndex = 0;
  return ATTRIBUTED.test(clauseBefore(view, s, hit.start));
}

function make(view: TextView, field: 'title' | 'body', hits: Span[], severity: Severity, reason: string, detector: string): Flag {
  const start = hits[0]!.start;
  const end = hits[hits.length - 1]!.end;
  const words = hits.map((h) => `“${view.text.slice(h.start, h.end)}”`).join(', ');
  return flagOn(field, view, { start, end }, detector, { kind: 'speculation', severity, reason: `${reason} (${words})` });
}
