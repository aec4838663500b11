import { parentPort, workerData } from 'node:worker_threads';
import type { LinkGraphJob, LinkGraphReply } from './graph-thread.ts';
import { writeLinkGraph } from './store.ts';

/** Worker thread of writeLinkGraphBeside (graph-thread.ts): one job, one reply. */
const job = workerData as LinkGraphJob;
const warnings: string[] = [];
let reply: LinkGraphReply;
try {
  await writeLinkGraph(job.featuresDir, job.briefFiles, job.linksDir, warnings, job.wholeGraphPath, job.extra);
  reply = { ok: true, warnings };
} catch (error) {
  const { message, stack, code, path } = error as NodeJS.ErrnoException;
  reply = { ok: false, message, ...(stack ? { stack } : {}), ...(typeof code === 'string' ? { code } : {}), ...(typeof path === 'string' ? { path } : {}) };
}
parentPort?.postMessage(reply);
