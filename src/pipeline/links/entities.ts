import { baseLanguage } from '../clean/language-code.ts';
import { gazetteer, lookupName, PLACE_KINDS, type Gazetteer } from './gazetteer.ts';
import { KindVotes } from './kind-votes.ts';
import { isCommonWord } from './lexicon.ts';
import { bodyBeforePlace, findNames, STATE_BODY_WORDS, type FoundName, type NameOptions } from './names.ts';
import { abbreviates, aliasKey, ARTICLE_PARTICLES, canonicalName, entityId, isAcronym, NAME_CONNECTORS as CONNECTORS, isShoutedName, opensWithArticle, tidy, titleCased } from './normalise.ts';
import { abbreviatedStates, isUsStateName, usStateLabel, type StateMention } from './state-abbreviations.ts';
import { isSubdivision } from './subdivisions.ts';
import { tokenize, withoutElisions, type Token } from './text.ts';
import type { EntityKind, EntityMention, EntityRelation, KindEvidence } from './types.ts';

/**
 * Finds the people, organisations, countries, places, products and
 * technologies a brief names. Two sources, then one set of normalisation
 * rules:
 * - the gazetteer (countries, capitals, seats of government, outlets, common
 *   organisations and technologies, plus demonyms) matched longest-first;
 * - the capitalisation-based name finder (`names.ts`) for names the gazetteer
 *   does not know, run on prose only (headline-case titles make every word look
 *   like a name); a name it finds is then counted wherever the brief writes it.
 */

/** A piece of the brief: headings and headline-case titles are scanned with the gazetteer only. */
export interface TextUnit {
  text: string;
  /** Prose that the name finder may read. */
  prose: boolean;
}

interface Hit {
  start: number;
  end: number;
  id: string | null;
  kind: EntityKind;
  surface: string;
  demonym: boolean;
  /** Canonical name for entities the gazetteer does not know. */
  name?: string;
  /** What the kind was read from (absent: the gazetteer or a pattern, as good as context). */
  evidence?: KindEvidence;
}

/** Words that, after a demonym, name no particular body ("Chinese government" is China, "Russian officials" nobody). */
const GENERIC_HEADS = new Set('government governments ministry military army navy press media authorities officials companies firms state regime parliament embassy forces troops side leadership people economy market industry partners president'.split(' '));
/** Heads of institution names that may continue with "of …" ("Ministry of Digital Development"). */
const INSTITUTION_HEADS = 'Ministry|Department|Institute|Council|Committee|Agency|Bank|Office|Commission|Academy|University|Bureau|Service|Directorate|Court|Chamber|Federation|Union|Association|Society|Board|Authority|Administration|Party|Fund|Corporation|Company|Command|Patrol|Museum|Library|Gallery|Archives|League';
/** A legislature's longer name is its own body ("National People's Congress", "Scottish Parliament"), where the gazetteer's lone "Congress" is the US one. */
const LEGISLATURES = 'Congress|Parliament|Assembly';
const INSTITUTION = new RegExp(`(?:${INSTITUTION_HEADS}|${LEGISLATURES})$`, 'u');
/** Such a head alone ("the Department said", "Bank-" of a compound): which body it is, only a longer name of the brief says. */
const LONE_INSTITUTION = new RegExp(`^(?:${INSTITUTION_HEADS})$`, 'iu');
const ORG_SUFFIX = 'Rail|Railways|Airlines|Airways|Bank|Group|Shipping|Motors|Energy|Technologies|Systems|Holdings|Partners|Capital|Industries|Pharmaceuticals|Telecom|Mobile|Steel|Foods|Insurance|Logistics|Freight|Labs|Ventures|Electric|Electronics';
/** Capitalised words ending in a company word, wherever they stand ("Northwind Shipping defended…"). */
const ORG_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}&'’-]+\s+){1,3}(?:${ORG_SUFFIX})(?![\p{L}\p{N}])`, 'gu');
/**
 * A company word ending a word, which every ORG_NAME match holds: most units have none, and this
 * search (for its letters) costs a tenth of ORG_NAME's, whose look-behind is tried at every position.
 */
const ORG_SUFFIX_WORD = new RegExp(String.raw`(?:${ORG_SUFFIX})(?![\p{L}\p{N}])`, 'u');
/**
 * Aircraft, missile and other model designations: "Su-27", "MiG-21", "S-400". Not the end of a longer hyphenated
 * name ("SARS-CoV-2", a virus, is no model "CoV-2").
 */
const DESIGNATION = /(?<!-)\b(?:[A-Z][a-z]?[A-Z]?|[A-Z]{2,3})-\d{1,4}[A-Z]?\b/gu;
/**
 * Names that a number completes: a bill, a ballot measure, a section or article of a law, a flight or a road, a mission
 * ("Senate Bill 8", "Proposition 22", "Section 230", "Article 50", "Interstate 95", "Apollo 11"). Without its number the
 * name is another one's or none. A section, an article or a chapter needs two digits: "Section 2" is a report's own part.
 */
