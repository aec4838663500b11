import { location } from 'vfile-location';
import { extractLinkFeatures } from '../links/features.ts';
import type { LinkFeatures } from '../links/types.ts';
import type { Flag } from '../flags/types.ts';
import { slugifyWords } from '../emit/slug.ts';
import { readFrontmatter, stringField, type Frontmatter } from './frontmatter.ts';
import { authoredFlagInput, detectAuthoredFlags, flagInputKey } from './flags.ts';
import { readLinkEdits, type LinkEditItem } from './link-edits.ts';
import { readProse, type Prose } from './prose.ts';

/**
 * One hand-written brief through the pipeline's text stages: prose -> flags -> link
 * features, as a seed's brief goes through clean -> flags -> links. Pure: the pipeline
 * caches the result by the file's bytes (authored/store.ts).
 */

export interface AuthoredBrief {
  /** Path from the project root, with `/`. */
  file: string;
  slug: string;
  /** The seed an amendment names (its links are the generated brief's), else null. */
  seed: string | null;
  /** flagInputKey of what the flags were detected on. */
  key: string;
  /** Flags the detectors found, before the author's `flags:` edits. */
  flags: Flag[];
  /** Link features, before the author's topic and entity edits. */
  features: LinkFeatures;
  /** The author's topic and entity edits, each with its line and column in the file. */
  linkEdits: (LinkEditItem & { line: number; column: number })[];
  warnings: string[];
}

export interface ReadAuthored {
  brief: AuthoredBrief;
  prose: Prose;
  frontmatter: Frontmatter;
}

/** A brief's URL slug: the frontmatter's `slug`, else its file name in URL form. */
export function authoredSlug(file: string, data: Record<string, unknown>): string {
  const slug = data.slug;
  if (typeof slug === 'string' && slug) return slug;
  const name = file.split('/').pop()!.replace(/\.mdx?$/, '');
  return slugifyWords(name) || 'brief';
}

/** Reads and analyses one hand-written brief. Throws when its MDX cannot be parsed (the pre-build check names the problem). */
export function readAuthoredBrief(file: string, source: string): ReadAuthored {
  const frontmatter = readFrontmatter(source);
  const { data } = frontmatter;
  const prose = readProse(source);
  const input = authoredFlagInput(prose, data);
  const detected = detectAuthoredFlags(prose, input);
  const slug = authoredSlug(file, data);
  const features = extractLinkFeatures({
    slug,
    seed: file,
    title: input.title,
    outlet: input.outlet,
    date: dateField(data.date),
    paragraphs: prose.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    citedOutlets: input.citedOutlets,
    attributions: input.attributions,
    language: typeof data.language === 'string' ? data.language : undefined,
  });
  const at = lineColumn(source);
  const linkEdits = readLinkEdits(data).map((item) => ({ ...item, ...at(frontmatter.offsetOf(item.path) ?? 0) }));
  const brief: AuthoredBrief = { file, slug, seed: stringField(data, 'seed'), key: flagInputKey(input), flags: detected.flags, features, linkEdits, warnings: detected.warnings };
  return { brief, prose, frontmatter };
}

/** YYYY-MM-DD from a YAML date, whichever way the YAML reader gave it. */
function dateField(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** 1-based line and column of source offsets (columns in UTF-16 code units, as unist and editors count). */
export function lineColumn(source: string): (offset: number) => { line: number; column: number } {
  const place = location(source);
  return (offset) => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), source.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
}
