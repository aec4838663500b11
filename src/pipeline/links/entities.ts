import { gazetteer, lookupName, type Gazetteer } from './gazetteer.ts';
import { aliasKey, canonicalName, entityId, NAME_CONNECTORS as CONNECTORS, tidy } from './normalise.ts';
import { tagNames, type TaggedPhrase } from './tagger.ts';
import { tokenize, type Token } from './text.ts';
import type { EntityKind, EntityMention, EntityRelation } from './types.ts';

/**
 * Finds the people, organisations, countries, places, products and
 * technologies a brief names. Two sources, then one set of normalisation
 * rules:
 * - the gazetteer (countries, capitals, seats of government, outlets, common
 *   organisations and technologies, plus demonyms) matched longest-first;
 * - compromise's named-entity tagger for names the gazetteer does not know,
 *   run on body text only (title-case headlines make every word look like a name).
 */

/** A piece of the brief: headings and the title are scanned with the gazetteer only. */
export interface TextUnit {
  text: string;
  /** Prose that the tagger may read. */
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
}

/** Words that, after a demonym, name no particular body ("Chinese government" is China, "Russian officials" nobody). */
const GENERIC_HEADS = new Set('government governments ministry military army navy press media authorities officials companies firms state regime parliament embassy forces troops side leadership people economy market industry partners president'.split(' '));
/** Heads of institution names that may continue with "of …" ("Ministry of Digital Development"). */
const INSTITUTION = /(?:Ministry|Department|Institute|Council|Committee|Agency|Bank|Office|Commission|Academy|University|Bureau|Service|Directorate|Court|Chamber|Federation|Union|Association|Society|Board|Authority|Administration|Party|Fund|Corporation|Company)$/;
const ORG_SUFFIX = 'Rail|Railways|Airlines|Airways|Bank|Group|Shipping|Motors|Energy|Technologies|Systems|Holdings|Partners|Capital|Industries|Pharmaceuticals|Telecom|Mobile|Steel|Foods|Insurance|Logistics|Freight|Labs|Ventures|Electric|Electronics';
/** Names that read as organisations: an all-capitals acronym, or a company or institution word at the end. */
const ORG_LIKE = new RegExp(String.raw`^(?:\p{Lu}{2,6}|.+\s(?:${ORG_SUFFIX}|Oil|Gas|Media|Semiconductor|Foundation|Institute|University|Union|Council|Ministry|Agency|Authority|Commission|Party))$`, 'u');
/** Capitalised words ending in a company word, wherever they stand ("Northwind Shipping defended…"). */
const ORG_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}&'’-]+\s+){1,3}(?:${ORG_SUFFIX})(?![\p{L}\p{N}])`, 'gu');
/** Aircraft, missile and other model designations: "Su-27", "MiG-21", "S-400". */
const DESIGNATION = /\b(?:[A-Z][a-z]?[A-Z]?|[A-Z]{2,3})-\d{1,4}[A-Z]?\b/gu;
const MAX_VARIANTS = 5;

/**
 * Characters of prose per brief that the tagger reads (~3,000 words, longer than almost
 * any news story). The tagger costs ~50 µs a word, so without a cap one huge seed would
 * dominate a build; past it, names still come from the gazetteer and the patterns above.
 */
export const TAGGER_BUDGET_CHARS = 20_000;

export function extractEntities(units: TextUnit[], g: Gazetteer = gazetteer()): EntityMention[] {
  let budget = TAGGER_BUDGET_CHARS;
  const known = units.map((unit) => gazetteerHits(unit.text, g));
  const tagged = units.map((unit) => {
    const text = unit.prose ? taggablePrefix(unit.text, budget) : '';
    budget -= text.length;
    return text;
  });
  // One tagger pass for the whole brief; known names tell it which sentences it may skip.
  const phrases = tagNames(tagged.map((text, u) => ({ text, explained: known[u]!.filter((h) => !h.demonym) })));
  const perUnit = units.map((unit, u) => unitHits(unit, known[u]!, taggedSpans(tagged[u]!, phrases[u]!)));
  recountNames(units, perUnit);
  return aggregate(resolveWithinBrief(perUnit.flat()), g);
}

/**
 * The tagger recognises a name in some sentences and not others (often not
 * at the start of one), so a name found once is counted wherever the brief
 * writes it, the title and headings included.
 */
