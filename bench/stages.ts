// @bench
// Per-stage pipeline cost without Astro or disk: N synthetic seeds (default 300) decoded in
// memory and run through processSeed with stage timings. A quick check while tuning a stage.
// With --real DIR the seeds are the first N page dumps of DIR (real pages are longer and
// noisier than the synthetic ones).
// Usage: npm run bench -- stages [--sizes 300] [--real DIR]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { processSeed } from '../src/pipeline/run/process-seed.ts';
import { decodeSeed } from '../src/pipeline/read/read-seed.ts';
import type { StageTimings } from '../src/pipeline/run/stage-timings.ts';
import { pageFiles } from './real-seeds.ts';
import { poolFromSeeds, syntheticSeed } from './synthetic-seeds.ts';

const i = process.argv.indexOf('--sizes');
const sizes = (i >= 0 ? process.argv[i + 1]! : '300').split(',').map(Number);
const r = process.argv.indexOf('--real');
const realDir = r >= 0 && process.argv[r + 1] ? resolve(process.argv[r + 1]!) : null;
const pool = await poolFromSeeds(join(import.meta.dirname, '..', 'seeds'));
const encoder = new TextEncoder();
const realPages = realDir ? await pageFiles(realDir) : [];

async function seedBytes(k: number): Promise<{ bytes: Uint8Array; name: string }> {
  if (!realDir) return { bytes: encoder.encode(syntheticSeed(pool, k)), name: `syn-${k}.txt` };
  const name = realPages[k % realPages.length]!;
  return { bytes: await readFile(join(realDir, name)), name };
}

for (const n of sizes) {
  const seeds = [];
  for (let k = 0; k < n; k++) {
    const { bytes, name } = await seedBytes(k);
    const read = decodeSeed(bytes, name);
    if (read.ok) seeds.push(read.seed);
    else if (!realDir) throw new Error(`synthetic seed ${k} was rejected: ${read.rejection.reason}`);
  }
  processSeed(seeds[0]!); // load lexicons and warm the JIT outside the timings
  const timings: StageTimings = {};
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const seed of seeds) processSeed(seed, timings);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  const m = seeds.length;
  const perStage = Object.entries(timings).map(([k, v]) => `${k} ${(v / m).toFixed(2)}`).join(', ');
  console.log(`N=${m}${realDir ? ' real pages' : ''}: ${(ms / m).toFixed(2)} ms/brief, CPU ${((user + system) / 1000 / m).toFixed(2)} ms/brief (${perStage})`);
}
