/**
 * Types of the cross-link stage. Phase 1 computes `LinkFeatures` for each
 * brief (cached with the seed); phase 2 (`linkCorpus`) turns all briefs'
 * features into one `LinkGraph` that the pages read.
 */

/** 'other': a name whose kind nothing in the text shows (shown to readers as "Other names", never as a guessed kind). */
export type EntityKind = 'person' | 'organisation' | 'country' | 'place' | 'product' | 'technology' | 'other';

/**
 * What an entity's kind rests on: the gazetteer or the context (a title, an institution
 * word, "in" before a place), a list of states and provinces (weaker), only the shape of a
 * personal name (weaker still), or nothing (the kind is then 'other').
 */
export type KindEvidence = 'context' | 'list' | 'shape' | 'none';

/** seatOf: a seat of government standing for a state (the Kremlin -> Russia); partOf; capitalOf (Moscow -> Russia). */
export type RelationType = 'seatOf' | 'partOf' | 'capitalOf';

export interface EntityRelation {
  type: RelationType;
  target: string;
  targetLabel: string;
}

/** What the link stage needs from a brief: typed so it works with whatever metadata the earlier stages find. */
export interface LinkInput {
  slug: string;
  seed: string;
  title: string;
  outlet: string | null;
  date: string | null;
  /** Body text, one entry per paragraph, heading or list item. */
  paragraphs: { kind: string; text: string }[];
  /** Outlets the metadata stage found cited (optional: later metadata passes add it). */
  citedOutlets?: string[];
  /** Attribution phrases the metadata stage kept (optional). */
  attributions?: string[];
  /** Language of the text (ISO 639-1): decides how capital letters are read for names. */
  language?: string | undefined;
}

/** One entity found in a brief. */
export interface EntityMention {
  id: string;
  label: string;
  kind: EntityKind;
  /** Times it is named. */
  count: number;
  /** Times it is referred to by a demonym ("Russian officials" -> Russia). */
  demonymCount: number;
  /** How the brief wrote it (up to five forms). */
  variants: string[];
  /** A news outlet or agency. */
  media: boolean;
  relations: EntityRelation[];
  /** Set when the kind does not rest on the gazetteer or the context; any other brief's stronger evidence wins. */
  kindEvidence?: Exclude<KindEvidence, 'context'>;
}

export interface TopicScore {
  id: string;
  /** Pattern hits per 100 words. */
  score: number;
  hits: number;
}

/** A candidate keyword with its frequency in the brief. */
export interface Term {
  /** Folded, singular form: the key compared across briefs. */
  key: string;
  /** The form most often written. */
  label: string;
  tf: number;
}

/** "from cites to": outlets by id; from null means the brief's own outlet. */
export interface ProvenanceEdge {
  from: string | null;
  fromLabel: string | null;
  to: string;
  toLabel: string;
  /** The words that show the attribution. */
  evidence: string;
}

/** A fact as written and the key it is compared by. */
export interface Fact {
  text: string;
  key: string;
}

export interface Facts {
  dates: Fact[];
  numbers: Fact[];
  /** People, organisations and outlets a statement is attributed to. */
  sources: Fact[];
  quotes: Fact[];
}

export type FactKind = keyof Facts;

/** Everything phase 2 needs to know about one brief. */
export interface LinkFeatures {
  slug: string;
  /** Language of the text (ISO 639-1), when known: English keywords must name a thing. */
  language?: string;
  seed: string;
  title: string;
  outlet: string | null;
  outletId: string | null;
  date: string | null;
  /** Opening words, shown beside other versions on a cluster page. */
  lead: string;
  wordCount: number;
  entities: EntityMention[];
  topics: TopicScore[];
  /** When `topics` is empty: the topics the brief mentions too seldom to be about them, which its story's other versions may settle (corpus.ts). */
  mentionedTopics?: TopicScore[];
  terms: Term[];
  /** MinHash signature of the brief's shingles. */
  minhash: number[];
  /** Weighted word stems and figures of the headline and text: the same-story similarity's input (`story-terms.ts`). */
  storyTerms: { key: string; weight: number }[];
  provenance: ProvenanceEdge[];
  facts: Facts;
}

/**
 * Why a brief is related, strongest first: another version of the same story;
 * the same people or organisations; the same topic or keywords; only similar wording.
 */
export type RelatedReason = 'same-story' | 'shared-names' | 'shared-topic' | 'similar-text';

/** A related brief with why. */
export interface RelatedLink {
  slug: string;
  /** Cosine similarity of the two briefs' story terms. */
  score: number;
  relation: RelatedReason;
  /** Plain words: "same story; both name Huawei", "shares people and organisations: Huawei, SMIC". */
  reason: string;
  shared: { kind: 'entity' | 'topic' | 'keyword'; id: string; label: string }[];
}

export interface BriefLinks {
  slug: string;
  title: string;
  outlet: string | null;
  outletId: string | null;
  date: string | null;
  entities: { id: string; label: string; kind: EntityKind; count: number }[];
  topics: { id: string; label: string; score: number }[];
  keywords: { key: string; label: string; score: number }[];
  related: RelatedLink[];
  cluster: string | null;
  provenance: ProvenanceEdge[];
}

export interface EntityRecord {
  id: string;
  label: string;
  kind: EntityKind;
  media: boolean;
  variants: string[];
  relations: EntityRelation[];
  /** Set when no brief gives context for the kind: 'shape' (a person by the shape of the name), 'none' (kind 'other'). */
  kindEvidence?: Exclude<KindEvidence, 'context'>;
  /** Entities that point at this one (Moscow -> Russia shows on Russia's page). */
  inverse: { type: RelationType; source: string; sourceLabel: string }[];
  /** Backlinks: briefs that mention it, most mentions first. */
  mentions: { slug: string; count: number }[];
}

export interface TopicRecord {
  id: string;
  label: string;
  description: string;
  briefs: { slug: string; score: number }[];
}

export interface OutletRecord {
  id: string;
  label: string;
  /** Briefs published by this outlet. */
  briefs: string[];
  /** Briefs that cite it. */
  citedIn: string[];
  cites: { id: string; count: number }[];
  citedBy: { id: string; count: number }[];
}

export interface FactDifference {
  kind: FactKind;
  /** Facts every version carries. */
  shared: string[];
  /** Per version (same order as members): facts the others do not all carry. */
  only: { slug: string; facts: string[] }[];
}

export interface ClusterRecord {
  id: string;
  members: { slug: string; title: string; outlet: string | null; date: string | null; lead: string }[];
  /** The links that joined the cluster, with the cosine similarity of each pair's story terms. */
  pairs: { a: string; b: string; similarity: number }[];
  differences: FactDifference[];
}

export interface ProvenanceGraph {
  nodes: { id: string; label: string; briefs: number }[];
  edges: { from: string; to: string; count: number; briefs: string[] }[];
}

export interface LinkGraph {
  version: 1;
  briefs: Record<string, BriefLinks>;
  entities: Record<string, EntityRecord>;
  topics: Record<string, TopicRecord>;
  outlets: Record<string, OutletRecord>;
  clusters: Record<string, ClusterRecord>;
  provenance: ProvenanceGraph;
  stats: { briefs: number; entities: number; clusters: number; candidatePairs: number; ms: Record<string, number> };
}
