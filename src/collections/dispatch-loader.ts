import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_EXTENSION } from '../pipeline/emit/emit-mdx.ts';
import { runPipeline, startPipeline, type PipelineOptions } from '../pipeline/run/run-pipeline.ts';
import type { BuildReport } from '../pipeline/run/report.ts';
import { sitePaths } from '../site-paths.ts';
import { authoredSlug } from '../pipeline/authored/brief.ts';
import { checkHandWrittenBriefs } from './check-briefs.ts';
import { debouncedRuns } from './debounced-runs.ts';
import { settledWatcher } from './settled-watcher.ts';
import { slimStore } from './slim-store.ts';

/** A brief's id (its URL slug): the frontmatter slug, else the file name (the pipeline links it by the same). */
function briefId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  return authoredSlug(entry, data);
}

/**
 * Thrown for problems an author must fix; the build stops with this message. It carries the
 * first problem's place as `loc`, which Astro prints as the error's location, and no stack:
 * the loader's own line would only point away from the brief.
 */
export class BriefError extends Error {
  override name = 'BriefError';
  loc?: { file: string; line?: number; column?: number };
  constructor(message: string, root?: string, first?: string) {
    super(message);
    const place = first ? /^(.+?\.mdx):(\d+)(?::(\d+))?:/.exec(first) : null;
    if (place && root) this.loc = { file: join(root, place[1]!), line: Number(place[2]), ...(place[3] ? { column: Number(place[3]) } : {}) };
    this.stack = '';
  }
}

/** One error for every problem in hand-written briefs, so each is printed once, with its file, line and column. */
function briefProblems(problems: string[], root: string): BriefError {
  const list = problems.map((p) => `  - ${p}`).join('\n');
  return new BriefError(`${problems.length} hand-written brief problem${problems.length === 1 ? '' : 's'} to fix before the site can build:\n${list}`, root, problems[0]);
}

/**
 * Remembers which file claimed each URL slug, so that two briefs with one slug are an
 * error naming both files instead of one brief silently replacing the other.
 */
function slugClaims(root: string) {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  // During the first load clashes are collected (and thrown); afterwards (dev edits) they are logged.
  let report: (clash: string) => void = (clash) => {
    clashes.push(clash);
  };
  return {
    clashes,
    reportTo(log: (clash: string) => void) {
      report = log;
    },
    generateId(options: { entry: string; data: Record<string, unknown> }): string {
      const id = briefId(options);
      const previous = owner.get(id);
      // A previous owner that no longer exists was renamed or deleted (dev): no clash.
      if (previous && previous !== options.entry && existsSync(join(root, previous))) {
        const [first, second] = [previous, options.entry].sort(); // files load in parallel: name them in a stable order
        report(
          `${first} and ${second} would both be published at /briefs/${id}/: give one of them another \`slug:\` ` +
            'in its frontmatter (or rename the file); to change a generated brief, amend it with `seed:` instead (see AUTHORING.md)',
        );
      }
      owner.set(id, options.entry);
      return id;
    },
  };
}

/**
 * The `briefs` collection: runs the seed pipeline (emitting MDX into the
 * generated folder), then lets Astro's glob loader read generated and
 * hand-written MDX alike. In dev it watches seeds/ and re-runs the pipeline,
 * whose cache makes that cost one seed; the glob loader then picks up the
 * changed MDX file.
 *
 * Bad seeds never stop the build: they are logged and listed in the build report.
 * A broken hand-written brief, two briefs with one slug, or a generated folder that
 * cannot be written do stop it (exit code 1), with a message naming the file and the fix.
 */
export function dispatchLoader(): Loader {
  return {
    name: 'dispatch-briefs',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const paths = sitePaths(root);
      // A build's pages read the generated folder after the pipeline: it stays locked until the build exits.
      // A dev server locks it only while its pipeline runs, so a build beside it is not refused for as long as it is open.
      const options: PipelineOptions = { ...paths, log: (m) => context.logger.info(m), lockUntilExit: !context.watcher };
      const logReport = (report: BuildReport) => {
        for (const w of report.warnings) context.logger.warn(w);
        for (const s of report.seeds) if (s.status === 'rejected') context.logger.warn(`seed ${s.file} skipped: ${s.reason}`);
        return report;
      };
      const run = async () => logReport(await runPipeline(options));
      // The briefs are written first; their link graph is built on another thread while they load below.
      const first = await startPipeline(options);
      // Syntax first (a brief that does not parse is not analysed), then unknown topics and entities.
      const problems = [...(await checkHandWrittenBriefs(paths.contentDir, root)), ...first.authoredProblems];
      if (problems.length > 0) throw briefProblems(problems, root);
      const claims = slugClaims(root);
      const toPattern = (dir: string, extension: string) => `${relative(root, dir).split('\\').join('/')}/**/*${extension}`;
      // Hand-written briefs are MDX (components); generated ones are plain Markdown, which Astro renders
      // while loading instead of compiling each into a module (see ARCHITECTURE.md).
      const patterns = [toPattern(paths.contentDir, '.mdx'), toPattern(paths.briefsDir, GENERATED_EXTENSION)];
      const settled = context.watcher ? { watcher: settledWatcher(context.watcher) } : {};
      await glob({ base: '.', pattern: patterns, generateId: claims.generateId }).load({ ...context, store: slimStore(context.store), ...settled });
      if (claims.clashes.length > 0) throw new BriefError(`two briefs share a URL:\n${claims.clashes.map((c) => `  - ${c}`).join('\n')}`, root, claims.clashes[0]);
      logReport(await first.finished);

      claims.reportTo((clash) => context.logger.error(clash));

      if (!context.watcher) return;
      context.watcher.add(paths.seedsDir);
      // While editing, a brief that does not parse is Astro's to report (its MDX compile names the
      // line); the pipeline skips it, and reports only what Astro cannot know: unknown topics and entities.
      let reported = new Set<string>();
      const rerun = async () => {
        const problems = (await run()).authored?.problems ?? [];
        for (const p of problems) if (!reported.has(p)) context.logger.error(p);
        reported = new Set(problems);
      };
      const rerunSoon = debouncedRuns(rerun, (error) => context.logger.error(`pipeline failed: ${error.message}`));
      const onEvent = (path: string) => {
        const seed = path.startsWith(paths.seedsDir);
        // Hand-written briefs: the glob loader reloads the entry and its page recomputes its flags; this updates its links.
        if (!seed && !(path.startsWith(paths.contentDir) && path.endsWith('.mdx'))) return;
        rerunSoon();
      };
      context.watcher.on('add', onEvent);
      context.watcher.on('change', onEvent);
      context.watcher.on('unlink', onEvent);
    },
  };
}
