import { INDEX_AFTER_BUILD } from '../integrations/pagefind.ts';

/**
 * The environment `npm run build` gives `astro build`: the caller's, plus
 * - INDEX_AFTER_BUILD, so that the search index is built once Astro has exited (see build.ts);
 * - MIMALLOC_ALLOW_THP=0, unless the caller set it. Vite's bundler (Rolldown) allocates with
 *   mimalloc, which marks its 1 GiB arena for transparent huge pages; where the kernel grants
 *   them (THP "madvise" or "always"), each 2 MB page the bundler touches counts whole for the rest
 *   of the build. In a build of 3,000 briefs that was 166 MB from the start and 272 MB after
 *   bundling (AnonHugePages in /proc/PID/smaps; 0 with this setting), at no cost in time.
 */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_ALLOW_THP: '0', ...env, [INDEX_AFTER_BUILD]: '1' };
}
