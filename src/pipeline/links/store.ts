import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomic } from '../write-atomic.ts';
import { linkCorpus } from './corpus.ts';
import type { LinkFeatures, LinkGraph } from './types.ts';

/**
 * Files of the link stage: one features file per brief (so cached seeds
 * still take part in linking without being reprocessed) and the corpus-wide
 * link graph the pages read.
 */

export function featuresFileName(briefFile: string): string {
  return briefFile.replace(/\.mdx?$/, '.json');
}

export async function writeFeatures(featuresDir: string, briefFile: string, features: LinkFeatures): Promise<void> {
  await mkdir(featuresDir, { recursive: true });
  await writeAtomic(join(featuresDir, featuresFileName(briefFile)), JSON.stringify(features));
}

export function hasFeatures(featuresDir: string, briefFile: string): boolean {
  return existsSync(join(featuresDir, featuresFileName(briefFile)));
}

/**
 * Phase 2: reads the features of every kept brief, links them and writes the
 * graph. A features file that cannot be read is left out with a warning; it
 * never stops the build. `more` adds briefs that have no features file (the
 * hand-written ones, src/pipeline/authored/), given the seeds' features.
 */
export async function writeLinkGraph(featuresDir: string, briefFiles: string[], linksPath: string, warnings: string[], more?: (seeds: readonly LinkFeatures[]) => LinkFeatures[]): Promise<LinkGraph> {
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
  const graph = linkCorpus(more ? [...features, ...more(features)] : features);
  await mkdir(dirname(linksPath), { recursive: true });
  // Timings change on every run: left out so an unchanged corpus leaves links.json untouched.
  await writeAtomic(linksPath, JSON.stringify({ ...graph, stats: { ...graph.stats, ms: {} } }));
  return graph;
}
