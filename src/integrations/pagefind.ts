import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Set by `npm run build` (src/cli/build.ts), which builds the search index itself once
 * `astro build` has exited: Pagefind's indexing needs about 400 KB a brief page, and running it
 * inside the build adds that to everything Astro still holds (two copies of the content store,
 * the bundler's memory), which made the peak of a build grow fastest with the corpus.
 */
export const INDEX_AFTER_BUILD = 'DISPATCH_SEARCH_INDEX_AFTER_BUILD';

/** Builds the Pagefind search index of the site in outDir into outDir/pagefind/. Returns the pages indexed. */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only brief pages are indexed (data-pagefind-body): Pagefind need not read the other pages,
    // whose number (entity, topic and list pages) grows with the corpus too.
    const added = await index.addDirectory({ path: outDir, glob: 'briefs/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefindApi.close();
  }
}

/** Builds the Pagefind search index into <outDir>/pagefind/ after every `astro build`, unless the build script does it after Astro exits. */
export function pagefind(): AstroIntegration {
  return {
    name: 'dispatch-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD]) return;
        const start = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} brief pages for search in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
