// @bench
// Build benchmark (issue "Performance at scale"): for each N, the pipeline
// alone, the whole build (astro build + pagefind), a plain-Astro baseline, and
// a rebuild after one seed changed. Prints a table and writes bench/results/build.json.
// Usage: npm run bench -- build [--sizes 100,1000,5000] [--rebuild-at 1000]
import { mkdir, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { writeBaselineProject } from './baseline-project.ts';
import { measure, type Measured } from './measure.ts';
import { poolFromSeeds, writeSyntheticSeeds } from './synthetic-seeds.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const rebuildAt = Number(arg('rebuild-at', '1000'));

interface Row {
  n: number;
  pipelineMs: number;
  pipelineMsPerBrief: number;
  pipelinePeakRssMb: number;
  stages: Record<string, number>;
  buildMs: number;
  buildPeakRssMb: number;
  buildPipelineMs: number | null;
  pagefindMs: number | null;
  astroMs: number | null;
  baselineMs: number;
  baselinePeakRssMb: number;
  ratioToBaseline: number;
  rebuildMs: number | null;
  rebuildShare: number | null;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_ENV;
  return env;
}

function ok(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
  return m;
}

/** "… in 1234 ms" figures the build logs for the pipeline and Pagefind. */
function loggedMs(output: string, pattern: RegExp): number | null {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : null;
}

const pool = await poolFromSeeds(join(ROOT, 'seeds'));
const rows: Row[] = [];
const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-'));
try {
  for (const n of sizes) {
    console.error(`bench: N=${n}`);
    const seedsDir = join(work, `seeds-${n}`);
    await writeSyntheticSeeds(seedsDir, n, pool);
    const generatedDir = join(ROOT, 'generated', `bench-${n}`);
    await rm(generatedDir, { recursive: true, force: true });

    const alone = ok(await measure(process.execPath, [join(ROOT, 'bench/pipeline-once.ts'), seedsDir, join(work, `pipeline-${n}`)], { cwd: ROOT, env: cleanEnv({}) }), 'pipeline');
    const pipeline = JSON.parse(alone.output.trim().split('\n').pop()!) as { ms: number; stages: Record<string, number> };

    const env = cleanEnv({
      DISPATCH_SEEDS_DIR: seedsDir,
      DISPATCH_GENERATED_DIR: relative(ROOT, generatedDir),
      DISPATCH_OUT_DIR: join(work, `dist-${n}`),
      DISPATCH_CACHE_DIR: join(work, `cache-${n}`),
    });
    const build = ok(await measure(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env }), 'build');

    const baselineDir = join(work, `baseline-${n}`);
    await writeBaselineProject(baselineDir, n, pool, join(ROOT, 'node_modules'));
    const baseline = ok(await measure(process.execPath, [ASTRO, 'build'], { cwd: baselineDir, env: cleanEnv({}) }), 'baseline build');

    let rebuildMs: number | null = null;
    if (n === rebuildAt) {
      await appendFile(join(seedsDir, `syn-${'0'.repeat(String(n).length)}.txt`), '\nA late correction was added to this story.\n');
      rebuildMs = ok(await measure(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env }), 'rebuild').ms;
    }
    await rm(generatedDir, { recursive: true, force: true });

    const buildPipelineMs = loggedMs(build.output, /dispatch: .* in (\d+) ms/);
    const pagefindMs = loggedMs(build.output, /indexed \d+ pages for search in (\d+) ms/);
    rows.push({
      n,
      pipelineMs: pipeline.ms,
      pipelineMsPerBrief: pipeline.ms / n,
      pipelinePeakRssMb: alone.peakRssMb,
      stages: Object.fromEntries(Object.entries(pipeline.stages).map(([k, v]) => [k, v / n])),
      buildMs: build.ms,
      buildPeakRssMb: build.peakRssMb,
      buildPipelineMs,
      pagefindMs,
      astroMs: buildPipelineMs !== null && pagefindMs !== null ? build.ms - buildPipelineMs - pagefindMs : null,
      baselineMs: baseline.ms,
      baselinePeakRssMb: baseline.peakRssMb,
      ratioToBaseline: build.ms / baseline.ms,
      rebuildMs,
      rebuildShare: rebuildMs === null ? null : rebuildMs / build.ms,
    });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const s = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
console.log('\n| N | pipeline ms/brief | pipeline peak RSS | full build | build peak RSS | astro | pagefind | baseline (plain Astro) | build/baseline | rebuild (1 seed changed) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${r.pipelineMsPerBrief.toFixed(2)} | ${r.pipelinePeakRssMb.toFixed(0)} MB | ${s(r.buildMs)} | ${r.buildPeakRssMb.toFixed(0)} MB | ${s(r.astroMs)} | ${s(r.pagefindMs)} | ${s(r.baselineMs)} | ${r.ratioToBaseline.toFixed(2)} | ${r.rebuildMs === null ? '-' : `${s(r.rebuildMs)} (${(100 * r.rebuildShare!).toFixed(0)}%)`} |`,
  );
}
console.log('\nPipeline ms per brief by stage:');
for (const r of rows) console.log(`  N=${r.n}: ${Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') || '(no stage timings reported)'}`);
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, 'bench/results/build.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
