import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipelineFingerprint } from './fingerprint.ts';
import { metadataFindings } from './metadata/findings.ts';
import { processSeed } from './process-seed.ts';
import { readSeedFile, seedIdFromFile } from './read-seed.ts';
import { summarise, type BuildReport, type SeedOutcome } from './report.ts';
import { timedAsync, type StageTimings } from './stage-timings.ts';
import { writeAtomic } from './write-atomic.ts';
import { hasFeatures, writeFeatures, writeLinkGraph } from './links/store.ts';


export interface PipelineOptions {
  /** Folder of raw seed files. */
  seedsDir: string;
  /** Folder the generated MDX briefs are written to (owned by the pipeline: stale files are removed). */
  briefsDir: string;
  /** Where the JSON build report goes. */
  reportPath: string;
  /** Ignore the cache and reprocess every seed. */
  force?: boolean;
  /** Per-brief link features (default: features/ beside the report). */
  featuresDir?: string;
  /** The corpus link graph (default: links.json beside the report). */
  linksPath?: string;
  /** Collect milliseconds per stage into the report (benchmarks). */
  timeStages?: boolean;
  log?: (message: string) => void;
}

interface CacheEntry {
  digest: string;
  version: string;
  outcome: SeedOutcome & { status: 'emitted' | 'cached' };
}

type Cache = Record<string, CacheEntry>;

const CACHE_FILE = '.cache.json';

/** Turns every seed in seedsDir into an MDX brief in briefsDir, reusing briefs of unchanged seeds. */
export async function runPipeline(options: PipelineOptions): Promise<BuildReport> {
  const { seedsDir, briefsDir, reportPath } = options;
  const featuresDir = options.featuresDir ?? join(dirname(reportPath), 'features');
  const warnings: string[] = [];
  await mkdir(briefsDir, { recursive: true });
  const files = await listSeedFiles(seedsDir, warnings);
  const cache = options.force ? {} : await loadCache(briefsDir);
  const nextCache: Cache = {};
  const outcomes: SeedOutcome[] = [];
  const ids = uniqueIds(files);
  const version = pipelineFingerprint();
  const start = performance.now();
  const timings: StageTimings | undefined = options.timeStages ? {} : undefined;

  for (const file of files) {
    const id = ids.get(file)!;
    const { outcome, digest } = await buildOne(join(seedsDir, file), file, id, briefsDir, featuresDir, cache[file], version, timings);
    outcomes.push(outcome);
    if (outcome.status !== 'rejected' && digest) nextCache[file] = { digest, version, outcome: { ...outcome, status: 'emitted' } };
  }

  await removeStaleBriefs(briefsDir, new Set(outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.output]))));
  await writeAtomic(join(briefsDir, CACHE_FILE), JSON.stringify(nextCache));
  const kept = outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.output]));
  await timedAsync(timings, 'links', () => writeLinkGraph(featuresDir, kept, options.linksPath ?? join(dirname(reportPath), 'links.json'), warnings));
  const report: BuildReport = { version, seedsDir, seeds: outcomes, totals: summarise(outcomes), warnings, ...(timings ? { timings } : {}) };
  await mkdir(join(reportPath, '..'), { recursive: true });
  await writeAtomic(reportPath, JSON.stringify(report, null, 2));
  const { totals } = report;
  options.log?.(`dispatch: ${totals.seeds} seeds -> ${totals.emitted} emitted, ${totals.cached} unchanged, ${totals.rejected} rejected in ${Math.round(performance.now() - start)} ms`);
  return report;
}

/** One seed's outcome, with the digest of the bytes that produced it (null when rejected). */
interface Built {
  outcome: SeedOutcome;
  digest: string | null;
}

async function buildOne(path: string, file: string, id: string, briefsDir: string, featuresDir: string, cached: CacheEntry | undefined, version: string, timings?: StageTimings): Promise<Built> {
  const read = await timedAsync(timings, 'read', () => readSeedFile(path, file));
  if (!read.ok) return { outcome: { status: 'rejected', ...read.rejection, id }, digest: null };
  const seed = { ...read.seed, id };
  if (cached && cached.digest === seed.digest && cached.version === version && existsSync(join(briefsDir, cached.outcome.output)) && hasFeatures(featuresDir, cached.outcome.output)) {
    return { outcome: { ...cached.outcome, status: 'cached' }, digest: seed.digest };
  }
  try {
    const result = processSeed(seed, timings);
    const output = `${result.doc.meta.slug}.mdx`;
    await timedAsync(timings, 'write', () => writeAtomic(join(briefsDir, output), result.mdx));
    await writeFeatures(featuresDir, output, result.features);
    const linesRemoved: Partial<Record<string, number>> = {};
    for (const r of result.removed) linesRemoved[r.category] = (linesRemoved[r.category] ?? 0) + (r.lineCount ?? 1);
    const outcome: SeedOutcome = {
      status: 'emitted',
      id,
      file,
      slug: result.doc.meta.slug,
      title: result.doc.meta.title,
      output,
      linesRemoved,
      nodesKept: result.doc.nodes.length,
      warnings: result.warnings,
      linesKept: result.linesKept,
      metadata: metadataFindings(result.doc.meta),
    };
    return { outcome, digest: seed.digest };
  } catch (error) {
    return { outcome: { status: 'rejected', id, file, reason: `pipeline error: ${(error as Error).message}` }, digest: null };
  }
}

async function listSeedFiles(seedsDir: string, warnings: string[]): Promise<string[]> {
  if (!existsSync(seedsDir)) {
    warnings.push(`seeds folder not found at ${seedsDir}: create it and put one page dump per file in it; building hand-written briefs only`);
    return [];
  }
  const entries = await readdir(seedsDir, { withFileTypes: true });
  return entries
    .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort();
}

/** Seed ids are file names without extension; when two files share one, the full file name is used. */
function uniqueIds(files: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(seedIdFromFile(f), (counts.get(seedIdFromFile(f)) ?? 0) + 1);
  return new Map(files.map((f) => [f, counts.get(seedIdFromFile(f))! > 1 ? f : seedIdFromFile(f)]));
}

async function loadCache(briefsDir: string): Promise<Cache> {
  try {
    return JSON.parse(await readFile(join(briefsDir, CACHE_FILE), 'utf8')) as Cache;
  } catch {
    return {};
  }
}

async function removeStaleBriefs(briefsDir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(briefsDir)) {
    if (name.endsWith('.mdx') && !keep.has(name)) await rm(join(briefsDir, name), { force: true });
  }
}
