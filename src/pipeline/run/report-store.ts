import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readRecord, removeStaleRecordFiles, writeRecordFile, type RecordFile } from '../emit/record-file.ts';
import type { BuildReport, MetadataFinding, RemovedText, SeedOutcome } from './report.ts';
import { writeAtomic } from '../emit/write-atomic.ts';

/**
 * How the build report is stored: `report.json` holds every seed's outcome (status, slug,
 * counts, warnings) and the build's totals, and a record file in the details folder holds,
 * per seed file, the lines cleaning removed and the metadata findings, the bulk of the report.
 * A brief page reads its own seed's details; the report pages read the summary and the
 * details of the seeds they list. Nothing holds every removed line of the corpus.
 */

/** What the report keeps apart from report.json for one seed. */
export interface SeedDetails {
  removed: RemovedText[];
  metadata: MetadataFinding[];
}

export interface ReportDetailsIndex {
  version: 1;
  details: RecordFile;
}

export const REPORT_DETAILS_INDEX = 'index.json';

/** Writes report.json (outcomes without removed lines and metadata) and the details record file. */
export async function writeBuildReport(reportPath: string, detailsDir: string, report: BuildReport): Promise<void> {
  await mkdir(detailsDir, { recursive: true });
  const details = await writeRecordFile(
    detailsDir,
    'details',
    report.seeds.flatMap((s) => (s.status === 'rejected' ? [] : [[s.file, { removed: s.removed ?? [], metadata: s.metadata ?? [] } satisfies SeedDetails] as const])),
  );
  const index: ReportDetailsIndex = { version: 1, details };
  await writeAtomic(join(detailsDir, REPORT_DETAILS_INDEX), JSON.stringify(index));
  await removeStaleRecordFiles(detailsDir, ['details'], [details]);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeAtomic(reportPath, JSON.stringify({ ...report, seeds: report.seeds.map(withoutDetails) }, null, 2));
}

function withoutDetails(outcome: SeedOutcome): SeedOutcome {
  if (outcome.status === 'rejected') return outcome;
  const { removed: _removed, metadata: _metadata, ...rest } = outcome;
  return rest;
}

export async function readReportDetailsIndex(detailsDir: string): Promise<ReportDetailsIndex | null> {
  try {
    const index = JSON.parse(await readFile(join(detailsDir, REPORT_DETAILS_INDEX), 'utf8')) as ReportDetailsIndex;
    return index.version === 1 ? index : null;
  } catch {
    return null;
  }
}

/** The removed lines and metadata findings of one seed file, or null when the report has none for it. */
export function readSeedDetails(detailsDir: string, index: ReportDetailsIndex, seedFile: string): Promise<SeedDetails | null> {
  return readRecord<SeedDetails>(detailsDir, index.details, seedFile);
}
