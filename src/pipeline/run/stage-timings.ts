/** Milliseconds spent per pipeline stage, summed over seeds (for `npm run bench`). */
export type StageTimings = Record<string, number>;

/** Runs one stage, adding its duration to `timings` when timings are being collected. */
export function timed<T>(timings: StageTimings | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

/** The async counterpart of `timed`, for stages that do I/O. */
export async function timedAsync<T>(timings: StageTimings | undefined, stage: string, run: () => Promise<T>): Promise<T> {
  if (!timings) return run();
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}
