import { gazetteer, lookupName, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import type { EntityMention, LinkFeatures } from './types.ts';

/** A word a party's name is made of, as its members are called by it: "Republican(s)", "Democrat(s)", "Democratic". */
const PARTY_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The briefs as readers see their names, with a party's members called by its word ("Republicans", "a Democrat",
 * "Democratic senators") shown as the party the gazetteer knows as "<word> Party" or "<word>ic Party" ("Republican
 * Party", "Democratic Party"), as its nickname already is ("GOP"): one entity page, not three. Only where most briefs
 * that write its words also name the party's country or a place in it; elsewhere the word may be another country's party
 * or movement, and stays its own name.
 *
 * For what pages show only: same-story similarity keeps the words as written, since a party that most political
 * stories of a country name says little about which story a brief tells.
 */
export function withPartyNames(features: LinkFeatures[], g: Gazetteer = gazetteer()): LinkFeatures[] {
  const parties = partiesOfMemberWords(features, g);
  if (parties.size === 0) return features;
  return features.map((f) => (f.entities.some((e) => parties.has(e.id)) ? { ...f, entities: f.entities.map((e) => asParty(e, parties.get(e.id))) } : f));
}

function asParty(mention: EntityMention, party: GazetteerEntry | undefined): EntityMention {
  if (!party) return mention;
  const { kindEvidence: _shape, ...rest } = mention;
  return { ...rest, id: party.id, label: party.label, kind: party.kind, media: party.media, relations: party.relations };
}

/** Each member word's entity id and its party, where the corpus writes it beside the party's country. */
function partiesOfMemberWords(features: LinkFeatures[], g: Gazetteer): Map<string, GazetteerEntry> {
  const candidates = new Map<string, GazetteerEntry>();
  const asked = new Set<string>();
  for (const f of features) {
    for (const e of f.entities) {
      if (asked.has(e.id)) continue;
      asked.add(e.id);
      const party = e.kind === 'other' && !g.byId.has(e.id) && PARTY_WORD.test(e.label) ? partyOfWord(e.label, g) : null;
      if (party) candidates.set(e.id, party);
    }
  }
  if (candidates.size === 0) return candidates;
  // Per party: briefs that write one of its words, and those of them that also name its country or a place in it.
  const writing = new Map<string, number>();
  const inCountry = new Map<string, number>();
  for (const f of features) {
    const parties = new Set(f.entities.flatMap((e) => candidates.get(e.id) ?? []));
    for (const party of parties) {
      const countries = party.relations.filter((r) => r.type === 'partOf').map((r) => r.target);
      writing.set(party.id, (writing.get(party.id) ?? 0) + 1);
      if (countries.length === 0 || f.entities.some((o) => countries.includes(o.id) || o.relations.some((r) => countries.includes(r.target)))) inCountry.set(party.id, (inCountry.get(party.id) ?? 0) + 1);
    }
  }
  for (const [id, party] of [...candidates]) if ((inCountry.get(party.id) ?? 0) * 2 < writing.get(party.id)!) candidates.delete(id);
  return candidates;
}

/** The party the gazetteer names after the word ("Republican" or "Republicans" -> Republican Party, "Democrat" -> Democratic Party). */
function partyOfWord(word: string, g: Gazetteer): GazetteerEntry | null {
  const stem = word.replace(/s$/u, '');
  for (const name of [`${stem} Party`, `${stem}ic Party`]) {
    const party = lookupName(name, g);
    if (party?.kind === 'organisation' && party.label.endsWith(' Party')) return party;
  }
  return null;
}
