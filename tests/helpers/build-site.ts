import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  outDir: string;
  seedsDir: string;
  generatedDir: string;
  base: string;
  log: string;
  cleanup: () => Promise<void>;
}

/**
 * Builds the real project with `astro build` in a child process, from a
 * temporary seeds folder into a temporary dist, so tests never touch the
 * developer's own dist/ or generated/ folders.
 */
export interface BuildOptions {
  seedFiles: string[];
  base?: string;
  name: string;
  /** Hand-written briefs folder, relative to the project (default content/briefs). */
  contentDir?: string;
  /** Public origin for absolute URLs (DISPATCH_SITE); default the config's. */
  site?: string;
  /** Runs after seedFiles are copied, to add (or remove) seeds that cannot simply be copied. */
  writeSeeds?: (seedsDir: string) => Promise<void>;
}

export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const site = await tryBuildSite(options);
  if (site.code !== 0) {
    await site.cleanup();
    throw new Error(`astro build exited ${site.code}:\n${site.log.slice(-4000)}`);
  }
  return site;
}

/** Like buildSite, but a failing build is returned (with its exit code and log) instead of thrown. */
export async function tryBuildSite(options: BuildOptions): Promise<BuiltSite & { code: number | null }> {
  const work = await mkdtemp(join(tmpdir(), `dispatch-${options.name}-`));
  const seedsDir = join(work, 'seeds');
  await mkdir(seedsDir);
  for (const file of options.seedFiles) await cp(file, join(seedsDir, file.split('/').pop()!));
  await options.writeSeeds?.(seedsDir);
  // The generated folder must sit inside the project (Astro's glob loader reads only there).
  const generatedDir = join(ROOT, 'generated', `test-${options.name}-${process.pid}`);
  const outDir = join(work, 'dist');
  const base = options.base ?? '/';
  const env = {
    ...parentEnv(),
    DISPATCH_SEEDS_DIR: seedsDir,
    DISPATCH_GENERATED_DIR: relative(ROOT, generatedDir),
    DISPATCH_OUT_DIR: outDir,
    DISPATCH_CACHE_DIR: join(work, 'cache'),
    DISPATCH_BASE: base,
    ...(options.contentDir ? { DISPATCH_CONTENT_DIR: options.contentDir } : {}),
    ...(options.site ? { DISPATCH_SITE: options.site } : {}),
  };
  const { code, log } = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  return {
    code,
    outDir,
    seedsDir,
    generatedDir,
    base,
    log,
    cleanup: async () => {
      await rm(work, { recursive: true, force: true });
      await rm(generatedDir, { recursive: true, force: true });
    },
  };
}

/** The test runner's environment minus the variables Vitest sets for itself (BASE_URL, MODE…), which would leak into Vite inside the build. */
export function parentEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  delete env.FORCE_COLOR;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    // CI may force colours on; tests read the log as plain text.
    child.on('close', (code) => resolvePromise({ code, log: stripVTControlCharacters(output) }));
  });
}
