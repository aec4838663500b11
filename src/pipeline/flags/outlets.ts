import { escapeRegExp, parsedUrl } from '../clean/text.ts';
import { declaresSummary } from './notices.ts';
import headline from './lexicons/headline.json' with { type: 'json' };
import lexicon from './lexicons/outlets.json' with { type: 'json' };
import { countryOf } from './places.ts';
import { isCommonWord, isGivenName } from '../links/lexicon.ts';
import type { FlagInput } from './types.ts';
import { phraseRegex, type Span, type TextView } from './text.ts';

/** A place in the text that names (or refers back to) a news outlet. */
export interface OutletMention extends Span {
  /** The outlet's name, or "unnamed outlets" for "the press", "reportedly"… */
  name: string;
  how: 'named' | 'context' | 'anaphor' | 'unnamed';
}

const MEDIA_NOUNS = lexicon.mediaNouns.map((n) => n.replace(/\s+/g, '\\s+')).join('|');
// At most eight words: an outlet's name is never longer, and a bound keeps a long run of capitalised words (a hostile
// seed, a table of names) from costing time in the square of its length when no media noun follows it.
const NAME = String.raw`[A-Z][\p{L}\p{N}.&'’/-]*(?:\s+(?:[A-Z][\p{L}\p{N}.&'’/-]*|of|de|la|al|del|della)){0,7}`;
/** "the news agency TASS", "newspaper Kommersant". */
const AFTER_MEDIA_NOUN = new RegExp(String.raw`\b(?:${MEDIA_NOUNS})\s+(${NAME})`, 'gu');
/** "the Kommersant newspaper", "Interfax news agency". */
const BEFORE_MEDIA_NOUN = new RegExp(String.raw`(${NAME})\s+(?:${MEDIA_NOUNS})\b`, 'gu');
/** Companies and governments report figures, but only publications write. */
const WRITER = new RegExp(String.raw`(${NAME})\s+(?:writes|wrote|has written|reported,\s+citing)\b`, 'gu');
/** Months and weekdays: after "of" or "wrote in" they say when, not which paper ("Times of March", "wrote in May"). */
const CALENDAR_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A masthead word, with what a hyphen joins to it ("Post-Courier"). */
const MASTHEAD_ENDING = String.raw`(?:${lexicon.mastheadWords.join('|')})(?:-\p{Lu}\p{L}+)*`;
/**
 * What a masthead's name may go on with: a second masthead joined by "and" ("Post and Ledger"), a capitalised place
 * after "of" ("Times of Tarnport"; not after "Journal" or "Review", as "Journal of Nutrition" names a learned journal, whose
 * study is a source, not reporting), or a word that ends names of news services ("News Service", "News Today").
 */
const MASTHEAD_TAIL = String.raw`(?:\s+(?:and|&)\s+${MASTHEAD_ENDING}|(?<!\b(?:Journal|Review))\s+of\s+(?!(?:The|A|An|${CALENDAR_WORDS})\b)[A-Z][\p{L}'’-]+|\s+(?:Service|Today|Agency|Network|Online|International|Wire|Magazine))?`;
/**
 * "the Harbour Gazette", "The Daily Ledger", "St. Louis Ledger": a capitalised name ending in a masthead word, with what a
 * hyphen joins to it ("Harbour Post-Courier") and its tail. Where the paper is based ("the Tarnport-based Ledger") is no part of its name.
 */
const MASTHEAD = new RegExp(String.raw`\b(?:The\s+)?(?:[A-Z][\p{L}'’]*-based\s+)?((?:(?:St|Mt|Ft)\.\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,3}${MASTHEAD_ENDING}${MASTHEAD_TAIL})\b`, 'gu');
const ANAPHOR = /\b(?:the|this|that)\s+(?:news\s+agency|agency|newspaper|outlet|publication|paper|broadcaster|magazine|daily|tabloid|news\s+site|article|piece|story)\b/giu;
const UNNAMED = /\b(?:(?:the|local|state|national|foreign|western|(?:[A-Z][\p{L}]+))\s+)?(?:press|media)\s+(?:\w+\s+)?(?:reported|reports|wrote|writes|claimed|said)\b|\b(?:media|press|news)\s+reports?\b|\breportedly\b/gu;

/**
 * A part every match of a pattern contains, tested first: most bodies hold no media noun, masthead
 * word or "wrote", and the patterns, which open with a run of capitalised words, would otherwise
 * be tried at every capital of the text.
 */