const NUMBERED = /\b(?:(?:(?:Senate|House|Assembly)\s+)?(?:Bill|Proposition|Prop\.|Resolution|Measure|Initiative|Flight|Route|Interstate|Highway|Apollo|Artemis|Gemini|Soyuz|Voyager)\s+\d{1,4}|(?:Section|Article|Chapter)\s+\d{2,4})[A-Z]?\b(?![.,]\d)/gu;
const MAX_VARIANTS = 5;
/** Full names sharing a word that a short form is compared with (a bound for a huge seed). */
const MAX_SAME_WORD = 20;

/**
 * Characters of prose per brief read for names the gazetteer does not know (~3,000 words,
 * longer than almost any news story), so a huge seed costs no more than a long story.
 * Past it, names still come from the gazetteer and from names already found.
 */
export const NAME_BUDGET_CHARS = 20_000;

/** @param unitTokens tokenize(unit.text) of each unit, when the caller has read them already */
export function extractEntities(units: TextUnit[], options: NameOptions = {}, g: Gazetteer = gazetteer(), unitTokens?: readonly Token[][]): EntityMention[] {
  let budget = NAME_BUDGET_CHARS;
  // Each unit is split into words once, for the gazetteer, the name finder and the recount.
  const tokens = unitTokens ?? units.map((unit) => tokenize(unit.text));
  const known = units.map((unit, u) => gazetteerHits(unit.text, g, tokens[u]));
  const read = units.map((unit) => {
    const text = unit.prose ? readablePrefix(unit.text, budget) : '';
    budget -= text.length;
    return { text, prose: text.length > 0 };
  });
  const names = findNames(
    read,
    known.map((hits) => hits.filter((h) => !h.demonym)),
    read.map((r, u) => (r.text.length === units[u]!.text.length ? tokens[u]! : undefined)),
    options,
  );
  const perUnit = units.map((unit, u) => unitHits(unit.text, read[u]!.text.length, known[u]!, names[u]!.flatMap(candidate)));
  recountNames(units, tokens, perUnit);
  joinAcronyms(units, perUnit);
  return genitivesJoined(statesNamedLikeCountries(aggregate(resolveWithinBrief(perUnit.flat()), g), units), options.language, g);
}

/**
 * A country the gazetteer knows by a US state's name ("Georgia") is the state where the brief names another US state
 * or the state by its abbreviation, or a US party's members by the name ("Georgia Republicans"), and not the
 * country's capital ("Tbilisi"). It joins the state's entity, as an abbreviation names it.
 */
function statesNamedLikeCountries(mentions: EntityMention[], units: TextUnit[]): EntityMention[] {
  const named = mentions.filter((m) => m.kind === 'country' && isUsStateName(m.label));
  if (named.length === 0) return mentions;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const dropped = new Set<EntityMention>();
  for (const country of named) {
    const label = usStateLabel(country.label);
    const id = entityId(label);
    const capital = mentions.some((o) => o.relations.some((r) => r.type === 'capitalOf' && r.target === country.id));
    const otherState = mentions.some((o) => o !== country && o.kind === 'place' && (o.id === id || isUsStateName(o.label)));
    // The label is one of the fifty states' names, letters and spaces only, so it needs no escaping in a pattern.
    const partyWord = new RegExp(`(?<![\\p{L}])${country.label}\\s+(?:Republicans?|Democrats?|Democratic|GOP)(?![\\p{L}])`, 'u');
    if (capital || !(otherState || units.some((u) => partyWord.test(u.text)))) continue;
    const state = byId.get(id);
    if (state) {
      joinMention(state, country);
      dropped.add(country);
    } else {
      Object.assign(country, { id, label, kind: 'place', relations: [], media: false });
    }
  }
  return withoutDropped(mentions, dropped);
}

/** Counts `from`'s mentions and variants as `into`'s. */
function joinMention(into: EntityMention, from: EntityMention): void {
  into.count += from.count;
  into.demonymCount += from.demonymCount;
  for (const v of from.variants) if (into.variants.length < MAX_VARIANTS && !into.variants.includes(v)) into.variants.push(v);
}

/** The mentions but those dropped, most mentioned first. */
function withoutDropped(mentions: EntityMention[], dropped: ReadonlySet<EntityMention>): EntityMention[] {
  const out = dropped.size > 0 ? mentions.filter((m) => !dropped.has(m)) : mentions;
  return out.sort((a, b) => b.count + b.demonymCount - (a.count + a.demonymCount) || a.id.localeCompare(b.id));
}

/** Languages that write a name's genitive with "-s" or "-es" ("Anna Pells Buch", "des Hafenverbandes"). */
const S_GENITIVE_LANGUAGES = new Set(['de']);

/**
 * A name and the same name with a genitive "-s" or "-es", in one brief of such a language ("Anna Pell … Anna Pells
 * Buch"), are one entity under the name without it. Only where the brief writes both: alone, the "s" may be the
 * name's own (a band's "Stones" is no magazine's "Stone"), and a capital S is a letter of an acronym ("ABCS").
 */
