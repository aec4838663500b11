import countries from 'world-countries';
import data from './data/entities.json' with { type: 'json' };
import placeNames from './data/place-names.json' with { type: 'json' };
import { iso6393Of } from '../clean/language.ts';
import { capitalisesNouns } from '../clean/language-code.ts';
import { escapeRegExp } from '../clean/text.ts';
import { isListedPlace } from './cities.ts';
import { polishCaseForms } from './polish-cases.ts';
import { isCommonWord, isGivenName } from './lexicon.ts';
import { aliasKey, entityId, termKey } from './normalise.ts';
import type { EntityKind, EntityRelation, RelationType } from './types.ts';

/** One known entity with every way of writing it. */
export interface GazetteerEntry {
  id: string;
  label: string;
  kind: EntityKind;
  media: boolean;
  relations: EntityRelation[];
}

export interface Gazetteer {
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** aliasKey(name) -> id; names match case-sensitively. */
  names: ReadonlyMap<string, string>;
  /** termKey(term) -> id; terms match in any case. */
  terms: ReadonlyMap<string, string>;
  /** aliasKey(demonym) -> country id ("Russian" -> russia). */
  demonyms: ReadonlyMap<string, string>;
  /** Longest alias, in words: how far a match may reach. */
  maxWords: number;
  /**
   * One-word names of places that are given names too ("Douglas", "Stanley"; "Francia" in Spanish): before a capitalised
   * word that is no everyday word they open a person's name ("Douglas MacArthur", "Francia Márquez"), left to the name finder.
   */
  givenNamesToo: ReadonlySet<string>;
  /** Entity id -> the phrases that give its terms another sense ("chocolate chips", "under the radar"), as one global pattern. */
  otherSenses: ReadonlyMap<string, RegExp>;
}

interface RawEntry {
  id: string;
  label?: string;
  kind: string;
  media?: boolean;
  aliases?: string[];
  terms?: string[];
  demonyms?: string[];
  /** Phrases in which a term means something else (see otherSensePattern). */
  otherSenses?: string[];
  relations?: { type: string; target: string }[];
  /** Lower claims a shared alias or demonym first: hand-written entries, then sovereign states, then territories. */
  priority?: number;
}

/** The kinds of a place's name: a country's, or a city's, a region's or a capital's. */
export const PLACE_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['country', 'place']);
// 'other': a name the news uses of no listed kind, as a disease or a virus ("COVID-19", "SARS-CoV-2").
const KINDS = new Set<EntityKind>(['person', 'organisation', 'country', 'place', 'product', 'technology', 'other']);
const RELATIONS = new Set<RelationType>(['seatOf', 'partOf', 'capitalOf']);

/** Latin-script names of three letters or more; two-letter ISO codes ("IN", "IT") collide with words. */
function usableAlias(name: string): boolean {
  return name.length >= 3 && !name.includes(',') && /^[\p{Script=Latin}\p{N}\s.'’&()-]+$/u.test(name);
}

/**
 * world-countries lists other names in other languages, some of them everyday words or given names elsewhere:
 * "Island" (Iceland in German, an island in English), "Reunion", "Dominique", and "Mann" (the Isle of Man in
 * Manx, "a man" in German). A one-word alternative spelling counts only when it is none of these.
 */
function distinctAltSpelling(name: string): boolean {
  if (/\s/u.test(name)) return true;
  const lower = name.toLowerCase();
  return !isCommonWord(lower) && !isGivenName(lower) && !EVERYDAY_WORDS_ELSEWHERE.has(lower);
}
/** One-word alternative country names that are everyday words in a language the English word lists do not cover. */
const EVERYDAY_WORDS_ELSEWHERE = new Set(['mann']);

let cached: Gazetteer | null = null;

/** The gazetteer built from world-countries and data/entities.json (built once per process). */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer(countryEntries(), (data as { entities: RawEntry[] }).entities, englishPlaceNames());
  return cached;
}

/** A city and the names languages give it (data/place-names.json): ISO 639-1 code -> names. */
interface PlaceNames {
  id: string;
  /** Only for a city the gazetteer has no entry of this id for. */
  label?: string;
  names: Record<string, string[]>;
}
const PLACES = (placeNames as { places: PlaceNames[] }).places;

/** The cities whose English name the list of large cities lacks ("Cologne" is "Köln" there), as entries of every gazetteer. */
function englishPlaceNames(): RawEntry[] {
  return PLACES.flatMap((p) => (p.names.en ? [{ id: p.id, ...(p.label ? { label: p.label } : {}), kind: 'place', aliases: p.names.en }] : []));
}

