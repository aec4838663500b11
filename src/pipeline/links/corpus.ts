import { findClusters } from './clusters.ts';
import { diffFacts } from './facts.ts';
import { gazetteer } from './gazetteer.ts';
import { KindVotes } from './kind-votes.ts';
import { tfidf } from './keywords.ts';
import { isCommonWord, isGivenName } from './lexicon.ts';
import { formalGivenName } from './nicknames.ts';
import { abbreviates, aliasKey, classStem, entityId, isAcronym } from './normalise.ts';
import { canNameAThing } from './parts-of-speech.ts';
import { withPartyNames } from './party-members.ts';
import { relatedBriefs, type ReasonFeatures } from './related.ts';
import { nearestNeighbours, termVectors } from './similarity.ts';
import { foldWord, singular } from './text.ts';
import { MAX_TOPICS, topicById } from './topics.ts';
import type { BriefLinks, ClusterRecord, EntityMention, EntityRecord, LinkFeatures, LinkGraph, OutletRecord, ProvenanceGraph, TopicRecord, TopicScore } from './types.ts';

/** Keywords shown per brief (TF-IDF, highest first). */
export const KEYWORDS_PER_BRIEF = 8;
/** Keywords per brief that related-brief reasons may name. */
const KEYWORDS_IN_REASONS = 8;
/** Weight of one mention of a named entity in the story terms, beside the words that spell it. */
const ENTITY_TERM_WEIGHT = 1;
/** Neighbours kept per brief: enough for a related list and for the clusters' rank test. */
const NEIGHBOURS = 10;
/** Node id for briefs whose outlet is not known, in the site-wide provenance graph. */
export const UNKNOWN_OUTLET = 'unknown-outlet';

/**
 * Phase 2 of linking: one pass over every brief's features, in time that
 * grows about linearly with the number of briefs (inverted indexes and LSH
 * buckets, never all pairs).
 */
