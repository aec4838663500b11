import { readFile } from 'node:fs/promises';
import type { BriefLinks, LinkGraph } from '../pipeline/links/types.ts';
import { sitePaths } from '../site-paths.ts';

export type { BriefLinks, ClusterRecord, EntityRecord, LinkGraph, OutletRecord, TopicRecord } from '../pipeline/links/types.ts';

const EMPTY: LinkGraph = {
  version: 1,
  briefs: {},
  entities: {},
  topics: {},
  outlets: {},
  clusters: {},
  provenance: { nodes: [], edges: [] },
  stats: { briefs: 0, entities: 0, clusters: 0, candidatePairs: 0, ms: {} },
};

let cache: Promise<LinkGraph> | null = null;

async function load(): Promise<LinkGraph> {
  try {
    return JSON.parse(await readFile(sitePaths().linksPath, 'utf8')) as LinkGraph;
  } catch {
    // No graph yet (the pipeline has not run, or no seeds): pages render without cross-links.
    return EMPTY;
  }
}

/** The cross-link graph the pipeline wrote: read once per build, afresh on each dev request. */
export function linkGraph(): Promise<LinkGraph> {
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}

export async function briefLinks(slug: string): Promise<BriefLinks | null> {
  return (await linkGraph()).briefs[slug] ?? null;
}

export const entityPath = (id: string) => `/entities/${id}/`;
export const topicPath = (id: string) => `/topics/${id}/`;
export const outletPath = (id: string) => `/outlets/${id}/`;
export const clusterPath = (id: string) => `/clusters/${id}/`;

export const KIND_LABELS: Record<string, string> = {
  person: 'People',
  organisation: 'Organisations',
  country: 'Countries',
  place: 'Places',
  product: 'Products',
  technology: 'Technologies',
};

export const RELATION_LABELS: Record<string, { forward: string; inverse: string }> = {
  seatOf: { forward: 'seat of government of', inverse: 'seat of government' },
  capitalOf: { forward: 'capital of', inverse: 'capital' },
  partOf: { forward: 'part of', inverse: 'includes' },
};