/** The cities' names in a language (ISO 639-3), each with the entry it names, made up from the list where the gazetteer has none. */
function placeNamesIn(code: string, base: Gazetteer): { entry: GazetteerEntry; name: string }[] {
  return PLACES.flatMap((p) => {
    const entry = base.byId.get(p.id) ?? { id: p.id, label: p.label ?? p.id, kind: 'place' as const, media: false, relations: [] };
    return Object.entries(p.names).flatMap(([language, names]) => (language !== 'en' && iso6393Of(language) === code ? names.map((name) => ({ entry, name })) : []));
  });
}

const inLanguage = new Map<string, Gazetteer>();

/**
 * Square kilometres a country must cover for its names in other languages: the smallest are seldom in the news, and their
 * names there are more often a given name ("Dominika" for Dominica in Polish).
 */
const MIN_AREA_FOR_FOREIGN_NAMES = 1000;

/**
 * The gazetteer for text in a language (ISO 639-1): the one above, and the countries' names in that language, from
 * world-countries' translations and native names ("Deutschland" and "Frankreich" in German, "Estados Unidos" in Spanish).
 * Only in that language: Croatian "Butan" (Bhutan) is butane in German, Swedish "Ungern" (Hungary) German for "reluctantly".
 * Left out as in altSpellings: an everyday English word or a given name ("Chili", "Maurice"); and a listed state or city
 * ("Norfolk" for Norfolk Island). A name the gazetteer already gives another entity keeps it ("Guyana"). In a language
 * that capitalises only names, a one-word name before another capitalised word is left to the name finder (givenNamesToo).
 */
export function gazetteerFor(language: string | null | undefined): Gazetteer {
  const base = gazetteer();
  const code = language ? iso6393Of(language) : null;
  const nounsCapitalised = capitalisesNouns(language);
  if ((code === null || code === 'eng') && !nounsCapitalised) return base;
  const key = `${code ?? ''} ${nounsCapitalised}`;
  let g = inLanguage.get(key);
  if (!g) {
    const names = new Map(base.names);
    // A capital after the name says nothing where every noun has one ("in Deutschland Fähren bauen").
    const givenNamesToo = new Set<string>(nounsCapitalised ? [] : base.givenNamesToo);
    let maxWords = base.maxWords;
    const claim = (nameKey: string, id: string) => {
      names.set(nameKey, id);
      maxWords = Math.max(maxWords, nameKey.split(' ').length);
      // Where a capital marks a name, one word may be a given name in that language as well (Spanish "Francia").
      if (!/\s/u.test(nameKey) && !nounsCapitalised) givenNamesToo.add(nameKey);
    };
    // Polish names a place in six cases ("w Polsce", "z Rosji"): each listed name's forms as well.
    const declined = <T extends { name: string }>(list: T[]): T[] => (code === 'pol' ? polishNames(list) : list);
    for (const { id, name } of code === null ? [] : declined(countryNamesIn(code))) {
      const nameKey = aliasKey(name);
      if (!base.byId.has(id) || names.has(nameKey) || base.demonyms.has(nameKey) || !usableAlias(name) || !distinctAltSpelling(name) || isListedPlace(name)) continue;
      claim(nameKey, id);
    }
    // Cities by their names in the language ("Wien", "Moskau"), each the city an English brief names.
    const byId = new Map(base.byId);
    for (const { entry, name } of code === null ? [] : declined(placeNamesIn(code, base))) {
      const nameKey = aliasKey(name);
      if (names.has(nameKey)) continue;
      claim(nameKey, entry.id);
      if (!byId.has(entry.id)) byId.set(entry.id, entry);
    }
    if (code === 'deu') {
      addAdjectiveEndings(names);
      addGenitives(names, { ...base, byId });
    }
    g = { ...base, byId, names, maxWords, givenNamesToo };
    inLanguage.set(key, g);
  }
  return g;
}

/** German forms a name's genitive with an "s" and no apostrophe, unless the name ends in a hissing sound ("Paris", "Graz"). */
function takesGenitiveS(name: string): boolean {
  return !/[sxzß]$/iu.test(name);
}