export function linkCorpus(all: LinkFeatures[]): LinkGraph {
  const ms: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    const out = run();
    ms[stage] = (ms[stage] ?? 0) + Math.round(performance.now() - start);
    return out;
  };
  const features = [...all].sort((a, b) => a.slug.localeCompare(b.slug));
  const n = features.length;

  const nicknameAlias = time('entities', () => nicknameAliases(features));
  const personAlias = time('entities', () => surnameAliases(features, nicknameAlias));
  const acronymAlias = time('entities', () => acronymAliases(features));
  const countryAlias = time('entities', () => countryPrefixAliases(features));
  const stemAlias = time('entities', () => classStemAliases(features));
  const pluralAlias = time('entities', () => memberPluralAliases(features));
  const entityOf = (id: string) => pluralAlias.get(id) ?? nicknameAlias.get(id) ?? personAlias.get(id) ?? acronymAlias.get(id) ?? countryAlias.get(id) ?? stemAlias.get(id) ?? id;
  // Names as pages show them: a party's members under the party, and no given name alone that no full name claims.
  const shown = time('entities', () => withoutLoneGivenNames(withPartyNames(features), (id) => entityOf(id) !== id));
  // A designation's letters alone read as an acronym's body ("COVID"): they say nothing of the designation's kind.
  const entities = time('entities', () => entityRecords(shown, entityOf, (id) => stemAlias.has(id), (id) => nicknameAlias.has(id)));

  const keywords = time('keywords', () => keywordsPerBrief(features));

  // Same-story similarity: story terms plus the brief's named entities (merged across the corpus), TF-IDF, nearest neighbours.
  const vectors = time('similarity', () =>
    termVectors(
      features.map((f) => [
        ...(f.storyTerms ?? []),
        ...f.entities.filter((e) => e.count > 0 && e.kind !== 'country').map((e) => ({ key: `@${entityOf(e.id)}`, weight: e.count * ENTITY_TERM_WEIGHT })),
      ]),
    ),
  );
  const neighbours = time('similarity', () => nearestNeighbours(vectors, { k: NEIGHBOURS }));

  const clustering = time('clusters', () => findClusters(features.map((f) => ({ slug: f.slug, date: f.date, minhash: f.minhash })), vectors.vectors, neighbours));
  const index = new Map(features.map((f, i) => [f.slug, i]));
  const bySlug = new Map(features.map((f) => [f.slug, f]));
  const clusters: Record<string, ClusterRecord> = {};
  const clusterOf = new Map<string, string>();
  const membersOf = new Map<string, number[]>();
  time('clusters', () => {
    for (const members of clustering.clusters) {
      const id = members[0]!;
      for (const m of members) clusterOf.set(m, id);
      membersOf.set(id, members.map((m) => index.get(m)!));
      const versions = members.map((slug) => bySlug.get(slug)!);
      clusters[id] = {
        id,
        members: versions.map((v) => ({ slug: v.slug, title: v.title, outlet: v.outlet, date: v.date, lead: v.lead })),
        pairs: [],
        differences: diffFacts(versions.map((v) => ({ slug: v.slug, facts: v.facts }))),
      };
    }
    for (const { a, b, similarity } of clustering.pairs) clusters[clusterOf.get(a)!]?.pairs.push({ a, b, similarity });
  });

  // A brief too short to be about a topic takes those its story's other versions agree on, where it mentions them.
  const topicsOf = time('topics', () => {
    const storyTopics = new Map<string, StoryTopics>();
    return features.map((f) => {
      const story = clusterOf.get(f.slug);
      if (f.topics.length > 0 || !f.mentionedTopics || story === undefined) return f.topics;
      let counted = storyTopics.get(story);
      if (!counted) storyTopics.set(story, (counted = countStoryTopics(membersOf.get(story)!.map((m) => features[m]!))));
      return topicsFromStory(f.mentionedTopics, counted);
    });
  });

  const related = time('related', () =>
    relatedBriefs(
      features.map((f, i): ReasonFeatures => ({
        slug: f.slug,
        names: mergedMentions(shown[i]!, entityOf, entities)
          .filter((e) => e.kind === 'person' || e.kind === 'organisation')
          .map((e) => ({ id: e.id, label: e.label, weight: e.count })),
        topics: topicsOf[i]!.map((t) => ({ id: t.id, label: (topicById(t.id)?.label ?? t.id).toLowerCase() })),
        keywords: keywords[i]!.slice(0, KEYWORDS_IN_REASONS).map((k) => ({ key: k.key, label: k.label, weight: k.score })),
      })),
      neighbours,
      (i) => membersOf.get(clusterOf.get(features[i]!.slug) ?? '') ?? [],
    ),
  );

  const briefs: Record<string, BriefLinks> = {};
  features.forEach((f, i) => {
    briefs[f.slug] = {
      slug: f.slug,
      title: f.title,
      outlet: f.outlet,
      outletId: f.outletId,
      date: f.date,
      entities: mergedMentions(shown[i]!, entityOf, entities),
      topics: topicsOf[i]!.map((t) => ({ id: t.id, label: topicById(t.id)?.label ?? t.id, score: t.score })),
      keywords: keywords[i]!.slice(0, KEYWORDS_PER_BRIEF),
      related: related[i]!,
      cluster: clusterOf.get(f.slug) ?? null,
      provenance: f.provenance,
    };
  });

  const { outlets, provenance } = time('provenance', () => outletsAndProvenance(features));
  return {
    version: 1,
    briefs,
    entities,
    topics: topicRecords(features, topicsOf),
    outlets,
    clusters,
    provenance,
    stats: { briefs: n, entities: Object.keys(entities).length, clusters: Object.keys(clusters).length, candidatePairs: clustering.candidatePairs, ms },
  };
}

/**
 * A given name alone ("Nora steered", "sailing with Tom") that no full name of the corpus claims (`resolved`: surnameAliases
 * and the others) names someone only inside its brief: as an entity it would join every Tom of the corpus on one page
 * and in one another's related lists. A place or a body by the same word ("Charlotte", "MAYA"), or one the gazetteer knows,
 * is a name of its own.
 */
function withoutLoneGivenNames(features: LinkFeatures[], resolved: (id: string) => boolean): LinkFeatures[] {
  const known = gazetteer().byId;
  const lone = (e: EntityMention) =>
    (e.kind === 'person' || e.kind === 'other') && !e.id.includes('-') && !known.has(e.id) && !resolved(e.id) && !isAcronym(e.label) && isGivenName(e.label.toLowerCase());
  return features.map((f) => (f.entities.some(lone) ? { ...f, entities: f.entities.filter((e) => !lone(e)) } : f));
}

