import sourcing from '../lexicons/sourcing.json' with { type: 'json' };
import lexicon from '../lexicons/speculation.json' with { type: 'json' };
import { attributedSentence, creditedBefore, flagOn, quoted, type Detector, type FlagContext } from '../context.ts';
import { PhraseIndex, tokensOf } from '../phrases.ts';
import { phraseNeeds, phraseRegex, sentenceMatcher, type Sentence, type Span, type TextView } from '../text.ts';
import type { Flag, Severity } from '../types.ts';

/**
 * What a cue says about the claim around it (the cue classes of the CoNLL-2010 uncertainty
 * guidelines): a prediction or guess written as news, a hedge word, a claim credited to no one
 * ("some say", "it is believed"), a vague quantity standing in for a count ("many"), or praise
 * credited to no one ("one of the most famous").
 */
type Cue = 'prediction' | 'hedge' | 'weasel' | 'quantity' | 'superlative';

interface Hit extends Span {
  cue: Cue;
}

const STRONG = phraseRegex(lexicon.strongPhrases);
/** STRONG without its assertions: one scan of the text finds the few sentences worth trying it on. */
const STRONG_NEEDS = phraseNeeds(lexicon.strongPhrases);
const CUES = new PhraseIndex<Cue>();
for (const w of lexicon.weakFromHedges) CUES.add(w, 'hedge');
for (const w of lexicon.hedgeCues) CUES.add(w, 'hedge');
for (const w of lexicon.weaselClaims) CUES.add(w, 'weasel');
for (const w of lexicon.vagueQuantifiers) CUES.add(w, 'quantity');
for (const w of lexicon.unattributedSuperlatives) CUES.add(w, 'superlative');
const ATTRIBUTED = phraseRegex(lexicon.attributionCues, 'giu', false);
/** "Some officials", "several analysts": unnamed sources, which the anonymous-sourcing detector reports. */
const SOURCE_NOUNS = new Set(sourcing.sourceNouns);
const SOURCE_WITHIN = 4;

/** "in May 2019", "since May", "May 5": the month, not the modal. */
const MONTH_BEFORE = /\b(?:in|of|since|until|till|by|from|early|late|mid|last|next|this|during|before|after|to)\s+$/iu;
const MONTH_AFTER = /^\s*(?:\d|,\s*\d|and\s+[A-Z]|or\s+[A-Z]|-\s*[A-Z])/u;
/**
 * A date a page prints in lower case ("may 23 1825", "on may 5", "11 may 1756"): a modal is never followed by a number,
 * but a count may stand before one ("all 11 may face charges"), so a day before it needs a year after it.
 */
const LOWER_MONTH_AFTER = /^\s+\d/u;
const LOWER_MONTH_BETWEEN = { before: /(?<![\d.,])\d{1,2}\.?\s+$/u, after: /^\s+\d{4}(?!\d)/u };
/**
 * What people in a role are allowed to do ("Guests may bring food", "Players may bid", "Members may not vote"): a rule's
 * "may", which grants, not a guess. It needs both a role's plural right before it and a verb of choosing or doing after it,
 * so "Residents may lose power" stays a guess.
 */
const PERMITTED_AFTER = /^\s+(?:(?:not|also|only|still|then|now|freely|either)\s+)?(?:choose|opt|elect|bid|bring|download|apply|request|submit|register|attend|participate|appeal|retain|borrow|rent|visit|contact|access|use|enter|vote|purchase|buy|construct|build|play|join|ask|order|reserve|book|park|wear|carry|cancel|return|exchange|withdraw|transfer|leave|stay|keep|take part|sign up|log in)\b/iu;
const PERMITTED_BEFORE = /\b(?:players|users|guests|visitors|members|customers|clients|residents|applicants|participants|students|pupils|passengers|patients|readers|subscribers|viewers|employees|staff|workers|tenants|owners|drivers|citizens|voters|partners|parents|children|teams|candidates|entrants|contestants|shareholders|holders|buyers|sellers|travellers|travelers|fans|spectators|delegates|scouts)\s+$/iu;

/**
 * What someone did as far as they were able ("did what it could", "all they could to help", "as fast as they could"): the
 * clause ends at "could", so it names no possibility ("what the tariffs could do" does, and stays a guess).
 */
