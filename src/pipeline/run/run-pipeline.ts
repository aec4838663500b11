import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { emitMdx, GENERATED_EXTENSION } from '../emit/emit-mdx.ts';
import { pipelineFingerprint } from './fingerprint.ts';
import { metadataFindings } from '../metadata/findings.ts';
import { processSeed } from './process-seed.ts';
import type { SeedResult } from './seed-result.ts';
import type { Seed } from '../types.ts';
import { MIN_SEEDS_FOR_WORKERS, seedProcessor, workerCount, type SeedProcessor, type WorkerOptions } from './seed-workers.ts';
import { readSeedFile, seedIdFromFile } from '../read/read-seed.ts';
import { summarise, type BuildReport, type SeedOutcome } from './report.ts';
import { writeBuildReport } from './report-store.ts';
import { briefSlug } from '../emit/slug.ts';
import { timedAsync, type StageTimings } from './stage-timings.ts';
import { writeAtomic } from '../emit/write-atomic.ts';
import { writeLinkGraphBeside } from '../links/graph-thread.ts';
import { featuresFileName, hasFeatures, writeFeatures } from '../links/store.ts';
import type { LinkFeatures } from '../links/types.ts';
import { FolderLockedError, lockFolder, type FolderLock } from './generated-lock.ts';
import { linkAuthored, loadAuthoredStore, readAuthoredBriefs, writeAuthoredStore, type AuthoredLinks, type AuthoredStore } from '../authored/store.ts';

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
  /** The link store the pages read (default: links/ beside the report). */
  linksDir?: string;
  /** Also write the whole link graph as one JSON file here (for tools such as evaluations; the site does not read it). */
  linksPath?: string;
  /** Per-seed report details: removed lines and metadata findings (default: report/ beside the report). */
  reportDetailsDir?: string;
  /** Collect milliseconds per stage into the report (benchmarks). */
  timeStages?: boolean;
  log?: (message: string) => void;
  /** Hand-written briefs (content/briefs/): flagged and linked with the seeds' briefs when given. */
  contentDir?: string;
  /** The project root, which hand-written briefs are named from (default: the working directory). */
  root?: string;
  /** Where hand-written briefs' results are kept (default: authored.json beside the report). */
  authoredPath?: string;
  /**
   * The output folder is locked against other builds while the pipeline writes it (a second one is refused, naming
   * the first); by default until the report is written, with this until the process exits: for a build whose
   * pages read the generated folder after the pipeline.
   */
  lockUntilExit?: boolean;
  /** Worker threads for processing seeds (default: one per core, from 100 seeds on; DISPATCH_WORKERS=0 turns them off). */
  workers?: WorkerOptions;
}

interface CacheEntry {
  digest: string;
  version: string;
  outcome: SeedOutcome & { status: 'emitted' | 'cached' };
}

type Cache = Record<string, CacheEntry>;

const CACHE_FILE = '.cache.json';

/**
 * Seeds read and handed to worker threads ahead of the one being finished: enough to keep a
 * few cores busy while a long seed holds the head of the line (results are finished in file
 * order), few enough to bound memory (a window of real pages holds a few MB; of seeds at the
 * 2 MB limit, some hundreds). Measured at 3,000 real pages: 16 -> 64 saved 2.5% of the wall time.
 */
const READ_AHEAD = 32;

/** Why the pipeline as a whole cannot run (as opposed to one bad seed, which is only reported). */
export class PipelineError extends Error {}

/**
 * Turns every seed in seedsDir into an MDX brief in briefsDir, reusing briefs of unchanged
 * seeds. A bad seed never throws: it is listed in the report with its reason. Only a
 * generated folder that cannot be written throws, as a PipelineError that names it.
 */
export async function runPipeline(options: PipelineOptions): Promise<BuildReport> {
  return (await startPipeline(options, { linkOffThread: false })).finished;
}

/** A pipeline whose briefs are written while its link graph and report are still being made. */
export interface StartedPipeline {
  /** Problems of hand-written briefs' links (unknown topics or entities), known before the link graph is done. */
  authoredProblems: string[];
  /** The report, once the link graph and the report are written. */
  finished: Promise<BuildReport>;
}

/**
 * runPipeline in two steps, for a caller with work of its own to do once the briefs are
 * written (the content loader reads them into Astro's store): resolves when the briefs are,
 * and builds the link graph on another thread from 100 briefs on, while the caller works.
 */