/**
 * A person named with a short form of a given name is the person another brief names with the name itself
 * ("chuck-schumer" -> "charles-schumer"), when the corpus names them so.
 */
function nicknameAliases(features: LinkFeatures[]): Map<string, string> {
  const people = new Set<string>();
  for (const f of features) for (const e of f.entities) if (e.kind === 'person') people.add(e.id);
  function* pairs(): Generator<[string, string]> {
    for (const id of people) {
      const dash = id.indexOf('-');
      const formal = dash > 0 ? formalGivenName(id.slice(0, dash)) : undefined;
      const full = formal === undefined ? undefined : `${formal}${id.slice(dash)}`;
      if (full !== undefined && people.has(full)) yield [id, full];
    }
  }
  return uniqueAliases(pairs());
}

/**
 * A member of a party, a faith or a place and its plural ("Republican" and "Republicans", "Westerner" and
 * "Westerners") are one entity, under the plural, when the corpus names both and neither is known: a word
 * that names one of a group ends as such words do ("-an", "-er", "-crat", "-ist", "-ite", "-i"), so a
 * name that is a plural of its own ("Times" beside "Time") stays apart.
 */
function memberPluralAliases(features: LinkFeatures[]): Map<string, string> {
  const known = gazetteer().byId;
  const lone = new Set<string>();
  for (const f of features) for (const e of f.entities) if (e.kind === 'other' && !e.id.includes('-') && !known.has(e.id)) lone.add(e.id);
  const alias = new Map<string, string>();
  for (const id of lone) if (MEMBER_ENDING.test(id) && lone.has(`${id}s`)) alias.set(id, `${id}s`);
  return alias;
}
const MEMBER_ENDING = /(?:an|er|crat|ist|ite|i)$/u;
const OTHER_THAN_PEOPLE = new Set(['place', 'country', 'organisation']);

/**
 * The full name a lone surname stands for: the only one, or one that far more briefs name than all the others together
 * ("Obama" is Barack Obama's, though some briefs name Michelle Obama); null where several are named alike ("Smith").
 */
function namedMostOften(candidates: ReadonlySet<string>, briefs: ReadonlyMap<string, number>): string | null {
  if (candidates.size === 1) return [...candidates][0]!;
  let best: string | null = null;
  let bestBriefs = 0;
  let total = 0;
  for (const id of candidates) {
    const n = briefs.get(id) ?? 0;
    total += n;
    if (n > bestBriefs) [best, bestBriefs] = [id, n];
  }
  return bestBriefs >= MIN_BRIEFS_OF_MOST_NAMED && bestBriefs >= MOST_NAMED_SHARE * (total - bestBriefs) ? best : null;
}
/** How many briefs must name a full name, and how many times as many as all others ending alike, for it to take a lone surname. */
const MIN_BRIEFS_OF_MOST_NAMED = 3;
const MOST_NAMED_SHARE = 3;

/** What follows a surname to tell a father from a son ("Jr."), as entity ids write it. */
const GENERATION_MARKS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A lone surname joins the one person's full name in the corpus that ends
 * with it ("putin" -> "vladimir-putin"), or the one far more briefs name (namedMostOften); with two candidates
 * named alike ("Smith") it stays apart.
 * `nicknames`: full names that are another's (a short given name's), which are no second candidate.
 */
