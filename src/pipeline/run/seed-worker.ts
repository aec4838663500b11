import { parentPort } from 'node:worker_threads';
import { processSeed } from './process-seed.ts';
import { seedResult } from './seed-result.ts';
import type { StageTimings } from './stage-timings.ts';
import type { SeedJob, SeedJobResult } from './seed-workers.ts';

/** Runs processSeed for the pool in seed-workers.ts, one job at a time. */
parentPort?.on('message', (job: SeedJob) => {
  const timings: StageTimings | undefined = job.timeStages ? {} : undefined;
  let reply: SeedJobResult;
  try {
    reply = { id: job.id, ok: true, result: seedResult(processSeed(job.seed, timings)), timings };
  } catch (error) {
    reply = { id: job.id, ok: false, message: (error as Error).message, timings };
  }
  parentPort?.postMessage(reply);
});
