import { statSync } from 'node:fs';
import { join } from 'node:path';
import { eachLinkRecord, LINK_INDEX_FILE, readLinkIndex, readLinkRecord, type LinkRecordKind, type LinkRecords, type LinkStoreIndex, type LinkSummary } from '../pipeline/links/store.ts';
import { sitePaths } from '../site-paths.ts';
import { ENTITY_PAGE_MIN_STORIES } from './site.ts';

import type { EntityKind } from '../pipeline/links/types.ts';
import type { Noun } from './pagination.ts';

export type { BriefLinks, ClusterRecord, EntityRecord, OutletRecord, TopicRecord } from '../pipeline/links/types.ts';
export type { LinkSummary, StoredOutlet } from '../pipeline/links/store.ts';

/**
 * The cross-link store the pipeline wrote (src/pipeline/links/store.ts), as pages read it:
 * the summary (counts for index pages and route lists, read once per version of the
 * index file) and single records, read from their file when a page needs them. No page
 * holds the whole graph.
 */

const EMPTY: LinkSummary = {
  entities: [],
  topics: [],
  outlets: [],
  clusters: [],
  provenance: { nodes: [], edges: [] },
  stats: { briefs: 0, entities: 0, clusters: 0, candidatePairs: 0, ms: {} },
};

interface Loaded {
  dir: string;
  index: LinkStoreIndex | null;
  summary: LinkSummary;
  /** Entities with a page (named in enough stories), for the entity index and kind lists. */
  listedEntities: LinkSummary['entities'];
  /** Per kind, the entities named in too few stories to have a page. */
  unlistedByKind: Map<string, number>;
  ids: Record<'entities' | 'topics' | 'outlets' | 'clusters', Set<string>>;
  clusterSize: Map<string, number>;
}

let memo: { dir: string; key: string; loaded: Promise<Loaded> } | null = null;

/** Whether an entity has a page of its own: named in enough stories (see ENTITY_PAGE_MIN_STORIES). */
const hasEntityPage = (e: { stories: number }) => e.stories >= ENTITY_PAGE_MIN_STORIES;

async function load(dir: string): Promise<Loaded> {
  const index = await readLinkIndex(dir);
  // No store yet (the pipeline has not run, or no seeds): pages render without cross-links.
  const summary = index?.summary ?? EMPTY;
  const listedEntities: LinkSummary['entities'] = [];
  const unlistedByKind = new Map<string, number>();
  for (const e of summary.entities) {
    if (hasEntityPage(e)) listedEntities.push(e);
    else unlistedByKind.set(e.kind, (unlistedByKind.get(e.kind) ?? 0) + 1);
  }
  return {
    dir,
    index,
    summary,
    listedEntities,
    unlistedByKind,
    ids: {
      entities: new Set(listedEntities.map((e) => e.id)),
      topics: new Set(summary.topics.map((t) => t.id)),
      outlets: new Set(summary.outlets.map((o) => o.id)),
      clusters: new Set(summary.clusters.map((c) => c.id)),
    },
    clusterSize: new Map(summary.clusters.map((c) => [c.id, c.size])),
  };
}

