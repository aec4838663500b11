import lexicon from '../lexicons/outlets.json' with { type: 'json' };
import { flagOn, type Detector, type FlagContext } from '../context.ts';
import { inWriting, type OutletMention } from '../outlets.ts';
import { phraseRegex, sentenceAt, type TextView } from '../text.ts';
import type { Flag } from '../types.ts';

const VERBS = phraseRegex(lexicon.reportingVerbs);
const LEAD_INS = phraseRegex(lexicon.relayLeadIns);
const DOC_NOUNS = new RegExp(`^\\s*(?:['’]s\\s+)?(?:${lexicon.documentNouns.join('|')})\\b`, 'iu');
/** "RBC with reference to Bloomberg", "Interfax, citing Reuters": one outlet relaying another. */
const RELAY_LINK = /^[\s,]*(?:with\s+reference\s+to|citing|referring\s+to|quoting|via)\s*$/iu;
/** "Bloomberg's request" is about the outlet, not relaying it. */
const NOT_RELAY_AFTER = /^\s*['’]s\s+(?:request|questions?|inquir(?:y|ies)|query|queries|reporters?|journalists?|staff|owner|editor)\b/iu;
/** The outlet's product used as a tool ("turn it off via the Harbour News settings page", "via the Reuters app"), not its reporting. */
const PRODUCT_AFTER = /^\s+(?:settings|apps?|accounts?|buttons?|menus?|tabs?|search\s+bar|subscriptions?|log-?in|sign-?in)\b/iu;
/** Someone speaking for the outlet ("a spokesman for X said"): the outlet's own statement as a party, not its reporting. */
const SPEAKS_FOR_OUTLET = /\b(?:spokes(?:man|woman|person|people)|representatives?|lawyers?|attorneys?|owners?|editors?(?:-in-chief)?|executives?|president|chair(?:man|woman)?|head|chief)\s+(?:for|of|at|from)\s+(?:the\s+)?$/iu;
/** "The agency refers to", "the agency writes": anaphors need their own verb. */
const ANAPHOR_VERB = /^\s*(?:has\s+|had\s+)?(?:reported|reports|writes|wrote|notes|noted|cites|cited|says|said|refers|referred|claims|claimed|offers|adds|added|states|stated|quotes|quoted)\b/iu;
/**
 * "X said in a statement", "X wrote in a letter": X speaks as a party (a person of that name, or the outlet as a
 * company), reporting nothing. An outlet's post or tweet is still its reporting.
 */
const STATEMENT_AFTER = new RegExp(String.raw`^\s+${inWriting(String.raw`statement|e-?mail|letter|memo|filing|press\s+release|complaint|lawsuit`, 'an?|the|its|his|her|their')}\b`, 'iu');
const PASSIVE_BY = /\b(?:interviewed|quoted|cited|defined|described|reported|seen|obtained|reviewed|contacted|published)\s+by\s*$/iu;
const TITLE_PREFIX = /^\s*([A-Z][\p{L}\p{N}.&' -]{1,40}?)\s*:\s+\S/u;

/**
 * Secondhand reporting: the story relays another outlet ("according to
 * Bloomberg", "X reported", "citing …", "the agency writes"), with the chain
 * of outlets when one relays another.
 */
export const secondhand: Detector = {
  name: 'secondhand',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    const { body } = ctx;
    const mentions = ctx.bodyOutlets;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const next = mentions[i + 1];
      const sentence = sentenceAt(body, m.start);
      if (!sentence) continue;
      // "RBC with reference to Bloomberg": one flag for the pair, with its chain.
      if (next && sentenceAt(body, next.start) === sentence && RELAY_LINK.test(body.norm.slice(m.end, next.start)) && m.how !== 'unnamed') {
        const evidence = relayEvidence(body, m, sentence.start) ?? { start: m.start, end: next.end };
        flags.push(flagOn('body', body, { start: Math.min(evidence.start, m.start), end: next.end }, this.name, {
          kind: 'secondhand',
          severity: 'caution',
          reason: `The story relays ${m.name}, which itself relays ${next.name}: the reporting is at least two steps from its source.`,
          chain: [m.name, next.name],
        }));
        i++;
        continue;
      }
      const evidence = relayEvidence(body, m, sentence.start);
      if (!evidence) continue;
      const unnamed = m.how === 'unnamed';
      flags.push(flagOn('body', body, evidence, this.name, {
        kind: 'secondhand',
        severity: unnamed ? 'caution' : 'info',
        reason: unnamed
          ? 'The story relays reporting without naming who reported it, so the original cannot be checked.'
          : `The story relays reporting by ${m.name} rather than its own: check ${m.name} for the original.`,
        chain: [m.name],
      }));
    }
    flags.push(...titleRelay(ctx, this.name));
    return flags;
  },
};

/** The words that make a mention a relay ("according to X", "X reported", "the X piece notes"), or null. */
function relayEvidence(view: TextView, m: OutletMention, sentenceStart: number): { start: number; end: number } | null {
  if (m.how === 'unnamed') return { start: m.start, end: m.end };
  const sentenceEnd = sentenceAt(view, m.start)?.end ?? view.norm.length;
  const after = view.norm.slice(m.end, Math.min(sentenceEnd, m.end + 40));
  const before = view.norm.slice(Math.max(sentenceStart, m.start - 60), m.start);
  if (NOT_RELAY_AFTER.test(after) || PRODUCT_AFTER.test(after) || SPEAKS_FOR_OUTLET.test(before)) return null;
  if (m.how === 'anaphor') {
    const verb = ANAPHOR_VERB.exec(after);
    if (verb) return { start: m.start, end: m.end + verb[0].length };
    const by = PASSIVE_BY.exec(before);
    if (by) return { start: m.start - (before.length - by.index), end: m.end };
    return null;
  }
  const doc = DOC_NOUNS.exec(after);
  const verbAfter = leading(after.slice(doc ? doc[0].length : 0), VERBS);
  if (verbAfter !== null) {
    const end = (doc ? doc[0].length : 0) + verbAfter;
    return !doc && STATEMENT_AFTER.test(after.slice(end)) ? null : { start: m.start, end: m.end + end };
  }
  const lead = trailing(before, LEAD_INS);
  if (lead !== null) return { start: m.start - lead, end: m.end };
  // "…, writes Bloomberg." / ", Bloomberg reported" split by a quote
  const inverted = /\b(?:writes|wrote|reports|reported|says|said|notes|noted|adds|added)\s+(?:the\s+)?$/iu.exec(before);
  if (inverted) return { start: m.start - (before.length - inverted.index), end: m.end };
  if (/[,”"]\s*$/u.test(before) && /^\s*(?:\.|$)/u.test(after) && /["”]/u.test(before)) return { start: m.start, end: m.end };
  return null;
}

/** Length of a match of re at the start of text (after spaces), or null. */
function leading(text: string, re: RegExp): number | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m || text.slice(0, m.index).trim() !== '') return null;
  return m.index + m[0].length;
}

