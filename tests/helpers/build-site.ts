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
export async function buildSite(options: { seedFiles: string[]; base?: string; name: string }): Promise<BuiltSite> {
  const work = await mkdtemp(join(tmpdir(), `dispatch-${options.name}-`));
  const seedsDir = join(work, 'seeds');
  await mkdir(seedsDir);
  for (const file of options.seedFiles) await cp(file, join(seedsDir, file.split('/').pop()!));
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
  };
  const log = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  return {
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
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`astro build exited ${code}:\n${output.slice(-4000)}`))));
  });
}
