import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/** Builds the Pagefind search index into <outDir>/pagefind/ after every `astro build`. */
export function pagefind(): AstroIntegration {
  return {
    name: 'dispatch-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only brief pages are indexed (data-pagefind-body): Pagefind need not read the other pages,
        // whose number (entity, topic and list pages) grows with the corpus too.
        const added = await index.addDirectory({ path: outDir, glob: 'briefs/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} brief pages for search in ${Math.round(performance.now() - start)} ms`);
        await pagefindApi.close();
      },
    },
  };
}