export async function startPipeline(options: PipelineOptions, { linkOffThread = true } = {}): Promise<StartedPipeline> {
  const lock = await guarded(lockOutput(options.briefsDir), options);
  let started: StartedPipeline;
  try {
    started = await guarded(startPipelineUnguarded(options, linkOffThread), options);
  } catch (error) {
    lock.release();
    throw error;
  }
  const finished = guarded(started.finished, options);
  if (!options.lockUntilExit) void finished.finally(() => lock.release()).catch(() => undefined);
  // A caller that fails before awaiting it (e.g. on authoredProblems) must not leave an unhandled rejection.
  finished.catch(() => undefined);
  return { ...started, finished };
}

async function lockOutput(briefsDir: string): Promise<FolderLock> {
  await mkdir(briefsDir, { recursive: true });
  try {
    return lockFolder(briefsDir, "the pipeline's output folder");
  } catch (error) {
    throw error instanceof FolderLockedError ? new PipelineError(error.message) : error;
  }
}

async function guarded<T>(work: Promise<T>, options: PipelineOptions): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException;
    // Seeds are read inside try/catch, so a file-system error here is about the generated folder; anything else is a bug and stays as it is.
    if (typeof code !== 'string') throw error;
    throw new PipelineError(`the seed pipeline could not write ${path ?? options.briefsDir} (${code}): make the generated folder writable, or point DISPATCH_GENERATED_DIR at one that is`, { cause: error });
  }
}

async function startPipelineUnguarded(options: PipelineOptions, linkOffThread: boolean): Promise<StartedPipeline> {
  const { seedsDir, briefsDir, reportPath } = options;
  const featuresDir = options.featuresDir ?? join(dirname(reportPath), 'features');
  const warnings: string[] = [];
  // briefsDir exists: lockOutput made it before taking the lock.
  const files = await listSeedFiles(seedsDir, warnings);
  const cache = options.force ? {} : await loadCache(briefsDir);
  const nextCache: Cache = {};
  const outcomes: SeedOutcome[] = [];
  const ids = uniqueIds(files);
  const version = pipelineFingerprint();
  const start = performance.now();
  const timings: StageTimings | undefined = options.timeStages ? {} : undefined;

  // Slug -> file that holds it; files are visited in sorted order, so who yields on a clash is stable.
  const taken = new Map<string, string>();
  // Entities of the briefs processed in this run, by output file: hand-written briefs' links are checked against them.
  const entitiesOf = new Map<string, LinkFeatures['entities']>();

  // Seeds are read and processed ahead (on worker threads when there are many) but finished
  // (slug, write, report) strictly in file order; the window bounds what is held in memory.
  // Seeds without a cache entry of this pipeline version will be processed: a cold build starts its workers at once.
  const expected = files.filter((f) => cache[f]?.version !== version).length;
  const processor = seedProcessor(timings, { expected, ...options.workers });
  const prepare = (file: string) => prepareOne(join(seedsDir, file), file, ids.get(file)!, cache[file], version, briefsDir, featuresDir, processor, timings);
  const ahead: Promise<Prepared>[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      while (ahead.length < (processor.parallel ? READ_AHEAD : 1) && i + ahead.length < files.length) ahead.push(prepare(files[i + ahead.length]!));
      const file = files[i]!;
      const { outcome, digest, entities } = await finishOne(await ahead.shift()!, file, briefsDir, featuresDir, processor, taken, timings);
      if (outcome.status !== 'rejected') taken.set(outcome.slug, file);
      if (entities && options.contentDir && outcome.status !== 'rejected') entitiesOf.set(outcome.output, entities);
      outcomes.push(outcome);
      if (outcome.status !== 'rejected' && digest) nextCache[file] = { digest, version, outcome: { ...outcome, status: 'emitted' } };
    }
  } finally {
    await processor.close();
  }
  const threads = processor.threads > 0 ? ` on ${processor.threads} worker threads` : '';

  await removeStaleBriefs(briefsDir, new Set(outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.output]))));
  await writeAtomic(join(briefsDir, CACHE_FILE), JSON.stringify(nextCache));
  const kept = outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.output]));
  const authoredPath = options.authoredPath ?? join(dirname(reportPath), 'authored.json');
  const authored = options.contentDir
    ? await timedAsync(timings, 'authored', () => readAuthoredBriefs(options.contentDir!, options.root ?? process.cwd(), options.force ? {} : loadAuthoredStore(authoredPath), version))
    : [];
  const seedIds = new Set(outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.id])));
  const seedSlugs = new Set(outcomes.flatMap((o) => (o.status === 'rejected' ? [] : [o.slug])));
  const linked: AuthoredLinks = authored.length > 0
    ? linkAuthored(authored.map((a) => a.brief), seedIds, seedSlugs, () => kept.map((output) => ({ entities: entitiesOf.get(output) ?? storedEntities(featuresDir, output) })))
    : { features: [], problems: [], standalone: new Set() };
  // Not needed past here, and the closures below would keep it for as long as the link graph takes.
  entitiesOf.clear();
  // Before this returns: the brief pages and the compile plugin read it (src/collections/authored-flags.ts).
  if (options.contentDir) {
    const store: AuthoredStore = {};
    for (const { digest, brief } of authored) store[brief.file] = { digest, version, brief, standalone: linked.standalone.has(brief.file) };
    await writeAuthoredStore(authoredPath, store);
  }
  const linksDir = options.linksDir ?? join(dirname(reportPath), 'links');
  const linking = timedAsync(timings, 'links', () =>
    writeLinkGraphBeside(
      { featuresDir, briefFiles: kept, linksDir, extra: linked.features, ...(options.linksPath ? { wholeGraphPath: options.linksPath } : {}) },
      { inThread: !linkOffThread || kept.length < MIN_SEEDS_FOR_WORKERS || workerCount() < 2 },
    ),
  );
  const finish = async (): Promise<BuildReport> => {
    warnings.push(...(await linking));
    const report: BuildReport = {
      version,
      seedsDir,
      seeds: outcomes,
      totals: summarise(outcomes),
      warnings,
      ...(options.contentDir ? { authored: { briefs: authored.length, problems: linked.problems } } : {}),
      ...(timings ? { timings } : {}),
    };
    await writeBuildReport(reportPath, options.reportDetailsDir ?? join(dirname(reportPath), 'report'), report);
    const { totals } = report;
    options.log?.(`dispatch: ${totals.seeds} seeds -> ${totals.emitted} emitted, ${totals.cached} unchanged, ${totals.rejected} rejected in ${Math.round(performance.now() - start)} ms${threads}`);
    return report;
  };
  const finished = finish();
  finished.catch(() => undefined); // handled by whoever awaits it (see startPipeline)
  return { authoredProblems: linked.problems, finished };
}