function surnameAliases(features: LinkFeatures[], nicknames: ReadonlyMap<string, string>): Map<string, string> {
  const full = new Map<string, Set<string>>();
  // Briefs per full name and per lone word; full names some brief read as a person's from their context, not only from
  // their shape; lone words some brief read so.
  const fullBriefs = new Map<string, number>();
  const loneBriefs = new Map<string, number>();
  const surePeople = new Set<string>();
  // Briefs that read a lone word as another thing, and as a person from its context.
  const somethingElse = new Map<string, number>();
  const sureLoneBriefs = new Map<string, number>();
  const single = new Set<string>();
  const known = gazetteer().byId;
  for (const f of features) {
    for (const e of f.entities) {
      const parts = e.id.split('-');
      // A lone word the gazetteer does not know may be a surname whatever kind its brief's context suggested.
      if (parts.length === 1 && !known.has(e.id) && e.kind !== 'product') {
        single.add(e.id);
        loneBriefs.set(e.id, (loneBriefs.get(e.id) ?? 0) + 1);
        if (e.kind === 'person' && e.kindEvidence === undefined) {
          surePeople.add(e.id);
          sureLoneBriefs.set(e.id, (sureLoneBriefs.get(e.id) ?? 0) + 1);
        }
        // A place by a list or by its context ("in Toledo", "Columbus, Ohio"), or a body by its context.
        if (OTHER_THAN_PEOPLE.has(e.kind) && (e.kindEvidence === undefined || e.kindEvidence === 'list')) somethingElse.set(e.id, (somethingElse.get(e.id) ?? 0) + 1);
      } else if (e.kind === 'person' && parts.length > 1) {
        // "Tom Hale Jr." is Hale: a generation's mark is no surname.
        const last = parts.length > 2 && GENERATION_MARKS.has(parts[parts.length - 1]!) ? parts[parts.length - 2]! : parts[parts.length - 1]!;
        const id = nicknames.get(e.id) ?? e.id;
        full.set(last, (full.get(last) ?? new Set()).add(id));
        fullBriefs.set(id, (fullBriefs.get(id) ?? 0) + 1);
        if (e.kindEvidence === undefined) surePeople.add(id);
      }
    }
  }
  const alias = new Map<string, string>();
  for (const s of single) {
    const matches = full.get(s);
    const person = matches && namedMostOften(matches, fullBriefs);
    if (!person) continue;
    // A word some briefs read as a place or a body is a surname only where more briefs say so ("Toledo" is no "Alexei
    // Toledo"; one brief's "Texas, Austin, who …" makes no person of the city two others name).
    if (somethingElse.has(s) && somethingElse.get(s)! >= (sureLoneBriefs.get(s) ?? 0)) continue;
    // A name a person's only by its shape may be a company's ("Freddie Mac", "Mozilla Firefox"): an everyday word alone
    // ("Studio") or a word more briefs write alone than with it ("Mac") is more likely another thing, unless a brief says
    // either is a person's.
    const unsure = !surePeople.has(person) && !surePeople.has(s);
    if (unsure && (isCommonWord(s) || loneBriefs.get(s)! > fullBriefs.get(person)!)) continue;
    alias.set(s, person);
  }
  return alias;
}

/**
 * An acronym a brief defines in brackets ("Food and Drug Administration (FDA)", kept among the entity's
 * variants) joins the full name across the corpus: briefs that only write "FDA" meet those that spell it
 * out. An acronym that two briefs expand differently stays apart.
 */
function acronymAliases(features: LinkFeatures[]): Map<string, string> {
  function* pairs(): Generator<[string, string]> {
    for (const f of features) {
      for (const e of f.entities) {
        for (const v of e.variants) {
          const id = isAcronym(v) && abbreviates(v, e.label) ? entityId(v) : e.id;
          if (id !== e.id) yield [id, e.id];
        }
      }
    }
  }
  return uniqueAliases(pairs());
}

/** Each short form's one target: a short form that points at two different entities joins neither. */
function uniqueAliases(pairs: Iterable<[string, string]>): Map<string, string> {
  const target = new Map<string, string | null>();
  for (const [short, full] of pairs) {
    const before = target.get(short);
    target.set(short, before === undefined || before === full ? full : null);
  }
  const alias = new Map<string, string>();
  for (const [short, full] of target) if (full !== null) alias.set(short, full);
  return alias;
}

/** A name of two words or more after a first word (a country's short form, if the caller finds one). */
const AFTER_FIRST_WORD = /^(\S+)\s+(\S+\s+\S.*)$/u;

/**
 * A body named with its country's short form before it ("U.S. Food and Drug Administration", "UK Home Office")
 * is the body that other briefs name without it, when one does: one entity, under the shorter name.
 */
