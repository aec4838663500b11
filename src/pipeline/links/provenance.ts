import { gazetteer, lookupName } from './gazetteer.ts';
import { aliasKey, canonicalName, entityId, tidy } from './normalise.ts';
import { sentences } from '../clean/sentences.ts';
import type { ProvenanceEdge } from './types.ts';

/**
 * Who cites whom, read from attribution phrases: "according to X", "X
 * reported", "reported by X with reference to Y", "X, citing Y, said",
 * "Source: X". Hand-written patterns: attribution in news prose is a small,
 * regular grammar that no NLP package models, and every match keeps its
 * words as evidence.
 *
 * Edges go between outlets and news agencies only; other named sources
 * (officials, people, companies) are returned as `sources` for fact checks.
 */

export interface AttributionOptions {
  /** The brief's own outlet, so "X reported" by the brief itself is no citation. */
  outlet?: string | null;
  /** Names the metadata stage already knows to be outlets. */
  knownOutlets?: string[];
}

export interface Attributions {
  edges: ProvenanceEdge[];
  /** Every named source a statement is attributed to, outlets included, as written. */
  sources: string[];
}

const NAME = String.raw`(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|&[ \t]+|the[ \t]+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,5}`;
/** Capitalised words that are never a source's name. */
const NOT_NAMES = new Set('he she they it we i you this that these those there here his her their its our according source sources as citing in but and also meanwhile however earlier read the a an'.split(' '));
/** Nouns that say the next or previous name is a news outlet. */
const MEDIA_NOUN = String.raw`(?:news\s+agency|press\s+agency|wire\s+service|news\s+outlet|news\s+site|agency|newspaper|daily|weekly|outlet|broadcaster|magazine|website|channel|tabloid|publication|media\s+outlet)`;
const REPORT_VERB = String.raw`(?:reported|reports|wrote|writes|said|says|published|publishes|cited|noted|notes|claimed|claims|added|learned|has\s+learned|revealed|stated|quoted)`;
const DESCRIPTOR = String.raw`(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:senior\s+|unnamed\s+|anonymous\s+|western\s+|local\s+|industry\s+|government\s+|military\s+|intelligence\s+)*(?:officials?|sources?|experts?|analysts?|insiders?|diplomats?|people\s+familiar\s+with\s+[\p{L}\s]{3,30}?|interlocutors))`;

// Built once: they were compiled per sentence and per name. The global ones are read with exec from lastIndex 0
// (matchAll would copy them for every sentence); nothing in their loops reads the same pattern.
/** "citing Y", "with reference to Y", "quoting Y". */
const CITING_CUE = /\b(?:citing|with\s+reference\s+to|quoting|referring\s+to|in\s+reference\s+to)\s+/giu;
/** "according to X", "reported by X", "told X", "as X reported", "Source: X". */
const SOURCE_CUE = /\b(?:according\s+to|(?:as\s+)?(?:reported|published|revealed|cited|first\s+reported)\s+by|told|in\s+an\s+interview\s+with|sources?\s*:|via)\s+(?:(?:a|an|the)\s+)?(?:(?:report|reports|article|story|interview|data|figures|statement)\s+(?:from|by|in|with)\s+)?/giu;
const NAMES = new RegExp(NAME, 'gu');
const MEDIA_NOUN_BEFORE = new RegExp(`${MEDIA_NOUN}\\s+$`, 'iu');
const MEDIA_NOUN_AFTER = new RegExp(`^\\s+${MEDIA_NOUN}\\b`, 'iu');
const REPORTING_AFTER = new RegExp(String.raw`^(?:\s+${MEDIA_NOUN})?(?:\s*,[^,]{1,80},)?\s+(?:also\s+|previously\s+|earlier\s+|first\s+)?${REPORT_VERB}\b`, 'u');
const CREDITED_DESCRIPTOR = new RegExp(String.raw`\b(?:according\s+to|citing|told)\s+(${DESCRIPTOR})`, 'giu');
const LEADING_DESCRIPTOR = new RegExp(`^${DESCRIPTOR}`, 'iu');
/**
 * A word every pattern above needs (a cue or a reporting verb), in any case: a sentence without
 * one attributes nothing, and most sentences have none, so their names are not looked up.
 */
const ATTRIBUTION_HINT = new RegExp(String.raw`\b(?:citing|quoting|reference\s+to|referring\s+to|according\s+to|told|interview\s+with|sources?\s*:|via|reported|revealed|first\s+reported|${REPORT_VERB})`, 'iu');

interface NameAt {
  name: string;
  start: number;
  end: number;
  media: boolean;
}

