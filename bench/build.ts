// @bench
// Build benchmark (issues "Performance at scale", "Built at scale"): for each N, the pipeline
// alone, the whole build (astro build + pagefind), a plain-Astro baseline, and a rebuild after
// one seed changed. Seeds are synthetic recombinations of seeds/ or, with --real DIR, real page
// dumps from DIR (reused with a varied salt when N exceeds the pages). Prints a table and writes
// bench/results/build.json (bench/results/build-real.json with --real).
// Usage: npm run bench -- build [--sizes 100,1000,5000,10000] [--rebuild-at 1000] [--real DIR] [--no-baseline]
import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { writeBaselineProject } from './baseline-project.ts';
import { measure, type Measured } from './measure.ts';
import type { PageCpu } from './page-cpu.ts';
import { writeRealSeeds } from './real-seeds.ts';
import { poolFromSeeds, writeSyntheticSeeds } from './synthetic-seeds.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What `npm run build` runs: astro build, then the search index once Astro has exited. */
const BUILD = join(ROOT, 'src/cli/build.ts');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const rebuildAt = Number(arg('rebuild-at', '1000'));
const realArg = arg('real', '');
if (process.argv.includes('--real') && (!realArg || realArg.startsWith('--'))) throw new Error('--real needs the folder of page dumps: --real DIR');
const realDir = realArg && !realArg.startsWith('--') ? resolve(realArg) : null;
const baselineOn = !process.argv.includes('--no-baseline');

interface Row {
  n: number;
  pipelineMs: number;
  pipelineMsPerBrief: number;
  pipelinePeakRssMb: number;
  stages: Record<string, number>;
  buildMs: number;
  buildMsPerBrief: number;
  buildCpuS: number;
  buildPeakRssMb: number;
  buildPipelineMs: number | null;
  pagefindMs: number | null;
  astroMs: number | null;
  /** Astro's page generation alone ("generating static routes", as it logs it). */
  pageGenerationMs: number | null;
  pages: number | null;
  baselineMs: number | null;
  baselineCpuS: number | null;
  baselinePeakRssMb: number | null;
  ratioToBaseline: number | null;
  rebuildMs: number | null;
  rebuildShare: number | null;
  /** Mean main-thread CPU time per page (bench/page-cpu.ts), by kind of page, and for the baseline's pages. */
  renderCpuMs: Record<string, number>;
  baselineRenderCpuMs: number | null;
}

const meanOf = (t: Record<string, { ms: number; pages: number }>): Record<string, number> =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.ms / v.pages]));

function overallMean(t: Record<string, { ms: number; pages: number }>): number | null {
  const all = Object.values(t).reduce((a, v) => ({ ms: a.ms + v.ms, pages: a.pages + v.pages }), { ms: 0, pages: 0 });
  return all.pages ? all.ms / all.pages : null;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_ENV;
  return env;
}

/** Environment that preloads bench/page-cpu.ts into a build, which then writes its CPU time per page to `file`. */
function pageCpuEnv(file: string): Record<string, string> {
  const preload = `--import=${pathToFileURL(join(ROOT, 'bench/page-cpu.ts')).href}`;
  return { NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '), DISPATCH_BENCH_PAGE_CPU: file };
}

/** The CPU time per page page-cpu.ts wrote, by kind of page (empty when it wrote none). */
function pageCpuTimes(file: string): Record<string, { ms: number; pages: number }> {
  try {
    const kinds = JSON.parse(readFileSync(file, 'utf8')) as PageCpu;
    return Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, { ms: v.cpuMs, pages: v.pages }]));
  } catch {
    return {};
  }
}

function ok(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
  return m;
}

/** How long Astro logs its page generation took: "✓ Completed in 13.87s." (or "in 850ms") after "generating static routes". */
function pageGenerationMs(output: string): number | null {
  const match = /generating static routes[^]*?✓ Completed in ([\d.]+)(m?s)\b/.exec(stripVTControlCharacters(output));
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : null;
}

/** "… in 1234 ms" figures the build logs for the pipeline and Pagefind. */
function loggedMs(output: string, pattern: RegExp): number | null {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : null;
}