/** The entities of a brief from its stored features (a cached seed's); none when they cannot be read (the link step warns). */
function storedEntities(featuresDir: string, briefFile: string): LinkFeatures['entities'] {
  try {
    return (JSON.parse(readFileSync(join(featuresDir, featuresFileName(briefFile)), 'utf8')) as LinkFeatures).entities;
  } catch {
    return [];
  }
}

/** One seed's outcome, with the digest of the bytes that produced it (null when rejected). */
interface Built {
  outcome: SeedOutcome;
  digest: string | null;
  /** The entities of a brief processed in this run. */
  entities?: LinkFeatures['entities'];
}

/** A seed read and, unless its cached brief may be reused, handed to the processor. */
type Prepared =
  | { kind: 'rejected'; outcome: SeedOutcome }
  | { kind: 'seed'; seed: Seed; cached: CacheEntry | null; processed: Promise<Processed> | null };

/** processSeed's result or its error, never a rejected promise (results wait in the window unobserved). */
type Processed = { ok: true; result: SeedResult } | { ok: false; message: string };

const settle = (p: Promise<SeedResult>): Promise<Processed> => p.then((result) => ({ ok: true as const, result }), (error: Error) => ({ ok: false as const, message: error.message }));

async function prepareOne(path: string, file: string, id: string, cached: CacheEntry | undefined, version: string, briefsDir: string, featuresDir: string, processor: SeedProcessor, timings?: StageTimings): Promise<Prepared> {
  const read = await timedAsync(timings, 'read', () => readSeedFile(path, file));
  if (!read.ok) return { kind: 'rejected', outcome: { status: 'rejected', ...read.rejection, id } };
  const seed = { ...read.seed, id };
  if (cached && isReusable(cached, seed, version, briefsDir, featuresDir)) return { kind: 'seed', seed, cached, processed: null };
  // In this thread, processing waits for its turn in finishOne, so stage timings do not overlap.
  return { kind: 'seed', seed, cached: null, processed: processor.parallel ? settle(processor.process(seed)) : null };
}

/** A cached brief is reused when the bytes, the pipeline and the id are the same and its files are still there. */
function isReusable(cached: CacheEntry, seed: Seed, version: string, briefsDir: string, featuresDir: string): boolean {
  // The id can change without the bytes changing (a file with the same name and another extension arrived).
  return cached.digest === seed.digest && cached.version === version && cached.outcome.id === seed.id && existsSync(join(briefsDir, cached.outcome.output)) && hasFeatures(featuresDir, cached.outcome.output);
}

