/**
 * `npm run build`: `astro build`, then the search index, in that order and in separate
 * processes, so that Pagefind's memory never adds to what Astro holds at the end of a build
 * (see src/integrations/pagefind.ts). Arguments go to `astro build`. A plain `astro build`
 * builds the same index from inside the build.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../integrations/pagefind.ts';
import { astroBuildEnv } from './astro-build-env.ts';

// Astro's command line, next to its package entry (astro/dist/index.js); the package exports no path to it.
const astro = join(fileURLToPath(import.meta.resolve('astro')), '..', '..', 'bin', 'astro.mjs');
const code = await new Promise<number | null>((done, fail) => {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: astroBuildEnv(process.env) });
  child.on('error', fail);
  child.on('close', done);
});
if (code !== 0) process.exit(code ?? 1);
// The output folder as astro.config.mjs sets it.
const outDir = resolve(process.env.DISPATCH_OUT_DIR || 'dist');
const start = performance.now();
const pages = await indexSite(outDir);
console.log(`[dispatch-pagefind] indexed ${pages ?? 'the'} brief pages for search in ${Math.round(performance.now() - start)} ms`);