const ABLE_BEFORE = /\b(?:what|all|everything|anything|whatever|as\s+\p{L}+\s+as)\s+(?:[\p{L}'’-]+\s+){1,3}$/iu;
const ABLE_AFTER = /^\s*(?:[.,;:!?)\]”"’—–]|$|(?:to|and|but|or|for|in|on|at|with|from|until|before|after|when|while|as|during|through|throughout|despite|amid|under|within|without|by)\b)/iu;

/** Senses that are not hedges only with both sides: what the words before the cue, and those after it, must read. */
const NOT_HEDGE_AROUND: Record<string, { before: RegExp; after: RegExp }> = {
  may: { before: PERMITTED_BEFORE, after: PERMITTED_AFTER },
  could: { before: ABLE_BEFORE, after: ABLE_AFTER },
};

/**
 * The penalty a law sets for a charge ("He could face as much as 20 years in prison", "may face up to $10,000 in fines"):
 * the law's maximum, stated as news reports it, not a guess (whether charges come at all, "could face charges", is one).
 */
const MAXIMUM_PENALTY = String.raw`^\s+face\s+(?:up\s+to|as\s+(?:much|many)\s+as|a\s+maximum|a\s+max(?:imum)?\s+(?:of|sentence|penalty|fine)|a\s+(?:prison\s+)?(?:sentence|term|fine|penalty)\s+of|life\s+in\s+prison|\d[\d,.]*\s+(?:years?|months?)\s+in\s+(?:prison|jail))`;

/** Senses that are not hedges: what someone could not do, turning up in court, "as soon as possible", a count ("some 200"). */
const NOT_HEDGE_AFTER: Record<string, RegExp> = {
  could: new RegExp(String.raw`^\s*(?:not|never|n't|only|hardly|barely)\b|${MAXIMUM_PENALTY}`, 'iu'),
  // "we might as well bite the bullet": a choice made, not a guess.
  might: /^\s+as\s+well\b/iu,
  may: new RegExp(String.raw`^\s+as\s+well\b|${MAXIMUM_PENALTY}`, 'iu'),
  appear: /^(?!\s+(?:to|that|as\s+if|as\s+though|likely|unlikely)\b)/iu,
  appears: /^(?!\s+(?:to|that|as\s+if|as\s+though|likely|unlikely)\b)/iu,
  appeared: /^(?!\s+(?:to|that|as\s+if|as\s+though|likely|unlikely)\b)/iu,
  possible: /^\s+(?:to|for)\b/iu,
  // …and "some" closing its clause ("ask at the counter if you would like some"), a pronoun for what was just named, not a count.
  some: /^(?:\s+(?:\d|one\b|time\b|extent\b|degree\b)|\s*(?:[.!?;:]|$))/iu,
  // "Most" before an adjective is a superlative ("most restrictive"), and before "in"/"since" a verb's degree ("jumped
  // most in 39 years"): before a noun or "of" it stands for a count, and before an adverb for a frequency or an
  // emphasis ("most often", "most notably"), which stay vague.
  most: /^\s+(?:in|since|\p{L}+(?:ous|less|ive|ful|able|ible|ent|ant|al|ic|ar|ed|ing)|important|likely|popular)(?![\p{L}-])/iu,
  'is considered': /^\s+by\b/iu,
  'are considered': /^\s+by\b/iu,
  'was considered': /^\s+by\b/iu,
  'were considered': /^\s+by\b/iu,
};
/**
 * Spoken to the reader ("questions you may have", "you've probably felt it") or of the writer alone ("I could build it",
 * "I appear to be one of the few"): the writer's address or their own plans, not a guess about the news.
 */
const TO_READER = String.raw`\b(?:[Yy]ou|[Yy]ou['’](?:ve|d|ll|re)|I|I['’](?:ve|d|ll|m))\s+$`;
const TO_READER_BEFORE = new RegExp(TO_READER, 'u');
const NOT_HEDGE_BEFORE: Record<string, RegExp> = {
  // What was possible then, in a clause of time: "before anyone could react", "until the crew could reach it".
  // (Matched with case: "I" is the writer only as a capital; the clause's word may open the sentence.)
  could: new RegExp(String.raw`\b(?:[Bb]efore|[Uu]ntil|[Tt]ill)\s+(?:[\p{L}'’-]+\s+){1,4}$|${TO_READER}`, 'u'),
  // "may or may not", "might or might not": one hedge, not two stacked.
  may: new RegExp(String.raw`${TO_READER}|\b[Mm]ay\s+or\s+$`, 'u'),
  might: new RegExp(String.raw`${TO_READER}|\b[Mm]ight\s+or\s+$`, 'u'),
  probably: TO_READER_BEFORE,
  appear: TO_READER_BEFORE,
  // A comparison of chances, as a study reports it ("drivers are more likely to crash than …"), not a guess; "most likely" is one.
  likely: /\b(?:more|less|least|as|equally|twice|times)\s+$/iu,
  // "when all is said and done", "what is said in the report": no claim credited to no one.
  'is said': /\b(?:all|what|whatever|anything|everything|nothing|much)\s+$/iu,
  // After a superlative ("the easiest possible", "the best possible") it stresses the degree, not a doubt; denied
  // ("not possible", "isn't possible") it rules a thing out.
  possible: /\b(?:as|if|where|when|whenever|wherever|best|worst|least|\p{L}{2,}est|every|all|everything|not)\s+$|n['’]t\s+$/iu,
  // Said of what shows ("makes itself apparent", "it was apparent that", "became apparent"): evident, no doubt. Before
  // a noun it doubts ("the apparent cause").
  apparent: /\b(?:itself|themselves|is|was|are|were|be|been|being|became|become|becomes|becoming|grew|grows|made|makes|make|seems|seemed|readily|immediately|quickly|soon)\s+$/iu,
  many: /\b(?:how|so|too|as)\s+$/iu,
  most: /\b(?:the|at|a|its|his|her|their|our|my|your|whose)\s+$|['’]s\s+$/iu,
  certain: /\b(?:a|is|are|was|were|be|been|almost|not|more|less|very|quite|fairly|seems|seemed|feel|felt|make|made|for|certain)\s+$/iu,
};

/**
 * Conjecture and weasel wording in the outlet's own voice. Strong signals show: any hedge in
 * the headline or the lede (where it shapes what readers take away) and claims credited to no
 * one ("some say", "it is widely believed"). Weak signals are notes the site folds away: a
 * prediction phrase or a single hedge deeper in the story, vague quantities ("many", "several")
 * and praise credited to no one ("one of the most famous"). Nothing inside a quotation or
 * credited to a speaker is flagged.
 */
export const speculation: Detector = {
  name: 'speculation',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    if (ctx.input.titleIsHeadline) {
      const strong = sentenceMatcher(ctx.title, STRONG, STRONG_NEEDS);
      for (const s of ctx.title.sentences) {
        const hits = hitsIn(ctx.title, s, strong).filter((h) => !quoted(ctx.title, h));
        const firm = hits.filter((h) => h.cue !== 'quantity' && h.cue !== 'superlative');
        if (firm.length > 0) flags.push(make(ctx.title, 'title', firm, 'warning', 'The headline presents a guess about what may happen as its news.', this.name));
        else if (hits.length > 0) flags.push(make(ctx.title, 'title', hits, 'info', VAGUE, this.name));
      }
    }
    const view = ctx.body;
    const strong = sentenceMatcher(view, STRONG, STRONG_NEEDS);
    for (const s of view.sentences) {
      let hits = hitsIn(view, s, strong);
      // Past the lede only claims credited to no one, predictions and stacked hedges flag: skip the rest before the costlier checks.
      if (!s.lede) {
        hits = hits.filter((h) => h.cue !== 'quantity' && h.cue !== 'superlative');
        if (hits.length < 2 && !hits.some((h) => h.cue === 'prediction' || h.cue === 'weasel')) continue;
      }
      hits = hits.filter((h) => !quoted(view, h));
      if (hits.some((h) => h.cue === 'hedge')) hits = withoutConceded(view, s, hits);
      hits = outside(hits, conditions(view, s), () => true);
      if (hits.length === 0) continue;
      const voiced = hits.filter((h) => !attributed(view, s, h));
      const firm = voiced.filter((h) => h.cue === 'prediction' || h.cue === 'hedge' || h.cue === 'weasel');
      const vague = voiced.filter((h) => h.cue === 'quantity' || h.cue === 'superlative');
      if (s.lede && firm.length > 0) {
        flags.push(make(view, 'body', firm, 'caution', 'The opening of the story rests on conjecture, which readers may take as established fact.', this.name));
      } else if (firm.some((h) => h.cue === 'weasel')) {
        flags.push(make(view, 'body', firm, 'caution', 'A claim is credited to no one in particular, so readers cannot weigh who holds it or how widely.', this.name));
      } else if (firm.some((h) => h.cue === 'prediction')) {
        flags.push(make(view, 'body', firm, 'info', 'A prediction or guess is written as part of the news rather than credited to someone.', this.name));
      } else if (firm.length >= 2) {
        flags.push(make(view, 'body', firm, 'info', 'Several hedges are stacked in one sentence: the claim is conjecture.', this.name));
      } else if (s.lede && vague.length > 0) {
        flags.push(make(view, 'body', vague, 'info', VAGUE, this.name));
      }
    }
    return flags;
  },
};

const VAGUE = 'Vague wording stands in for a count or a source: how many, and says who?';

/** The cues of a sentence; `strong` finds its prediction phrases. */
function hitsIn(view: TextView, s: Sentence, strong: (s: Sentence) => RegExpExecArray[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of strong(s)) hits.push({ start: m.index, end: m.index + m[0].length, cue: 'prediction' });
  const { keys } = tokensOf(view, s);
  for (const m of CUES.matches(view, s)) {
    if (hits.some((h) => m.start < h.end && h.start < m.end)) continue;
    if (!isCue(view, s, m)) continue;
    if (m.data === 'quantity' && keys.slice(m.to, m.to + SOURCE_WITHIN).some((k) => SOURCE_NOUNS.has(k))) continue;
    hits.push({ start: m.start, end: m.end, cue: m.data });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function isCue(view: TextView, s: Sentence, span: Span): boolean {
  const phrase = view.norm.slice(span.start, span.end).toLowerCase().replace(/\s+/gu, ' ');
  const textBefore = view.norm.slice(Math.max(s.start, span.start - 30), span.start);
  const around = NOT_HEDGE_AROUND[phrase];
  if (around && around.before.test(textBefore) && around.after.test(view.norm.slice(span.end, span.end + 40))) return false;
  const after = NOT_HEDGE_AFTER[phrase];
  if (after?.test(view.norm.slice(span.end, span.end + 30))) return false;
  if (NOT_HEDGE_BEFORE[phrase]?.test(textBefore)) return false;
  return !isMonth(view, s, span);
}

function isMonth(view: TextView, s: Sentence, span: Span): boolean {
  const word = view.text.slice(span.start, span.end);
  if (word === 'may') {
    const after = view.norm.slice(span.end, span.end + 8);
    return LOWER_MONTH_AFTER.test(after) || (LOWER_MONTH_BETWEEN.before.test(view.norm.slice(Math.max(s.start, span.start - 6), span.start)) && LOWER_MONTH_BETWEEN.after.test(after));
  }
  if (word !== 'May') return false;
  if (span.start > s.start && !/[.!?:"“]\s*$/u.test(view.text.slice(s.start, span.start))) return true;
  return MONTH_BEFORE.test(view.norm.slice(s.start, span.start)) || MONTH_AFTER.test(view.norm.slice(span.end, span.end + 8));
}

/**
 * A concession: a point granted before the claim that answers it ("It may seem odd, but it works", "Although the ferries
 * may appear late, most run on time"). Its hedge qualifies the point given up, not the news, so it is no conjecture. The
 * point is "may" or "might" before a verb of state, in a clause that a "but" or "yet" answers, or that "although",
 * "though", "even though" or a sentence's opening "while" leads. "Fares may rise, but …" keeps its guess ("rise" is an
 * event, not a state), and so do "the ferry may be delayed, but …" (an event in the passive), "may be lacking, but …"
 * and "though crews could return soon" (no state granted).
 */
const CONCEDED_MODAL = /\b(?:may|might)\s+(?:(?:not|well|also|still|indeed|sometimes|at\s+first)\s+)?(?:be(?!\s+\p{L}+(?:ing|ed)\b)|seem|sound|look|appear|feel|know|think|lack|need|want|like|mean)\b/giu;
const CONCESSION_ANSWER = /(?:[,;]\s*|\s[—–-]{1,2}\s*)(?:but|yet)\b/giu;
const CONCESSIVE_OPENER = /\b(?:although|(?:even\s+)?though(?!\s*[,.;:!?]))\b|^\s*(?:while|whilst)\b/giu;
const CLAUSE_END = /[,;:]/gu;

/** The spans of a sentence's concessions, in order and apart. Each pattern runs once over the sentence (linear in its length). */
function concessions(view: TextView, s: Sentence): Span[] {
  const text = view.norm.slice(s.start, s.end);
  const modals = [...text.matchAll(CONCEDED_MODAL)].map((m) => m.index);
  if (modals.length === 0) return [];
  const spans: Span[] = [];
  // A clause led by a concessive word, when a conceded modal lies in it: the whole clause.
  let modal = 0;
  for (const c of clausesLedBy(text, CONCESSIVE_OPENER, CLAUSE_END)) {
    while (modal < modals.length && modals[modal]! < c.start) modal++;
    if (modal < modals.length && modals[modal]! < c.end) spans.push({ start: s.start + c.start, end: s.start + c.end });
  }
  // A conceded modal that a "but" or "yet" answers: from the modal to the answer.
  const answers = [...text.matchAll(CONCESSION_ANSWER)].map((m) => m.index);
  let answer = 0;
  for (const at of modals) {
    while (answer < answers.length && answers[answer]! < at) answer++;
    if (answer < answers.length) spans.push({ start: s.start + at, end: s.start + answers[answer]! });
  }
  spans.sort((x, y) => x.start - y.start);
  // Spans sharing an answer overlap: merged, so the hits are walked against them once.
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The hits less the hedges inside a concession. */
function withoutConceded(view: TextView, s: Sentence, hits: Hit[]): Hit[] {
  return outside(hits, concessions(view, s), (h) => h.cue === 'hedge');
}

/**
 * A condition or an open question ("if it seems likely that…", "unless crews could…", "asked whether
 * the ferry might…") asserts nothing: its cues are no conjecture of the story's. It runs from the
 * word to the clause's end or its "then". "As if" and "as though" are not conditions but a guess at what is
 * ("it looks as if fares may rise").
 */
const CONDITION = /(?<!\bas\s+)\b(?:if|unless|whether)\b/giu;
const CONDITION_END = /[,;:]|\bthen\b/giu;

function conditions(view: TextView, s: Sentence): Span[] {
  return clausesLedBy(view.norm.slice(s.start, s.end), CONDITION, CONDITION_END).map((c) => ({ start: s.start + c.start, end: s.start + c.end }));
}

/**
 * The clauses words of `opener` lead, each to the first `end` mark after its word (or the text's end), in order and
 * relative to the text. A word inside the clause before leads none of its own, so each stretch is scanned once.
 */
function clausesLedBy(text: string, opener: RegExp, end: RegExp): Span[] {
  const clauses: Span[] = [];
  for (const m of text.matchAll(opener)) {
    if (m.index < (clauses.at(-1)?.end ?? 0)) continue;
    end.lastIndex = m.index;
    clauses.push({ start: m.index, end: end.exec(text)?.index ?? text.length });
  }
  return clauses;
}

/** The hits, less those of a kind (`drop`) inside one of the spans: sorted hits against sorted spans apart, one walk. */
function outside(hits: Hit[], spans: readonly Span[], drop: (h: Hit) => boolean): Hit[] {
  if (spans.length === 0) return hits;
  let i = 0;
  return hits.filter((h) => {
    while (i < spans.length && spans[i]!.end <= h.start) i++;
    const span = spans[i];
    return !(drop(h) && span && span.start <= h.start && h.end <= span.end);
  });
}

function attributed(view: TextView, s: Sentence, hit: Span): boolean {
  if (attributedSentence(view, s)) return true;
  return creditedBefore(view, s, hit.start, ATTRIBUTED);
}

function make(view: TextView, field: 'title' | 'body', hits: Span[], severity: Severity, reason: string, detector: string): Flag {
  const start = hits[0]!.start;
  const end = hits[hits.length - 1]!.end;
  const words = hits.map((h) => `“${view.text.slice(h.start, h.end)}”`).join(', ');
  return flagOn(field, view, { start, end }, detector, { kind: 'speculation', severity, reason: `${reason} (${words})` });
}
