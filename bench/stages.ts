// @bench
// Per-stage pipeline cost without Astro or disk: N synthetic seeds (default 300) decoded in
// memory and run through processSeed with stage timings. A quick check while tuning a stage.
// Usage: npm run bench -- stages [--sizes 300]
import { join } from 'node:path';
import { processSeed } from '../src/pipeline/process-seed.ts';
import { decodeSeed } from '../src/pipeline/read-seed.ts';
import type { StageTimings } from '../src/pipeline/stage-timings.ts';
import { poolFromSeeds, syntheticSeed } from './synthetic-seeds.ts';

const i = process.argv.indexOf('--sizes');
const sizes = (i >= 0 ? process.argv[i + 1]! : '300').split(',').map(Number);
const pool = await poolFromSeeds(join(import.meta.dirname, '..', 'seeds'));
const encoder = new TextEncoder();

for (const n of sizes) {
  const seeds = Array.from({ length: n }, (_, k) => {
    const read = decodeSeed(encoder.encode(syntheticSeed(pool, k)), `syn-${k}.txt`);
    if (!read.ok) throw new Error(`synthetic seed ${k} was rejected: ${read.rejection.reason}`);
    return read.seed;
  });
  processSeed(seeds[0]!); // load lexicons and warm the JIT outside the timings
  const timings: StageTimings = {};
  const start = performance.now();
  for (const seed of seeds) processSeed(seed, timings);
  const ms = performance.now() - start;
  const perStage = Object.entries(timings).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join(', ');
  console.log(`N=${n}: ${(ms / n).toFixed(2)} ms/brief (${perStage})`);
}