function genitivesJoined(mentions: EntityMention[], language: string | null | undefined, g: Gazetteer): EntityMention[] {
  if (!S_GENITIVE_LANGUAGES.has(baseLanguage(language))) return mentions;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const dropped = new Set<EntityMention>();
  for (const m of mentions) {
    if (!/\p{L}s$/u.test(m.label) || g.byId.has(m.id)) continue;
    const base = byId.get(m.id.slice(0, -1)) ?? (m.id.endsWith('es') ? byId.get(m.id.slice(0, -2)) : undefined);
    if (!base || dropped.has(base)) continue;
    joinMention(base, m);
    dropped.add(m);
  }
  return withoutDropped(mentions, dropped);
}

/** An acronym in brackets right after a name ("… Administration (FDA)"), and a name in brackets right after one ("FDA (Food …"). */
const ACRONYM_AFTER = /^\s*\(\s*([^\s()]{2,10})\s*\)/u;
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])([^\s()]{2,10})\s*\(\s*$/u;
const CLOSES_BRACKET = /^\s*\)/u;
/** How far from a name its acronym in brackets is looked for. */
const ACRONYM_REACH = 16;

/** The word in brackets right after a name, or the word before the brackets a name stands in, with where it starts. */
function acronymBeside(text: string, full: Hit): { acronym: string; start: number } | null {
  const after = ACRONYM_AFTER.exec(text.slice(full.end, full.end + ACRONYM_REACH));
  if (after) return { acronym: after[1]!, start: text.indexOf(after[1]!, full.end) };
  if (!CLOSES_BRACKET.test(text.slice(full.end, full.end + 4))) return null;
  const from = Math.max(0, full.start - ACRONYM_REACH);
  const before = ACRONYM_BEFORE.exec(text.slice(from, full.start));
  // ACRONYM_BEFORE's match starts with the acronym (its look-behind takes no characters).
  return before ? { acronym: before[1]!, start: from + before.index } : null;
}

/**
 * An acronym the brief defines in brackets ("Food and Drug Administration (FDA)", or "FDA (Food and Drug
 * Administration)") names the same body as the full name: every mention of it takes the full name's identity
 * (the one in brackets counts, found as a name or not), so the brief names one entity whose variants keep the
 * acronym, where the corpus step reads it.
 */
function joinAcronyms(units: TextUnit[], perUnit: Hit[][]): void {
  const defined = new Map<string, Hit>();
  units.forEach((unit, u) => {
    const hits = perUnit[u]!;
    const added: Hit[] = [];
    for (const full of hits) {
      if (full.demonym || isAcronym(full.surface) || !/\s/u.test(full.surface)) continue;
      const beside = acronymBeside(unit.text, full);
      if (!beside || !isAcronym(beside.acronym) || !abbreviates(beside.acronym, full.surface)) continue;
      const { acronym, start } = beside;
      if (!defined.has(acronym)) defined.set(acronym, full);
      if (!hits.some((h) => h.start === start)) added.push({ start, end: start + acronym.length, id: null, kind: full.kind, surface: acronym, demonym: false });
    }
    if (added.length > 0) perUnit[u] = [...hits, ...added].sort((a, b) => a.start - b.start);
  });
  for (const [acronym, full] of initialsNamed(perUnit)) if (!defined.has(acronym)) defined.set(acronym, full);
  if (defined.size === 0) return;
  // The gazetteer's entity wins either way: "Europäischen Union (EU)" is the European Union, which "EU" names.
  const known = new Map<string, Hit>();
  for (const hits of perUnit) for (const h of hits) if (h.id !== null && !h.demonym && defined.has(h.surface) && !known.has(h.surface)) known.set(h.surface, h);
  const target = new Map<string, Hit>();
  for (const [acronym, full] of defined) {
    const entity = full.id === null ? (known.get(acronym) ?? full) : full;
    target.set(acronym, entity);
    if (entity !== full && full.name) target.set(full.name, entity);
  }
  for (const hits of perUnit) {
    hits.forEach((h, k) => {
      const entity = h.demonym ? undefined : (target.get(h.surface) ?? (h.id === null && h.name ? target.get(h.name) : undefined));
      if (!entity || entity === h) return;
      const { name: _name, evidence: _evidence, ...rest } = h;
      hits[k] = { ...rest, id: entity.id, kind: entity.kind, ...(entity.name ? { name: entity.name } : {}), ...(entity.evidence ? { evidence: entity.evidence } : {}) };
    });
  }
}

/** Letters of an acronym named without brackets at least ("NCAA", not "EU": two letters match too many names by chance). */
const UNBRACKETED_ACRONYM_LETTERS = 3;

/**
 * Acronyms the brief writes apart from a name whose capitalised words' initials they are, exactly ("Federal Trade
 * Commission" … "the FTC"): the same body, when no other name of the brief has those initials.
 */
