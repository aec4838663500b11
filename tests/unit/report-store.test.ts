import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/pipeline/run/report.ts';
import { readReportDetailsIndex, readSeedDetails, writeBuildReport } from '../../src/pipeline/run/report-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-report-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const report: BuildReport = {
  version: 'v1',
  seedsDir: '/seeds',
  totals: { seeds: 2, emitted: 1, cached: 0, rejected: 1 },
  warnings: [],
  seeds: [
    {
      status: 'emitted',
      id: 'harbour',
      file: 'harbour.txt',
      slug: 'harbour-dredging-1a2b3c4d',
      title: 'Harbour dredging begins',
      output: 'harbour-dredging-1a2b3c4d.md',
      linesRemoved: { navigation: 2 },
      removed: [{ category: 'navigation', text: 'Home' }, { category: 'navigation', text: 'Sport' }],
      metadata: [{ field: 'outlet', value: 'Harbour Gazette', how: 'the repeated site name' }],
      nodesKept: 4,
      warnings: [],
      linesKept: 9,
    },
    { status: 'rejected', id: 'empty', file: 'empty.txt', reason: 'the file is empty' },
  ],
};

describe('the stored build report', () => {
  it('keeps outcomes and totals in report.json and each seed’s removed lines and metadata apart', async () => {
    const reportPath = join(dir, 'report.json');
    const detailsDir = join(dir, 'report');
    await writeBuildReport(reportPath, detailsDir, report);
    const stored = JSON.parse(await readFile(reportPath, 'utf8')) as BuildReport;
    expect(stored.totals).toEqual(report.totals);
    expect(stored.seeds.map((s) => [s.file, s.status, s.status === 'rejected' ? s.reason : s.slug])).toEqual([
      ['harbour.txt', 'emitted', 'harbour-dredging-1a2b3c4d'],
      ['empty.txt', 'rejected', 'the file is empty'],
    ]);
    expect(JSON.stringify(stored)).not.toContain('Sport');
    const index = (await readReportDetailsIndex(detailsDir))!;
    expect(await readSeedDetails(detailsDir, index, 'harbour.txt')).toEqual({ removed: report.seeds[0]!.status === 'emitted' ? report.seeds[0]!.removed : [], metadata: [{ field: 'outlet', value: 'Harbour Gazette', how: 'the repeated site name' }] });
    expect(await readSeedDetails(detailsDir, index, 'empty.txt')).toBeNull();
  });

  it('has no details index before a report is written', async () => {
    expect(await readReportDetailsIndex(join(dir, 'nothing'))).toBeNull();
  });
});
