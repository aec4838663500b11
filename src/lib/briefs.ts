import { getCollection, type CollectionEntry } from 'astro:content';
import { authoredFlags } from '../collections/authored-flags.ts';
import { mayHaveInlineFlags, readInlineFlags } from '../collections/inline-flags.ts';
import { flagAnchor } from '../pipeline/flags/anchor.ts';
import { applyAmendments, type BriefView } from './amendments.ts';

/** A published brief: a generated or hand-written entry, with any author amendment applied. */
export type Brief = BriefView<CollectionEntry<'briefs'>>;

/** Newest first; briefs without a known date come last, by title. */
export function byNewest(a: Brief, b: Brief): number {
  const da = a.data.date?.getTime() ?? -Infinity;
  const db = b.data.date?.getTime() ?? -Infinity;
  if (da !== db) return db - da;
  return a.data.title.localeCompare(b.data.title);
}

let cache: Promise<Brief[]> | null = null;

async function loadBriefs(): Promise<Brief[]> {
  const entries = await getCollection('briefs');
  return applyAmendments(entries, (m) => console.warn(`[dispatch] ${m}`)).map(withDetectedFlags).map(withInlineFlags).sort(byNewest);
}

/**
 * A hand-written brief of its own gets the flags the pipeline's detectors find in its prose,
 * edited by its `flags:` list, the same list its compiled text marks (authored-flags.ts).
 */
function withDetectedFlags(brief: Brief): Brief {
  const { entry } = brief;
  if (entry.data.generated || brief.amendment || !entry.filePath) return brief;
  const flags = authoredFlags(entry.filePath, entry.body ?? '', entry.data) as Brief['data']['flags'];
  return { ...brief, data: { ...brief.data, flags } };
}

/**
 * Adds the flags an author wrote as <Flag> tags in the rendered text to the brief's list,
 * so the panel, the search filter, the badges in lists and /flags/ count them. Only
 * hand-written text can hold the tag; a bad tag already stopped the build (check-briefs.ts).
 */
function withInlineFlags(brief: Brief): Brief {
  const body = brief.entry.body;
  if (brief.entry.data.generated || !body || !mayHaveInlineFlags(body)) return brief;
  // A <Flag> on words the frontmatter already flags with that kind is the same flag: count it once.
  const listed = new Set(brief.data.flags.map(flagAnchor));
  const flags = readInlineFlags(body).flags.filter((f) => !listed.has(flagAnchor(f)));
  if (flags.length === 0) return brief;
  return { ...brief, data: { ...brief.data, flags: [...brief.data.flags, ...flags] } };
}

/** Every published brief, newest first: computed once per build, afresh on each dev request. */
export function allBriefs(): Promise<Brief[]> {
  if (import.meta.env.DEV) return loadBriefs();
  cache ??= loadBriefs();
  return cache;
}

interface Lookup {
  byId: Map<string, Brief>;
  /** Position in the newest-first order. */
  rank: Map<string, number>;
}
const lookups = new WeakMap<Brief[], Lookup>();

/** Index of the published briefs by id, built once per list (once per build): pages look briefs up instead of scanning the corpus. */
async function lookup(): Promise<Lookup> {
  const briefs = await allBriefs();
  let found = lookups.get(briefs);
  if (!found) {
    found = { byId: new Map(briefs.map((b) => [b.id, b])), rank: new Map(briefs.map((b, i) => [b.id, i])) };
    lookups.set(briefs, found);
  }
  return found;
}

/** Every published brief by id. */
export async function briefsById(): Promise<ReadonlyMap<string, Brief>> {
  return (await lookup()).byId;
}

/** The published briefs among `ids`, newest first (as everywhere on the site), in time that grows with `ids` alone. */
export async function newestFirst(ids: Iterable<string>): Promise<Brief[]> {
  const { byId, rank } = await lookup();
  const found = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return found.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

export function briefPath(brief: Pick<Brief, 'id'>): string {
  return `/briefs/${brief.id}/`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date | null | undefined): string | null {
  return date ? dateFormat.format(date) : null;
}

// Made once (a component's frontmatter runs on every render, and list pages render a byline per card).
const authorList = new Intl.ListFormat('en', { type: 'conjunction' });

/** Authors as a reader says them: "A", "A and B", "A, B and C". */
export function formatAuthors(authors: readonly string[]): string {
  return authorList.format(authors);
}