function initialsNamed(perUnit: Hit[][]): Map<string, Hit> {
  const byInitials = new Map<string, Hit | null>();
  const acronyms = new Set<string>();
  for (const hits of perUnit) {
    for (const h of hits) {
      if (h.demonym) continue;
      if (isAcronym(h.surface)) {
        // An acronym the gazetteer knows ("RNC") keeps its meaning: another name with its initials is another body.
        if (h.id === null) acronyms.add(h.surface);
        continue;
      }
      if (!/\s/u.test(h.surface)) continue;
      const initials = capitalInitials(h.surface);
      if (initials.length < UNBRACKETED_ACRONYM_LETTERS) continue;
      // Two names with the same initials leave the acronym unexplained (null).
      const seen = byInitials.get(initials);
      byInitials.set(initials, seen === undefined || (seen !== null && sameName(seen, h)) ? h : null);
    }
  }
  const out = new Map<string, Hit>();
  for (const acronym of acronyms) {
    const full = byInitials.get(acronym.replace(/[^\p{Lu}]/gu, ''));
    if (full) out.set(acronym, full);
  }
  return out;
}

function capitalInitials(name: string): string {
  return name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
}

function sameName(a: Hit, b: Hit): boolean {
  return a.id !== null ? a.id === b.id : (a.name ?? a.surface) === (b.name ?? b.surface);
}

/**
 * A name found once is counted wherever the brief writes it, the title and
 * headings included (a name opening a sentence, or in a headline-case title,
 * is only taken once the brief has shown it is one). Word by word with one
 * look-up per word, so the cost stays linear in the text.
 */
function recountNames(units: TextUnit[], unitTokens: readonly Token[][], perUnit: Hit[][]): void {
  const byFirstWord = new Map<string, { words: string[]; model: Hit }[]>();
  const seen = new Set<string>();
  for (const hit of perUnit.flat()) {
    if (hit.id !== null || !hit.name || hit.name.length < 3 || seen.has(hit.name)) continue;
    seen.add(hit.name);
    const words = tokenize(hit.name).map((t) => t.text);
    if (words.length === 0) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, model: hit });
    byFirstWord.set(words[0]!, list);
  }
  if (byFirstWord.size === 0) return;
  units.forEach((unit, u) => {
    const tokens = unitTokens[u]!;
    const found: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirstWord.get(tokens[i]!.text);
      if (!candidates) continue;
      let best: Hit | null = null;
      for (const { words, model } of candidates) {
        if (i + words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]!.text === words[k] && onlySpaces(unit.text, tokens[i + k - 1]!.end, tokens[i + k]!.start);
        const end = tokens[i + words.length - 1]!.end;
        if (ok && (!best || end > best.end)) best = { ...model, start: tokens[i]!.start, end, surface: unit.text.slice(tokens[i]!.start, end) };
      }
      if (best) {
        found.push(best);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < best.end) i++;
      }
    }
    perUnit[u] = mergeSorted(perUnit[u]!, found);
  });
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** `hits` (sorted by start) with each of `extra` (sorted by start) that overlaps none of them nor an extra already taken; linear in both. */
function mergeSorted(hits: Hit[], extra: Hit[]): Hit[] {
  const out: Hit[] = [];
  let k = 0;
  let lastEnd = -1;
  for (const e of extra) {
    while (k < hits.length && hits[k]!.start < e.end) {
      lastEnd = Math.max(lastEnd, hits[k]!.end);
      out.push(hits[k++]!);
    }
    const nextStart = k < hits.length ? hits[k]!.start : Infinity;
    if (e.start >= lastEnd && e.end <= nextStart) {
      out.push(e);
      lastEnd = e.end;
    }
  }
  while (k < hits.length) out.push(hits[k++]!);
  return out;
}

/** The start of `text` within `budget` characters, cut at white space so no word is split. */
function readablePrefix(text: string, budget: number): string {
  if (text.length <= budget) return text;
  if (budget <= 0) return '';
  const cut = text.lastIndexOf(' ', budget);
  return text.slice(0, cut > 0 ? cut : 0);
}

/** A found name as a hit, in canonical form; nothing when what is left is no plausible name. */
function candidate(found: FoundName): Hit[] {
  const role = found.kind === 'person' || found.kind === 'organisation' || found.kind === 'place' ? found.kind : 'other';
  const name = canonicalName(found.surface, role);
  if (!plausibleName(name)) return [];
  const inner = found.surface.indexOf(name.split(' ')[0]!);
  return [{ start: found.start + Math.max(inner, 0), end: found.end, id: null, kind: found.kind, surface: tidy(found.surface), demonym: false, name, evidence: found.evidence }];
}

/**
 * Names in one unit: its gazetteer matches, then model designations and company names,
 * then the name finder's spans, each kept only where no earlier name stands (sorted
 * sweeps, linear in the unit). Only the first `readLength` characters are read for
 * the patterns: the same bound as the name finder's.
 */
