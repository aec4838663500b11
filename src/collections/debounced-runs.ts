/** Re-running the pipeline on file events in dev, without losing an edit. */
/**
 * Quiet time after a file event before the pipeline reads the seeds. A save often truncates the
 * file and then writes it; the watcher reports the truncation and drops a second change to the
 * same file within 50 ms (chokidar's throttle), so a run started at once could read the empty
 * file and never hear of the written one.
 */
export const RERUN_QUIET_MS = 200;

/**
 * A function that runs `run` once events have been quiet for RERUN_QUIET_MS, never two runs at
 * once, and once more after a run when events came in while it ran.
 */
export function debouncedRuns(run: () => Promise<void>, onError: (error: Error) => void, quietMs = RERUN_QUIET_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  const start = async () => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (error) {
      onError(error as Error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void start(), quietMs);
  };
  return schedule;
}
