import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processSeed } from './process-seed.ts';
import { seedResult, type SeedResult } from './seed-result.ts';
import type { StageTimings } from './stage-timings.ts';
import type { Seed } from '../types.ts';

export interface SeedJob {
  id: number;
  seed: Seed;
  timeStages: boolean;
}

export type SeedJobResult = { id: number; timings: StageTimings | undefined } & ({ ok: true; result: SeedResult } | { ok: false; message: string });

/** Processes seeds; `close` must be called when done. */
export interface SeedProcessor {
  process(seed: Seed): Promise<SeedResult>;
  /** Whether seeds handed over now run beside this thread (else process() does the work before it returns). */
  readonly parallel: boolean;
  /** Worker threads started so far (0 when every seed ran in this thread). */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Below this many seeds to process, workers cost more than they save: each one loads the
 * NLP models (parse-english, franc) and word lists before its first seed.
 */
export const MIN_SEEDS_FOR_WORKERS = 100;

/** How many worker threads, and after how many seeds to start them. */
export interface WorkerOptions {
  count?: number;
  minSeeds?: number;
  /**
   * Seeds the caller expects to process (those not reusable from the cache, as far as it can
   * tell before reading them). When they reach minSeeds the pool starts with the first seed:
   * a cold build then does not process its first minSeeds seeds on one core.
   */
  expected?: number;
}

/** Worker threads to use: DISPATCH_WORKERS when set (0 = none), else one per core. */
export function workerCount(): number {
  const set = process.env.DISPATCH_WORKERS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return availableParallelism() > 1 ? availableParallelism() : 0;
}

/**
 * Runs processSeed on worker threads once there is enough work, else in this thread.
 * processSeed is pure (text in, data out), so seeds can be processed on every core; the
 * caller still finishes the results in file order, so slugs and reports do not depend on
 * which worker finished first. The pool starts only after MIN_SEEDS_FOR_WORKERS seeds
 * (measured: at 100 seeds the pool's start-up ate its gain; at 1,000 it saved 36%), so a
 * rebuild that changed a few seeds never pays for it. If a worker cannot start (e.g. a
 * runtime without TypeScript type stripping), the remaining seeds are processed here.
 */
export function seedProcessor(timings: StageTimings | undefined, options: WorkerOptions = {}): SeedProcessor {
  const inThread: SeedProcessor = { process: async (seed) => seedResult(processSeed(seed, timings)), parallel: false, threads: 0, close: async () => {} };
  const count = options.count ?? workerCount();
  const minSeeds = options.minSeeds ?? MIN_SEEDS_FOR_WORKERS;
  if (count < 2) return inThread;
  let submitted = 0;
  let pool: WorkerPool | null = (options.expected ?? 0) >= minSeeds ? new WorkerPool(count, timings, inThread) : null;
  return {
    get parallel() {
      return pool !== null;
    },
    get threads() {
      return pool?.threads ?? 0;
    },
    process(seed) {
      if (!pool && ++submitted > minSeeds) pool = new WorkerPool(count, timings, inThread);
      return pool ? pool.process(seed) : inThread.process(seed);
    },
    close: async () => pool?.close(),
  };
}

/** Jobs handed to a worker at once: the one it runs and the one it runs next. */
const JOBS_PER_WORKER = 2;

class WorkerPool implements SeedProcessor {
  readonly parallel = true;
  get threads(): number {
    return this.all.length;
  }
  /** One entry per job a worker can take now (a worker is listed once per free slot). */
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { job: SeedJob; resolve: (r: SeedResult) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (r: SeedResult) => void; reject: (e: Error) => void; job: SeedJob }>();
  private nextId = 0;
  private broken = false;

  private readonly timings: StageTimings | undefined;
  private readonly fallback: SeedProcessor;

  constructor(count: number, timings: StageTimings | undefined, fallback: SeedProcessor) {
    this.timings = timings;
    this.fallback = fallback;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./seed-worker.ts', import.meta.url));
      worker.on('message', (reply: SeedJobResult) => this.finish(worker, reply));
      worker.on('error', () => this.fail(worker));
      this.all.push(worker);
    }
    // Each worker holds its next job while it works on one: it starts that job as it posts its
    // result, instead of waiting for this thread to read the result and send another.
    for (let slot = 0; slot < JOBS_PER_WORKER; slot++) this.idle.push(...this.all);
  }

  process(seed: Seed): Promise<SeedResult> {
    if (this.broken) return this.fallback.process(seed);
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, seed, timeStages: this.timings !== undefined }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { job, resolve, reject } = this.queue.shift()!;
      this.pending.set(job.id, { worker, resolve, reject, job });
      worker.postMessage(job);
    }
  }

  private finish(worker: Worker, reply: SeedJobResult): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (this.timings && reply.timings) for (const [stage, ms] of Object.entries(reply.timings)) this.timings[stage] = (this.timings[stage] ?? 0) + ms;
    if (reply.ok) entry.resolve(reply.result);
    else entry.reject(new Error(reply.message));
    this.idle.push(worker);
    this.dispatch();
  }

  /** A worker died (or never started): its job and everything queued run in this thread instead. */
  private fail(worker: Worker): void {
    this.broken = true;
    const orphans = [...this.pending.values()].filter((p) => p.worker === worker).map((p) => ({ job: p.job, resolve: p.resolve, reject: p.reject }));
    for (const o of orphans) this.pending.delete(o.job.id);
    for (const { job, resolve, reject } of [...orphans, ...this.queue.splice(0)]) this.fallback.process(job.seed).then(resolve, reject);
  }
}