function unitHits(text: string, readLength: number, known: Hit[], spans: Hit[]): Hit[] {
  const read = text.slice(0, readLength);
  const designations: Hit[] = [];
  // exec on the shared patterns: matchAll would copy them for every unit.
  DESIGNATION.lastIndex = 0;
  for (let match = DESIGNATION.exec(read); match; match = DESIGNATION.exec(read)) {
    const start = match.index;
    designations.push({ start, end: start + match[0].length, id: null, kind: 'product', surface: match[0], demonym: false, name: match[0] });
  }
  NUMBERED.lastIndex = 0;
  for (let match = NUMBERED.exec(read); match; match = NUMBERED.exec(read)) {
    const start = match.index;
    designations.push({ start, end: start + match[0].length, id: null, kind: 'other', surface: match[0], demonym: false, name: match[0] });
  }
  // "Palo Alto, Calif.": a state abbreviated, named in full. A party label ("D-N.J.") names none, and no name is read in it.
  const partyLabels: StateMention[] = [];
  for (const s of abbreviatedStates(read)) {
    if (s.partyLabel) partyLabels.push(s);
    else designations.push({ start: s.start, end: s.end, id: null, kind: 'place', surface: read.slice(s.start, s.end), demonym: false, name: s.state });
  }
  // The patterns' matches in text order, as the merges below expect.
  designations.sort((a, b) => a.start - b.start);
  const companies: Hit[] = [];
  ORG_NAME.lastIndex = 0;
  for (let match = ORG_SUFFIX_WORD.test(read) ? ORG_NAME.exec(read) : null; match; match = ORG_NAME.exec(read)) {
    const name = canonicalName(match[0], 'organisation');
    const start = match.index + match[0].indexOf(name);
    if (plausibleName(name) && name.includes(' ')) companies.push({ start, end: start + name.length, id: null, kind: 'organisation', surface: name, demonym: false, name });
  }
  const taken = mergeSorted(mergeSorted(known, designations), companies);
  // A found name longer than the known names inside it wins when it is a person ("Michael Jordan")
  // or an institution ("Bank of China", "China Development Bank"); otherwise the known names win.
  const removed = new Set<Hit>();
  const winners: Hit[] = [];
  const free: Hit[] = [];
  let k = 0;
  let p = 0;
  for (const span of spans) {
    while (p < partyLabels.length && partyLabels[p]!.end <= span.start) p++;
    if (p < partyLabels.length && partyLabels[p]!.start < span.end) continue;
    while (k < taken.length && taken[k]!.end <= span.start) k++;
    const clash: Hit[] = [];
    // A people's word inside a longer name clashes too: a body named with it ("Chinese Academy of Sciences", "Russian
    // Orthodox Church") is that body, while a name that is no person's or body's ("Chinese Dream") leaves the word alone.
    for (let j = k; j < taken.length && taken[j]!.start < span.end; j++) clash.push(taken[j]!);
    if (clash.length === 0) {
      free.push(span);
      continue;
    }
    const longer = clash.every((h) => h.end - h.start < span.end - span.start);
    const body = span.kind === 'organisation' && clash.every((h) => h.demonym);
    const namedByPlace = clash[0]!.start > span.start && bodyBeforePlace(lastWordOf(text.slice(span.start, clash[0]!.start)));
    if (!(longer && (body || namedByPlace || span.kind === 'person' || / of /.test(span.surface) || INSTITUTION.test(span.name ?? '')))) continue;
    if (namedByPlace) Object.assign(span, { kind: 'organisation', evidence: undefined });
    // "Russia's Security Council" still names Russia.
    for (const h of clash) if (!/^['’]s\s/u.test(text.slice(h.end, h.end + 3))) removed.add(h);
    winners.push(span);
  }
  const kept = removed.size > 0 ? taken.filter((h) => !removed.has(h)) : taken;
  return mergeSorted(mergeSorted(kept, winners), free);
}

/**
 * Longest gazetteer matches over word tokens, left to right; a match never crosses punctuation.
 * Grows each match a word at a time and stops as soon as no known key starts with the words
 * so far, so a token costs one or two look-ups instead of one per possible length.
 */
export function gazetteerHits(text: string, g: Gazetteer = gazetteer(), words: Token[] = tokenize(text)): Hit[] {
  // Hyphenated compounds are matched by their parts too: "Russia-Ukraine" names both, "Indo-Pacific" still matches whole.
  const tokens: Token[] = [];
  for (const word of withoutElisions(words)) {
    if (hasHyphen(word.text)) for (const part of splitHyphens(word)) tokens.push(part);
    else tokens.push(word);
  }
  const keys = keyTables(g);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let best: Hit | null = null;
    let matched = 0;
    const limit = Math.min(g.maxWords, tokens.length - i);
    // A place's name in capitals, as a dateline or a caption writes it ("BEIJING (Reuters) -", "MANCHESTER, ENGLAND").
    let shouted = SHOUTED_TOKEN.test(first.text);
    for (let len = 1; len <= limit; len++) {
      if (len > 1 && !joined(text, tokens[i + len - 2]!, tokens[i + len - 1]!)) break;
      const last = tokens[i + len - 1]!;
      // A token's text is its span of the text: no need to cut it out again.
      const surface = len === 1 ? first.text : text.slice(first.start, last.end);
      const key = aliasKey(surface);
      shouted &&= len === 1 || SHOUTED_TOKEN.test(last.text);
      const titled = shouted ? keys.cased.get(aliasKey(titleCased(surface))) : undefined;
      const cased = keys.cased.get(key) ?? (titled && shoutedPlaceKey(titled, surface, g));
      const lower = keys.lower.get(key.toLowerCase());
      const nameId = cased?.name ?? lower?.term;
      const demonymId = nameId ? undefined : cased?.demonym;
      const id = nameId ?? demonymId;
      if (id) {
        best = { start: first.start, end: last.end, id, kind: g.byId.get(id)!.kind, surface, demonym: demonymId !== undefined };
        matched = len;
      }
      if (!cased?.longer && !lower?.longer) break;
    }
    // "New Jersey", "Papua New Guinea", "New Mexico", "Northern Ireland": another place than the one its last word names.
    const before = i > 0 ? tokens[i - 1] : undefined;
    const next = tokens[i + 1];
    // "Douglas MacArthur", "Francia Márquez": a place's name that is a given name too, before a surname ("Stanley Cup" keeps it).
    const givenName = matched === 1 && next !== undefined && g.givenNamesToo.has(aliasKey(first.text)) && /^\p{Lu}\p{Ll}/u.test(next.text) && /^ $/u.test(text.slice(first.end, next.start)) && !isCommonWord(next.text.toLowerCase());
    // "the Texas Capitol", "the State Capitol": a state's building, not the one the gazetteer knows by that word.
    const statePlace = matched === 1 && best?.kind === 'place' && before !== undefined && joined(text, before, first) && (before.text === 'State' || isSubdivision(before.text));
    if (best && !givenName && !statePlace && !(before && NEW_PLACE.has(before.text) && joined(text, before, first)) && !inOtherSense(text, best, g)) hits.push(best);
    i += Math.max(matched, 1);
  }
  return hits;
}

/** The last word of a stretch of text ("Universität" of "Technische Universität "). */
function lastWordOf(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.search(/\S+$/u));
}