function countryPrefixAliases(features: LinkFeatures[]): Map<string, string> {
  const g = gazetteer();
  const organisations = new Set<string>();
  for (const f of features) for (const e of f.entities) if (e.kind === 'organisation') organisations.add(e.id);
  const alias = new Map<string, string>();
  for (const f of features) {
    for (const e of f.entities) {
      const m = e.kind === 'organisation' ? AFTER_FIRST_WORD.exec(e.label) : null;
      if (!m || !isAcronym(m[1]!)) continue;
      const country = g.names.get(aliasKey(m[1]!));
      if (country === undefined || g.byId.get(country)?.kind !== 'country') continue;
      const rest = entityId(m[2]!);
      if (rest !== e.id && organisations.has(rest)) alias.set(e.id, rest);
    }
  }
  return alias;
}

/**
 * The letters of a class's designation written alone ("COVID" beside "COVID-19") are that designation, when the corpus
 * writes one designation with them.
 */
function classStemAliases(features: LinkFeatures[]): Map<string, string> {
  function* pairs(): Generator<[string, string]> {
    for (const f of features) {
      for (const e of f.entities) {
        const letters = classStem(e.label);
        if (letters !== null) yield [entityId(letters), e.id];
      }
    }
  }
  return uniqueAliases(pairs());
}