/** The store as last written: read again only when its index file changes (dev rebuilds). */
async function store(): Promise<Loaded> {
  const dir = sitePaths().linksDir;
  // A build's pipeline has finished before the first page renders: the store cannot change after.
  if (!import.meta.env.DEV && memo?.dir === dir) return memo.loaded;
  // Synchronous: every page asks, often several times, and the promise form cost more than the answer.
  const mtime = statSync(join(dir, LINK_INDEX_FILE), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const key = `${dir}\0${mtime}`;
  if (memo?.key !== key) memo = { dir, key, loaded: load(dir) };
  return memo.loaded;
}

/** Counts and labels of every entity, topic, outlet and cluster, and the site-wide provenance graph. */
export async function linkSummary(): Promise<LinkSummary> {
  return (await store()).summary;
}

/** The entities that have a page, and how many of each kind were named in too few stories to have one. */
export async function listedEntities(): Promise<{ entities: LinkSummary['entities']; unlisted: ReadonlyMap<string, number> }> {
  const { listedEntities: entities, unlistedByKind: unlisted } = await store();
  return { entities, unlisted };
}

/** Whether an entity, topic, outlet or cluster has a page. */
export async function hasLinkPage(kind: keyof Loaded['ids'], id: string): Promise<boolean> {
  return (await store()).ids[kind].has(id);
}

/** Ids of the entities, topics, outlets or clusters that have a page (one lookup for a whole list). */
export async function linkPageIds(kind: keyof Loaded['ids']): Promise<ReadonlySet<string>> {
  return (await store()).ids[kind];
}

/** Ids of the outlets that have a page (for the provenance drawings' links). */
export const outletsWithPages = () => linkPageIds('outlets');

/** Number of briefs in a same-story cluster (0 when unknown). */
export async function clusterSize(id: string): Promise<number> {
  return (await store()).clusterSize.get(id) ?? 0;
}

/**
 * The record read last, per kind: the pages of one entity, topic or cluster render one after
 * another and each reads the same record, which for a large one (thousands of briefs) costs
 * more to parse than the page to render.
 */
const lastRead = new Map<LinkRecordKind, { index: LinkStoreIndex; id: string; value: Promise<unknown> }>();

/** One record: a brief's links, or an entity, topic, outlet or cluster. */
export async function linkRecord<K extends LinkRecordKind>(kind: K, id: string): Promise<LinkRecords[K] | null> {
  const { dir, index } = await store();
  if (!index) return null;
  const last = lastRead.get(kind);
  if (last?.index === index && last.id === id) return last.value as Promise<LinkRecords[K] | null>;
  const value = readLinkRecord(dir, index, kind, id);
  lastRead.set(kind, { index, id, value });
  return value;
}

export const briefLinks = (slug: string) => linkRecord('briefs', slug);

/**
 * A record the store's index lists, for the page that renders it. A missing one means the store's files changed while this
 * build read them (another build writing the same generated folder): said plainly, not left to fail inside the page.
 */
export async function requiredLinkRecord<K extends LinkRecordKind>(kind: K, id: string): Promise<LinkRecords[K]> {
  const record = await linkRecord(kind, id);
  if (record) return record;
  const { dir } = await store();
  throw new Error(`The link store in ${dir} has no ${kind} record "${id}", though its index lists one: its files changed while this build read them. Is another build writing the same generated folder? Build again once it has finished.`);
}

const derivations = new WeakMap<object, Map<string, unknown>>();

/**
 * Something computed from a record once, not on each of its pages (lookups by brief in a
 * cluster of thousands of versions): kept while the record is (see linkRecord).
 */
export function derived<R extends object, T>(record: R, name: string, compute: (record: R) => T): T {
  let cache = derivations.get(record);
  if (!cache) derivations.set(record, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, compute(record));
  return cache.get(name) as T;
}

/** Every record of one kind, streamed from its file (for getStaticPaths: one record in memory at a time). */
export async function* linkRecords<K extends LinkRecordKind>(kind: K): AsyncGenerator<LinkRecords[K]> {
  const { dir, index } = await store();
  if (index) yield* eachLinkRecord(dir, index, kind);
}

export const entityPath = (id: string) => `/entities/${id}/`;
export const entityKindPath = (kind: string) => `/entities/kind/${kind}/`;
export const topicPath = (id: string) => `/topics/${id}/`;
/**
 * The URL segment of an outlet: its id, except that an id of digits alone gets a trailing
 * hyphen (which no id has), since /outlets/2/ is page 2 of the outlets list.
 */
export const outletSegment = (id: string) => (/^\d+$/.test(id) ? `${id}-` : id);
export const outletPath = (id: string) => `/outlets/${outletSegment(id)}/`;
export const outletCitingPath = (id: string) => `/outlets/${outletSegment(id)}/citing/`;
export const clusterPath = (id: string) => `/clusters/${id}/`;

export const KIND_LABELS: Record<string, string> = {
  person: 'People',
  organisation: 'Organisations',
  country: 'Countries',
  place: 'Places',
  product: 'Products',
  technology: 'Technologies',
  other: 'Other names',
};

/** Each kind of entity as a noun, singular and plural, for counts. */
export const KIND_NOUNS: Record<string, Noun> = {
  person: ['person', 'people'],
  organisation: ['organisation', 'organisations'],
  country: ['country', 'countries'],
  place: ['place', 'places'],
  product: ['product', 'products'],
  technology: ['technology', 'technologies'],
  other: ['name', 'names'],
};

/** Entities grouped by kind (in KIND_LABELS order), each group with the most mentioned first. */
export function entitiesByKind(entities: LinkSummary['entities']): { kind: string; items: LinkSummary['entities'] }[] {
  const byKind = Map.groupBy(entities, (e) => e.kind);
  return Object.keys(KIND_LABELS)
    .map((kind) => ({ kind, items: [...(byKind.get(kind as EntityKind) ?? [])].sort((a, b) => b.briefs - a.briefs || a.label.localeCompare(b.label)) }))
    .filter((g) => g.items.length > 0);
}

export const RELATION_LABELS: Record<string, { forward: string; inverse: string }> = {
  seatOf: { forward: 'seat of government of', inverse: 'seat of government' },
  capitalOf: { forward: 'capital of', inverse: 'capital' },
  partOf: { forward: 'part of', inverse: 'includes' },
};
