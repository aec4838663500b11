import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_EXTENSION } from '../pipeline/emit-mdx.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { sitePaths } from '../site-paths.ts';
import { slugifyWords } from '../pipeline/slug.ts';
import { checkHandWrittenBriefs } from './check-briefs.ts';
import { slimStore } from './slim-store.ts';

/** A brief's id (its URL slug): the frontmatter slug, else the file name. */
function briefId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  const name = entry.split('/').pop()!.replace(/\.mdx?$/, '');
  return slugifyWords(name) || 'brief';
}

/** Thrown for problems an author must fix; the build stops with this message. */
export class BriefError extends Error {
  override name = 'BriefError';
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
      const run = async () => {
        const report = await runPipeline({ ...paths, log: (m) => context.logger.info(m) });
        for (const w of report.warnings) context.logger.warn(w);
        for (const s of report.seeds) if (s.status === 'rejected') context.logger.warn(`seed ${s.file} skipped: ${s.reason}`);
      };
      await run();
      const problems = await checkHandWrittenBriefs(paths.contentDir, root);
      if (problems.length > 0) {
        throw new BriefError(`${problems.length} hand-written brief problem${problems.length === 1 ? '' : 's'} to fix before the site can build:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
      const claims = slugClaims(root);
      const toPattern = (dir: string, extension: string) => `${relative(root, dir).split('\\').join('/')}/**/*${extension}`;
      // Hand-written briefs are MDX (components); generated ones are plain Markdown, which Astro renders
      // while loading instead of compiling each into a module (see ARCHITECTURE.md).
      const patterns = [toPattern(paths.contentDir, '.mdx'), toPattern(paths.briefsDir, GENERATED_EXTENSION)];
      await glob({ base: '.', pattern: patterns, generateId: claims.generateId }).load({ ...context, store: slimStore(context.store) });
      if (claims.clashes.length > 0) throw new BriefError(`two briefs share a URL:\n${claims.clashes.map((c) => `  - ${c}`).join('\n')}`);

      claims.reportTo((clash) => context.logger.error(clash));

      const { watcher } = context;
      if (!watcher) return;
      watcher.add(paths.seedsDir);
      let pending: Promise<void> = Promise.resolve();
      const onSeedEvent = (path: string) => {
        if (!path.startsWith(paths.seedsDir)) return;
        // Serialise runs so two quick saves never write the same brief at once.
        pending = pending.then(run).catch((error: Error) => context.logger.error(`pipeline failed: ${error.message}`));
      };
      watcher.on('add', onSeedEvent);
      watcher.on('change', onSeedEvent);
      watcher.on('unlink', onSeedEvent);
    },
  };
}
