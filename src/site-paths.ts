import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where Dispatch reads and writes, from environment variables with project
 * defaults. Tests and benchmarks point these at temporary folders.
 */
export interface SitePaths {
  root: string;
  /** Raw seed files. DISPATCH_SEEDS_DIR, default seeds/. */
  seedsDir: string;
  /** Hand-written briefs. */
  contentDir: string;
  /** Pipeline output (git-ignored). DISPATCH_GENERATED_DIR, default generated/; must be inside the project. */
  generatedDir: string;
  briefsDir: string;
  reportPath: string;
}

export function sitePaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SitePaths {
  const seedsDir = resolve(root, env.DISPATCH_SEEDS_DIR || 'seeds');
  const generatedDir = resolve(root, env.DISPATCH_GENERATED_DIR || 'generated');
  const rel = relative(root, generatedDir);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    // Astro's glob loader only reads below the project root.
    throw new Error(`DISPATCH_GENERATED_DIR must be inside the project (${root}); got ${generatedDir}`);
  }
  return {
    root,
    seedsDir,
    contentDir: join(root, 'content', 'briefs'),
    generatedDir,
    briefsDir: join(generatedDir, 'briefs'),
    reportPath: join(generatedDir, 'report.json'),
  };
}

/** Normalises a deploy sub-path such as "news" or "/news/" to "/news". "/" stays "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}