const MEDIA_NOUN = new RegExp(MEDIA_NOUNS, 'u');
const NEEDS = new Map<RegExp, RegExp>([
  [AFTER_MEDIA_NOUN, MEDIA_NOUN],
  [BEFORE_MEDIA_NOUN, MEDIA_NOUN],
  [WRITER, /writes|wrote|has written|reported,/u],
  [MASTHEAD, new RegExp(lexicon.mastheadWords.join('|'), 'u')],
  [UNNAMED, /press|media|news|reportedly/u],
]);

/** The matches of re in text, none when its needed part is absent; `tested` keeps each part's answer for this text (two patterns share one). */
function matchesNeeding(text: string, re: RegExp, tested: Map<RegExp, boolean>): Iterable<RegExpExecArray> {
  const needs = NEEDS.get(re)!;
  let present = tested.get(needs);
  if (present === undefined) tested.set(needs, (present = needs.test(text)));
  return present ? text.matchAll(re) : [];
}

const NOT_NAMES = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'this', 'that', 'officials', 'analysts', 'experts', 'sources', 'reports', 'media', 'police', 'state', 'russian', 'chinese', 'western', 'local', 'government', 'ministry']);

/**
 * The pattern of the lexicon's outlets plus a brief's cited ones. Most briefs cite none or the
 * same few, and building and compiling the pattern of some 160 names cost more than using it,
 * so patterns are kept by their cited list (bounded: a build holds at most this many).
 */
const knownPatterns = new Map<string, RegExp>();
const MAX_KNOWN_PATTERNS = 64;

function knownOutletsPattern(cited: readonly string[]): RegExp {
  const key = JSON.stringify(cited);
  let re = knownPatterns.get(key);
  if (!re) {
    if (knownPatterns.size >= MAX_KNOWN_PATTERNS) knownPatterns.clear();
    re = phraseRegex([...lexicon.outlets, ...cited], 'gu');
    knownPatterns.set(key, re);
  }
  return re;
}

export class OutletFinder {
  private readonly known: RegExp;
  private readonly own: string | null;
  /** One of the outlet's own writers named with it ("Harbour Post's Ann Lee writes", "the Herald's Tom Hale reported"): its own reporting, no relay. */
  private readonly ownStaff: RegExp | null;

  constructor(input: Pick<FlagInput, 'citedOutlets' | 'citedUrls' | 'outlet'> & Partial<Pick<FlagInput, 'disclosures'>>) {
    this.known = knownOutletsPattern(input.citedOutlets);
    // A page that summarises another outlet's story relays it even when that outlet is credited as the publisher.
    this.own = input.outlet && !declaresSummary(input.disclosures ?? []) ? input.outlet.toLowerCase() : null;
    this.ownStaff = this.own ? new RegExp(`^(?:the\\s+)?${escapeRegExp(this.own.replace(/^the\s+/u, ''))}'s?\\s`, 'u') : null;
  }

