import { cleanBlocks } from '../clean/index.ts';
import { emitMdx } from '../emit/emit-mdx.ts';
import { flagBrief } from '../flags/stage.ts';
import { extractMetadata } from '../metadata/index.ts';
import { extractLinkFeatures } from '../links/features.ts';
import { linkInputFrom } from '../links/input.ts';
import type { LinkFeatures } from '../links/types.ts';
import { splitBlocks } from '../read/split-blocks.ts';
import { timed, type StageTimings } from './stage-timings.ts';
import type { BriefDocument, Removal, Seed } from '../types.ts';

export interface ProcessedSeed {
  doc: BriefDocument;
  mdx: string;
  removed: Removal[];
  warnings: string[];
  /** What the corpus-wide cross-link step needs from this brief. */
  features: LinkFeatures;
  /** Seed lines kept in the article. */
  linesKept: number;
}

/** Runs every text stage on one decoded seed: blocks -> clean -> metadata -> flags -> MDX. */
export function processSeed(seed: Seed, timings?: StageTimings): ProcessedSeed {
  const blocks = timed(timings, 'split', () => splitBlocks(seed.text));
  const clean = timed(timings, 'clean', () => cleanBlocks(blocks));
  const { meta, nodes } = timed(timings, 'metadata', () => extractMetadata(seed, clean));
  const flagged = timed(timings, 'flags', () => flagBrief(meta, nodes));
  const doc: BriefDocument = { meta, nodes, flags: flagged.flags, source: { file: seed.file, digest: seed.digest, encoding: seed.encoding } };
  const warnings = [...seed.warnings, ...clean.warnings, ...flagged.warnings];
  if (nodes.length === 0) warnings.push('cleaning left no body text: the brief shows only its title');
  const features = timed(timings, 'links', () => extractLinkFeatures(linkInputFrom(doc)));
  return { doc, mdx: timed(timings, 'emit', () => emitMdx(doc)), removed: clean.removed, warnings, features, linesKept: clean.linesKept ?? 0 };
}
