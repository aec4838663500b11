import { isFlagList, mergeFlagEdits } from '../pipeline/flags/merge.ts';

/**
 * Author amendments to generated briefs. A hand-written brief whose `seed`
 * names a generated brief's seed amends it: the fields it sets win, its body
 * (if it has one) replaces the generated body, and the page keeps the
 * generated brief's URL so links never break. Pure functions over plain
 * entries, so the rules are unit-tested without Astro.
 */

export interface AmendableData {
  title: string;
  seed?: string | undefined;
  generated: boolean;
  editedBy?: string | undefined;
  editorsNote?: string | undefined;
  updated?: Date | undefined;
  evidence?: Record<string, string> | undefined;
  [field: string]: unknown;
}

export interface AmendableEntry<D extends AmendableData = AmendableData> {
  id: string;
  data: D;
  body?: string | undefined;
  filePath?: string | undefined;
}

export interface BriefView<E extends AmendableEntry> {
  /** URL slug: the generated brief's for amended briefs. */
  id: string;
  /** Merged frontmatter. */
  data: E['data'];
  /** The entry whose body is rendered. */
  entry: E;
  /** The amendment applied, if any. */
  amendment: E | null;
}

/** Fields an amendment cannot change: they describe where the generated brief came from. */
const PROTECTED = new Set(['seed', 'generated', 'source', 'slug']);

/** An amendment's value counts as set when it carries content: not undefined/null, not '' and not []. */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** True when the entry has text of its own; MDX comments alone do not count. */
export function hasBody(entry: AmendableEntry): boolean {
  return (entry.body ?? '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim() !== '';
}

/** The generated data with every field the amendment sets laid over it. */
export function mergeData<D extends AmendableData>(generated: D, amendment: D): D {
  const merged: AmendableData = { ...generated };
  for (const [field, value] of Object.entries(amendment)) {
    if (PROTECTED.has(field) || !isSet(value)) continue;
    merged[field] = value;
  }
  // Evidence explains each field; keep the generated explanations the amendment did not replace.
  merged.evidence = { ...(generated.evidence ?? {}), ...(amendment.evidence ?? {}) };
  for (const [field, value] of Object.entries(amendment)) {
    if (!PROTECTED.has(field) && isSet(value) && field in (generated.evidence ?? {})) merged.evidence[field] = `set by ${amendment.editedBy ?? 'an editor'}`;
  }
  // An amendment's flags edit the generated list (suppress with a reason, or add) instead of replacing it.
  if (isFlagList(generated.flags) && isFlagList(amendment.flags) && amendment.flags.length > 0) merged.flags = mergeFlagEdits(generated.flags, amendment.flags);
  return merged as D;
}

export class AmendmentError extends Error {}

/**
 * Pairs amendments with the generated briefs they amend. Amendments whose seed
 * no longer has a generated brief are published on their own (with a warning),
 * so an author's text is never lost.
 */
export function applyAmendments<E extends AmendableEntry>(entries: E[], warn: (message: string) => void = () => {}): BriefView<E>[] {
  const generatedBySeed = new Map<string, E>();
  for (const entry of entries) if (entry.data.generated && entry.data.seed) generatedBySeed.set(entry.data.seed, entry);

  const amendmentBySeed = new Map<string, E>();
  const views: BriefView<E>[] = [];
  for (const entry of entries) {
    if (entry.data.generated) continue;
    const seed = entry.data.seed;
    if (!seed) {
      views.push({ id: entry.id, data: entry.data, entry, amendment: null });
      continue;
    }
    const earlier = amendmentBySeed.get(seed);
    if (earlier) {
      throw new AmendmentError(`${entry.filePath ?? entry.id} and ${earlier.filePath ?? earlier.id} both amend seed "${seed}": merge them into one file`);
    }
    amendmentBySeed.set(seed, entry);
    if (!generatedBySeed.has(seed)) {
      warn(`${entry.filePath ?? entry.id} amends seed "${seed}", which has no generated brief (was the seed removed or renamed?): published as a brief of its own`);
      views.push({ id: entry.id, data: entry.data, entry, amendment: null });
    }
  }

  for (const generated of generatedBySeed.values()) {
    const amendment = amendmentBySeed.get(generated.data.seed!) ?? null;
    if (!amendment) {
      views.push({ id: generated.id, data: generated.data, entry: generated, amendment: null });
      continue;
    }
    views.push({
      id: generated.id,
      data: mergeData(generated.data, amendment.data),
      entry: hasBody(amendment) ? amendment : generated,
      amendment,
    });
  }
  return views;
}
