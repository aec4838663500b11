import { Worker } from 'node:worker_threads';
import { writeLinkGraph } from './store.ts';
import type { LinkFeatures } from './types.ts';

/** The corpus step's input, by path: a worker reads the briefs' features itself. */
export interface LinkGraphJob {
  featuresDir: string;
  briefFiles: readonly string[];
  linksDir: string;
  wholeGraphPath?: string;
  /** Briefs without a features file (the hand-written ones). */
  extra: readonly LinkFeatures[];
}

/** A worker's answer: the warnings, or the error with its file-system code and path (so the caller can name the folder). */
export type LinkGraphReply = { ok: true; warnings: string[] } | { ok: false; message: string; stack?: string; code?: string; path?: string };

/**
 * Writes the link graph (see writeLinkGraph) on a worker thread, so that this thread can do
 * other work meanwhile: at 3,000 briefs the corpus step takes about 3 s on one core, and the
 * content loader needs about as long to read the briefs into Astro's store. Resolves to the
 * warnings. Runs here instead when `inThread` (a small corpus, where starting a worker costs
 * more than it saves, or nothing to do meanwhile) or when no worker can start.
 */
export async function writeLinkGraphBeside(job: LinkGraphJob, options: { inThread: boolean }): Promise<string[]> {
  if (!options.inThread) {
    const reply = await inWorker(job);
    if (reply?.ok) return reply.warnings;
    // The worker's stack, so that a bug in the corpus step still points at its line.
    if (reply) throw Object.assign(new Error(reply.message), { code: reply.code, path: reply.path }, reply.stack ? { stack: reply.stack } : {});
  }
  const warnings: string[] = [];
  await writeLinkGraph(job.featuresDir, job.briefFiles, job.linksDir, warnings, job.wholeGraphPath, job.extra);
  return warnings;
}

/** The worker's reply, or null when it could not start or died without one (the caller then does the work itself). */
function inWorker(job: LinkGraphJob): Promise<LinkGraphReply | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./graph-worker.ts', import.meta.url), { workerData: job });
    } catch {
      resolve(null);
      return;
    }
    // The first of these settles the promise; 'exit' follows every reply.
    worker.once('message', (reply: LinkGraphReply) => resolve(reply));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}