export function findAttributions(text: string, options: AttributionOptions = {}): Attributions {
  const own = options.outlet ? outletId(options.outlet) : null;
  const known = new Set((options.knownOutlets ?? []).map(outletId));
  const edges = new Map<string, ProvenanceEdge>();
  const sources = new Set<string>();
  const add = (from: NameAt | null, to: NameAt, evidence: string) => {
    const toId = outletId(to.name);
    const fromId = from ? outletId(from.name) : null;
    if (toId === own || toId === fromId) return;
    const key = `${fromId === own ? '' : (fromId ?? '')}>${toId}`;
    if (!edges.has(key)) {
      edges.set(key, { from: fromId === own ? null : fromId, fromLabel: from && fromId !== own ? outletLabel(from.name) : null, to: toId, toLabel: outletLabel(to.name), evidence: clip(evidence) });
    }
  };

  // A line break always ends a sentence: page dumps put separate items on separate lines.
  // A line without the hint has no sentence with it (a sentence is a piece of its line that starts
  // after white space or punctuation), so most lines are not split into sentences at all.
  for (const sentence of text.split(/\n+/).flatMap((line) => (ATTRIBUTION_HINT.test(line) ? sentences(line) : []))) {
    if (!ATTRIBUTION_HINT.test(sentence)) continue;
    const names = namesIn(sentence, known);
    const mediaAt = (start: number, end: number) => names.find((n) => n.media && n.start >= start && n.start <= end);
    const nameAt = (start: number, end: number) => names.find((n) => n.start >= start && n.start <= end);

    // "citing Y", "with reference to Y", "quoting Y": Y is cited by the nearest outlet named before, else by the brief.
    CITING_CUE.lastIndex = 0;
    for (let cue = CITING_CUE.exec(sentence); cue; cue = CITING_CUE.exec(sentence)) {
      const after = cue.index + cue[0].length;
      const cited = nameAt(after, after + 4);
      recordSource(sentence, after, cited, sources);
      if (!cited?.media) continue;
      const at = cue.index;
      const citer = [...names].reverse().find((n) => n.media && n.end <= at);
      if (citer) {
        add(null, citer, sentence);
        add(citer, cited, sentence);
      } else add(null, cited, sentence);
    }
    // "according to X", "reported by X", "told X", "as X reported", "Source: X".
    SOURCE_CUE.lastIndex = 0;
    for (let cue = SOURCE_CUE.exec(sentence); cue; cue = SOURCE_CUE.exec(sentence)) {
      const after = cue.index + cue[0].length;
      const named = nameAt(after, after + 40);
      recordSource(sentence, after, named && named.start <= after + 2 ? named : undefined, sources);
      // A "Source:" line names the outlet the brief was taken from, known or not.
      const outlet = /^sources?\s*:/iu.test(cue[0]) && named ? { ...named, media: true } : mediaAt(after, after + 40);
      if (outlet && !sentence.slice(after, outlet.start).includes(',')) add(null, outlet, sentence);
    }
    // "X reported", "X, citing …, said", "X writes": the outlet is the subject of a reporting verb.
    for (const n of names) {
      const rest = sentence.slice(n.end);
      const verb = REPORTING_AFTER.exec(rest);
      if (!verb) continue;
      sources.add(n.name);
      if (n.media) add(null, n, sentence);
    }
    // "…, the agency writes" / "Bloomberg said": descriptors count as sources too.
    CREDITED_DESCRIPTOR.lastIndex = 0;
    for (let d = CREDITED_DESCRIPTOR.exec(sentence); d; d = CREDITED_DESCRIPTOR.exec(sentence)) sources.add(tidy(d[1]!));
  }
  return { edges: [...edges.values()], sources: [...sources] };
}

function recordSource(sentence: string, after: number, named: NameAt | undefined, sources: Set<string>): void {
  if (named) sources.add(named.name);
  else {
    const d = LEADING_DESCRIPTOR.exec(sentence.slice(after));
    if (d) sources.add(tidy(d[0]));
  }
}

/** Capitalised names in a sentence, each marked when it is an outlet: known to the gazetteer or the metadata, or introduced as one. */
function namesIn(sentence: string, known: Set<string>): NameAt[] {
  const out: NameAt[] = [];
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(sentence); m; m = NAMES.exec(sentence)) {
    let name = canonicalName(m[0], 'organisation');
    let start = m.index + m[0].indexOf(name.split(' ')[0]!);
    // A sentence-initial "According" or "Source" is a cue, not part of the name.
    const lead = /^(?:According|Source|Sources|As|Citing|In|It|This|That|But|And|Also|Meanwhile|However|Earlier|Read|The)\s+/.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (!name || !/\p{L}{2}/u.test(name) || NOT_NAMES.has(name.toLowerCase())) continue;
    // "the Russian news agency Interfax": a demonym describes the outlet, it is not one.
    if (gazetteer().demonyms.has(aliasKey(name))) continue;
    const end = start + name.length;
    const gaz = lookupName(name);
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(end, end + 30);
    const cued = MEDIA_NOUN_BEFORE.test(before) || MEDIA_NOUN_AFTER.test(after);
    const media = gaz ? gaz.media : cued || known.has(outletId(name));
    if (gaz && !gaz.media && gaz.kind !== 'organisation') {
      // Countries and places are never sources of a report, but "Russia's RBC" still hides one.
      continue;
    }
    out.push({ name, start, end, media });
  }
  return out;
}

/** An outlet's id: the gazetteer's when it knows the outlet ("Bloomberg News" -> bloomberg), else a slug of its name. */
export function outletId(name: string): string {
  const known = lookupName(canonicalName(name, 'organisation'));
  return known?.media ? known.id : entityId(canonicalName(name, 'organisation'));
}

export function outletLabel(name: string): string {
  const known = lookupName(canonicalName(name, 'organisation'));
  return known?.media ? known.label : canonicalName(name, 'organisation');
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 220 ? `${t.slice(0, 217)}…` : t;
}

/** Exported for tests: the key outlets are compared by. */
export const outletKey = (name: string) => aliasKey(canonicalName(name, 'organisation')).toLowerCase();