/** Length from the start of a match of re ending text (before spaces, optional article/"report from") to the end. */
function trailing(text: string, re: RegExp): number | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return null;
  const rest = text.slice(last.index + last[0].length);
  if (!/^\s*(?:(?:a|an|the)\s+)?(?:(?:report|reports|article|story|piece|reporting)\s+(?:from|by|in)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u.test(rest)) return null;
  return text.length - last.index;
}

/**
 * The part before the colon is the outlet's name ("Bloomberg:", "In BBC News:", "Reuters exclusive:"), not a phrase
 * that has one inside ("Ferry times now live in the Reuters app:", "Ann Lee on Reuters and the wire trade:").
 */
function namesTheOutlet(before: string, after: string): boolean {
  return /^(?:(?:in|from|via|per)\s+)?(?:the\s+)?$/iu.test(before) && after.trim().split(/\s+/u).filter(Boolean).length <= 1;
}

/** "…, report says": a headline that relays an unnamed report. */
const TITLE_REPORT_SAYS = /,?\s*(?:a\s+|new\s+)?(?:media\s+)?reports?\s+(?:says?|said|claims?|suggests?)\s*$/iu;

/** "Bloomberg: Russia is concerned…": a headline that opens by naming the outlet it relays. */
function titleRelay(ctx: FlagContext, detector: string): Flag[] {
  if (!ctx.input.titleIsHeadline) return [];
  const says = TITLE_REPORT_SAYS.exec(ctx.title.text);
  if (says) {
    return [flagOn('title', ctx.title, { start: says.index, end: says.index + says[0].length }, detector, {
      kind: 'secondhand',
      severity: 'caution',
      reason: 'The headline relays a report without saying whose.',
      chain: ['unnamed outlets'],
    })];
  }
  const m = TITLE_PREFIX.exec(ctx.title.text);
  if (!m) return [];
  const name = m[1]!;
  const nameStart = m[0].indexOf(name);
  const mention = ctx.outlets.find(ctx.title, { start: 0, end: nameStart + name.length + 1 })[0];
  if (!mention || mention.how === 'unnamed' || !namesTheOutlet(ctx.title.text.slice(nameStart, mention.start), ctx.title.text.slice(mention.end, nameStart + name.length))) return [];
  return [flagOn('title', ctx.title, { start: 0, end: m[0].length - 1 }, detector, {
    kind: 'secondhand',
    severity: 'info',
    reason: `The headline credits ${mention.name}: the story relays that outlet's reporting.`,
    chain: [mention.name],
  })];
}
