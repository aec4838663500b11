import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debouncedRuns } from '../../src/collections/debounced-runs.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A run that takes `ms` and records when it started. */
function recorder(ms = 0) {
  const starts: number[] = [];
  const run = async () => {
    starts.push(Date.now());
    await new Promise((r) => setTimeout(r, ms));
  };
  return { starts, run };
}

describe('debouncedRuns (dev re-runs of the pipeline)', () => {
  it('waits for the events of one save (truncate, then write) to be quiet, then runs once', async () => {
    const { starts, run } = recorder();
    const soon = debouncedRuns(run, () => {}, 200);
    soon();
    await vi.advanceTimersByTimeAsync(30);
    soon();
    await vi.advanceTimersByTimeAsync(150);
    expect(starts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toHaveLength(1);
  });

  it('never runs twice at once, and runs again after a run during which a file changed', async () => {
    const { starts, run } = recorder(1000);
    let running = 0;
    let most = 0;
    const counted = async () => {
      running++;
      most = Math.max(most, running);
      await run();
      running--;
    };
    const soon = debouncedRuns(counted, () => {}, 200);
    soon();
    await vi.advanceTimersByTimeAsync(300); // the first run has started
    soon(); // an edit while it runs
    await vi.advanceTimersByTimeAsync(3000);
    expect(starts).toHaveLength(2);
    expect(most).toBe(1);
    // The second run started after the first ended, and after the edit's quiet time.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('reports a failed run and keeps serving later events', async () => {
    const errors: string[] = [];
    let calls = 0;
    const soon = debouncedRuns(async () => {
      calls++;
      if (calls === 1) throw new Error('seed folder unreadable');
    }, (e) => errors.push(e.message), 200);
    soon();
    await vi.advanceTimersByTimeAsync(300);
    soon();
    await vi.advanceTimersByTimeAsync(300);
    expect(errors).toEqual(['seed folder unreadable']);
    expect(calls).toBe(2);
  });
});