/** The name a German genitive stands for ("Hamburgs" -> "Hamburg", "Russlands" -> "Russland"), or null. */
export function genitiveStem(word: string): string | null {
  if (word.length <= 4 || !word.endsWith('s')) return null;
  const stem = word.slice(0, -1);
  return takesGenitiveS(stem) ? stem : null;
}

/**
 * A German name's adjectives take the ending the article and the case ask for: "die Vereinigten Staaten", "das Europäische
 * Parlament", "der Deutschen Presse-Agentur". Each name of several words gets its adjectives' other endings (-e, -en, -es,
 * -er), where it names nothing else.
 */
function addAdjectiveEndings(names: Map<string, string>): void {
  const inflected: [string, string][] = [];
  for (const [nameKey, id] of names) {
    const words = nameKey.split(' ');
    if (words.length < 2 || !words.slice(0, -1).some((w) => ADJECTIVE.test(w))) continue;
    for (const ending of ADJECTIVE_ENDINGS) {
      const form = words.map((w, i) => (i < words.length - 1 ? w.replace(ADJECTIVE, `$1${ending}`) : w)).join(' ');
      if (form !== nameKey && !names.has(form)) inflected.push([form, id]);
    }
  }
  for (const [form, id] of inflected) names.set(form, id);
}
/** A capitalised adjective with its ending, its stem four letters or more ("Europäisch|es", "Vereinigt|e", "Deutsch|e"). */
const ADJECTIVE = /^(\p{Lu}\p{Ll}{3,})(?:e|en|es|er)$/u;
const ADJECTIVE_ENDINGS = ['e', 'en', 'es', 'er'];

/**
 * German names a country or a place in the genitive ("Russlands Krieg", "Deutschlands Wirtschaft", "Berlins
 * Bürgermeister"): each one-word country's or place's name gets that form, where it takes one and it names nothing else.
 */
function addGenitives(names: Map<string, string>, base: Gazetteer): void {
  const genitives: [string, string][] = [];
  for (const [nameKey, id] of names) {
    const kind = base.byId.get(id)?.kind;
    if (!kind || !PLACE_KINDS.has(kind) || /[\s.]/u.test(nameKey) || nameKey.length < 3 || !takesGenitiveS(nameKey) || nameKey === nameKey.toUpperCase()) continue;
    const genitive = `${nameKey}s`;
    if (!names.has(genitive) && !base.demonyms.has(genitive)) genitives.push([genitive, id]);
  }
  for (const [genitive, id] of genitives) names.set(genitive, id);
}

/** Each name with its Polish case forms after it, for the same entry. */
function polishNames<T extends { name: string }>(list: T[]): T[] {
  return list.flatMap((item) => [item, ...polishCaseForms(item.name).map((name) => ({ ...item, name }))]);
}

/** The countries' names in a language (ISO 639-3) from world-countries, common and official, of those not too small. */
function countryNamesIn(code: string): { id: string; name: string }[] {
  return countries.flatMap((c) => {
    if (c.area < MIN_AREA_FOR_FOREIGN_NAMES) return [];
    const native = c.name.native as Record<string, { common: string; official: string } | undefined> | undefined;
    const written = [c.translations?.[code], native?.[code]].flatMap((n) => (n ? [n.common, n.official] : []));
    return written.map((name) => ({ id: entityId(c.name.common), name }));
  });
}

/** Countries and their capitals as raw entries, in the data file's format. */
function countryEntries(): RawEntry[] {
  const out: RawEntry[] = [];
  for (const c of countries) {
    if (!c.independent && c.status !== 'officially-assigned') continue;
    const id = entityId(c.name.common);
    out.push({
      id,
      label: c.name.common,
      kind: 'country',
      priority: c.unMember ? 1 : 2,
      aliases: [c.name.common, c.name.official, ...c.altSpellings.filter(distinctAltSpelling)].filter(usableAlias),
      demonyms: [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && usableAlias(d)),
    });
    for (const capital of c.capital ?? []) {
      if (!usableAlias(capital)) continue;
      const aliases = [capital, capital.replace(/,? D\.?C\.?$/, '')];
      out.push({ id: entityId(aliases[1]!), label: capital, kind: 'place', aliases, relations: [{ type: 'capitalOf', target: id }], priority: c.unMember ? 1 : 2 });
    }
  }
  return out;
}

