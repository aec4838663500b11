import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { sitePaths } from '../site-paths.ts';
import { slugifyWords } from '../pipeline/slug.ts';

/** A brief's id (its URL slug): the frontmatter slug, else the file name. */
function briefId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  const name = entry.split('/').pop()!.replace(/\.mdx$/, '');
  return slugifyWords(name) || 'brief';
}

/**
 * The `briefs` collection: runs the seed pipeline (emitting MDX into the
 * generated folder), then lets Astro's glob loader read generated and
 * hand-written MDX alike. In dev it watches seeds/ and re-runs the pipeline,
 * whose cache makes that cost one seed; the glob loader then picks up the
 * changed MDX file.
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
      const toPattern = (dir: string) => `${relative(root, dir).split('\\').join('/')}/**/*.mdx`;
      await glob({ base: '.', pattern: [toPattern(paths.contentDir), toPattern(paths.briefsDir)], generateId: briefId }).load(context);

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