function recountNames(units: TextUnit[], perUnit: Hit[][]): void {
  const found = new Map<string, Hit>();
  for (const hit of perUnit.flat()) if (hit.id === null && hit.name && hit.name.length >= 3) found.set(hit.name, hit);
  for (const [name, model] of found) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    units.forEach((unit, u) => {
      const hits = perUnit[u]!;
      for (const m of unit.text.matchAll(pattern)) {
        const hit: Hit = { ...model, start: m.index ?? 0, end: (m.index ?? 0) + name.length, surface: name };
        if (!overlaps(hit, hits)) hits.push(hit);
      }
    });
  }
}

/** The start of `text` within `budget` characters, cut at white space so no word is split. */
function taggablePrefix(text: string, budget: number): string {
  if (text.length <= budget) return text;
  if (budget <= 0) return '';
  const cut = text.lastIndexOf(' ', budget);
  return text.slice(0, cut > 0 ? cut : 0);
}

/** Names in one unit: its gazetteer matches, then patterns, then the tagger's spans. */
function unitHits(unit: TextUnit, known: Hit[], spans: Hit[]): Hit[] {
  const taken = [...known];
  for (const match of unit.text.matchAll(DESIGNATION)) {
    const start = match.index ?? 0;
    const hit: Hit = { start, end: start + match[0].length, id: null, kind: 'product', surface: match[0], demonym: false, name: match[0] };
    if (!overlaps(hit, taken)) taken.push(hit);
  }
  for (const match of unit.text.matchAll(ORG_NAME)) {
    const name = canonicalName(match[0], 'organisation');
    const start = (match.index ?? 0) + match[0].indexOf(name);
    const hit: Hit = { start, end: start + name.length, id: null, kind: 'organisation', surface: name, demonym: false, name };
    if (plausibleName(name) && name.includes(' ') && !overlaps(hit, taken)) taken.push(hit);
  }
  for (const span of spans) {
    const clash = taken.filter((h) => !h.demonym && h.start < span.end && span.start < h.end);
    if (clash.length === 0) {
      taken.push(span);
      continue;
    }
    // A tagged name longer than the known names inside it wins when it is a person ("Michael Jordan")
    // or an institution ("Bank of China", "China Development Bank"); otherwise the known name wins.
    const longer = clash.every((h) => h.end - h.start < span.end - span.start);
    const wins = longer && (span.kind === 'person' || / of /.test(span.surface) || INSTITUTION.test(span.name ?? ''));
    if (!wins) continue;
    // "Russia's Security Council" still names Russia.
    for (const h of clash) if (!/^['’]s\s/u.test(unit.text.slice(h.end, h.end + 3))) taken.splice(taken.indexOf(h), 1);
    taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Longest gazetteer matches over word tokens, left to right; a match never crosses punctuation.
 * Grows each match a word at a time and stops as soon as no known key starts with the words
 * so far, so a token costs one or two look-ups instead of one per possible length.
 */
export function gazetteerHits(text: string, g: Gazetteer = gazetteer()): Hit[] {
  // Hyphenated compounds are matched by their parts too: "Russia-Ukraine" names both, "Indo-Pacific" still matches whole.
  const tokens = tokenize(text).flatMap(splitHyphens);
  const prefixes = keyPrefixes(g);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let best: Hit | null = null;
    let matched = 0;
    const limit = Math.min(g.maxWords, tokens.length - i);
    for (let len = 1; len <= limit; len++) {
      if (len > 1 && !joined(text, tokens[i + len - 2]!, tokens[i + len - 1]!)) break;
      const last = tokens[i + len - 1]!;
      const surface = text.slice(first.start, last.end);
      const key = aliasKey(surface);
      const lower = key.toLowerCase();
      const nameId = g.names.get(key) ?? g.terms.get(lower);
      const demonymId = nameId ? undefined : g.demonyms.get(key);
      const id = nameId ?? demonymId;
      if (id) {
        best = { start: first.start, end: last.end, id, kind: g.byId.get(id)!.kind, surface, demonym: demonymId !== undefined };
        matched = len;
      }
      if (!prefixes.cased.has(key) && !prefixes.lower.has(lower)) break;
    }
    if (best) hits.push(best);
    i += Math.max(matched, 1);
  }
  return hits;
}

/** Every proper prefix of the gazetteer's keys: names and demonyms as written, terms in lower case. */
interface KeyPrefixes {
  cased: ReadonlySet<string>;
  lower: ReadonlySet<string>;
}
const prefixCache = new WeakMap<Gazetteer, KeyPrefixes>();

function keyPrefixes(g: Gazetteer): KeyPrefixes {
  let prefixes = prefixCache.get(g);
  if (!prefixes) {
    const cased = new Set<string>();
    const lower = new Set<string>();
    for (const key of [...g.names.keys(), ...g.demonyms.keys()]) for (let n = 1; n < key.length; n++) cased.add(key.slice(0, n));
    for (const key of g.terms.keys()) for (let n = 1; n < key.length; n++) lower.add(key.slice(0, n));
    prefixes = { cased, lower };
    prefixCache.set(g, prefixes);
  }
  return prefixes;
}

function splitHyphens(token: Token): Token[] {
  if (!token.text.includes('-')) return [token];
  const parts: Token[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    if (part) parts.push({ ...token, text: part, start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return parts;
}

/** True when two neighbouring tokens are separated only by spaces or hyphens (no comma, full stop, dash, quote or blank line). */
function joined(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return /^[\s-]*$/.test(gap) && !gap.includes('\n\n');
}

/** People, organisations and places the tagger found in `text`, tidied into candidate names. */
function taggedSpans(text: string, phrases: TaggedPhrase[]): Hit[] {
  const out: Hit[] = [];
  const take = (kind: EntityKind, role: 'person' | 'organisation' | 'place', m: TaggedPhrase) => {
    let start = m.start;
    let end = start + m.length;
    if (role === 'organisation') end = extendOf(text, text.slice(start, end), end);
    const surface = text.slice(start, end);
    const name = canonicalName(surface, role);
    if (!plausibleName(name)) return;
    // Keep offsets on the name itself so overlaps compare like with like.
    const inner = surface.indexOf(name.split(' ')[0]!);
    if (inner > 0) start += inner;
    out.push({ start, end, id: null, kind, surface: tidy(surface), demonym: false, name });
  };
  // Phrases come grouped by role in this order (people, organisations, places, other proper nouns), which settles ties below.
  for (const m of phrases) {
    if (m.role === 'person') take('person', 'person', m);
    else if (m.role === 'organisation') take('organisation', 'organisation', m);
    else if (m.role === 'place') take('place', 'place', m);
    // Proper nouns the tagger could not classify: company-like names ("Meridian Rail", "FNV") are organisations.
    else if (ORG_LIKE.test(tidy(m.text))) take('organisation', 'organisation', m);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((h, i, all) => !all.slice(0, i).some((o) => o.start < h.end && h.start < o.end));
}

/** "Russian Ministry" followed by "of Digital Development" becomes one name. */
function extendOf(text: string, surface: string, end: number): number {
  if (!INSTITUTION.test(tidy(surface))) return end;
  const rest = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(end));
  return rest ? end + rest[0].length : end;
}

/** A name: capitalised words (connectors aside), not too long, not a lone demonym or generic noun. */
export function plausibleName(name: string): boolean {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 7 || name.length < 2) return false;
  if (!words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  if (CONNECTORS.has(words[0]!.toLowerCase()) || CONNECTORS.has(words[words.length - 1]!.toLowerCase())) return false;
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
  const full = hits.filter((h) => h.id === null && h.name && h.name.split(' ').length > 1);
  for (const hit of hits) {
    if (hit.id !== null || !hit.name) {
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
    const longer = full.find((f) => f.kind === hit.kind && f.name !== hit.name && endsWithWords(f.name!, hit.name!, hit.kind === 'person'));
    out.push(longer ? { ...hit, name: longer.name! } : hit);
  }
  return out;
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
  const byId = new Map<string, EntityMention & { single: boolean }>();
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
        single: !known && hit.kind !== 'product' && hit.name!.split(' ').length === 1,
      };
      byId.set(id, mention);
    }
    if (hit.demonym) mention.demonymCount++;
    else mention.count++;
    const variant = tidy(hit.surface).replace(/['’]s$/u, '');
    if (mention.variants.length < MAX_VARIANTS && !mention.variants.includes(variant)) mention.variants.push(variant);
  }
  return [...byId.values()]
    // An unknown one-word name seen once is more often a tagging slip than a real name (organisations and model designations aside).
    .filter((m) => !(m.single && m.count < 2 && m.kind !== 'organisation'))
    .map(({ single: _single, ...m }) => m)
    .sort((a, b) => b.count + b.demonymCount - (a.count + a.demonymCount) || a.id.localeCompare(b.id));
}

function overlaps(hit: Hit, others: Hit[]): boolean {
  return others.some((o) => o.start < hit.end && hit.start < o.end);
}