/** Characters either side of a match that a phrase giving it another sense may reach ("a bag of tortilla chips"). */
const OTHER_SENSE_REACH = 40;

/** A match inside a phrase that gives its words another sense names nothing: "chocolate chips", "under the radar", "domestic battery". */
function inOtherSense(text: string, hit: Hit, g: Gazetteer): boolean {
  const senses = hit.id === null ? undefined : g.otherSenses.get(hit.id);
  if (!senses) return false;
  const from = Math.max(0, hit.start - OTHER_SENSE_REACH);
  const around = text.slice(from, hit.end + OTHER_SENSE_REACH);
  senses.lastIndex = 0;
  for (let m = senses.exec(around); m; m = senses.exec(around)) {
    if (from + m.index <= hit.start && from + m.index + m[0].length >= hit.end) return true;
  }
  return false;
}

/** A word in capitals (with a letter past the first): "BEIJING", "NEW", "U.K." */
const SHOUTED_TOKEN = /^\p{Lu}[\p{Lu}.'’]+$/u;

/** The key a name in capitals matches as written in small letters: only a country's or a place's ("BEIJING"), or the start of one ("NEW"). */
function shoutedPlaceKey(titled: CasedKey, surface: string, g: Gazetteer): CasedKey {
  return titled.name !== undefined && isShoutedName(surface) && PLACE_KINDS.has(g.byId.get(titled.name)!.kind) ? { name: titled.name, longer: titled.longer } : { longer: titled.longer };
}

/** Words that make a place's name into another place's ("New Jersey" is not Jersey). */
const NEW_PLACE = new Set(['New', 'Northern']);

/**
 * The gazetteer's keys for the scan, one entry per key: names and demonyms as written, terms in lower
 * case, each with whether a longer key starts with it and a gap (wordPrefixes). A word then costs two look-ups (as
 * written, in lower case) instead of one per table.
 */
interface KeyTables {
  cased: ReadonlyMap<string, CasedKey>;
  lower: ReadonlyMap<string, LowerKey>;
}
interface CasedKey {
  name?: string;
  demonym?: string;
  longer: boolean;
}
interface LowerKey {
  term?: string;
  longer: boolean;
}
const tableCache = new WeakMap<Gazetteer, KeyTables>();

function keyTables(g: Gazetteer): KeyTables {
  let tables = tableCache.get(g);
  if (!tables) {
    const cased = new Map<string, CasedKey>();
    const lower = new Map<string, LowerKey>();
    const casedEntry = (key: string) => {
      let entry = cased.get(key);
      if (!entry) cased.set(key, (entry = { longer: false }));
      return entry;
    };
    const lowerEntry = (key: string) => {
      let entry = lower.get(key);
      if (!entry) lower.set(key, (entry = { longer: false }));
      return entry;
    };
    for (const [key, id] of g.names) casedEntry(key).name = id;
    for (const [key, id] of g.demonyms) casedEntry(key).demonym = id;
    for (const [key, id] of g.terms) lowerEntry(key).term = id;
    for (const key of [...g.names.keys(), ...g.demonyms.keys()]) for (const prefix of wordPrefixes(key)) casedEntry(prefix).longer = true;
    for (const key of g.terms.keys()) for (const prefix of wordPrefixes(key)) lowerEntry(prefix).longer = true;
    tables = { cased, lower };
    tableCache.set(g, tables);
  }
  return tables;
}

/**
 * The starts of a key that end before a space or a hyphen: the keys of fewer words that may grow
 * into it. The scan's key for more words is its key for fewer, then the gap (spaces and hyphens
 * only, read by aliasKey as " " and "-"), then the next word; so a key that is no such start of any
 * key can grow into none, and the scan stops there.
 */
function wordPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let n = 1; n < key.length; n++) if (key[n] === ' ' || key[n] === '-') out.push(key.slice(0, n));
  return out;
}

