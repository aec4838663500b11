import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * A hash of the pipeline's own source files and of the installed packages' lockfile. Cached
 * briefs are reused only when both the seed bytes and this fingerprint match, so editing any
 * stage, or upgrading a package a stage reads (a language detector, a stoplist, a gazetteer),
 * rebuilds every brief without anyone having to bump a version by hand.
 */
export function pipelineFingerprint(): string {
  if (cached) return cached;
  // This file sits in src/pipeline/run/: hash the whole pipeline, every stage, and the project's lockfile.
  const pipelineDir = dirname(dirname(fileURLToPath(import.meta.url)));
  cached = fingerprintOf(pipelineDir, join(pipelineDir, '..', '..', 'package-lock.json'));
  return cached;
}

/** The fingerprint of the sources under `pipelineDir` and of `lockfile` (skipped where a layout has none). */
export function fingerprintOf(pipelineDir: string, lockfile: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|txt)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  try {
    walk(pipelineDir);
    if (existsSync(lockfile)) hash.update('package-lock.json').update(readFileSync(lockfile));
  } catch {
    // Bundled builds may not ship the sources: fall back to a per-process key, which only costs a rebuild.
    hash.update(String(process.pid)).update(String(Date.now()));
  }
  return hash.digest('hex').slice(0, 16);
}