const pool = await poolFromSeeds(realDir ?? join(ROOT, 'seeds'));
const rows: Row[] = [];
const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-'));
try {
  for (const n of sizes) {
    console.error(`bench: N=${n}${realDir ? ' (real pages)' : ''}`);
    const seedsDir = join(work, `seeds-${n}`);
    if (realDir) await writeRealSeeds(seedsDir, n, realDir);
    else await writeSyntheticSeeds(seedsDir, n, pool);
    const generatedDir = join(ROOT, 'generated', `bench-${n}`);
    await rm(generatedDir, { recursive: true, force: true });

    const alone = ok(await measure(process.execPath, [join(ROOT, 'bench/pipeline-once.ts'), seedsDir, join(work, `pipeline-${n}`)], { cwd: ROOT, env: cleanEnv({}) }), 'pipeline');
    const pipeline = JSON.parse(alone.output.trim().split('\n').pop()!) as { ms: number; stages: Record<string, number> };
    await rm(join(work, `pipeline-${n}`), { recursive: true, force: true });

    const env = cleanEnv({
      DISPATCH_SEEDS_DIR: seedsDir,
      DISPATCH_GENERATED_DIR: relative(ROOT, generatedDir),
      DISPATCH_OUT_DIR: join(work, `dist-${n}`),
      DISPATCH_CACHE_DIR: join(work, `cache-${n}`),
    });
    const buildCpuFile = join(work, `page-cpu-${n}.json`);
    const baselineCpuFile = join(work, `page-cpu-baseline-${n}.json`);
    const build = ok(await measure(process.execPath, [BUILD], { cwd: ROOT, env: { ...env, ...pageCpuEnv(buildCpuFile) } }), 'build');

    let baseline: Measured | null = null;
    if (baselineOn) {
      const baselineDir = join(work, `baseline-${n}`);
      await writeBaselineProject(baselineDir, n, pool, join(ROOT, 'node_modules'));
      baseline = ok(await measure(process.execPath, [ASTRO, 'build'], { cwd: baselineDir, env: cleanEnv(pageCpuEnv(baselineCpuFile)) }), 'baseline build');
      await rm(baselineDir, { recursive: true, force: true });
    }

    let rebuildMs: number | null = null;
    if (n === rebuildAt) {
      const first = (await readdir(seedsDir)).sort()[0]!;
      await appendFile(join(seedsDir, first), '\nA late correction was added to this story.\n');
      rebuildMs = ok(await measure(process.execPath, [BUILD], { cwd: ROOT, env }), 'rebuild').ms;
    }
    await rm(generatedDir, { recursive: true, force: true });
    for (const dir of [`dist-${n}`, `cache-${n}`, `seeds-${n}`]) await rm(join(work, dir), { recursive: true, force: true });

    const buildPipelineMs = loggedMs(build.output, /dispatch: .* in (\d+) ms/);
    const pagefindMs = loggedMs(build.output, /indexed (?:\d+|the) (?:brief )?pages for search in (\d+) ms/);
    rows.push({
      n,
      pipelineMs: pipeline.ms,
      pipelineMsPerBrief: pipeline.ms / n,
      pipelinePeakRssMb: alone.peakRssMb,
      stages: Object.fromEntries(Object.entries(pipeline.stages).map(([k, v]) => [k, v / n])),
      buildMs: build.ms,
      buildMsPerBrief: build.ms / n,
      buildCpuS: build.cpuS,
      buildPeakRssMb: build.peakRssMb,
      buildPipelineMs,
      pagefindMs,
      astroMs: buildPipelineMs !== null && pagefindMs !== null ? build.ms - buildPipelineMs - pagefindMs : null,
      pageGenerationMs: pageGenerationMs(build.output),
      pages: loggedMs(build.output, /(\d+) page\(s\) built/),
      baselineMs: baseline?.ms ?? null,
      baselineCpuS: baseline?.cpuS ?? null,
      baselinePeakRssMb: baseline?.peakRssMb ?? null,
      ratioToBaseline: baseline ? build.ms / baseline.ms : null,
      rebuildMs,
      rebuildShare: rebuildMs === null ? null : rebuildMs / build.ms,
      renderCpuMs: meanOf(pageCpuTimes(buildCpuFile)),
      // Over every page of the plain build (its one kind of page and its index).
      baselineRenderCpuMs: baseline ? overallMean(pageCpuTimes(baselineCpuFile)) : null,
    });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const s = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
const x = (v: number | null) => (v === null ? '-' : v.toFixed(2));
console.log(`\nSeeds: ${realDir ? 'real page dumps' : 'synthetic recombinations of seeds/'}.`);
console.log('\n| N | pipeline ms/brief | pipeline peak RSS | full build | build ms/brief | build CPU | build peak RSS | astro | of which page generation | pagefind | pages | baseline (plain Astro) | build/baseline | rebuild (1 seed changed) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${r.pipelineMsPerBrief.toFixed(2)} | ${r.pipelinePeakRssMb.toFixed(0)} MB | ${s(r.buildMs)} | ${r.buildMsPerBrief.toFixed(1)} | ${r.buildCpuS.toFixed(0)} s | ${r.buildPeakRssMb.toFixed(0)} MB | ${s(r.astroMs)} | ${s(r.pageGenerationMs)} | ${s(r.pagefindMs)} | ${r.pages ?? '-'} | ${s(r.baselineMs)} | ${x(r.ratioToBaseline)} | ${r.rebuildMs === null ? '-' : `${s(r.rebuildMs)} (${(100 * r.rebuildShare!).toFixed(0)}%)`} |`,
  );
}
console.log('\nGrowth of the whole build between sizes (wall time; CPU time in brackets):');
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1]!, rows[i]!];
  console.log(`  ${a.n} -> ${b.n} seeds (${(b.n / a.n).toFixed(1)}x): ${(b.buildMs / a.buildMs).toFixed(2)}x (${(b.buildCpuS / a.buildCpuS).toFixed(2)}x)`);
}
console.log('\nMain-thread CPU per page (mean ms, bench/page-cpu.ts), by kind of page; a plain Astro page for scale:');
for (const r of rows) {
  const kinds = Object.entries(r.renderCpuMs).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
  const ratio = r.baselineRenderCpuMs && r.renderCpuMs.briefs !== undefined ? ` (brief page / plain page ${(r.renderCpuMs.briefs / r.baselineRenderCpuMs).toFixed(2)}x)` : '';
  console.log(`  N=${r.n}: ${kinds || '(no pages timed)'}; plain page ${r.baselineRenderCpuMs === null ? '-' : r.baselineRenderCpuMs.toFixed(2)}${ratio}`);
}
console.log('\nPipeline ms per brief by stage:');
for (const r of rows) console.log(`  N=${r.n}: ${Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') || '(no stage timings reported)'}`);
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, `bench/results/${realDir ? 'build-real' : 'build'}.json`), `${JSON.stringify({ date: new Date().toISOString(), seeds: realDir ? 'real' : 'synthetic', rows }, null, 2)}\n`);
