import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eachRecord, readRecord, removeStaleRecordFiles, writeRecordFile, type RecordFile } from '../emit/record-file.ts';
import { writeAtomic } from '../emit/write-atomic.ts';
import { linkCorpus } from './corpus.ts';
import type { BriefLinks, ClusterRecord, EntityKind, EntityRecord, LinkFeatures, LinkGraph, OutletRecord, ProvenanceGraph, TopicRecord } from './types.ts';

/**
 * Files of the link stage: one features file per brief (so cached seeds
 * still take part in linking without being reprocessed), and the link graph
 * as the pages read it: a small index (`index.json`: what index pages and
 * route lists need) and one record file per kind (briefs, entities, topics,
 * outlets, clusters), from which a page reads only its own record. No page
 * holds the whole graph, so a build's memory does not grow with it.
 */

export function featuresFileName(briefFile: string): string {
  return briefFile.replace(/\.mdx?$/, '.json');
}

/** Stores a brief's features, given as JSON.stringify(features) (made on the worker thread that found them). */
export async function writeFeatures(featuresDir: string, briefFile: string, featuresJson: string): Promise<void> {
  await mkdir(featuresDir, { recursive: true });
  await writeAtomic(join(featuresDir, featuresFileName(briefFile)), featuresJson);
}

export function hasFeatures(featuresDir: string, briefFile: string): boolean {
  return existsSync(join(featuresDir, featuresFileName(briefFile)));
}

/** A provenance graph without the per-edge brief lists, which only grow with the corpus. */
export interface ProvenanceSummary {
  nodes: ProvenanceGraph['nodes'];
  edges: { from: string; to: string; count: number }[];
}

/** An outlet's record with the part of the provenance graph around it (its outlet page draws it). */
export interface StoredOutlet extends OutletRecord {
  provenance: ProvenanceGraph;
}

/** What index pages and route lists need, for every entity, topic, outlet and cluster: counts, not lists. */
export interface LinkSummary {
  /** `stories`: the briefs that name it, counting the versions of one same-story cluster once. */
  entities: { id: string; label: string; kind: EntityKind; media: boolean; briefs: number; stories: number }[];
  topics: { id: string; label: string; description: string; briefs: number }[];
  outlets: { id: string; label: string; briefs: number; citedIn: number }[];
  clusters: { id: string; title: string; size: number }[];
  provenance: ProvenanceSummary;
  stats: LinkGraph['stats'];
}

/** The value stored for each record kind. */
export interface LinkRecords {
  briefs: BriefLinks;
  entities: EntityRecord;
  topics: TopicRecord;
  outlets: StoredOutlet;
  clusters: ClusterRecord;
}
export type LinkRecordKind = keyof LinkRecords;
const KINDS: LinkRecordKind[] = ['briefs', 'entities', 'topics', 'outlets', 'clusters'];

export interface LinkStoreIndex {
  version: 3;
  summary: LinkSummary;
  files: Record<LinkRecordKind, RecordFile>;
}

export const LINK_INDEX_FILE = 'index.json';

/**
 * Phase 2: reads the features of every kept brief, links them and writes the
 * link store into linksDir (and, when `wholeGraphPath` is given, the whole graph
 * as one JSON file for tools that read it at once). A features file that cannot
 * be read is left out with a warning; it never stops the build. `extra` adds briefs
 * that have no features file (the hand-written ones, src/pipeline/authored/).
 */
export async function writeLinkGraph(featuresDir: string, briefFiles: readonly string[], linksDir: string, warnings: string[], wholeGraphPath?: string, extra: readonly LinkFeatures[] = []): Promise<LinkGraph> {
  await mkdir(featuresDir, { recursive: true });
  const keep = new Set(briefFiles.map(featuresFileName));
  for (const name of await readdir(featuresDir)) if (name.endsWith('.json') && !keep.has(name)) await rm(join(featuresDir, name), { force: true });
  const features: LinkFeatures[] = [];
  for (const name of [...keep].sort()) {
    try {
      features.push(JSON.parse(await readFile(join(featuresDir, name), 'utf8')) as LinkFeatures);
    } catch (error) {
      warnings.push(`cross-links: features of ${name} unreadable (${(error as Error).message}); the brief is published without links`);
    }
  }
  const graph = linkCorpus(extra.length > 0 ? [...features, ...extra] : features);
  await writeLinkStore(linksDir, graph);
  if (wholeGraphPath) {
    await mkdir(dirname(wholeGraphPath), { recursive: true });
    // Timings change on every run: left out so an unchanged corpus leaves the file untouched.
    await writeAtomic(wholeGraphPath, JSON.stringify({ ...graph, stats: { ...graph.stats, ms: {} } }));
  }
  return graph;
}

