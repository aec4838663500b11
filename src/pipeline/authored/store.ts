import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LinkFeatures } from '../links/types.ts';
import { writeAtomic } from '../emit/write-atomic.ts';
import { readAuthoredBrief, type AuthoredBrief } from './brief.ts';
import { applyLinkEdits, knownEntities, type KnownEntities } from './link-edits.ts';

/**
 * The hand-written briefs' part of a build: each brief analysed once per change of its bytes
 * or of the pipeline (like a seed), kept in `generated/authored.json`, which the page side
 * reads too (src/collections/authored-flags.ts) so an unchanged brief is never flagged again.
 */

export interface AuthoredEntry {
  digest: string;
  version: string;
  brief: AuthoredBrief;
  /** Published as a brief of its own (false for an amendment of a generated brief). */
  standalone: boolean;
}

export type AuthoredStore = Record<string, AuthoredEntry>;

/** Every hand-written brief under contentDir that parses, reusing stored results for unchanged files. */
export async function readAuthoredBriefs(contentDir: string, root: string, stored: AuthoredStore, version: string): Promise<{ digest: string; brief: AuthoredBrief }[]> {
  let names: string[];
  try {
    names = (await readdir(contentDir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return []; // no folder: no hand-written briefs
  }
  const out: { digest: string; brief: AuthoredBrief }[] = [];
  for (const name of names) {
    const path = join(contentDir, name);
    const file = relative(root, path).split('\\').join('/');
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      continue; // unreadable or a folder named *.mdx: the pre-build check names it
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    const cached = stored[file];
    if (cached && cached.digest === digest && cached.version === version) {
      out.push({ digest, brief: cached.brief });
      continue;
    }
    try {
      const source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      out.push({ digest, brief: readAuthoredBrief(file, source).brief });
    } catch {
      // Not UTF-8 or not parsable MDX: the pre-build check names the file, the line and the fix; it is reported once, there.
    }
  }
  return out;
}

export interface AuthoredLinks {
  /** Features of the standalone briefs, with the authors' topic and entity edits, for the corpus step. */
  features: LinkFeatures[];
  /** "file:line:column: what is wrong and the fix", one per unknown topic or entity. */
  problems: string[];
  standalone: Set<string>;
}

/**
 * Readies hand-written briefs for linking beside the seeds' briefs. Amendments of a generated
 * brief keep its links; a brief whose slug is taken is left out (the loader names the clash).
 * `corpus` gives the seeds' briefs' entities; it is asked only when a brief adds or removes an
 * entity (cached seeds' entities are read from their stored features).
 */
export function linkAuthored(briefs: readonly AuthoredBrief[], seedIds: ReadonlySet<string>, taken: ReadonlySet<string>, corpus: () => readonly Pick<LinkFeatures, 'entities'>[]): AuthoredLinks {
  const standalone = briefs.filter((b) => !b.seed || !seedIds.has(b.seed));
  let known: KnownEntities | null = null;
  const knownForEdits = (brief: AuthoredBrief): KnownEntities =>
    brief.linkEdits.some((item) => item.field === 'entities' || item.field === 'removeEntities')
      ? (known ??= knownEntities([...corpus(), ...standalone.map((b) => b.features)].flatMap((f) => f.entities)))
      : NO_ENTITIES;
  const slugs = new Set(taken);
  const out: AuthoredLinks = { features: [], problems: [], standalone: new Set() };
  for (const brief of standalone) {
    out.standalone.add(brief.file);
    const { features, problems } = applyLinkEdits(brief.features, brief.linkEdits, knownForEdits(brief));
    for (const { item, message } of problems) out.problems.push(`${brief.file}:${item.line}:${item.column}: ${item.field}: ${message}`);
    if (slugs.has(brief.slug)) continue;
    slugs.add(brief.slug);
    out.features.push(features);
  }
  return out;
}

/** Entities known to edits that name none (applyLinkEdits reads them for entity edits only). */
const NO_ENTITIES: KnownEntities = knownEntities([]);

export async function writeAuthoredStore(path: string, store: AuthoredStore): Promise<void> {
  await writeAtomic(path, JSON.stringify(store));
}

/** The stored results; an unreadable or missing file is an empty store (everything is analysed afresh). */
export function loadAuthoredStore(path: string): AuthoredStore {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as AuthoredStore) : {};
  } catch {
    return {};
  }
}
