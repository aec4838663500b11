import { OutletFinder, type OutletMention } from './outlets.ts';
import { analyse, type Sentence, type Span, type TextView } from './text.ts';
import type { Flag, FlagInput, FlagKind, Severity } from './types.ts';

/** Everything a detector reads: the input plus analyses computed once per brief. */
export interface FlagContext {
  input: FlagInput;
  title: TextView;
  body: TextView;
  outlets: OutletFinder;
  /** Outlet mentions in the body, named and anaphoric, first to last. */
  bodyOutlets: OutletMention[];
}

export interface Detector {
  /** Recorded on every flag the detector makes. */
  name: string;
  /**
   * 'english' for a detector that reads English wording (its word lists, its verbs of saying): it runs on
   * English briefs and on briefs whose language is unknown. Elsewhere it would miss the language's own
   * wording ("sagte", "selon") and flag what only looks like English ("extreme", German "war").
   */
  reads?: 'english';
  detect(ctx: FlagContext): Flag[];
}

export function createContext(input: FlagInput): FlagContext {
  const title = analyse(input.title);
  const body = analyse(input.body);
  let outlets: OutletFinder | undefined;
  let bodyOutlets: OutletMention[] | undefined;
  // Found when a detector first asks (the wording detectors, which do not run on every brief).
  return {
    input,
    title,
    body,
    get outlets() {
      return (outlets ??= new OutletFinder(input));
    },
    get bodyOutlets() {
      if (!bodyOutlets) {
        const named = this.outlets.find(body);
        bodyOutlets = [...named, ...this.outlets.anaphors(body, { start: 0, end: body.text.length }, named)].sort((a, b) => a.start - b.start);
      }
      return bodyOutlets;
    },
  };
}

export interface FlagDraft {
  kind: FlagKind;
  severity: Severity;
  reason: string;
  chain?: string[];
}

/** A flag on a span of the title or body, trimmed of surrounding spaces and punctuation. */
export function flagOn(field: 'title' | 'body', view: TextView, span: Span, detector: string, draft: FlagDraft): Flag {
  let { start, end } = span;
  const t = view.text;
  while (start < end && /[\s,;:]/u.test(t[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(t[end - 1]!)) end--;
  const flag: Flag = { kind: draft.kind, severity: draft.severity, field, start, end, text: t.slice(start, end), reason: draft.reason, detector };
  if (draft.chain) flag.chain = draft.chain;
  return flag;
}

/**
 * The part of a sentence before an offset, from the last clause break (";", ":", a dash, or
 * ", but" / ", yet", after which the writer speaks again: "X called it a crime, but the reckless…").
 */
export function clauseBefore(view: TextView, sentence: Sentence, offset: number): string {
  const before = view.norm.slice(sentence.start, offset);
  const lower = before.toLowerCase();
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(': '), before.lastIndexOf(' - '), lower.lastIndexOf(', but '), lower.lastIndexOf(', yet '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** Before a cue word, a determiner or possessive makes it a noun: "a phone call", "had his say", "the claims". */
const NOUN_BEFORE = /(?:^|[^\p{L}'-])(?:a|an|the|this|these|those|his|her|their|its|our|my|your|any|no|such|every|each|phone|whose)\s+$/iu;

/**
 * The writer as the one who says or thinks: "as I said", "we believe", "most of us remember"
 * credit no one else. A "you" is left to credit: mostly anyone at all ("when you say it").
 */
const PERSON_BEFORE = /(?:^|[^\p{L}'-])(?:i|we|of us)\s+(?:(?:do|did|don['’]t|didn['’]t|really|still|also|always|might|may|would|could|can)\s+)?$/iu;

/**
 * Someone else is credited earlier in the clause: an attribution cue (a global regex over
 * folded text, e.g. "said", "according to") used as a verb. "Calls for" is a demand, not
 * someone's words, and a cue after a determiner is a noun ("after a phone call").
 */
export function creditedBefore(view: TextView, sentence: Sentence, offset: number, cues: RegExp): boolean {
  return creditedIn(clauseBefore(view, sentence, offset), cues);
}

/** creditedBefore over a given stretch of a clause; a detector may rule out more of its cues by their context (notCredit). */
export function creditedIn(clause: string, cues: RegExp, notCredit?: (before: string, after: string) => boolean): boolean {
  cues.lastIndex = 0;
  for (let m = cues.exec(clause); m; m = cues.exec(clause)) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    if (endsWith(NOUN_BEFORE, before) || endsWith(PERSON_BEFORE, before)) continue;
    if (/^call/iu.test(m[0]) && /^\s+for\b/iu.test(after)) continue;
    if (notCredit?.(before, after)) continue;
    return true;
  }
  return false;
}

/**
 * Whether a pattern anchored at its end ("…\s+$") matches the end of a text, trying only the
 * text's last words: the patterns span a few words, and a regex anchored at the end is tried
 * at every offset, so testing a whole clause once for each cue in it would cost its length
 * each time (a long sentence of cues would take seconds).
 */
export function endsWith(pattern: RegExp, text: string): boolean {
  return pattern.test(text.length > LAST_WORDS ? text.slice(-LAST_WORDS) : text);
}
const LAST_WORDS = 64;

/** Not "in" the outlet's voice: inside quotation marks, including a quotation that runs on from or into another paragraph. */
export function quoted(view: TextView, span: Span): boolean {
  return within(view.quotes, span) || within(view.openQuotes, span);
}

function within(quotes: readonly Span[], span: Span): boolean {
  for (const q of quotes) {
    if (q.start > span.start) break;
    if (span.end <= q.end) return true;
  }
  return false;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A sentence that ends by crediting someone ("…, the union warned on Wednesday.",
 * "…, police said.", "…, according to X."): everything before is their claim.
 */
const TRAILING_ATTRIBUTION = /,\s*(?:(?:[\p{L}.'’-]+\s+){1,6}?(?:said|says|warned|warns|told\s+[\p{L}\s]+|claimed|claims|added|argued|insisted|stated|noted|reported|wrote|predicted|estimated)|(?:said|says|warned|added|told)\s+(?:[\p{L}.'’-]+\s*){1,6}?|according\s+to\s+[^,]{1,60}?)(?:\s+(?:on|in|at|last|this)\s+[\p{L}\d ]{1,20})?\s*[.!?]?["”]?\s*$/u;

export function attributedSentence(view: TextView, sentence: Sentence): boolean {
  sentence.attributed ??= TRAILING_ATTRIBUTION.test(view.norm.slice(sentence.start, sentence.end));
  return sentence.attributed;
}
