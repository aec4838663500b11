import { readFile, stat } from 'node:fs/promises';
import type { BuildReport, RemovedText } from '../pipeline/report.ts';
import { sitePaths } from '../site-paths.ts';

let memo: { path: string; mtimeMs: number; report: Promise<BuildReport | null> } | null = null;

/**
 * The pipeline's build report for this build, or null if the pipeline has not run.
 * Read once per version of the file: every brief page asks for it, and in dev it changes.
 */
export async function readBuildReport(): Promise<BuildReport | null> {
  const path = sitePaths().reportPath;
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
  if (!memo || memo.path !== path || memo.mtimeMs !== mtimeMs) {
    const report = readFile(path, 'utf8').then((text) => JSON.parse(text) as BuildReport, () => null);
    memo = { path, mtimeMs, report };
  }
  return memo.report;
}

const removedIndex = new WeakMap<BuildReport, Map<string, RemovedText[]>>();

/** What cleaning removed from the seed file `file` (empty when nothing, or no report). */
export async function removedFromSeed(file: string): Promise<RemovedText[]> {
  const report = await readBuildReport();
  if (!report) return [];
  let index = removedIndex.get(report);
  if (!index) {
    index = new Map(report.seeds.flatMap((s) => (s.status === 'rejected' ? [] : [[s.file, s.removed ?? []] as const])));
    removedIndex.set(report, index);
  }
  return index.get(file) ?? [];
}