/** Writes the graph as record files plus index.json (last, so a reader never sees an index without its files). */
export async function writeLinkStore(dir: string, graph: LinkGraph): Promise<void> {
  await mkdir(dir, { recursive: true });
  const around = provenanceAround(graph.provenance);
  const files: LinkStoreIndex['files'] = {
    briefs: await writeRecordFile(dir, 'briefs', Object.values(graph.briefs).map((b) => [b.slug, b] as const)),
    entities: await writeRecordFile(dir, 'entities', Object.values(graph.entities).map((e) => [e.id, e] as const)),
    topics: await writeRecordFile(dir, 'topics', Object.values(graph.topics).map((t) => [t.id, t] as const)),
    outlets: await writeRecordFile(dir, 'outlets', Object.values(graph.outlets).map((o) => [o.id, { ...o, provenance: around(o.id) }] as const)),
    clusters: await writeRecordFile(dir, 'clusters', Object.values(graph.clusters).map((c) => [c.id, c] as const)),
  };
  const index: LinkStoreIndex = { version: 3, summary: summarise(graph), files };
  await writeAtomic(join(dir, LINK_INDEX_FILE), JSON.stringify({ ...index, summary: { ...index.summary, stats: { ...index.summary.stats, ms: {} } } }));
  await removeStaleRecordFiles(dir, KINDS, Object.values(files));
}

function summarise(graph: LinkGraph): LinkSummary {
  const storyOf = (slug: string) => graph.briefs[slug]?.cluster ?? slug;
  return {
    entities: Object.values(graph.entities).map((e) => ({
      id: e.id,
      label: e.label,
      kind: e.kind,
      media: e.media,
      briefs: e.mentions.length,
      stories: new Set(e.mentions.map((m) => storyOf(m.slug))).size,
    })),
    topics: Object.values(graph.topics).map((t) => ({ id: t.id, label: t.label, description: t.description, briefs: t.briefs.length })),
    outlets: Object.values(graph.outlets).map((o) => ({ id: o.id, label: o.label, briefs: o.briefs.length, citedIn: o.citedIn.length })),
    clusters: Object.values(graph.clusters).map((c) => ({ id: c.id, title: c.members[0]?.title ?? c.id, size: c.members.length })),
    provenance: { nodes: graph.provenance.nodes, edges: graph.provenance.edges.map(({ from, to, count }) => ({ from, to, count })) },
    stats: graph.stats,
  };
}

/** For each outlet, the edges that start or end at it and their nodes: edges are grouped once, not filtered per outlet. */
function provenanceAround(graph: ProvenanceGraph): (id: string) => ProvenanceGraph {
  const byNode = new Map<string, ProvenanceGraph['edges']>();
  for (const edge of graph.edges) {
    for (const id of new Set([edge.from, edge.to])) {
      const list = byNode.get(id);
      if (list) list.push(edge);
      else byNode.set(id, [edge]);
    }
  }
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id) => {
    const edges = byNode.get(id) ?? [];
    const ids = new Set(edges.flatMap((e) => [e.from, e.to]));
    return { nodes: [...ids].flatMap((n) => nodeById.get(n) ?? []), edges };
  };
}

/** The store's index, or null when the pipeline has not written one (or it is unreadable). */
export async function readLinkIndex(dir: string): Promise<LinkStoreIndex | null> {
  try {
    const index = JSON.parse(await readFile(join(dir, LINK_INDEX_FILE), 'utf8')) as LinkStoreIndex;
    return index.version === 3 ? index : null;
  } catch {
    return null;
  }
}

/** One record of the store, read from its file alone. */
export function readLinkRecord<K extends LinkRecordKind>(dir: string, index: LinkStoreIndex, kind: K, key: string): Promise<LinkRecords[K] | null> {
  return readRecord<LinkRecords[K]>(dir, index.files[kind], key);
}

/** Every record of one kind, streamed. */
export async function* eachLinkRecord<K extends LinkRecordKind>(dir: string, index: LinkStoreIndex, kind: K): AsyncGenerator<LinkRecords[K]> {
  for await (const [, value] of eachRecord<LinkRecords[K]>(dir, index.files[kind])) yield value;
}

/**
 * The whole graph put back together from the store, as linkCorpus returned it (timings
 * aside), for tools and tests that want it at once; null when there is no store. Pages never do this.
 */
export async function readLinkGraph(dir: string): Promise<LinkGraph | null> {
  const index = await readLinkIndex(dir);
  if (!index) return null;
  const byKey = async <K extends LinkRecordKind>(kind: K): Promise<Record<string, LinkRecords[K]>> => {
    const out: Record<string, LinkRecords[K]> = {};
    for await (const [key, value] of eachRecord<LinkRecords[K]>(dir, index.files[kind])) out[key] = value;
    return out;
  };
  const stored = await byKey('outlets');
  const outlets: Record<string, OutletRecord> = {};
  // Every edge ends at an outlet that has a record, so each is found in its target's record.
  const edges: ProvenanceGraph['edges'] = [];
  for (const [id, { provenance, ...outlet }] of Object.entries(stored)) {
    outlets[id] = outlet;
    edges.push(...provenance.edges.filter((e) => e.to === id));
  }
  const order = new Map(index.summary.provenance.edges.map((e, i) => [`${e.from}>${e.to}`, i]));
  edges.sort((a, b) => (order.get(`${a.from}>${a.to}`) ?? 0) - (order.get(`${b.from}>${b.to}`) ?? 0));
  return {
    version: 1,
    briefs: await byKey('briefs'),
    entities: await byKey('entities'),
    topics: await byKey('topics'),
    outlets,
    clusters: await byKey('clusters'),
    provenance: { nodes: index.summary.provenance.nodes, edges },
    stats: index.summary.stats,
  };
}
