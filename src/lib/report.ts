import { readFile } from 'node:fs/promises';
import type { BuildReport } from '../pipeline/report.ts';
import { sitePaths } from '../site-paths.ts';

/** The pipeline's build report for this build, or null if the pipeline has not run. */
export async function readBuildReport(): Promise<BuildReport | null> {
  try {
    return JSON.parse(await readFile(sitePaths().reportPath, 'utf8')) as BuildReport;
  } catch {
    return null;
  }
}