const HYPHEN = /[-\u2010\u2011]/;

/** HYPHEN.test by character codes: this runs on every word. */
function hasHyphen(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

function splitHyphens(token: Token): Token[] {
  if (!hasHyphen(token.text)) return [token];
  const parts: Token[] = [];
  let offset = token.start;
  for (const part of token.text.split(HYPHEN)) {
    if (part) parts.push({ ...token, text: part, start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return parts;
}

/** True when two neighbouring tokens are separated only by spaces or hyphens (no comma, full stop, dash, quote or blank line). */
function joined(text: string, left: Token, right: Token): boolean {
  // Most words are one space apart: no need to cut out the gap and test it.
  if (right.start === left.end + 1 && text.charCodeAt(left.end) === 32) return true;
  const gap = text.slice(left.end, right.start);
  return /^[\s\u2010\u2011-]*$/.test(gap) && !gap.includes('\n\n');
}

/** A name: capitalised words (connectors aside), not too long, not a lone demonym or generic noun. */
export function plausibleName(name: string): boolean {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 7 || name.length < 2) return false;
  // The Arabic article opens a name as a capital would ("al Qaeda", "al-Shabaab").
  const article = (words.length > 1 && ARTICLE_PARTICLES.has(words[0]!)) || opensWithArticle(words[0]!);
  if (!words.every((w, i) => (i === 0 && article) || opensWithArticle(w) || CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  if ((CONNECTORS.has(words[0]!.toLowerCase()) && !article) || CONNECTORS.has(words[words.length - 1]!.toLowerCase())) return false;
  if (words.every((w) => GENERIC_HEADS.has(w.toLowerCase()) || CONNECTORS.has(w.toLowerCase()))) return false;
  return /\p{L}{2}/u.test(name);
}

/**
 * Names the gazetteer did not know, resolved inside the brief: a demonym plus
 * a generic word counts for the country ("Chinese government" -> China), a
 * lone surname joins the full name ("Putin" -> "Vladimir Putin"), and a short
 * form joins the longer one it ends ("Communications Ministry").
 */
function resolveWithinBrief(hits: Hit[]): Hit[] {
  const g = gazetteer();
  const out: Hit[] = [];
  // Full names by their last word and, for people, their first: what a short form may join.
  const byLast = new Map<string, Hit[]>();
  const byFirst = new Map<string, Hit[]>();
  const index = (map: Map<string, Hit[]>, key: string, hit: Hit) => {
    const list = map.get(key) ?? [];
    if (list.length < MAX_SAME_WORD && !list.some((h) => h.name === hit.name)) list.push(hit);
    map.set(key, list);
  };
  for (const h of hits) {
    if (h.id !== null || !h.name) continue;
    const words = h.name.split(' ');
    if (words.length < 2) continue;
    index(byLast, words[words.length - 1]!, h);
    if (h.kind === 'person') index(byFirst, words[0]!, h);
  }
  const longerKnown = knownByLongerNames(hits);
  for (const hit of hits) {
    if (hit.id !== null) {
      out.push(localBodyOfLoneHead(hit, byLast, longerKnown) ?? hit);
      continue;
    }
    if (!hit.name) {
      out.push(hit);
      continue;
    }
    const words = hit.name.split(' ');
    const demonymId = g.demonyms.get(aliasKey(words[0]!)) ?? g.names.get(aliasKey(words[0]!));
    // The demonym itself was already counted by the gazetteer scan.
    if (demonymId && words.length >= 2 && words.slice(1).every((w) => GENERIC_HEADS.has(w.toLowerCase()))) continue;
    const known = lookupName(hit.name);
    if (known) {
      out.push({ ...hit, id: known.id, kind: known.kind });
      continue;
    }
    const single = words.length === 1;
    const candidates = [...(byLast.get(words[words.length - 1]!) ?? []), ...(single ? (byFirst.get(words[0]!) ?? []) : [])];
    // A lone word joins a person named in full ("Barrack" -> "Thomas Barrack") whatever its own context suggested, unless
    // it is a state's or a province's name ("Virginia" beside "Virginia Tech"); one of no known kind joins a team named by
    // its place too, the only body known by its shape ("Lions" -> "Detroit Lions"). A place never joins a longer place:
    // that is another place, a part of it or a namesake ("Northern California", "New York" to "York").
    const joins = (f: Hit) =>
      (f.kind === hit.kind && hit.kind !== 'place') ||
      (single && ((f.kind === 'person' && hit.evidence !== 'list') || (f.kind === 'organisation' && f.evidence === 'shape' && hit.kind === 'other') || namesUnknownOne(f, hit)));
    const longer = candidates.find((f) => f.name !== hit.name && joins(f) && endsWithWords(f.name!, hit.name!, f.kind === 'person'));
    if (!longer && single && (LONE_INSTITUTION.test(hit.name) || STATE_BODY_WORDS.has(hit.name.toLowerCase()))) continue;
    // A surname read as someone's by its context carries that reading to the full name it joins (its vote outweighs the name's shape).
    const resolved = longer && namesUnknownOne(longer, hit) ? { ...hit, name: longer.name! } : longer ? { ...hit, name: longer.name!, kind: longer.kind, evidence: longer.evidence ?? 'context' } : hit;
    out.push(resolved);
  }
  return out;
}

/** Known entities the brief names by more than one word ("US Congress"): a lone head word of theirs is meant as them too. */
function knownByLongerNames(hits: readonly Hit[]): Set<string> {
  const out = new Set<string>();
  for (const h of hits) if (h.id !== null && !h.demonym && h.surface.includes(' ')) out.add(h.id);
  return out;
}

/**
 * A known body's lone head word ("Congress", the gazetteer's for the US one) in a brief that names a body of its own ending
 * in it ("the Northland Party Congress opened … the Congress elects a leader") and never the known one in full: that body, as a
 * lone "Committee" joins the committee the brief names.
 */
function localBodyOfLoneHead(hit: Hit, byLast: ReadonlyMap<string, Hit[]>, longerKnown: ReadonlySet<string>): Hit | null {
  if (hit.demonym || hit.surface.includes(' ') || !INSTITUTION.test(hit.surface) || longerKnown.has(hit.id!)) return null;
  // The fullest name of them: a shorter one ("Party Congress") joins the longer it ends ("Northland Party Congress").
  const bodies = byLast.get(hit.surface)?.filter((f) => f.kind === 'organisation') ?? [];
  const local = bodies.find((f) => !bodies.some((o) => o !== f && endsWithWords(o.name!, f.name!, false)));
  return local ? { ...hit, id: null, name: local.name!, kind: local.kind, evidence: local.evidence ?? 'context' } : null;
}

/**
 * A lone word the context calls a person ("Romney, the former governor, …") and a name of two or three words ending in it
 * that nothing placed ("Mitt Romney battled …", where "Mitt" is no given name the lists know): the same person.
 */
function namesUnknownOne(full: Hit, lone: Hit): boolean {
  return lone.kind === 'person' && (lone.evidence ?? 'context') === 'context' && full.kind === 'other' && full.evidence === 'none' && full.name!.split(' ').length <= 3;
}

/** "Vladimir Putin" covers "Putin" (and "Vladimir" for people); "Russian Communications Ministry" covers "Communications Ministry". */
function endsWithWords(long: string, short: string, person: boolean): boolean {
  const l = long.split(' ');
  const s = short.split(' ');
  if (s.length >= l.length) return false;
  const tail = l.slice(-s.length).join(' ') === short;
  return tail || (person && s.length === 1 && l[0] === short);
}

function aggregate(hits: Hit[], g: Gazetteer): EntityMention[] {
  const byId = new Map<string, EntityMention>();
  // Kinds per unknown entity, each mention weighted by its evidence: context wins over shape, shape over nothing.
  const kinds = new Map<string, KindVotes>();
  for (const hit of hits) {
    const known = hit.id ? g.byId.get(hit.id) : undefined;
    const id = hit.id ?? entityId(hit.name!);
    let mention = byId.get(id);
    if (!mention) {
      const relations: EntityRelation[] = known?.relations ?? [];
      mention = {
        id,
        label: known?.label ?? hit.name!,
        kind: known?.kind ?? hit.kind,
        count: 0,
        demonymCount: 0,
        variants: [],
        media: known?.media ?? false,
        relations,
      };
      byId.set(id, mention);
    }
    if (hit.demonym) mention.demonymCount++;
    else mention.count++;
    if (!known) {
      let votes = kinds.get(id);
      if (!votes) kinds.set(id, (votes = new KindVotes()));
      votes.add(hit.kind, hit.evidence ?? 'context');
    }
    const variant = tidy(hit.surface).replace(/['’]s$/u, '');
    if (mention.variants.length < MAX_VARIANTS && !mention.variants.includes(variant)) mention.variants.push(variant);
  }
  for (const [id, votes] of kinds) {
    const { kind, evidence } = votes.winner()!;
    const mention = byId.get(id)!;
    mention.kind = kind;
    if (evidence !== 'context') mention.kindEvidence = evidence;
  }
  return [...byId.values()]
    .sort((a, b) => b.count + b.demonymCount - (a.count + a.demonymCount) || a.id.localeCompare(b.id));
}
