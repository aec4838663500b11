import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { capitalisedRuns, countryOf } from '../places.ts';
import type { Sentence, TextView } from '../text.ts';
import type { Flag } from '../types.ts';

interface Claim {
  verb: string;
  /** The verb as the headline writes it, for the reason. */
  said?: string;
  agent: string;
  patient: string | null;
}

const AUX = /^(?:has|have|had|is|are|was|were|will|would|did|does|do|been|being|be|not|never|also|publicly|formally|officially|reportedly|now|just|already|again|\s)+$/iu;

/** Verb lemma by suffix stripping: "denied", "denies", "denying" -> "deni"/"deny" -> one key. */
export function lemma(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.endsWith('es')) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/** A named actor as a canonical key: countries by their name (Moscow, Russian -> Russia), others as written. */
function actor(name: string): string {
  return countryOf(name) ?? name.replace(/^The\s+/, '');
}

/** "Russia denied key technology by China": agent China (a headline passive drops "was"). */
function headlineClaim(title: string): Claim | null {
  const text = title.replace(/^[^:]{1,40}:\s+/, '');
  const runs = capitalisedRuns(text).filter((r) => countryOf(r.text) || /\s/.test(r.text));
  if (runs.length < 2) return null;
  const first = runs[0]!;
  const verbMatch = /^\s+(?:(?:has|have|had|is|are|was|were)\s+)?([\p{L}]+)/u.exec(text.slice(first.end));
  if (!verbMatch) return null;
  const verb = verbMatch[1]!;
  if (!/(?:ed|en|s)$/i.test(verb)) return null;
  const rest = text.slice(first.end + verbMatch[0].length);
  const by = /\bby\s+((?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)*)/u.exec(rest);
  if (by && /ed$|en$/i.test(verb)) return { verb: lemma(verb), said: verb, agent: actor(by[1]!), patient: actor(first.text) };
  const second = runs.find((r) => r.start >= first.end + verbMatch[0].length);
  return { verb: lemma(verb), said: verb, agent: actor(first.text), patient: second ? actor(second.text) : null };
}

/** The same verb in a lede sentence, with the last named actor before it as its agent. */
function ledeClaim(view: TextView, sentence: Sentence, verb: string): Claim | null {
  for (const w of sentence.words) {
    if (lemma(w.text) !== verb || !/^\p{Ll}/u.test(w.text)) continue;
    const before = view.text.slice(sentence.start, w.start);
    const runs = capitalisedRuns(before, sentence.start).filter((r) => r.start > sentence.start || countryOf(r.text));
    const agentRun = [...runs].reverse().find((r) => countryOf(r.text) || /\s/.test(r.text));
    if (!agentRun) continue;
    // Only words like "has publicly" between the agent and its verb: otherwise the agent is not the subject.
    const gap = view.text.slice(agentRun.end, w.start).replace(/['’]s\b/, '');
    if (gap.trim() !== '' && !AUX.test(gap)) continue;
    const passive = /^\s*(?:was|were|is|are|been)\b/iu.test(gap);
    if (passive) continue;
    const after = capitalisedRuns(view.text.slice(w.end, sentence.end), w.end).find((r) => countryOf(r.text) || /\s/.test(r.text));
    return { verb, agent: actor(agentRun.text), patient: after ? actor(after.text) : null };
  }
  return null;
}

/**
 * The headline's claim against the lede's: when both use the same verb but
 * with different actors (who did what to whom), the headline misreports the
 * story. Names are compared as countries where they are one (Moscow = Russia).
 */
export const headlineBodyMismatch: Detector = {
  name: 'headline-body-mismatch',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    if (!ctx.input.titleIsHeadline) return [];
    const claim = headlineClaim(ctx.title.text);
    if (!claim) return [];
    for (const s of ctx.body.sentences.filter((x) => x.lede)) {
      const lede = ledeClaim(ctx.body, s, claim.verb);
      if (!lede || lede.agent === claim.agent) continue;
      const swapped = claim.patient !== null && lede.agent === claim.patient;
      if (!swapped && lede.patient !== claim.agent) continue;
      const text = ctx.title.text;
      return [flagOn('title', ctx.title, { start: 0, end: text.length }, this.name, {
        kind: 'headline-body-mismatch',
        severity: 'warning',
        reason: `The headline has ${claim.agent} as the one who ${claim.said ?? claim.verb}, but the story's opening says ${lede.agent} did${lede.patient ? `, towards ${lede.patient}` : ''}.`,
      })];
    }
    return [];
  },
};