async function finishOne(prepared: Prepared, file: string, briefsDir: string, featuresDir: string, processor: SeedProcessor, taken: ReadonlyMap<string, string>, timings?: StageTimings): Promise<Built> {
  if (prepared.kind === 'rejected') return { outcome: prepared.outcome, digest: null };
  const { seed, cached } = prepared;
  const id = seed.id;
  if (cached && !taken.has(cached.outcome.slug)) return { outcome: { ...cached.outcome, status: 'cached' }, digest: seed.digest };
  // A reusable brief whose slug an earlier seed took in this build is processed again, here.
  const processed = await (prepared.processed ?? settle(processor.process(seed)));
  if (!processed.ok) return { outcome: { status: 'rejected', id, file, reason: `pipeline error: ${processed.message}` }, digest: null };
  try {
    const result = withFreeSlug(processed.result, seed, taken);
    const output = `${result.meta.slug}${GENERATED_EXTENSION}`;
    await timedAsync(timings, 'write', () => writeAtomic(join(briefsDir, output), result.mdx));
    await writeFeatures(featuresDir, output, result.featuresJson);
    const { categories, texts, lineCounts } = result.removed;
    const linesRemoved: Partial<Record<string, number>> = {};
    categories.forEach((category, i) => (linesRemoved[category] = (linesRemoved[category] ?? 0) + lineCounts[i]!));
    const outcome: SeedOutcome = {
      status: 'emitted',
      id,
      file,
      slug: result.meta.slug,
      title: result.meta.title,
      output,
      linesRemoved,
      removed: categories.map((category, i) => ({ category, text: texts[i]! })),
      nodesKept: result.nodesKept,
      warnings: result.warnings,
      linesKept: result.linesKept,
      metadata: metadataFindings(result.meta),
    };
    return { outcome, digest: seed.digest, entities: result.entities };
  } catch (error) {
    return { outcome: { status: 'rejected', id, file, reason: `pipeline error: ${(error as Error).message}` }, digest: null };
  }
}

/**
 * A brief whose slug another seed in this build already holds gets a longer hash (then a
 * counter), so no brief overwrites another. Title words and hash prefixes both have to
 * match for this to happen, e.g. two seeds with the same non-Latin title.
 */
function withFreeSlug(result: SeedResult, seed: Seed, taken: ReadonlyMap<string, string>): SeedResult {
  const { meta } = result;
  if (!taken.has(meta.slug)) return result;
  let slug = meta.slug;
  for (const length of [12, 16, 24, 32, 64]) {
    slug = briefSlug(meta.title, result.source.file, length);
    if (!taken.has(slug)) break;
  }
  for (let n = 2; taken.has(slug); n++) slug = `${meta.slug}-${n}`;
  // The result left the article behind (see seed-result.ts); processing is pure, so processing the seed again gives it back.
  const { doc } = processSeed(seed);
  const renamed = { ...doc, meta: { ...doc.meta, slug } };
  return { ...result, meta: renamed.meta, mdx: emitMdx(renamed), warnings: [...result.warnings, `slug ${meta.slug} was already taken by ${taken.get(meta.slug)}: published as ${slug}`] };
}

/** Every entry of the seeds folder except dot-files; folders and other non-files are read and rejected with a reason. */
async function listSeedFiles(seedsDir: string, warnings: string[]): Promise<string[]> {
  try {
    return (await readdir(seedsDir)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') warnings.push(`seeds folder not found at ${seedsDir}: create it and put one page dump per file in it (or set DISPATCH_SEEDS_DIR); building hand-written briefs only`);
    else if (code === 'ENOTDIR') warnings.push(`the seeds path ${seedsDir} is a file, not a folder: make it a folder of page dumps (or set DISPATCH_SEEDS_DIR); building hand-written briefs only`);
    else warnings.push(`seeds folder ${seedsDir} could not be read (${code ?? (error as Error).message}): check its permissions; building hand-written briefs only`);
    return [];
  }
}

/** Seed ids are file names without extension; when two files share one, the full file name is used. */
function uniqueIds(files: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(seedIdFromFile(f), (counts.get(seedIdFromFile(f)) ?? 0) + 1);
  return new Map(files.map((f) => [f, counts.get(seedIdFromFile(f))! > 1 ? f : seedIdFromFile(f)]));
}

/** The previous build's cache; anything unreadable or malformed just means every seed is processed again. */
async function loadCache(briefsDir: string): Promise<Cache> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(briefsDir, CACHE_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isCacheEntry(entry))) as Cache;
  } catch {
    return {};
  }
}

function isCacheEntry(entry: unknown): entry is CacheEntry {
  const e = entry as Partial<CacheEntry> | null;
  return typeof e?.digest === 'string' && typeof e.version === 'string' && typeof e.outcome?.output === 'string' && typeof e.outcome.slug === 'string';
}

async function removeStaleBriefs(briefsDir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(briefsDir)) {
    // .mdx too: briefs generated before they were written as Markdown.
    if (/\.mdx?$/.test(name) && !keep.has(name)) await rm(join(briefsDir, name), { force: true });
  }
}
