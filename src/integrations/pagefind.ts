import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Set by `npm run build` (src/cli/build.ts), which builds the search index itself once
 * `astro build` has exited: Pagefind's indexing needs about 300 KB a brief page, and running it
 * inside the build adds that to everything Astro still holds (two copies of the content store,
 * the bundler's memory), which made the peak of a build grow fastest with the corpus.
 */
export const INDEX_AFTER_BUILD = 'DISPATCH_SEARCH_INDEX_AFTER_BUILD';

/**
 * Pagefind's command line (its package's `bin`, beside the package entry lib/index.js; the package exports
 * no path to it). The command line, not the Node API: on 3,000 brief pages the API's service took 10.3-12.1 s
 * and peaked at 916-932 MB, the command line 9.0-10.2 s and 837 MB, writing the same files.
 */
const PAGEFIND_CLI = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Builds the Pagefind search index of the site in outDir into outDir/pagefind/. Returns the pages indexed, when Pagefind says. */
export async function indexSite(outDir: string): Promise<number | null> {
  // Only brief pages are indexed (data-pagefind-body): Pagefind need not read the other pages,
  // whose number (entity, topic and list pages) grows with the corpus too.
  const args = [PAGEFIND_CLI, '--site', outDir, '--glob', 'briefs/**/*.html', '--output-path', join(outDir, 'pagefind')];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exit) => done({ code: exit, output }));
  });
  // A site without a brief page: the command line writes no index then, while the search page needs one (empty).
  if (code !== 0 && /Indexed 0 pages/u.test(output)) return writeEmptyIndex(outDir);
  if (code !== 0) throw new Error(`Pagefind could not index ${outDir} (exit ${code}): ${output.trim().split('\n').slice(-5).join(' / ')}`);
  const indexed = /Indexed (\d+) pages?/u.exec(output);
  return indexed ? Number(indexed[1]) : null;
}

/** Pagefind's files with an index of no pages, written through its Node API, which accepts an empty site. */
async function writeEmptyIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return 0;
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
        logger.info(`indexed ${pages ?? 'the'} brief pages for search in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
