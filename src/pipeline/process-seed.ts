import { cleanBlocks } from './clean.ts';
import { emitMdx } from './emit-mdx.ts';
import { extractMetadata } from './metadata.ts';
import { splitBlocks } from './split-blocks.ts';
import type { BriefDocument, Removal, Seed } from './types.ts';

export interface ProcessedSeed {
  doc: BriefDocument;
  mdx: string;
  removed: Removal[];
  warnings: string[];
}

/** Runs every text stage on one decoded seed: blocks -> clean -> metadata -> MDX. */
export function processSeed(seed: Seed): ProcessedSeed {
  const blocks = splitBlocks(seed.text);
  const clean = cleanBlocks(blocks);
  const { meta, nodes } = extractMetadata(seed, clean);
  const doc: BriefDocument = { meta, nodes, source: { file: seed.file, digest: seed.digest, encoding: seed.encoding } };
  const warnings = [...seed.warnings, ...clean.warnings];
  if (nodes.length === 0) warnings.push('cleaning left no body text: the brief shows only its title');
  return { doc, mdx: emitMdx(doc), removed: clean.removed, warnings };
}