/** Merges raw entries by id (later entries add aliases and may rename) into look-up tables. */
export function buildGazetteer(...sources: RawEntry[][]): Gazetteer {
  const merged = new Map<string, Required<Omit<RawEntry, 'label'>> & { label: string }>();
  for (const raw of sources.flat()) {
    const prev = merged.get(raw.id);
    const entry = prev ?? { id: raw.id, label: raw.label ?? raw.aliases?.[0] ?? raw.id, kind: raw.kind, media: false, aliases: [], terms: [], demonyms: [], otherSenses: [], relations: [], priority: raw.priority ?? 0 };
    entry.priority = Math.min(entry.priority, raw.priority ?? 0);
    if (prev && raw.label) entry.label = raw.label;
    if (prev) entry.kind = raw.kind;
    entry.media ||= raw.media ?? false;
    entry.aliases.push(...(raw.aliases ?? []));
    entry.terms.push(...(raw.terms ?? []));
    entry.demonyms.push(...(raw.demonyms ?? []));
    entry.otherSenses.push(...(raw.otherSenses ?? []));
    for (const r of raw.relations ?? []) if (!entry.relations.some((x) => x.type === r.type && x.target === r.target)) entry.relations.push(r);
    merged.set(raw.id, entry);
  }

  const byId = new Map<string, GazetteerEntry>();
  const names = new Map<string, string>();
  const terms = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const otherSenses = new Map<string, RegExp>();
  let maxWords = 1;
  const claim = (table: Map<string, string>, key: string, id: string) => {
    // First claim wins: countries come first, so "Georgia" stays the country.
    if (key && !table.has(key)) table.set(key, id);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const e of [...merged.values()].sort((a, b) => a.priority - b.priority)) {
    if (!KINDS.has(e.kind as EntityKind)) throw new Error(`gazetteer: entity "${e.id}" has unknown kind "${e.kind}"`);
    const relations = e.relations.flatMap((r): EntityRelation[] => {
      if (!RELATIONS.has(r.type as RelationType)) throw new Error(`gazetteer: entity "${e.id}" has unknown relation "${r.type}"`);
      return [{ type: r.type as RelationType, target: r.target, targetLabel: merged.get(r.target)?.label ?? r.target }];
    });
    byId.set(e.id, { id: e.id, label: e.label, kind: e.kind as EntityKind, media: e.media, relations });
    // A technology's label is a lower-case term ("semiconductors"), so it is matched as a term, not a name.
    for (const a of e.kind === 'technology' ? e.aliases : [e.label, ...e.aliases]) claim(names, aliasKey(a), e.id);
    for (const t of e.terms) claim(terms, termKey(t), e.id);
    if (e.kind === 'technology' && e.terms.length > 0) claim(terms, termKey(e.label), e.id);
    for (const d of e.demonyms) claim(demonyms, aliasKey(d), e.id);
    if (e.otherSenses.length > 0) otherSenses.set(e.id, otherSensePattern(e.otherSenses));
    // The people of a country by the plural ("Russians", "Afghans"); "Chinese" and "Swiss" have none.
    for (const d of e.demonyms) if (/[^s]$/.test(d) && !/(?:ese|sh|ch)$/.test(d)) claim(demonyms, aliasKey(`${d}s`), e.id);
  }
  const givenNamesToo = new Set<string>();
  for (const [key, id] of names) if (!/[\s-]/u.test(key) && isGivenName(key.toLowerCase()) && PLACE_KINDS.has(byId.get(id)!.kind)) givenNamesToo.add(key);
  return { byId, names, terms, demonyms, maxWords, givenNamesToo, otherSenses };
}

/**
 * One pattern for an entity's phrases of another sense, in any case. A phrase is words apart; a word may offer
 * choices ("under|on the radar"); words are apart by spaces or a hyphen ("chocolate-chip cookies").
 */
export function otherSensePattern(phrases: readonly string[]): RegExp {
  const word = (choices: string) => `(?:${choices.split('|').map(escapeRegExp).join('|')})`;
  const phrase = (p: string) => p.trim().split(/\s+/u).map(word).join(String.raw`[\s-]+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrases.map(phrase).join('|')})(?![\p{L}\p{N}])`, 'giu');
}

/** The known entity a name refers to, if any ("U.S." -> united-states). */
export function lookupName(name: string, g: Gazetteer = gazetteer()): GazetteerEntry | null {
  const id = g.names.get(aliasKey(name)) ?? g.terms.get(termKey(name)) ?? g.names.get(aliasKey(name.replace(/^(?:the|The)\s+/, '')));
  return id ? (g.byId.get(id) ?? null) : null;
}
