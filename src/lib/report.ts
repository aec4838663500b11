import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, RemovedText } from '../pipeline/run/report.ts';
import { readReportDetailsIndex, readSeedDetails, REPORT_DETAILS_INDEX, type ReportDetailsIndex, type SeedDetails } from '../pipeline/run/report-store.ts';
import { sitePaths } from '../site-paths.ts';
import { BRIEFS, countOf, formatNumber } from './pagination.ts';

export type { SeedDetails } from '../pipeline/run/report-store.ts';

/** A promise per version of a file (path and modification time): read once in a build, again when a dev rebuild changes it. */
function perVersion<T>(read: (path: string) => Promise<T | null>): (path: string) => Promise<T | null> {
  let memo: { path: string; key: string; value: Promise<T | null> } | null = null;
  return async (path) => {
    // A build's pipeline has finished before the first page renders: the file cannot change after.
    if (!import.meta.env.DEV && memo?.path === path) return memo.value;
    // Synchronous: brief pages ask on every render, and the promise form cost more than the answer.
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined) return null;
    const key = `${path}\0${mtime}`;
    if (memo?.key !== key) memo = { path, key, value: read(path) };
    return memo.value;
  };
}

const reportFile = perVersion((path) => readFile(path, 'utf8').then((text) => JSON.parse(text) as BuildReport, () => null));
const detailsIndex = perVersion<ReportDetailsIndex>((path) => readReportDetailsIndex(join(path, '..')));

/**
 * The pipeline's build report for this build (every seed's outcome, without the per-seed
 * details), or null if the pipeline has not run. Only the report pages read it.
 */
export function readBuildReport(): Promise<BuildReport | null> {
  return reportFile(sitePaths().reportPath);
}

/** What cleaning removed from one seed file and how its metadata was found, read for that seed alone. */
export async function seedDetails(file: string): Promise<SeedDetails | null> {
  const dir = sitePaths().reportDetailsDir;
  const index = await detailsIndex(join(dir, REPORT_DETAILS_INDEX));
  return index ? readSeedDetails(dir, index, file) : null;
}

/** What cleaning removed from the seed file `file` (empty when nothing, or no report). */
export async function removedFromSeed(file: string): Promise<RemovedText[]> {
  return (await seedDetails(file))?.removed ?? [];
}

/** The report's totals in words: "1,378 seeds: 1,377 briefs (1,200 unchanged since the last build), 1 not published". */
export function totalsInWords(totals: BuildReport['totals']): string {
  const briefs = countOf(totals.emitted + totals.cached, BRIEFS);
  return `${countOf(totals.seeds, ['seed', 'seeds'])}: ${briefs} (${formatNumber(totals.cached)} unchanged since the last build), ${formatNumber(totals.rejected)} not published`;
}