  /** Every outlet mention in a span of the text, named or unnamed, first to last. */
  find(view: TextView, span: Span = { start: 0, end: view.text.length }): OutletMention[] {
    // Match on folded text (curly apostrophes as '), report the original wording.
    const text = view.norm.slice(span.start, span.end);
    const found: OutletMention[] = [];
    const push = (start: number, end: number, _matched: string, how: OutletMention['how']) => {
      const clean = view.text.slice(span.start + start, span.start + end).replace(/['’]s$/u, '').trim();
      if (how !== 'unnamed' && !this.acceptable(clean)) return;
      if (found.some((f) => start < f.end && f.start < end)) return;
      found.push({ start: span.start + start, end: span.start + start + clean.length, name: how === 'unnamed' ? 'unnamed outlets' : clean, how });
    };
    this.known.lastIndex = 0;
    for (const m of text.matchAll(this.known)) push(m.index, m.index + m[0].length, m[0], 'named');
    const tested = new Map<RegExp, boolean>();
    for (const m of matchesNeeding(text, MASTHEAD, tested)) {
      const name = m[1]!;
      // One masthead word alone ("News", "Press") is too common to be a name.
      if (!/\s/.test(name.trim())) continue;
      const at = m.index + m[0].indexOf(name);
      push(at, at + name.length, name, 'context');
    }
    for (const re of [AFTER_MEDIA_NOUN, BEFORE_MEDIA_NOUN, WRITER]) {
      for (const m of matchesNeeding(text, re, tested)) {
        const whole = m[1]!;
        // A run of capitals may cross a sentence's end ("… says Li. Polarized radio signals …"): the name starts after it,
        // and a sentence's capitalised first word alone is no name.
        const cut = afterSentenceEnd(whole);
        // A clause's capitalised first word is no part of the name after it ("As Ann Lee wrote in 2004").
        const opener = CLAUSE_OPENER.exec(whole.slice(cut))?.[0].length ?? 0;
        const name = whole.slice(cut + opener);
        if ((cut > 0 || opener > 0) && !/\s/u.test(name.trim())) continue;
        const at = m.index + m[0].indexOf(whole) + cut + opener;
        // "a Miami radio station", "an Ohio newspaper": a kind of outlet, its place before it, not an outlet's name.
        if (re === BEFORE_MEDIA_NOUN && INDEFINITE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
        if (re === WRITER && (writtenByPerson(name, text.slice(Math.max(0, at - PERSON_TITLE_REACH), at), text.slice(m.index + m[0].length, m.index + m[0].length + PERSON_TITLE_REACH)) || surnameOfSomeoneNamed(view, name))) continue;
        push(at, at + name.length, name, 'context');
      }
    }
    for (const m of matchesNeeding(text, UNNAMED, tested)) push(m.index, m.index + m[0].length, 'unnamed outlets', 'unnamed');
    return found.sort((a, b) => a.start - b.start);
  }

  /** Anaphors ("the agency writes") resolved to the last outlet named before them in the text, if any. */
  anaphors(view: TextView, span: Span, before: OutletMention[]): OutletMention[] {
    const out: OutletMention[] = [];
    const text = view.norm.slice(span.start, span.end);
    for (const m of text.matchAll(ANAPHOR)) {
      const at = span.start + m.index;
      const antecedent = [...before].reverse().find((o) => o.end <= at && o.how !== 'unnamed');
      if (!antecedent) continue;
      const between = view.text.slice(antecedent.end, at);
      // "China's Customs agency … the agency said": a non-media agency named in between wins.
      if (/agency/i.test(m[0]) && /\b[A-Z][\p{L}’']*(?:\s+[A-Z][\p{L}’']*)*\s+[Aa]gency\b/u.test(between)) continue;
      out.push({ start: at, end: at + m[0].length, name: antecedent.name, how: 'anaphor' });
    }
    return out;
  }

  private acceptable(name: string): boolean {
    if (name.length < 2) return false;
    if (NOT_NAMES.has(name.toLowerCase())) return false;
    if (countryOf(name)) return false;
    if (this.own && name.toLowerCase() === this.own) return false;
    if (this.ownStaff?.test(name.toLowerCase().replace(/’/gu, "'"))) return false;
    return true;
  }

  isOwn(name: string): boolean {
    return this.own !== null && name.toLowerCase() === this.own;
  }
}

/** How far before a writer's name its title, and after its verb what it wrote in, are read. */
const PERSON_TITLE_REACH = 40;
/** A person's title or role right before a name ("Justice Ann Lee wrote", "spokesman Tom Hale wrote"): the office titles the headline lexicon knows, honorifics, and roles in small letters. */
const PERSON_TITLE = new RegExp(String.raw`\b(?:${[...headline.officeTitles.map((t) => t.replace('.', '')), 'Justice', 'Chief Justice', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sen', 'Rep', 'Gov'].join('|')}|spokes(?:man|woman|person)|columnist|blogger|author|writer|analyst|researcher|economist|lawyer|attorney|chairman|chairwoman|chief)\.?\s+$`, 'u');
/** "in a statement", "in his letter": a piece of writing of one of `kinds` (alternatives), owned by one of `owners`, after a verb. */
export function inWriting(kinds: string, owners: string): string {
  return String.raw`in\s+(?:${owners})\s+(?:[\p{Ll}-]+\s+)?(?:${kinds})`;
}
/** What a person writes in, after the verb ("… wrote in a statement", "… wrote on his blog"): no outlet's report. */
const PERSONAL_WRITING = new RegExp(String.raw`^\s+(?:${inWriting('statement|e-?mail|letter|memo|note|post|blog|tweet|message|filing|opinion|ruling|decision|dissent|essay|op-ed|book|report to', 'an?|the|his|her|their')}|on\s+(?:twitter|x|facebook|instagram|linkedin|his|her|their)\b)`, 'iu');
/** The publication a person writes in ("… wrote in the Valley Ledger": a column or an op-ed; an outlet does not write in another), not a month or a day ("wrote in March"). */
const WRITTEN_IN_PUBLICATION = new RegExp(String.raw`^\s+in\s+(?:the\s+)?(?!(?:${CALENDAR_WORDS})\b)\p{Lu}\p{L}`, 'u');

/**
 * A writer that is a person, not a publication: a given name first ("Kyle Baxter writes"), a title before the name
 * ("Justice Elena Kagan wrote"), a person's kind of writing after the verb ("Gillespie wrote in an email") or the
 * publication they wrote in ("Hale wrote in the Valley Ledger").
 */
function writtenByPerson(name: string, before: string, after: string): boolean {
  const words = name.split(/\s+/u);
  // The title may open the name as the capitals ran ("Justice Elena Kagan", "Lawyer Ann Lee").
  if (words.length > 1 && (PERSON_TITLE.test(`${words[0]} `) || PERSON_TITLE.test(`${words[0]!.toLowerCase()} `))) return true;
  // A party's member named by state or seat ("the moderate West Virginia Democrat wrote"); one word alone may be a paper ("The Republican").
  if (words.length > 1 && PARTY_MEMBER.test(words[words.length - 1]!)) return true;
  return isGivenName((words[0] ?? '').toLowerCase()) || PERSON_TITLE.test(before) || PERSONAL_WRITING.test(after) || WRITTEN_IN_PUBLICATION.test(after);
}

const PARTY_MEMBER = /^(?:Democrat|Republican|Tory)$/u;

/**
 * One word that the text also gives after a given name ("Hale writes" where the story names Tom Hale): a person's
 * surname, not a paper's name. A given name the list lacks counts too: a capitalised word that is no common word, no
 * country's and no masthead's, before one that is no masthead's ("Tarquin Hale", not "Valley Ledger" or "Tarn Times").
 * The text's surnames are read once, as a long text may name a writer on every line.
 */
function surnameOfSomeoneNamed(view: TextView, name: string): boolean {
  let surnames = SURNAMES_NAMED.get(view);
  if (!surnames) {
    surnames = new Set();
    for (const m of view.norm.matchAll(GIVEN_THEN_CAPITALISED)) {
      const given = m[1]!;
      const surname = m[2]!;
      const lower = given.toLowerCase();
      const unlisted = !isCommonWord(lower) && !MASTHEAD_WORDS.has(given) && !MASTHEAD_WORDS.has(surname) && !countryOf(given);
      if (isGivenName(lower) || unlisted) surnames.add(surname.replace(/'s$/u, ''));
    }
    SURNAMES_NAMED.set(view, surnames);
  }
  return surnames.has(name);
}
/** The masthead words themselves, for a word looked up alone. */
const MASTHEAD_WORDS = new Set(lexicon.mastheadWords);
/** A capitalised word and the one after it, each pair in turn ("Tom Hale Lee": Tom Hale, Hale Lee). */
const GIVEN_THEN_CAPITALISED = /(\p{Lu}[\p{Ll}'-]+)\s+(?=(\p{Lu}[\p{L}'-]+))/gu;
const SURNAMES_NAMED = new WeakMap<TextView, Set<string>>();

const CLAUSE_OPENER = /^(?:As|When|While|But|And|So|Because|Although|Though|Since|If|Yet)\s+(?=\p{Lu})/u;
const INDEFINITE_BEFORE = /\b(?:a|an|one|another)\s+$/iu;

/** Abbreviations a name holds before a full stop ("St. Louis Post-Dispatch"). */
const NAME_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Dr', 'Mr', 'Mrs', 'Ms', 'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros']);

/** Where a run of capitalised words starts again after a sentence's end inside it (a full stop after a word in small letters), or 0. */
function afterSentenceEnd(run: string): number {
  let from = 0;
  for (const m of run.matchAll(/(\p{L}+)\.\s+(?=\p{Lu})/gu)) {
    const word = m[1]!;
    if (/\p{Ll}/u.test(word) && !NAME_ABBREVIATIONS.has(word)) from = m.index + m[0].length;
  }
  return from;
}

/** A readable outlet name for a URL's host: "www.bloomberg.com" -> "bloomberg". */
export function hostLabel(url: string): string | null {
  const host = parsedUrl(url)?.hostname.replace(/^www\d?\./, '');
  if (host === undefined) return null;
  const parts = host.split('.');
  return parts.length >= 2 ? parts[parts.length - 2]! : host;
}
