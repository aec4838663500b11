import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where Dispatch reads and writes, from environment variables with project
 * defaults. Tests and benchmarks point these at temporary folders.
 */
export interface SitePaths {
  root: string;
  /** Raw seed files. DISPATCH_SEEDS_DIR, default seeds/. */
  seedsDir: string;
  /** Hand-written briefs. DISPATCH_CONTENT_DIR, default content/briefs/; must be inside the project. */
  contentDir: string;
  /** Pipeline output (git-ignored). DISPATCH_GENERATED_DIR, default generated/; must be inside the project. */
  generatedDir: string;
  briefsDir: string;
  /** The build report: every seed's outcome and the totals. */
  reportPath: string;
  /** Per-seed report details (removed lines, metadata findings), read one seed at a time. */
  reportDetailsDir: string;
  /** Per-brief cross-link features (phase 1, cached with the seeds). */
  featuresDir: string;
  /** The link store (index and record files) the brief, entity, topic, outlet and cluster pages read. */
  linksDir: string;
  /** Hand-written briefs' flags and link features, cached by their bytes (src/pipeline/authored/). */
  authoredPath: string;
}

/** The paths last worked out, with what they were worked out from. */
let last: { key: string; paths: Readonly<SitePaths> } | null = null;

export function sitePaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Readonly<SitePaths> {
  // Pages ask on every render (links, report details), and resolving and checking the folders
  // each time cost a twentieth of a brief page's render; the answer only changes with its inputs.
  const key = `${root}\0${env.DISPATCH_SEEDS_DIR ?? ''}\0${env.DISPATCH_GENERATED_DIR ?? ''}\0${env.DISPATCH_CONTENT_DIR ?? ''}`;
  if (last?.key !== key) last = { key, paths: Object.freeze(resolvePaths(root, env)) };
  return last.paths;
}

function resolvePaths(root: string, env: NodeJS.ProcessEnv): SitePaths {
  const seedsDir = resolve(root, env.DISPATCH_SEEDS_DIR || 'seeds');
  const generatedDir = insideProject(root, 'DISPATCH_GENERATED_DIR', env.DISPATCH_GENERATED_DIR || 'generated');
  const contentDir = insideProject(root, 'DISPATCH_CONTENT_DIR', env.DISPATCH_CONTENT_DIR || join('content', 'briefs'));
  return {
    root,
    seedsDir,
    contentDir,
    generatedDir,
    briefsDir: join(generatedDir, 'briefs'),
    reportPath: join(generatedDir, 'report.json'),
    reportDetailsDir: join(generatedDir, 'report'),
    featuresDir: join(generatedDir, 'features'),
    linksDir: join(generatedDir, 'links'),
    authoredPath: join(generatedDir, 'authored.json'),
  };
}

/** Astro's glob loader only reads below the project root, so these folders must be inside it. */
function insideProject(root: string, name: string, value: string): string {
  const dir = resolve(root, value);
  const rel = relative(root, dir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${name} must be a folder inside the project (${root}); got ${dir}`);
  return dir;
}

/** Normalises a deploy sub-path such as "news" or "/news/" to "/news". "/" stays "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}
