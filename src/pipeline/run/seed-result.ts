import type { ProcessedSeed } from './process-seed.ts';
import type { LinkFeatures } from '../links/types.ts';
import type { BriefDocument, BriefMetadata, RemovalCategory } from '../types.ts';

/**
 * What finishing a seed (slug, writes, report) needs from processSeed's result, shaped to be
 * cheap to send from a worker thread: postMessage copies object by object, and a real page's
 * removed lines (hundreds of small objects) and link features were most of that copy. So the
 * removed lines travel as parallel lists, the features as the JSON the store writes anyway,
 * and the article nodes and flags not at all (they are in the MDX; a slug clash, which needs
 * them again, processes the seed again).
 */
export interface SeedResult {
  meta: BriefMetadata;
  source: BriefDocument['source'];
  nodesKept: number;
  mdx: string;
  /** What cleaning removed: the i-th line is categories[i], texts[i], spanning lineCounts[i] seed lines. */
  removed: { categories: RemovalCategory[]; texts: string[]; lineCounts: number[] };
  warnings: string[];
  /** The link features as stored (JSON), and their entities, which hand-written briefs' links are checked against. */
  featuresJson: string;
  entities: LinkFeatures['entities'];
  linesKept: number;
}

export function seedResult(processed: ProcessedSeed): SeedResult {
  const { doc, removed } = processed;
  return {
    meta: doc.meta,
    source: doc.source,
    nodesKept: doc.nodes.length,
    mdx: processed.mdx,
    removed: { categories: removed.map((r) => r.category), texts: removed.map((r) => r.text), lineCounts: removed.map((r) => r.lineCount ?? 1) },
    warnings: processed.warnings,
    featuresJson: JSON.stringify(processed.features),
    entities: processed.features.entities,
    linesKept: processed.linesKept,
  };
}