/** `fullName`: an id that another id stands for and whose label is a full name too (a short given name's: "Chuck Schumer"). */
function entityRecords(features: LinkFeatures[], entityOf: (id: string) => string, kindless: (id: string) => boolean = () => false, fullName: (id: string) => boolean = () => false): Record<string, EntityRecord> {
  const records = new Map<string, EntityRecord & { kinds: KindVotes; labels: Map<string, number> }>();
  for (const f of features) {
    const counts = new Map<string, number>();
    for (const e of f.entities) {
      const id = entityOf(e.id);
      let r = records.get(id);
      if (!r) {
        r = { id, label: e.label, kind: e.kind, media: e.media, variants: [], relations: e.relations, inverse: [], mentions: [], kinds: new KindVotes(), labels: new Map() };
        records.set(id, r);
      }
      const weight = e.count + e.demonymCount;
      // A kind read from context outweighs any number of names' shapes, and a shape any number of briefs with no evidence.
      if (!kindless(e.id)) r.kinds.add(e.kind, e.kindEvidence ?? 'context', weight);
      // Full names label the entity, never a lone surname that joined it.
      if (id === e.id || fullName(e.id)) r.labels.set(e.label, (r.labels.get(e.label) ?? 0) + weight);
      r.media ||= e.media;
      for (const v of e.variants) if (r.variants.length < 12 && !r.variants.includes(v)) r.variants.push(v);
      counts.set(id, (counts.get(id) ?? 0) + weight);
    }
    for (const [id, count] of counts) records.get(id)!.mentions.push({ slug: f.slug, count });
  }
  const out: Record<string, EntityRecord> = {};
  for (const r of [...records.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const { kinds, labels, ...record } = r;
    const kind = kinds.winner();
    if (kind) record.kind = kind.kind;
    if (kind && kind.evidence !== 'context') record.kindEvidence = kind.evidence;
    record.label = top(labels) ?? record.label;
    record.mentions.sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
    out[record.id] = record;
  }
  for (const r of Object.values(out)) {
    for (const rel of r.relations) out[rel.target]?.inverse.push({ type: rel.type, source: r.id, sourceLabel: r.label });
  }
  return out;
}

function mergedMentions(f: LinkFeatures, entityOf: (id: string) => string, records: Record<string, EntityRecord>): BriefLinks['entities'] {
  const merged = new Map<string, BriefLinks['entities'][number]>();
  for (const e of f.entities) {
    const r = records[entityOf(e.id)]!;
    const prev = merged.get(r.id);
    merged.set(r.id, { id: r.id, label: r.label, kind: r.kind, count: (prev?.count ?? 0) + e.count + e.demonymCount });
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * TF-IDF keywords per brief; terms that only repeat one of the brief's entity names are left to the entity list. In
 * an English brief a keyword names a thing: a word English uses only as a verb, an adjective or an adverb ("agreed",
 * "widespread"), or a phrase ending in one ("step aside"), is rare enough to score high but says nothing of the subject.
 */
function keywordsPerBrief(features: LinkFeatures[]): { key: string; label: string; score: number }[][] {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms) df.set(t.key, (df.get(t.key) ?? 0) + 1);
  const n = features.length;
  return features.map((f) => {
    const entityWords = new Set(f.entities.flatMap((e) => [e.label, ...e.variants].map((v) => singular(foldWord(v)))));
    const english = f.language === 'en';
    return f.terms
      .filter((t) => !entityWords.has(t.key) && (!english || canNameAThing(t.label.slice(t.label.lastIndexOf(' ') + 1))))
      .map((t) => ({ key: t.key, label: t.label, score: Math.round(tfidf(t.tf, df.get(t.key)!, n) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .slice(0, Math.max(KEYWORDS_PER_BRIEF, KEYWORDS_IN_REASONS));
  });
}

/** How many of a story's versions are about each topic, and how many versions it has. */
interface StoryTopics {
  versions: number;
  about: Map<string, number>;
}

function countStoryTopics(versions: readonly LinkFeatures[]): StoryTopics {
  const about = new Map<string, number>();
  for (const v of versions) for (const t of v.topics) about.set(t.id, (about.get(t.id) ?? 0) + 1);
  return { versions: versions.length, about };
}

/**
 * The topics a brief's story settles for a brief about none: those that at least half of the story's other versions are
 * about and that the brief mentions at least once. A brief of a hundred words seldom mentions its subject the three times a
 * topic needs. (The brief itself, about none, adds to no count.)
 */
function topicsFromStory(mentioned: readonly TopicScore[], story: StoryTopics): TopicScore[] {
  const others = story.versions - 1;
  if (others === 0) return [];
  return mentioned.filter((t) => (story.about.get(t.id) ?? 0) * 2 >= others).slice(0, MAX_TOPICS);
}

function topicRecords(features: LinkFeatures[], topicsOf: readonly TopicScore[][]): Record<string, TopicRecord> {
  const out: Record<string, TopicRecord> = {};
  for (const [i, f] of features.entries()) {
    for (const t of topicsOf[i]!) {
      const topic = topicById(t.id);
      if (!topic) continue;
      out[t.id] ??= { id: t.id, label: topic.label, description: topic.description, briefs: [] };
      out[t.id]!.briefs.push({ slug: f.slug, score: t.score });
    }
  }
  for (const r of Object.values(out)) r.briefs.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return out;
}

function outletsAndProvenance(features: LinkFeatures[]): { outlets: Record<string, OutletRecord>; provenance: ProvenanceGraph } {
  const outlets = new Map<string, OutletRecord>();
  const outlet = (id: string, label: string) => {
    let o = outlets.get(id);
    if (!o) {
      o = { id, label, briefs: [], citedIn: [], cites: [], citedBy: [] };
      outlets.set(id, o);
    }
    return o;
  };
  const edges = new Map<string, ProvenanceGraph['edges'][number]>();
  for (const f of features) {
    if (f.outletId && f.outlet) outlet(f.outletId, f.outlet).briefs.push(f.slug);
    for (const e of f.provenance) {
      const from = e.from ?? f.outletId ?? UNKNOWN_OUTLET;
      if (e.from && e.fromLabel) outlet(e.from, e.fromLabel);
      const cited = outlet(e.to, e.toLabel);
      if (!cited.citedIn.includes(f.slug)) cited.citedIn.push(f.slug);
      const key = `${from}>${e.to}`;
      const edge = edges.get(key) ?? { from, to: e.to, count: 0, briefs: [] };
      if (!edge.briefs.includes(f.slug)) {
        edge.briefs.push(f.slug);
        edge.count++;
      }
      edges.set(key, edge);
    }
  }
  for (const e of edges.values()) {
    const from = outlets.get(e.from);
    if (from) from.cites.push({ id: e.to, count: e.count });
    outlets.get(e.to)?.citedBy.push({ id: e.from, count: e.count });
  }
  const usedIds = new Set([...edges.values()].flatMap((e) => [e.from, e.to]));
  const nodes = [...usedIds].sort().map((id) => ({ id, label: id === UNKNOWN_OUTLET ? 'Outlet not identified' : (outlets.get(id)?.label ?? id), briefs: outlets.get(id)?.briefs.length ?? 0 }));
  const record: Record<string, OutletRecord> = {};
  for (const o of [...outlets.values()].sort((a, b) => a.id.localeCompare(b.id))) record[o.id] = o;
  return { outlets: record, provenance: { nodes, edges: [...edges.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)) } };
}

function top<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [k, c] of counts) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}
