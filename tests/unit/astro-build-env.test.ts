import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroBuildEnv } from '../../src/cli/astro-build-env.ts';
import { INDEX_AFTER_BUILD } from '../../src/integrations/pagefind.ts';

/** The option value mimalloc in Vite's bundler reports when it starts under `env`. */
function bundlerThpOption(env: NodeJS.ProcessEnv): string | undefined {
  // Rolldown is Vite's dependency, not ours: resolve it as Vite does.
  const rolldown = createRequire(createRequire(import.meta.url).resolve('vite/package.json')).resolve('rolldown');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(rolldown).href)});`], {
    env: { ...env, MIMALLOC_VERBOSE: '1' },
    encoding: 'utf8',
  });
  return /option 'allow_thp': (\d+)/.exec(run.stderr)?.[1];
}

describe('astroBuildEnv', () => {
  it('asks for the search index after the build and turns off huge pages in the bundler, keeping the rest', () => {
    const env = astroBuildEnv({ PATH: '/bin', DISPATCH_SEEDS_DIR: 'seeds' });
    expect(env).toEqual({ PATH: '/bin', DISPATCH_SEEDS_DIR: 'seeds', MIMALLOC_ALLOW_THP: '0', [INDEX_AFTER_BUILD]: '1' });
  });

  it("keeps a caller's own huge-page setting", () => {
    expect(astroBuildEnv({ MIMALLOC_ALLOW_THP: '1' }).MIMALLOC_ALLOW_THP).toBe('1');
  });

  it("is the variable the installed bundler's allocator reads", () => {
    const { MIMALLOC_ALLOW_THP: _, ...without } = process.env;
    // Without it the allocator reports its own default, which may depend on the kernel (2 here, where THP is "madvise").
    expect(bundlerThpOption(without)).toMatch(/^\d+$/);
    expect(bundlerThpOption(astroBuildEnv(without))).toBe('0');
  });
});
